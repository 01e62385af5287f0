import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { denseTimeline } from '../helpers/dense.js';
import { legendClashes, overlappingLabels, stemsThroughLabels } from '../helpers/geometry.js';

const labelsTop = (g: ReturnType<typeof layoutTimeline>) => Math.min(...[...g.events, ...g.clusters].map((e) => e.label.box.y));

describe('the legend of a horizontal timeline', () => {
  for (const [name, input, width] of [
    ['the article', russiaDprk, 1280],
    ['the article', russiaDprk, 600],
    ['a dense set', denseTimeline('en'), 960],
    ['a dense Arabic set', denseTimeline('ar'), 960],
  ] as const)
    it(`${name} at ${width} px: stands in a top corner the labels leave empty, and costs the drawing no height`, () => {
      const timeline = parseTimeline(input);
      const g = layoutTimeline(timeline, { width });
      const without = layoutTimeline(timeline, { width, legend: false });
      expect(g.legend).toBeDefined();
      expect(legendClashes(g)).toEqual([]);
      expect(overlappingLabels(g)).toEqual([]);
      expect(stemsThroughLabels(g)).toEqual([]);
      expect(g.height).toBe(without.height);
      // Labels rise beside it: some stand higher than the legend's bottom.
      expect(labelsTop(g)).toBeLessThan(g.legend!.box.y + g.legend!.box.height);
      // Nothing cut, each entry once.
      expect(g.legend!.items.filter((i) => i.label.truncated)).toEqual([]);
    });

  it('reads from the reading start: left in English, right in Arabic, when both corners are free', () => {
    const en = layoutTimeline(parseTimeline(russiaDprk), { width: 1280, locale: 'en' }).legend!.box;
    const ar = layoutTimeline(parseTimeline(russiaDprk), { width: 1280, locale: 'ar' }).legend!.box;
    expect(en.x).toBe(16);
    expect(ar.x + ar.width).toBeCloseTo(1280 - 16, 6);
  });

  it('takes a band of its own above the labels when neither top corner is free', () => {
    // Crowds at both ends of the axis, stacked high: no corner is left.
    const events = ['1900-01', '1900-07', '1901-01', '1962-01', '1963-01', '2023-01', '2023-07', '2024-01'].map((date, i) => ({
      date,
      title: `Event number ${i} with a title long enough to fill`,
      category: i % 2 ? 'a' : 'b',
    }));
    const g = layoutTimeline(parseTimeline(events), { width: 700 });
    expect(legendClashes(g)).toEqual([]);
    expect(g.legend!.box.y + g.legend!.box.height).toBeLessThanOrEqual(labelsTop(g));
    expect(g.height).toBeGreaterThan(layoutTimeline(parseTimeline(events), { width: 700, legend: false }).height);
  });

  it('keeps its band in a vertical timeline, and over a strip of eras', () => {
    const timeline = parseTimeline(russiaDprk);
    const vertical = layoutTimeline(timeline, { width: 375, orientation: 'vertical' });
    expect(vertical.legend!.box.y + vertical.legend!.box.height).toBeLessThanOrEqual(labelsTop(vertical));
    const withToday = layoutTimeline(timeline, { width: 1280, today: '2025-01-01' });
    expect(withToday.legend!.box.y + withToday.legend!.box.height).toBeLessThanOrEqual(labelsTop(withToday));
  });
});
