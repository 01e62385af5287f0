// Server-side benchmark: eventline's renderToString against Observable Plot (a dot and a
// text mark per event) and a bare d3 loop (a circle and a text per event), all drawing
// into jsdom and serializing to a string. Part of `npm run bench`; alone:
// `node bench/server.mjs` (after `npm run build`).
//
// Each case runs in its own child process (bench/case.mjs), one after another, so that
// the peak RSS reported is that case's alone and no case slows another on a small machine.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
export const SIZES = [1_000, 10_000, 100_000];
export const LIBS = ['eventline', 'plot', 'd3'];
export const LABEL = { eventline: 'eventline renderToString', plot: 'Observable Plot 0.6.17', d3: 'bare d3 loop' };
/** Timed runs per case; the median is reported. Plot and d3 at 100k take seconds each: 3 runs. */
export const runsFor = (lib, n) => (n >= 100_000 && lib !== 'eventline' ? 3 : 5);

function runCase(lib, n, log) {
  const runs = runsFor(lib, n);
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', here('./case.mjs'), lib, String(n), String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(out.trim().split('\n').pop());
  log(
    `${LABEL[lib].padEnd(26)} ${String(n).padStart(7)} events × ${runs}: ${result.median.toFixed(0)} ms (median), peak ${result.peakRssMB.toFixed(0)} MB`,
  );
  return result;
}

/** Runs every case and returns the raw results. */
export function runServerBench({ log = console.log } = {}) {
  const results = [];
  for (const n of SIZES) for (const lib of LIBS) results.push(runCase(lib, n, log));
  return { date: new Date().toISOString(), loadAverage: os.loadavg(), results };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = runServerBench();
  const { saveResults } = await import('./report.mjs');
  saveResults({ node: result });
}
