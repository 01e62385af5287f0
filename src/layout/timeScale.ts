import { utcTicks } from 'd3';
import { DATE_LIMIT_MS } from '../model/civilCalendar.js';

/**
 * A linear scale from UTC time (ms) to pixels: the part of d3's `scaleUtc` eventline uses
 * (`domain`, `range`, `invert`, `copy`, `ticks`), and enough for d3-zoom's `rescaleX`.
 * Times are plain numbers, never `Date`s, so the scale spans deep time too (the Big Bang
 * at -4.35e20 ms), beyond the ±8.64e15 ms a `Date` holds. d3's `scaleUtc` also carries a
 * default tick format, which puts d3-time-format and d3-format in every bundle; eventline
 * writes its own tick labels.
 *
 * @example
 * ```ts
 * const x = timeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], [0, 100]);
 * x(Date.UTC(2005, 0, 1)) // ≈ 50
 * ```
 */
export interface TimeScale {
  (t: number | Date): number;
  domain(): number[];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): number[];
  range(range: readonly number[]): TimeScale;
  invert(px: number): number;
  copy(): TimeScale;
  /**
   * d3's own calendar ticks (`utcTicks`), where `scaleUtc` would put them, while the domain
   * lies within the range of `Date`; none beyond it, where the axis counts years instead
   * (see `chooseTicks`).
   */
  ticks(count?: number): number[];
}

// Whole milliseconds, as d3 keeps them through Date (which truncates); beyond 2^53 every
// double is a whole number already.
const ms = (t: number | Date) => Math.trunc(typeof t === 'number' ? t : t.getTime()) + 0;

/**
 * Whether a time range lies within what a JS `Date` holds, where calendar ticks exist.
 *
 * @example
 * ```ts
 * withinDates(0, Date.UTC(2000, 0, 1)) // true
 * withinDates(-4.35e20, 0)             // false
 * ```
 */
export function withinDates(a: number, b: number): boolean {
  return Math.min(a, b) >= -DATE_LIMIT_MS && Math.max(a, b) <= DATE_LIMIT_MS;
}

export function timeScale(domain: readonly (number | Date)[], range: readonly number[]): TimeScale {
  let d0 = ms(domain[0]!);
  let d1 = ms(domain[domain.length - 1]!);
  let r0 = range[0]!;
  let r1 = range[range.length - 1]!;
  const scale = ((t: number | Date) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((ms(t) - d0) / (d1 - d0)) * (r1 - r0))) as TimeScale;
  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (next === undefined) return [d0, d1];
    d0 = ms(next[0]!);
    d1 = ms(next[next.length - 1]!);
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (next === undefined) return [r0, r1];
    r0 = next[0]!;
    r1 = next[next.length - 1]!;
    return scale;
  }) as TimeScale['range'];
  scale.invert = (px) => ms(r1 === r0 ? d0 : d0 + ((px - r0) / (r1 - r0)) * (d1 - d0));
  scale.copy = () => timeScale([d0, d1], [r0, r1]);
  scale.ticks = (count = 10) =>
    withinDates(d0, d1) ? utcTicks(new Date(Math.min(d0, d1)), new Date(Math.max(d0, d1)), count).map((d) => d.getTime()) : [];
  return scale;
}
