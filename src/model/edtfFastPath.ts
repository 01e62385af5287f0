import type { EventDate } from './types.js';
import { daysInMonth } from './calendarText.js';
import { daysFromCivil as dayNumber, MS_PER_DAY } from './civilCalendar.js';

/**
 * The date of a text already in canonical `YYYY`, `YYYY-MM` or `YYYY-MM-DD` form (year
 * -9999…9999, optionally negative) with at most one qualifier `~`, `?` or `%`, or
 * `undefined` for anything else, including such texts that are not valid dates (month 13,
 * 30 February, `-0000`) and seasons. Nearly every date in real data has this form; the
 * full parser's regexes, upper-casing, slices and intermediate objects were a third of
 * parsing 100,000 events. Callers fall back to the full parser on `undefined`, so every
 * message about a bad date still comes from one place.
 *
 * Returns exactly what the full parser returns (same fields in the same order); the
 * property test in tests/model/edtfFastPath.property.test.ts holds the two together.
 *
 * @example
 * ```ts
 * edtfFastPath('2000-07~')?.edtf // '2000-07~'
 * edtfFastPath('2000-13')        // undefined: the full parser says "month 13"
 * ```
 */
export function edtfFastPath(s: string): EventDate | undefined {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  if (n < i + 4) return undefined;
  const y = digits(s, i, 4);
  if (y < 0) return undefined;
  // "-0000" is refused by the full parser with its own message.
  if (i === 1 && y === 0) return undefined;
  const year = i === 1 ? -y : y;
  i += 4;

  let month = 0;
  let day = 0;
  if (i < n && s.charCodeAt(i) === 45) {
    month = digits(s, i + 1, 2);
    if (month < 1 || month > 12) return undefined;
    i += 3;
    if (i < n && s.charCodeAt(i) === 45) {
      day = digits(s, i + 1, 2);
      if (day < 1 || day > daysInMonth(year, month)) return undefined;
      i += 3;
    }
  }

  let approximate = false;
  let uncertain = false;
  if (i < n) {
    const c = s.charCodeAt(i);
    if (c === 126 /* ~ */) approximate = true;
    else if (c === 63 /* ? */) uncertain = true;
    else if (c === 37 /* % */) approximate = uncertain = true;
    else return undefined;
    if (i + 1 !== n) return undefined;
  }

  // The text is its own canonical spelling: four year digits, two-digit month and day, one qualifier.
  if (month === 0) {
    return {
      year,
      precision: 'year',
      approximate,
      uncertain,
      start: dayNumber(year, 1, 1) * MS_PER_DAY,
      end: dayNumber(year + 1, 1, 1) * MS_PER_DAY,
      edtf: s,
    };
  }
  if (day === 0) {
    const start = dayNumber(year, month, 1) * MS_PER_DAY;
    const end = (month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1)) * MS_PER_DAY;
    return { year, month, precision: 'month', approximate, uncertain, start, end, edtf: s };
  }
  const start = dayNumber(year, month, day) * MS_PER_DAY;
  return { year, month, day, precision: 'day', approximate, uncertain, start, end: start + MS_PER_DAY, edtf: s };
}

/** The number written by `count` ASCII digits at `from`, or -1 when one is not a digit (or missing). */
function digits(s: string, from: number, count: number): number {
  let v = 0;
  for (let k = from; k < from + count; k++) {
    const d = s.charCodeAt(k) - 48;
    // NaN past the end fails this test too.
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}
