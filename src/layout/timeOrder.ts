const MS_PER_DAY = 86_400_000;
/** Day numbers (from 1970) of the starts packed into sort keys lie within ± this: years ±20,000 or so. */
const DAY_RANGE = 2 ** 23;
/** Keys stay below 2⁵³, where every integer is exact: (2 · DAY_RANGE + 1) · n. */
const MOST_PACKED = 2 ** 28;
/** Runs of one start up to this long are put in order of their ends by insertion. */
const INSERTION_MOST = 32;

/**
 * The order of events by start, then end, then input index: positions into the three
 * arrays, as sorting the positions with
 * `(a, b) => starts[a] - starts[b] || ends[a] - ends[b] || indexes[a] - indexes[b]` gives
 * them (stable: ties of all three keep their order in the arrays).
 *
 * That comparator, called n log n times by the sort, took most of the time the index of
 * 100,000 events was built in. Starts are whole days (EDTF dates of a day, month or year
 * within ±20,000 years), or -Infinity for an indefinite past: each start's day and the
 * event's position are packed into one number, `(day + offset) · n + position`, exact
 * below 2⁵³, and those numbers sorted natively, with no comparator. That orders by start,
 * then position; then each run of events with one start is put in order of their ends
 * (short runs by insertion). Other starts, or indexes that fall along the arrays, take the
 * comparator throughout.
 *
 * @example
 * ```ts
 * timeOrder(Float64Array.of(5, 1, 5), Float64Array.of(9, 2, 6), Float64Array.of(0, 1, 2)) // Uint32Array [1, 2, 0]
 * ```
 */
export function timeOrder(starts: Float64Array, ends: Float64Array, indexes: Float64Array): Uint32Array {
  const n = starts.length;
  if (n > MOST_PACKED) return comparatorOrder(starts, ends, indexes);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = starts[i]!;
    const day = s / MS_PER_DAY;
    const packable = (Number.isInteger(day) && day * MS_PER_DAY === s && day > -DAY_RANGE && day < DAY_RANGE) || s === -Infinity;
    // Position order is index order only while the indexes do not fall (a parsed timeline's
    // rise). A NaN end compares as equal to any in the comparator, which runs put in order
    // of their ends cannot follow.
    if (!packable || ends[i] !== ends[i] || (i > 0 && !(indexes[i]! >= indexes[i - 1]!))) return comparatorOrder(starts, ends, indexes);
    // -Infinity before every day; `+ 0` makes a start of -0 the day of 0, as the comparator has them.
    keys[i] = (s === -Infinity ? 0 : day + 0 + DAY_RANGE) * n + i;
  }
  keys.sort();
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k]! % n;
  for (let from = 0; from < n;) {
    const s = starts[order[from]!]!;
    let to = from + 1;
    let inOrder = true;
    for (; to < n && starts[order[to]!] === s; to++) if (ends[order[to - 1]!]! > ends[order[to]!]!) inOrder = false;
    if (!inOrder) orderByEnd(order, from, to, ends, indexes);
    from = to;
  }
  return order;
}

/** Puts `order[from, to)`, in index order, in order of end, then index (stable), as the comparator would. */
function orderByEnd(order: Uint32Array, from: number, to: number, ends: Float64Array, indexes: Float64Array): void {
  if (to - from > INSERTION_MOST) {
    order.subarray(from, to).sort((a, b) => ends[a]! - ends[b]! || indexes[a]! - indexes[b]!);
    return;
  }
  for (let k = from + 1; k < to; k++) {
    const p = order[k]!;
    const end = ends[p]!;
    let j = k - 1;
    // Equal ends stay in index order.
    while (j >= from && ends[order[j]!]! > end) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = p;
  }
}

function comparatorOrder(starts: Float64Array, ends: Float64Array, indexes: Float64Array): Uint32Array {
  return Uint32Array.from({ length: starts.length }, (_, i) => i).sort(
    (a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || indexes[a]! - indexes[b]!,
  );
}
