// The zoom as numbers: which time range a d3-zoom transform shows, the transform that
// shows a given range, and the limits a zoom keeps to. Pure, so it is tested in Node;
// the controller only hands these numbers to d3-zoom and back.
import { bisectLeft } from 'd3';
import { latestEndedBy, type SortedEvents } from '../layout/sortedEvents.js';
import { timeScale } from '../layout/timeScale.js';
import type { TimelineGeometry } from '../layout/types.js';

/** Closest zoom: about a day across the whole axis. */
export const MIN_SPAN = 86_400_000;

/**
 * How much of a time's size the narrowest view keeps: 2^-43. A time t is a double, held
 * to t·2^-52; a zoom transform holds the view's place to a few such steps of the frame's
 * size. A view 2^9 = 512 of them wide lands within 0.35% of its width of where it was
 * asked (measured at most 3 px of a 1000 px axis). For every timeline within ±24 billion
 * years of 1970 (2^43 days) this is at most a day, so the day limit holds: 13.8 billion
 * years down to one day of 1969 on one axis, that day placed to within about two minutes.
 * Beyond, a day would be placed to 7 px at 100 billion years, so the limit grows.
 */
const PRECISION_SPAN = 2 ** -43;

/**
 * The narrowest view of a frame: a day ({@link MIN_SPAN}), or for a frame so far out in deep
 * time that a day is below what its numbers can place, the narrowest span they place to a
 * few pixels (see `PRECISION_SPAN`): about 41 days for a frame reaching a trillion years
 * from 1970.
 *
 * @example
 * ```ts
 * minSpan({ domain: [0, 1e12], range: [0, 100], axis: 'x' })           // 86400000: a day
 * minSpan({ domain: [-3.16e22, 0], range: [0, 100], axis: 'x' }) / 86400000 // ≈ 41
 * ```
 */
export function minSpan(frame: ZoomFrame): number {
  return Math.max(MIN_SPAN, Math.max(Math.abs(frame.domain[0]), Math.abs(frame.domain[1])) * PRECISION_SPAN);
}

/**
 * The unzoomed view that every zoom is relative to: the full time range, where its ends
 * lie along the axis (px; reversed in a right-to-left timeline) and which screen axis
 * zooms.
 */
export interface ZoomFrame {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  readonly axis: 'x' | 'y';
}

/**
 * A zoom as d3-zoom keeps it, along the axis that zooms: a point at `u` px of the
 * unzoomed view is drawn at `k * u + offset`.
 */
export interface ZoomState {
  readonly k: number;
  readonly offset: number;
}

/**
 * The frame of an unzoomed layout: its axis domain (the `domain` option when given, else
 * the data's range) laid along its axis line.
 *
 * @example
 * ```ts
 * zoomFrame(layoutTimeline(timeline, { width: 800 })).range // [16, 784]
 * ```
 */
export function zoomFrame(g: TimelineGeometry): ZoomFrame {
  const a = g.axis;
  const vertical = g.orientation === 'vertical';
  const range: [number, number] = vertical ? [a.y1, a.y2] : g.direction === 'ltr' ? [a.x1, a.x2] : [a.x2, a.x1];
  return { domain: [a.domain[0], a.domain[1]], range, axis: vertical ? 'y' : 'x' };
}

/**
 * How far the view may zoom: out to the whole frame, in to about a day ({@link minSpan}).
 *
 * @example
 * ```ts
 * scaleExtent({ domain: [0, 10 * MIN_SPAN], range: [0, 100], axis: 'x' }) // [1, 10]
 * ```
 */
export function scaleExtent(frame: ZoomFrame): [number, number] {
  return [1, Math.max(1, (frame.domain[1] - frame.domain[0]) / minSpan(frame))];
}

/**
 * The offset nearest to `offset` that keeps the zoomed axis covering the frame's range,
 * so panning stops at the first and last instant of the data.
 *
 * @example
 * ```ts
 * clampOffset({ domain: [0, 1], range: [0, 100], axis: 'x' }, 2, 50) // 0: no gap left of the data
 * ```
 */
export function clampOffset(frame: ZoomFrame, k: number, offset: number): number {
  const lo = Math.min(frame.range[0], frame.range[1]);
  const hi = Math.max(frame.range[0], frame.range[1]);
  return Math.min(lo * (1 - k), Math.max(hi * (1 - k), offset));
}

/**
 * The time range (UTC ms, earlier first) a zoom shows along the frame's range.
 *
 * @example
 * ```ts
 * visibleDomain({ domain: [0, 1000], range: [0, 100], axis: 'x' }, { k: 2, offset: -100 }) // [500, 1000]
 * ```
 */
