import { readLocaleTag } from './localeTag.js';
import { getLocaleSpec, specLanguage } from './locales.js';
import { supportedTag } from './monthNames.js';

/**
 * The present that "years ago" counts from: 1950, as geology and archaeology count
 * "before present" (BP). A fixed year, not today: a drawing must not change with the
 * clock, and at the precision such counts are written (13.8 billion, 66 million) the
 * difference never shows.
 */
export const PRESENT_YEAR = 1950;

/**
 * From this many years before (or after) the present a year is written as a count,
 * "66 million years ago", instead of a year number. A million years: every year a JS `Date`
 * holds (to 271,820 BCE) keeps the plain form it always had ("250001 BCE"), and the count
 * starts where geology starts counting in millions (Ma).
 */
export const DEEP_YEARS = 1_000_000;

/**
 * Whether a year is written as a count of years from the present ({@link DEEP_YEARS}).
 *
 * @example
 * ```ts
 * isDeepYear(-13_800_000_000) // true
 * isDeepYear(-250_000)        // false: "250001 BCE"
 * ```
 */
export function isDeepYear(year: number): boolean {
  return Math.abs(PRESENT_YEAR - year) >= DEEP_YEARS;
}

/**
 * The power of ten a year is known to. Given significant digits (EDTF `S`), those; else
 * the round digits it was written with, as an astronomical year (`Y-13800000000`) or as
 * a BCE year (TimelineJS's `-13800000000` is the astronomical -13799999999): either way
 * the writer meant 13.8 billion.
 *
 * @example
 * ```ts
 * yearUnit(-13_800_000_000)     // 100000000
 * yearUnit(-13_799_999_999)     // 100000000
 * yearUnit(-4_567_000_000, 2)   // 100000000
 * ```
 */
export function yearUnit(year: number, significantDigits?: number): number {
  if (significantDigits !== undefined) return 10 ** Math.max(0, String(Math.abs(year)).length - significantDigits);
  if (year === 0) return 1;
  return Math.max(roundness(year), year < 0 ? roundness(1 - year) : 1);
}

/** The largest power of ten dividing n (n ≠ 0). */
function roundness(n: number): number {
  let unit = 1;
  while (n % (unit * 10) === 0) unit *= 10;
  return unit;
}

interface Writers {
  readonly relative: Intl.RelativeTimeFormat;
  readonly compact: Intl.NumberFormat;
  readonly grouped: Intl.NumberFormat;
}

/** The writers of the latest locale: a drawing writes in one language. */
let latest: { locale: string; writers: Writers } | undefined;

function writersFor(locale: string): Writers {
  if (latest?.locale === locale) return latest.writers;
  // The spec's language, as for every other word eventline writes (a language without a
  // spec is written in English), in the digits the locale tag names.
  const tag = supportedTag(specLanguage(locale));
  const { numberingSystem } = readLocaleTag(locale);
  // RelativeTimeFormat takes numberingSystem (ECMA-402) though TypeScript's types omit it.
  const relativeOptions = { numeric: 'always' as const, numberingSystem };
  const writers = {
    relative: new Intl.RelativeTimeFormat(tag, relativeOptions),
    compact: new Intl.NumberFormat(tag, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: MAX_COUNT_DIGITS,
      numberingSystem,
    }),
    grouped: new Intl.NumberFormat(tag, { numberingSystem }),
  };
  latest = { locale, writers };
  return writers;
}

/** A count is written to at most this many significant digits ("4.567 billion"). */
const MAX_COUNT_DIGITS = 4;

/**
 * A count is only written for a year known to this many years or more: counted from 1950
 * rather than from year 1, a count differs by under half of it, so the digits shown are
 * those of the year as written (Y-66000000: 66 million, not 66.002 million).
 */
const MIN_COUNT_UNIT = 10_000;

/**
 * A year as a count of years before or after {@link PRESENT_YEAR}, rounded to `unit`
 * years: "13.8 billion years ago", «قبل 13.8 مليار سنة», "in 5 billion years". The
 * phrase and its plural form are `Intl.RelativeTimeFormat`'s for the count, and the count
 * is `Intl.NumberFormat`'s compact long notation ("13.8 billion", «13.8 مليار»), in the
 * locale's digits. A language spec may word the count itself (`yearsAgo`), as French
 * does: "il y a 13,8 milliards d’années".
 *
 * `undefined` when the year is known more closely than a count shows it: to less than
 * 10,000 years, or to more than four significant digits. Such a year reads better as the
 * year that was written ("251,902,001 BCE") than as a count from 1950 the writer never
 * wrote ("251,903,950 years ago").
 *
 * @param unit the power of ten the year is known to ({@link yearUnit})
 * @example
 * ```ts
 * formatYearsAgo(-13_800_000_000, 1e8, 'en') // '13.8 billion years ago'
 * formatYearsAgo(-66_000_000, 1e6, 'ar')     // 'قبل 66 مليون سنة'
 * formatYearsAgo(-251_902_000, 1e3, 'en')    // undefined
 * ```
 */
export function formatYearsAgo(year: number, unit: number, locale: string): string | undefined {
  if (unit < MIN_COUNT_UNIT) return undefined;
  const before = PRESENT_YEAR - year;
  const count = Math.round(Math.abs(before) / unit) * unit;
  if (String(count).replace(/0+$/, '').length > MAX_COUNT_DIGITS) return undefined;
  const w = writersFor(locale);
  const amount = w.compact.format(count);
  const own = getLocaleSpec(locale).yearsAgo;
  if (own) return own(amount, before > 0);
  // The phrase around the number ("… years ago", «قبل … سنة») in the plural form of the
  // count itself (years before the present are negative to RelativeTimeFormat), with the
  // compact number in place of the full one.
  let shown = false;
  return w.relative
    .formatToParts(before > 0 ? -count : count, 'year')
    .map((p) => (p.type === 'literal' ? p.value : shown ? '' : ((shown = true), amount)))
    .join('');
}

/**
 * A year number as eventline writes it: as written up to six digits ("1948", "250001"), as
 * every year a JS `Date` holds always was; from a million on, grouped in the language's
 * way and in the locale's digits ("251,902,001", French "251 902 001", «٢٥١٬٩٠٢٬٠٠١»),
 * which no reader takes in otherwise. `grouped` says otherwise, for years written side by
 * side (an axis with "1,000,000" groups its "500,000" too).
 *
 * @example
 * ```ts
 * yearNumber(250_001, 'en')     // '250001'
 * yearNumber(251_902_001, 'en') // '251,902,001'
 * ```
 */
export function yearNumber(n: number, locale: string, grouped = n >= 1_000_000): string {
  return grouped ? writersFor(locale).grouped.format(n) : String(n);
}
