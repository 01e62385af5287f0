import fc from 'fast-check';
import { scaleUtc, zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { timeScale } from '../../src/layout/timeScale.js';

const YEAR = 365.25 * 86_400_000;

describe('timeScale', () => {
  it("maps, inverts and ticks exactly like d3's scaleUtc", () => {
    fc.assert(
      fc.property(
        // Whole milliseconds, as domains built from dates are.
        fc.integer({ min: Math.round(-4000 * YEAR), max: Math.round(100 * YEAR) }),
        fc.integer({ min: 86_400_000, max: Math.round(3000 * YEAR) }),
        fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 300, max: 2000 })),
        fc.boolean(),
        fc.integer({ min: 1, max: 30 }),
        (start, span, [a, b], reversed, count) => {
          const domain = [start, start + span];
          const range = reversed ? [b, a] : [a, b];
          const ours = timeScale(domain, range);
          const d3s = scaleUtc().domain(domain).range(range);
          for (const t of [start, start + span / 3, start + span]) expect(ours(t)).toBeCloseTo(d3s(t), 3);
          expect(ours.invert(range[0]! + 17)).toBeCloseTo(d3s.invert(range[0]! + 17).getTime(), -1);
          expect(ours.ticks(count)).toEqual(d3s.ticks(count).map((d) => d.getTime()));
        },
      ),
    );
  });

  it("works with d3-zoom's rescaleX", () => {
    const base = timeScale([Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1)], [0, 1000]);
    const zoomed = zoomIdentity.translate(-500, 0).scale(2).rescaleX(base);
    const [a, b] = zoomed.domain();
    const DAY = 86_400_000;
    expect(Math.abs(a! - Date.UTC(2005, 0, 1))).toBeLessThan(2 * DAY);
    expect(Math.abs(b! - Date.UTC(2015, 0, 1))).toBeLessThan(2 * DAY);
    expect(base.domain()).toEqual([Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1)]);
  });
});
