import { bisectLeft, bisectRight } from 'd3';
import type { SortedEvents } from './sortedEvents.js';
import type { TimeScale } from './timeScale.js';
import type { DensityBin } from './types.js';

/** Width of one density bin, in px. */
export const DENSITY_BIN_PX = 4;

/**
 * How many events cover each few pixels of the axis, scaled so the busiest bin is 1.
 * Each event counts in every bin its mark touches, so a long war fills its years.
 * O(bins · log n) from the index: the events touching the time under a bin are those
 * that start before its far edge less those over before its near edge, two binary
 * searches, however many events there are.
 *
 * @param sorted the timeline's index
 * @param scale time to px along the axis (its range may run right to left)
 * @returns the bins that hold at least one event, in axis order
 * @example
 * ```ts
 * densityBins(sortedEvents(timeline.events), timeScale(domain, [16, 944]))
 * ```
 */
export function densityBins(sorted: SortedEvents, scale: TimeScale): DensityBin[] {
  const [r0, r1] = scale.range() as [number, number];
  const [d0, d1] = scale.domain() as [number, number];
  const from = Math.min(r0, r1);
  const to = Math.max(r0, r1);
  const count = Math.max(1, Math.round((to - from) / DENSITY_BIN_PX));
  const width = (to - from) / count;
  // The time at px `x`, without rounding to whole milliseconds as Date would.
  const timeAt = (x: number) => d0 + ((x - r0) / (r1 - r0)) * (d1 - d0);
  const forward = r1 > r0;
  const counts = new Int32Array(count);
  let most = 0;
  for (let k = 0; k < count; k++) {
    const near = timeAt(from + k * width);
    const far = timeAt(from + (k + 1) * width);
    // A mark touches the bin when it starts left of its right edge and ends at or right of
    // its left edge; in a right-to-left axis the start is the mark's right end.
    const n = forward
      ? bisectLeft(sorted.starts, k === count - 1 ? d1 : far) - bisectLeft(sorted.endsSorted, near)
      : bisectRight(sorted.starts, near) - bisectRight(sorted.endsSorted, k === count - 1 ? d0 : far);
    counts[k] = n;
    most = Math.max(most, n);
  }
  const bins: DensityBin[] = [];
  for (let k = 0; k < count; k++) {
    if (counts[k]! > 0) bins.push({ x0: from + k * width, x1: from + (k + 1) * width, value: counts[k]! / most, count: counts[k]! });
  }
  return bins;
}
