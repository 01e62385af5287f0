// Turns bench/results.json into bench/results.md (tables, ratios, a verdict per goal, the
// machine) and bench/scaling.svg (the Node chart). The measuring scripts call saveResults;
// `node bench/report.mjs` rewrites both files from the JSON alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { LABEL, LIBS, SIZES, runsFor } from './server.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const JSON_FILE = here('./results.json');

const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (v) => `${v.toFixed(v < 0.1 ? 3 : 2)}×`;
const verdict = (ok) => (ok ? 'met' : '**missed**');

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
  };
}

function readResults() {
  if (!existsSync(JSON_FILE)) return {};
  const old = JSON.parse(readFileSync(JSON_FILE, 'utf8'));
  // Before the browser and package parts joined it, the file held the Node results alone.
  return Array.isArray(old) ? { node: { results: old } } : old;
}

/** Merges the parts just measured into results.json and rewrites results.md and scaling.svg. */
export function saveResults(parts) {
  const results = { ...readResults(), ...parts, machine: machine() };
  writeFileSync(JSON_FILE, `${JSON.stringify(results, null, 1)}\n`);
  writeReport(results);
}

// ── Node: renderToString against Plot and a d3 loop ───────────────────────────────────────
function nodeSection(part) {
  if (!part?.results?.length) return { text: '_Not measured yet: `node bench/server.mjs`._', goals: [] };
  const results = part.results;
  const get = (lib, n) => results.find((r) => r.lib === lib && r.n === n);
  const table = [
    '| events | eventline (ms) | Plot (ms) | d3 loop (ms) | eventline ÷ Plot | eventline ÷ d3 | peak RSS MB (eventline / Plot / d3) | SVG KiB (eventline / Plot / d3) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...SIZES.map((n) => {
      const [e, p, d] = LIBS.map((lib) => get(lib, n));
      return `| ${n.toLocaleString('en')} | ${ms(e.median)} | ${ms(p.median)} | ${ms(d.median)} | ${(e.median / p.median).toFixed(2)}× | ${(e.median / d.median).toFixed(2)}× | ${e.peakRssMB.toFixed(0)} / ${p.peakRssMB.toFixed(0)} / ${d.peakRssMB.toFixed(0)} | ${(e.bytes / 1024).toFixed(0)} / ${(p.bytes / 1024).toFixed(0)} / ${(d.bytes / 1024).toFixed(0)} |`;
    }),
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
  const goals = [
    `renderToString at 10k ≤ 0.5× Plot at 10k: ${ms(e10)} ms vs ${ms(p10)} ms = ${ratio(e10 / p10)} — ${verdict(e10 <= 0.5 * p10)}`,
    `renderToString at 100k ≤ 2× Plot at 10k: ${ms(e100)} ms vs ${ms(p10)} ms = ${ratio(e100 / p10)} — ${verdict(e100 <= 2 * p10)}`,
    `eventline peak RSS < 1 GB: ${peak.toFixed(0)} MB at most — ${verdict(peak < 1024)}`,
  ];
  const text = `Measured ${part.date ?? '(date not recorded)'}${part.loadAverage ? `; load average at the end (1, 5, 15 min): ${part.loadAverage.map((v) => v.toFixed(2)).join(', ')}` : ''}.

Each case runs in its own child process (\`bench/case.mjs\`), one at a time, so its peak
RSS is its own. Each first renders 1,000 other events untimed (so all three are measured
warm), then renders the same events a number of times; the table gives the median. Runs:
${runsFor('eventline', 1000)}, except Plot and the d3 loop at 100,000 events: ${runsFor('plot', 100_000)} (each run takes seconds).

- **eventline**: \`renderToString(events, { width: 960 })\` from \`dist/server.js\`: parses and
  validates the raw input, lays it out (clusters beyond what fits), draws it with the D3
  join into jsdom and serializes it: the whole server path.
- **Observable Plot**: \`Plot.plot({ document, marks: [Plot.dot(data, { x: 'date' }),
  Plot.text(data, { x: 'date', text: 'title' })] })\` into a jsdom document, then
  \`XMLSerializer\`. It gets the data already parsed (a \`Date\` and a string per event).
- **bare d3 loop**: one \`<circle>\` and one \`<text>\` per event, joined with d3 into a jsdom
  \`<svg>\`, then \`XMLSerializer\`. Same pre-parsed data.

${table}

![Time against events, log–log](scaling.svg)

### Where eventline's time goes

The steps of \`renderToString\` timed one by one (median of 3, same process, after the runs
above):

${steps}

Layout and rendering grow with the pixels, not the events: beyond what fits, events are
grouped into clusters, and only what is drawn is measured and built. Parsing and
validating every event (EDTF dates, ids, text) is what still grows with the events.`;
  return { text, goals };
}

