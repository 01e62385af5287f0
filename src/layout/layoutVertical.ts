// A vertical timeline: time runs down an axis beside its tick labels, and labels stand in
// columns on the other side, each beside its own mark where there is room.
import { chooseTicks } from './axisTicks.js';
import { densityBins } from './density.js';
import { dodge } from './dodge.js';
import { clusterOf, geometryOf, zoomWindow } from './drawnGeometry.js';
import { apartLevel, detailOf, groupings, visibleMark, type Level } from './grouping.js';
import { CLUSTER_SIZE, MARK_R, SPAN_THICKNESS } from './layoutHorizontal.js';
import { itemsOf, LabelCache, textOf, type Common, type Labelled, type Part } from './labelItems.js';
import { labelLines, MARGIN, metrics, PAD, shapeCut, shapeLabel, type Shape } from './labels.js';
import { spanTracks } from './spanTracks.js';
import { placeRowsWithin } from './placeRows.js';
import { timeScale } from './timeScale.js';
import type { Box, ClusterGeometry, EventGeometry, MarkGeometry, StemGeometry, TickGeometry } from './types.js';

/** Space between the axis and the first column of labels: where leaders that had to move turn. */
const INNER = 16;
/** Space between two columns of labels. */
const COLUMN_GAP = 12;
/** Labels' heights a label may stand from its mark before its crowd is grouped: about a phone's screen (660 px at 13 px). */
const FAR_FROM_MARK = 20;
/** Columns narrower than this many em are not tried: their titles would take too many lines. */
const LEAST_COLUMN_EMS = 8;

/** One way of standing the labels in columns. */
interface Columns {
  readonly shapes: readonly Shape[];
  /** Where each label's leader meets it (the middle of its date line), in stem order. */
  readonly anchors: readonly number[];
  readonly columns: readonly number[];
  readonly widths: readonly number[];
  /** Farthest a label was moved along the axis from its mark. */
  readonly moved: number;
  /** How far labels were moved, on average. */
  readonly meanMoved: number;
}

/**
 * The time axis of a vertical timeline whose drawing begins at `above`: where it runs,
 * its ticks and how wide their labels are. Lanes side by side share it.
 */
export function verticalAxis(o: Common['o'], domain: [number, number], above: number, length?: number): VerticalAxis {
  const m = metrics(o.fontSize);
  const top = above + 8;
  const plotHeight = Math.max(120, o.minHeight - top - MARGIN, length ?? 0);
  const scale = timeScale(domain, [top, top + plotHeight]);
  const { ticks: chosen, unit } = chooseTicks(scale, plotHeight, o.locale, m.tickSize, o.measure, 'y');
  const tickWidth = chosen.reduce((w, t) => Math.max(w, t.width), 0);
  return { top, plotHeight, scale, chosen, unit, tickWidth };
}

/** Where a vertical axis runs, its ticks and how wide their labels are. */
export interface VerticalAxis {
  readonly top: number;
  readonly plotHeight: number;
  readonly scale: ReturnType<typeof timeScale>;
  readonly chosen: ReturnType<typeof chooseTicks>['ticks'];
  readonly unit: ReturnType<typeof chooseTicks>['unit'];
  readonly tickWidth: number;
}

export function layoutVertical(common: Common): Part {
  const axis = common.axis ?? verticalAxis(common.o, common.domain, common.top);
  const first = layoutOnAxis(common, axis);
  let chosen = first;
  // Labels that needed more height than the axis stand far from their marks, joined by
  // leaders running across years of it. A page grows downwards freely, so the axis may take
  // the height the labels take anyway, once: labels then stand nearer their own marks, for
  // a drawing a little taller. Lanes side by side share one axis and keep it.
  if (!common.axis && first.crowded) {
    const longer = verticalAxis(common.o, common.domain, common.top, first.labelsBottom - first.axisTop);
    const second = layoutOnAxis(common, longer);
    // Worth it only when the labels come much nearer: a small crowd (the article's 2024 run)
    // keeps its fan of leaders on any axis, and stretching would only add empty years.
    if (second.meanMoved <= first.meanMoved / 2) chosen = second;
  }
  // A crowd whose labels still stand about a screen from its mark is read beside the years
  // they reach (forty days of 2024 beside the ticks of 2016): it is drawn as a group
  // instead, as a horizontal timeline draws what it cannot label, which zooming parts;
  // as for the longer axis, only when labels then stand at most half as far.
  if (chosen.moved > FAR_FROM_MARK * metrics(common.o.fontSize).labelHeight) {
    const grouped = layoutOnAxis(common, axis, true);
    if (grouped.moved <= chosen.moved / 2) chosen = grouped;
  }
  return chosen.part;
}

