import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dodge } from '../../src/layout/dodge.js';
import { placeRows, type RowItem } from '../../src/layout/stackRows.js';

const item = fc
  .tuple(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 1, max: 300, noNaN: true }), fc.boolean())
  .map(([stem, w, right]): RowItem => (right ? { x0: stem, x1: stem + w, stem } : { x0: stem - w, x1: stem, stem }));

describe('placeRows', () => {
  it('stacks a cluster as a staircase so no stem crosses a label', () => {
    const items = [0, 10, 20].map((stem) => ({ x0: stem, x1: stem + 100, stem }));
    expect(placeRows(items, 4, 'right')).toEqual({ rows: [2, 1, 0], count: 3 });
  });

  it('shares a row between labels that are far apart', () => {
    const items = [0, 500].map((stem) => ({ x0: stem, x1: stem + 100, stem }));
    expect(placeRows(items, 4, 'right')).toEqual({ rows: [0, 0], count: 1 });
  });

  it('never leaves two labels of a row closer than the gap', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 80 }), fc.integer({ min: 0, max: 20 }), fc.constantFrom('left' as const, 'right' as const), (items, gap, from) => {
        const { rows, count } = placeRows(items, gap, from);
        expect(rows).toHaveLength(items.length);
        for (let i = 0; i < items.length; i++)
          for (let j = i + 1; j < items.length; j++)
            if (rows[i] === rows[j]) {
              const [a, b] = items[i]!.x0 <= items[j]!.x0 ? [items[i]!, items[j]!] : [items[j]!, items[i]!];
              expect(b.x0 - a.x1).toBeGreaterThanOrEqual(gap);
            }
        expect(count).toBe(items.length ? Math.max(...rows) + 1 : 0);
      }),
    );
  });

  it('keeps stems out of labels when every label grows the same way', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 1, max: 200, noNaN: true })), { maxLength: 40 }), (pairs) => {
        const items = pairs.map(([stem, w]) => ({ x0: stem, x1: stem + w, stem }));
        const { rows } = placeRows(items, 4, 'right');
        for (let i = 0; i < items.length; i++)
          for (let j = 0; j < items.length; j++) {
            // j's stem climbs rows 0..rows[j]-1; it must not pass inside i's label.
            const inside = items[j]!.stem > items[i]!.x0 + 2 && items[j]!.stem < items[i]!.x1 - 2;
            if (i !== j && inside) expect(rows[j]!).toBeLessThanOrEqual(rows[i]!);
          }
      }),
    );
  });
});

describe('dodge', () => {
  it('keeps order and separation, and stays at the wished place when there is room', () => {
    expect(dodge([10, 100], [20, 20], 4, 0, 200)).toEqual([10, 100]);
    expect(dodge([10, 12], [20, 20], 4, 0, 100)).toEqual([10, 34]);
  });

  it('separates any boxes in order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -100, max: 1000, noNaN: true }), { maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (wish, h) => {
        const sorted = [...wish].sort((a, b) => a - b);
        const tops = dodge(sorted, sorted.map(() => h), 3, 0, 500);
        for (let i = 1; i < tops.length; i++) expect(tops[i]! - tops[i - 1]!).toBeGreaterThanOrEqual(h + 3 - 1e-9);
        if (tops.length) expect(tops[0]).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
