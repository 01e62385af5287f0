import type { DensityBin } from './types.js';

/** Width of one density bin, in px. */
export const DENSITY_BIN_PX = 4;

/**
 * How many events cover each few pixels of the axis, scaled so the busiest bin is 1.
 * Each event counts in every bin its mark touches, so a long war fills its years.
 * O(n + bins): an event adds one at its first bin and takes it off after its last.
 *
 * @param a one end of each event's mark along the axis, in px
 * @param b the other end
 * @param from start of the axis, in px
 * @param to end of the axis, in px (`to > from`)
 * @returns the bins that hold at least one event, in axis order
 * @example
 * ```ts
 * densityBins(Float64Array.of(10, 11), Float64Array.of(10, 11), 0, 40)
 * // [{ x0: 8, x1: 12, value: 1, count: 2 }]
 * ```
 */
export function densityBins(a: Float64Array, b: Float64Array, from: number, to: number): DensityBin[] {
  const count = Math.max(1, Math.round((to - from) / DENSITY_BIN_PX));
  const width = (to - from) / count;
  const delta = new Int32Array(count + 1);
  const bin = (x: number): number => Math.min(count - 1, Math.max(0, Math.floor((x - from) / width)));
  for (let i = 0; i < a.length; i++) {
    const lo = Math.min(a[i]!, b[i]!);
    const hi = Math.max(a[i]!, b[i]!);
    if (hi < from || lo > to) continue;
    delta[bin(lo)]!++;
    delta[bin(hi) + 1]!--;
  }
  const counts = new Int32Array(count);
  let running = 0;
  let most = 0;
  for (let k = 0; k < count; k++) {
    running += delta[k]!;
    counts[k] = running;
    most = Math.max(most, running);
  }
  const bins: DensityBin[] = [];
  for (let k = 0; k < count; k++) {
    if (counts[k]! > 0) bins.push({ x0: from + k * width, x1: from + (k + 1) * width, value: counts[k]! / most, count: counts[k]! });
  }
  return bins;
}
