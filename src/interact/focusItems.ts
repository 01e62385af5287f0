// The focusable things as drawn: each event or cluster of the layout paired with its
// element, in time order, and the one tab stop among them (roving tabindex).
import type { TimelineGeometry } from '../layout/types.js';
import { eventStart, positionNear, type SortedEvents } from '../layout/sortedEvents.js';
import type { TimelineEvent } from '../model/types.js';
import { clusterKey, eventKey, type FocusItem } from './focusTarget.js';

export const ITEM_SELECTOR = '[data-event-id],[data-cluster-id]';

/** A focusable thing on the axis, as drawn: an event or a cluster of events. */
export interface Item extends FocusItem {
  readonly element: SVGGElement;
  /** Id of its (first) event: what finds it again after the data changes. */
  readonly firstId: string;
  readonly event?: TimelineEvent;
  /** For a cluster: the range to zoom to so its members spread out. */
  readonly zoomDomain?: readonly [number, number];
}

/**
 * The lane an event is drawn in: its index in `geometry.lanes`, or `undefined` when the
 * timeline is not drawn in lanes.
 */
export function laneOf(geometry: TimelineGeometry, event: TimelineEvent): number | undefined {
  const lanes = geometry.lanes;
  if (!lanes) return undefined;
  const k = lanes.findIndex((l) => l.name === event.lane);
  return k < 0 ? undefined : k;
}

/**
 * Pairs what was laid out with the elements drawn for it; sorted by `first`, so in time
 * order. In lanes, lane by lane, each lane's in time order: the order the lists are drawn
 * and read in, so that arrows and a screen reader's reading agree, and arrows stay in a
 * lane from its first item to its last, as a reader reads a line before the next.
 */
export function collectItems(svg: SVGSVGElement, geometry: TimelineGeometry, sorted: SortedEvents): Item[] {
  const drawn = new Map<string, SVGGElement>();
  for (const el of Array.from(svg.querySelectorAll<SVGGElement>(ITEM_SELECTOR))) {
    const cluster = el.getAttribute('data-cluster-id');
    drawn.set(cluster !== null ? clusterKey(cluster) : eventKey(el.getAttribute('data-event-id') ?? ''), el);
  }
  const items: Item[] = [];
  const lane = (d: { lane?: number }) => (d.lane === undefined ? {} : { lane: d.lane });
  for (const e of geometry.events) {
    const key = eventKey(e.id);
    const element = drawn.get(key);
    const first = positionNear(sorted, eventStart(e.event), e.id);
    if (element && first !== undefined)
      items.push({
        key,
        start: e.event.date.start,
        end: (e.event.end ?? e.event.date).end,
        first,
        firstId: e.id,
        element,
        event: e.event,
        ...lane(e),
      });
  }
  for (const c of geometry.clusters) {
    const key = clusterKey(c.id);
    const element = drawn.get(key);
    const firstId = c.firstId;
    // A cluster starts where its first member does.
    const first = positionNear(sorted, c.start, firstId);
    // A member still going on (or from an indefinite past) has no instant there: the view's edge stands in.
    const [d0, d1] = geometry.axis.domain;
    const start = Number.isFinite(c.start) ? c.start : d0;
    const end = Number.isFinite(c.end) ? c.end : d1;
    if (element && first !== undefined) items.push({ key, start, end, first, firstId, element, zoomDomain: c.zoomDomain, ...lane(c) });
  }
  return items.sort((a, b) => (a.lane ?? -1) - (b.lane ?? -1) || a.first - b.first);
}

/**
 * Gives `target` the one tab stop. With nothing to focus the drawing itself stays
 * reachable for the zoom keys; otherwise it must not be a tab stop of its own (Chromium
 * makes an `<svg>` one).
 */
export function setTabStop(svg: SVGSVGElement, items: readonly Item[], target: Item | undefined): void {
  for (const item of items) {
    const want = item === target ? '0' : '-1';
    if (item.element.getAttribute('tabindex') !== want) item.element.setAttribute('tabindex', want);
  }
  svg.setAttribute('tabindex', items.length === 0 ? '0' : '-1');
}
