/**
 * Places boxes of given heights along one axis, in their order and `gap` apart, as close
 * to their wished positions as possible: the least total squared move (pool adjacent
 * violators). A crowd is centred on where its boxes wish to be, so a burst moves its
 * neighbours only as far as its own size asks, and boxes with room stay where they are.
 * Nothing goes above `min`; what cannot fit above `max` spills past it (the caller grows
 * the drawing). O(n).
 *
 * @param wish the desired top of each box, in the order boxes must keep
 * @returns the top of each box
 * @example
 * ```ts
 * dodge([10, 100], [20, 20], 4, 0, 200) // [10, 100]: room for both
 * dodge([30, 32], [20, 20], 4, 0, 200) // [19, 43]: both move, half the overlap each
 * ```
 */
export function dodge(wish: readonly number[], heights: readonly number[], gap: number, min: number, max = Infinity): number[] {
  const n = wish.length;
  if (n === 0) return [];
  // With each box's offset from the first taken out, the tops only have to be ascending.
  const offset = new Float64Array(n);
  for (let i = 1; i < n; i++) offset[i] = offset[i - 1]! + heights[i - 1]! + gap;
  const sums: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    let sum = wish[i]! - offset[i]!;
    let count = 1;
    while (sums.length > 0 && sums[sums.length - 1]! / counts[counts.length - 1]! > sum / count) {
      sum += sums.pop()!;
      count += counts.pop()!;
    }
    sums.push(sum);
    counts.push(count);
  }
  const highest = max - heights[n - 1]! - offset[n - 1]!;
  const top = new Array<number>(n);
  let i = 0;
  sums.forEach((sum, b) => {
    const z = Math.max(min, Math.min(sum / counts[b]!, highest));
    for (let k = 0; k < counts[b]!; k++, i++) top[i] = z + offset[i]!;
  });
  return top;
}
