// What stands behind and beside the events: the eras' bands and the today line, and the
// strip along the plot's edge that carries their words, apart from the labels (above the
// top row of a horizontal timeline, in a column beyond a vertical one's tick labels), so
// an era's title never meets an event's label. Laid out once the events are: the bands
// only need the view's scale and the plot's size.
import type { Timeline } from '../model/types.js';
import type { EraGeometry, TodayGeometry } from './backdropTypes.js';
import { layoutEras } from './eras.js';
import type { Part } from './labelItems.js';
import { metrics } from './labels.js';
import { withOpenSides } from './openSides.js';
import type { ResolvedOptions } from './resolveOptions.js';
import { frameOf } from './strip.js';
import { layoutToday } from './today.js';
import type { EventGeometry } from './types.js';

/** Space between the strip and the labels (or tick labels) beside it. */
const STRIP_GAP = 4;

/**
 * The time ranges the view must cover besides the events: every era, and the today date.
 *
 * @example
 * ```ts
 * timeDomain(timeline.events, undefined, backdropExtents(timeline, o));
 * ```
 */
export function backdropExtents(timeline: Timeline, o: ResolvedOptions): [number, number][] {
  const out: [number, number][] = (timeline.eras ?? []).map((era) => [era.date.start, (era.end ?? era.date).end]);
  if (o.today) out.push([o.today.start, o.today.end]);
  return out;
}

/**
 * The room the strip takes, known before the events are laid out, and what lays out the
 * backdrop once they are. Lanes are kept whether or not an era or the today date is in
 * view, so that zooming does not move the plot.
 *
 * @param start where the strip begins: under the heading and legend
 * @example
 * ```ts
 * const backdrop = backdropOf(timeline, o, top);
 * const part = layoutHorizontal({ ...common, top: backdrop.top });
 * const { events, eras, today } = backdrop.finish(part);
 * ```
 */
export function backdropOf(timeline: Timeline, o: ResolvedOptions, start: number) {
  const m = metrics(o.fontSize);
  const lanes = (timeline.eras?.length ? 1 : 0) + (o.today ? 1 : 0);
  const eraLane = timeline.eras?.length ? 0 : undefined;
  const todayLane = o.today ? lanes - 1 : undefined;
  const size = lanes ? lanes * m.dateLine + STRIP_GAP : 0;
  const horizontal = o.orientation === 'horizontal';
  return {
    /** Where the labels of a horizontal timeline begin: under the strip. */
    top: horizontal ? start + size : start,
    /** Room a vertical timeline leaves at its outer side for the strip. */
    inset: horizontal ? 0 : size,
    finish(part: Part): { events: EventGeometry[]; eras?: EraGeometry[]; today?: TodayGeometry } {
      const f = frameOf(part, o, start, m.dateLine, eraLane, todayLane);
      const today = o.today ? layoutToday(o.today, f) : undefined;
      return {
        events: withOpenSides(part.events, f),
        ...(timeline.eras?.length ? { eras: layoutEras(timeline.eras, f) } : {}),
        ...(today ? { today } : {}),
      };
    },
  };
}
