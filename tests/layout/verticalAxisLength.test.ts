import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import type { TimelineGeometry } from '../../src/layout/types.js';
import { denseTimeline } from '../helpers/dense.js';
import { overlappingLabels, stemsThroughLabels } from '../helpers/geometry.js';

/** How far each label's leader runs along the axis, from its mark to the label, on average. */
const meanRun = (g: TimelineGeometry) => g.events.reduce((sum, e) => sum + Math.abs(e.stem.y2 - e.stem.y1), 0) / g.events.length;
const labelsBottom = (g: TimelineGeometry) => Math.max(...g.events.map((e) => e.label.box.y + e.label.box.height));

describe('a vertical timeline whose labels need more height than its axis', () => {
  for (const width of [320, 375])
    for (const language of ['en', 'ar'] as const)
      it(`dense ${language} at ${width} px: the axis runs the labels' height, and labels stand near their marks`, () => {
        for (const seed of [undefined, 2, 5]) {
          const g = layoutTimeline(parseTimeline(denseTimeline(language, seed)), { width, orientation: 'vertical' });
          expect(g.events).toHaveLength(35);
          // On the 600 px axis of the default height, labels stood 650–1,000 px from their
          // marks on average, under a bundle of leaders 2,000 px long.
          expect(meanRun(g)).toBeLessThan(300);
          expect(g.axis.y2 - g.axis.y1).toBeGreaterThan(0.8 * (labelsBottom(g) - g.axis.y1));
          expect(overlappingLabels(g)).toEqual([]);
          expect(stemsThroughLabels(g)).toEqual([]);
        }
      });

  it('a small crowd (the article on a phone) keeps the default axis: a longer one would only add empty years', () => {
    for (const locale of ['en', 'ar']) {
      const g = layoutTimeline(parseTimeline(russiaDprk), { width: 375, locale, orientation: 'vertical' });
      expect(g.axis.y2 - g.axis.y1).toBeLessThan(600);
      expect(g.height).toBeLessThan(800);
    }
  });

  it('lanes side by side share one axis of the default length', () => {
    const events = denseTimeline('en').map((e, i) => ({ ...e, lane: i % 2 ? 'a' : 'b' }));
    const g = layoutTimeline(parseTimeline(events), { width: 640, orientation: 'vertical' });
    expect(g.lanes).toHaveLength(2);
    expect(g.axis.y2 - g.axis.y1).toBeLessThan(600);
  });

  it('a burst far larger than a screen is grouped, so no label stands beside years it is not of', () => {
    // Forty events in two weeks of June 2024 and ten over the twenty years before: on a
    // longer axis their labels ran up 2,000 px, beside the ticks of 2016.
    const day = (d: number) => `2024-06-${String(1 + Math.floor(d / 3)).padStart(2, '0')}`;
    const events = [
      ...Array.from({ length: 40 }, (_, i) => ({ date: day(i), title: `Update ${i + 1} from the capital on the unrest` })),
      ...Array.from({ length: 10 }, (_, i) => ({ date: `${2004 + 2 * i}`, title: `Background event ${i + 1}: elections held` })),
    ];
    for (const locale of ['en', 'ar']) {
      const g = layoutTimeline(parseTimeline(events), { width: 320, locale, orientation: 'vertical' });
      const runs = [...g.events, ...g.clusters].map((d) => Math.abs(d.stem.y2 - d.stem.y1));
      expect(Math.max(...runs)).toBeLessThan(660);
      expect(g.clusters.length).toBeGreaterThan(0);
      // Every event is drawn, alone or in a group.
      expect(g.events.length + g.clusters.reduce((n, c) => n + c.count, 0)).toBe(50);
      expect(g.height).toBeLessThan(1200);
      expect(overlappingLabels(g)).toEqual([]);
    }
  });
});
