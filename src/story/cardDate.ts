import { formatEventDate } from '../format/formatEventDate.js';
import { getLocaleSpec } from '../format/locales.js';
import { openDatePhrase } from '../format/openEnds.js';
import type { EventDate, TimelineEvent } from '../model/types.js';

/** One side of a card's date: its text, and the `<time datetime>` value when it has one. */
export interface DatePart {
  readonly text: string;
  readonly datetime?: string;
}

/**
 * An event's date as its card writes it: one part, or two with the language's range
 * separator between them. An open date reads as the timeline's label does ("since
 * February 2022", "until 1950", "24 February 2022 – ?"): its words are parts of their
 * own around the date, with no separator.
 *
 * @example
 * ```ts
 * cardDate(event, 'en') // { parts: [{ text: 'since ' }, { text: 'February 2022', datetime: '2022-02' }], separator: '' }
 * ```
 */
export function cardDate(event: TimelineEvent, locale: string): { parts: readonly DatePart[]; separator: string } {
  const separator = getLocaleSpec(locale).rangeSeparator;
  const part = (date: EventDate): DatePart => {
    const datetime = machineDate(date);
    return datetime === undefined ? { text: formatEventDate(date, locale) } : { text: formatEventDate(date, locale), datetime };
  };
  const date = part(event.date);
  if (event.end) return { parts: [date, part(event.end)], separator };
  const open = openDatePhrase(event, locale);
  if (open) {
    const datetime = machineDate(event.date);
    const words = [
      { text: open.before },
      datetime === undefined ? { text: open.date } : { text: open.date, datetime },
      { text: open.after },
    ];
    return { parts: words.filter((p) => p.text !== ''), separator: '' };
  }
  return { parts: [date], separator };
}

/**
 * The date as HTML's `<time datetime>` writes it, at its precision (`1948`, `2000-07`,
 * `2024-06-19`); none where HTML has no form for it (seasons, decades, centuries, years
 * before 1) or where the date is approximate or uncertain, which a machine-readable
 * value would state as certain.
 *
 * @example
 * ```ts
 * machineDate(parseEdtf('2000-07')) // '2000-07'
 * machineDate(parseEdtf('1950~'))   // undefined
 * ```
 */
export function machineDate(date: EventDate): string | undefined {
  if (date.approximate || date.uncertain || date.year < 1) return undefined;
  const year = String(date.year).padStart(4, '0');
  const two = (n: number | undefined) => String(n ?? 1).padStart(2, '0');
  switch (date.precision) {
    case 'year':
      return year;
    case 'month':
      return `${year}-${two(date.month)}`;
    case 'day':
      return `${year}-${two(date.month)}-${two(date.day)}`;
    default:
      return undefined;
  }
}
