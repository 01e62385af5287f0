// What each figure of scripts/size-goals.mjs is made of: minified bytes per source module,
// read from source maps; the pages are built from src/, the classic script as rollup.config.mjs builds it.
// Usage: node scripts/bundle-modules.mjs [classic|renderSvg|createTimeline ...] [--all]
//   Lists modules of at least 200 bytes (every module with --all), d3 and other packages
//   summed by package, then the same by folder (src/layout, d3, …). The gzip column is what
//   the bundle's gzip -9 loses without that module's code (gzip shares strings across
//   modules, so a module costs less in the whole than compressed on its own).
import { decode } from '@jridgewell/sourcemap-codec';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PAGES, repoVite } from './measure-bundles.mjs';
import { zoomWithoutTransition } from './zoomWithoutTransition.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const gz = (s) => gzipSync(s, { level: 9 }).length;

/** A source path as a short name: `d3-zoom` for a package, `src/layout/labels.ts` for ours. */
function moduleName(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  const own = /(?:^|\/)(src\/.*|dist\/.*)$/.exec(source);
  return own ? own[1] : source;
}

/** Appends every mapped segment of the generated code, in order, with the module its source belongs to. */
function attribute(code, map, into) {
  const lines = code.split('\n');
  decode(map.mappings).forEach((segments, lineNo) => {
    const line = lines[lineNo] ?? '';
    segments.forEach((seg, i) => {
      const end = segments[i + 1]?.[0] ?? line.length;
      const name = seg.length > 1 ? moduleName(map.sources[seg[1]] ?? '?') : '(unmapped)';
      into.push([name, line.slice(seg[0], end)]);
    });
  });
}

/** Bytes and marginal gzip -9 bytes of each group of segments, largest first. */
function table(segments, groupOf) {
  const whole = gz(segments.map(([, t]) => t).join(''));
  const bytes = new Map();
  for (const [m, t] of segments) bytes.set(groupOf(m), (bytes.get(groupOf(m)) ?? 0) + t.length);
  return [...bytes]
    .map(([group, b]) => [
      group,
      b,
      whole -
        gz(
          segments
            .filter(([m]) => groupOf(m) !== group)
            .map(([, t]) => t)
            .join(''),
        ),
    ])
    .sort((a, b) => b[1] - a[1]);
}

/** `src/layout` for our modules, `d3` for every d3 package. */
const folderOf = (m) => (m.startsWith('src/') ? m.split('/').slice(0, 2).join('/') : m.startsWith('d3') ? 'd3' : m);

async function classic() {
  const { rollup } = await import('rollup');
  const configs = (await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default;
  const config = configs.find((c) => !Array.isArray(c.output) && c.output?.file === 'dist/eventline.min.js');
  const bundle = await rollup({ ...config, onwarn: () => {} });
  // generate(), not write(): nothing lands in dist/.
  const { output } = await bundle.generate({ ...config.output, sourcemap: true });
  const into = [];
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
    // The plugin the package build bundles d3-zoom with, so the page holds what dist/ would give it.
    await build({
      root: dir,
      logLevel: 'silent',
      configFile: false,
      plugins: [{ ...zoomWithoutTransition({ bundleD3: true }), enforce: 'pre' }],
      resolve: { alias },
      build: { outDir, sourcemap: true, modulePreload: { polyfill: false } },
    });
    const into = [];
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
  const rows = table(into, (m) => m);
  const bytes = rows.reduce((s, r) => s + r[1], 0);
  console.log(`\n${name}: ${(bytes / 1024).toFixed(1)} KB minified, ${(total / 1024).toFixed(1)} KB gzip -9`);
  console.log('   bytes   gzip  module');
  for (const [m, b, g] of rows) if (all || b >= 200) console.log(`${String(b).padStart(8)} ${String(g).padStart(6)}  ${m}`);
  const rest = rows.filter((r) => !all && r[1] < 200);
  if (rest.length) console.log(`${String(rest.reduce((s, r) => s + r[1], 0)).padStart(8)}         (${rest.length} smaller modules)`);
  console.log('   bytes   gzip  folder');
  for (const [m, b, g] of table(into, folderOf)) console.log(`${String(b).padStart(8)} ${String(g).padStart(6)}  ${m}`);
}
