// Server-side benchmark: eventline's renderToString against Observable Plot (a dot and a
// text mark per event) and a bare d3 loop (a circle and a text per event), all drawing
// into jsdom and serializing to a string. Run with `npm run bench` (it builds first).
//
// Each case runs in its own child process (bench/case.mjs), one after another, so that
// the peak RSS reported is that case's alone and no case slows another on a small machine.
// Writes bench/results.md (the tables, beside the machine they were measured on) and
// bench/scaling.svg (time against events, log–log, drawn with Plot).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const SIZES = [1_000, 10_000, 100_000];
const LIBS = ['eventline', 'plot', 'd3'];
const LABEL = { eventline: 'eventline renderToString', plot: 'Observable Plot 0.6.17', d3: 'bare d3 loop' };
/** Timed runs per case; the median is reported. Plot and d3 at 100k take seconds each: 3 runs. */
const runsFor = (lib, n) => (n >= 100_000 && lib !== 'eventline' ? 3 : 5);

function runCase(lib, n) {
  const runs = runsFor(lib, n);
  process.stdout.write(`${LABEL[lib].padEnd(26)} ${String(n).padStart(7)} events × ${runs} … `);
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', here('./case.mjs'), lib, String(n), String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(out.trim().split('\n').pop());
  console.log(`${result.median.toFixed(0)} ms (median), peak ${result.peakRssMB.toFixed(0)} MB`);
  return result;
}

// `--chart-only` redraws the chart and rewrites results.md from bench/results.json.
const chartOnly = process.argv.includes('--chart-only');
const results = chartOnly ? JSON.parse(readFileSync(here('./results.json'), 'utf8')) : [];
if (!chartOnly) for (const n of SIZES) for (const lib of LIBS) results.push(runCase(lib, n));
if (!chartOnly) writeFileSync(here('./results.json'), `${JSON.stringify(results, null, 1)}\n`);
const get = (lib, n) => results.find((r) => r.lib === lib && r.n === n);

const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const rows = SIZES.map((n) => {
  const [e, p, d] = LIBS.map((lib) => get(lib, n));
  return `| ${n.toLocaleString('en')} | ${ms(e.median)} | ${ms(p.median)} | ${ms(d.median)} | ${(e.median / p.median).toFixed(2)}× | ${(e.median / d.median).toFixed(2)}× | ${e.peakRssMB.toFixed(0)} / ${p.peakRssMB.toFixed(0)} / ${d.peakRssMB.toFixed(0)} | ${(e.bytes / 1024).toFixed(0)} / ${(p.bytes / 1024).toFixed(0)} / ${(d.bytes / 1024).toFixed(0)} |`;
});
const table = [
  '| events | eventline (ms) | Plot (ms) | d3 loop (ms) | eventline ÷ Plot | eventline ÷ d3 | peak RSS MB (eventline / Plot / d3) | SVG KiB (eventline / Plot / d3) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');
const steps = [
  '| events | parse + validate | layout | render (D3 join, jsdom) | serialize | drawn (events + clusters) |',
  '|---:|---:|---:|---:|---:|---:|',
  ...SIZES.map((n) => {
    const s = get('eventline', n).steps;
    return `| ${n.toLocaleString('en')} | ${ms(s.parse)} | ${ms(s.layout)} | ${ms(s.render)} | ${ms(s.serialize)} | ${s.drawn} |`;
  }),
].join('\n');

const e10 = get('eventline', 10_000).median;
const p10 = get('plot', 10_000).median;
const e100 = get('eventline', 100_000).median;
const peak = Math.max(...SIZES.map((n) => get('eventline', n).peakRssMB));
const verdict = (ok) => (ok ? 'met' : 'MISSED');
const targets = [
  `- renderToString at 10k ≤ 0.5 × Plot at 10k: ${ms(e10)} ms vs ${ms(p10)} ms = ${(e10 / p10).toFixed(2)}× — ${verdict(e10 <= 0.5 * p10)}`,
  `- renderToString at 100k ≤ 2 × Plot at 10k: ${ms(e100)} ms vs ${ms(2 * p10)} ms = ${(e100 / p10).toFixed(2)}× Plot@10k — ${verdict(e100 <= 2 * p10)}`,
  `- eventline peak RSS < 1 GB: ${peak.toFixed(0)} MB at most — ${verdict(peak < 1024)}`,
].join('\n');

const cpus = os.cpus();
const load = os.loadavg().map((v) => v.toFixed(2)).join(', ');
const machine = [
  `- date: ${new Date().toISOString()}`,
  `- CPU: ${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
  `- memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  `- Node ${process.version} on ${os.type()} ${os.release()} (${os.arch()})`,
  `- load average at the end (1, 5, 15 min): ${load}`,
].join('\n');

console.log(`\n${table}\n\n${steps}\n\n${targets}\n`);

