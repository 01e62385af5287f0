// Browser benchmark: eventline's createTimeline (public API of dist/eventline.min.js only)
// against vis-timeline 8.5.4 in Debian's Chromium, driven by playwright-core (never
// downloaded, network shut off). Part of `npm run bench`; alone: `node bench/browser.mjs`
// (after `npm run build`). BENCH_ONLY=5000 runs one size and writes nothing; BENCH_TRACE=1
// logs each page's phases.
//
// What is timed, and why this way:
// - The events are generated inside the page (bench/data.mjs injected as a script, same
//   seed for both libraries): handing 100,000 events over as a `page.evaluate` argument
//   costs Chromium hundreds of milliseconds of deserialization that is not the library's.
// - Both libraries answer a zoom request (and vis-timeline its first render) by drawing in
//   the next animation frame. Timing "until the second frame" counts the idle wait for that
//   frame (22–29 ms here), which hides what a step costs. So a step is timed as its work
//   alone: the call plus a forced style/layout, plus, when the drawing is deferred, the
//   stretch of the next frame from its first requestAnimationFrame callback (one we queue
//   before the call, so it runs before the library's) to the library's own "drawn" signal
//   (eventline's `zoom` event, vis-timeline's `changed` event) followed by a forced
//   style/layout. Paint and compositing are left out for both.
// - Zoom steps are timed warm: after the first render, a few untimed steps, then ≥ 10 timed
//   ones, each between the same two windows (half and a quarter of the data's time span
//   around its middle, so every step is a 2× zoom in or out); the median is reported.
// - The first render is timed in a fresh page each run (what a visitor gets), median of runs.
//   The pages are taken round by round (one of every case per round), so a busy spell of
//   the shared machine does not fall on one case only.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * vis-timeline stops at 5,000 events: the goals compare against it at 1,000 and 5,000, and
 * at 20,000 one of its first renders took 47 s and one zoom step 12.6 s (earlier run).
 */
export const CASES = [
  { lib: 'eventline', n: 1_000 },
  { lib: 'vis-timeline', n: 1_000 },
  { lib: 'eventline', n: 5_000 },
  { lib: 'vis-timeline', n: 5_000 },
  { lib: 'eventline', n: 20_000 },
  { lib: 'eventline', n: 100_000 },
];
/**
 * The page's globals: the two libraries under test (classic scripts), bench/data.mjs, and
 * what `prepareInPage` leaves for `measureInPage`.
 * @typedef {Window & typeof globalThis & {
 *   eventline: typeof import('../dist/index.js'),
 *   vis: typeof import('vis-timeline/standalone'),
 *   benchData: Pick<typeof import('./data.mjs'), 'syntheticEvents'>,
 *   bench: { lib: string, input: unknown[], windows: [number, number][] },
 * }} BenchPage
 */
/**
 * Fresh pages per case: each gives one first render and its zoom steps. A fresh page's
 * first render varies by a third from page to page on a shared machine (one run: 66, 103
 * and 115 ms at 1,000 events): the median of seven is steadier than of three.
 */
const PAGES = 7;
const WARM_STEPS = 3;
const TIMED_STEPS = 10;
/** A page that takes longer than this is reported as such, not waited for. */
const TIMEOUT_MS = 180_000;

/** Runs in the page: builds the events and (for vis-timeline) its items, untimed. */
function prepareInPage({ lib, n }) {
  const page = /** @type {BenchPage} */ (window);
  const events = page.benchData.syntheticEvents(n);
  // The synthetic dates are YYYY, YYYY-MM or YYYY-MM-DD (years 1900–2024), maybe with ~ or ?.
  const startOf = (e) => Date.parse(e.date.replace(/[~?%]$/, '').padEnd(10, '-01'));
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const s = startOf(e);
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  const input =
    lib === 'eventline'
      ? events
      : events.map((e, i) => ({
          id: i,
          content: typeof e.title === 'string' ? e.title : e.title.en,
          start: new Date(startOf(e)),
          ...(e.end ? { end: new Date(`${e.end}-12-31`) } : {}),
        }));
  const mid = (lo + hi) / 2;
  const span = hi - lo;
  page.bench = {
    lib,
    input,
    windows: [
      [mid - span / 4, mid + span / 4],
      [mid - span / 8, mid + span / 8],
    ],
  };
  return events.length;
}

/**
 * Runs in the page: the first render, then warm zoom steps. Every timing is the work of
 * the call: see the head of this file.
 */
