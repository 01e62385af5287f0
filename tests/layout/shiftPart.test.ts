import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { shiftPart } from '../../src/layout/shiftPart.js';
import type { TimelineGeometry } from '../../src/layout/types.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { eventList } from '../helpers/arbitraries.js';

/** What shiftPart moves, without the open sides the layout adds after it. */
const partOf = (g: TimelineGeometry) => ({
  height: g.height,
  axis: g.axis,
  events: g.events.map(({ open: _, ...e }) => e),
  clusters: [...g.clusters],
  density: [...g.density],
});

describe('shiftPart', () => {
  it('a horizontal drawing laid out lower is the same drawing, moved: what lets the legend take a band without a second layout', () => {
    fc.assert(
      fc.property(eventList(40), fc.integer({ min: 300, max: 1400 }), fc.constantFrom('en', 'ar'), (events, width, locale) => {
        const timeline = parseTimeline(events);
        const high = layoutTimeline(timeline, { width, locale, legend: false });
        // A heading lays the same rows out lower.
        const low = layoutTimeline(timeline, { width, locale, legend: false, title: 'A heading of one line' });
        const dy = low.axis.y1 - high.axis.y1;
        expect(dy).toBeGreaterThan(0);
        expect(shiftPart(partOf(high), dy)).toEqual(partOf(low));
      }),
      { numRuns: 60 },
    );
  });

  it("leaves a cluster's member list unread: a zoom step over 100,000 events must not list them", () => {
    const events = Array.from({ length: 3000 }, (_, i) => ({
      date: `2000-01-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Event ${i}`,
    }));
    const g = layoutTimeline(parseTimeline(events), { width: 400, legend: false });
    const cluster = g.clusters[0]!;
    let reads = 0;
    const counted = Object.defineProperty({ ...cluster, memberIds: [] }, 'memberIds', {
      enumerable: true,
      get: () => (reads++, cluster.memberIds),
    });
    const moved = shiftPart({ ...partOf(g), clusters: [counted] }, 10).clusters[0]!;
    expect(reads).toBe(0);
    expect(moved.label.box.y).toBe(cluster.label.box.y + 10);
    expect(moved.memberIds).toHaveLength(cluster.count);
    expect(reads).toBe(1);
  });
});
