// Browser benchmark: eventline's createTimeline against vis-timeline 8.5.4 in Debian's
// Chromium (driven by playwright-core, never downloaded, network shut off).
//   npm run build && node bench/browser.mjs
// For 1k, 5k and 20k events (and eventline alone at 100k): the first render (create →
// layout done) and one zoom step (halving the visible time around its middle), each timed
// twice: the script alone, and up to the second animation frame after it (so style,
// layout and paint are in). Median of 3 runs, each in a fresh page. Writes its table into
// the BROWSER section of bench/results.md. BENCH_ONLY=5000 runs one size (and writes nothing).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { syntheticEvents } from './data.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const EVENTLINE = readFileSync(here('../dist/eventline.min.js'), 'utf8');
const VIS = readFileSync(here('../node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), 'utf8');
const CASES = [
  ...[1_000, 5_000, 20_000].flatMap((n) => [
    { lib: 'eventline', n },
    { lib: 'vis-timeline', n },
  ]),
  { lib: 'eventline', n: 100_000 },
];
const RUNS = 3;
/** A case that takes longer than this is reported as such, not waited for. */
const TIMEOUT_MS = 120_000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs in the page: draws the timeline, then zooms once; returns the four times in ms. */
async function measureInPage({ lib, events }) {
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const host = document.getElementById('host');
  // The synthetic dates are YYYY, YYYY-MM or YYYY-MM-DD (years 1900–2024), maybe with ~ or ?.
  const starts = events.map((e) => Date.parse(e.date.replace(/[~?%]$/, '').padEnd(10, '-01')));
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of starts) {
    lo = Math.min(lo, s);
    hi = Math.max(hi, s);
  }
  const mid = (lo + hi) / 2;
  const quarter = (hi - lo) / 4;
  let t = performance.now();
  let zoom;
  if (lib === 'eventline') {
    const timeline = window.eventline.createTimeline(host, { data: events, width: 960 });
    host.getBoundingClientRect();
    const createScript = performance.now() - t;
    await frames();
    const createFrame = performance.now() - t;
    zoom = () => timeline.zoomTo(mid - quarter, mid + quarter);
    t = performance.now();
    zoom();
    host.getBoundingClientRect();
    const zoomScript = performance.now() - t;
    await frames();
    return { createScript, createFrame, zoomScript, zoomFrame: performance.now() - t, nodes: host.querySelectorAll('*').length };
  }
  const items = events.map((e, i) => ({
    id: i,
    content: typeof e.title === 'string' ? e.title : e.title.en,
    start: new Date(starts[i]),
    ...(e.end ? { end: new Date(`${e.end}-12-31`) } : {}),
  }));
  const timeline = new window.vis.Timeline(host, items, { width: '960px', height: '600px' });
  host.getBoundingClientRect();
  const createScript = performance.now() - t;
  await frames();
  const createFrame = performance.now() - t;
  t = performance.now();
  timeline.setWindow(new Date(mid - quarter), new Date(mid + quarter), { animation: false });
  host.getBoundingClientRect();
  const zoomScript = performance.now() - t;
  await frames();
  return { createScript, createFrame, zoomScript, zoomFrame: performance.now() - t, nodes: host.querySelectorAll('*').length };
}

const browser = await chromium.launch({
  executablePath: process.env.EVENTLINE_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
});
const results = [];
const version = browser.version();
const only = process.env.BENCH_ONLY ? Number(process.env.BENCH_ONLY) : undefined;
try {
  for (const { lib, n } of CASES.filter((c) => only === undefined || c.n === only)) {
    const events = syntheticEvents(n);
    const runs = [];
    let failure;
    for (let k = 0; k < RUNS && !failure; k++) {
      const context = await browser.newContext({ deviceScaleFactor: 1, viewport: { width: 1000, height: 800 }, offline: true });
      try {
        await context.route('**/*', (route) => (/^(data|about|file|blob):/i.test(route.request().url()) ? route.continue() : route.abort()));
        const page = await context.newPage();
        page.setDefaultTimeout(TIMEOUT_MS);
        await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div id="host" style="width:960px"></div></body></html>`);
        await page.addScriptTag({ content: lib === 'eventline' ? EVENTLINE : VIS });
        const timer = new Promise((_, reject) => setTimeout(() => reject(new Error(`over ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS));
        runs.push(await Promise.race([page.evaluate(measureInPage, { lib, events }), timer]));
      } catch (e) {
        failure = String(e.message ?? e).split('\n')[0];
      } finally {
        await context.close();
      }
    }
    const row = failure
      ? { lib, n, failure }
      : { lib, n, ...Object.fromEntries(['createScript', 'createFrame', 'zoomScript', 'zoomFrame', 'nodes'].map((k) => [k, median(runs.map((r) => r[k]))])) };
    results.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  await browser.close();
}

const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const table = [
  '| events | library | first render: script (ms) | first render: to 2nd frame (ms) | zoom step: script (ms) | zoom step: to 2nd frame (ms) | DOM nodes after |',
  '|---:|---|---:|---:|---:|---:|---:|',
  ...results.map((r) =>
    r.failure
      ? `| ${r.n.toLocaleString('en')} | ${r.lib} | ${r.failure} | | | | |`
      : `| ${r.n.toLocaleString('en')} | ${r.lib} | ${ms(r.createScript)} | ${ms(r.createFrame)} | ${ms(r.zoomScript)} | ${ms(r.zoomFrame)} | ${r.nodes} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);

const section = `<!-- BROWSER BENCH: START -->
Command: \`npm run build && node bench/browser.mjs\`, on the machine above, in Debian's
Chromium ${version} (headless, GPU off), ${new Date().toISOString()}. Median of ${RUNS} runs,
each in a fresh page; the same events as above. eventline: \`createTimeline(host, { data,
width: 960 })\` from \`dist/eventline.min.js\` (parses, lays out and draws), then \`zoomTo\`
half the time range around its middle. vis-timeline 8.5.4 (standalone build): \`new
vis.Timeline(host, items, { width: '960px', height: '600px' })\` with the same events as
\`{ content, start, end }\` items, then \`setWindow\` to the same range without animation.
"Script" stops when the call returns and layout is forced; "to 2nd frame" also waits two
animation frames, so style, layout and paint are in. Both libraries redraw a zoom step in
the next animation frame, so compare zoom steps by the "to 2nd frame" column. vis-timeline
ran with its defaults: it can also cluster (its \`cluster\` option), which was not turned on.

${table}
<!-- BROWSER BENCH: END -->`;
if (only !== undefined) process.exit(0);
const file = here('./results.md');
const md = readFileSync(file, 'utf8');
const a = md.indexOf('<!-- BROWSER BENCH: START -->');
const b = md.indexOf('<!-- BROWSER BENCH: END -->');
if (a >= 0 && b > a) writeFileSync(file, md.slice(0, a) + section + md.slice(b + '<!-- BROWSER BENCH: END -->'.length));
else writeFileSync(file, `${md}\n## Browser: createTimeline against vis-timeline in Chromium\n\n${section}\n`);
console.log('wrote the browser section of bench/results.md');
