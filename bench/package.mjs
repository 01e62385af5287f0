// What a user installs, measured from the packed package: bundle sizes of one-import pages
// (scripts/measure-bundles.mjs), the classic script's gzip size, and the cold start of
// `eventline/server` in fresh Node processes. Part of `npm run bench`; alone:
// `node bench/package.mjs` (after `npm run build`).
//
// The package is packed from a staged copy of package.json, dist/, README and LICENSE (so a
// build running meanwhile cannot tear the tarball) and installed into an empty consumer
// folder, as tests/package/pack.test.ts does: dependencies come from npm's cache when there.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measureBundles } from '../scripts/measure-bundles.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const root = here('..');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Fresh processes per cold-start figure; the median is reported. */
const COLD_RUNS = 7;

function ok(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Packs a staged copy of the package and installs it into a new consumer folder. */
function installPacked(work) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (!existsSync(join(root, 'dist/eventline.min.js'))) throw new Error('dist/ is missing: run "npm run build" first');
  const staged = join(work, 'package');
  mkdirSync(staged);
  cpSync(join(root, 'package.json'), join(staged, 'package.json'));
  for (const entry of [...pkg.files, 'LICENSE']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(staged, entry), { recursive: true });
  }
  const tarball = join(work, ok('npm', ['pack', '--silent', '--pack-destination', work], staged).trim().split('\n').at(-1));
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'eventline-consumer', private: true, version: '1.0.0' }));
  // jsdom is an optional peer: a server user installs it beside eventline (same version as ours).
  const jsdom = `jsdom@${JSON.parse(readFileSync(join(root, 'node_modules/jsdom/package.json'), 'utf8')).version}`;
  ok('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', '--loglevel=error', tarball, jsdom], consumer);
  return { consumer, tarballBytes: readFileSync(tarball).length };
}

/** Wall time of a fresh `node` process running `args`, from spawn to exit (ms). */
function processWall(args, cwd) {
  const t = performance.now();
  ok(process.execPath, args, cwd);
  return performance.now() - t;
}

// Runs in a fresh process inside the consumer. jsdom is CommonJS, so whether it has been
// loaded shows in the CommonJS module cache, even when it was reached through `import`.
const COLD_SCRIPT = `
import { createRequire } from 'node:module';
const cache = createRequire(import.meta.url).cache;
const jsdomLoaded = () => Object.keys(cache).some((k) => /[\\\\/]node_modules[\\\\/]jsdom[\\\\/]/.test(k));
const t0 = performance.now();
const server = await import('eventline/server');
const importMs = performance.now() - t0;
const jsdomAfterImport = jsdomLoaded();
const { syntheticEvents } = await import(process.argv[1]);
const events = syntheticEvents(1000);
const t1 = performance.now();
const svg = server.renderToString(events, { width: 960 });
const firstRenderMs = performance.now() - t1;
const t2 = performance.now();
server.renderToString(events, { width: 960 });
const secondRenderMs = performance.now() - t2;
console.log(JSON.stringify({ importMs, firstRenderMs, secondRenderMs, jsdomAfterImport, jsdomAfterRender: jsdomLoaded(), bytes: svg.length }));
`;

function coldStart(consumer) {
  const data = pathToFileURL(here('./data.mjs')).href;
  const runs = [];
  const bare = [];
  const withImport = [];
  for (let k = 0; k < COLD_RUNS; k++) {
    bare.push(processWall(['-e', '0'], consumer));
    withImport.push(processWall(['--input-type=module', '-e', `await import('eventline/server')`], consumer));
    runs.push(JSON.parse(ok(process.execPath, ['--input-type=module', '-e', COLD_SCRIPT, data], consumer).trim().split('\n').at(-1)));
  }
  return {
    runs: COLD_RUNS,
    nodeE0Ms: median(bare),
    nodeImportMs: median(withImport),
    importMs: median(runs.map((r) => r.importMs)),
    firstRenderMs: median(runs.map((r) => r.firstRenderMs)),
    secondRenderMs: median(runs.map((r) => r.secondRenderMs)),
    jsdomAfterImport: runs.some((r) => r.jsdomAfterImport),
    jsdomAfterRender: runs.every((r) => r.jsdomAfterRender),
  };
}

/** Packs, installs, measures; returns the raw results. */
export async function runPackageBench({ log = console.log } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'eventline-bench-'));
  try {
    let t = performance.now();
    const { consumer, tarballBytes } = installPacked(work);
    log(`packed and installed in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    t = performance.now();
    const vite = pathToFileURL(join(root, 'node_modules/vite/dist/node/index.js')).href;
    const bundles = await measureBundles(consumer, vite);
    const classic = gzipSync(readFileSync(join(consumer, 'node_modules/eventline/dist/eventline.min.js')), { level: 9 }).length;
    log(
      `bundles (gzip -9 bytes): ${JSON.stringify({ ...bundles, classicScript: classic })} in ${((performance.now() - t) / 1000).toFixed(0)} s`,
    );
    const cold = coldStart(consumer);
    log(`cold start: ${JSON.stringify(cold)}`);
    return {
      date: new Date().toISOString(),
      loadAverage: os.loadavg(),
      tarballBytes,
      bundles: { ...bundles, classicScript: classic },
      cold,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runPackageBench();
  const { saveResults } = await import('./report.mjs');
  saveResults({ package: result });
}
