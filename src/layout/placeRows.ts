import { bisectLeft, bisectRight } from 'd3';
import { RangeMax } from './rangeMax.js';

/** A label's horizontal extent and the x of the stem that ties it to its mark. */
export interface RowItem {
  readonly x0: number;
  readonly x1: number;
  readonly stem: number;
}

/**
 * Puts labels into rows above an axis (row 0 nearest) so that no two labels of a row
 * come closer than `gap`, and so that no stem runs through another event's label.
 *
 * A stem that stands under a label must end below it, so its event is placed first:
 * labels are placed in an order where every stem under a label comes before the label
 * (a topological order; ties go to the side labels grow from, `from`). Each label then
 * takes the lowest free row above those stems. This is the staircase readers expect
 * in a cluster. Only when labels face each other over their stems (a cycle) is a
 * crossing unavoidable, and the order breaks the cycle at the label with the fewest
 * stems left under it.
 *
 * @returns the row of each item, in input order, and the number of rows used.
 * @example
 * ```ts
 * placeRows([{ x0: 0, x1: 50, stem: 0 }, { x0: 20, x1: 60, stem: 20 }], 4, 'right')
 * // { rows: [1, 0], count: 2 }
 * ```
 */
export function placeRows(items: readonly RowItem[], gap: number, from: 'left' | 'right'): { rows: number[]; count: number } {
  const { rows, count } = placeRowsWithin(items, gap, from, Infinity)!;
  return { rows, count };
}

/**
 * {@link placeRows} that gives up as soon as a label would need row `maxRows` or higher,
 * returning `undefined`. Same rows as `placeRows` whenever it succeeds. A stem counts as
 * under a label when it stands within `margin` of the label's box (half the gap unless
 * given): callers whose labels open both ways pass the boxes with the room they want
 * kept clear of stems, and no margin, so that two stems a pixel apart do not each seem
 * to stand under the other's label.
 *
 * Runs in O(n log n + n·maxRows·log n): stems under a label are counted by binary search
 * instead of listed, the next label comes from a heap, the floor a label's stems impose and
 * the labels over a stem come from range maxima ({@link RangeMax}), and each row keeps its
 * labels sorted in blocks. The only per-pair work is telling the labels over a placed stem
 * that one stem less waits under them; more than `maxRows` such labels overlap each other
 * over that stem, need as many rows, and end the attempt.
 *
 * @example
 * ```ts
 * const same = Array.from({ length: 60 }, () => ({ x0: 0, x1: 80, stem: 0 }));
 * placeRowsWithin(same, 10, 'right', 50) // undefined: 60 labels over one stem need 60 rows
 * ```
 */
