// Lanes as drawn: the bands behind everything (tint, rule, line, name), and the events of
// each lane in a list of its own, named for the lane, so a screen reader says which lane
// an event is in.
import { select, type Selection } from 'd3';
import type { ClusterGeometry, EventGeometry, LaneGeometry, TimelineGeometry } from '../layout/types.js';
import { joinKey } from './joinKey.js';
import type { Painter } from './paint.js';
import { renderEvents, renderItems } from './renderEvents.js';
import { svgNumber as n } from './svgNumber.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

type G = Selection<SVGGElement, unknown, null, undefined>;

function element<K extends keyof SVGElementTagNameMap>(
  parent: Element,
  tag: K,
  cls: string,
  attributes: Record<string, string>,
): SVGElementTagNameMap[K] {
  const el = parent.appendChild(parent.ownerDocument.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K]);
  el.setAttribute('class', cls);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/**
 * Draws the lanes' bands into `g` (or removes it when there are none): every other band
 * tinted, a rule between bands, the line each lane's marks stand on, and each name at its
 * band's reading start. Decoration, hidden from assistive technology: the lists of events
 * carry the names. Rebuilt on each call: a timeline has a few lanes. Names go in as text.
 */
export function renderLaneBands(g: Element, lanes: readonly LaneGeometry[] | undefined, vertical: boolean, paint?: Painter): void {
  g.replaceChildren();
  if (!lanes) {
    g.remove();
    return;
  }
  g.setAttribute('class', 'el-lanes');
  g.setAttribute('aria-hidden', 'true');
  lanes.forEach((lane, k) => {
    const { x, y, width, height } = lane.band;
    // Made before painting: `paint?.(made())` would not make it when nothing paints.
    if (k % 2 === 1) {
      const tint = element(g, 'rect', 'el-lane-tint', { x: n(x), y: n(y), width: n(width), height: n(height) });
      paint?.(tint, 'laneTint');
    }
    if (k > 0) {
      // Along the edge the band shares with the one before it.
      const onRight = vertical && lanes[k - 1]!.band.x > x;
      const at = vertical
        ? { x1: n(onRight ? x + width : x), y1: n(y), x2: n(onRight ? x + width : x), y2: n(y + height) }
        : { x1: n(x), y1: n(y), x2: n(x + width), y2: n(y) };
      const rule = element(g, 'line', 'el-lane-rule', at);
      paint?.(rule, 'laneRule');
    }
    const l = lane.line;
    const line = element(g, 'line', 'el-lane-line', { x1: n(l.x1), y1: n(l.y1), x2: n(l.x2), y2: n(l.y2) });
    paint?.(line, 'laneLine');
    const name = lane.label;
    if (name) {
      const text = element(g, 'text', 'el-lane-name', {
        x: n(name.x),
        y: n(name.y),
        'font-size': String(name.fontSize),
        direction: name.direction,
        'unicode-bidi': 'embed',
        'text-anchor': name.anchor,
      });
      text.textContent = name.text;
      paint?.(text, 'laneName');
    }
  });
}

// The band without a name is told apart by its mark, not by its spoken name: a lane named
// "Other events" in the data is another lane.
const laneKey = joinKey(
  (lane: LaneGeometry) => (lane.label === undefined ? 'u' : `n\u0000${lane.label.full}`),
  (node) => (node.hasAttribute('data-unnamed') ? 'u' : `n\u0000${node.getAttribute('aria-label') ?? ''}`),
);

/**
 * Draws the events and clusters into `g`: in one list, or, when the timeline is drawn in
 * lanes, in one `<g class="el-lane" role="list">` per lane, named by `aria-label` (the
 * band without a name by the timeline's words for "other events"), in lane order.
 */
export function renderLaneEvents(
  g: G,
  geometry: TimelineGeometry,
  idPrefix: string,
  clusters: readonly ClusterGeometry[],
  paint?: Painter,
): void {
  const root = g.node()!;
  const lanes = geometry.lanes;
  if (!lanes) {
    // Drawn in lanes before (an update with `lanes: false`): the single list starts afresh.
    for (const old of Array.from(root.querySelectorAll(':scope > g.el-lane'))) old.remove();
    renderEvents(g, geometry.events, idPrefix, clusters, paint, geometry.locale);
    return;
  }
  for (const old of Array.from(root.querySelectorAll(':scope > g.el-event, :scope > g.el-cluster'))) old.remove();
  g.attr('class', 'el-events').attr('role', null);
  const events = lanes.map((): EventGeometry[] => []);
  const laneClusters = lanes.map((): ClusterGeometry[] => []);
  for (const e of geometry.events) events[e.lane ?? 0]?.push(e);
  for (const c of clusters) laneClusters[c.lane ?? 0]?.push(c);
  g.selectAll<SVGGElement, LaneGeometry>(':scope > g.el-lane')
    .data(lanes, laneKey)
    .join('g')
    .attr('class', 'el-lane')
    .attr('role', 'list')
    .attr('aria-label', (lane) => lane.spokenName)
    .attr('data-unnamed', (lane) => (lane.label === undefined ? '' : null))
    .each(function (_, k) {
      renderItems(select(this) as unknown as G, events[k]!, idPrefix, laneClusters[k]!, paint, geometry.locale);
    });
}
