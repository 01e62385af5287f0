import type { Selection } from 'd3';
import type { DensityBin, TimelineGeometry } from '../layout/types.js';
import { joinKey } from './joinKey.js';
import { svgNumber as n } from './svgNumber.js';

/** Longest density bar, in px: within the half of a cluster's bar on that side of the axis. */
const DENSITY_DEPTH = 5;

/**
 * Draws the density strip: one thin bar per busy bin, standing on the axis line (above
 * a horizontal axis, on the side away from the labels of a vertical one), longer where
 * more events are. It is drawn under the marks, and shows through the translucent
 * cluster bars. Decoration for sighted readers: the clusters carry the numbers.
 */
export function renderDensity(g: Selection<SVGGElement, unknown, null, undefined>, geometry: TimelineGeometry): void {
  const { axis } = geometry;
  const vertical = geometry.orientation === 'vertical';
  const outward = geometry.direction === 'ltr' ? -1 : 1;
  // Square root: one burst would otherwise flatten every other bin to a hairline.
  const depth = (b: DensityBin) => 1 + (DENSITY_DEPTH - 1) * Math.sqrt(b.value);
  g.attr('class', 'el-density').attr('aria-hidden', 'true');
  g.selectAll<SVGRectElement, DensityBin>('rect')
    .data(geometry.density, joinKey((b: DensityBin) => n(b.x0)))
    .join('rect')
    .attr('x', (b) => n(vertical ? (outward < 0 ? axis.x1 - depth(b) : axis.x1) : b.x0))
    .attr('y', (b) => n(vertical ? b.x0 : axis.y1 - depth(b)))
    .attr('width', (b) => n(vertical ? depth(b) : b.x1 - b.x0))
    .attr('height', (b) => n(vertical ? b.x1 - b.x0 : depth(b)));
}