export function placeRowsWithin(
  items: readonly RowItem[],
  gap: number,
  from: 'left' | 'right',
  maxRows: number,
  margin: number = gap / 2,
): { rows: number[]; count: number; crossings: number } | undefined {
  const n = items.length;
  const rows = new Array<number>(n);
  if (n === 0) return { rows, count: 0, crossings: 0 };
  const half = margin;
  const stemOf = Float64Array.from(items, (it) => it.stem);
  // A label's reach: its box and half a gap each side. Stems strictly inside wait under it.
  const lo = Float64Array.from(items, (it) => it.x0 - half);
  const hi = Float64Array.from(items, (it) => it.x1 + half);
  const byValue = (values: Float64Array, sign = 1) =>
    Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => sign * (values[a]! - values[b]!) || a - b);

  // Tie-break order: by stem from the side labels grow from, then input order.
  const byStem = byValue(stemOf, from === 'right' ? -1 : 1);
  const tiePos = new Int32Array(n);
  byStem.forEach((i, k) => (tiePos[i] = k));

  // Stems in ascending order, for counting the stems under a label and the floor they set.
  const sorted = byValue(stemOf);
  const stems = Float64Array.from(sorted, (i) => stemOf[i]!);
  const rank = new Int32Array(n);
  sorted.forEach((i, k) => (rank[i] = k));
  const under = (i: number): [number, number] => [bisectRight(stems, lo[i]!), bisectLeft(stems, hi[i]!)];

  // waiting[i]: stems not yet placed that stand strictly inside label i's reach.
  const waiting = new Int32Array(n);
  const heap = new MinHeap();
  for (let i = 0; i < n; i++) {
    const [a, b] = under(i);
    waiting[i] = b - a - (stemOf[i]! > lo[i]! && stemOf[i]! < hi[i]! ? 1 : 0);
    heap.push(waiting[i]! * n + tiePos[i]!);
  }

  // Reaches of labels not yet placed, in order of their left ends: which hold a stem.
  const byLo = byValue(lo);
  const los = Float64Array.from(byLo, (i) => lo[i]!);
  const slot = new Int32Array(n);
  byLo.forEach((i, k) => (slot[i] = k));
  const reach = new RangeMax(Float64Array.from(byLo, (i) => hi[i]!));
  // floors[rank]: the row above a placed label, at its stem's rank.
  const floors = new RangeMax(new Float64Array(n));
  const rowBoxes: RowBoxes[] = [];
  const done = new Uint8Array(n);
  let count = 0;
  let crossings = 0;

  for (let step = 0; step < n; step++) {
    let pick = -1;
    while (heap.size > 0) {
      const key = heap.pop();
      const w = Math.floor(key / n);
      const i = byStem[key - w * n]!;
      if (!done[i] && waiting[i] === w) {
        pick = i;
        // Stems still under it: a cycle, broken here; those stems will cross this label.
        crossings += w;
        break;
      }
    }
    const { x0, x1 } = items[pick]!;
    let row = Math.max(0, floors.max(...under(pick)));
    for (; row < maxRows; row++) {
      const boxes = rowBoxes[row];
      // Labels of a row are disjoint, so only the last one starting left of our end can touch us.
      if (!boxes || !(x0 < boxes.endOfLastBefore(x1 + gap) + gap)) break;
    }
    if (row >= maxRows) return undefined;
    for (let r = rowBoxes.length; r <= row; r++) rowBoxes[r] = new RowBoxes();
    rowBoxes[row]!.insert(x0, x1);
    rows[pick] = row;
    count = Math.max(count, row + 1);
    done[pick] = 1;
    floors.set(rank[pick]!, row + 1);
    reach.set(slot[pick]!, -Infinity);

    // Labels over this stem now wait for one stem less. More than maxRows of them overlap
    // each other over it, need as many rows, and end the attempt.
    const x = stemOf[pick]!;
    const end = bisectLeft(los, x);
    let over = 0;
    for (let k = reach.firstAbove(0, end, x); k >= 0; k = reach.firstAbove(k + 1, end, x)) {
      if (++over > maxRows) return undefined;
      const i = byLo[k]!;
      waiting[i] = waiting[i]! - 1;
      heap.push(waiting[i]! * n + tiePos[i]!);
    }
  }
  return { rows, count, crossings };
}

/**
 * The disjoint labels of one row, sorted, in blocks of at most 2·BLOCK so that inserting
 * anywhere costs O(log n + BLOCK) rather than a shift of the whole row.
 */
class RowBoxes {
  private static readonly BLOCK = 256;
  private readonly firsts: number[] = [];
  private readonly x0s: number[][] = [];
  private readonly x1s: number[][] = [];

  /** x1 of the last label whose x0 < `limit`, or −∞. */
  endOfLastBefore(limit: number): number {
    const b = bisectLeft(this.firsts, limit) - 1;
    if (b < 0) return -Infinity;
    return this.x1s[b]![bisectLeft(this.x0s[b]!, limit) - 1]!;
  }

  insert(x0: number, x1: number): void {
    if (this.firsts.length === 0) {
      this.firsts.push(x0);
      this.x0s.push([x0]);
      this.x1s.push([x1]);
      return;
    }
    const b = Math.max(0, bisectRight(this.firsts, x0) - 1);
    const a0 = this.x0s[b]!;
    const a1 = this.x1s[b]!;
    const at = bisectRight(a0, x0);
    a0.splice(at, 0, x0);
    a1.splice(at, 0, x1);
    this.firsts[b] = a0[0]!;
    if (a0.length > 2 * RowBoxes.BLOCK) {
      this.x0s.splice(b + 1, 0, a0.splice(RowBoxes.BLOCK));
      this.x1s.splice(b + 1, 0, a1.splice(RowBoxes.BLOCK));
      this.firsts.splice(b + 1, 0, this.x0s[b + 1]![0]!);
    }
  }
}

/** A binary min-heap of numbers: the label to place next. */
class MinHeap {
  private readonly data: number[] = [];
  get size(): number {
    return this.data.length;
  }
  push(v: number): void {
    const d = this.data;
    let i = d.length;
    d.push(v);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (d[p]! <= v) break;
      d[i] = d[p]!;
      i = p;
    }
    d[i] = v;
  }
  pop(): number {
    const d = this.data;
    const top = d[0]!;
    const last = d.pop()!;
    if (d.length > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= d.length) break;
        if (c + 1 < d.length && d[c + 1]! < d[c]!) c++;
        if (d[c]! >= last) break;
        d[i] = d[c]!;
        i = c;
      }
      d[i] = last;
    }
    return top;
  }
}
