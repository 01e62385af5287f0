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
  return placeRowsWithin(items, gap, from, Infinity)!;
}

/**
 * {@link placeRows} that gives up as soon as a label would need row `maxRows` or higher,
 * returning `undefined`. Same rows as `placeRows` whenever it succeeds.
 *
 * Runs in O(n log n + n·maxRows·log n): stems under a label are counted by binary search
 * instead of listed, the next label comes from a heap, the floor a label's stems impose is a
 * range maximum, and each row keeps its labels sorted. The only per-pair work is telling the
 * labels over a placed stem that one stem less waits under them; more than `maxRows` such
 * labels overlap each other over that stem, need as many rows, and end the attempt.
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
): { rows: number[]; count: number } | undefined {
  const n = items.length;
  const rows = new Array<number>(n);
  if (n === 0) return { rows, count: 0 };
  const half = gap / 2;
  const stemOf = new Float64Array(n);
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    stemOf[i] = it.stem;
    lo[i] = it.x0 - half;
    hi[i] = it.x1 + half;
  }

  // Tie-break order: by stem from the side labels grow from, then input order.
  const sign = from === 'right' ? -1 : 1;
  const byStem = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => sign * (stemOf[a]! - stemOf[b]!) || a - b);
  const tiePos = new Int32Array(n);
  for (let k = 0; k < n; k++) tiePos[byStem[k]!] = k;

  // Stems in ascending order, for counting the stems under a label and the floor they set.
  const sorted = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => stemOf[a]! - stemOf[b]! || a - b);
  const stems = new Float64Array(n);
  const rank = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    stems[k] = stemOf[sorted[k]!]!;
    rank[sorted[k]!] = k;
  }

  // waiting[i]: stems not yet placed that stand strictly inside label i's reach.
  const waiting = new Int32Array(n);
  const heap = new MinHeap();
  for (let i = 0; i < n; i++) {
    const inside = lowerBound(stems, hi[i]!) - upperBound(stems, lo[i]!);
    waiting[i] = inside - (stemOf[i]! > lo[i]! && stemOf[i]! < hi[i]! ? 1 : 0);
    heap.push(waiting[i]! * n + tiePos[i]!);
  }

  const reach = new ReachTree(lo, hi);
  const floors = new MaxTree(n);
  const rowBoxes: RowBoxes[] = [];
  const done = new Uint8Array(n);
  const over: number[] = [];
  let count = 0;

  for (let step = 0; step < n; step++) {
    let pick = -1;
    while (heap.size > 0) {
      const key = heap.pop();
      const w = Math.floor(key / n);
      const i = byStem[key - w * n]!;
      if (!done[i] && waiting[i] === w) {
        pick = i;
        break;
      }
    }
    const x0 = items[pick]!.x0;
    const x1 = items[pick]!.x1;
    let row = floors.max(upperBound(stems, lo[pick]!), lowerBound(stems, hi[pick]!));
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
    reach.remove(pick);

    over.length = 0;
    reach.stab(stemOf[pick]!, over, maxRows + 1);
    // That many labels over one stem overlap pairwise and need a row each.
    if (over.length > maxRows) return undefined;
    for (const k of over) {
      waiting[k] = waiting[k]! - 1;
      heap.push(waiting[k]! * n + tiePos[k]!);
    }
  }
  return { rows, count };
}

/** First index whose value is ≥ `value`. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > `value`. */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The disjoint labels of one row, sorted, in blocks of at most 2·BLOCK so that inserting
 * anywhere costs O(log n + BLOCK) rather than a shift of the whole row.
 */
class RowBoxes {
  private static readonly BLOCK = 256;
  private firsts: number[] = [];
  private x0s: number[][] = [];
  private x1s: number[][] = [];

  /** x1 of the last label whose x0 < `limit`, or −∞. */
  endOfLastBefore(limit: number): number {
    const b = lowerBound(this.firsts, limit) - 1;
    if (b < 0) return -Infinity;
    const k = lowerBound(this.x0s[b]!, limit) - 1;
    return this.x1s[b]![k]!;
  }

