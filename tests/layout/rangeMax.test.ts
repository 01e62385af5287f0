import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RangeMax } from '../../src/layout/rangeMax.js';

describe('RangeMax', () => {
  it('agrees with a scan: maxima, and the first and last index above a value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 70 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: -60, max: 60 }),
        (values, i, j, x) => {
          const m = new RangeMax(values);
          const from = values.length ? i % (values.length + 1) : 0;
          const to = values.length ? from + (j % (values.length + 1 - from)) : 0;
          const slice = values.slice(from, to);
          expect(m.max(from, to)).toBe(slice.length ? Math.max(...slice) : -Infinity);
          const first = slice.findIndex((v) => v > x);
          const last = slice.length - 1 - [...slice].reverse().findIndex((v) => v > x);
          const firstEq = slice.findIndex((v) => v >= x);
          expect(m.firstAbove(from, to, x)).toBe(first < 0 ? -1 : from + first);
          expect(m.lastAbove(from, to, x)).toBe(first < 0 ? -1 : from + last);
          expect(m.firstAbove(from, to, x, true)).toBe(firstEq < 0 ? -1 : from + firstEq);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('follows changed values', () => {
    const m = new RangeMax(Float64Array.of(1, 2, 3, 4));
    m.set(3, -Infinity);
    expect(m.max(0, 4)).toBe(3);
    expect(m.firstAbove(0, 4, 2.5)).toBe(2);
    m.set(0, 9);
    expect(m.lastAbove(0, 4, 5)).toBe(0);
  });
});
