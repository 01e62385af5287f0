// What a label says and how big it is: the date and title lines of events and clusters,
// measured and cut to fit, and placed against their stem. Shared by both orientations.
import { formatEventDates } from '../format/openEnds.js';
import { pickText } from '../model/pickText.js';
import type { TimelineEvent } from '../model/types.js';
import { hashString } from '../util/hash.js';
import { cleanText } from './cleanText.js';
import { clusterText } from '../format/clusterText.js';
import { getLocaleSpec } from '../format/locales.js';
import { truncateToWidth, type TextMeasurer } from './measureText.js';
import { balancedWidth, lineCount, measureWords, wrapWords, type MeasuredWords, type WrappedLine } from './wrapText.js';
import type { ResolvedOptions } from './resolveOptions.js';
import { eventEnd, positionAt, visibleEnd, type VisibleEvents } from './sortedEvents.js';
import { textDirection } from './textDirection.js';
import type { LabelGeometry, TextLine, TextLines } from './types.js';

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
    /** A heading line and the space under the heading. */
    headingLine: Math.ceil(headingSize * 1.6),
    /** From one line of a wrapped heading to the next. */
    headingStep: Math.ceil(headingSize * 1.25),
  };
}

export type Cut = ReturnType<typeof truncateToWidth>;

/** Width of the widest line. */
export const widest = (lines: readonly { readonly width: number }[]): number => Math.max(0, ...lines.map((l) => l.width));

/**
 * A date on one line, or on two when it is wider than `width`: broken after the range's
 * separator ("12 December 2023 –" over "30 November 2024"), else at the last space that
 * lets the first line fit ("since 24 February" over "2022"). Only a part still wider than
 * `width` is cut with "…": the end of a range is the key fact, not to be lost to a cut.
 *
 * @example
 * ```ts
 * dateLines('12 December 2023 – 30 November 2024', 120, o).map((l) => l.text) // ['12 December 2023 –', '30 November 2024']
 * ```
 */
export function dateLines(text: string, width: number, o: ResolvedOptions): Cut[] {
  const size = metrics(o.fontSize).dateSize;
  const cut = (part: string) => truncateToWidth(part, width, size, o.measure, 'bold');
  const one = cut(text);
  if (!one.truncated) return [one];
  const separator = getLocaleSpec(o.locale).rangeSeparator;
  const range = text.indexOf(separator);
  let at = range >= 0 ? range + separator.length : text.indexOf(' ');
  // An open date ("since …") has no separator: its first line takes as many words as fit.
  for (let space = at; range < 0 && space > 0; space = text.indexOf(' ', space + 1))
    if (o.measure(text.slice(0, space), size, 'bold') <= width) at = space;
  return at > 0 ? [cut(text.slice(0, at).trim()), cut(text.slice(at).trim())] : [one];
}

/**
 * The two parts of a label before it is shaped: the date, on two lines only when wider
 * than any label may be (see {@link dateLines}), and the title, measured on one line.
 * The title's words are measured only when it first has to take more than one line.
 */
