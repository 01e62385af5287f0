import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeBrowser, getBlockedRequests, getConsoleErrors, withPage } from '../helpers/chromium.js';
import { parseSvg } from '../helpers/svg.js';

const root = resolve(__dirname, '../..');
const dist = join(root, 'dist');

function node(code: string, type: 'module' | 'commonjs') {
  const r = spawnSync(process.execPath, [type === 'module' ? '--input-type=module' : '--input-type=commonjs', '-e', code], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

beforeAll(() => {
  for (const f of ['index.js', 'index.cjs', 'server.js', 'server.cjs', 'data.js', 'eventline.min.js', 'eventline-data.min.js', 'index.d.ts', 'index.d.cts', 'server.d.ts']) {
    if (!existsSync(join(dist, f))) throw new Error(`dist/${f} is missing: run "npm run build" (npm test does it first)`);
  }
});

describe('package builds', () => {
  it('ESM: eventline/server renders the dataset from eventline/data', () => {
    const out = node(`import { renderToString } from 'eventline/server'; import { russiaDprk } from 'eventline/data'; process.stdout.write(renderToString(russiaDprk, { locale: 'ar' }));`, 'module');
    expect(parseSvg(out).querySelectorAll('[data-event-id]').length).toBeGreaterThanOrEqual(6);
  });

  it('CJS: require() of every entry works', () => {
    const out = node(
      `const core = require('eventline'); const { renderToString } = require('eventline/server'); const { russiaDprk } = require('eventline/data');` +
        `const t = core.parseTimeline(russiaDprk); process.stdout.write(JSON.stringify({ n: t.events.length, svg: renderToString(russiaDprk).length, fmt: core.formatEventDate(core.parseEdtf('2000-07'), 'ar') }));`,
      'commonjs',
    );
    const r = JSON.parse(out);
    expect(r.n).toBeGreaterThanOrEqual(6);
    expect(r.svg).toBeGreaterThan(1000);
    expect(r.fmt).toBe('يوليو 2000');
  });

  it('the server builds load the native PNG rasterizer lazily, not at import', () => {
    // The CLI is cli.js and the chunks it loads (chunks/cli-*).
    const cli = ['cli.js', ...readdirSync(join(dist, 'chunks')).filter((f) => f.startsWith('cli-')).map((f) => `chunks/${f}`)];
    for (const [name, files] of [['server.js', ['server.js']], ['server.cjs', ['server.cjs']], ['cli.js', cli]] as const) {
      const code = files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
      expect(code, name).not.toMatch(/from\s*["']@resvg\/resvg-js["']|require\(\s*["']@resvg\/resvg-js["']\s*\)/);
      expect(code, name).toMatch(/createRequire\([^)]*\)\)?\(\s*["']@resvg\/resvg-js["']\s*\)|\(['"]@resvg\/resvg-js['"]\)|requirePackage\(\s*['"]@resvg\/resvg-js['"]/);
    }
    for (const f of ['index.js', 'index.cjs', 'eventline.min.js']) expect(readFileSync(join(dist, f), 'utf8'), f).not.toContain('@resvg');
  });

  it('the browser entry does not pull in jsdom', () => {
    const out = node(`import('eventline').then((m) => process.stdout.write(Object.keys(m).join(',')))`, 'module');
    expect(out).toContain('renderSvg');
    expect(out).not.toContain('renderToString');
    for (const f of ['index.js', 'index.cjs', 'eventline.min.js']) {
      expect(readFileSync(join(dist, f), 'utf8'), f).not.toMatch(/from\s*["']jsdom["']|require\(\s*["']jsdom["']\s*\)|JSDOM\(/);
    }
  });
});

describeBrowser('classic-script build in Chromium', () => {
  it('examples/article.html renders both timelines from file:// with no console errors or requests', async () => {
    const result = await withPage(async (page) => {
      await page.goto(pathToFileURL(join(root, 'examples/article.html')).href);
      await page.waitForSelector('#ar svg');
      return page.evaluate(() => ({
        en: document.querySelectorAll('#en [data-event-id]').length,
        ar: document.querySelectorAll('#ar [data-event-id]').length,
        dir: document.querySelector('#ar svg')!.getAttribute('direction'),
        error: document.getElementById('error')!.textContent,
        global: typeof (window as unknown as { eventline: { renderSvg: unknown } }).eventline.renderSvg,
      }));
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(getBlockedRequests()).toEqual([]);
    expect(result).toEqual({ en: expect.any(Number), ar: expect.any(Number), dir: 'rtl', error: '', global: 'function' });
    expect(result.en).toBeGreaterThanOrEqual(6);
    expect(result.ar).toBe(result.en);
  });
});
