import type { EventDate, TimelineEvent } from '../model/types.js';
import type { SvgOptions } from '../renderSvg.js';

/** What `select` and `focus` handlers receive. */
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

/** What `zoom` handlers receive. */
export interface TimelineZoomEvent {
  readonly type: 'zoom';
  /** The visible time range. */
  readonly domain: readonly [Date, Date];
  /** Zoom factor against the whole timeline (1 = everything in view). */
  readonly k: number;
}

export interface TimelineEventMap {
  select: TimelineItemEvent;
  focus: TimelineItemEvent;
  zoom: TimelineZoomEvent;
}

/** Options of {@link createTimeline}: those of `renderSvg` plus the data and interaction settings. */
export interface InteractiveOptions extends SvgOptions {
  /** The events: an array, or `{ title?, locale?, events }`, as `parseTimeline` takes. */
  data: unknown;
  /** Wheel, drag, pinch and +/- zoom on the time axis. Default true. */
  zoom?: boolean;
  /** Tooltips on hover and keyboard focus. Default true. */
  tooltip?: boolean;
  /** Animate `update`. Default true, and always off when the reader prefers reduced motion. */
  animate?: boolean;
}

/** A live timeline in the page. */
export interface InteractiveTimeline {
  /** The `<svg>` it draws into. */
  readonly svg: SVGSVGElement;
  /** The visible time range. */
  readonly domain: readonly [Date, Date];
  /** New events (array or `{ events }`) or new options; re-lays out, keyed by event id. */
  update(eventsOrOptions: unknown): InteractiveTimeline;
  /** Listens for `select` (Enter, Space, click), `focus` (keyboard or pointer) and `zoom`. */
  on<K extends keyof TimelineEventMap>(type: K, handler: (e: TimelineEventMap[K]) => void): InteractiveTimeline;
  off<K extends keyof TimelineEventMap>(type: K, handler: (e: TimelineEventMap[K]) => void): InteractiveTimeline;
  /** Shows the range `start`…`end` (clamped to the data and to about a day). */
  zoomTo(start: Date | number, end: Date | number): InteractiveTimeline;
  /** Shows every event again. */
  resetZoom(): InteractiveTimeline;
  /** Removes every listener, the tooltip and (for `createTimeline`) the drawing. */
  destroy(): void;
}
