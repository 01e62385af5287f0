import { describeEvents } from '../format/describeEvents.js';
import { backdropExtents, backdropOf } from './backdrop.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { cleanText } from './cleanText.js';
import { measureTextWidth, type TextMeasurer } from './measureText.js';
import { heading } from './labels.js';
import { layoutHorizontal } from './layoutHorizontal.js';
import type { Part } from './labelItems.js';
import { layoutLanes } from './lanes.js';
import { categoryNames, layoutLegend, legendMoved } from './legend.js';
import { legendInCorner } from './legendCorner.js';
import { shiftPart } from './shiftPart.js';
import { layoutVertical } from './layoutVertical.js';
import { resolveOptions, type LayoutOptions, type ResolvedOptions } from './resolveOptions.js';
import { positionAt, sortedEvents, visibleEvents, type VisibleEvents } from './sortedEvents.js';
import type { LaneGeometry, TimelineGeometry } from './types.js';

const DAY = 86_400_000;
/** Space between the legend and what is under it. */
const LEGEND_GAP = 8;

/**
 * The time range shown: the given domain, else all events with a margin, and never
 * shorter than two weeks so that ticks stay at whole days.
 *
 * @param also further time ranges the range covers (the eras, the today date)
 * @example
 * ```ts
 * const [start, end] = timeDomain(parseTimeline(data).events); // UTC ms, padded
 * ```
 */
export function timeDomain(
  events: readonly TimelineEvent[],
  given?: readonly [number, number],
  also: readonly (readonly [number, number])[] = [],
): [number, number] {
  if (given) return [given[0], given[1]];
  // The dates events give: an open side (still going on, from an indefinite past) adds no time of its own.
  const known = events.length ? sortedEvents(events).known : undefined;
  let lo = Math.min(known?.[0] ?? Infinity, ...also.map((r) => r[0]));
  let hi = Math.max(known?.[1] ?? -Infinity, ...also.map((r) => r[1]));
  if (!(lo <= hi)) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const minSpan = 14 * DAY;
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const pad = (hi - lo) * 0.03;
  return [lo - pad, hi + pad];
}

/** "37 events: 1969 – 1971", from the index: the first visible event and the first of those that end last. */
function describe(vis: VisibleEvents, o: ResolvedOptions): string {
  if (vis.count === 0) return describeEvents(0, undefined, undefined, o.locale);
  const { events, endTree } = vis.sorted;
  const firstAt = positionAt(vis, 0);
  const stop = vis.inside + vis.count - vis.before;
  const lastEvent = events[endTree.firstAbove(firstAt, stop, endTree.max(firstAt, stop), true)]!;
  return describeEvents(vis.count, events[firstAt], lastEvent, o.locale);
}

/**
 * Turns validated events into geometry: positions of marks, stems, labels and ticks,
 * and the drawing's size. Pure: no DOM, no clock; the same input gives the same
 * numbers. Labels never overlap each other, the axis or the legend, no stem runs through
 * another event's label, and everything stays inside the drawing, which grows taller
 * when labels need more rows.
 *
 * Labels: titles wrap at spaces onto up to `maxLines` lines (3), as wide as the room
 * beside their stem allows; only what does not fit in those lines is cut with "…" (the
 * whole title stays in the geometry for `<title>` and the accessible name). A horizontal
 * timeline stacks them row by row from the axis out, opening each label forward or
 * backward from its stem, and puts them below the axis too when that makes the drawing
 * shorter. A vertical one stands them in columns beside their marks, moving them along
 * the axis only as far as a crowd needs. With two or more categories a legend
 * (`geometry.legend`) stands under the heading.
 *
 * Level of detail: while every label fits in `maxRows` rows (default 50), every event
 * has its own label. Beyond that the closest events are grouped into clusters
 * (`geometry.clusters`, "37 events, 1969 – 1971"), as finely as still fits, and a
 * density strip (`geometry.density`) shows how the events spread along the axis. The
 * output then grows with the pixels, not with the events. Zooming (a narrower
 * `domain`) splits clusters.
 *
 * Lanes: a timeline with lanes (and `lanes` not `false`) is drawn one band per lane
 * (`geometry.lanes`), each laid out as above on its own events, so it clusters and zooms
 * within itself, on one time axis; events and clusters then come lane by lane.
 *
 * Cost: O(n log n) for the first layout of a timeline (the index: sorting, cached per
 * events array). Each layout after that asks the index by binary search: it looks at
 * each visible event only while there are at most two per px of axis (or while they
 * might all be drawn), else at cells of the axis; groupings are tried from the coarsest,
 * and a grouping's labels are measured only once cheap bounds (stems too crowded for
 * the rows, widths over the rows' room) have not already ruled it out.
 *
 * @example
 * ```ts
 * const geometry = layoutTimeline(parseTimeline(events), { width: 720, locale: 'ar' });
 * geometry.events[0].label.box // { x: …, y: …, width: …, height: … }
 * geometry.clusters            // [] for a short timeline
 * ```
 */