function scalingChart(part) {
  if (!part?.results?.length) return undefined;
  const { window } = new JSDOM('');
  const points = part.results.map((r) => ({ library: LABEL[r.lib], n: r.n, ms: r.median }));
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
    y: {
      type: 'log',
      label: '↑ time to an SVG string (ms, median)',
      grid: true,
      domain: [Math.min(...times) / 1.6, Math.max(...times) * 1.6],
    },
    color: { domain: LIBS.map((l) => LABEL[l]), range: ['#0969da', '#c2410c', '#57606a'] },
    marks: [
      Plot.line(points, { x: 'n', y: 'ms', stroke: 'library', strokeWidth: 2 }),
      Plot.dot(points, { x: 'n', y: 'ms', fill: 'library', r: 3.5 }),
      ...LIBS.flatMap((lib) => {
        const mine = points.filter((p) => p.library === LABEL[lib]);
        return [
          Plot.text(mine.slice(-1), {
            x: 'n',
            y: 'ms',
            text: 'library',
            fill: 'library',
            textAnchor: 'start',
            dx: 10,
            dy: offset[LABEL[lib]] / 2,
          }),
          Plot.text(mine.slice(0, -1), {
            x: 'n',
            y: 'ms',
            text: (p) => `${ms(p.ms)} ms`,
            ...valueAt[LABEL[lib]],
            fill: 'library',
            fontSize: 10,
          }),
          Plot.text(mine.slice(-1), {
            x: 'n',
            y: 'ms',
            text: (p) => `${ms(p.ms)} ms`,
            dy: offset[LABEL[lib]],
            fill: 'library',
            fontSize: 10,
          }),
        ];
      }),
    ],
  });
  chart.setAttribute('role', 'img');
  chart.setAttribute(
    'aria-label',
    'Time to render a timeline to an SVG string against the number of events, log–log: eventline, Observable Plot and a bare d3 loop',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new window.XMLSerializer().serializeToString(chart)}\n`;
}

// ── Browser: createTimeline against vis-timeline ──────────────────────────────────────────
function browserSection(part) {
  if (!part?.rows?.length) return { text: '_Not measured yet: `node bench/browser.mjs`._', goals: [] };
  const get = (lib, n) => part.rows.find((r) => r.lib === lib && r.n === n && !r.failure);
  const table = [
    '| events | library | first render: work (ms) | first render: to 2nd frame (ms) | zoom step: work, median (ms) | zoom step: work, min–max (ms) | zoom step: to 2nd frame (ms) | drawn in (first render / step) | DOM nodes |',
    '|---:|---|---:|---:|---:|---:|---:|---|---:|',
    ...part.rows.map((r) =>
      r.failure
        ? `| ${r.n.toLocaleString('en')} | ${r.lib} | ${r.failure} | | | | | | |`
        : `| ${r.n.toLocaleString('en')} | ${r.lib} | ${ms(r.createWork)} | ${ms(r.createToSecondFrame)} | ${ms(r.stepWork)} | ${ms(r.stepWorkRange[0])}–${ms(r.stepWorkRange[1])} | ${ms(r.stepToSecondFrame)} | ${r.createWhen} / ${r.stepWhen} | ${r.nodes} |`,
    ),
  ].join('\n');
  const goals = [];
  const goal = (text, a, b, limit, what) => {
    if (!a || !b) return goals.push(`${text}: not measured (${what})`);
    const x = a / b;
    goals.push(`${text}: ${ms(a)} ms vs ${ms(b)} ms = ${ratio(x)} — ${verdict(x <= limit)}`);
  };
  const e = (n) => get('eventline', n);
  const v = (n) => get('vis-timeline', n);
  goal(
    'first render of 100,000 events ≤ 0.5× vis-timeline’s first render of 1,000',
    e(100_000)?.createWork,
    v(1000)?.createWork,
    0.5,
    'a case is missing',
  );
  goal(
    'first render of 1,000 events ≤ 0.15× vis-timeline’s first render of 1,000',
    e(1000)?.createWork,
    v(1000)?.createWork,
    0.15,
    'a case is missing',
  );
  goal('zoom step at 100,000 events ≤ 1.5× the step at 1,000', e(100_000)?.stepWork, e(1000)?.stepWork, 1.5, 'a case is missing');
  goal('zoom step at 5,000 events ≤ 0.05× vis-timeline’s step at 5,000', e(5000)?.stepWork, v(5000)?.stepWork, 0.05, 'a case is missing');
  const steps = part.rows.find((r) => r.steps)?.steps;
  const text = `Measured ${part.date} in Debian's Chromium ${part.chromium} (headless, GPU off), driven by
