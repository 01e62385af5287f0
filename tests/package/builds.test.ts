import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeBrowser, getBlockedRequests, getConsoleErrors, withPage } from '../helpers/chromium.js';
import { parseSvg } from '../helpers/svg.js';

const root = resolve(__dirname, '../..');
const dist = join(root, 'dist');

function node(code: string, type: 'module' | 'commonjs') {
  const r = spawnSync(process.execPath, [type === 'module' ? '--input-type=module' : '--input-type=commonjs', '-e', code], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

beforeAll(() => {
  for (const f of [
    'index.js',
    'index.cjs',
    'server.js',
    'server.cjs',
    'import.js',
    'import.cjs',
    'data.js',
    'eventline.min.js',
    'eventline-story.min.js',
    'eventline-import.min.js',
    'eventline-data.min.js',
    'index.d.ts',
    'index.d.cts',
    'server.d.ts',
    'import.d.ts',
  ]) {
    if (!existsSync(join(dist, f))) throw new Error(`dist/${f} is missing: run "npm run build" (npm test does it first)`);
  }
});

describe('package builds', () => {
  it('ESM: eventline/server renders the dataset from eventline/data', () => {
    const out = node(
      `import { renderToString } from 'eventline/server'; import { russiaDprk } from 'eventline/data'; process.stdout.write(renderToString(russiaDprk, { locale: 'ar' }));`,
      'module',
    );
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
    const cli = [
      'cli.js',
      ...readdirSync(join(dist, 'chunks'))
        .filter((f) => f.startsWith('cli-'))
        .map((f) => `chunks/${f}`),
    ];
    // The ESM build is a file a module: the server's are under esm/server/.
    const server = ['server.js', ...readdirSync(join(dist, 'esm/server')).map((f) => `esm/server/${f}`)];
    for (const [name, files] of [
      ['server.js', server],
      ['server.cjs', ['server.cjs']],
      ['cli.js', cli],
    ] as const) {
      const code = files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
      expect(code, name).not.toMatch(/from\s*["']@resvg\/resvg-js["']|require\(\s*["']@resvg\/resvg-js["']\s*\)/);
      expect(code, name).toMatch(
        /createRequire\([^)]*\)\)?\(\s*["']@resvg\/resvg-js["']\s*\)|\(['"]@resvg\/resvg-js['"]\)|requirePackage\(\s*['"]@resvg\/resvg-js['"]/,
      );
    }
    const browser = readdirSync(join(dist, 'esm'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.js') && !f.startsWith('server'),
    );
    for (const f of ['index.js', 'index.cjs', 'eventline.min.js', ...browser.map((f) => `esm/${f}`)])
      expect(readFileSync(join(dist, f), 'utf8'), f).not.toContain('@resvg');
  });

  it('eventline/import reads TimelineJS and vis in ESM and CJS; eventline does not export the readers', () => {
    const tl = JSON.stringify({ events: [{ start_date: { year: -44, month: 3, day: 15 }, text: { headline: 'Ides' } }] });
    const esm = node(
      `import { fromTimelineJs, parseTimelineText, detectFormat } from 'eventline/import'; import * as core from 'eventline';` +
        `process.stdout.write(JSON.stringify({ input: fromTimelineJs(${tl}), vis: parseTimelineText('[{"start":"2024-06","content":"x"}]').events[0].date.edtf, format: detectFormat('${tl}'), core: ['fromTimelineJs', 'fromVisItems', 'parseTimelineText'].filter((k) => k in core) }));`,
      'module',
    );
    expect(JSON.parse(esm)).toEqual({
      input: { events: [{ date: '-0043-03-15', title: 'Ides' }] },
      vis: '2024-06',
      format: 'timelinejs',
      core: [],
    });
    const cjs = node(
      `const { fromVisItems } = require('eventline/import'); process.stdout.write(JSON.stringify(fromVisItems([{ id: 1, start: '2024-06-19', content: 'x' }])));`,
      'commonjs',
    );
    expect(JSON.parse(cjs)).toEqual({ events: [{ id: '1', date: '2024-06-19', title: 'x' }] });
  });

  it('the story is a classic script of its own: eventline.min.js and more, under the same global', () => {
    const plain: { eventline?: Record<string, unknown> } = {};
    const story: { eventline?: Record<string, unknown> } = {};
    // Both register <event-timeline> when a page loads them; a bare context has no customElements.
    for (const [file, sandbox] of [
      ['eventline.min.js', plain],
      ['eventline-story.min.js', story],
    ] as const)
      runInNewContext(readFileSync(join(dist, file), 'utf8'), sandbox);
    expect(Object.keys(plain.eventline!)).not.toContain('createStory');
    expect(Object.keys(story.eventline!).sort()).toEqual([...Object.keys(plain.eventline!), 'createStory'].sort());
    // The story's class names are in its script and nowhere else.
    expect(readFileSync(join(dist, 'eventline-story.min.js'), 'utf8')).toContain('el-story');
    expect(readFileSync(join(dist, 'eventline.min.js'), 'utf8')).not.toContain('el-story');
  });

  it('the readers are a classic script of their own, and not in eventline.min.js', () => {
    const sandbox: { eventlineImport?: typeof import('../../src/import.js') } = {};
    runInNewContext(readFileSync(join(dist, 'eventline-import.min.js'), 'utf8'), sandbox);
    expect(sandbox.eventlineImport!.parseTimelineText('[{"start":"2024-06","content":"x"}]').events[0]!.date.precision).toBe('month');
    // TimelineJS's field names are in its reader and nowhere else.
    expect(readFileSync(join(dist, 'eventline-import.min.js'), 'utf8')).toContain('start_date');
    expect(readFileSync(join(dist, 'eventline.min.js'), 'utf8')).not.toContain('start_date');
  });

  it('no build carries date-fns: month names come from Intl', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(c?js)$/.test(f));
    for (const f of files)
      expect(readFileSync(join(dist, f), 'utf8'), f).not.toMatch(/from\s*["']date-fns|require\(\s*["']date-fns|localize\.month/);
  });

  it('eventline exports what a user calls, and no internals', () => {
    const values = JSON.parse(
      node(`import('eventline').then((m) => process.stdout.write(JSON.stringify(Object.keys(m).sort())))`, 'module'),
    );
    expect(values).toEqual(
      [
        'EdtfError',
        'ValidationError',
        'createCanvasMeasurer',
        'createStory',
        'createTimeline',
        'defineEventTimeline',
        'formatEventDate',
        'formatEventSpan',
        'getLocaleSpec',
        'hydrate',
        'isValidationError',
        'layoutTimeline',
        'measureTextWidth',
        'parseEdtf',
        'parseTimeline',
        'registerLocale',
        'renderGeometry',
        'renderSvg',
      ].sort(),
    );
    const types = readFileSync(join(dist, 'index.d.ts'), 'utf8');
    // One options type for one chart, and none of date-fns' types.
    expect(types).not.toMatch(/date-fns|\b(SvgOptions|LayoutOptions|RenderOptions|ResolvedOptions)\b/);
    expect(types).toMatch(/export type \{[^}]*\bTimelineOptions\b/);
  });

  it('a bundle that measures text with a canvas (createTimeline by default) leaves the width table out; hydrate keeps it', async () => {
    // The table is decoded at module level; only pure calls let a bundler drop it unused, and
    // only if nothing the page calls reaches measureTextWidth as a default.
    const consumer = mkdtempSync(join(tmpdir(), 'eventline-canvas-page-'));
    try {
      mkdirSync(join(consumer, 'node_modules'));
      symlinkSync(root, join(consumer, 'node_modules', 'eventline'), 'dir');
      const { build } = await import(pathToFileURL(join(root, 'node_modules/vite/dist/node/index.js')).href);
      const page = async (name: string, main: string): Promise<string> => {
        const dir = join(consumer, name);
        mkdirSync(dir);
        writeFileSync(join(dir, 'index.html'), '<script type="module" src="./main.js"></script>');
        writeFileSync(join(dir, 'main.js'), main);
        await build({
          root: dir,
          logLevel: 'silent',
          configFile: false,
          build: { outDir: join(dir, 'dist'), modulePreload: { polyfill: false } },
        });
        const assets = join(dir, 'dist', 'assets');
        return readdirSync(assets)
          .map((f) => readFileSync(join(assets, f), 'utf8'))
          .join('\n');
      };
      // The first widths of the table (space, "!", '"', "#"), as the generated source writes them.
      const TABLE = '322,405,465,847,';
      expect(readFileSync(join(root, 'src/layout/charWidths.ts'), 'utf8')).toContain(`'${TABLE}`);
      const canvas = await page(
        'canvas',
        `import { createCanvasMeasurer } from 'eventline';\nconsole.log(createCanvasMeasurer(document.createElement('canvas').getContext('2d'))('x', 12));\n`,
      );
      const live = await page(
        'live',
        `import { createTimeline } from 'eventline';\ncreateTimeline(document.body, { data: [{ date: '1948', title: 'x' }] });\n`,
      );
      const hydrated = await page(
        'hydrated',
        `import { hydrate } from 'eventline';\nhydrate('svg', { data: [{ date: '1948', title: 'x' }] });\n`,
      );
      for (const code of [canvas, live]) {
        expect(code).toContain('measureText');
        expect(code).not.toContain(TABLE);
        // Nor the list of right-joining Arabic letters (alef madda, alef hamza above, …) that only the table reads.
        expect(code).not.toMatch(/\u0622\u0623\u0624|آأؤ/);
      }
      expect(hydrated).toContain(TABLE);
    } finally {
      rmSync(consumer, { recursive: true, force: true });
    }
  }, 120_000);

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
