/**
 * The time axis of eventline is UTC milliseconds since 1970 as a plain number, for every
 * year, not only those a JS `Date` holds (±8.64e15 ms, about 271,821 BCE to 275,759 CE).
 * These functions convert between that axis and the proleptic Gregorian calendar by
 * arithmetic alone: days counted by whole 400-year cycles (146,097 days each), times
 * 86,400,000. Within the `Date` range they give exactly what `Date.UTC` and the
 * `getUTC…` methods give.
 *
 * Beyond ±2^53 ms (about ±285,000 years from 1970) a double no longer holds every
 * millisecond: an instant is the nearest double, spaced 2^(e−52) ms apart where 2^e is
 * its size: about a second (1,024 ms) from 146 million years, 65,536 ms at 13.8 billion
 * years, and more than a day only beyond 19 trillion years (2^79 ms). Years are therefore
 * accepted up to thirteen digits (ten trillion years): every day of them is a distinct
 * instant, in order, and reads back as that day.
 *
 * @example
 * ```ts
 * yearStartMs(1970)                 // 0
 * civilOfMs(yearStartMs(-13_800_000_000)).year // -13800000000
 * ```
 */
export const MS_PER_DAY = 86_400_000;

/** The largest |ms| a JS `Date` holds: ±100,000,000 days from 1970. */
export const DATE_LIMIT_MS = 8.64e15;

/**
 * Years eventline accepts, either side of year 0: thirteen digits, ten trillion years, 700
 * times the age of the universe. Every day of them is a distinct double (see above), and
 * `Intl.NumberFormat` has words for the count ("10 trillion").
 */
export const MAX_ABS_YEAR = 9_999_999_999_999;

/**
 * Days from 1970-01-01 to a date (astronomical years). After H. Hinnant's
 * `days_from_civil`: no Date object, and no special case for years 0–99, which `Date.UTC`
 * would read as 1900–1999. Exact for years far beyond those eventline accepts (the day
 * count stays below 2^53 up to 24 trillion years).
 *
 * @example
 * ```ts
 * daysFromCivil(2000, 1, 1) // 10957
 * ```
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The calendar date of a day number (inverse of {@link daysFromCivil}).
 *
 * @example
 * ```ts
 * civilFromDays(10957) // { year: 2000, month: 1, day: 1 }
 * ```
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The first instant (UTC ms) of a year, any year of up to thirteen digits.
 *
 * @example
 * ```ts
 * yearStartMs(-43) === Date.UTC(-43, 0, 1) // true
 * ```
 */
export function yearStartMs(year: number): number {
  return daysFromCivil(year, 1, 1) * MS_PER_DAY;
}

/**
 * The day an instant falls on. Beyond 2^53 ms an instant is a rounded product of a day
 * number, so the day is the last one whose first instant, rounded as {@link yearStartMs}
 * rounds it, is not after `ms`: a day's first instant always reads back as that day.
 */
function dayOfMs(ms: number): number {
  let d = Math.floor(ms / MS_PER_DAY);
  if ((d + 1) * MS_PER_DAY <= ms) d++;
  else if (d * MS_PER_DAY > ms) d--;
  return d;
}

/**
 * The UTC calendar date of an instant, inside or beyond the `Date` range; equal to
 * `getUTCFullYear`, `getUTCMonth() + 1` and `getUTCDate()` where a `Date` exists.
 *
 * @example
 * ```ts
 * civilOfMs(Date.UTC(2024, 5, 19, 10)) // { year: 2024, month: 6, day: 19 }
 * ```
 */
export function civilOfMs(ms: number): { year: number; month: number; day: number } {
  return civilFromDays(dayOfMs(ms));
}

/**
 * The UTC calendar date of the last instant before `ms`: the last day of a period that
 * ends (exclusively) at `ms`. `civilOfMs(ms - 1)` where milliseconds are whole; beyond
 * 2^53 ms, where `ms - 1` is `ms` again, the day before a day's first instant.
 *
 * @example
 * ```ts
 * civilBefore(Date.UTC(2024, 0, 1))   // { year: 2023, month: 12, day: 31 }
 * civilBefore(yearStartMs(-4_599_999_998)).year // -4599999999
 * ```
 */
export function civilBefore(ms: number): { year: number; month: number; day: number } {
  const d = dayOfMs(ms);
  return civilFromDays(d * MS_PER_DAY === ms ? d - 1 : d);
}
