// `npm run bench` (after its build): the server path in Node, the interactive component in
// Chromium, then the packed package (bundle sizes, cold start), one after another so that
// no part slows another; then bench/results.json, bench/results.md and bench/scaling.svg.
// BENCH_PARTS=node,browser,package picks parts (the others keep their previous results).
import { runBrowserBench } from './browser.mjs';
import { runPackageBench } from './package.mjs';
import { saveResults } from './report.mjs';
import { runServerBench } from './server.mjs';

const PARTS = {
  node: () => runServerBench(),
  browser: () => runBrowserBench(),
  package: () => runPackageBench(),
};
const wanted = (process.env.BENCH_PARTS ?? Object.keys(PARTS).join(',')).split(',').map((p) => p.trim());
const unknown = wanted.filter((p) => !(p in PARTS));
if (unknown.length) throw new Error(`BENCH_PARTS: unknown part ${unknown.join(', ')} (known: ${Object.keys(PARTS).join(', ')})`);

const measured = {};
const started = performance.now();
for (const part of wanted) {
  const t = performance.now();
  console.log(`\n── ${part} ──`);
  measured[part] = await PARTS[part]();
  console.log(`${part}: ${((performance.now() - t) / 1000).toFixed(0)} s`);
}
saveResults(measured);
console.log(
  `\nall parts: ${((performance.now() - started) / 1000).toFixed(0)} s; wrote bench/results.json, bench/results.md and bench/scaling.svg`,
);
