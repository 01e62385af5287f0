import { tickStep } from 'd3';
import type { TimeScale } from './timeScale.js';
import { formatTick, type TickUnit } from '../format/formatEventDate.js';
import { cleanText } from './cleanText.js';
import { utcTime } from '../util/utcTime.js';
import type { TextMeasurer } from './measureText.js';

const DAY = 86_400_000;

/** A tick value with its label and the label's measured width. */
export interface TickLabel {
  readonly value: number;
  readonly label: string;
  readonly width: number;
}

/** Ticks at one granularity, so labels can be written at it. */
export function tickUnitOf(values: readonly number[]): TickUnit {
  let unit: TickUnit = 'year';
  for (const v of values) {
    const d = new Date(v);
    if (d.getUTCDate() !== 1) return 'day';
    if (d.getUTCMonth() !== 0) unit = 'month';
  }
  return unit;
}

/**
 * Year ticks that are round in the years readers count: "500 BCE", "1", "500".
 * d3 rounds astronomical years, which puts ticks at "501 BCE" once a domain reaches
 * before year 1. Returns undefined when the domain needs finer ticks than years.
 */
export function readerYearTicks(domain: readonly [number, number], count: number): number[] | undefined {
  const y0 = new Date(domain[0]).getUTCFullYear();
  const y1 = new Date(domain[1]).getUTCFullYear();
  if (y0 > 0 || y1 - y0 < Math.max(2, count)) return undefined;
  const step = Math.max(1, Math.round(tickStep(y0, y1, count)));
  const years: number[] = [];
  // BCE years b (astronomical 1 − b) that are multiples of the step.
  for (let b = Math.floor((1 - y0) / step) * step; b >= step; b -= step) if (1 - b >= y0 && 1 - b <= y1) years.push(1 - b);
  if (step > 1 && y1 >= 1) years.push(1);
  for (let y = step; y <= y1; y += step) if (y >= y0) years.push(y);
  return years.map((y) => utcTime(y, 0, 1)).filter((t) => t >= domain[0] && t <= domain[1]);
}

/**
 * Chooses ticks for a scale whose labels do not collide: starts from about one tick
 * per `spacing` px and asks d3 for fewer until every pair of neighbouring labels has
 * room. Ticks finer than a day are dropped: event dates are never finer than a day.
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
): { ticks: TickLabel[]; unit: TickUnit } {
  const minGap = along === 'x' ? fontSize : fontSize * 0.6;
  let count = Math.max(2, Math.floor(length / (along === 'x' ? 80 : 48)));
  let best: { ticks: TickLabel[]; unit: TickUnit } = { ticks: [], unit: 'year' };
  for (let attempt = 0; attempt < 12 && count >= 1; attempt++) {
    const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
    const values =
      readerYearTicks([Math.min(d0, d1), Math.max(d0, d1)], count) ??
      scale
        .ticks(count)
        .map((d) => d.getTime())
        .filter((v) => ((v % DAY) + DAY) % DAY === 0);
    const unit = tickUnitOf(values);
    // Without a tick on 1 January no tick would name the year: the first one does.
    const yearless = unit !== 'year' && !values.some((v) => new Date(v).getUTCMonth() === 0 && new Date(v).getUTCDate() === 1);
    const ticks = values.map((value, i) => {
      const label = cleanText(formatTick(value, unit, locale, yearless && i === 0));
      return { value, label, width: measure(label, fontSize) };
    });
    best = { ticks, unit };
    if (fits(ticks, scale, minGap, along, fontSize)) return best;
    count = Math.floor(count * 0.7);
  }
  // Still crowded at one tick: keep only the first, which always fits.
  return { ticks: best.ticks.slice(0, 1), unit: best.unit };
}

function fits(
  ticks: readonly TickLabel[],
  scale: TimeScale,
  minGap: number,
  along: 'x' | 'y',
  fontSize: number,
): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1]!;
    const b = ticks[i]!;
    const distance = Math.abs(scale(b.value) - scale(a.value));
    const need = along === 'x' ? (a.width + b.width) / 2 + minGap : fontSize * 1.2 + minGap;
    if (distance < need) return false;
  }
  return true;
}
