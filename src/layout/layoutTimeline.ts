import { scaleUtc } from 'd3';
import { formatEventDate, formatEventSpan } from '../format/formatEventDate.js';
import { getLocaleSpec } from '../format/locales.js';
import { pickText } from '../model/pickText.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import type { TimelineOptions } from '../options.js';
import { chooseTicks } from './axisTicks.js';
import { cleanText } from './cleanText.js';
import { dodge } from './dodge.js';
import { truncateToWidth } from './measureText.js';
import { textDirection } from './textDirection.js';
import { resolveOptions, type ResolvedOptions } from './resolveOptions.js';
import { placeRows } from './stackRows.js';
import type { EventGeometry, LabelGeometry, MarkGeometry, TextLine, TickGeometry, TimelineGeometry } from './types.js';

const DAY = 86_400_000;
/** Below this many px an event's extent is drawn as a dot rather than a bar. */
const MIN_SPAN_PX = 6;
const MARGIN = 16;
const MARK_R = 5;
const SPAN_THICKNESS = 8;
/** Space between a stem and its label text. */
const PAD = 4;
/** Space between two labels on one row. */
const LABEL_GAP = 10;
const STEM_MIN = 10;

/** Font sizes and line heights that follow from the base font size. */
function metrics(fontSize: number) {
  const dateSize = Math.round(fontSize * 0.85 * 10) / 10;
  const dateLine = Math.ceil(dateSize * 1.3);
  const titleLine = Math.ceil(fontSize * 1.35);
  const tickSize = dateSize;
  const headingSize = Math.round(fontSize * 1.35 * 10) / 10;
  return {
    dateSize,
    dateLine,
    titleLine,
    labelHeight: dateLine + titleLine,
    rowGap: Math.max(4, Math.round(fontSize * 0.4)),
    tickSize,
    headingSize,
    headingLine: Math.ceil(headingSize * 1.6),
  };
}

/** What an event shows before it is placed. */
interface Prepared {
  readonly event: TimelineEvent;
  readonly start: number;
  readonly end: number;
  readonly dateText: string;
  readonly titleText: string;
  readonly date: ReturnType<typeof truncateToWidth>;
  readonly title: ReturnType<typeof truncateToWidth>;
  readonly width: number;
}

function eventEnd(e: TimelineEvent): number {
  return (e.end ?? e.date).end;
}

/** Time order; ties keep input order, so output does not depend on sort stability. */
function byTime(a: TimelineEvent, b: TimelineEvent): number {
  return a.date.start - b.date.start || eventEnd(a) - eventEnd(b) || a.index - b.index;
}

/**
 * The time range shown: the given domain, else all events with a margin, and never
 * shorter than two weeks so that ticks stay at whole days.
 */
export function timeDomain(events: readonly TimelineEvent[], given?: readonly [number, number]): [number, number] {
  if (given) return [given[0], given[1]];
  if (events.length === 0) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, e.date.start);
    hi = Math.max(hi, eventEnd(e));
  }
  const minSpan = 14 * DAY;
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const pad = (hi - lo) * 0.03;
  return [lo - pad, hi + pad];
}

/**
 * A line of text placed against `x`: its left edge there when `hugLeft`, else its
 * right edge. The SVG anchor that achieves this depends on the text's own direction.
 */
function line(text: string, cut: ReturnType<typeof truncateToWidth>, x: number, y: number, fontSize: number, hugLeft: boolean, fallback: 'ltr' | 'rtl'): TextLine {
  const direction = textDirection(text, fallback);
  const anchor = hugLeft === (direction === 'ltr') ? 'start' : 'end';
  return { text: cut.text, full: text, truncated: cut.truncated, x, y, width: cut.width, fontSize, direction, anchor };
}

function prepare(events: readonly TimelineEvent[], o: ResolvedOptions, maxWidth: number): Prepared[] {
  const m = metrics(o.fontSize);
  return events.map((event) => {
    const dateText = cleanText(formatEventSpan(event.date, event.end, o.locale));
    const titleText = cleanText(pickText(event.title, o.locale));
    const date = truncateToWidth(dateText, maxWidth, m.dateSize, o.measure, 'bold');
    const title = truncateToWidth(titleText, maxWidth, o.fontSize, o.measure);
    return {
      event,
      start: event.date.start,
      end: eventEnd(event),
      dateText,
      titleText,
      date,
      title,
      width: Math.max(date.width, title.width),
    };
  });
}

