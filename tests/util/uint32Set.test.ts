import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Uint32Set } from '../../src/util/uint32Set.js';

describe('Uint32Set', () => {
  it('answers as a Set of numbers does, for any values and any starting size, 0 and 2³² − 1 included', () => {
    const value = fc.oneof(
      fc.constantFrom(0, 1, 2 ** 31, 2 ** 32 - 1),
      fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      fc.integer({ min: 0, max: 40 }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), fc.integer({ min: 0, max: 50 }), (values, expected) => {
        const set = new Uint32Set(expected);
        const reference = new Set<number>();
        for (const v of values) {
          expect(set.add(v)).toBe(!reference.has(v));
          reference.add(v);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every value through many doublings', () => {
    const set = new Uint32Set(0);
    for (let i = 0; i < 100_000; i++) expect(set.add((i * 2654435761) >>> 0)).toBe(true);
    for (let i = 0; i < 100_000; i++) expect(set.add((i * 2654435761) >>> 0)).toBe(false);
  });
});
