/**
 * The package as a user gets it: `npm pack`, installed into an empty folder, then used
 * with `import`, `require`, the CLI, TypeScript and Vite, and checked by publint and attw.
 * Installed once as a browser user installs it (no jsdom, no resvg), then with the two
 * optional peers a server user adds (tens of seconds): the dependencies come from npm's
 * cache when they are there (`--prefer-offline`), else from the registry.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG_SIGNATURE, pngSize } from '../helpers/png.js';
import { parseSvg } from '../helpers/svg.js';

const root = resolve(__dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  files: string[];
  devDependencies: Record<string, string>;
};
/** The optional peers a server user installs, at the versions this repository tests with. */
const SERVER_PEERS = ['jsdom', '@resvg/resvg-js'].map((name) => `${name}@${pkg.devDependencies[name]}`);

/** Every file the published entries point at: checked before copying, as a half-built dist/ would pack fine. */
const BUILT = [
  ...['index', 'server', 'import', 'data'].flatMap((e) => [`${e}.js`, `${e}.cjs`, `${e}.d.ts`, `${e}.d.cts`]),
  'cli.js',
  'eventline.min.js',
  'eventline-story.min.js',
  'eventline-import.min.js',
];

function sh(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }) {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 240_000, ...options });
  const out = { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
  if (r.error) throw r.error;
  return out;
}