export function layoutTimeline(timeline: Timeline, options: LayoutOptions = {}): TimelineGeometry {
  return layoutMeasured(timeline, options, options.measureText ?? measureTextWidth);
}

/**
 * {@link layoutTimeline} with the measurer given apart from the options (whose
 * `measureText` it does not read), for callers with a default of their own: a live page
 * measures with its canvas, and its bundle then leaves the width table out.
 *
 * @example
 * ```ts
 * layoutMeasured(timeline, options, options.measureText ?? createCanvasMeasurer(ctx));
 * ```
 */
export function layoutMeasured(timeline: Timeline, options: LayoutOptions, measure: TextMeasurer): TimelineGeometry {
  const o: ResolvedOptions = { ...resolveOptions(timeline, options), measure };
  const domain = timeDomain(timeline.events, o.domain, backdropExtents(timeline, o));
  const sorted = sortedEvents(timeline.events);
  const vis = visibleEvents(sorted, domain);
  const colorOf = (e: TimelineEvent) => (e.category === undefined ? -1 : sorted.categoryIndex.get(e.category)!);
  // Heading, then legend, then the timeline.
  const head = heading(o, 8);
  const legendTop = 8 + (head?.height ?? 0);
  const names = categoryNames(sorted.categories, timeline.categories, o.locale);
  // The corner tries the legend at a few widths: its words are measured once.
  const widths = new Map<string, number>();
  const lo: ResolvedOptions = {
    ...o,
    measure: (text, size, weight = 'normal') => {
      const key = `${size} ${weight} ${text}`;
      let w = widths.get(key);
      if (w === undefined) widths.set(key, (w = o.measure(text, size, weight)));
      return w;
    },
  };
  const marks = { approximate: sorted.anyApproximate, uncategorized: sorted.anyUncategorized };
  const banded = layoutLegend(lo, names, marks, legendTop);
  const partAt = (top: number) => {
    const backdrop = backdropOf(timeline, o, top);
    const common = { o, vis, colorOf, domain, top: backdrop.top, inset: backdrop.inset };
    const part: Part & { lanes?: LaneGeometry[] } =
      (o.lanes && timeline.lanes && layoutLanes(common, timeline)) ||
      (o.orientation === 'vertical' ? layoutVertical(common) : layoutHorizontal(common));
    return { backdrop, part };
  };
  // A horizontal drawing's legend stands in a top corner the labels leave empty, where
  // there is one, rather than in a band of its own; not over the strip of eras or today.
  let laidOut: ReturnType<typeof partAt> | undefined;
  let legend = banded && legendMoved(banded, 0, o.direction === 'ltr', false);
  const top = legend ? legend.box.y + legend.box.height + LEGEND_GAP : legendTop;
  if (banded && o.orientation === 'horizontal' && !(o.lanes && timeline.lanes) && !timeline.eras?.length && !o.today) {
    const tried = partAt(legendTop);
    const corner = legendInCorner(lo, names, marks, legendTop, tried.part);
    if (corner) [laidOut, legend] = [tried, corner];
    // Under a band, the same rows, lower.
    else laidOut = { backdrop: backdropOf(timeline, o, top), part: shiftPart(tried.part, top - legendTop) };
  }
  laidOut ??= partAt(top);
  const { backdrop, part } = laidOut;
  const { events, eras, today } = backdrop.finish(part);
  // Words of a registered locale are shown too: they take the labels' cleaning.
  const description = cleanText(describe(vis, o));
  return {
    width: o.width,
    height: part.height,
    orientation: o.orientation,
    direction: o.direction,
    locale: o.locale,
    fontSize: o.fontSize,
    ...(head ? { heading: head.text } : {}),
    headingLevel: o.headingLevel,
    title: cleanText(o.title) || description,
    description,
    axis: part.axis,
    events,
    clusters: part.clusters,
    density: part.density,
    categories: sorted.categories,
    ...(legend ? { legend } : {}),
    ...(part.lanes ? { lanes: part.lanes } : {}),
    ...(eras ? { eras } : {}),
    ...(today ? { today } : {}),
  };
}