async function measureInPage({ warmSteps, timedSteps }) {
  const page = /** @type {BenchPage} */ (window);
  const { lib, input, windows } = page.bench;
  const host = document.getElementById('host');
  const forceLayout = () => host.getBoundingClientRect().height + host.offsetHeight;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /**
   * Times the work of `call` (see the head of this file). The library says it has drawn by
   * calling `onDrawn`, from a listener `listen(onDrawn)` set up before the timing (it returns
   * the unsubscribe) or one `call` adds itself (through `keep(unsubscribe)`). Returns
   * { instance, work, toSecondFrame, when }; `when` says where the drawing ended: in the
   * call, in the next frame, or later (then `work` holds the waiting too, and says so).
   * @template T
   * @param {{
   *   listen?: (onDrawn: (earlier?: boolean) => void) => () => void,
   *   call: (onDrawn: (earlier?: boolean) => void, keep: (off: () => void) => void) => T,
   * }} work
   */
  async function timeWork({ listen = () => () => {}, call }) {
    let drawnAt = NaN;
    let drawnInCall = false;
    let inCall = true;
    let resolveDrawn;
    const drawn = new Promise((resolve) => {
      resolveDrawn = resolve;
    });
    // `earlier`: the drawing was done inside the call, and the library only says so now.
    const onDrawn = (earlier = false) => {
      if (!Number.isNaN(drawnAt)) return;
      forceLayout();
      drawnAt = performance.now();
      drawnInCall = inCall || earlier === true;
      resolveDrawn();
    };
    const offs = [listen(onDrawn)];
    let frameStart = NaN;
    requestAnimationFrame(() => {
      frameStart = performance.now();
    });
    const t0 = performance.now();
    const instance = call(onDrawn, (off) => offs.push(off));
    forceLayout();
    const t1 = performance.now();
    inCall = false;
    let frameEnd = NaN;
    requestAnimationFrame(() => {
      frameEnd = performance.now();
    });
    const outcome = await Promise.race([drawn.then(() => 'drawn'), pause(60_000).then(() => 'timeout')]);
    for (const off of offs) off();
    if (outcome === 'timeout') throw new Error(`${lib}: no drawn signal within 60 s`);
    await frame();
    await frame();
    const toSecondFrame = performance.now() - t0;
    const sync = t1 - t0;
    if (drawnInCall) return { instance, work: sync, toSecondFrame, when: 'call' };
    // Drawn between our two markers: inside the first frame's animation callbacks.
    if (drawnAt >= frameStart && drawnAt <= frameEnd)
      return { instance, work: sync + (drawnAt - frameStart), toSecondFrame, when: 'frame' };
    return { instance, work: drawnAt - t0, toSecondFrame, when: 'later' };
  }

  const first = await timeWork({
    call:
      lib === 'eventline'
        ? (onDrawn) => {
            // createTimeline draws before it returns: there is no later signal to wait for.
            const t = page.eventline.createTimeline(host, { data: input, width: 960 });
            onDrawn();
            return t;
          }
        : (onDrawn, keep) => {
            // onInitialDrawComplete comes a task after the first `changed`. Reaching it with no
            // `changed` seen means that one came inside the constructor, before we listened.
            const t = new page.vis.Timeline(host, /** @type {import('vis-timeline/standalone').DataItem[]} */ (input), {
              width: '960px',
              height: '600px',
              onInitialDrawComplete: () => onDrawn(true),
            });
            const handler = () => onDrawn();
            t.on('changed', handler);
            keep(() => t.off('changed', handler));
            return t;
          },
  });
  const timeline = first.instance;
  await pause(250);

  const signal = lib === 'eventline' ? 'zoom' : 'changed';
  const listen = (onDrawn) => {
    const handler = () => onDrawn();
    timeline.on(signal, handler);
    return () => timeline.off(signal, handler);
  };
  const step = (k) => {
    const [a, b] = windows[k % 2];
    return lib === 'eventline' ? () => timeline.zoomTo(a, b) : () => timeline.setWindow(new Date(a), new Date(b), { animation: false });
  };
  const steps = [];
  for (let k = 0; k < warmSteps + timedSteps; k++) {
    const r = await timeWork({ listen, call: step(k) });
    if (k >= warmSteps) steps.push({ work: r.work, toSecondFrame: r.toSecondFrame, when: r.when });
    // vis-timeline fires `rangechanged` 200 ms after a step: let it pass outside the timing.
    await pause(250);
  }
  return {
    create: { work: first.work, toSecondFrame: first.toSecondFrame, when: first.when },
    steps,
    nodes: host.querySelectorAll('*').length,
  };
}

async function launch() {
  return chromium.launch({
    executablePath: process.env.EVENTLINE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
  });
}

