import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(__dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** Every source module an entry reaches through its value imports (`import type` costs no bytes). */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s*'(\.[^']+)\.js'/gms))
      visit(resolve(dirname(file), `${m[1]}.ts`));
  };
  visit(join(src, entry));
  return [...seen].map((f) => relative(src, f)).sort();
}

describe('what the browser code imports', () => {
  it('takes month names from Intl, not from date-fns', () => {
    // date-fns' five locales were 52 KB minified in every browser bundle, for 48 month names each.
    const offenders = sources(src).filter((f) => /from\s*'date-fns/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(src.length + 1))).toEqual([]);
  });

  it('keeps Node-only modules out of the browser entry', () => {
    const browserDirs = ['model', 'format', 'layout', 'render', 'interact', 'util'];
    const offenders = sources(src)
      .filter((f) => browserDirs.some((d) => f.includes(`/src/${d}/`)))
      .filter((f) => /from\s*'(node:|jsdom|@resvg)/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(src.length + 1))).toEqual([]);
  });

  it('leaves the TimelineJS and vis readers to eventline/import', () => {
    const importers = [
      'model/fromTimelineJs.ts',
      'model/fromTimelineJsLegacy.ts',
      'model/fromVisItems.ts',
      'model/parseTimelineText.ts',
      'model/importShared.ts',
    ];
    for (const entry of ['index.ts', 'browser.ts'])
      expect(
        reachable(entry).filter((f) => importers.includes(f)),
        entry,
      ).toEqual([]);
    expect(reachable('import.ts')).toEqual(expect.arrayContaining(importers));
  });
});
