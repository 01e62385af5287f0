import type { TimelineEra } from '../model/types.js';
import type { Box, TextLine } from './types.js';

/**
 * One era drawn behind the events: a band across the whole plot over the part of the
 * view the era covers (a horizontal timeline's bands stand upright, a vertical one's lie
 * across), and its title in the strip along the plot's edge, from the band's start.
 *
 * @example
 * ```ts
 * const [war] = layoutTimeline(parseTimeline({ events, eras: [{ date: '1950-06-25/1953-07-27', title: 'Korean War' }] })).eras!;
 * war.band     // { x: …, y: …, width: …, height: … }
 * war.ariaLabel // '25 June 1950 – 27 July 1953: Korean War'
 * ```
 */
export interface EraGeometry {
  readonly era: TimelineEra;
  /** The band, cut to the view. */
  readonly band: Box;
  /**
   * The title, cut with "…" only when the band is narrower than it (`text` is empty
   * when not even "…" fits); `full` keeps it whole for `<title>`.
   */
  readonly title: TextLine;
  /** Degrees the title is turned about its anchor (`title.x`, `title.y`): 0, or 90 (left to right) / -90 (right to left) along a vertical timeline. */
  readonly rotate: number;
  /** Its dates and title, e.g. "25 June 1950 – 27 July 1953: Korean War". */
  readonly ariaLabel: string;
}

/**
 * The `today` line: across the plot at the middle of the day (or month, year) given,
 * with its label ("Today: 19 June 2024") in the strip along the plot's edge.
 *
 * @example
 * ```ts
 * const { today } = layoutTimeline(timeline, { today: '2024-06-19' });
 * today?.x1 // where 19 June 2024 stands on the axis
 * ```
 */
export interface TodayGeometry {
  /** The instant the line stands at (UTC ms): the middle of the date's period. */
  readonly value: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly label: TextLine;
  /** Degrees the label is turned about its anchor, as {@link EraGeometry.rotate}. */
  readonly rotate: number;
  /** The label's words, whole: "Today: 19 June 2024". */
  readonly ariaLabel: string;
}

/**
 * The open side of an event drawn as a bar to the edge of the view: `end` for one still
 * going on (`2022-02-24/..`), `start` for one from an indefinite past (`../1950`). Its
 * arrowhead stands past the bar's end, pointing on along the axis.
 *
 * @example
 * ```ts
 * const open: OpenSideGeometry | undefined = layoutTimeline(timeline).events[0].open;
 * open?.points // [[x, y], [x, y], [x, y]]: the arrowhead's corners
 * ```
 */
export interface OpenSideGeometry {
  readonly side: 'start' | 'end';
  readonly points: readonly (readonly [number, number])[];
}
