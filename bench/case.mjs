// One benchmark case in its own process, so its peak memory is its own:
//   node bench/case.mjs <eventline|plot|d3> <events> <runs>
// Prints one line of JSON: times of each run (ms), their median, peak RSS, output size.
// Every case first renders 1,000 other events untimed, so all three are measured warm.
import { JSDOM } from 'jsdom';
import { plainRows, syntheticEvents } from './data.mjs';

const [lib, nText, runsText] = process.argv.slice(2);
const n = Number(nText);
const runs = Number(runsText ?? 5);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Renders `events` once and returns the serialized SVG. */
async function renderer() {
  if (lib === 'eventline') {
    const { renderToString } = await import('../dist/server.js');
    return (events) => renderToString(events, { width: 960 });
  }
  const { window } = new JSDOM('');
  const serialize = (el) => new window.XMLSerializer().serializeToString(el);
  if (lib === 'plot') {
    const Plot = await import('@observablehq/plot');
    return (events) => {
      const data = plainRows(events);
      return serialize(
        Plot.plot({ document: window.document, marks: [Plot.dot(data, { x: 'date' }), Plot.text(data, { x: 'date', text: 'title' })] }),
      );
    };
  }
  if (lib === 'd3') {
    const d3 = await import('d3');
    return (events) => {
      const data = plainRows(events);
      const svg = d3.select(window.document.createElementNS('http://www.w3.org/2000/svg', 'svg')).attr('width', 960).attr('height', 200);
      const x = d3
        .scaleUtc()
        .domain(d3.extent(data, (d) => d.date))
        .range([16, 944]);
      svg
        .selectAll('circle')
        .data(data)
        .join('circle')
        .attr('cx', (d) => x(d.date))
        .attr('cy', 150)
        .attr('r', 3);
      svg
        .selectAll('text')
        .data(data)
        .join('text')
        .attr('x', (d) => x(d.date))
        .attr('y', 140)
        .text((d) => d.title);
      return serialize(svg.node());
    };
  }
  throw new Error(`unknown library ${lib}`);
}

/** Where eventline's time goes: the steps of renderToString, one by one. */
async function breakdown(events) {
  const { parseTimeline, layoutTimeline, renderGeometry: renderTimeline } = await import('../dist/index.js');
  const { window } = new JSDOM('');
  const steps = { parse: [], layout: [], render: [], serialize: [] };
  for (let k = 0; k < Math.min(runs, 3); k++) {
    let t = performance.now();
    const timeline = parseTimeline(events);
    steps.parse.push(performance.now() - t);
    t = performance.now();
    const geometry = layoutTimeline(timeline, { width: 960 });
    steps.layout.push(performance.now() - t);
    t = performance.now();
    const svg = renderTimeline(geometry, window.document);
    steps.render.push(performance.now() - t);
    t = performance.now();
    new window.XMLSerializer().serializeToString(svg);
    steps.serialize.push(performance.now() - t);
    steps.drawn = geometry.events.length + geometry.clusters.length;
  }
  return Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, Array.isArray(v) ? median(v) : v]));
}

const render = await renderer();
render(syntheticEvents(1000, 7));
const events = syntheticEvents(n);
const times = [];
let bytes = 0;
for (let k = 0; k < runs; k++) {
  const t = performance.now();
  const out = render(events);
  times.push(performance.now() - t);
  bytes = out.length;
}
const peakRssMB = process.resourceUsage().maxRSS / 1024;
const steps = lib === 'eventline' ? await breakdown(events) : undefined;
console.log(JSON.stringify({ lib, n, runs: times, median: median(times), peakRssMB, bytes, ...(steps ? { steps } : {}) }));
