import type { OpenSideGeometry } from './backdropTypes.js';
import type { Frame } from './strip.js';
import type { EventGeometry } from './types.js';
import { eventEnd, eventStart } from './sortedEvents.js';

/** How far an open end's arrowhead stands past its bar, and how far it spreads each side of the bar's middle. */
const ARROW_LENGTH = 7;
const ARROW_HALF = 6;

/**
 * Events whose bar runs to the edge of the view because a side is open: a still-going
 * event (`2022-02-24/..`) to the view's end, one from an indefinite past (`../1950`) from
 * its start. Each gets an arrowhead past that end of its bar, pointing on along the axis,
 * so the bar does not read as ending there. A bar too short to show (a dot) gets none.
 *
 * @example
 * ```ts
 * withOpenSides(part.events, frame).find((e) => e.open)?.open?.side // 'end'
 * ```
 */
export function withOpenSides(events: EventGeometry[], f: Frame): EventGeometry[] {
  return events.map((e) => {
    // The index's own rule for what runs to the edge of any view.
    const side = eventEnd(e.event) === Infinity ? 'end' : eventStart(e.event) === -Infinity ? 'start' : undefined;
    if (!side || e.mark.kind !== 'span') return e;
    const { x, y, width, height } = e.mark;
    // Screen direction of the open side along the axis: time's way for the end, against it for the start.
    const way = side === 'end' ? f.forward : -f.forward;
    let points: [number, number][];
    if (f.horizontal) {
      const edge = way > 0 ? x + width : x;
      const mid = y + height / 2;
      points = [
        [edge, mid - ARROW_HALF],
        [edge + way * ARROW_LENGTH, mid],
        [edge, mid + ARROW_HALF],
      ];
    } else {
      const edge = way > 0 ? y + height : y;
      const mid = x + width / 2;
      points = [
        [mid - ARROW_HALF, edge],
        [mid, edge + way * ARROW_LENGTH],
        [mid + ARROW_HALF, edge],
      ];
    }
    const open: OpenSideGeometry = { side, points };
    return { ...e, open };
  });
}
