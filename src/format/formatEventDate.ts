import type { EventDate } from '../model/types.js';
import { formatPattern } from './formatPattern.js';
import { localDigits } from './localeTag.js';
import { getLocaleSpec, monthTags, type LocaleSpec } from './locales.js';

/**
 * Writes an astronomical year the way readers count: 1948 → "1948", 0 → "1 BCE",
 * -43 → "44 BCE".
 *
 * @example
 * ```ts
 * formatYear(-43, 'en') // '44 BCE'
 * ```
 */
export function formatYear(year: number, locale: string): string {
  return localDigits(latinYear(year, locale), locale);
}

function latinYear(year: number, locale: string): string {
  return year >= 1 ? String(year) : getLocaleSpec(locale).bce(1 - year);
}

/** Month names come from Intl; the year is written by eventline (BCE, year 0, two-digit years). */
function formatWithYear(pattern: string, year: number, month: number, day: number, locale: string): string {
  return formatPattern(pattern, month, day, monthTags(locale)).replace('{Y}', latinYear(year, locale));
}

function bare(date: EventDate, spec: LocaleSpec, locale: string): string {
  switch (date.precision) {
    case 'day':
      return formatWithYear(spec.day, date.year, date.month ?? 1, date.day ?? 1, locale);
    case 'month':
      return formatWithYear(spec.month, date.year, date.month ?? 1, 1, locale);
    case 'season': {
      const name = spec.seasons[((date.season ?? 21) - 21) % 4]!;
      return `${name} ${latinYear(date.year, locale)}`;
    }
    // EDTF refuses negative decades and centuries; 000X and 00XX start at year 0, and
    // are named as the decade and century they mostly are, not as the year 1 BCE.
    case 'decade':
      return date.year >= 0 ? spec.decade(date.year) : latinYear(date.year, locale);
    case 'century':
      return date.year >= 0 ? spec.century(date.year) : latinYear(date.year, locale);
    default:
      return latinYear(date.year, locale);
  }
}

/**
 * Writes a date at exactly the precision it was given: "1948", "July 2000",
 * "19 June 2024"; Arabic "يوليو 2000"; with EDTF qualifiers as "c. 1948" or "1948?".
 * Digits are those of the locale tag's numbering system (`ar-u-nu-arab`: «يوليو ٢٠٠٠»).
 *
 * @example
 * ```ts
 * formatEventDate(parseEdtf('2000-07'), 'ar') // 'يوليو 2000'
 * formatEventDate(parseEdtf('1948'), 'en')    // '1948'
 * ```
 */
export function formatEventDate(date: EventDate, locale: string): string {
  const spec = getLocaleSpec(locale);
  let text = bare(date, spec, locale);
  if (date.approximate) text = spec.approximate(text);
  if (date.uncertain) text = spec.uncertain(text);
  return localDigits(text, locale);
}

/**
 * Writes an event's date, or its range when it has an end: "1950 – 1953".
 *
 * @example
 * ```ts
 * formatEventSpan(parseEdtf('1950'), parseEdtf('1953'), 'en') // '1950 – 1953'
 * ```
 */
export function formatEventSpan(date: EventDate, end: EventDate | undefined, locale: string): string {
  const first = formatEventDate(date, locale);
  if (!end) return first;
  return first + getLocaleSpec(locale).rangeSeparator + formatEventDate(end, locale);
}

/**
 * Granularity of axis ticks.
 *
 * @example
 * ```ts
 * formatTick(Date.UTC(2024, 5), 'month' satisfies TickUnit, 'en') // 'Jun'
 * ```
 */
export type TickUnit = 'year' | 'month' | 'day';

/**
 * Axis tick label. A month or day tick that falls on 1 January shows the year instead;
 * `withYear` adds the year to any other (the axis uses it on its first tick when no
 * tick falls on a new year, so a reader always has a year in view).
 *
 * @example
 * ```ts
 * formatTick(Date.UTC(2024, 5, 1), 'month', 'en')       // 'Jun'
 * formatTick(Date.UTC(2024, 5, 1), 'month', 'en', true) // 'Jun 2024'
 * ```
 */
export function formatTick(ms: number, unit: TickUnit, locale: string, withYear = false): string {
  const spec = getLocaleSpec(locale);
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  if (unit === 'year' || (month === 1 && day === 1)) return formatYear(year, locale);
  const pattern = unit === 'month' ? (withYear ? spec.tickMonthYear : spec.tickMonth) : withYear ? spec.tickDayYear : spec.tickDay;
  return localDigits(formatWithYear(pattern, year, month, day, locale), locale);
}