  insert(x0: number, x1: number): void {
    if (this.firsts.length === 0) {
      this.firsts.push(x0);
      this.x0s.push([x0]);
      this.x1s.push([x1]);
      return;
    }
    const b = Math.max(0, upperBound(this.firsts, x0) - 1);
    const a0 = this.x0s[b]!;
    const a1 = this.x1s[b]!;
    const at = upperBound(a0, x0);
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

/** A binary min-heap of numbers. */
class MinHeap {
  private data: number[] = [];
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
      const len = d.length;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= len) break;
        if (c + 1 < len && d[c + 1]! < d[c]!) c++;
        if (d[c]! >= last) break;
        d[i] = d[c]!;
        i = c;
      }
      d[i] = last;
    }
    return top;
  }
}

/** Range maximum over positions, with point updates (values start at 0). */
class MaxTree {
  private size = 1;
  private t: Int32Array;
  constructor(n: number) {
    while (this.size < n) this.size *= 2;
    this.t = new Int32Array(2 * this.size);
  }
  set(pos: number, value: number): void {
    let i = pos + this.size;
    this.t[i] = value;
    for (i >>= 1; i >= 1; i >>= 1) this.t[i] = Math.max(this.t[2 * i]!, this.t[2 * i + 1]!);
  }
  /** Maximum over [from, to). */
  max(from: number, to: number): number {
    let best = 0;
    let l = from + this.size;
    let r = to + this.size;
    while (l < r) {
      if (l & 1) best = Math.max(best, this.t[l++]!);
      if (r & 1) best = Math.max(best, this.t[--r]!);
      l >>= 1;
      r >>= 1;
    }
    return best;
  }
}

/**
 * The open reaches (lo, hi) of labels not yet placed, sorted by lo, with the largest hi
 * of each subtree: lists the reaches that contain a point in O((k + 1) log n).
 */
class ReachTree {
  private size = 1;
  private maxHi: Float64Array;
  private order: Int32Array;
  private los: Float64Array;
  private slot: Int32Array;
  constructor(lo: Float64Array, hi: Float64Array) {
    const n = lo.length;
    while (this.size < n) this.size *= 2;
    this.order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => lo[a]! - lo[b]! || a - b);
    this.los = Float64Array.from(this.order, (i) => lo[i]!);
    this.slot = new Int32Array(n);
    this.maxHi = new Float64Array(2 * this.size).fill(-Infinity);
    this.order.forEach((item, k) => {
      this.slot[item] = k;
      this.maxHi[this.size + k] = hi[item]!;
    });
    for (let i = this.size - 1; i >= 1; i--) this.maxHi[i] = Math.max(this.maxHi[2 * i]!, this.maxHi[2 * i + 1]!);
  }
  remove(item: number): void {
    let i = this.size + this.slot[item]!;
    this.maxHi[i] = -Infinity;
    for (i >>= 1; i >= 1; i >>= 1) this.maxHi[i] = Math.max(this.maxHi[2 * i]!, this.maxHi[2 * i + 1]!);
  }
  /** Pushes onto `out` up to `limit` items whose reach strictly contains `x`. */
  stab(x: number, out: number[], limit: number): void {
    const end = lowerBound(this.los, x); // reaches that start before x
    if (end === 0) return;
    const visit = (node: number, nodeLo: number, nodeHi: number): void => {
      if (out.length >= limit || nodeLo >= end || !(this.maxHi[node]! > x)) return;
      if (node >= this.size) {
        out.push(this.order[node - this.size]!);
        return;
      }
      const mid = (nodeLo + nodeHi) >> 1;
      visit(2 * node, nodeLo, mid);
      visit(2 * node + 1, mid, nodeHi);
    };
    visit(1, 0, this.size);
  }
}
