// @vitest-environment jsdom
// (d3-zoom reads the global `navigator`, which Node 20 lacks; the pages themselves are JSDOMs of their own.)
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { createTimeline } from '../../src/interact/createTimeline.js';
import { hydrate } from '../../src/interact/hydrate.js';
import { panTarget } from '../../src/interact/zoomModel.js';
import { measureTextWidth } from '../../src/layout/measureText.js';
import { sortedEvents } from '../../src/layout/sortedEvents.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { renderToString } from '../../src/server/renderToString.js';

const data = { ...russiaDprk, eras: [{ date: '1991-12-26', end: '2024-07', title: 'After the Soviet Union' }] };

function host() {
  const { window } = new JSDOM('<!doctype html><body><div id="host"></div></body>');
  return window.document.getElementById('host')!;
}

/** A zoom step is drawn on the next frame. */
const frame = () => new Promise((resolve) => setTimeout(resolve, 40));

afterEach(() => {
  vi.useRealTimers();
});

describe('a live timeline with eras, a today line and an ongoing event', () => {
  it('reads the clock for today: true once, and keeps that date at every zoom step', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2024, 5, 19, 9));
    const h = host();
    const t = createTimeline(h, { data, width: 960, today: true, measureText: measureTextWidth, animate: false });
    const label = () => h.querySelector('g.el-today text')?.textContent;
    expect(label()).toBe('Today: 19 June 2024');
    vi.setSystemTime(new Date(2030, 0, 1, 9));
    const before = h.querySelector('g.el-today line')!.getAttribute('x1');
    t.zoomTo(new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2025, 0, 1)));
    await frame();
    expect(h.querySelector('g.el-today line')!.getAttribute('x1')).not.toBe(before);
    expect(label()).toBe('Today: 19 June 2024');
    t.destroy();
  });

  it('redraws the ongoing bar to the end of each view it is zoomed to', async () => {
    const h = host();
    const t = createTimeline(h, { data, width: 960, measureText: measureTextWidth, animate: false });
    const bar = () => h.querySelector('[data-event-id="invasion-ukraine"] rect.el-mark')!;
    const axisEnd = () => Number(h.querySelector('.el-axis-line')!.getAttribute('x2'));
    const right = () => Number(bar().getAttribute('x')) + Number(bar().getAttribute('width'));
    expect(right()).toBeCloseTo(axisEnd(), 1);
    const wide = bar().getAttribute('x');
    t.zoomTo(new Date(Date.UTC(2022, 0, 1)), new Date(Date.UTC(2023, 0, 1)));
    await frame();
    expect(bar().getAttribute('x')).not.toBe(wide);
    expect(right()).toBeCloseTo(axisEnd(), 1);
    expect(h.querySelector('[data-event-id="invasion-ukraine"] .el-open')).not.toBeNull();
    // The era band fills a view inside it.
    const band = h.querySelector('g.el-era rect')!;
    expect(Number(band.getAttribute('width'))).toBeCloseTo(axisEnd() - Number(h.querySelector('.el-axis-line')!.getAttribute('x1')), 1);
    t.destroy();
  });

  it('hydrates an SVG drawn with eras and a today date', async () => {
    const { window } = new JSDOM(`<!doctype html><body>${renderToString(data, { width: 960, today: '2024-06-19' })}</body>`);
    const svg = window.document.querySelector('svg')!;
    const t = hydrate(svg, { data, today: '2024-06-19', animate: false });
    expect(svg.querySelectorAll('g.el-era')).toHaveLength(1);
    t.zoomTo(new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2025, 0, 1)));
    await frame();
    expect(svg.querySelector('g.el-today text')!.textContent).toBe('Today: 19 June 2024');
    expect(svg.querySelectorAll('g.el-today')).toHaveLength(1);
    t.destroy();
  });

  it('pans past an event from an indefinite past to its known date, not to no time at all', () => {
    const sorted = sortedEvents(
      parseTimeline([
        { date: '../1950', title: 'Before' },
        { date: '2000', title: 'Later' },
      ]).events,
    );
    const target = panTarget(sorted, [Date.UTC(1990, 0, 1), Date.UTC(2010, 0, 1)], -1)!;
    expect(target.domain.every(Number.isFinite)).toBe(true);
    expect(target.domain[0]).toBeLessThan(Date.UTC(1950, 0, 1));
    expect(target.domain[1]).toBeGreaterThan(Date.UTC(1950, 0, 1));
  });
});
