import type { TimelineEvent } from '../model/types.js';
import type { EraGeometry, OpenSideGeometry, TodayGeometry } from './backdropTypes.js';

export type * from './backdropTypes.js';

/**
 * An axis-aligned box in SVG user units.
 *
 * @example
 * ```ts
 * const box: Box = layoutTimeline(timeline).events[0].label.box;
 * ```
 */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * One line of label text, already truncated to fit.
 *
 * @example
 * ```ts
 * const date: TextLine = layoutTimeline(timeline).events[0].label.date;
 * date.truncated ? date.full : date.text
 * ```
 */
export interface TextLine {
  /** What is drawn (may end in "…"). */
  readonly text: string;
  /** The whole text, kept for `<title>` and screen readers (for a line of a wrapped title: that line before any cut). */
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

/**
 * A title wrapped onto lines at spaces (at most `maxLines`; only what does not fit in
 * those is cut with "…"). Each line reads in its own direction.
 *
 * @example
 * ```ts
 * const title: TextLines = layoutTimeline(timeline).events[0].label.title;
 * title.lines.map((l) => l.text) // ['North Korea founded', 'with Soviet support']
 * title.full                     // 'North Korea founded with Soviet support'
 * ```
 */
export interface TextLines {
  /** The whole title, kept for `<title>` and screen readers. */
  readonly full: string;
  /** Whether the last line was cut with "…". */
  readonly truncated: boolean;
  /** Width of the widest line. */
  readonly width: number;
  /** Top to bottom; at least one. */
  readonly lines: readonly TextLine[];
}

/**
 * Where an event's mark sits: a dot for short events, a bar for those wide enough to show their extent.
 *
 * @example
 * ```ts
 * const mark: MarkGeometry = layoutTimeline(timeline).events[0].mark;
 * if (mark.kind === 'span') console.log(mark.width);
 * ```
 */
export type MarkGeometry =
  | { readonly kind: 'point'; readonly cx: number; readonly cy: number; readonly r: number }
  | { readonly kind: 'span'; readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/**
 * A label's block: the date line above the title's lines. A date wider than the label
 * wraps onto a second line, after the range's separator: `date` then holds its first
 * line (its `full` is the whole date) and `dateRest` the rest.
 *
 * @example
 * ```ts
 * const label: LabelGeometry = layoutTimeline(timeline).events[0].label;
 * label.date.text // '1948', or '12 December 2023 –' over label.dateRest?.text '30 November 2024'
 * label.title.lines.length // 1 to maxLines
 * ```
 */
export interface LabelGeometry {
  readonly box: Box;
  readonly date: TextLine;
  /** The date's second line, when it does not fit on one (the whole date is `date.full`). */
  readonly dateRest?: TextLine;
  readonly title: TextLines;
}

/**
 * The leader from a mark (`x1`, `y1`) to its label (`x2`, `y2`). In a vertical timeline
 * whose labels had to move along the axis to make room, it turns once (`bend`) just
 * beside the axis, so that it runs straight across to its label between the others.
 *
 * @example
 * ```ts
 * const { x1, y1, x2, y2, bend } = layoutTimeline(timeline).events[0].stem;
 * const points = bend ? [[x1, y1], [bend.x, bend.y], [x2, y2]] : [[x1, y1], [x2, y2]];
 * ```
 */
export interface StemGeometry {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly bend?: { readonly x: number; readonly y: number };
}

/**
 * Everything drawn for one event.
 *
 * @example
 * ```ts
 * const e: EventGeometry = layoutTimeline(timeline).events[0];
 * e.ariaLabel // '1948: North Korea founded with Soviet support'
 * ```
 */
export interface EventGeometry {
  readonly id: string;
  readonly event: TimelineEvent;
  /** 0-based position in time order (ties keep input order) among everything drawn, events and clusters. */
  readonly order: number;
  readonly mark: MarkGeometry;
  /** Whether the date (or the end date) is approximate or uncertain (EDTF `~`, `?`, `%`): its mark is drawn with a soft, dashed edge. */
  readonly approximate: boolean;
  /** Leader line from the mark to the label. */
  readonly stem: StemGeometry;
  readonly label: LabelGeometry;
  /** Row (horizontal, counted from the axis on the label's side) or column (vertical, from the axis) the label was placed in. */
  readonly row: number;
  /** Accessible name, e.g. "19 June 2024: Putin and Kim sign the partnership". */
  readonly ariaLabel: string;
  /** Category colour index (0-based, stable per category in order of first appearance), or -1. */
  readonly colorIndex: number;
  /** Index in `geometry.lanes` of the lane it is drawn in, when the timeline is drawn in lanes. */
  readonly lane?: number;
  /** Present when the event's bar runs to the edge of the view because a side of it is open (still going on, or from an indefinite past). */
  readonly open?: OpenSideGeometry;
}

/**
 * Events too close together to label one by one at this zoom, drawn as one mark with
 * one label ("37 events" over "1969 – 1971"). Every visible event is drawn either as an
 * event or inside exactly one cluster. Zooming into `zoomDomain` spreads the members
 * out, so they show as events or as smaller clusters.
 *
 * @example
 * ```ts
 * const [big] = layoutTimeline(timeline).clusters; // { count: 37, ariaLabel: '37 events, 1969 – 1971', … }
 * const closer = layoutTimeline(timeline, { domain: big.zoomDomain }); // its members, apart or in smaller clusters
 * ```
 */
export interface ClusterGeometry {
  /** `c-` + a hash of the first and last member ids and the count: the same members give the same id at any zoom. */
  readonly id: string;
  /** 0-based position among everything drawn (events and clusters), in time order. */
  readonly order: number;
  /** Number of member events. */
  readonly count: number;
  /** Ids of the member events, in time order. */
  readonly memberIds: readonly string[];
  /** Id of the first member: `memberIds[0]`. */
  readonly firstId: string;
  /** First instant covered by a member (UTC ms); `-Infinity` when a member comes from an indefinite past (`../1950`). */
  readonly start: number;
  /** First instant after the last member ends (UTC ms, exclusive); `Infinity` when a member is still going on (`2022-02/..`). */
  readonly end: number;
  /**
   * A time window, around where the members' marks stand at this zoom, to pass as
   * `domain` to zoom into the cluster: its members then spread over the whole axis and
   * show alone or in smaller clusters (events that start at the same instant stay
   * together at any zoom). Unlike `start`…`end`, one long member does not stretch it.
   */
  readonly zoomDomain: readonly [number, number];
  /** A rounded bar over the members' marks on the axis, at least as big as an event's dot. */
  readonly mark: Box;
  readonly stem: StemGeometry;
  /** `date` holds the span ("1969 – 1971"), `title` the count ("37 events"). */
  readonly label: LabelGeometry;
  readonly row: number;
  /** Accessible name, e.g. "37 events, 1969 – 1971". */
  readonly ariaLabel: string;
  /** Index in `geometry.lanes` of the lane its members are in, when the timeline is drawn in lanes. */
  readonly lane?: number;
}

/**
 * A few pixels of axis and how busy they are: `value` is the number of events whose marks
 * touch the bin (`count`), divided by the largest such number. Positions run along the
 * axis: x for a horizontal timeline, y for a vertical one.
 *
 * @example
 * ```ts
 * const bin: DensityBin = { x0: 16, x1: 20, value: 0.25, count: 3 }; // a quarter as busy as the busiest bin
 * ```
 */
export interface DensityBin {
  readonly x0: number;
  readonly x1: number;
  readonly value: number;
  readonly count: number;
}

/**
 * One tick of the time axis: where it stands and its label (written at the tick unit, BCE-aware).
 *
 * @example
 * ```ts
 * const tick: TickGeometry = layoutTimeline(timeline).axis.ticks[0];
 * tick.label // '1950'
 * ```
 */
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

/**
 * The time axis: its line, its ticks, the unit they count in and the visible time range.
 *
 * @example
 * ```ts
 * const { axis } = layoutTimeline(timeline);
 * axis.ticks.map((t) => t.label) // ['1950', '1960', …]
 * ```
 */
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

/**
 * The complete, DOM-free description of a timeline drawing.
 *
 * @example
 * ```ts
 * const g: TimelineGeometry = layoutTimeline(timeline, { width: 720 });
 * g.height // grows with the rows of labels
 * ```
 */
export interface TimelineGeometry {
  readonly width: number;
  readonly height: number;
  readonly orientation: 'horizontal' | 'vertical';
  readonly direction: 'ltr' | 'rtl';
  readonly locale: string;
  readonly fontSize: number;
  /** Visible heading, when the timeline has a title: wrapped onto up to three lines. */
  readonly heading?: TextLines;
  /** The level screen readers announce the heading at (`aria-level`), 1 to 6. */
  readonly headingLevel: number;
  /** Accessible title and description of the whole drawing. */
  readonly title: string;
  readonly description: string;
  readonly axis: AxisGeometry;
  /** Events drawn one by one, in time order. */
  readonly events: readonly EventGeometry[];
  /** Groups of events drawn as one mark each, in time order. Empty while every label fits. */
  readonly clusters: readonly ClusterGeometry[];
  /**
   * How busy each few pixels of the axis are, drawn as a thin strip along it. Empty while
   * every event has its own label (the marks show it then).
   */
  readonly density: readonly DensityBin[];
  /** Categories in order of first appearance in time (over all events, so colours stay put while zooming). */
  readonly categories: readonly string[];
  /** The key to colours and marks, when events have two or more categories and `legend` is not `false`. */
  readonly legend?: LegendGeometry;
  /** The timeline's eras that the view shows, in input order, drawn behind everything; present when it has eras. */
  readonly eras?: readonly EraGeometry[];
  /** The `today` line, when the option is given and its date is in view. */
  readonly today?: TodayGeometry;
  /**
   * The lanes, in the order drawn (top to bottom, or in reading order side by side), when
   * the timeline has lanes and `lanes` is not `false`. `events` and `clusters` are then
   * in lane order, each lane's in time order, and `order` counts them so.
   */
  readonly lanes?: readonly LaneGeometry[];
}

/**
 * One lane: a band across the time axis (a column beside the others in a vertical
 * timeline) holding the marks, stems and labels of its events.
 *
 * @example
 * ```ts
 * const lane: LaneGeometry = layoutTimeline(parseTimeline({ events, lanes: ['Moscow'] })).lanes![0];
 * lane.name        // 'Moscow'
 * lane.label?.text // 'Moscow', cut with "…" when wider than the band
 * ```
 */
export interface LaneGeometry {
  /** The lane's name; absent for the band of events without a lane. */
  readonly name?: string;
  /** The space the lane takes: everything drawn for its events stays inside it. */
  readonly band: Box;
  /** The name as drawn, at the band's reading start; absent with the name. */
  readonly label?: TextLine;
  /** What a screen reader calls the lane's list: its name, or "other events" in the timeline's language for the band without one. */
  readonly spokenName: string;
  /** Where the lane's marks sit, along the time axis. */
  readonly line: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

/**
 * One entry of the legend: a swatch and its words. `category` entries show a category's
 * colour (`colorIndex`) and name; the `other` entry the neutral colour of events without
 * a category ("other"); the `approximate` entry the soft, dashed mark of approximate and
 * uncertain dates.
 *
 * @example
 * ```ts
 * const item: LegendItem = layoutTimeline(timeline).legend!.items[0];
 * item.label.text // 'history'
 * ```
 */
export interface LegendItem {
  /** `more` counts the categories left out ("+7") after the first 23. */
  readonly kind: 'category' | 'other' | 'approximate' | 'more';
  /** Category colour index, as on events; -1 for the other entries. */
  readonly colorIndex: number;
  readonly swatch: Box;
  readonly label: TextLine;
}

/**
 * The legend: its entries in reading order (right to left in a right-to-left timeline),
 * flowing onto more lines when they do not fit in one, under the heading.
 *
 * @example
 * ```ts
 * const legend: LegendGeometry | undefined = layoutTimeline(timeline).legend;
 * legend?.items.map((i) => i.label.text) // ['history', 'diplomacy', …]
 * ```
 */
export interface LegendGeometry {
  /** The space the legend takes. */
  readonly box: Box;
  /** Accessible name of the legend, in the timeline's language ("Legend"). */
  readonly name: string;
  readonly items: readonly LegendItem[];
}
