import { formatEventDate } from '../format/formatEventDate.js';
import { getLocaleSpec } from '../format/locales.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { chooseTicks } from './axisTicks.js';
import { cleanText } from './cleanText.js';
import { densityBins } from './density.js';
import { dodge } from './dodge.js';
import { resolveOptions, type LayoutOptions, type ResolvedOptions } from './resolveOptions.js';
import { sortedEvents, visibleEvents, type VisibleEvents } from './sortedEvents.js';
import { placeRowsWithin, upperBound } from './stackRows.js';
import { groupings, MIN_SPAN_PX, positions, stemExtent } from './grouping.js';
import { heading, labelLines, MARGIN, measureLabel, metrics, PAD, prepare, prepareCluster, type Prepared, type PreparedCluster } from './labels.js';
import { timeScale, type TimeScale } from './timeScale.js';
import type {
  Box,
  ClusterGeometry,
  DensityBin,
  EventGeometry,
  LabelGeometry,
  MarkGeometry,
  TickGeometry,
  TimelineGeometry,
} from './types.js';

const DAY = 86_400_000;
const MARK_R = 5;
const SPAN_THICKNESS = 8;
/** Thickness (and least length) of a cluster's bar: a little bigger than an event's dot. */
const CLUSTER_SIZE = 12;
/** Space between two labels on one row. */
const LABEL_GAP = 10;
const STEM_MIN = 10;

/** One thing to draw with a label: an event, or a run of events `[from, to)` of the visible ones. */
type Item =
  | { readonly kind: 'event'; readonly p: Prepared; readonly from: number }
  | { readonly kind: 'cluster'; readonly c: PreparedCluster; readonly from: number; readonly to: number };

/**
 * The time range shown: the given domain, else all events with a margin, and never
 * shorter than two weeks so that ticks stay at whole days.
 *
 * @example
 * ```ts
 * const [start, end] = timeDomain(parseTimeline(data).events); // UTC ms, padded
 * ```
 */
export function timeDomain(events: readonly TimelineEvent[], given?: readonly [number, number]): [number, number] {
  if (given) return [given[0], given[1]];
  if (events.length === 0) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const sorted = sortedEvents(events);
  let lo = sorted.starts[0]!;
  let hi = sorted.endsSoFar[events.length - 1]!;
  const minSpan = 14 * DAY;
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const pad = (hi - lo) * 0.03;
  return [lo - pad, hi + pad];
}

function describe(vis: VisibleEvents, o: ResolvedOptions): string {
  const spec = getLocaleSpec(o.locale);
  const { events, ends } = vis;
  if (events.length === 0) return spec.events(0);
  const first = events[0]!;
  let last = 0;
  for (let i = 1; i < ends.length; i++) if (ends[i]! > ends[last]!) last = i;
  const lastEvent = events[last]!;
  const from = formatEventDate(first.date, o.locale);
  const to = formatEventDate(lastEvent.end ?? lastEvent.date, o.locale);
  return from === to ? `${spec.events(events.length)}: ${from}` : `${spec.events(events.length)}: ${from}${spec.rangeSeparator}${to}`;
}

/** Events and clusters for one grouping; events are prepared once and reused by coarser groupings. */
function itemsFor(bounds: Int32Array, vis: VisibleEvents, memo: (Prepared | undefined)[], o: ResolvedOptions, maxWidth: number): Item[] {
  const items: Item[] = [];
  for (let g = 0; g + 1 < bounds.length; g++) {
    const from = bounds[g]!;
    const to = bounds[g + 1]!;
    if (to - from === 1) items.push({ kind: 'event', p: (memo[from] ??= prepare(vis.events[from]!, o, maxWidth)), from });
    else items.push({ kind: 'cluster', c: prepareCluster(vis, from, to, o, maxWidth), from, to });
  }
  return items;
}

interface Common {
  o: ResolvedOptions;
  vis: VisibleEvents;
  colorOf: (e: TimelineEvent) => number;
  domain: [number, number];
  maxText: number;
}

interface Part {
  height: number;
  axis: TimelineGeometry['axis'];
  events: EventGeometry[];
  clusters: ClusterGeometry[];
  density: DensityBin[];
  headingY: number;
}

