const MS_PER_DAY = 86_400_000;
/** Day numbers (from 1970) of the starts packed into sort keys lie within ± this: years ±20,000 or so. */
const DAY_RANGE = 2 ** 23;
/** Keys stay below 2⁵³, where every integer is exact: (2 · DAY_RANGE + 1) · n. */
const MOST_PACKED = 2 ** 28;

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
 * then position; then each run of events with one start that is not already in order of
 * their ends is sorted with the comparator. Other starts, or indexes that fall along the
 * arrays, take the comparator throughout.
 *
 * @example
 * ```ts
 * timeOrder(Float64Array.of(5, 1, 5), Float64Array.of(9, 2, 6), Float64Array.of(0, 1, 2)) // Uint32Array [1, 2, 0]
 * ```
 */
export function timeOrder(starts: Float64Array, ends: Float64Array, indexes: Float64Array): Uint32Array {
  const n = starts.length;
  const byKeys = (a: number, b: number) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || indexes[a]! - indexes[b]!;
  const keys = new Float64Array(n);
  let packed = n <= MOST_PACKED;
  for (let i = 0; packed && i < n; i++) {
    const s = starts[i]!;
    const day = s / MS_PER_DAY;
    // Position order is index order only while the indexes do not fall (a parsed timeline's
    // rise). A NaN end compares as equal to any in the comparator, which runs put in order
    // of their ends cannot follow.
    packed =
      ((Number.isInteger(day) && day * MS_PER_DAY === s && day > -DAY_RANGE && day < DAY_RANGE) || s === -Infinity) &&
      ends[i] === ends[i] &&
      (i === 0 || indexes[i]! >= indexes[i - 1]!);
    // -Infinity before every day; `+ 0` makes a start of -0 the day of 0, as the comparator has them.
    keys[i] = (s === -Infinity ? 0 : day + 0 + DAY_RANGE) * n + i;
  }
  if (!packed) return Uint32Array.from({ length: n }, (_, i) => i).sort(byKeys);
  keys.sort();
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k]! % n;
  for (let from = 0; from < n;) {
    const s = starts[order[from]!]!;
    let to = from + 1;
    let inOrder = true;
    for (; to < n && starts[order[to]!] === s; to++) if (ends[order[to - 1]!]! > ends[order[to]!]!) inOrder = false;
    // Sorted in place (a view of the run), as the comparator orders them.
    if (!inOrder) order.subarray(from, to).sort(byKeys);
    from = to;
  }
  return order;
}
