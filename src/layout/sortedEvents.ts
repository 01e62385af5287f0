import type { TimelineEvent } from '../model/types.js';
import { bisectLeft, bisectRight } from 'd3';

/** A timeline's events in time order, with what a zoom step needs to find the visible ones fast. */
export interface SortedEvents {
  /** Time order; ties keep input order. */
  readonly events: readonly TimelineEvent[];
  /** `events[i].date.start`. */
  readonly starts: Float64Array;
  /** Where `events[i]` ends (exclusive): its `end` date's end, else its date's end. */
  readonly ends: Float64Array;
  /** Largest end among `events[0..i]`: events before the first index past a time all end by then. */
  readonly endsSoFar: Float64Array;
  /** Categories in order of first appearance in time, so colours stay put while zooming. */
  readonly categories: readonly string[];
  readonly categoryIndex: ReadonlyMap<string, number>;
}

/** The events of one time window, in time order. */
export interface VisibleEvents {
  readonly events: TimelineEvent[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/**
 * Sorting is the only O(n log n) step of a layout; a zooming view lays out the same
 * events again and again, so the order is kept per events array (never per time window).
 */
const cache = new WeakMap<readonly TimelineEvent[], SortedEvents>();

/** Where an event ends (exclusive). */
export function eventEnd(e: TimelineEvent): number {
  return (e.end ?? e.date).end;
}

/**
 * The events of a timeline sorted by start, then end, then input order, computed once
 * per events array.
 *
 * @example
 * ```ts
 * sortedEvents(timeline.events).events[0] // the earliest event
 * ```
 */
export function sortedEvents(list: readonly TimelineEvent[]): SortedEvents {
  const hit = cache.get(list);
  if (hit) return hit;
  const n = list.length;
  const s = new Float64Array(n);
  const e = new Float64Array(n);
  const ix = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ev = list[i]!;
    s[i] = ev.date.start;
    e[i] = eventEnd(ev);
    ix[i] = ev.index;
  }
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => s[a]! - s[b]! || e[a]! - e[b]! || ix[a]! - ix[b]!);
  const events = new Array<TimelineEvent>(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const endsSoFar = new Float64Array(n);
  const categoryIndex = new Map<string, number>();
  let most = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const ev = list[i]!;
    events[k] = ev;
    starts[k] = s[i]!;
    ends[k] = e[i]!;
    most = Math.max(most, e[i]!);
    endsSoFar[k] = most;
    if (ev.category !== undefined && !categoryIndex.has(ev.category)) categoryIndex.set(ev.category, categoryIndex.size);
  }
  const sorted: SortedEvents = { events, starts, ends, endsSoFar, categories: [...categoryIndex.keys()], categoryIndex };
  cache.set(list, sorted);
  return sorted;
}

/**
 * The events that overlap `[d0, d1)`, in time order. Binary searches skip those that
 * start after the window and those that ended before it; only events that start before
 * the window but may reach into it are checked one by one.
 *
 * @example
 * ```ts
 * visibleEvents(sortedEvents(timeline.events), [Date.UTC(1950, 0, 1), Date.UTC(1960, 0, 1)]).events
 * ```
 */
export function visibleEvents(sorted: SortedEvents, [d0, d1]: readonly [number, number]): VisibleEvents {
  const { starts, ends, endsSoFar } = sorted;
  const stop = bisectLeft(starts, d1);
  // endsSoFar is non-decreasing: before `first`, every event has ended by d0.
  let first = 0;
  let hi = stop;
  while (first < hi) {
    const mid = (first + hi) >>> 1;
    if (endsSoFar[mid]! <= d0) first = mid + 1;
    else hi = mid;
  }
  const events: TimelineEvent[] = [];
  const keep: number[] = [];
  for (let k = first; k < stop; k++) if (ends[k]! > d0) keep.push(k);
  const vs = new Float64Array(keep.length);
  const ve = new Float64Array(keep.length);
  keep.forEach((k, j) => {
    events.push(sorted.events[k]!);
    vs[j] = starts[k]!;
    ve[j] = ends[k]!;
  });
  return { events, starts: vs, ends: ve };
}

/** Ends in ascending order, and for each prefix of that order the event in it that starts last. */
interface EndOrder {
  readonly ends: Float64Array;
  /** Position (in time order) of the latest-starting event among the first `j + 1` to end. */
  readonly latest: Int32Array;
}

const endOrders = new WeakMap<SortedEvents, EndOrder>();
const positions = new WeakMap<SortedEvents, Map<string, number>>();

/** Built on first use: a static render never asks, a zooming view asks on every step. */
function endOrder(sorted: SortedEvents): EndOrder {
  let hit = endOrders.get(sorted);
  if (hit) return hit;
  const n = sorted.ends.length;
  const byEnd = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => sorted.ends[a]! - sorted.ends[b]! || a - b);
  const ends = Float64Array.from(byEnd, (i) => sorted.ends[i]!);
  const latest = new Int32Array(n);
  let best = -1;
  byEnd.forEach((i, j) => {
    best = Math.max(best, i);
    latest[j] = best;
  });
  hit = { ends, latest };
  endOrders.set(sorted, hit);
  return hit;
}

/**
 * How many events have ended by `t` (their end ≤ `t`). O(log n).
 *
 * @example
 * ```ts
 * endedBy(sortedEvents(timeline.events), Date.UTC(2000, 0, 1)) // events over before 2000
 * ```
 */
export function endedBy(sorted: SortedEvents, t: number): number {
  return bisectRight(endOrder(sorted).ends, t);
}

/**
 * Position (in time order) of the event that starts last among those that have ended by
 * `t`, or -1 when none has: the event just before a window that starts at `t`. O(log n).
 *
 * @example
 * ```ts
 * const sorted = sortedEvents(timeline.events);
 * sorted.events[latestEndedBy(sorted, visible[0])] // the last event left of the view
 * ```
 */
export function latestEndedBy(sorted: SortedEvents, t: number): number {
  const j = endedBy(sorted, t) - 1;
  return j < 0 ? -1 : endOrder(sorted).latest[j]!;
}

/**
 * Position (in time order) of the event with this id, or `undefined`.
 *
 * @example
 * ```ts
 * positionOf(sortedEvents(timeline.events), 'summit') // 41
 * ```
 */
export function positionOf(sorted: SortedEvents, id: string): number | undefined {
  let map = positions.get(sorted);
  if (!map) {
    map = new Map(sorted.events.map((e, i) => [e.id, i]));
    positions.set(sorted, map);
  }
  return map.get(id);
}
