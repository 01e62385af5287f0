// What a bundler user really ships: Vite production builds of small pages that import one
// function each from an installed eventline, gzip -9 summed over every emitted chunk.
// Usage: node scripts/measure-bundles.mjs CONSUMER_DIR   (a folder with eventline installed)
// Prints JSON { page: bytes }. Used by tests/package/pack.test.ts and reported by the bench.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Each page imports one thing and uses it, so tree-shaking keeps exactly what that costs. */
export const PAGES = {
  renderSvg: `import { renderSvg } from 'eventline';\ndocument.body.append(renderSvg([{ date: '1948', title: 'x' }]));\n`,
  createTimeline: `import { createTimeline } from 'eventline';\ncreateTimeline(document.body, { data: [{ date: '1948', title: 'x' }] });\n`,
};

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Builds each page with Vite inside `consumer` (so `eventline` resolves to the installed
 * package) and returns gzip -9 bytes of all JS and CSS it emitted.
 */
export async function measureBundles(consumer, vitePath = 'vite') {
  const { build } = await import(vitePath);
  const sizes = {};
  for (const [name, code] of Object.entries(PAGES)) {
    const root = join(consumer, `page-${name}`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'index.html'), `<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>\n`);
    writeFileSync(join(root, 'main.js'), code);
    await build({ root, logLevel: 'silent', configFile: false, build: { outDir: join(root, 'dist'), emptyOutDir: true, modulePreload: { polyfill: false } } });
    sizes[name] = filesUnder(join(root, 'dist'))
      .filter((f) => /\.(js|css)$/.test(f))
      .reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  }
  return sizes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const consumer = resolve(process.argv[2] ?? '.');
  const vite = pathToFileURL(resolve(new URL('..', import.meta.url).pathname, 'node_modules/vite/dist/node/index.js')).href;
  console.log(JSON.stringify(await measureBundles(consumer, vite)));
}
