import type { EventDate, TimelineEvent } from '../model/types.js';
import type { TextMeasurer } from '../layout/measureText.js';
import type { SvgOptions } from '../renderSvg.js';

/**
 * What `select` and `focus` handlers receive.
 *
 * @example
 * ```ts
 * timeline.on('select', (e: TimelineItemEvent) => console.log(e.event.id, e.dateText));
 * ```
 */
export interface TimelineItemEvent {
  readonly type: 'select' | 'focus';
  /** The event, as validated. */
  readonly event: TimelineEvent;
  /** Its date (with precision), for convenience: `event.date`. */
  readonly date: EventDate;
  /** The date as shown, e.g. "19 June 2024". */
  readonly dateText: string;
  /** The `<g data-event-id>` element. */
  readonly element: SVGGElement;
}

/**
 * What `zoom` handlers receive.
 *
 * @example
 * ```ts
 * timeline.on('zoom', (e: TimelineZoomEvent) => console.log(e.domain[0], e.domain[1], e.k));
 * ```
 */
export interface TimelineZoomEvent {
  readonly type: 'zoom';
  /** The visible time range. Beyond the years a `Date` holds (±275,760), use `range`. */
  readonly domain: readonly [Date, Date];
  /** The visible time range in UTC milliseconds, the axis's own numbers: holds in deep time too. */
  readonly range: readonly [number, number];
  /** Zoom factor against the whole timeline (1 = everything in view). */
  readonly k: number;
}

/**
 * The events a timeline fires, by name, with what their handlers receive.
 *
 * @example
 * ```ts
 * timeline.on('select', (e: TimelineEventMap['select']) => console.log(e.dateText));
 * ```
 */
export interface TimelineEventMap {
  select: TimelineItemEvent;
  focus: TimelineItemEvent;
  zoom: TimelineZoomEvent;
}

/**
 * Options of `createTimeline`: those of `renderSvg` plus the data and interaction settings.
 *
 * @example
 * ```ts
 * createTimeline('#timeline', { data: events, locale: 'ar', zoom: true, tooltip: false });
 * ```
 */
export interface InteractiveOptions extends SvgOptions {
  /** The events: an array, or `{ title?, locale?, events }`, as `parseTimeline` takes. */
  data: unknown;
  /**
   * Text width function. Default: `createTimeline` measures with a canvas of the page, in
   * the fonts this browser draws; `hydrate` with the width table, as the server did.
   */
  measureText?: TextMeasurer;
  /** Wheel, drag, pinch and +/- zoom on the time axis. Default true. */
  zoom?: boolean;
  /** Tooltips on hover and keyboard focus. Default true. */
  tooltip?: boolean;
  /** Animate `update`. Default true, and always off when the reader prefers reduced motion. */
  animate?: boolean;
}

/**
 * A live timeline in the page.
 *
 * @example
 * ```ts
 * const timeline: InteractiveTimeline = createTimeline('#timeline', { data: events });
 * timeline.on('zoom', (e) => console.log(e.domain)).zoomTo(new Date('2020-01-01'), new Date('2024-12-31'));
 * ```
 */
export interface InteractiveTimeline {
  /** The `<svg>` it draws into. */
  readonly svg: SVGSVGElement;
  /** The visible time range. Beyond the years a `Date` holds (±275,760), use `range`. */
  readonly domain: readonly [Date, Date];
  /** The visible time range in UTC milliseconds, the axis's own numbers: holds in deep time too. */
  readonly range: readonly [number, number];
  /**
   * Changes some options, the data among them, and draws again: the same object that
   * `createTimeline` takes, with only the fields to change. New data goes in `data`;
   * kept events (by id) move to their new place and new ones fade in. A field set to
   * `undefined` goes back to its default. Bad data or options throw and leave the
   * timeline as it was.
   *
   * @example
   * ```ts
   * timeline.update({ data: newEvents });
   * timeline.update({ theme: 'dark', locale: 'ar' });
   * timeline.update({ width: undefined }); // follow the container again
   * ```
   */
  update(changes: Partial<InteractiveOptions>): InteractiveTimeline;
  /** Listens for `select` (Enter, Space, click), `focus` (keyboard or pointer) and `zoom`. */
  on<K extends keyof TimelineEventMap>(type: K, handler: (e: TimelineEventMap[K]) => void): InteractiveTimeline;
  /** Stops calling a handler given to `on`. */
  off<K extends keyof TimelineEventMap>(type: K, handler: (e: TimelineEventMap[K]) => void): InteractiveTimeline;
  /** Shows the range `start`…`end` (clamped to the data and to about a day). */
  zoomTo(start: Date | number, end: Date | number): InteractiveTimeline;
  /** Shows every event again. */
  resetZoom(): InteractiveTimeline;
  /** Removes every listener, the tooltip and (for `createTimeline`) the drawing. */
  destroy(): void;
}
