// What each figure of scripts/size-goals.mjs is made of: minified bytes per source module,
// read from source maps; the pages are built from src/, the classic script as rollup.config.mjs builds it.
// Usage: node scripts/bundle-modules.mjs [classic|renderSvg|createTimeline ...] [--all]
//   Lists modules of at least 200 bytes (every module with --all), d3 and other packages
//   summed by package. The gzip column compresses each module's bytes on their own, so it
//   overstates what a module adds to the whole (gzip shares strings across modules); the
//   total line gives the real gzip -9 of the bundle.
import { decode } from '@jridgewell/sourcemap-codec';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PAGES, repoVite } from './measure-bundles.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const gz = (s) => gzipSync(s, { level: 9 }).length;

/** A source path as a short name: `d3-zoom` for a package, `src/layout/labels.ts` for ours. */
function moduleName(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  const own = /(?:^|\/)(src\/.*|dist\/.*)$/.exec(source);
  return own ? own[1] : source;
}

/** Adds the generated text of every mapped segment to the module its source belongs to. */
function attribute(code, map, into) {
  const lines = code.split('\n');
  decode(map.mappings).forEach((segments, lineNo) => {
    const line = lines[lineNo] ?? '';
    segments.forEach((seg, i) => {
      const end = segments[i + 1]?.[0] ?? line.length;
      const name = seg.length > 1 ? moduleName(map.sources[seg[1]] ?? '?') : '(unmapped)';
      into.set(name, (into.get(name) ?? '') + line.slice(seg[0], end));
    });
  });
}

async function classic() {
  const { rollup } = await import('rollup');
  const configs = (await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default;
  const config = configs.find((c) => !Array.isArray(c.output) && c.output?.file === 'dist/eventline.min.js');
  const bundle = await rollup({ ...config, onwarn: () => {} });
  // generate(), not write(): nothing lands in dist/.
  const { output } = await bundle.generate({ ...config.output, sourcemap: true });
  const into = new Map();
  const chunk = output.find((o) => o.type === 'chunk');
  attribute(chunk.code, chunk.map, into);
  return { into, total: gz(chunk.code) };
}

async function page(name) {
  const { build } = await import(repoVite);
  const consumer = mkdtempSync(join(tmpdir(), 'eventline-modules-'));
  try {
    const dir = join(consumer, 'page');
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n');
    writeFileSync(join(dir, 'main.js'), PAGES[name]);
    const outDir = join(dir, 'dist');
    // Resolved to src/, not dist/: dist has no source maps, and Vite compiles the TypeScript
    // itself; the sum differs from the measured page by a few bytes of compiler output.
    const alias = { eventline: join(root, 'src/index.ts') };
    await build({ root: dir, logLevel: 'silent', configFile: false, resolve: { alias }, build: { outDir, sourcemap: true, modulePreload: { polyfill: false } } });
    const into = new Map();
    let total = 0;
    const assets = join(outDir, 'assets');
    for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(assets, file), 'utf8');
      attribute(code, JSON.parse(readFileSync(join(assets, `${file}.map`), 'utf8')), into);
      total += gz(code);
    }
    return { into, total };
  } finally {
    rmSync(consumer, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const all = args.includes('--all');
const names = args.filter((a) => !a.startsWith('--'));
for (const name of names.length ? names : ['classic', 'renderSvg', 'createTimeline']) {
  const { into, total } = name === 'classic' ? await classic() : await page(name);
  const rows = [...into].map(([m, text]) => [m, text.length, gz(text)]).sort((a, b) => b[1] - a[1]);
  const bytes = rows.reduce((s, r) => s + r[1], 0);
  console.log(`\n${name}: ${(bytes / 1024).toFixed(1)} KB minified, ${(total / 1024).toFixed(1)} KB gzip -9`);
  console.log('   bytes  gzip alone  module');
  for (const [m, b, g] of rows) if (all || b >= 200) console.log(`${String(b).padStart(8)}  ${String(g).padStart(10)}  ${m}`);
  const rest = rows.filter((r) => !all && r[1] < 200);
  if (rest.length) console.log(`${String(rest.reduce((s, r) => s + r[1], 0)).padStart(8)}              (${rest.length} smaller modules)`);
}
