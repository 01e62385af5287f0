import type { TimelineEvent } from '../model/types.js';

/** An axis-aligned box in SVG user units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One line of label text, already truncated to fit. */
export interface TextLine {
  /** What is drawn (may end in "…"). */
  readonly text: string;
  /** The whole text, kept for `<title>` and screen readers. */
  readonly full: string;
  readonly truncated: boolean;
  /** Where the text is anchored: its left edge when it hugs the left of its box, else its right edge. */
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
  /** Base direction of this text (from its first strong letter), drawn as SVG `direction`. */
  readonly direction: 'ltr' | 'rtl';
  /** SVG `text-anchor` that, with `direction`, puts the text against `x`. */
  readonly anchor: 'start' | 'end';
}

/** Where an event's mark sits: a dot for short events, a bar for those wide enough to show their extent. */
export type MarkGeometry =
  | { readonly kind: 'point'; readonly cx: number; readonly cy: number; readonly r: number }
  | { readonly kind: 'span'; readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** A label's block: the date line above the title line. */
export interface LabelGeometry {
  readonly box: Box;
  readonly date: TextLine;
  readonly title: TextLine;
}

/** Everything drawn for one event. */
export interface EventGeometry {
  readonly id: string;
  readonly event: TimelineEvent;
  /** 0-based position in time order (ties keep input order). */
  readonly order: number;
  readonly mark: MarkGeometry;
  /** Leader line from the mark to the label. */
  readonly stem: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
  readonly label: LabelGeometry;
  /** Row (horizontal) or slot (vertical) the label was placed in. */
  readonly row: number;
  /** Accessible name, e.g. "19 June 2024: Putin and Kim sign the partnership". */
  readonly ariaLabel: string;
  /** Category colour index (0-based, stable per category in order of first appearance), or -1. */
  readonly colorIndex: number;
}

export interface TickGeometry {
  readonly value: number;
  /** Position along the axis line. */
  readonly x: number;
  readonly y: number;
  readonly label: string;
  /** Label position (its text anchor sits here). */
  readonly labelX: number;
  readonly labelY: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface AxisGeometry {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly ticks: readonly TickGeometry[];
  readonly unit: 'year' | 'month' | 'day';
  /** Visible time domain, UTC ms, in time order. */
  readonly domain: readonly [number, number];
  readonly fontSize: number;
}

/** The complete, DOM-free description of a timeline drawing. */
export interface TimelineGeometry {
  readonly width: number;
  readonly height: number;
  readonly orientation: 'horizontal' | 'vertical';
  readonly direction: 'ltr' | 'rtl';
  readonly locale: string;
  readonly fontSize: number;
  /** Visible heading, when the timeline has a title. */
  readonly heading?: TextLine;
  /** Accessible title and description of the whole drawing. */
  readonly title: string;
  readonly description: string;
  readonly axis: AxisGeometry;
  readonly events: readonly EventGeometry[];
  /** Categories in order of first appearance. */
  readonly categories: readonly string[];
}
