/**
 * Calendar arithmetic and EDTF spelling shared by the parser and the importers, so a
 * date read from TimelineJS or a JS `Date` is written exactly as `parseEdtf` writes it.
 *
 * @example
 * ```ts
 * yearDigits(-43)     // '-0043'
 * edtfYear(17000)     // 'Y17000'
 * daysInMonth(2024, 2) // 29
 * ```
 */
export function yearDigits(year: number): string {
  return (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0');
}

/** {@link yearDigits}, or `Y`-prefixed beyond four digits, as EDTF level 1 writes long years. */
export function edtfYear(year: number): string {
  return Math.abs(year) > 9999 ? `Y${year}` : yearDigits(year);
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Days in a month of the proleptic Gregorian calendar (astronomical years). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** English month names, January first: messages about dates, and the month names of a timeline in English. */
export const ENGLISH_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
