import { tickStep } from 'd3';
import { withinDates, type TimeScale } from './timeScale.js';
import { formatTick, formatYearTicks, type TickUnit } from '../format/formatEventDate.js';
import { cleanText } from './cleanText.js';
import { civilOfMs, yearStartMs } from '../model/civilCalendar.js';
import type { TextMeasurer } from './measureText.js';

const DAY = 86_400_000;

/** A tick value with its label, the label's measured width and where the label's middle stands. */
export interface TickLabel {
  readonly value: number;
  readonly label: string;
  readonly width: number;
  /** Along the axis: at its tick, or moved in from an edge of the drawing to stay within it. */
  readonly at: number;
}

/** Ticks at one granularity, so labels can be written at it. */
export function tickUnitOf(values: readonly number[]): TickUnit {
  let unit: TickUnit = 'year';
  for (const v of values) {
    const d = civilOfMs(v);
    if (d.day !== 1) return 'day';
    if (d.month !== 1) unit = 'month';
  }
  return unit;
}

/**
 * Year ticks that are round in the years readers count: "500 BCE", "1", "500". d3 rounds
 * astronomical years, which puts ticks at "501 BCE" once a domain reaches before year 1.
 * The step is a nice number of years (10^k × 1, 2 or 5); only the years inside the domain
 * are visited, so a decade 13.8 billion years ago costs what it shows.
 *
 * `deep`, for a domain beyond the years of a JS `Date`, where there are no calendar ticks:
 * any domain, and no tick at year 1, which beside "2 billion years ago" says nothing (a
 * domain within one year then has at most one tick: deep years are never finer). Else
 * `undefined` for a domain after year 1 or too short for one tick a year: d3's calendar
 * ticks serve it.
 *
 * @example
 * ```ts
 * yearTicks([yearStartMs(-13_800_000_000), yearStartMs(2024)], 7, true)?.step // 2000000000
 * ```
 */
export function yearTicks(domain: readonly [number, number], count: number, deep = false): { years: number[]; step: number } | undefined {
  const y0 = civilOfMs(domain[0]).year;
  const y1 = civilOfMs(domain[1]).year;
  if (!deep && (y0 > 0 || y1 - y0 < Math.max(2, count))) return undefined;
  const step = Math.max(1, Math.round(tickStep(y0, y1, Math.max(1, count))));
  const years: number[] = [];
  const add = (y: number) => {
    const t = yearStartMs(y);
    if (t >= domain[0] && t <= domain[1]) years.push(y);
  };
  // BCE years b (astronomical 1 − b), oldest first.
  for (let b = Math.floor((1 - y0) / step) * step; b >= Math.max(step, 1 - y1); b -= step) add(1 - b);
  if (!deep && step > 1 && y1 >= 1) add(1);
  for (let y = Math.max(step, Math.ceil(y0 / step) * step); y <= y1; y += step) add(y);
  return { years, step };
}

/** Ticks and their labels, before measuring. */
function candidates(
  lo: number,
  hi: number,
  scale: TimeScale,
  count: number,
  locale: string,
): { values: number[]; labels: string[]; unit: TickUnit } {
  if (!withinDates(lo, hi)) {
    const { years, step } = yearTicks([lo, hi], count, true)!;
    return { values: years.map(yearStartMs), labels: formatYearTicks(years, step, locale), unit: 'year' };
  }
  const values = yearTicks([lo, hi], count)?.years.map(yearStartMs) ?? scale.ticks(count).filter((v) => ((v % DAY) + DAY) % DAY === 0);
  const unit = tickUnitOf(values);
  // Without a tick on 1 January no tick would name the year: the first one does.
  const yearless =
    unit !== 'year' &&
    !values.some((v) => {
      const d = civilOfMs(v);
      return d.month === 1 && d.day === 1;
    });
  return { values, labels: values.map((value, i) => formatTick(value, unit, locale, yearless && i === 0)), unit };
}

/**
 * Chooses ticks for a scale whose labels do not collide: starts from about one tick
 * per `spacing` px and asks d3 for fewer until every pair of neighbouring labels has
 * room. Ticks finer than a day are dropped: event dates are never finer than a day.
 * Along x the labels stay within a drawing `width` wide, so a label near its edge is
 * moved in ("14 billion years ago" at the axis's first pixels); room is judged where the
 * labels are drawn, not at their ticks, or the moved one runs into its neighbour.
 *
 * @example
 * ```ts
 * chooseTicks(scale, 900, 'en', 12, measureTextWidth).ticks.map((t) => t.label)
 * ```
 */
export function chooseTicks(
  scale: TimeScale,
  length: number,
  locale: string,
  fontSize: number,
  measure: TextMeasurer,
  along: 'x' | 'y',
  width = Infinity,
): { ticks: TickLabel[]; unit: TickUnit } {
  const minGap = along === 'x' ? fontSize : fontSize * 0.6;
  let count = Math.max(2, Math.floor(length / (along === 'x' ? 80 : 48)));
  let best: { ticks: TickLabel[]; unit: TickUnit } = { ticks: [], unit: 'year' };
  for (let attempt = 0; attempt < 12 && count >= 1; attempt++) {
    const [d0, d1] = scale.domain() as [number, number];
    const { values, labels, unit } = candidates(Math.min(d0, d1), Math.max(d0, d1), scale, count, locale);
    const ticks = values.map((value, i) => {
      const label = cleanText(labels[i]!);
      const w = measure(label, fontSize);
      const x = scale(value);
      return { value, label, width: w, at: along === 'x' ? Math.max(w / 2 + 2, Math.min(x, width - w / 2 - 2)) : x };
    });
    best = { ticks, unit };
    if (fits(ticks, minGap, along, fontSize)) return best;
    count = Math.floor(count * 0.7);
  }
  // Still crowded at one tick: keep only the first, which always fits.
  return { ticks: best.ticks.slice(0, 1), unit: best.unit };
}

function fits(ticks: readonly TickLabel[], minGap: number, along: 'x' | 'y', fontSize: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1]!;
    const b = ticks[i]!;
    const distance = Math.abs(b.at - a.at);
    const need = along === 'x' ? (a.width + b.width) / 2 + minGap : fontSize * 1.2 + minGap;
    if (distance < need) return false;
  }
  return true;
}