export interface LabelText {
  readonly dateText: string;
  readonly titleText: string;
  readonly date: readonly Cut[];
  /** Width of the title on one line. */
  readonly natural: number;
  /** Widest a line of this label may be. */
  readonly most: number;
  /** The title's words, measured on first call. */
  readonly words: () => MeasuredWords;
  /** Whether the title may wrap: a cluster's count ("37 events") stays on one line. */
  readonly wraps: boolean;
  /** Shapes already made, by line width. */
  readonly shapes: Map<number, Shape>;
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

/** A label's title broken into lines at one width, and the size of the whole label. */
export interface Shape {
  readonly lines: readonly WrappedLine[];
  /** Widest line of the whole label (date or title), without padding. */
  readonly width: number;
  /** Date lines and title lines. */
  readonly height: number;
  readonly truncated: boolean;
  /** The date's lines: the label's own, or narrower ones (see shapeCut). */
  readonly date: readonly Cut[];
}

/**
 * A line of text placed against `x`: its left edge there when `hugLeft`, else its
 * right edge. The SVG anchor that achieves this depends on the text's own direction.
 */
export function line(
  text: string,
  cut: { text: string; truncated: boolean; width: number },
  x: number,
  y: number,
  fontSize: number,
  hugLeft: boolean,
  fallback: 'ltr' | 'rtl',
  full = text,
  direction = textDirection(text, fallback),
): TextLine {
  const anchor = hugLeft === (direction === 'ltr') ? 'start' : 'end';
  return { text: cut.text, full, truncated: cut.truncated, x, y, width: cut.width, fontSize, direction, anchor };
}

/**
 * Measures a label's date line and its title on one line; words wait until wrapping needs them.
 *
 * @param most widest a line of the label may be
 */
export function measureLabel(
  dateText: string,
  titleText: string,
  o: ResolvedOptions,
  most: number,
  wraps = true,
  measureWord: TextMeasurer = o.measure,
): LabelText {
  const date = dateLines(dateText, most, o);
  let words: MeasuredWords | undefined;
  return {
    dateText,
    titleText,
    date,
    natural: o.measure(titleText, o.fontSize),
    most,
    words: () => (words ??= measureWords(titleText, o.fontSize, measureWord)),
    wraps,
    shapes: new Map(),
  };
}

/**
 * The label with its title wrapped at about `lineWidth` (never wider than the label's
 * `most`): on one line when it fits, else on as few lines as that width allows, made
 * even in length. Beyond `maxLines` lines the line width grows, up to `most`; only what
 * still does not fit is cut with "…".
 *
 * @example
 * ```ts
 * shapeLabel(text, 200, o).lines.map((l) => l.text) // ['North Korea founded', 'with Soviet support']
 * ```
 */
export function shapeLabel(t: LabelText, lineWidth: number, o: ResolvedOptions): Shape {
  const wish = Math.max(1, Math.min(lineWidth, t.most));
  const hit = t.shapes.get(wish);
  if (hit) return hit;
  let lines: WrappedLine[];
  if (t.natural <= wish || t.titleText === '' || !t.wraps) {
    const cut = t.natural <= t.most ? undefined : truncateToWidth(t.titleText, t.most, o.fontSize, o.measure);
    lines = [cut ?? { text: t.titleText, width: t.natural, truncated: false }];
  } else {
    const words = t.words();
    // Words are broken only when one is wider than any line may be: a narrower wish
    // gives lines as wide as the widest word (the caller sees the shape does not fit).
    const widestWord = Math.min(Math.max(0, ...words.widths), t.most);
    const at = Math.max(wish, widestWord);
    const count = lineCount(words, at);
    const even = count <= o.maxLines ? balancedWidth(words, count, widestWord, at) : balancedWidth(words, o.maxLines, widestWord, t.most);
    lines = wrapWords(words, even ?? t.most, o.maxLines, o.fontSize, o.measure);
  }
  const shape = shapeOf(t.date, lines, o);
  t.shapes.set(wish, shape);
  return shape;
}

/** The size of a label of these date and title lines. */
function shapeOf(date: readonly Cut[], lines: readonly WrappedLine[], o: ResolvedOptions): Shape {
  const m = metrics(o.fontSize);
  return {
    lines,
    date,
    width: Math.max(widest(date), widest(lines)),
    height: date.length * m.dateLine + lines.length * m.titleLine,
    truncated: lines.some((l) => l.truncated),
  };
}

/**
 * The label in lines no wider than `room` (nor than any line may be), cut with "…" after `maxLines` lines if it
 * must be: for a label with no room to take its whole title anywhere.
 *
 * @example
 * ```ts
 * shapeCut(text, 120, o).truncated // true when the title does not fit in maxLines lines of 120 px
 * ```
 */
export function shapeCut(t: LabelText, room: number, o: ResolvedOptions): Shape {
  const width = Math.min(room, t.most);
  const lines =
    t.natural <= width || !t.wraps
      ? [truncateToWidth(t.titleText, width, o.fontSize, o.measure)]
      : wrapWords(t.words(), width, o.maxLines, o.fontSize, o.measure);
  // The date as measured for the label's widest, when it fits: cut labels are tried often.
  return shapeOf(widest(t.date) <= width ? t.date : dateLines(t.dateText, width, o), lines, o);
}

/**
 * @param measureWord the measurer for the title's words, when it wraps: a layout shares
 * one that remembers words, since titles repeat many of them.
 */
export function prepare(event: TimelineEvent, o: ResolvedOptions, most: number, measureWord?: TextMeasurer): Prepared {
  const dateText = cleanText(formatEventDates(event, o.locale));
  const titleText = cleanText(pickText(event.title, o.locale));
  return { event, start: event.date.start, end: eventEnd(event), ...measureLabel(dateText, titleText, o, most, true, measureWord) };
}

/**
 * A cluster's label from the index alone: its count and its span, without reading any
 * member. O(log n).
 */
export function prepareCluster(vis: VisibleEvents, from: number, to: number, o: ResolvedOptions, most: number): PreparedCluster {
  const start = vis.sorted.starts[positionAt(vis, from)]!;
  const end = visibleEnd(vis, from, to);
  const text = clusterText(to - from, start, end, o.locale);
  return {
    from,
    to,
    start,
    end,
    ariaLabel: cleanText(text.ariaLabel),
    ...measureLabel(cleanText(text.span), cleanText(text.count), o, most, false),
  };
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

/**
 * A shaped label's lines placed in its box: each line against the side its stem is on
 * (`stemOnLeft`), the date first (on two lines when it wraps), then the title's lines.
 */
export function labelLines(
  p: LabelText,
  shape: Shape,
  box: { x: number; y: number; width: number },
  stemOnLeft: boolean,
  o: ResolvedOptions,
): LabelGeometry {
  const m = metrics(o.fontSize);
  const x = stemOnLeft ? box.x + PAD : box.x + box.width - PAD;
  const [date, rest] = shape.date;
  const dateY = box.y + Math.round(m.dateLine * 0.78);
  const firstTitleY = box.y + shape.date.length * m.dateLine + Math.round(m.titleLine * 0.76);
  // One paragraph: every line of a wrapped title reads in the whole title's direction, so
  // a line of an Arabic title that begins with a Latin name still reads right to left.
  const direction = textDirection(p.titleText, o.direction);
  const lines = shape.lines.map((l, i) =>
    line(l.text, l, x, firstTitleY + i * m.titleLine, o.fontSize, stemOnLeft, o.direction, l.text, direction),
  );
  return {
    box: { x: box.x, y: box.y, width: box.width, height: shape.height },
    date: line(p.dateText, date!, x, dateY, m.dateSize, stemOnLeft, o.direction),
    // Both lines read in the whole date's direction, so a range keeps its reading order.
    ...(rest && { dateRest: line(p.dateText, rest, x, dateY + m.dateLine, m.dateSize, stemOnLeft, o.direction, rest.text) }),
    title: { full: p.titleText, truncated: shape.truncated, width: widest(shape.lines), lines },
  };
}

/** Most lines a heading takes: what does not fit in them is cut with "…". */
export const HEADING_LINES = 5;

/**
 * The timeline's heading, wrapped at spaces onto as many lines as the drawing's width
 * asks for, up to {@link HEADING_LINES}, in lines of even length (as CSS's
 * `text-wrap: balance` sets headings), and the height it takes from `top` (its space
 * below included). One paragraph: every line reads in the whole title's direction.
 *
 * @example
 * ```ts
 * heading({ ...o, title: 'Russia and North Korea: seventy-five years of a friendship', width: 320 }, 8)?.text.lines.length // 2
 * ```
 */
export function heading(o: ResolvedOptions, top: number): { text: TextLines; height: number } | undefined {
  const title = cleanText(o.title);
  if (!title) return undefined;
  const m = metrics(o.fontSize);
  const room = Math.max(1, o.width - 2 * MARGIN);
  const bold: TextMeasurer = (text, size) => o.measure(text, size, 'bold');
  const words = measureWords(title, m.headingSize, bold);
  const count = lineCount(words, room);
  const widestWord = Math.min(room, Math.max(0, ...words.widths));
  const width = count <= HEADING_LINES ? (balancedWidth(words, count, widestWord, room) ?? room) : room;
  const wrapped = wrapWords(words, width, HEADING_LINES, m.headingSize, bold);
  const direction = textDirection(title, o.direction);
  const hugLeft = o.direction === 'ltr';
  const x = hugLeft ? MARGIN : o.width - MARGIN;
  const first = top + Math.round(m.headingSize);
  const lines = wrapped.map((l, i) =>
    line(l.text, l, x, first + i * m.headingStep, m.headingSize, hugLeft, o.direction, l.text, direction),
  );
  return {
    text: { full: title, truncated: lines.some((l) => l.truncated), width: widest(lines), lines },
    height: m.headingLine + (lines.length - 1) * m.headingStep,
  };
}
