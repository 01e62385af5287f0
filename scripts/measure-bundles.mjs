// What a bundler user really ships: Vite production builds of small pages that import one
// function each from an installed eventline, gzip -9 summed over every emitted chunk.
// Usage: node scripts/measure-bundles.mjs [CONSUMER_DIR]
//   CONSUMER_DIR: a folder with eventline installed (tests/package/pack.test.ts makes one
//   from the packed tarball). Without it, this checkout's dist/ is measured as if installed.
// Prints JSON { page: bytes }. `npm run build` (scripts/report-sizes.mjs) gates on the same figures.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Each page imports one thing and uses it, so tree-shaking keeps exactly what that costs. */
export const PAGES = {
  renderSvg: `import { renderSvg } from 'eventline';\ndocument.body.append(renderSvg([{ date: '1948', title: 'x' }]));\n`,
  createTimeline: `import { createTimeline } from 'eventline';\ncreateTimeline(document.body, { data: [{ date: '1948', title: 'x' }] });\n`,
};

/** Most gzip -9 bytes each page may ship: the goals of the "Lean and fast" issue, d3 included. */
export const PAGE_GOALS = {
  renderSvg: 25 * 1024,
  createTimeline: 40 * 1024,
};

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** This repository's Vite, as a URL that `import()` takes from any folder. */
export const repoVite = pathToFileURL(join(root, 'node_modules/vite/dist/node/index.js')).href;

/**
 * Builds each page with Vite inside `consumer` (so `eventline` resolves to the installed
 * package) and returns gzip -9 bytes of all JS and CSS it emitted.
 */
export async function measureBundles(consumer, vitePath = repoVite) {
  const { build } = await import(vitePath);
  const sizes = {};
  for (const [name, code] of Object.entries(PAGES)) {
    const page = join(consumer, `page-${name}`);
    rmSync(page, { recursive: true, force: true });
    mkdirSync(page, { recursive: true });
    writeFileSync(join(page, 'index.html'), `<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>\n`);
    writeFileSync(join(page, 'main.js'), code);
    await build({
      root: page,
      logLevel: 'silent',
      configFile: false,
      build: { outDir: join(page, 'dist'), emptyOutDir: true, modulePreload: { polyfill: false } },
    });
    sizes[name] = filesUnder(join(page, 'dist'))
      .filter((f) => /\.(js|css)$/.test(f))
      .reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  }
  return sizes;
}

/**
 * The same figures for this checkout's dist/, without packing: a throwaway consumer whose
 * `node_modules/eventline` links to the repository, so Vite reads package.json's `exports`
 * as it would from an install, and d3 comes from the repository's node_modules.
 */
export async function measureCheckout() {
  const consumer = mkdtempSync(join(tmpdir(), 'eventline-sizes-'));
  try {
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(root, join(consumer, 'node_modules', 'eventline'), 'dir');
    return await measureBundles(consumer);
  } finally {
    rmSync(consumer, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const consumer = process.argv[2];
  console.log(JSON.stringify(consumer ? await measureBundles(resolve(consumer)) : await measureCheckout()));
}