function labelLines(p: Prepared, box: { x: number; y: number; width: number }, stemOnLeft: boolean, o: ResolvedOptions): LabelGeometry {
  const m = metrics(o.fontSize);
  const x = stemOnLeft ? box.x + PAD : box.x + box.width - PAD;
  const dateY = box.y + Math.round(m.dateLine * 0.78);
  const titleY = box.y + m.dateLine + Math.round(m.titleLine * 0.76);
  return {
    box: { x: box.x, y: box.y, width: box.width, height: m.labelHeight },
    date: line(p.dateText, p.date, x, dateY, m.dateSize, stemOnLeft, o.direction),
    title: line(p.titleText, p.title, x, titleY, o.fontSize, stemOnLeft, o.direction),
  };
}

function categoryIndex(events: readonly TimelineEvent[]): { categories: string[]; index: Map<string, number> } {
  const index = new Map<string, number>();
  for (const e of events) if (e.category !== undefined && !index.has(e.category)) index.set(e.category, index.size);
  return { categories: [...index.keys()], index };
}

function heading(o: ResolvedOptions, y: number): TextLine | undefined {
  const title = cleanText(o.title);
  if (!title) return undefined;
  const m = metrics(o.fontSize);
  const cut = truncateToWidth(title, o.width - 2 * MARGIN, m.headingSize, o.measure, 'bold');
  const ltr = o.direction === 'ltr';
  return line(title, cut, ltr ? MARGIN : o.width - MARGIN, y, m.headingSize, ltr, o.direction);
}

function describe(events: readonly TimelineEvent[], o: ResolvedOptions): string {
  const spec = getLocaleSpec(o.locale);
  if (events.length === 0) return spec.events(0);
  const first = events[0]!;
  const last = events.reduce((a, b) => (eventEnd(b) > eventEnd(a) ? b : a));
  const from = formatEventDate(first.date, o.locale);
  const to = formatEventDate(last.end ?? last.date, o.locale);
  return from === to ? `${spec.events(events.length)}: ${from}` : `${spec.events(events.length)}: ${from}${spec.rangeSeparator}${to}`;
}

interface Common {
  o: ResolvedOptions;
  prepared: Prepared[];
  colorOf: (e: TimelineEvent) => number;
  domain: [number, number];
}

