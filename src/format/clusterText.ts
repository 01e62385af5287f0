import { formatCount } from './formatCount.js';
import { formatEventDate, formatYear } from './formatEventDate.js';
import { formatPattern } from './formatPattern.js';
import { localDigits } from './localeTag.js';
import { baseLanguage, getLocaleSpec, monthTags } from './locales.js';
import { openPhrase, type DatePhrase } from './openEnds.js';
import type { EventDate } from '../model/types.js';
import { civilBefore, civilOfMs } from '../model/civilCalendar.js';

/** Languages whose lists are separated by the Arabic comma. */
const ARABIC_COMMA = new Set(['ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb']);

/** A stand-in date for the formatter, which reads only the calendar fields and the precision. */
function at(precision: 'month' | 'day', c: { year: number; month: number; day: number }): EventDate {
  return { year: c.year, month: c.month, day: c.day, precision, approximate: false, uncertain: false, start: 0, end: 0, edtf: '' };
}

/**
 * The time a group of events covers, as coarsely as tells it apart: years when it
 * crosses a new year ("1969 – 1971"), a whole year alone ("1948"), months within a year
 * ("March – June 2024", "June 2024"), days within a month ("3 – 19 June 2024").
 *
 * @param start first instant (UTC ms)
 * @param end first instant after the group (UTC ms, exclusive)
 * @example
 * ```ts
 * clusterSpanText(Date.UTC(1969, 0, 1), Date.UTC(1972, 0, 1), 'en') // '1969 – 1971'
 * ```
 */
export function clusterSpanText(start: number, end: number, locale: string): string {
  const spec = getLocaleSpec(locale);
  const sep = spec.rangeSeparator;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return openSpanText(start, end, locale);
  const a = civilOfMs(start);
  const b = end > start ? civilBefore(end) : a;
  if (a.year !== b.year) {
    const from = formatYear(a.year, locale);
    const to = formatYear(b.year, locale);
    // Counts of years are rounded to their round digits; two that round alike are written to the year.
    return from === to ? `${formatYear(a.year, locale, 1)}${sep}${formatYear(b.year, locale, 1)}` : `${from}${sep}${to}`;
  }
  const e = civilOfMs(end);
  if (a.month === 1 && a.day === 1 && e.month === 1 && e.day === 1) return formatYear(a.year, locale);
  // Where the language writes the month (or day) first, the shared tail is written once:
  // "March – June 2024", "3 – 19 June 2024"; elsewhere both ends are written in full.
  if (a.month !== b.month) {
    const first = spec.month.startsWith('L')
      ? formatPattern('LLLL', a.month, 1, monthTags(locale))
      : formatEventDate(at('month', a), locale);
    return `${first}${sep}${formatEventDate(at('month', b), locale)}`;
  }
  if (a.day === 1 && e.day === 1) return formatEventDate(at('month', a), locale);
  if (a.day === b.day) return formatEventDate(at('day', a), locale);
  const first = spec.day.startsWith('d') ? localDigits(String(a.day), locale) : formatEventDate(at('day', a), locale);
  return `${first}${sep}${formatEventDate(at('day', b), locale)}`;
}

/**
 * A group with an event still going on (its end `Infinity`) or one from an indefinite
 * past (its start `-Infinity`): "since 1969", "until 1971", in years.
 */
function openSpanText(start: number, end: number, locale: string): string {
  const year = (y: number): EventDate => ({ year: y, precision: 'year', approximate: false, uncertain: false, start: 0, end: 0, edtf: '' });
  const words = (p: DatePhrase) => p.before + p.date + p.after;
  if (Number.isFinite(start)) return words(openPhrase(year(civilOfMs(start).year), 'since', locale));
  if (Number.isFinite(end)) return words(openPhrase(year(civilBefore(end).year), 'until', locale));
  return `…${getLocaleSpec(locale).rangeSeparator}…`;
}

/**
 * What a cluster says: "37 events" and its span, and both together as its accessible name,
 * "37 events, 1969 – 1971" (Arabic «37 حدثًا، 1969 – 1971», «100 حدث، 1969 – 1971»).
 *
 * @example
 * ```ts
 * clusterText(37, Date.UTC(1969, 0, 1), Date.UTC(1972, 0, 1), 'en').ariaLabel // '37 events, 1969 – 1971'
 * ```
 */
export function clusterText(count: number, start: number, end: number, locale: string): { count: string; span: string; ariaLabel: string } {
  const countText = formatCount(count, locale);
  const span = clusterSpanText(start, end, locale);
  const comma = ARABIC_COMMA.has(baseLanguage(locale)) ? '، ' : ', ';
  return { count: countText, span, ariaLabel: `${countText}${comma}${span}` };
}