export function visibleDomain(frame: ZoomFrame, state: ZoomState): [number, number] {
  // As d3's rescaleX does: the unzoomed positions now drawn at the ends of the range.
  const base = timeScale(frame.domain, frame.range);
  const a = base.invert((frame.range[0] - state.offset) / state.k);
  const b = base.invert((frame.range[1] - state.offset) / state.k);
  return [Math.min(a, b), Math.max(a, b)];
}

/**
 * The zoom that shows `start`…`end` (any order): `start` at the beginning of the axis, and
 * never less than {@link minSpan}. d3-zoom then clamps it to the frame.
 *
 * @example
 * ```ts
 * stateFor({ domain: [0, 4 * MIN_SPAN], range: [0, 100], axis: 'x' }, MIN_SPAN, 3 * MIN_SPAN) // { k: 2, offset: -50 }
 * ```
 */
export function stateFor(frame: ZoomFrame, start: number, end: number): ZoomState {
  const a = Math.min(start, end);
  const span = Math.max(Math.abs(end - start), minSpan(frame));
  const k = (frame.domain[1] - frame.domain[0]) / span;
  const base = timeScale(frame.domain, frame.range);
  return { k, offset: frame.range[0] - k * base(a) };
}

/**
 * The range {@link stateFor} shows once clamped to the frame as d3-zoom clamps it (the
 * span kept, the window slid inside), for a timeline drawn without d3-zoom (`zoom: false`).
 *
 * @example
 * ```ts
 * clampedDomain({ domain: [0, 10 * MIN_SPAN], range: [0, 100], axis: 'x' }, -MIN_SPAN, MIN_SPAN) // [0, 2 * MIN_SPAN]
 * ```
 */
export function clampedDomain(frame: ZoomFrame, start: number, end: number): [number, number] {
  const [f0, f1] = frame.domain;
  const span = Math.min(Math.max(Math.abs(end - start), minSpan(frame)), f1 - f0);
  const a = Math.min(Math.max(Math.min(start, end), f0), f1 - span);
  return [a, a + span];
}

/**
 * The range `factor` times as long as `visible`, centred on `centre`: the +/- keys zoom
 * around the focused item.
 *
 * @example
 * ```ts
 * zoomAround([0, 100], 50, 0.5) // [25, 75]
 * ```
 */
export function zoomAround(visible: readonly [number, number], centre: number, factor: number): [number, number] {
  const half = ((visible[1] - visible[0]) / 2) * factor;
  return [centre - half, centre + half];
}

/**
 * Where the arrow keys go past the edge of a zoomed view: the first event that starts at
 * or after its end (`step` 1), or the last one to start among those over by its start
 * (`step` -1), and the range of the same length centred on that event's start. Binary
 * searches in the timeline's index: O(log n), however many events lie beyond.
 *
 * @returns its position in time order and the range to show, or `undefined` when no event lies beyond.
 * @example
 * ```ts
 * const next = panTarget(sortedEvents(timeline.events), visible, 1);
 * if (next) zoomTo(...next.domain);
 * ```
 */
export function panTarget(
  sorted: SortedEvents,
  visible: readonly [number, number],
  step: 1 | -1,
): { position: number; domain: [number, number] } | undefined {
  const [a, b] = visible;
  const position = step > 0 ? bisectLeft(sorted.starts, b) : latestEndedBy(sorted, a);
  if (position < 0 || position >= sorted.starts.length) return undefined;
  return centredOn(sorted, position, visible);
}

/** Event `position` with a range of the view's length centred on its start. */
function centredOn(
  sorted: SortedEvents,
  position: number,
  [a, b]: readonly [number, number],
): { position: number; domain: [number, number] } {
  // Its own date: an event from an indefinite past starts at no instant.
  const start = sorted.events[position]!.date.start;
  const half = (b - a) / 2;
  return { position, domain: [start - half, start + half] };
}

/**
 * Where Home (`step` -1) and End (1) go in a zoomed view: to the first or the last event
 * of the timeline, not of the view, in a range of the view's length centred on its start.
 *
 * @returns its position in time order and the range to show, or `undefined` when the view already shows its start.
 * @example
 * ```ts
 * const first = edgeTarget(sortedEvents(timeline.events), visible, -1);
 * ```
 */
export function edgeTarget(
  sorted: SortedEvents,
  visible: readonly [number, number],
  step: 1 | -1,
): { position: number; domain: [number, number] } | undefined {
  const n = sorted.events.length;
  if (n === 0) return undefined;
  const position = step > 0 ? n - 1 : 0;
  const start = sorted.events[position]!.date.start;
  return start >= visible[0] && start <= visible[1] ? undefined : centredOn(sorted, position, visible);
}
