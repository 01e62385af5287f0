import type { Selection } from 'd3';
import type { DensityBin, TimelineGeometry } from '../layout/types.js';
import { svgNumber as n } from './svgNumber.js';

/** Longest density bar, in px: within the half of a cluster's bar on that side of the axis. */
const DENSITY_DEPTH = 5;

/**
 * The outline of the density bars as one path: each run of neighbouring bins is one
 * closed staircase standing on the axis line, so the strip costs one element however
 * many bins are busy. Horizontal bars rise from `base` (a y); vertical ones grow from
 * `base` (an x) towards `side`.
 *
 * @example
 * ```ts
 * densityPath([{ x0: 16, x1: 20, value: 1, count: 3 }], 100, false, -1) // 'M16,100V95H20V100Z'
 * ```
 */
export function densityPath(bins: readonly DensityBin[], base: number, vertical: boolean, side: 1 | -1): string {
  // Square root: one burst would otherwise flatten every other bin to a hairline.
  const tip = (b: DensityBin) => base + side * (1 + (DENSITY_DEPTH - 1) * Math.sqrt(b.value));
  // Along the axis then across it: H/V swap with the orientation.
  const [along, across] = vertical ? ['V', 'H'] : ['H', 'V'];
  const at = (a: number, c: number) => (vertical ? `${n(c)},${n(a)}` : `${n(a)},${n(c)}`);
  let d = '';
  bins.forEach((b, i) => {
    const previous = bins[i - 1];
    if (!previous || n(previous.x1) !== n(b.x0)) d += `M${at(b.x0, base)}`;
    d += `${across}${n(tip(b))}${along}${n(b.x1)}`;
    const next = bins[i + 1];
    if (!next || n(next.x0) !== n(b.x1)) d += `${across}${n(base)}Z`;
  });
  return d;
}

/**
 * Draws the density strip: thin bars standing on the axis line (above a horizontal
 * axis, on the side away from the labels of a vertical one), longer where more events
 * are, as one `<path>`. It is drawn under the marks, and shows through the translucent
 * cluster bars. Decoration for sighted readers, hidden from assistive technology: the
 * clusters carry the numbers.
 */
export function renderDensity(g: Selection<SVGGElement, unknown, null, undefined>, geometry: TimelineGeometry): void {
  const { axis } = geometry;
  const vertical = geometry.orientation === 'vertical';
  const outward = geometry.direction === 'ltr' ? -1 : 1;
  g.attr('class', 'el-density').attr('aria-hidden', 'true');
  const d = densityPath(geometry.density, vertical ? axis.x1 : axis.y1, vertical, vertical ? outward : -1);
  g.selectAll<SVGPathElement, string>('path')
    .data(d ? [d] : [])
    .join('path')
    .attr('d', (v) => v);
}