/** One fresh page of one case: first render and zoom steps. */
async function runPage(browser, scripts, { lib, n }) {
  const t0 = Date.now();
  const lap = (what) => process.env.BENCH_TRACE && console.log(`  ${lib} ${n}: ${what} after ${Date.now() - t0} ms`);
  let timer;
  const context = await browser.newContext({ deviceScaleFactor: 1, viewport: { width: 1000, height: 800 }, offline: true });
  try {
    await context.route('**/*', (route) => (/^(data|about|file|blob):/i.test(route.request().url()) ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div id="host" style="width:960px"></div></body></html>`,
    );
    await page.addScriptTag({ content: lib === 'eventline' ? scripts.eventline : scripts.vis });
    // bench/data.mjs is a module: as an inline module script its exports are reachable
    // through the line appended here, which runs in the module's own scope.
    await page.addScriptTag({ type: 'module', content: `${scripts.data}\nwindow.benchData = { syntheticEvents };\n` });
    await page.waitForFunction(() => 'benchData' in window);
    const count = await page.evaluate(prepareInPage, { lib, n });
    lap('events generated');
    if (count !== n) throw new Error(`generated ${count} events, wanted ${n}`);
    const overdue = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`over ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    });
    const r = await Promise.race([page.evaluate(measureInPage, { warmSteps: WARM_STEPS, timedSteps: TIMED_STEPS }), overdue]);
    lap('measured');
    return r;
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}

/**
 * Runs the cases (all, or those of `only` events) and returns the raw results.
 * @param {{ only?: number, log?: (line: string) => void }} [options]
 */
export async function runBrowserBench({ only, log = console.log } = {}) {
  const scripts = {
    eventline: readFileSync(here('../dist/eventline.min.js'), 'utf8'),
    vis: readFileSync(here('../node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), 'utf8'),
    data: readFileSync(here('./data.mjs'), 'utf8'),
  };
  const visVersion = JSON.parse(readFileSync(here('../node_modules/vis-timeline/package.json'), 'utf8')).version;
  const browser = await launch();
  const chromiumVersion = browser.version();
  const rows = [];
  try {
    const cases = CASES.filter((x) => only === undefined || x.n === only).map((c) => ({ ...c, pages: [], failure: undefined }));
    // Round by round, one page of each case, so that a busy spell on the shared machine
    // falls on both libraries instead of on whichever case ran during it.
    for (let k = 0; k < PAGES; k++) {
      for (const c of cases.filter((x) => !x.failure)) {
        try {
          c.pages.push(await runPage(browser, scripts, c));
          log(
            `  page ${k + 1}/${PAGES}: ${c.lib} ${c.n}: first render ${ms(c.pages.at(-1).create.work)} ms, steps ${ms(median(c.pages.at(-1).steps.map((s) => s.work)))} ms`,
          );
        } catch (e) {
          c.failure = String(e instanceof Error ? e.message : e).split('\n')[0];
          log(`  ${c.lib} ${c.n}: ${c.failure}`);
        }
      }
    }
    for (const { lib, n, pages, failure } of cases) {
      const steps = pages.flatMap((p) => p.steps);
      const row = failure
        ? { lib, n, failure }
        : {
            lib,
            n,
            createWork: median(pages.map((p) => p.create.work)),
            createToSecondFrame: median(pages.map((p) => p.create.toSecondFrame)),
            createWhen: [...new Set(pages.map((p) => p.create.when))].join('/'),
            stepWork: median(steps.map((s) => s.work)),
            stepWorkRange: [Math.min(...steps.map((s) => s.work)), Math.max(...steps.map((s) => s.work))],
            stepToSecondFrame: median(steps.map((s) => s.toSecondFrame)),
            stepWhen: [...new Set(steps.map((s) => s.when))].join('/'),
            steps: steps.length,
            nodes: median(pages.map((p) => p.nodes)),
            raw: pages,
          };
      rows.push(row);
      const { raw: _raw, ...brief } = row;
      log(JSON.stringify(brief));
    }
  } finally {
    await browser.close();
  }
  return {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    visTimeline: visVersion,
    pages: PAGES,
    warmSteps: WARM_STEPS,
    timedStepsPerPage: TIMED_STEPS,
    loadAverage: os.loadavg(),
    rows,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const only = process.env.BENCH_ONLY ? Number(process.env.BENCH_ONLY) : undefined;
  const result = await runBrowserBench({ only });
  if (only === undefined) {
    const { saveResults } = await import('./report.mjs');
    saveResults({ browser: result });
  }
}