function layoutHorizontal({ o, vis, colorOf, domain, maxText }: Common): Part {
  const m = metrics(o.fontSize);
  const x0 = MARGIN;
  const x1 = o.width - MARGIN;
  const ltr = o.direction === 'ltr';
  const scale = timeScale(domain, ltr ? [x0, x1] : [x1, x0]);
  const pos = positions(vis, scale, true, ltr);

  // Where a label of `boxWidth` goes for a stem at `stemX`: on the side labels grow
  // towards, unless that leaves the drawing.
  const boxAt = (stemX: number, boxWidth: number) => {
    let left = ltr ? stemX : stemX - boxWidth;
    if (left + boxWidth > x1) left = stemX - boxWidth;
    if (left < x0) left = stemX;
    left = Math.max(x0, Math.min(left, x1 - boxWidth));
    const stemOnLeft = Math.abs(left - stemX) <= Math.abs(left + boxWidth - stemX);
    return { left, boxWidth, stemOnLeft };
  };
  const placedOf = (item: Item) => {
    if (item.kind === 'event') {
      const k = item.from;
      const stemX = pos.stem[k]!;
      return { item, lo: pos.a[k]!, hi: pos.b[k]!, isSpan: pos.span[k] === 1, stemX, ...boxAt(stemX, item.p.width + PAD) };
    }
    const [lo, hi] = stemExtent(pos, item.from, item.to);
    const isSpan = hi - lo >= MIN_SPAN_PX;
    const stemX = isSpan ? (ltr ? lo : hi) : (lo + hi) / 2;
    return { item, lo, hi, isSpan, stemX, ...boxAt(stemX, item.c.width + PAD) };
  };

  // Every row holds at most this many labels, each at least a digit wide: more items than
  // fit in the allowed rows cannot fit, so those groupings are not even measured.
  const narrowest = PAD + o.measure('0', m.dateSize, 'bold');
  const perRow = Math.max(1, Math.floor((x1 - x0 + LABEL_GAP) / (narrowest + LABEL_GAP)));
  const memo: (Prepared | undefined)[] = new Array(vis.events.length);
  let placed: ReturnType<typeof placedOf>[] = [];
  let rows: number[] = [];
  let count = 0;
  for (const { bounds, grouped } of groupings(pos, x1 - x0, { apart: o.maxRows * perRow, grouped: o.clusterRows * perRow })) {
    const attempt = itemsFor(bounds, vis, memo, o, maxText).map(placedOf);
    const fit = placeRowsWithin(
      attempt.map((q) => ({ x0: q.left, x1: q.left + q.boxWidth, stem: q.stemX })),
      LABEL_GAP,
      ltr ? 'right' : 'left',
      grouped ? o.clusterRows : o.maxRows,
    );
    if (fit) {
      ({ rows, count } = fit);
      placed = attempt;
      break;
    }
  }

  const rowHeight = m.labelHeight + m.rowGap;
  const top = 8;
  const headingBlock = o.title ? m.headingLine : 0;
  const tickArea = 6 + Math.ceil(m.tickSize * 1.5);
  const needed = top + headingBlock + count * rowHeight + STEM_MIN + MARK_R + tickArea + 8;
  const height = Math.ceil(Math.max(o.minHeight, needed));
  const axisY = height - 8 - tickArea;
  const labelsBottom = axisY - MARK_R - STEM_MIN;

  const events: EventGeometry[] = [];
  const clusters: ClusterGeometry[] = [];
  placed.forEach((q, i) => {
    const row = rows[i]!;
    const boxTop = labelsBottom - row * rowHeight - m.labelHeight;
    const box = { x: q.left, y: boxTop, width: q.boxWidth };
    if (q.item.kind === 'event') {
      const label = labelLines(q.item.p, box, q.stemOnLeft, o);
      const mark: MarkGeometry = q.isSpan
        ? { kind: 'span', x: q.lo, y: axisY - SPAN_THICKNESS / 2, width: q.hi - q.lo, height: SPAN_THICKNESS }
        : { kind: 'point', cx: q.stemX, cy: axisY, r: MARK_R };
      const markTop = q.isSpan ? axisY - SPAN_THICKNESS / 2 : axisY - MARK_R;
      events.push(geometryOf(q.item.p, i, row, mark, { x1: q.stemX, y1: markTop, x2: q.stemX, y2: boxTop }, label, colorOf));
    } else {
      const length = Math.max(CLUSTER_SIZE, q.hi - q.lo);
      const mark: Box = { x: (q.lo + q.hi) / 2 - length / 2, y: axisY - CLUSTER_SIZE / 2, width: length, height: CLUSTER_SIZE };
      const stem = { x1: q.stemX, y1: mark.y, x2: q.stemX, y2: boxTop };
      clusters.push(clusterOf(q.item.c, vis, i, row, mark, stem, labelLines(q.item.c, box, q.stemOnLeft, o), zoomWindow(scale, q.item.c, vis, q.lo, q.hi)));
    }
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
  const density = clusters.length ? densityBins(pos.a, pos.b, x0, x1) : [];
  return { height, axis, events, clusters, density, headingY: top + Math.round(m.headingSize) };
}

function layoutVertical({ o, vis, colorOf, domain, maxText: plotMaxText }: Common): Part {
  const m = metrics(o.fontSize);
  const headingBlock = o.title ? m.headingLine : 0;
  const top = 8 + headingBlock + 8;
  const plotHeight = Math.max(120, o.minHeight - top - MARGIN);
  const scale = timeScale(domain, [top, top + plotHeight]);
  const { ticks: chosen, unit } = chooseTicks(scale, plotHeight, o.locale, m.tickSize, o.measure, 'y');
  const tickWidth = chosen.reduce((w, t) => Math.max(w, t.width), 0);
  const ltr = o.direction === 'ltr';
  const axisX = ltr ? MARGIN + tickWidth + 8 : o.width - MARGIN - tickWidth - 8;
  const inner = 16;
  const areaWidth = ltr ? o.width - MARGIN - (axisX + inner) : axisX - inner - MARGIN;
  const maxText = Math.max(20, Math.min(o.maxLabelWidth, areaWidth - PAD));
  const pos = positions(vis, scale, false, ltr);

  // Labels stack one under another: as many as fit the plot, or as many as the rows allowed.
  const fit = Math.floor((plotHeight + m.rowGap) / (m.labelHeight + m.rowGap));
  let bounds: Int32Array = Int32Array.of(0);
  for (const g of groupings(pos, plotHeight, { apart: Math.max(o.maxRows, fit), grouped: Math.max(o.clusterRows, fit) })) {
    bounds = g.bounds;
    break;
  }
  const memo: (Prepared | undefined)[] = new Array(vis.events.length);
  const items = itemsFor(bounds, vis, memo, o, plotMaxText).map((item): Item => {
    if (item.kind === 'event') return item.p.width <= maxText ? item : { ...item, p: refit(item.p, maxText, o) };
    return item.c.width <= maxText ? item : { ...item, c: { ...item.c, ...measureLabel(item.c.dateText, item.c.titleText, o, maxText) } };
  });

  const spans = items.map((item) => {
    if (item.kind === 'event') {
      const k = item.from;
      return { item, a: pos.a[k]!, b: pos.b[k]!, isSpan: pos.span[k] === 1, anchorY: pos.stem[k]! };
    }
    const [a, b] = stemExtent(pos, item.from, item.to);
    const isSpan = b - a >= MIN_SPAN_PX;
    return { item, a, b, isSpan, anchorY: isSpan ? a : (a + b) / 2 };
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

  const events: EventGeometry[] = [];
  const clusters: ClusterGeometry[] = [];
  const side = ltr ? 1 : -1;
  spans.forEach((s, i) => {
    const text = s.item.kind === 'event' ? s.item.p : s.item.c;
    const boxWidth = text.width + PAD;
    const boxX = ltr ? axisX + inner : axisX - inner - boxWidth;
    const boxTop = tops[i]!;
    const label = labelLines(text, { x: boxX, y: boxTop, width: boxWidth }, ltr, o);
    const stemEnd = { x2: ltr ? boxX : boxX + boxWidth, y2: boxTop + m.labelHeight / 2 };
    if (s.item.kind === 'event') {
      const mark: MarkGeometry = s.isSpan
        ? { kind: 'span', x: axisX - SPAN_THICKNESS / 2, y: s.a, width: SPAN_THICKNESS, height: s.b - s.a }
        : { kind: 'point', cx: axisX, cy: s.anchorY, r: MARK_R };
      const stem = { x1: axisX + side * (s.isSpan ? SPAN_THICKNESS / 2 : MARK_R), y1: s.anchorY, ...stemEnd };
      events.push(geometryOf(s.item.p, i, i, mark, stem, label, colorOf));
    } else {
      const length = Math.max(CLUSTER_SIZE, s.b - s.a);
      const mark: Box = { x: axisX - CLUSTER_SIZE / 2, y: (s.a + s.b) / 2 - length / 2, width: CLUSTER_SIZE, height: length };
      const stem = { x1: axisX + (side * CLUSTER_SIZE) / 2, y1: s.anchorY, ...stemEnd };
      clusters.push(clusterOf(s.item.c, vis, i, i, mark, stem, label, zoomWindow(scale, s.item.c, vis, s.a, s.b)));
    }
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
  const density = clusters.length ? densityBins(pos.a, pos.b, top, top + plotHeight) : [];
  return { height, axis, events, clusters, density, headingY: 8 + Math.round(m.headingSize) };
}

function refit(p: Prepared, maxWidth: number, o: ResolvedOptions): Prepared {
  return { ...p, ...measureLabel(p.dateText, p.titleText, o, maxWidth) };
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
 * Where to zoom to see a cluster's members apart: the time under its stems (`lo` to
 * `hi` px, with a margin), cut to start at its earliest member's start and to end before
 * the next event starts. Members then spread over the axis, and no other event can
 * stand among them: earlier events began before the window and stand together at its
 * edge, later ones are outside. Members within a few pixels get a few pixels' worth of
 * margin, wider clusters half a pixel.
 */
function zoomWindow(scale: TimeScale, c: PreparedCluster, vis: VisibleEvents, lo: number, hi: number): [number, number] {
  const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const pad = Math.max(0.5, 2 - (hi - lo) / 2) * Math.abs((d1 - d0) / (r1 - r0));
  const a = scale.invert(lo).getTime();
  const b = scale.invert(hi).getTime();
  let end = Math.max(a, b) + pad;
  // Events that start with the last member cannot be told from it; the next ones can.
  const lastStart = vis.starts[c.to - 1]!;
  const next = upperBound(vis.starts, lastStart);
  if (next < vis.starts.length) end = Math.min(end, vis.starts[next]!);
  return [c.start, Math.max(end, lastStart + 1)];
}

function clusterOf(
  c: PreparedCluster,
  vis: VisibleEvents,
  order: number,
  row: number,
  mark: Box,
  stem: ClusterGeometry['stem'],
  label: LabelGeometry,
  zoomDomain: [number, number],
): ClusterGeometry {
  return {
    id: c.id,
    order,
    count: c.to - c.from,
    memberIds: vis.events.slice(c.from, c.to).map((e) => e.id),
    firstId: vis.events[c.from]!.id,
    start: c.start,
    end: c.end,
    zoomDomain,
    mark,
    stem,
    label,
    row,
    ariaLabel: c.ariaLabel,
  };
}

/**
 * Turns validated events into geometry: positions of marks, stems, labels and ticks,
 * and the drawing's size. Pure: no DOM, no clock; the same input gives the same
 * numbers. Labels never overlap each other or the axis and stay inside the drawing,
 * which grows taller when they need more rows.
 *
 * Level of detail: while every label fits in `maxRows` rows (default 50), every event
 * has its own label. Beyond that the closest events are grouped into clusters
 * (`geometry.clusters`, "37 events, 1969 – 1971"), as finely as still fits, and a
 * density strip (`geometry.density`) shows how the events spread along the axis. The
 * output then grows with the pixels, not with the events: only events that end up
 * drawn alone are measured. Zooming (a narrower `domain`) splits clusters.
 *
 * Cost: O(n log n) for the first layout of a timeline (sorting, cached per events
 * array), then O(log n + v) per layout of v visible events.
 *
 * @example
 * ```ts
 * const geometry = layoutTimeline(parseTimeline(events), { width: 720, locale: 'ar' });
 * geometry.events[0].label.box // { x: …, y: …, width: …, height: … }
 * geometry.clusters            // [] for a short timeline
 * ```
 */
export function layoutTimeline(timeline: Timeline, options: LayoutOptions = {}): TimelineGeometry {
  const o = resolveOptions(timeline, options);
  const domain = timeDomain(timeline.events, o.domain);
  const sorted = sortedEvents(timeline.events);
  const vis = visibleEvents(sorted, domain);
  const colorOf = (e: TimelineEvent) => (e.category === undefined ? -1 : sorted.categoryIndex.get(e.category)!);
  const plotWidth = o.width - 2 * MARGIN;
  const maxText = Math.max(20, Math.min(o.maxLabelWidth, plotWidth - PAD));
  const common: Common = { o, vis, colorOf, domain, maxText };
  const part = o.orientation === 'vertical' ? layoutVertical(common) : layoutHorizontal(common);
  const head = heading(o, part.headingY);
  // Words of a registered locale are shown too: they take the labels' cleaning.
  const description = cleanText(describe(vis, o));
  return {
    width: o.width,
    height: part.height,
    orientation: o.orientation,
    direction: o.direction,
    locale: o.locale,
    fontSize: o.fontSize,
    ...(head ? { heading: head } : {}),
    title: cleanText(o.title) || description,
    description,
    axis: part.axis,
    events: part.events,
    clusters: part.clusters,
    density: part.density,
    categories: sorted.categories,
  };
}
