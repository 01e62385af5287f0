/**
 * Maxima of an array of numbers over index ranges, and the first or last index in a
 * range whose value exceeds a threshold: O(log n) each, from a segment tree built in O(n) (and changed one value at a time in O(log n)).
 * The timeline index keeps one over event ends, so a zoom step finds the events still
 * running into a window, or a cluster's end, without walking the events.
 *
 * @example
 * ```ts
 * const m = new RangeMax(Float64Array.of(3, 9, 4, 7));
 * m.max(2, 4) // 7
 * m.firstAbove(0, 4, 5) // 1
 * m.lastAbove(0, 4, 5) // 3
 * ```
 */
export class RangeMax {
  private readonly size: number;
  private readonly tree: Float64Array;

  constructor(values: ArrayLike<number>) {
    let size = 1;
    while (size < values.length) size *= 2;
    this.size = size;
    this.tree = new Float64Array(2 * size).fill(-Infinity);
    for (let i = 0; i < values.length; i++) this.tree[size + i] = values[i]!;
    for (let i = size - 1; i >= 1; i--) this.tree[i] = Math.max(this.tree[2 * i]!, this.tree[2 * i + 1]!);
  }

  /** Changes one value. O(log n). */
  set(index: number, value: number): void {
    let i = this.size + index;
    this.tree[i] = value;
    for (i >>= 1; i >= 1; i >>= 1) this.tree[i] = Math.max(this.tree[2 * i]!, this.tree[2 * i + 1]!);
  }

  /** Largest value in `[from, to)`, or -Infinity for an empty range. */
  max(from: number, to: number): number {
    let best = -Infinity;
    for (let l = from + this.size, r = to + this.size; l < r; l >>= 1, r >>= 1) {
      if (l & 1) best = Math.max(best, this.tree[l++]!);
      if (r & 1) best = Math.max(best, this.tree[--r]!);
    }
    return best;
  }

  /** First index in `[from, to)` whose value is > `x` (≥ `x` when `orEqual`), or -1. */
  firstAbove(from: number, to: number, x: number, orEqual = false): number {
    return this.find(1, 0, this.size, from, to, x, true, orEqual);
  }

  /** Last index in `[from, to)` whose value is > `x`, or -1. */
  lastAbove(from: number, to: number, x: number): number {
    return this.find(1, 0, this.size, from, to, x, false, false);
  }

  private find(node: number, lo: number, hi: number, from: number, to: number, x: number, first: boolean, orEqual: boolean): number {
    const v = this.tree[node]!;
    if (hi <= from || to <= lo || !(v > x || (orEqual && v === x))) return -1;
    if (node >= this.size) return lo;
    const mid = (lo + hi) >> 1;
    const [near, nearLo, nearHi, far, farLo, farHi] = first
      ? [2 * node, lo, mid, 2 * node + 1, mid, hi]
      : [2 * node + 1, mid, hi, 2 * node, lo, mid];
    const found = this.find(near, nearLo, nearHi, from, to, x, first, orEqual);
    return found >= 0 ? found : this.find(far, farLo, farHi, from, to, x, first, orEqual);
  }
}
