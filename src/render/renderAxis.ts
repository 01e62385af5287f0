import type { Selection } from 'd3';
import type { AxisGeometry, TimelineGeometry } from '../layout/types.js';
import { joinKey } from './joinKey.js';
import { paintEach, type Painter } from './paint.js';
import { svgNumber as n } from './svgNumber.js';

/**
 * Draws the axis line and its ticks into `g`, joined by tick value so a re-render
 * after zoom keeps the nodes of ticks that stay. `paint` writes colours as attributes
 * where no stylesheet paints them.
 */
export function renderAxis(g: Selection<SVGGElement, unknown, null, undefined>, geometry: TimelineGeometry, paint?: Painter): void {
  const axis: AxisGeometry = geometry.axis;
  const vertical = geometry.orientation === 'vertical';
  g.attr('class', 'el-axis').attr('aria-hidden', 'true');
  const line = g
    .selectAll<SVGLineElement, AxisGeometry>('line.el-axis-line')
    .data([axis])
    .join('line')
    .attr('class', 'el-axis-line')
    .attr('x1', (a) => n(a.x1))
    .attr('y1', (a) => n(a.y1))
    .attr('x2', (a) => n(a.x2))
    .attr('y2', (a) => n(a.y2));
  paintEach(line, paint, 'axisLine');
  const ticks = g
    .selectAll<SVGGElement, AxisGeometry['ticks'][number]>('g.el-tick')
    .data(
      axis.ticks,
      joinKey((t: AxisGeometry['ticks'][number]) => String(t.value)),
    )
    .join((enter) => {
      const t = enter.append('g').attr('class', 'el-tick');
      t.append('line');
      t.append('text');
      return t;
    });
  const tickLines = ticks
    .select('line')
    .attr('x1', (t) => n(t.x))
    .attr('y1', (t) => n(t.y))
    .attr('x2', (t) => n(vertical ? t.x + (geometry.direction === 'ltr' ? -5 : 5) : t.x))
    .attr('y2', (t) => n(vertical ? t.y : t.y + 5));
  paintEach(tickLines, paint, 'tickLine');
  const tickLabels = ticks
    .select('text')
    .attr('x', (t) => n(t.labelX))
    .attr('y', (t) => n(t.labelY))
    .attr('text-anchor', (t) => t.anchor)
    .attr('font-size', axis.fontSize)
    .text((t) => t.label);
  paintEach(tickLabels, paint, 'tickLabel');
}
