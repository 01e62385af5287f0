import { bisectLeft, bisectRight } from 'd3';
import type { TimelineEvent } from '../model/types.js';
import { RangeMax } from './rangeMax.js';
import { timeOrder } from './timeOrder.js';

/**
 * A timeline's index: its events in time order, with what a zoom step needs to find the
 * visible ones by binary search instead of walking the events.
 */
export interface SortedEvents {
  /** Time order; ties keep input order. */
  readonly events: readonly TimelineEvent[];
  /** Where `events[i]` starts: `events[i].date.start`, or `-Infinity` for an indefinite past (`../1950`). */
  readonly starts: Float64Array;
  /** Where `events[i]` ends (exclusive): its `end` date's end, else its date's end; `Infinity` while it goes on (`2022-02/..`). */
  readonly ends: Float64Array;
  /** The same ends in ascending order: how many events are over by a time is one search. */
  readonly endsSorted: Float64Array;
  /** Maxima of `ends` over ranges of positions: the events still running into a window, a cluster's end. */
  readonly endTree: RangeMax;
  /** Categories in order of first appearance in time, so colours stay put while zooming. */
  readonly categories: readonly string[];
  readonly categoryIndex: ReadonlyMap<string, number>;
  /** Whether any event's date or end is approximate or uncertain: the legend then says how those look. */
  readonly anyApproximate: boolean;
  /** Whether any event has no category: beside categories, the legend then says how those look. */
  readonly anyUncategorized: boolean;
  /** From the first to the last instant of the dates the events give (open sides left out); `undefined` without events. */
  readonly known?: readonly [number, number];
}

/**
 * The events of one time window, as positions in the index: those that began before
 * the window and still run into it (`before` of them, at positions below `inside`, mixed
 * with events already over), then those that start in it (`inside` onwards, all shown).
 * Visible event `k` is the k-th of these. Found in O(log n); nothing is copied.
 */
export interface VisibleEvents {
  readonly sorted: SortedEvents;
  readonly domain: readonly [number, number];
  readonly count: number;
  readonly before: number;
  readonly inside: number;
}

/**
 * Sorting is the only O(n log n) step of a layout; a zooming view lays out the same
 * events again and again, so the order is kept per events array (never per time window).
 */
const cache = new WeakMap<readonly TimelineEvent[], SortedEvents>();

/**
 * Where an event ends (exclusive): never, for one still going on (`2022-02/..`), which
 * so reaches to the end of any view after its start.
 */
export function eventEnd(e: TimelineEvent): number {
  return e.openEnd === 'ongoing' && !e.end ? Infinity : (e.end ?? e.date).end;
}

/** Where an event starts: at no time, for one from an indefinite past (`../1950`), which so reaches back to the start of any view. */
export function eventStart(e: TimelineEvent): number {
  return e.openStart === 'open' && !e.end ? -Infinity : e.date.start;
}

/**
 * Whether an event's date (or its end) is approximate or uncertain (EDTF `~`, `?`, `%`).
 *
 * @example
 * ```ts
 * isApproximate(parseTimeline([{ date: '2020~', title: 'x' }]).events[0]) // true
 * ```
 */
export function isApproximate(e: TimelineEvent): boolean {
  return e.date.approximate || e.date.uncertain || (e.end !== undefined && (e.end.approximate || e.end.uncertain));
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
  // Each event's category as a number: the pass in time order below then reads no event,
  // where reading 100,000 of them out of the order they lie in memory was slow.
  const category = new Int32Array(n);
  const names: string[] = [];
  const numbers = new Map<string, number>();
  let anyApproximate = false;
  let anyUncategorized = false;
  let knownLo = Infinity;
  let knownHi = -Infinity;
  for (let i = 0; i < n; i++) {
    const ev = list[i]!;
    s[i] = eventStart(ev);
    e[i] = eventEnd(ev);
    ix[i] = ev.index;
    knownLo = Math.min(knownLo, ev.date.start);
    knownHi = Math.max(knownHi, (ev.end ?? ev.date).end);
    anyApproximate ||= isApproximate(ev);
    const name = ev.category;
    let c = -1;
    if (name !== undefined) {
      c = numbers.get(name) ?? -1;
      if (c < 0) {
        c = names.length;
        names.push(name);
        numbers.set(name, c);
      }
    }
    category[i] = c;
    anyUncategorized ||= c < 0;
  }
  const order = timeOrder(s, e, ix);
  const events = new Array<TimelineEvent>(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const categoryIndex = new Map<string, number>();
  const listed = new Uint8Array(names.length);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    events[k] = list[i]!;
    starts[k] = s[i]!;
    ends[k] = e[i]!;
    const c = category[i]!;
    if (c >= 0 && !listed[c]) {
      listed[c] = 1;
      categoryIndex.set(names[c]!, categoryIndex.size);
    }
  }
  const endsSorted = Float64Array.from(ends).sort();
  const known = n > 0 ? { known: [knownLo, knownHi] as const } : {};
  const sorted: SortedEvents = {
    events,
    starts,
    ends,
    endsSorted,
    endTree: new RangeMax(ends),
    categories: [...categoryIndex.keys()],
    categoryIndex,
    anyApproximate,
    anyUncategorized,
    ...known,
  };
  cache.set(list, sorted);
  return sorted;
}

