import { bisector } from 'd3';

/**
 * What keyboard focus needs to know about a focusable thing on the axis: an event or a
 * cluster of events.
 */
export interface FocusItem {
  /** Unique among events and clusters together: see {@link eventKey} and {@link clusterKey}. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /**
   * Position of its (first) event in the timeline's time order. What is drawn splits the
   * visible events into runs in that order, so items sorted by `first` are in time order
   * and each shows the visible events from its `first` up to the next item's.
   */
  readonly first: number;
  /**
   * The lane it is drawn in, when the timeline is drawn in lanes. Items then go lane by
   * lane, each lane's in time order, and what is said above of time order holds within each lane.
   */
  readonly lane?: number;
}

/**
 * The key of an event. Event ids come from data and can be any text, including what a
 * cluster's key looks like, so each kind gets its own prefix and the two never meet.
 *
 * @example
 * ```ts
 * eventKey('cluster:c-1x') !== clusterKey('c-1x') // true
 * ```
 */
export const eventKey = (id: string): string => `event:${id}`;

/**
 * The key of a cluster (see {@link eventKey}).
 *
 * @example
 * ```ts
 * clusterKey('c-1x') // 'cluster:c-1x'
 * ```
 */
export const clusterKey = (id: string): string => `cluster:${id}`;

const byFirst = /*#__PURE__*/ bisector((i: FocusItem) => i.first);
const byStart = /*#__PURE__*/ bisector((i: FocusItem) => i.start);
const byLane = /*#__PURE__*/ bisector((i: FocusItem) => i.lane ?? -1);

/** The item whose start is nearest `t` (the first of equals), whatever order the items are in. */
function nearest(items: readonly FocusItem[], t: number): FocusItem {
  return items.reduce((best, i) => (Math.abs(i.start - t) < Math.abs(best.start - t) ? i : best));
}

/**
 * Where focus goes after a redraw (zoom, update), given what had it before: the same
 * item if it is still drawn; else what now shows its first event (a cluster opened by
 * zooming lands on its first member, an event folded into a cluster on that cluster);
 * else the item nearest in time. `undefined` only when nothing is drawn.
 *
 * `items` must be sorted by `first` (in lanes: by lane, then by `first`); `shown(position)` tells whether the event at that
 * position is visible now. Binary searches: O(log items).
 *
 * @example
 * ```ts
 * const cluster = { key: clusterKey('c-1'), start: 0, end: 9, first: 0 };
 * const a = { key: eventKey('a'), start: 0, end: 1, first: 0 };
 * focusTarget([a], cluster, () => true) // 'event:a'
 * ```
 */
export function focusTarget(
  all: readonly FocusItem[],
  previous: FocusItem | undefined,
  shown: (position: number) => boolean,
): string | undefined {
  if (all.length === 0) return undefined;
  if (!previous) return all[0]!.key;
  // In lanes, focus stays in its lane while that shows anything; else it goes to what is nearest in time in any lane.
  const items = previous.lane === undefined ? all : all.slice(byLane.left(all, previous.lane), byLane.right(all, previous.lane));
  if (items.length === 0) return nearest(all, previous.start).key;
  // The item that holds the previous one's first event: the last to begin at or before it.
  const holder = items[byFirst.right(items, previous.first) - 1];
  if (holder && (holder.key === previous.key || shown(previous.first))) return holder.key;
  const i = byStart.left(items, previous.start);
  const after = items[i];
  const before = items[i - 1];
  if (!before) return after!.key;
  if (after && after.start - previous.start < previous.start - before.start) return after.key;
  // Of items that begin together, the first.
  return items[byStart.left(items, before.start)]!.key;
}
