import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeOrder } from '../../src/layout/timeOrder.js';

const DAY = 86_400_000;

/** What timeOrder must give: the positions sorted by the comparator (a stable sort). */
function byComparator(starts: Float64Array, ends: Float64Array, indexes: Float64Array): number[] {
  return Array.from({ length: starts.length }, (_, i) => i).sort(
    (a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || indexes[a]! - indexes[b]!,
  );
}

/** Starts of a few days (so many share one), some from an indefinite past; ends after them, some never. */
const events = fc.array(
  fc.record({
    day: fc.integer({ min: -3, max: 3 }),
    past: fc.boolean(),
    length: fc.constantFrom(0, 1, 2, 31, 365),
    ongoing: fc.boolean(),
  }),
  { maxLength: 120 },
);

function arrays(list: { day: number; past: boolean; length: number; ongoing: boolean }[]) {
  const starts = Float64Array.from(list, (x) => (x.past && x.day === 0 ? -Infinity : x.day * DAY));
  const ends = Float64Array.from(list, (x) => (x.ongoing && x.day === 1 ? Infinity : (x.day + x.length) * DAY));
  return { starts, ends, indexes: Float64Array.from(list, (_, i) => i) };
}

describe('timeOrder', () => {
  it('orders by start, then end, then index, as the comparator does', () => {
    fc.assert(
      fc.property(events, (list) => {
        const { starts, ends, indexes } = arrays(list);
        expect(Array.from(timeOrder(starts, ends, indexes))).toEqual(byComparator(starts, ends, indexes));
      }),
      { numRuns: 500 },
    );
  });

  it('puts long runs of one start in order of their ends too', () => {
    const n = 500;
    const starts = new Float64Array(n).fill(10 * DAY);
    const ends = Float64Array.from({ length: n }, (_, i) => (20 + ((i * 7919) % 13)) * DAY);
    const indexes = Float64Array.from({ length: n }, (_, i) => i);
    expect(Array.from(timeOrder(starts, ends, indexes))).toEqual(byComparator(starts, ends, indexes));
  });

  it('falls back to the comparator for starts that are not whole days, indexes that fall, and NaN', () => {
    const cases = [
      { starts: Float64Array.of(DAY + 0.5, DAY, 0), ends: Float64Array.of(2 * DAY, 2 * DAY, DAY), indexes: Float64Array.of(0, 1, 2) },
      { starts: Float64Array.of(2e20, -2e20, 0), ends: Float64Array.of(3e20, 0, DAY), indexes: Float64Array.of(0, 1, 2) },
      { starts: Float64Array.of(DAY, DAY, 0), ends: Float64Array.of(2 * DAY, 2 * DAY, DAY), indexes: Float64Array.of(2, 1, 0) },
      { starts: Float64Array.of(DAY, DAY, 0), ends: Float64Array.of(NaN, 2 * DAY, DAY), indexes: Float64Array.of(0, 1, 2) },
      { starts: Float64Array.of(-0, 0, -0), ends: Float64Array.of(DAY, 0, DAY), indexes: Float64Array.of(0, 1, 2) },
    ];
    for (const { starts, ends, indexes } of cases)
      expect(Array.from(timeOrder(starts, ends, indexes))).toEqual(byComparator(starts, ends, indexes));
  });
});
