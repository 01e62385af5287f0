// Run at the end of `npm run build`: gzip -9 sizes of what browsers download, against the
// goals in scripts/size-goals.mjs. Exits 1 (failing the build) when a figure is over its limit.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measureCheckout } from './measure-bundles.mjs';
import { GOALS, limitOf, NOT_YET_MET } from './size-goals.mjs';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const pages = await measureCheckout();
const rows = [
  ['classic', 'eventline.min.js (classic script, d3 inside)', gz('eventline.min.js')],
  ['renderSvg', 'Vite page importing only renderSvg (all chunks, d3 included)', pages.renderSvg],
  ['createTimeline', 'Vite page importing only createTimeline (all chunks, d3 included)', pages.createTimeline],
  [undefined, 'eventline-story.min.js (eventline.min.js and createStory)', gz('eventline-story.min.js')],
  [undefined, 'eventline-import.min.js (TimelineJS and vis readers)', gz('eventline-import.min.js')],
  [undefined, 'eventline-data.min.js (datasets)', gz('eventline-data.min.js')],
];

console.log('\nSizes (gzip -9):');
const over = [];
for (const [key, name, size] of rows) {
  let verdict = '';
  if (key !== undefined) {
    const goal = GOALS[key];
    const limit = limitOf(key);
    if (size <= goal) verdict = `  ≤ ${kb(goal)} goal: met`;
    else
      verdict = `  > ${kb(goal)} goal: MISSED by ${kb(size - goal)}${limit > goal ? ` (interim limit ${kb(limit)}, scripts/size-goals.mjs)` : ''}`;
    if (size > limit) over.push(`${name}: ${kb(size)} > ${kb(limit)}`);
  }
  console.log(`  ${kb(size).padStart(9)}  ${name}${verdict}`);
}
for (const key of Object.keys(NOT_YET_MET)) {
  const size = rows.find(([k]) => k === key)?.[2];
  if (size !== undefined && size <= GOALS[key])
    console.log(`  ${key} now meets its goal: delete its entry in scripts/size-goals.mjs so the goal holds.`);
}
if (over.length > 0) {
  console.error(`\nSize check failed:\n${over.map((o) => `  ${o}`).join('\n')}`);
  process.exitCode = 1;
}