interface OnAxis {
  readonly part: Part;
  /** Labels were moved along the axis by more than a label's height to fit, past its end. */
  readonly crowded: boolean;
  readonly axisTop: number;
  readonly labelsBottom: number;
  /** How far labels stand from their marks along the axis, on average. */
  readonly meanMoved: number;
  /** The farthest a label stands from its mark along the axis. */
  readonly moved: number;
}

/**
 * `byFit`: as many labels apart as fit along the axis, not also as many as `maxRows`, so
 * a crowd past that is grouped.
 */
function layoutOnAxis(
  { o, vis, colorOf, domain, ticks: withTicks, column, inset = 0 }: Common,
  { top, plotHeight, scale, chosen: all, unit, tickWidth }: VerticalAxis,
  byFit = false,
): OnAxis {
  const m = metrics(o.fontSize);
  const chosen = withTicks === false ? [] : all;
  const ltr = o.direction === 'ltr';
  // The marks stand at the column's reading-start edge, the labels beside them in the rest.
  const [c0, c1] =
    column ?? (ltr ? [MARGIN + inset + tickWidth + 8, o.width - MARGIN] : [MARGIN, o.width - MARGIN - inset - tickWidth - 8]);
  const axisX = ltr ? c0 : c1;
  const areaWidth = ltr ? c1 - (axisX + INNER) : axisX - INNER - c0;
  const most = Math.max(20, Math.min(o.maxLabelWidth, areaWidth - PAD));

  // Labels stand beside the axis: as many as fit the plot in one column, or as many as the
  // rows allowed. Only the grouping chosen is measured.
  const fit = Math.floor((plotHeight + m.rowGap) / (m.labelHeight + m.rowGap));
  const apart = byFit ? fit : Math.max(o.maxRows, fit);
  const detail = detailOf(vis, scale, false, ltr, apart);
  let level: Level | undefined = detail.marks && vis.count <= apart ? apartLevel(detail.marks, top, top + plotHeight) : undefined;
  if (!level) for (const finer of groupings(detail, plotHeight, Math.max(o.clusterRows, fit))) level = finer;
  const labels = new LabelCache(vis, o, most);
  const mark = (k: number) => visibleMark(detail, vis, k, scale, false, ltr);
  const list: Labelled[] = (level ? itemsOf(level, mark, true, scale.range()) : []).map((item) => labels.label(item));
  const order = list.map((_, i) => i).sort((i, j) => list[i]!.stemX - list[j]!.stemX || i - j);
  const wish = order.map((i) => list[i]!.stemX);
  // The leader meets a label at the middle of its date line.
  const lead = m.dateLine / 2;

  /**
   * Labels wrapped at `width`, in as many columns as fit, their leaders moved along the
   * axis (at least `spacing(k)` past leader k, in time order) only as far as that asks: a
   * leader then runs straight across the columns nearer the axis, between their labels.
   * `undefined` when they do not fit.
   */
  const stand = (
    width: number,
    spacing: (shapes: readonly Shape[], columns: number) => ((k: number) => number) | undefined,
    lastResort = false,
  ): Columns | undefined => {
    // The last resort cuts titles to the area, and stands even where not one "…" fits:
    // an event is never left out of the drawing for want of room.
    const shapes = order.map((i) =>
      lastResort ? shapeCut(textOf(list[i]!), Math.max(1, areaWidth - PAD), o) : shapeLabel(textOf(list[i]!), width, o),
    );
    const widest = shapes.reduce((w, s) => Math.max(w, s.width + PAD), 0);
    const room = Math.max(1, Math.floor((areaWidth + COLUMN_GAP) / (widest + COLUMN_GAP)));
    const step = spacing(shapes, room);
    if (!step) return undefined;
    const anchors = dodge(
      wish,
      wish.map((_, k) => step(k)),
      0,
      top + lead,
    );
    // The last resort spaces leaders by whole labels: one column holds them all, whatever a
    // rounding error in the spacing (a hair under a label and a gap) makes the rows say.
    const rows = lastResort
      ? { rows: anchors.map(() => 0), count: 1 }
      : placeRowsWithin(
          anchors.map((a, k) => ({ x0: a - lead, x1: a - lead + shapes[k]!.height, stem: a })),
          m.rowGap,
          'right',
          room,
        );
    if (!rows) return undefined;
    const widths = new Array<number>(rows.count).fill(0);
    rows.rows.forEach((c, k) => (widths[c] = Math.max(widths[c]!, shapes[k]!.width + PAD)));
    if (!lastResort && widths.reduce((sum, w) => sum + w + COLUMN_GAP, -COLUMN_GAP) > areaWidth + 1e-9) return undefined;
    const moved = anchors.reduce((d, a, k) => Math.max(d, Math.abs(a - wish[k]!)), 0);
    const meanMoved = anchors.reduce((d, a, k) => d + Math.abs(a - wish[k]!), 0) / anchors.length;
    return { shapes, anchors, columns: rows.rows, widths, moved, meanMoved };
  };

  // Wraps from one line as wide as the area down to narrow columns. At each, labels first
  // move only enough to part stems at one place; then as far as a column's share of a
  // label needs; then in groups of two or three, one to a column, stepping out from the
  // axis down the group, each leader passing under the labels nearer the axis. One column
  // with labels one under another fits always and is the last resort.
  const wraps = [most];
  for (let c = 2; ; c++) {
    const w = (areaWidth - (c - 1) * COLUMN_GAP) / c - PAD;
    if (w < LEAST_COLUMN_EMS * o.fontSize) break;
    if (w < most) wraps.push(w);
  }
  // Leaders are parted by more than the date line's half above them and half a gap.
  const least = lead + m.rowGap / 2 + 1;
  const tallest = (shapes: readonly Shape[]) => shapes.reduce((h, x) => Math.max(h, x.height), 0);
  const spacings = [
    () => () => least,
    (shapes: readonly Shape[], c: number) => {
      const share = Math.max(least, (tallest(shapes) + m.rowGap) / c + 0.5);
      return () => share;
    },
    ...[2, 3].map((group) => (shapes: readonly Shape[], c: number) => {
      if (c < group) return undefined;
      // How far below leader k the next one must be for label k not to stand over it.
      const clear = shapes.map((shape) => Math.max(least, shape.height - lead + m.rowGap / 2 + 1));
      // Groups are counted within crowds only: a label with room below it starts afresh.
      // After the last of a group (nearest the axis) the next leader clears every label of
      // the group; so does it after a label with room, or a crowd pushing from below would
      // slide the next leader under it.
      const spaced = new Array<number>(wish.length).fill(least);
      let from = 0;
      for (let k = 0; k < wish.length; k++) {
        const ends = k + 1 >= wish.length || wish[k + 1]! - wish[k]! >= clear[k]! || k - from + 1 === group;
        if (!ends) continue;
        let need = least;
        for (let j = from; j <= k; j++) need = Math.max(need, clear[j]! - (k - j) * least);
        spaced[k] = need;
        from = k + 1;
      }
      return (k: number) => spaced[k]!;
    }),
  ];
  const candidates: Columns[] = [];
  for (const w of wraps) {
    for (const spacing of spacings) {
      const c = list.length ? stand(w, spacing) : undefined;
      if (c) candidates.push(c);
    }
  }
  // Beside its own mark where there is room: the widest wrap that moves no label more than
  // a label's height; else the one that moves labels least on average.
  const near = candidates.find((c) => c.moved <= m.labelHeight);
  const stacked = () => stand(most, (shapes) => (k) => shapes[k]!.height + m.rowGap, true);
  const best = near ?? candidates.sort((a, b) => a.meanMoved - b.meanMoved)[0] ?? (list.length ? stacked() : undefined);

  /**
   * Each label as wide as the room beside it, out to the labels of farther columns at its
   * height (or the edge): a label alone at its height takes fewer lines than its column's
   * width gave it. No leader runs through that room: leaders cross a column only where
   * none of its labels stands.
   */
  const widen = (c: Columns, columnAt: readonly number[]): Shape[] =>
    c.shapes.map((shape, k) => {
      const top = c.anchors[k]! - lead;
      const start = columnAt[c.columns[k]!]!;
      let room = areaWidth + INNER - start;
      c.shapes.forEach((other, j) => {
        const otherTop = c.anchors[j]! - lead;
        if (c.columns[j]! > c.columns[k]! && otherTop < top + shape.height + m.rowGap && top < otherTop + other.height + m.rowGap)
          room = Math.min(room, columnAt[c.columns[j]!]! - COLUMN_GAP - start);
      });
      const wider = shapeLabel(textOf(list[order[k]!]!), Math.min(most, room - PAD), o);
      return wider.lines.length < shape.lines.length && wider.width + PAD <= room ? wider : shape;
    });

  const events: EventGeometry[] = [];
  const clusters: ClusterGeometry[] = [];
  const side = ltr ? 1 : -1;
  let lastBottom = 0;
  if (best) {
    const columnAt: number[] = [];
    best.widths.reduce((x, w, c) => ((columnAt[c] = x), x + w + COLUMN_GAP), INNER);
    const shapes = widen(best, columnAt);
    const drawn = order.map((i, k) => ({ s: list[i]!, k })).sort((a, b) => a.s.from - b.s.from);
    const spans = drawn.filter(({ s }) => s.p && s.isSpan).map(({ s }) => s);
    const tracks = new Map(spanTracks(spans, SPAN_THICKNESS).map((t, k) => [spans[k]!, t]));
    drawn.forEach(({ s, k }, i) => {
      const shape = shapes[k]!;
      const anchor = best.anchors[k]!;
      const column = best.columns[k]!;
      const boxWidth = shape.width + PAD;
      const boxX = ltr ? axisX + columnAt[column]! : axisX - columnAt[column]! - boxWidth;
      const boxTop = anchor - lead;
      lastBottom = Math.max(lastBottom, boxTop + shape.height);
      const label = labelLines(textOf(s), shape, { x: boxX, y: boxTop, width: boxWidth }, ltr, o);
      const end = { x2: ltr ? boxX : boxX + boxWidth, y2: anchor };
      // A leader that had to move turns just before the first column, then runs straight across.
      const bend = Math.abs(anchor - s.stemX) < 0.5 ? {} : { bend: { x: axisX + side * (INNER - 3), y: anchor } };
      if (s.p) {
        const [offset, thickness] = tracks.get(s) ?? [0, SPAN_THICKNESS];
        const mark: MarkGeometry = s.isSpan
          ? { kind: 'span', x: axisX - SPAN_THICKNESS / 2 + offset, y: s.lo, width: thickness, height: s.hi - s.lo }
          : { kind: 'point', cx: axisX, cy: s.stemX, r: MARK_R };
        const stem: StemGeometry = { x1: axisX + side * (s.isSpan ? SPAN_THICKNESS / 2 : MARK_R), y1: s.stemX, ...end, ...bend };
        events.push(geometryOf(s.p, i, column, mark, stem, label, colorOf));
      } else {
        const length = Math.max(CLUSTER_SIZE, s.hi - s.lo);
        const mark: Box = { x: axisX - CLUSTER_SIZE / 2, y: (s.lo + s.hi) / 2 - length / 2, width: CLUSTER_SIZE, height: length };
        const stem: StemGeometry = { x1: axisX + (side * CLUSTER_SIZE) / 2, y1: s.stemX, ...end, ...bend };
        clusters.push(clusterOf(s.c, vis, i, column, mark, stem, label, zoomWindow(scale, s.c, vis, s.lo, s.hi)));
      }
    });
  }
  const height = Math.ceil(Math.max(o.minHeight, top + plotHeight + MARGIN, lastBottom + MARGIN));

  const ticks = verticalTicks(chosen, scale, axisX, ltr, m.tickSize);
  const axis = { x1: axisX, y1: top, x2: axisX, y2: top + plotHeight, ticks, unit, domain, fontSize: m.tickSize };
  // The lanes draw one strip for all their events.
  const density = clusters.length && withTicks !== false ? densityBins(vis.sorted, scale) : [];
  const crowded = !!best && best.moved > m.labelHeight && lastBottom > top + plotHeight;
  return {
    part: { height, axis, events, clusters, density },
    crowded,
    axisTop: top,
    labelsBottom: lastBottom,
    meanMoved: best?.meanMoved ?? 0,
    moved: best?.moved ?? 0,
  };
}

/** The ticks of a vertical axis at `axisX`, their labels on its outer side: a label's end touches the axis in both directions. */
export function verticalTicks(
  chosen: readonly { value: number; label: string }[],
  scale: (t: number) => number,
  axisX: number,
  ltr: boolean,
  tickSize: number,
): TickGeometry[] {
  return chosen.map((t) => {
    const y = scale(t.value);
    return {
      value: t.value,
      x: axisX,
      y,
      label: t.label,
      labelX: ltr ? axisX - 8 : axisX + 8,
      labelY: y + Math.round(tickSize * 0.35),
      anchor: 'end' as const,
    };
  });
}