playwright-core; vis-timeline ${part.visTimeline} (standalone build). Load average at the end
(1, 5, 15 min): ${part.loadAverage.map((x) => x.toFixed(2)).join(', ')}.

- **Data**: generated inside the page by \`bench/data.mjs\` (injected as a script; same seed, so
  both libraries get the same events). Nothing large crosses from Node into the page.
- **eventline**: \`window.eventline.createTimeline(host, { data: events, width: 960 })\` from
  \`dist/eventline.min.js\` (public API only; it parses, validates, lays out and draws), then
  \`timeline.zoomTo(a, b)\`. **vis-timeline**: \`new vis.Timeline(host, items, { width: '960px',
  height: '600px' })\` with the same events as \`{ content, start, end }\` items (converted
  untimed, so vis-timeline gets them already parsed), then \`setWindow(a, b, { animation:
  false })\`. vis-timeline runs with its defaults; its \`cluster\` option stays off.
- **Work** is the time the main thread spends on the call: the call itself plus a forced
  style/layout (\`getBoundingClientRect\`, \`offsetHeight\`), plus, when the library draws in
  the next animation frame, that frame from its first animation callback (queued by the
  bench before the call) to the library's "drawn" signal and a forced style/layout. The
  signal is eventline's \`zoom\` event and vis-timeline's \`changed\` event. Both libraries
  answer \`zoomTo\`/\`setWindow\` by redrawing in the next frame ("drawn in: frame"), and
  vis-timeline draws its first render in the frame after the constructor too;
  \`createTimeline\` draws before it returns ("call"). Idle waiting for a frame and paint
  are left out for both; "to 2nd frame" is the wall time up to the second animation frame
  after the call, idle waiting and paint included, for comparison with earlier runs.
- **First render**: one per fresh page, ${part.pages} pages per case (taken round by round: one page of
  every case, then the next round), median.
- **Zoom step**: in each of those pages, after the first render, ${part.warmSteps} untimed steps, then
  ${part.timedStepsPerPage} timed ones (${steps ?? part.pages * part.timedStepsPerPage} per case), each between two windows around the middle
  of the data (half and a quarter of its time span: every step zooms 2× in or out), 250 ms
  apart; median of all of them.
- Runs before this method (up to commit 182a7a3) passed the events in from Node and timed
  zoom steps to the second frame; their figures are not comparable with these.
- vis-timeline is not run at 20,000 events: an earlier run took 47 s for its first render
  and 12.6 s for one zoom step there, and no goal compares against it at that size.

${table}`;
  return { text, goals };
}

