/**
 * What keyboard focus needs to know about a focusable thing on the axis: an event or a
 * cluster of events.
 */
export interface FocusItem {
  /** Unique among events and clusters together: see {@link eventKey} and {@link clusterKey}. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** Ids of the events it shows, in time order: itself for an event, the members for a cluster. */
  readonly members: readonly string[];
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

/**
 * Where focus goes after a redraw (zoom, update), given what had it before: the same
 * item if it is still drawn; else what now shows its first event (a cluster opened by
 * zooming lands on its first member, an event folded into a cluster on that cluster);
 * else the item nearest in time. `undefined` only when nothing is drawn.
 *
 * @example
 * ```ts
 * const cluster = { key: clusterKey('c-1'), start: 0, end: 9, members: ['a', 'b'] };
 * const a = { key: eventKey('a'), start: 0, end: 1, members: ['a'] };
 * focusTarget([a], cluster) // 'event:a'
 * ```
 */
export function focusTarget(items: readonly FocusItem[], previous: FocusItem | undefined): string | undefined {
  if (items.length === 0) return undefined;
  if (!previous) return items[0]!.key;
  const same = items.find((i) => i.key === previous.key);
  if (same) return same.key;
  const first = previous.members[0];
  const showing = first === undefined ? undefined : items.find((i) => i.members.includes(first));
  if (showing) return showing.key;
  let best = items[0]!;
  for (const i of items) if (Math.abs(i.start - previous.start) < Math.abs(best.start - previous.start)) best = i;
  return best.key;
}
