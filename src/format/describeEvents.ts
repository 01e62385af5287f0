import type { TimelineEvent } from '../model/types.js';
import { formatEventDate } from './formatEventDate.js';
import { formatCount } from './formatCount.js';
import { getLocaleSpec } from './locales.js';
import { openPhrase, type DatePhrase } from './openEnds.js';

/**
 * What a drawing shows, in a sentence for its `<desc>`: how many events and from when
 * to when, "9 events: 1948 – July 2024" (Arabic «9 أحداث: 1948 – يوليو 2024»). The layout
 * finds the first event and the one that ends last (which need not be the one that starts
 * last) from its index; this only words them.
 *
 * @param count how many events are drawn
 * @param first the event that starts first
 * @param last the event that ends last
 * @example
 * ```ts
 * describeEvents(9, dprkFounded, trainsResume, 'en') // '9 events: 1948 – July 2024'
 * ```
 */
export function describeEvents(count: number, first: TimelineEvent | undefined, last: TimelineEvent | undefined, locale: string): string {
  const spec = getLocaleSpec(locale);
  const words = formatCount(count, locale);
  if (count === 0 || !first || !last) return words;
  // An event from an indefinite past, or one still going on, leaves that side of the range open.
  const openStart = first.openStart === 'open' && !first.end;
  const openEnd = last.openEnd === 'ongoing' && !last.end;
  const said = (p: DatePhrase) => `${words}: ${p.before}${p.date}${p.after}`;
  if (openStart && openEnd) return words;
  if (openEnd) return said(openPhrase(first.date, 'since', locale));
  if (openStart) return said(openPhrase(last.end ?? last.date, 'until', locale));
  const from = formatEventDate(first.date, locale);
  const to = formatEventDate(last.end ?? last.date, locale);
  return from === to ? `${words}: ${from}` : `${words}: ${from}${spec.rangeSeparator}${to}`;
}
