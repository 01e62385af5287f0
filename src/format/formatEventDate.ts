import type { EventDate } from '../model/types.js';
import { formatPattern } from './formatPattern.js';
import { localDigits } from './localeTag.js';
import { getLocaleSpec, monthTags, type LocaleSpec } from './locales.js';
import { formatYearsAgo, isDeepYear, yearNumber, yearUnit } from './deepYears.js';
import { civilOfMs } from '../model/civilCalendar.js';

/**
 * Writes an astronomical year the way readers count: 1948 → "1948", 79 → "79 CE",
 * 0 → "1 BCE", -43 → "44 BCE"; a million years or more from the present as a count of years,
 * "13.8 billion years ago", when it is known to four digits or fewer (see
 * {@link formatYearsAgo}).
 *
 * @param unit for such a count, the power of ten the year is known to; by default the
 *   round digits it is written with (-13800000000: 13.8 billion)
 * @example
 * ```ts
 * formatYear(-43, 'en') // '44 BCE'
 * formatYear(-66_000_000, 'en') // '66 million years ago'
 * ```
 */
export function formatYear(year: number, locale: string, unit?: number): string {
  return localDigits(deepYear(year, unit ?? yearUnit(year), locale) ?? latinYear(year, locale), locale);
}

/** A year a million years or more from the present as a count of years, when that reads better than the year. */
function deepYear(year: number, unit: number, locale: string): string | undefined {
  return isDeepYear(year) ? formatYearsAgo(year, unit, locale) : undefined;
}

function latinYear(year: number, locale: string, grouped?: boolean): string {
  if (year >= 1000) return yearNumber(year, locale, grouped);
  if (year >= 1) {
    // "79" alone reads as any number, and beside "44 BCE" as either era.
    const ce = getLocaleSpec(locale).ce;
    return ce ? ce(year) : yearNumber(year, locale, grouped);
  }
  const n = 1 - year;
  // A spec's `bce` takes the number; a year of seven digits or more is then grouped in its text.
  return getLocaleSpec(locale)
    .bce(n)
    .replace(String(n), yearNumber(n, locale, grouped));
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
      return deepYear(date.year, yearUnit(date.year, date.significantDigits), locale) ?? latinYear(date.year, locale);
  }
}

/**
 * Writes a date at exactly the precision it was given: "1948", "July 2000",
 * "19 June 2024"; Arabic "يوليو 2000"; with EDTF qualifiers as "c. 1948" or "1948?"; deep
 * time as a count of years, "13.8 billion years ago", «قبل 13.8 مليار سنة».
 * Digits are those of the locale tag's numbering system (`ar-u-nu-arab`: «يوليو ٢٠٠٠»).
 *
 * @example
 * ```ts
 * formatEventDate(parseEdtf('2000-07'), 'ar') // 'يوليو 2000'
 * formatEventDate(parseEdtf('1948'), 'en')    // '1948'
 * ```
 */
export function formatEventDate(date: EventDate, locale: string): string {
  return formatDateWith(date, locale, getLocaleSpec(locale));
}

/**
 * {@link formatEventDate} with the language's patterns given: a phrase around a date may
 * need another form of it (Russian "с февраля 2022 г." takes the month inside a date).
 *
 * @internal
 * @example
 * ```ts
 * formatDateWith(parseEdtf('2022-02'), 'ru', { ...getLocaleSpec('ru'), month: "MMMM '{Y}'" }) // 'февраля 2022'
 * ```
 */
export function formatDateWith(date: EventDate, locale: string, spec: LocaleSpec): string {
  let text = bare(date, spec, locale);
  if (date.approximate) text = spec.approximate(text);
  if (date.uncertain) text = spec.uncertain(text);
  return localDigits(text, locale);
}

/** The day number a date written day first begins with, in any digits. */
const LEADING_DAY = /^\p{Nd}{1,2}(?!\p{Nd})/u;

/**
 * Writes an event's date, or its range when it has an end: "1950 – 1953".
 *
 * @example
 * ```ts
 * formatEventSpan(parseEdtf('1950'), parseEdtf('1953'), 'en') // '1950 – 1953'
 * formatEventSpan(parseEdtf('1968-12-21'), parseEdtf('1968-12-27'), 'en') // '21–27 December 1968'
 * ```
 */
export function formatEventSpan(date: EventDate, end: EventDate | undefined, locale: string): string {
  const first = formatEventDate(date, locale);
  if (!end) return first;
  const last = formatEventDate(end, locale);
  // Days of one month, where the language writes the day first, as newsrooms do:
  // "21–27 December 1968", «21–27 ديسمبر 1968», the month and year said once.
  if (date.precision === 'day' && end.precision === 'day') {
    const a = LEADING_DAY.exec(first)?.[0];
    const b = LEADING_DAY.exec(last)?.[0];
    if (a && b && a !== b && first.slice(a.length) === last.slice(b.length)) return `${a}–${last}`;
  }
  return first + getLocaleSpec(locale).rangeSeparator + last;
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
  const { year, month, day } = civilOfMs(ms);
  if (unit === 'year' || (month === 1 && day === 1)) return formatYear(year, locale);
  const pattern = unit === 'month' ? (withYear ? spec.tickMonthYear : spec.tickMonth) : withYear ? spec.tickDayYear : spec.tickDay;
  return localDigits(formatWithYear(pattern, year, month, day, locale), locale);
}

/**
 * Labels for ticks at round years `step` apart on an axis that reaches beyond the years of
 * a JS `Date`, all alike: when a tick lies a million years or more from the present and
 * every tick can be a count to the step's precision, all are counts ("10 billion years
 * ago", "in 500 thousand years"); otherwise all are years ("13,810,000,000 BCE" beside
 * "13,808,000,000 BCE", not beside "13.81 billion years ago"), grouped alike.
 *
 * @example
 * ```ts
 * formatYearTicks([-9_999_999_999, -4_999_999_999], 5e9, 'en') // ['10 billion years ago', '5 billion years ago']
 * ```
 */
export function formatYearTicks(years: readonly number[], step: number, locale: string): string[] {
  const unit = 10 ** Math.floor(Math.log10(Math.max(1, step)));
  if (years.some(isDeepYear)) {
    const counts = years.map((y) => formatYearsAgo(y, unit, locale));
    if (counts.every((c) => c !== undefined)) return counts.map((c) => localDigits(c!, locale));
  }
  const grouped = years.some((y) => (y >= 1 ? y : 1 - y) >= 1_000_000);
  return years.map((y) => localDigits(latinYear(y, locale, grouped), locale));
}
