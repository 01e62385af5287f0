/**
 * UTC ms of the start of a calendar day. `Date.UTC` maps years 0–99 to 1900–1999, so
 * the year is set separately; month indexes past 11 roll into the next year.
 *
 * @example
 * ```ts
 * new Date(utcTime(44, 2, 15)).getUTCFullYear() // 44, not 1944
 * ```
 */
export function utcTime(year: number, monthIndex: number, day: number): number {
  // Only years 0–99 need the slow path; Date.UTC allocates nothing (parsing 100k events calls this 200k times).
  if (year < 0 || year > 99) return Date.UTC(year, monthIndex, day);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}
