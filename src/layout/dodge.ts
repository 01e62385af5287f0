/**
 * Places boxes of given heights along one axis as close to their wished positions as
 * possible without overlap, keeping their order. Pushes down, then pulls back up
 * from `max`, then pushes down from `min` again; what still does not fit spills past
 * `max` (the caller grows the drawing).
 *
 * @param wish the desired top of each box, in the order boxes must keep
 * @returns the top of each box
 * @example
 * ```ts
 * dodge([10, 12], [20, 20], 4, 0, 100) // [10, 34]
 * ```
 */
export function dodge(wish: readonly number[], heights: readonly number[], gap: number, min: number, max: number): number[] {
  const n = wish.length;
  const top = wish.map((w) => Math.max(min, w));
  for (let i = 1; i < n; i++) top[i] = Math.max(top[i]!, top[i - 1]! + heights[i - 1]! + gap);
  for (let i = n - 1; i >= 0; i--) {
    const limit = i === n - 1 ? max - heights[i]! : top[i + 1]! - gap - heights[i]!;
    top[i] = Math.min(top[i]!, limit);
  }
  for (let i = 0; i < n; i++) {
    const floor = i === 0 ? min : top[i - 1]! + heights[i - 1]! + gap;
    top[i] = Math.max(top[i]!, floor);
  }
  return top;
}