function ok(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }) {
  const r = sh(command, args, options);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

let work: string;
let tarball: string;
let consumer: string;
/** What a browser user's install holds, and what the server says there, before the peers are added. */
let browserInstall: { packages: string[]; renderToString: { code: number | null; stderr: string } };

beforeAll(() => {
  const missing = BUILT.filter((f) => !existsSync(join(root, 'dist', f)));
  if (missing.length) throw new Error(`dist/ is incomplete (${missing.join(', ')}): run "npm run build" (npm test does it first)`);
  work = mkdtempSync(join(tmpdir(), 'eventline-pack-'));
  // Pack a snapshot, so a build running meanwhile (it empties dist/ first) cannot tear the tarball.
  const staged = join(work, 'package');
  mkdirSync(staged);
  cpSync(join(root, 'package.json'), join(staged, 'package.json'));
  for (const entry of [...pkg.files, 'LICENSE']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(staged, entry), { recursive: true });
  }
  const packed = ok('npm', ['pack', '--silent', '--pack-destination', work], { cwd: staged }).stdout.trim().split('\n').at(-1)!;
  tarball = join(work, packed);

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'eventline-consumer', private: true, version: '1.0.0' }));
  const install = (specs: string[]) =>
    ok('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', '--loglevel=error', ...specs], {
      cwd: consumer,
    });
  install([tarball]);
  const r = sh(
    process.execPath,
    ['--input-type=module', '-e', `import { renderToString } from 'eventline/server'; renderToString([{ date: '1948', title: 'x' }]);`],
    { cwd: consumer },
  );
  browserInstall = { packages: readdirSync(join(consumer, 'node_modules')), renderToString: { code: r.code, stderr: r.stderr } };
  // --no-package-lock installs only what is named: name the tarball again or npm removes it.
  install([tarball, ...SERVER_PEERS]);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the builds, their declarations and the README, and no sources or tests', () => {
    const files = ok('tar', ['-tzf', tarball], { cwd: work })
      .stdout.split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));
    for (const f of BUILT) expect(files).toContain(`dist/${f}`);
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    expect(files).toContain('package.json');
    expect(files.filter((f) => /^(src|tests|scripts|examples|docs)\//.test(f) || f.endsWith('.map'))).toEqual([]);
  });

  it('installs for the browser without jsdom or resvg, and the server then names the package to add', () => {
    expect(browserInstall.packages).toContain('d3');
    expect(browserInstall.packages.filter((p) => ['jsdom', '@resvg', 'date-fns'].includes(p))).toEqual([]);
    expect(browserInstall.renderToString.code).not.toBe(0);
    expect(browserInstall.renderToString.stderr).toMatch(
      /MissingPackageError: renderToString needs the package jsdom: install it with "npm install jsdom"/,
    );
  });

  it('ships a Vite page only what it imports: each page within its size goal (scripts/size-goals.mjs)', async () => {
    type Page = 'renderSvg' | 'createTimeline';
    const script = (name: string) => import(pathToFileURL(join(root, 'scripts', name)).href);
    const { measureBundles } = (await script('measure-bundles.mjs')) as {
      measureBundles: (consumer: string) => Promise<Record<Page, number>>;
    };
    const { GOALS, limitOf } = (await script('size-goals.mjs')) as { GOALS: Record<Page, number>; limitOf: (page: Page) => number };
    const sizes = await measureBundles(consumer);
    console.log(
      `Vite pages, gzip -9: ${Object.entries(sizes)
        .map(([page, n]) => `${page} ${(n / 1024).toFixed(1)} KB (goal ${(GOALS[page as Page] / 1024).toFixed(1)} KB)`)
        .join(', ')}`,
    );
    expect(sizes.renderSvg).toBeLessThanOrEqual(limitOf('renderSvg'));
    expect(sizes.createTimeline).toBeLessThanOrEqual(limitOf('createTimeline'));
    // The interactive page is the drawing page plus zoom, keys and tooltips: never less.
    expect(sizes.createTimeline).toBeGreaterThan(sizes.renderSvg);
  }, 120_000);

  it('passes publint with no errors, warnings or suggestions', () => {
    const r = sh(bin('publint'), ['run', tarball, '--strict', '--level', 'suggestion'], { cwd: work });
    console.log(`publint:\n${r.stdout}${r.stderr}`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/All good!/);
    expect(r.stdout).not.toMatch(/Errors:|Warnings:|Suggestions:/);
  }, 60_000);

  it('passes Are the Types Wrong for every resolution mode', () => {
    // .attw.json leaves out ./eventline.min.js: a classic <script>, not a module to import.
    const r = sh(bin('attw'), [tarball, '--config-path', join(root, '.attw.json'), '--format', 'ascii', '--no-color'], { cwd: work });
    console.log(`attw:\n${r.stdout}${r.stderr}`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No problems found/);
  }, 60_000);

  it('works with import', () => {
    const code = `
      import { renderToString, renderToPng } from 'eventline/server';
      import { parseTimeline, formatEventDate } from 'eventline';
      import { russiaDprk } from 'eventline/data';
      const png = renderToPng(russiaDprk, { locale: 'ar', scale: 2 });
      process.stdout.write(JSON.stringify({ svg: renderToString(russiaDprk, { locale: 'ar' }), png: Buffer.from(png).toString('base64'),
        n: parseTimeline(russiaDprk).events.length, date: formatEventDate(parseTimeline(russiaDprk).events[0].date, 'ar') }));`;
    const r = JSON.parse(ok(process.execPath, ['--input-type=module', '-e', code], { cwd: consumer }).stdout);
    // Without a width the SVG holds a wide and a narrow layout; the PNG is the wide one.
    const outer = parseSvg(r.svg).documentElement;
    expect(outer.querySelectorAll('svg.eventline')).toHaveLength(2);
    const svg = outer.querySelector('svg.eventline')!;
    expect(svg.querySelectorAll('[data-event-id]')).toHaveLength(r.n);
    expect(svg.getAttribute('direction')).toBe('rtl');
    const png = Buffer.from(r.png, 'base64');
    expect(Array.from(png.subarray(0, 8))).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: Number(svg.getAttribute('width')) * 2, height: Number(svg.getAttribute('height')) * 2 });
    expect(r.date).toBe('1948');
  });

  it('works with require', () => {
    const code = `
      const { renderToString, renderToPng } = require('eventline/server');
      const { parseEdtf, formatEventDate } = require('eventline');
      const { russiaDprk } = require('eventline/data');
      const png = renderToPng(russiaDprk);
      process.stdout.write(JSON.stringify({ svg: renderToString(russiaDprk).length, png: [...png.subarray(0, 8)], month: formatEventDate(parseEdtf('2000-07'), 'ar'),
        fromCjs: require.resolve('eventline/server').endsWith('server.cjs') }));`;
    const r = JSON.parse(ok(process.execPath, ['--input-type=commonjs', '-e', code], { cwd: consumer }).stdout);
    expect(r.svg).toBeGreaterThan(1000);
    expect(r.png).toEqual(PNG_SIGNATURE);
    expect(r.month).toBe('يوليو 2000');
    expect(r.fromCjs).toBe(true);
  });

  it('does not load the PNG rasterizer until a PNG is asked for', () => {
    const code = `
      const server = require('eventline/server');
      const loaded = () => Object.keys(require.cache).some((k) => k.includes('resvg'));
      const before = loaded();
      server.renderToString(require('eventline/data').russiaDprk);
      const afterSvg = loaded();
      server.renderToPng(require('eventline/data').russiaDprk);
      process.stdout.write(JSON.stringify([before, afterSvg, loaded()]));`;
    expect(JSON.parse(ok(process.execPath, ['--input-type=commonjs', '-e', code], { cwd: consumer }).stdout)).toEqual([false, false, true]);
  });

  it('works through the CLI: npx eventline render, to SVG and to PNG', () => {
    writeFileSync(join(consumer, 'events.csv'), 'date,title_en,title_ar\n1948,Founded,تأسيس\n2024-06-19,Summit,قمة\n');
    const version = ok('npx', ['--no', '--', 'eventline', '--version'], { cwd: consumer });
    expect(version.stdout.trim()).toBe(pkg.version);
    const svg = ok('npx', ['--no', '--', 'eventline', 'render', 'events.csv', '--locale', 'ar'], { cwd: consumer });
    expect(parseSvg(svg.stdout).querySelector('svg.eventline')!.querySelectorAll('[data-event-id]')).toHaveLength(2);
    ok('npx', ['--no', '--', 'eventline', 'render', 'events.csv', '-o', 'events.png', '--scale', '2'], { cwd: consumer });
    const png = readFileSync(join(consumer, 'events.png'));
    expect(Array.from(png.subarray(0, 8))).toEqual(PNG_SIGNATURE);
    expect(pngSize(png).width).toBe(960 * 2);
    const bad = sh('npx', ['--no', '--', 'eventline', 'render', 'events.csv', '--format', 'gif'], { cwd: consumer });
    expect(bad.code).toBe(2);
  }, 60_000);

  it('type-checks a consumer against the bundled declarations (node16 ESM and CJS, bundler, node10)', () => {
    const esm = `
      import { renderToString, renderToPng, renderTimelineToPng, type PngOptions, type StringOptions } from 'eventline/server';
      import { parseTimeline, layoutTimeline, renderGeometry, renderSvg, ValidationError, type TimelineEvent, type TimelineOptions, type TimelineGeometry } from 'eventline';
      import { parseTimelineText, fromTimelineJs, type TimelineFormat } from 'eventline/import';
      import { russiaDprk, datasets, type DatasetName } from 'eventline/data';
      const name: DatasetName = 'russia-dprk';
      const options: PngOptions = { locale: 'ar', scale: 2, theme: 'dark', fontFiles: ['/fonts/a.ttf'] };
      const png: Uint8Array = renderToPng(datasets[name], options);
      const svg: string = renderToString(russiaDprk, { width: 720, xmlDeclaration: true } satisfies StringOptions);
      const events: readonly TimelineEvent[] = parseTimeline(russiaDprk).events;
      const again: Uint8Array = renderTimelineToPng(parseTimelineText('date,title\\n1948,x', 'csv'));
      const layout: TimelineOptions = { orientation: 'vertical', minHeight: 400 };
      const geometry: TimelineGeometry = layoutTimeline(parseTimeline(fromTimelineJs({ events: [] })), layout);
      const format: TimelineFormat = 'vis';
      export const used = [png, svg, events, again, layout, geometry, format, renderGeometry, renderSvg, ValidationError];
      // @ts-expect-error internals are not exported
      import { resolveOptions } from 'eventline';
      // @ts-expect-error scale is a number
      renderToPng(russiaDprk, { scale: '2' });
      // @ts-expect-error there is no such theme
      renderToString(russiaDprk, { theme: 'sepia' });
    `;
    const cjs = `
      import server = require('eventline/server');
      import core = require('eventline');
      const png: Uint8Array = server.renderToPng([{ date: '1948', title: 'x' }], { scale: 1 });
      const t: core.Timeline = core.parseTimeline([{ date: '1948', title: 'x' }]);
      export = { png, t };
    `;
    writeFileSync(join(consumer, 'esm.mts'), esm);
    writeFileSync(join(consumer, 'cjs.cts'), cjs);
    writeFileSync(join(consumer, 'bundler.ts'), esm);
    writeFileSync(join(consumer, 'node10.ts'), esm);
    const tsc = (args: string[]) => {
      const r = sh(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--target', 'es2022', '--skipLibCheck', 'false', ...args],
        { cwd: consumer },
      );
      return `${r.stdout}${r.stderr}`.trim();
    };
    expect(tsc(['--module', 'node16', '--moduleResolution', 'node16', 'esm.mts', 'cjs.cts'])).toBe('');
    expect(tsc(['--module', 'esnext', '--moduleResolution', 'bundler', 'bundler.ts'])).toBe('');
    expect(tsc(['--module', 'commonjs', '--moduleResolution', 'node10', '--esModuleInterop', 'node10.ts'])).toBe('');
    // The checks can fail: a wrong type in the consumer is reported.
    writeFileSync(
      join(consumer, 'wrong.mts'),
      `import { renderToPng } from 'eventline/server';\nconst s: string = renderToPng([]);\nexport { s };\n`,
    );
    expect(tsc(['--module', 'node16', '--moduleResolution', 'node16', 'wrong.mts'])).toMatch(/TS2322/);
  }, 120_000);
});