function layoutHorizontal({ o, prepared, colorOf, domain }: Common) {
  const m = metrics(o.fontSize);
  const x0 = MARGIN;
  const x1 = o.width - MARGIN;
  const scale = scaleUtc().domain(domain).range(o.direction === 'ltr' ? [x0, x1] : [x1, x0]);

  const placed = prepared.map((p) => {
    const a = scale(p.start);
    const b = scale(p.end);
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const isSpan = hi - lo >= MIN_SPAN_PX;
    // A bar's stem stands where the event begins, which is its right end in RTL.
    const stemX = isSpan ? (o.direction === 'ltr' ? lo : hi) : (lo + hi) / 2;
    const boxWidth = p.width + PAD;
    const preferRight = o.direction === 'ltr';
    let left = preferRight ? stemX : stemX - boxWidth;
    if (left + boxWidth > x1) left = stemX - boxWidth;
    if (left < x0) left = stemX;
    left = Math.max(x0, Math.min(left, x1 - boxWidth));
    const stemOnLeft = Math.abs(left - stemX) <= Math.abs(left + boxWidth - stemX);
    return { p, lo, hi, isSpan, stemX, left, boxWidth, stemOnLeft };
  });

  const { rows, count } = placeRows(
    placed.map((q) => ({ x0: q.left, x1: q.left + q.boxWidth, stem: q.stemX })),
    LABEL_GAP,
    o.direction === 'ltr' ? 'right' : 'left',
  );
  const rowHeight = m.labelHeight + m.rowGap;
  const top = 8;
  const headingBlock = o.title ? m.headingLine : 0;
  const tickArea = 6 + Math.ceil(m.tickSize * 1.5);
  const needed = top + headingBlock + count * rowHeight + STEM_MIN + MARK_R + tickArea + 8;
  const height = Math.ceil(Math.max(o.minHeight, needed));
  const axisY = height - 8 - tickArea;
  const labelsBottom = axisY - MARK_R - STEM_MIN;

  const events: EventGeometry[] = placed.map((q, i) => {
    const row = rows[i]!;
    const boxTop = labelsBottom - row * rowHeight - m.labelHeight;
    const label = labelLines(q.p, { x: q.left, y: boxTop, width: q.boxWidth }, q.stemOnLeft, o);
    const mark: MarkGeometry = q.isSpan
      ? { kind: 'span', x: q.lo, y: axisY - SPAN_THICKNESS / 2, width: q.hi - q.lo, height: SPAN_THICKNESS }
      : { kind: 'point', cx: q.stemX, cy: axisY, r: MARK_R };
    const markTop = q.isSpan ? axisY - SPAN_THICKNESS / 2 : axisY - MARK_R;
    return geometryOf(q.p, i, row, mark, { x1: q.stemX, y1: markTop, x2: q.stemX, y2: boxTop }, label, colorOf);
  });

  const { ticks: chosen, unit } = chooseTicks(scale, x1 - x0, o.locale, m.tickSize, o.measure, 'x');
  const ticks: TickGeometry[] = chosen.map((t) => {
    const x = scale(t.value);
    const half = t.width / 2;
    return {
      value: t.value,
      x,
      y: axisY,
      label: t.label,
      labelX: Math.max(half + 2, Math.min(x, o.width - half - 2)),
      labelY: axisY + 6 + Math.round(m.tickSize),
      anchor: 'middle' as const,
    };
  });
  const axis = { x1: x0, y1: axisY, x2: x1, y2: axisY, ticks, unit, domain, fontSize: m.tickSize };
  return { height, axis, events, headingY: top + Math.round(m.headingSize) };
}

function layoutVertical({ o, prepared, colorOf, domain }: Common) {
  const m = metrics(o.fontSize);
  const headingBlock = o.title ? m.headingLine : 0;
  const top = 8 + headingBlock + 8;
  const plotHeight = Math.max(120, o.minHeight - top - MARGIN);
  const scale = scaleUtc().domain(domain).range([top, top + plotHeight]);
  const { ticks: chosen, unit } = chooseTicks(scale, plotHeight, o.locale, m.tickSize, o.measure, 'y');
  const tickWidth = chosen.reduce((w, t) => Math.max(w, t.width), 0);
  const ltr = o.direction === 'ltr';
  const axisX = ltr ? MARGIN + tickWidth + 8 : o.width - MARGIN - tickWidth - 8;
  const inner = 16;
  const areaWidth = ltr ? o.width - MARGIN - (axisX + inner) : axisX - inner - MARGIN;
  const maxText = Math.max(20, Math.min(o.maxLabelWidth, areaWidth - PAD));
  const fitted = prepared.map((p) =>
    p.width <= maxText ? p : refit(p, maxText, o),
  );

  const spans = fitted.map((p) => {
    const a = scale(p.start);
    const b = scale(p.end);
    const isSpan = b - a >= MIN_SPAN_PX;
    return { p, a, b, isSpan, anchorY: isSpan ? a : (a + b) / 2 };
  });
  const tops = dodge(
    spans.map((s) => s.anchorY - m.labelHeight / 2),
    spans.map(() => m.labelHeight),
    m.rowGap,
    top,
    top + plotHeight,
  );
  const lastBottom = tops.length ? tops[tops.length - 1]! + m.labelHeight : 0;
  const height = Math.ceil(Math.max(o.minHeight, top + plotHeight + MARGIN, lastBottom + MARGIN));

  const events: EventGeometry[] = spans.map((s, i) => {
    const boxWidth = s.p.width + PAD;
    const boxX = ltr ? axisX + inner : axisX - inner - boxWidth;
    const boxTop = tops[i]!;
    const label = labelLines(s.p, { x: boxX, y: boxTop, width: boxWidth }, ltr, o);
    const mark: MarkGeometry = s.isSpan
      ? { kind: 'span', x: axisX - SPAN_THICKNESS / 2, y: s.a, width: SPAN_THICKNESS, height: s.b - s.a }
      : { kind: 'point', cx: axisX, cy: s.anchorY, r: MARK_R };
    const side = ltr ? 1 : -1;
    const stem = {
      x1: axisX + side * (s.isSpan ? SPAN_THICKNESS / 2 : MARK_R),
      y1: s.anchorY,
      x2: ltr ? boxX : boxX + boxWidth,
      y2: boxTop + m.labelHeight / 2,
    };
    return geometryOf(s.p, i, i, mark, stem, label, colorOf);
  });

  const ticks: TickGeometry[] = chosen.map((t) => {
    const y = scale(t.value);
    return {
      value: t.value,
      x: axisX,
      y,
      label: t.label,
      labelX: ltr ? axisX - 8 : axisX + 8,
      labelY: y + Math.round(m.tickSize * 0.35),
      // The label sits on the outer side of the axis: its end touches the axis in both directions.
      anchor: 'end' as const,
    };
  });
  const axis = { x1: axisX, y1: top, x2: axisX, y2: top + plotHeight, ticks, unit, domain, fontSize: m.tickSize };
  return { height, axis, events, headingY: 8 + Math.round(m.headingSize) };
}

