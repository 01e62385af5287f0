import { describeEvents } from '../format/describeEvents.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { chooseTicks } from './axisTicks.js';
import { cleanText } from './cleanText.js';
import { measureTextWidth, type TextMeasurer } from './measureText.js';
import { densityBins } from './density.js';
import { dodge } from './dodge.js';
import { resolveOptions, type LayoutOptions, type ResolvedOptions } from './resolveOptions.js';
import { nextVisibleStart, positionAt, sortedEvents, visibleEvents, type VisibleEvents } from './sortedEvents.js';
import { placeRowsWithin } from './placeRows.js';
import { apartLevel, detailOf, groupings, MIN_SPAN_PX, visibleMark, type Level, type Mark } from './grouping.js';
import { clusterId, heading, labelLines, MARGIN, measureLabel, metrics, PAD, prepare, prepareCluster, type Prepared, type PreparedCluster } from './labels.js';
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

/**
 * One thing to draw with a label: an event, or a run of visible events `[from, to)`,
 * with where its stem stands. Its text is measured only when a layout tries it.
 */
interface Item {
  readonly from: number;
  readonly to: number;
  /** An event's mark, or the extent of a cluster's stems, along the axis. */
  readonly lo: number;
  readonly hi: number;
  readonly isSpan: boolean;
  readonly stemX: number;
}

/** A tried item with its text. */
type Labelled = Item & ({ readonly p: Prepared; readonly c?: undefined } | { readonly c: PreparedCluster; readonly p?: undefined });

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
  let hi = sorted.endTree.max(0, events.length);
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
 * The items of a level, with stems but no text yet. An event's stem is its mark's; a
 * cluster's stands at its start (`lo`, or `hi` in a right-to-left axis) when its members
 * spread over a bar, else at its middle.
 */
function itemsOf(level: Level, mark: (k: number) => Mark, spanStemAtLo: boolean): Item[] {
  const items: Item[] = [];
  for (let g = 0; g + 1 < level.bounds.length; g++) {
    const from = level.bounds[g]!;
    const to = level.bounds[g + 1]!;
    if (to - from === 1) {
      const m = mark(from);
      items.push({ from, to, lo: m.a, hi: m.b, isSpan: m.isSpan, stemX: m.stem });
      continue;
    }
    const lo = level.lo[g]!;
    const hi = level.hi[g]!;
    const isSpan = hi - lo >= MIN_SPAN_PX;
    items.push({ from, to, lo, hi, isSpan, stemX: isSpan ? (spanStemAtLo ? lo : hi) : (lo + hi) / 2 });
  }
  return items;
}

/** Labels measured once per layout, by visible range: levels share most of their items. */
class LabelCache {
  private readonly texts = new Map<string, Prepared | PreparedCluster>();
  constructor(
    private readonly vis: VisibleEvents,
    private readonly o: ResolvedOptions,
    private readonly maxWidth: number,
  ) {}

  label(item: Item): Labelled {
    const key = `${item.from},${item.to}`;
    let text = this.texts.get(key);
    if (!text) {
      text = item.to - item.from === 1 ? prepare(this.vis.sorted.events[positionAt(this.vis, item.from)]!, this.o, this.maxWidth) : prepareCluster(this.vis, item.from, item.to, this.o, this.maxWidth);
      this.texts.set(key, text);
    }
    return 'event' in text ? { ...item, p: text } : { ...item, c: text };
  }
}

const textOf = (l: Labelled): Prepared | PreparedCluster => l.p ?? l.c;

/**
 * Whether `stems` (of labels at least `narrowest` px wide, `gap` apart in a row) need more
 * than `rows` rows, judged without measuring them. Two labels in one row are `gap` apart,
 * and each holds its stem, so stems closer than `gap` are in different rows; where labels
 * cannot turn back at the end of the axis (`from`…`to`), a label starts at its stem and
 * stems closer than `narrowest + gap` are in different rows too.
 */
