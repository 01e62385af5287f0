import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import type { Timeline } from '../../src/model/types.js';
import { syntheticTimeline } from '../helpers/cases.js';
import { overlappingLabels } from '../helpers/geometry.js';

const endOf = (e: Timeline['events'][number]) => (e.end ?? e.date).end;
// Many events per pixel: grouping reads cells of the axis from the index, not events.
const dense = parseTimeline(syntheticTimeline(30_000, 11));
const lo = Math.min(...dense.events.map((e) => e.date.start));
const hi = Math.max(...dense.events.map(endOf));

describe('grouping by cells of the axis, at many events per pixel', () => {
  it('still accounts for every visible event once, in time order, with labels apart', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.1, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.constantFrom('horizontal' as const, 'vertical' as const),
        fc.constantFrom('ltr' as const, 'rtl' as const),
        (at, size, orientation, direction) => {
          const d0 = lo + at * (hi - lo);
          const domain: [number, number] = [d0, d0 + size * size * (hi - lo)];
          const g = layoutTimeline(dense, { width: 640, orientation, direction, domain });
          const visible = dense.events.filter((e) => endOf(e) > domain[0] && e.date.start < domain[1]);
          expect(g.clusters.reduce((s, c) => s + c.count, 0) + g.events.length).toBe(visible.length);
          const drawn = [...g.events.map((e) => e.id), ...g.clusters.flatMap((c) => c.memberIds)];
          expect(new Set(drawn)).toEqual(new Set(visible.map((e) => e.id)));
          const byId = new Map(visible.map((e) => [e.id, e]));
          for (const c of g.clusters) {
            const members = c.memberIds.map((id) => byId.get(id)!);
            expect(c.firstId).toBe(c.memberIds[0]);
            expect(c.start).toBe(members[0]!.date.start);
            expect(c.end).toBe(Math.max(...members.map(endOf)));
            expect(c.zoomDomain[0]).toBe(c.start);
          }
          // Clusters and events are runs in time order: each starts no earlier than the last.
          const order = [
            ...g.events.map((e) => ({ o: e.order, s: e.event.date.start })),
            ...g.clusters.map((c) => ({ o: c.order, s: c.start })),
          ].sort((a, b) => a.o - b.o);
          for (let i = 1; i < order.length; i++) expect(order[i]!.s).toBeGreaterThanOrEqual(order[i - 1]!.s);
          expect(overlappingLabels(g)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});
