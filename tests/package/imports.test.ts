import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(__dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

describe('what the browser code imports', () => {
  it("uses date-fns only for its locales' month names, never its format engine", () => {
    // format() would put date-fns' whole token engine into the classic-script build;
    // src/format/formatPattern.ts writes the same strings from localize.month.
    const offenders = sources(src).filter((f) => /import\s*\{[^}]*\}\s*from\s*'date-fns'/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(src.length + 1))).toEqual([]);
  });

  it('keeps Node-only modules out of the browser entry', () => {
    const browserDirs = ['model', 'format', 'layout', 'render', 'interact', 'util'];
    const offenders = sources(src)
      .filter((f) => browserDirs.some((d) => f.includes(`/src/${d}/`)))
      .filter((f) => /from\s*'(node:|jsdom|@resvg)/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(src.length + 1))).toEqual([]);
  });
});
