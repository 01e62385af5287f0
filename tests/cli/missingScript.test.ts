import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MissingPackageError } from '../../src/server/requirePackage.js';
import { MissingScriptError } from '../../src/server/classicScript.js';
import { renderToHtml } from '../../src/server/renderToHtml.js';
import { runMain } from '../helpers/runCli.js';

// As in a checkout that was never built: every other file reads as it is.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    if (String(path).endsWith('eventline-story.min.js'))
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${String(path)}'`), { code: 'ENOENT' });
    return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

const events = [{ date: '2000', title: 'A' }];

describe('a story page when eventline-story.min.js cannot be read', () => {
  it('renderToHtml says what is missing and how to go on; script: "src" and false need no file', () => {
    let error: unknown;
    try {
      renderToHtml(events);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingScriptError);
    expect(error).toBeInstanceOf(MissingPackageError);
    expect((error as Error).message).toMatch(
      /^renderToHtml: cannot read eventline-story\.min\.js, the script it inlines \(ENOENT[^\n]*\); build the package \("npm run build"\), or pass script: "src" with scriptSrc, or script: false/,
    );
    expect(renderToHtml(events, { script: false })).toContain('<ol class="el-cards">');
    expect(renderToHtml(events, { script: 'src', scriptSrc: 'eventline-story.min.js' })).toContain(
      '<script src="eventline-story.min.js"></script>',
    );
  });

  it('the CLI exits 69 with that message, no stack trace, and writes no file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventline-noscript-'));
    const r = await runMain(['render', '-', '-o', join(dir, 'page.html')], JSON.stringify(events));
    expect(r.code).toBe(69);
    expect(r.stderr).toMatch(/^eventline: renderToHtml: cannot read eventline-story\.min\.js/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });
});
