import type { TimelineEvent } from '../model/types.js';
import { formatEventDate } from './formatEventDate.js';
import { formatCount } from './formatCount.js';
import { getLocaleSpec } from './locales.js';

/**
 * What a drawing shows, in a sentence for its `<desc>`: how many events and from when
 * to when, "9 events: 1948 – July 2024" (Arabic «9 أحداث: 1948 – يوليو 2024»). It ends
 * at the event that ends last, which need not be the one that starts last.
 *
 * @param events the events, in order of start
 * @param ends each event's end (UTC ms), in the same order
 * @example
 * ```ts
 * describeEvents(vis.events, vis.ends, 'en') // '9 events: 1948 – July 2024'
 * ```
 */
export function describeEvents(events: readonly TimelineEvent[], ends: ArrayLike<number>, locale: string): string {
  const spec = getLocaleSpec(locale);
  const count = formatCount(events.length, locale);
  if (events.length === 0) return count;
  const first = events[0]!;
  let last = 0;
  for (let i = 1; i < ends.length; i++) if (ends[i]! > ends[last]!) last = i;
  const lastEvent = events[last]!;
  const from = formatEventDate(first.date, locale);
  const to = formatEventDate(lastEvent.end ?? lastEvent.date, locale);
  return from === to ? `${count}: ${from}` : `${count}: ${from}${spec.rangeSeparator}${to}`;
}
