import { utcTicks } from 'd3';

/**
 * A linear scale from UTC time to pixels: the part of d3's `scaleUtc` eventline uses
 * (`domain`, `range`, `invert`, `copy`, `ticks`), and enough for d3-zoom's `rescaleX`.
 * d3's `scaleUtc` also carries a default tick format, which puts d3-time-format and
 * d3-format in every bundle; eventline writes its own tick labels. Ticks are d3's own
 * (`utcTicks`), so they fall where `scaleUtc` would put them.
 *
 * @example
 * ```ts
 * const x = timeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], [0, 100]);
 * x(Date.UTC(2005, 0, 1)) // ≈ 50
 * ```
 */
export interface TimeScale {
  (t: number | Date): number;
  domain(): Date[];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): number[];
  range(range: readonly number[]): TimeScale;
  invert(px: number): Date;
  copy(): TimeScale;
  ticks(count?: number): Date[];
}

// Through Date, as d3 does: fractional milliseconds are dropped the same way.
const ms = (t: number | Date) => (typeof t === 'number' ? new Date(t) : t).getTime();

export function timeScale(domain: readonly (number | Date)[], range: readonly number[]): TimeScale {
  let d0 = ms(domain[0]!);
  let d1 = ms(domain[domain.length - 1]!);
  let r0 = range[0]!;
  let r1 = range[range.length - 1]!;
  const scale = ((t: number | Date) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((ms(t) - d0) / (d1 - d0)) * (r1 - r0))) as TimeScale;
  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (next === undefined) return [new Date(d0), new Date(d1)];
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
  scale.invert = (px) => new Date(r1 === r0 ? d0 : d0 + ((px - r0) / (r1 - r0)) * (d1 - d0));
  scale.copy = () => timeScale([d0, d1], [r0, r1]);
  scale.ticks = (count = 10) => utcTicks(new Date(Math.min(d0, d1)), new Date(Math.max(d0, d1)), count);
  return scale;
}
