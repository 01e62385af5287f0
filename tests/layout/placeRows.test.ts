import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dodge } from '../../src/layout/dodge.js';
import { placeRows, placeRowsWithin, type RowItem } from '../../src/layout/placeRows.js';

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
      fc.property(
        fc.array(item, { maxLength: 80 }),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom('left' as const, 'right' as const),
        (items, gap, from) => {
          const { rows, count } = placeRows(items, gap, from);
          expect(rows).toHaveLength(items.length);
          for (let i = 0; i < items.length; i++)
            for (let j = i + 1; j < items.length; j++)
              if (rows[i] === rows[j]) {
                const [a, b] = items[i]!.x0 <= items[j]!.x0 ? [items[i]!, items[j]!] : [items[j]!, items[i]!];
                expect(b.x0 - a.x1).toBeGreaterThanOrEqual(gap);
              }
          expect(count).toBe(items.length ? Math.max(...rows) + 1 : 0);
        },
      ),
    );
  });

  it('keeps stems out of labels when every label grows the same way', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 1, max: 200, noNaN: true })), { maxLength: 40 }),
        (pairs) => {
          const items = pairs.map(([stem, w]) => ({ x0: stem, x1: stem + w, stem }));
          const { rows } = placeRows(items, 4, 'right');
          for (let i = 0; i < items.length; i++)
            for (let j = 0; j < items.length; j++) {
              // j's stem climbs rows 0..rows[j]-1; it must not pass inside i's label.
              const inside = items[j]!.stem > items[i]!.x0 + 2 && items[j]!.stem < items[i]!.x1 - 2;
              if (i !== j && inside) expect(rows[j]!).toBeLessThanOrEqual(rows[i]!);
            }
        },
      ),
    );
  });
});

/** Labels bunched around a few stems, as a dense day of events gives them. */
const bunched = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }), fc.double({ min: 1, max: 300, noNaN: true }), fc.boolean())
  .map(([at, jitter, w, right]): RowItem => {
    const stem = at * 37 + jitter;
    return right ? { x0: stem, x1: stem + w, stem } : { x0: stem - w, x1: stem, stem };
  });

describe('placeRows against the quadratic version it replaced', () => {
  it('gives exactly the same rows, so existing drawings do not move', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(item, { maxLength: 80 }), fc.array(bunched, { maxLength: 120 })),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom('left' as const, 'right' as const),
        (items, gap, from) => {
          expect(placeRows(items, gap, from)).toEqual(placeRowsReference(items, gap, from));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('placeRowsWithin agrees when the rows fit and gives up when they do not', () => {
    fc.assert(
      fc.property(
        fc.array(bunched, { maxLength: 120 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('left' as const, 'right' as const),
        (items, maxRows, from) => {
          const full = placeRowsReference(items, 10, from);
          const within = placeRowsWithin(items, 10, from, maxRows);
          if (full.count <= maxRows) expect(within && { rows: within.rows, count: within.count }).toEqual(full);
          else expect(within).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives up on 100,000 labels over one stem without comparing every pair', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ x0: i % 7, x1: (i % 7) + 120, stem: i % 7 }));
    expect(placeRowsWithin(items, 10, 'right', 50)).toBeUndefined();
    const spread = Array.from({ length: 100_000 }, (_, i) => ({ x0: i * 20, x1: i * 20 + 15, stem: i * 20 }));
    expect(placeRowsWithin(spread, 4, 'right', 1)!.count).toBe(1);
  });
});

describe('dodge', () => {
  it('keeps order and separation, and stays at the wished place when there is room', () => {
    expect(dodge([10, 100], [20, 20], 4, 0, 200)).toEqual([10, 100]);
    // A crowd is centred on where its boxes wish to be: each moves half the overlap.
    expect(dodge([30, 32], [20, 20], 4, 0, 100)).toEqual([19, 43]);
    // Not above the least position: there the crowd moves down together.
    expect(dodge([10, 12], [20, 20], 4, 0, 100)).toEqual([0, 24]);
  });

  it('separates any boxes in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 1000, noNaN: true }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 40 }),
        (wish, h) => {
          const sorted = [...wish].sort((a, b) => a - b);
          const tops = dodge(
            sorted,
            sorted.map(() => h),
            3,
            0,
            500,
          );
          for (let i = 1; i < tops.length; i++) expect(tops[i]! - tops[i - 1]!).toBeGreaterThanOrEqual(h + 3 - 1e-9);
          if (tops.length) expect(tops[0]).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

/** The O(n²) placeRows this project shipped first: the oracle for the fast one. */
function placeRowsReference(items: readonly RowItem[], gap: number, from: 'left' | 'right'): { rows: number[]; count: number } {
  const n = items.length;
  const sign = from === 'right' ? -1 : 1;
  const byStem = items.map((_, i) => i).sort((a, b) => sign * (items[a]!.stem - items[b]!.stem) || a - b);
  // under[i]: the items whose stems stand under label i; blocks[j]: the labels j's stem stands under.
  const under: number[][] = items.map(() => []);
  const blocks: number[][] = items.map(() => []);
  const sortedStems = items.map((_, i) => i).sort((a, b) => items[a]!.stem - items[b]!.stem);
  const stems = sortedStems.map((i) => items[i]!.stem);
  for (let i = 0; i < n; i++) {
    const lo = items[i]!.x0 - gap / 2;
    const hi = items[i]!.x1 + gap / 2;
    for (let k = refLowerBound(stems, lo); k < n && stems[k]! < hi; k++) {
      const j = sortedStems[k]!;
      if (j !== i && stems[k]! > lo) {
        under[i]!.push(j);
        blocks[j]!.push(i);
      }
    }
  }
  const waiting = under.map((u) => u.length);
  const done = new Array<boolean>(n).fill(false);
  const rows = new Array<number>(n);
  const rowBoxes: RowItem[][] = [];
  for (let step = 0; step < n; step++) {
    let pick = -1;
    for (const i of byStem)
      if (!done[i] && (pick < 0 || waiting[i]! < waiting[pick]!)) {
        pick = i;
        if (waiting[i] === 0) break;
      }
    const item = items[pick]!;
    let floor = 0;
    for (const j of under[pick]!) if (done[j]) floor = Math.max(floor, rows[j]! + 1);
    let row = floor;
    while ((rowBoxes[row] ?? []).some((b) => b.x0 < item.x1 + gap && item.x0 < b.x1 + gap)) row++;
    (rowBoxes[row] ??= []).push(item);
    rows[pick] = row;
    done[pick] = true;
    for (const k of blocks[pick]!) waiting[k] = waiting[k]! - 1;
  }
  return { rows, count: rowBoxes.length };
}

function refLowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
