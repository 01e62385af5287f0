// @vitest-environment jsdom
// (d3-zoom reads the global `navigator`, which Node 20 lacks; the page itself is a JSDOM of its own.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createTimeline } from '../../src/interact/createTimeline.js';
import { measureTextWidth } from '../../src/layout/measureText.js';
import { fromTimelineJs } from '../../src/model/fromTimelineJs.js';

const YEAR = 365.2425 * 864e5;
const cosmology = fromTimelineJs(JSON.parse(readFileSync(join(__dirname, '../fixtures/timelinejs-cosmology.json'), 'utf8')));

describe('the visible range in deep time', () => {
  it('range holds the axis numbers where a Date cannot, in the timeline and in zoom events', async () => {
    const { window } = new JSDOM('<!doctype html><body><div id="host"></div></body>');
    const host = window.document.getElementById('host')!;
    const t = createTimeline(host, { data: cosmology, width: 960, measureText: measureTextWidth });
    const [a, b] = t.range;
    // Billions of years ago: far beyond the ±8.64e15 ms a Date holds.
    expect(a / YEAR).toBeLessThan(-1e9);
    expect(Number.isFinite(a) && Number.isFinite(b) && a < b).toBe(true);
    expect(Number.isNaN(t.domain[0].getTime())).toBe(true);
    const seen: (readonly [number, number])[] = [];
    t.on('zoom', (e) => seen.push(e.range));
    const mid = (a + b) / 2;
    t.zoomTo(mid - (b - a) / 8, mid + (b - a) / 8);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.length).toBeGreaterThan(0);
    const [c, d] = seen.at(-1)!;
    expect((d - c) / (b - a)).toBeCloseTo(0.25, 2);
    expect(t.range).toEqual(seen.at(-1));
    t.destroy();
  });
});
