// Printed at the end of `npm run build`: gzip sizes of what browsers download, against
// the targets of the scale issue. Measures only; never fails the build.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (text) => gzipSync(text, { level: 9 }).length;

/** The ESM core as a bundler would ship it: dist/index.js and the chunks it imports, minified, d3 and date-fns left out. */
async function esmCore() {
  const seen = new Set();
  let code = '';
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    code += text + '\n';
    for (const m of text.matchAll(/from\s*'(\.\/[^']+)'/g)) visit(join(dirname(file), m[1]));
  };
  visit(join(dist, 'index.js'));
  const min = await minify(code, { module: true, compress: true, mangle: true });
  return min.code ?? '';
}

const rows = [
  ['eventline.min.js (classic script, d3 + date-fns inside)', gz(readFileSync(join(dist, 'eventline.min.js'))), 40 * 1024],
  ['ESM core (dist/index.js + chunks, minified; d3, date-fns external)', gz(await esmCore()), 15 * 1024],
  ['eventline-data.min.js (datasets)', gz(readFileSync(join(dist, 'eventline-data.min.js'))), undefined],
];
console.log('\nSizes (gzip -9):');
for (const [name, size, target] of rows) {
  const verdict = target === undefined ? '' : size <= target ? `  ≤ ${kb(target)} target: met` : `  > ${kb(target)} target: MISSED by ${kb(size - target)}`;
  console.log(`  ${kb(size).padStart(9)}  ${name}${verdict}`);
}