// ── Scaling chart ─────────────────────────────────────────────────────────────────────
const { window } = new JSDOM('');
const points = results.map((r) => ({ library: LABEL[r.lib], n: r.n, ms: r.median }));
const last = SIZES[SIZES.length - 1];
// Plot and the d3 loop run close together: their labels go above and below their lines.
const offset = { [LABEL.eventline]: 12, [LABEL.plot]: 13, [LABEL.d3]: -9 };
const valueAt = { [LABEL.eventline]: { dx: 0, dy: 13 }, [LABEL.plot]: { dx: 26, dy: 12 }, [LABEL.d3]: { dx: -4, dy: -10 } };
const times = points.map((p) => p.ms);
const chart = Plot.plot({
  document: window.document,
  width: 640,
  height: 400,
  marginRight: 170,
  style: { background: '#ffffff', color: '#1b1f24', fontFamily: 'Noto Sans, DejaVu Sans, sans-serif', fontSize: '12px' },
  x: { type: 'log', label: 'events →', domain: [SIZES[0] / 1.15, last * 1.15], ticks: SIZES, tickFormat: (d) => d.toLocaleString('en') },
  y: { type: 'log', label: '↑ time to an SVG string (ms, median)', grid: true, domain: [Math.min(...times) / 1.6, Math.max(...times) * 1.6] },
  color: { domain: LIBS.map((l) => LABEL[l]), range: ['#0969da', '#c2410c', '#57606a'] },
  marks: [
    Plot.line(points, { x: 'n', y: 'ms', stroke: 'library', strokeWidth: 2 }),
    Plot.dot(points, { x: 'n', y: 'ms', fill: 'library', r: 3.5 }),
    ...LIBS.flatMap((lib) => {
      const mine = points.filter((p) => p.library === LABEL[lib]);
      return [
        Plot.text(mine.slice(-1), { x: 'n', y: 'ms', text: 'library', fill: 'library', textAnchor: 'start', dx: 10, dy: offset[LABEL[lib]] / 2 }),
        Plot.text(mine.slice(0, -1), { x: 'n', y: 'ms', text: (p) => `${ms(p.ms)} ms`, ...valueAt[LABEL[lib]], fill: 'library', fontSize: 10 }),
        Plot.text(mine.slice(-1), { x: 'n', y: 'ms', text: (p) => `${ms(p.ms)} ms`, dy: offset[LABEL[lib]], fill: 'library', fontSize: 10 }),
      ];
    }),
  ],
});
chart.setAttribute('role', 'img');
chart.setAttribute('aria-label', 'Time to render a timeline to an SVG string against the number of events, log–log: eventline, Observable Plot and a bare d3 loop');
writeFileSync(here('./scaling.svg'), `<?xml version="1.0" encoding="UTF-8"?>\n${new window.XMLSerializer().serializeToString(chart)}\n`);

// ── BROWSER BENCH HOOK ────────────────────────────────────────────────────────────────
// The browser part (createTimeline against vis-timeline in Chromium: first render and one
// zoom step at 1k, 5k and 20k events, and eventline alone at 100k) lives in
// bench/browser.mjs, run separately (`node bench/browser.mjs`) because it needs Chromium.
// It fills the section between the BROWSER markers of bench/results.md, and this script
// keeps whatever is there when it rewrites the file.
const BROWSER_START = '<!-- BROWSER BENCH: START -->';
const BROWSER_END = '<!-- BROWSER BENCH: END -->';
let browser = `${BROWSER_START}\n_Not measured yet: run \`node bench/browser.mjs\` (needs Chromium)._\n${BROWSER_END}`;
try {
  const old = readFileSync(here('./results.md'), 'utf8');
  const a = old.indexOf(BROWSER_START);
  const b = old.indexOf(BROWSER_END);
  if (a >= 0 && b > a) browser = old.slice(a, b + BROWSER_END.length);
} catch {
  // First run: no results yet.
}

const md = `# Benchmark: rendering a timeline to an SVG string in Node

Command: \`npm run bench\` (builds, then \`node bench/run.mjs\`). Every number below comes
from one run of it, on this machine (raw numbers: \`bench/results.json\`):

${machine}

Each case runs in its own child process (\`bench/case.mjs\`), one at a time, so its peak
RSS is its own. The machine is shared (other jobs ran beside this one: see the load
average above), so absolute times wander by ±20 % between runs; ratios between libraries
measured in the same run are steadier. Each first renders 1,000 other events untimed (so all three are measured
warm), then renders the same events ${'`'}runs${'`'} times; the table gives the median. Runs:
5, except Plot and the d3 loop at 100,000 events: 3 (each run takes seconds).

The events (\`bench/data.mjs\`, seeded): 1900–2024, a quarter of them in six bursts of
40 days, 60 % day / 25 % month / 15 % year precision, some approximate, 5 % ranges;
titles of 1 to 24 words, two thirds English, a fifth Arabic, the rest in both.

- **eventline**: \`renderToString(events, { width: 960 })\` from \`dist/server.js\`: parses and
  validates the raw input, lays it out (clusters beyond what fits), draws it with the D3
  join into jsdom and serializes it: the whole server path.
- **Observable Plot**: \`Plot.plot({ document, marks: [Plot.dot(data, { x: 'date' }),
  Plot.text(data, { x: 'date', text: 'title' })] })\` into a jsdom document, then
  \`XMLSerializer\`. It gets the data already parsed (a \`Date\` and a string per event).
- **bare d3 loop**: one \`<circle>\` and one \`<text>\` per event, joined with d3 into a jsdom
  \`<svg>\`, then \`XMLSerializer\`. Same pre-parsed data.

## Times

${table}

![Time against events, log–log](scaling.svg)

## Where eventline's time goes

The steps of \`renderToString\` timed one by one (median of 3, same process, after the runs
above):

${steps}

Layout and rendering grow with the pixels, not the events: beyond what fits, events are
grouped into clusters, and only what is drawn is measured and built. Parsing and
validating every event (EDTF dates, ids, text) is what still grows with the events.

## Targets

${targets}

## Browser: createTimeline against vis-timeline in Chromium

${browser}
`;
writeFileSync(here('./results.md'), md);
console.log('wrote bench/results.md and bench/scaling.svg');