// ── Package: bundle sizes and cold start ─────────────────────────────────────────────────
function packageSection(part) {
  if (!part?.bundles) return { text: '_Not measured yet: `node bench/package.mjs`._', goals: [] };
  const { bundles, cold } = part;
  const size = (name, bytes, limit) => `${name}: ${kb(bytes)} gzip, goal ≤ ${kb(limit)} — ${verdict(bytes <= limit)}`;
  const goals = [
    size('Vite page importing only `renderSvg`', bundles.renderSvg, 25 * 1024),
    size('Vite page importing only `createTimeline`', bundles.createTimeline, 40 * 1024),
    size('classic script `eventline.min.js`', bundles.classicScript, 40 * 1024),
    `\`import('eventline/server')\` loads no jsdom until the first render: jsdom ${cold.jsdomAfterImport ? 'already loaded after the import' : 'not loaded after the import'}, ${cold.jsdomAfterRender ? 'loaded' : 'NOT loaded'} after the first \`renderToString\` — ${verdict(!cold.jsdomAfterImport && cold.jsdomAfterRender)}`,
  ];
  const text = `Measured ${part.date}; load average at the end (1, 5, 15 min): ${part.loadAverage.map((x) => x.toFixed(2)).join(', ')}.
The package is packed from a staged copy of \`package.json\`, \`dist/\`, \`README.md\` and
\`LICENSE\` (tarball ${kb(part.tarballBytes)}), installed with \`npm install --prefer-offline
--no-package-lock\` into an empty consumer folder, and measured there.

**Bundle sizes** (gzip -9, summed over every JS and CSS file emitted): Vite production builds
of pages that import one function from the installed \`eventline\` and call it
(\`scripts/measure-bundles.mjs\`), and the classic script as installed.

| what | gzip |
|---|---:|
| page importing only \`renderSvg\` | ${kb(bundles.renderSvg)} |
| page importing only \`createTimeline\` | ${kb(bundles.createTimeline)} |
| \`dist/eventline.min.js\` (classic script, d3 and date-fns inside) | ${kb(bundles.classicScript)} |

**Cold start of \`eventline/server\`** (median of ${cold.runs} fresh \`node\` processes in the consumer;
the first render draws 1,000 synthetic events at \`width: 960\`):

| what | ms |
|---|---:|
| \`node -e 0\`, spawn to exit | ${ms(cold.nodeE0Ms)} |
| \`node -e "await import('eventline/server')"\`, spawn to exit | ${ms(cold.nodeImportMs)} |
| \`import('eventline/server')\` inside the process | ${ms(cold.importMs)} |
| first \`renderToString\` after it | ${ms(cold.firstRenderMs)} |
| second \`renderToString\` (same events) | ${ms(cold.secondRenderMs)} |

Whether jsdom has been loaded is read from Node's CommonJS module cache (jsdom is CommonJS,
so it lands there even when reached through \`import\`).`;
  return { text, goals };
}

/** Writes results.md and scaling.svg from the results. */
export function writeReport(results) {
  const m = results.machine ?? machine();
  const node = nodeSection(results.node);
  const browser = browserSection(results.browser);
  const pkg = packageSection(results.package);
  const list = (goals) => (goals.length ? goals.map((g) => `- ${g}`).join('\n') : '- not measured yet');
  const md = `# Benchmarks

Command: \`npm run bench\`: builds, then \`node bench/run.mjs\` runs the three parts below one
after another (alone: \`node bench/server.mjs\`, \`node bench/browser.mjs\`,
\`node bench/package.mjs\`; \`node bench/report.mjs\` rewrites this file from
\`bench/results.json\`, which holds every raw number).

Machine: ${m.cores} × ${m.cpu}, ${m.memoryGiB.toFixed(1)} GiB, Node ${m.node} on ${m.os}${results.browser?.chromium ? `, Chromium ${results.browser.chromium}` : ''}.
The machine is shared: other jobs (builds and tests of parallel work) ran beside these
runs, as the load averages below show, so absolute times wander by ±20 % or more between
runs. Ratios between libraries measured in the same run are steadier.

The events (\`bench/data.mjs\`, seeded): 1900–2024, a quarter of them in six bursts of
40 days, 60 % day / 25 % month / 15 % year precision, some approximate, 5 % ranges;
titles of 1 to 24 words, two thirds English, a fifth Arabic, the rest in both.

## Goals

Server path in Node:

${list(node.goals)}

Interactive component in Chromium (ratios against vis-timeline measured in the same run):

${list(browser.goals)}

Package:

${list(pkg.goals)}

## Server path: renderToString against Observable Plot and a d3 loop in Node

${node.text}

## Browser: createTimeline against vis-timeline in Chromium

${browser.text}

## Package: bundle sizes and cold start

${pkg.text}
`;
  writeFileSync(here('./results.md'), md);
  const chart = scalingChart(results.node);
  if (chart) writeFileSync(here('./scaling.svg'), chart);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeReport(readResults());
  console.log('wrote bench/results.md and bench/scaling.svg from bench/results.json');
}