/**
 * The events that overlap `[d0, d1)`, in time order: binary searches in the index, O(log n).
 *
 * @example
 * ```ts
 * visibleEvents(sortedEvents(timeline.events), [Date.UTC(1950, 0, 1), Date.UTC(1960, 0, 1)]).count
 * ```
 */
export function visibleEvents(sorted: SortedEvents, domain: readonly [number, number]): VisibleEvents {
  const [d0, d1] = domain;
  const inside = bisectLeft(sorted.starts, d0);
  const stop = Math.max(inside, bisectLeft(sorted.starts, d1));
  // Every event over by d0 began before it: the rest of those before `inside` still run.
  const before = inside - bisectRight(sorted.endsSorted, d0);
  return { sorted, domain: [d0, d1], count: before + stop - inside, before, inside };
}

const straddlerLists = new WeakMap<VisibleEvents, Int32Array>();

/** Positions of the events that began before the window and run into it, listed once per window. */
function straddlers(vis: VisibleEvents): Int32Array {
  let list = straddlerLists.get(vis);
  if (list) return list;
  list = new Int32Array(vis.before);
  const { endTree } = vis.sorted;
  for (let k = 0, p = -1; k < vis.before; k++) list[k] = p = endTree.firstAbove(p + 1, vis.inside, vis.domain[0]);
  straddlerLists.set(vis, list);
  return list;
}

/**
 * Position in the index of visible event `k`. O(1) for events that start in the window
 * and for the first and last of those that began before it; the others are listed once.
 *
 * @example
 * ```ts
 * vis.sorted.events[positionAt(vis, 0)] // the earliest visible event
 * ```
 */
export function positionAt(vis: VisibleEvents, k: number): number {
  if (k >= vis.before) return vis.inside + k - vis.before;
  if (k === 0) return vis.sorted.endTree.firstAbove(0, vis.inside, vis.domain[0]);
  if (k === vis.before - 1) return vis.sorted.endTree.lastAbove(0, vis.inside, vis.domain[0]);
  return straddlers(vis)[k]!;
}

/**
 * Every visible event's position, start and end: O(v), for layouts that look at each event.
 *
 * @example
 * ```ts
 * const { starts, ends } = listVisible(vis); // Float64Arrays of vis.count
 * ```
 */
export function listVisible(vis: VisibleEvents): { positions: Int32Array; starts: Float64Array; ends: Float64Array } {
  const positions = new Int32Array(vis.count);
  positions.set(straddlers(vis));
  for (let k = vis.before; k < vis.count; k++) positions[k] = vis.inside + k - vis.before;
  const starts = Float64Array.from(positions, (p) => vis.sorted.starts[p]!);
  const ends = Float64Array.from(positions, (p) => vis.sorted.ends[p]!);
  return { positions, starts, ends };
}

/**
 * Latest end among visible events `[from, to)`: one range maximum, since the events
 * over before the window that lie between them in the index end earlier still.
 *
 * @example
 * ```ts
 * visibleEnd(vis, 0, vis.count) // when the last visible event ends
 * ```
 */
export function visibleEnd(vis: VisibleEvents, from: number, to: number): number {
  return vis.sorted.endTree.max(positionAt(vis, from), positionAt(vis, to - 1) + 1);
}

/**
 * Start of the first visible event that starts after `t`, or undefined.
 *
 * @example
 * ```ts
 * nextVisibleStart(vis, vis.sorted.starts[positionAt(vis, 3)])
 * ```
 */
export function nextVisibleStart(vis: VisibleEvents, t: number): number | undefined {
  const { starts, endTree } = vis.sorted;
  let p = bisectRight(starts, t);
  if (p < vis.inside) {
    const running = endTree.firstAbove(p, vis.inside, vis.domain[0]);
    p = running >= 0 ? running : vis.inside;
  }
  return p < vis.inside + vis.count - vis.before ? starts[p] : undefined;
}

/** For each prefix of the events in order of their ends, the event in it that starts last. */
interface EndOrder {
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
  const latest = new Int32Array(n);
  let best = -1;
  byEnd.forEach((i, j) => {
    best = Math.max(best, i);
    latest[j] = best;
  });
  hit = { latest };
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
  return bisectRight(sorted.endsSorted, t);
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

/**
 * Runs of events that start together up to this long are read through for an id; longer
 * ones build the id map. Years of 100,000 events start a few hundred together on 1 January.
 */
const TIES_READ = 1024;

/**
 * {@link positionOf} for an event whose start (as {@link eventStart} gives it) is known, as
 * it is for everything drawn: a binary search, then a look along the events that start
 * then; the map of every id when it is there already, and built only when very many start
 * together (or the start was not the event's). A first render draws a few dozen events
 * and clusters out of as many as 100,000: building that map for them cost more than the
 * rest of the drawing.
 *
 * @example
 * ```ts
 * const sorted = sortedEvents(timeline.events);
 * positionNear(sorted, eventStart(event), event.id) === positionOf(sorted, event.id) // true
 * ```
 */
export function positionNear(sorted: SortedEvents, start: number, id: string): number | undefined {
  const map = positions.get(sorted);
  if (map) return map.get(id);
  const from = bisectLeft(sorted.starts, start);
  const to = bisectRight(sorted.starts, start, from);
  if (to - from <= TIES_READ) {
    for (let p = from; p < to; p++) if (sorted.events[p]!.id === id) return p;
  }
  return positionOf(sorted, id);
}
