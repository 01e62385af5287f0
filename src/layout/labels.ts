// What a label says and how big it is: the date and title lines of events and clusters,
// measured and cut to fit, and placed against their stem. Shared by both orientations.
import { formatEventSpan } from '../format/formatEventDate.js';
import { pickText } from '../model/pickText.js';
import type { TimelineEvent } from '../model/types.js';
import { hashString } from '../util/hash.js';
import { cleanText } from './cleanText.js';
import { clusterText } from '../format/clusterText.js';
import { truncateToWidth } from './measureText.js';
import type { ResolvedOptions } from './resolveOptions.js';
import { eventEnd, positionAt, visibleEnd, type VisibleEvents } from './sortedEvents.js';
import { textDirection } from './textDirection.js';
import type { LabelGeometry, TextLine } from './types.js';

/** Space around the drawing. */
export const MARGIN = 16;
/** Space between a stem and its label text. */
export const PAD = 4;

/** Font sizes and line heights that follow from the base font size. */
export function metrics(fontSize: number) {
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

export type Cut = ReturnType<typeof truncateToWidth>;

/** The two lines of a label, measured and cut to fit. */
export interface LabelText {
  readonly dateText: string;
  readonly titleText: string;
  readonly date: Cut;
  readonly title: Cut;
  readonly width: number;
}

/** What an event shows before it is placed. */
export interface Prepared extends LabelText {
  readonly event: TimelineEvent;
  readonly start: number;
  readonly end: number;
}

/** What a cluster shows before it is placed: its span on the date line, its count on the title line. */
export interface PreparedCluster extends LabelText {
  /** Members: the visible events `[from, to)`. */
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly ariaLabel: string;
}

/**
 * A line of text placed against `x`: its left edge there when `hugLeft`, else its
 * right edge. The SVG anchor that achieves this depends on the text's own direction.
 */
function line(text: string, cut: Cut, x: number, y: number, fontSize: number, hugLeft: boolean, fallback: 'ltr' | 'rtl'): TextLine {
  const direction = textDirection(text, fallback);
  const anchor = hugLeft === (direction === 'ltr') ? 'start' : 'end';
  return { text: cut.text, full: text, truncated: cut.truncated, x, y, width: cut.width, fontSize, direction, anchor };
}

export function measureLabel(dateText: string, titleText: string, o: ResolvedOptions, maxWidth: number): LabelText {
  const m = metrics(o.fontSize);
  const date = truncateToWidth(dateText, maxWidth, m.dateSize, o.measure, 'bold');
  const title = truncateToWidth(titleText, maxWidth, o.fontSize, o.measure);
  return { dateText, titleText, date, title, width: Math.max(date.width, title.width) };
}

export function prepare(event: TimelineEvent, o: ResolvedOptions, maxWidth: number): Prepared {
  const dateText = cleanText(formatEventSpan(event.date, event.end, o.locale));
  const titleText = cleanText(pickText(event.title, o.locale));
  return { event, start: event.date.start, end: eventEnd(event), ...measureLabel(dateText, titleText, o, maxWidth) };
}

/**
 * A cluster's label from the index alone: its count and its span, without reading any
 * member. O(log n).
 */
export function prepareCluster(vis: VisibleEvents, from: number, to: number, o: ResolvedOptions, maxWidth: number): PreparedCluster {
  const start = vis.sorted.starts[positionAt(vis, from)]!;
  const end = visibleEnd(vis, from, to);
  const text = clusterText(to - from, start, end, o.locale);
  return { from, to, start, end, ariaLabel: cleanText(text.ariaLabel), ...measureLabel(cleanText(text.span), cleanText(text.count), o, maxWidth) };
}

/**
 * `c-` + a hash of the first and last member ids and the count: the same members give
 * the same id at any zoom. Read only for clusters that are drawn.
 *
 * @example
 * ```ts
 * clusterId('e-1', 'e-9', 37) // 'c-…'
 * ```
 */
export function clusterId(firstId: string, lastId: string, count: number): string {
  return `c-${hashString(`${firstId}\u0000${lastId}\u0000${count}`)}`;
}

export function labelLines(p: LabelText, box: { x: number; y: number; width: number }, stemOnLeft: boolean, o: ResolvedOptions): LabelGeometry {
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

export function heading(o: ResolvedOptions, y: number): TextLine | undefined {
  const title = cleanText(o.title);
  if (!title) return undefined;
  const m = metrics(o.fontSize);
  const cut = truncateToWidth(title, o.width - 2 * MARGIN, m.headingSize, o.measure, 'bold');
  const ltr = o.direction === 'ltr';
  return line(title, cut, ltr ? MARGIN : o.width - MARGIN, y, m.headingSize, ltr, o.direction);
}