function refit(p: Prepared, maxWidth: number, o: ResolvedOptions): Prepared {
  const m = metrics(o.fontSize);
  const date = truncateToWidth(p.dateText, maxWidth, m.dateSize, o.measure, 'bold');
  const title = truncateToWidth(p.titleText, maxWidth, o.fontSize, o.measure);
  return { ...p, date, title, width: Math.max(date.width, title.width) };
}

function geometryOf(
  p: Prepared,
  order: number,
  row: number,
  mark: MarkGeometry,
  stem: EventGeometry['stem'],
  label: LabelGeometry,
  colorOf: (e: TimelineEvent) => number,
): EventGeometry {
  return {
    id: p.event.id,
    event: p.event,
    order,
    mark,
    stem,
    label,
    row,
    ariaLabel: p.titleText ? `${p.dateText}: ${p.titleText}` : p.dateText,
    colorIndex: colorOf(p.event),
  };
}

/**
 * Turns validated events into geometry: positions of marks, stems, labels and ticks,
 * and the drawing's size. Pure: no DOM, no clock; the same input gives the same
 * numbers. Labels never overlap each other or the axis and stay inside the drawing,
 * which grows taller when they need more rows.
 *
 * @example
 * ```ts
 * const geometry = layoutTimeline(parseTimeline(events), { width: 720, locale: 'ar' });
 * geometry.events[0].label.box // { x: …, y: …, width: …, height: … }
 * ```
 */
export function layoutTimeline(timeline: Timeline, options: TimelineOptions = {}): TimelineGeometry {
  const o = resolveOptions(timeline, options);
  const domain = timeDomain(timeline.events, o.domain);
  const visible = timeline.events.filter((e) => eventEnd(e) > domain[0] && e.date.start < domain[1]).sort(byTime);
  const { categories, index } = categoryIndex(visible);
  const colorOf = (e: TimelineEvent) => (e.category === undefined ? -1 : index.get(e.category)!);
  const plotWidth = o.width - 2 * MARGIN;
  const maxText = Math.max(20, Math.min(o.maxLabelWidth, plotWidth - PAD));
  const prepared = prepare(visible, o, maxText);
  const common: Common = { o, prepared, colorOf, domain };
  const part = o.orientation === 'vertical' ? layoutVertical(common) : layoutHorizontal(common);
  const head = heading(o, part.headingY);
  return {
    width: o.width,
    height: part.height,
    orientation: o.orientation,
    direction: o.direction,
    locale: o.locale,
    fontSize: o.fontSize,
    ...(head ? { heading: head } : {}),
    title: cleanText(o.title) || describe(visible, o),
    description: describe(visible, o),
    axis: part.axis,
    events: part.events,
    categories,
  };
}

