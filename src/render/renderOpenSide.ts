import type { EventGeometry } from '../layout/types.js';
import type { Painter } from './paint.js';
import { svgNumber as n } from './svgNumber.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The arrowhead past the open end of an event's bar (`polygon.el-open`, right after its
 * mark), or none: made, moved or removed as the event's `open` says at this zoom.
 *
 * @example
 * ```ts
 * groups.each(function (e) { setOpenSide(this, e, paint); });
 * ```
 */
export function setOpenSide(group: Element, e: EventGeometry, paint: Painter | undefined): void {
  let arrow = group.querySelector<SVGPolygonElement>(':scope > polygon.el-open');
  if (!e.open) {
    arrow?.remove();
    return;
  }
  if (!arrow) {
    arrow = group.ownerDocument.createElementNS(SVG_NS, 'polygon') as SVGPolygonElement;
    arrow.setAttribute('class', 'el-open');
    arrow.setAttribute('aria-hidden', 'true');
    group.insertBefore(arrow, group.querySelector(':scope > .el-mark')?.nextSibling ?? null);
  }
  arrow.setAttribute('points', e.open.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' '));
  paint?.(arrow, 'openSide', e.colorIndex);
}