function crowded(stems: readonly number[], rows: number, gap: number, narrowest: number, axis: readonly [number, number], free: readonly [number, number]): boolean {
  const most = (window: number, lo: number, hi: number) => {
    const inside = stems.filter((x) => x >= lo && x <= hi).sort((a, b) => a - b);
    let best = 0;
    for (let i = 0, j = 0; i < inside.length; i++) {
      while (inside[i]! - inside[j]! >= window) j++;
      best = Math.max(best, i - j + 1);
    }
    return best;
  };
  return most(gap, axis[0], axis[1]) > rows || most(narrowest + gap, free[0], free[1]) > rows;
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
  const placedOf = (item: Labelled) => ({ item, ...boxAt(item.stemX, textOf(item).width + PAD) });

  // Every label is at least a digit wide. More items than fit in the allowed rows at that
  // width cannot fit; nor can more stems in a few px than there are rows. Groupings that
  // fail either test are rejected before any of their text is measured.
  const narrowest = PAD + o.measure('0', m.dateSize, 'bold');
  const perRow = Math.max(1, Math.floor((x1 - x0 + LABEL_GAP) / (narrowest + LABEL_GAP)));
  const widest = maxText + PAD;
  const free: [number, number] = ltr ? [x0, x1 - widest] : [x0 + widest, x1];
  const detail = detailOf(vis, scale, true, ltr, o.maxRows * perRow);
  const labels = new LabelCache(vis, o, maxText);
  const mark = (k: number) => visibleMark(detail, vis, k, scale, true, ltr);

  /** Places a level's labels within `rows` rows, measuring them only while they may still fit. */
  const attempt = (level: Level, rows: number) => {
    const items = itemsOf(level, mark, ltr);
    if (items.length > rows * perRow || crowded(items.map((i) => i.stemX), rows, LABEL_GAP, narrowest, [x0, x1], free)) return undefined;
    // The labels of each row, with their gaps, fit along the axis: a running total of
    // the widths measured so far (and the least the rest can take) may already overflow.
    const room = rows * (x1 - x0 + LABEL_GAP);
    let used = items.length * (narrowest + LABEL_GAP);
    const measured: ReturnType<typeof placedOf>[] = [];
    for (const item of items) {
      const q = placedOf(labels.label(item));
      used += q.boxWidth - narrowest;
      if (used > room) return undefined;
      measured.push(q);
    }
    const fit = placeRowsWithin(
      measured.map((q) => ({ x0: q.left, x1: q.left + q.boxWidth, stem: q.item.stemX })),
      LABEL_GAP,
      ltr ? 'right' : 'left',
      rows,
    );
    return fit && { placed: measured, ...fit };
  };

  // Every event apart if that fits in maxRows; else the finest grouping that fits in
  // clusterRows, found from the coarsest down so that the labels of finer groupings,
  // which no longer fit, are mostly never measured.
  let best = detail.marks && vis.count <= o.maxRows * perRow ? attempt(apartLevel(detail.marks, x0, x1), o.maxRows) : undefined;
  if (!best) {
    for (const level of groupings(detail, x1 - x0, o.clusterRows * perRow)) {
      // Every event alone again: tried above, with more rows.
      if (detail.marks && level.bounds.length > vis.count) break;
      const fit = attempt(level, o.clusterRows);
      if (fit) best = fit;
      else if (best) break;
    }
  }
  const placed = best?.placed ?? [];
  const rows = best?.rows ?? [];
  const count = best?.count ?? 0;

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
    const { item } = q;
    const boxTop = labelsBottom - row * rowHeight - m.labelHeight;
    const box = { x: q.left, y: boxTop, width: q.boxWidth };
    if (item.p) {
      const label = labelLines(item.p, box, q.stemOnLeft, o);
      const mark: MarkGeometry = item.isSpan
        ? { kind: 'span', x: item.lo, y: axisY - SPAN_THICKNESS / 2, width: item.hi - item.lo, height: SPAN_THICKNESS }
        : { kind: 'point', cx: item.stemX, cy: axisY, r: MARK_R };
      const markTop = item.isSpan ? axisY - SPAN_THICKNESS / 2 : axisY - MARK_R;
      events.push(geometryOf(item.p, i, row, mark, { x1: item.stemX, y1: markTop, x2: item.stemX, y2: boxTop }, label, colorOf));
    } else {
      const length = Math.max(CLUSTER_SIZE, item.hi - item.lo);
      const mark: Box = { x: (item.lo + item.hi) / 2 - length / 2, y: axisY - CLUSTER_SIZE / 2, width: length, height: CLUSTER_SIZE };
      const stem = { x1: item.stemX, y1: mark.y, x2: item.stemX, y2: boxTop };
      clusters.push(clusterOf(item.c, vis, i, row, mark, stem, labelLines(item.c, box, q.stemOnLeft, o), zoomWindow(scale, item.c, vis, item.lo, item.hi)));
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
  const density = clusters.length ? densityBins(vis.sorted, scale) : [];
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

  // Labels stack one under another: as many as fit the plot, or as many as the rows allowed.
  // Only the grouping chosen is measured.
  const fit = Math.floor((plotHeight + m.rowGap) / (m.labelHeight + m.rowGap));
  const apart = Math.max(o.maxRows, fit);
  const detail = detailOf(vis, scale, false, ltr, apart);
  let level: Level | undefined = detail.marks && vis.count <= apart ? apartLevel(detail.marks, top, top + plotHeight) : undefined;
  if (!level) for (const finer of groupings(detail, plotHeight, Math.max(o.clusterRows, fit))) level = finer;
  const labels = new LabelCache(vis, o, plotMaxText);
  const mark = (k: number) => visibleMark(detail, vis, k, scale, false, ltr);
  const spans = (level ? itemsOf(level, mark, true) : []).map((item) => {
    const l = labels.label(item);
    const text = textOf(l);
    if (text.width <= maxText) return l;
    const refitted = { ...text, ...measureLabel(text.dateText, text.titleText, o, maxText) };
    return l.p ? { ...l, p: refitted as Prepared } : { ...l, c: refitted as PreparedCluster };
  });
  const tops = dodge(
    spans.map((s) => s.stemX - m.labelHeight / 2),
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
    const text = textOf(s);
    const boxWidth = text.width + PAD;
    const boxX = ltr ? axisX + inner : axisX - inner - boxWidth;
    const boxTop = tops[i]!;
    const label = labelLines(text, { x: boxX, y: boxTop, width: boxWidth }, ltr, o);
    const stemEnd = { x2: ltr ? boxX : boxX + boxWidth, y2: boxTop + m.labelHeight / 2 };
    if (s.p) {
      const mark: MarkGeometry = s.isSpan
        ? { kind: 'span', x: axisX - SPAN_THICKNESS / 2, y: s.lo, width: SPAN_THICKNESS, height: s.hi - s.lo }
        : { kind: 'point', cx: axisX, cy: s.stemX, r: MARK_R };
      const stem = { x1: axisX + side * (s.isSpan ? SPAN_THICKNESS / 2 : MARK_R), y1: s.stemX, ...stemEnd };
      events.push(geometryOf(s.p, i, i, mark, stem, label, colorOf));
    } else {
      const length = Math.max(CLUSTER_SIZE, s.hi - s.lo);
      const mark: Box = { x: axisX - CLUSTER_SIZE / 2, y: (s.lo + s.hi) / 2 - length / 2, width: CLUSTER_SIZE, height: length };
      const stem = { x1: axisX + (side * CLUSTER_SIZE) / 2, y1: s.stemX, ...stemEnd };
      clusters.push(clusterOf(s.c, vis, i, i, mark, stem, label, zoomWindow(scale, s.c, vis, s.lo, s.hi)));
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
  const density = clusters.length ? densityBins(vis.sorted, scale) : [];
  return { height, axis, events, clusters, density, headingY: 8 + Math.round(m.headingSize) };
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
  const [d0, d1] = scale.domain() as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const pad = Math.max(0.5, 2 - (hi - lo) / 2) * Math.abs((d1 - d0) / (r1 - r0));
  const a = scale.invert(lo);
  const b = scale.invert(hi);
  let end = Math.max(a, b) + pad;
  // Events that start with the last member cannot be told from it; the next ones can.
  const lastStart = vis.sorted.starts[positionAt(vis, c.to - 1)]!;
  const next = nextVisibleStart(vis, lastStart);
  if (next !== undefined) end = Math.min(end, next);
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
  const { events } = vis.sorted;
  const firstId = events[positionAt(vis, c.from)]!.id;
  const cluster = {
    id: clusterId(firstId, events[positionAt(vis, c.to - 1)]!.id, c.to - c.from),
    order,
    count: c.to - c.from,
    memberIds: [] as readonly string[],
    firstId,
    start: c.start,
    end: c.end,
    zoomDomain,
    mark,
    stem,
    label,
    row,
    ariaLabel: c.ariaLabel,
  };
  // Listed when read: a zoom step draws a cluster of 100,000 events without touching them.
  let ids: string[] | undefined;
  Object.defineProperty(cluster, 'memberIds', {
    enumerable: true,
    get: () => (ids ??= Array.from({ length: c.to - c.from }, (_, k) => events[positionAt(vis, c.from + k)]!.id)),
  });
  return cluster;
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
 * output then grows with the pixels, not with the events. Zooming (a narrower
 * `domain`) splits clusters.
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
