// A horizontal timeline: labels in rows above the axis, and below it where that makes the
// drawing shorter. Worked out in reading order (left to right, or right to left mirrored
// into it), so a right-to-left timeline is the mirror image of a left-to-right one.
import { bisectLeft, bisectRight } from 'd3';
import { chooseTicks } from './axisTicks.js';
import { densityBins } from './density.js';
import { clusterOf, geometryOf, zoomWindow } from './drawnGeometry.js';
import { apartLevel, detailOf, groupings, visibleMark, type Level } from './grouping.js';
import { itemsOf, LabelCache, textOf, type Common, type Labelled, type Part } from './labelItems.js';
import { labelLines, MARGIN, metrics, PAD, shapeCut, shapeLabel, widest, type Shape } from './labels.js';
import { timeScale } from './timeScale.js';
import { spanTracks } from './spanTracks.js';
import type { Box, ClusterGeometry, EventGeometry, MarkGeometry, TickGeometry } from './types.js';

export const MARK_R = 5;
export const SPAN_THICKNESS = 8;
/** Thickness (and least length) of a cluster's bar: a little bigger than an event's dot. */
export const CLUSTER_SIZE = 12;
/** Space between two labels on one row. */
const LABEL_GAP = 10;
const STEM_MIN = 10;
/** Room kept clear of other stems beyond the end of a label's text. */
const CLEAR = 3;
/** Stems closer than this stand at the same place: a label starting at one is not over the other. */
const SAME = 0.5;
/** Narrowest room a title is cut to fit, in em: narrower, a label stands over its stem instead. */
const LEAST_CUT_EMS = 4;
/** Height (px) an arrangement may give up to put one title line less. */
const LINE_COST = 1;
/** Labels are seldom narrower than this many em: a short date over a short word. */
const APART_LABEL_EMS = 4;
/** Lists of labels at most this long have their sides polished (see polish). */
const POLISH_MOST = 80;
const POLISH_PASSES = 4;
/** Titles wrap at this many em, unless `maxLabelWidth` is narrower; labels grow past it where there is room. */
const LINE_EMS = 20;
/** What a lane's own axis carries: the ticks are drawn once, on the axis the lanes share. */
export const NO_TICKS = { ticks: [], unit: 'year' } as const;

/** A label placed on one side: its box in reading coordinates, its shape, and its row. */
interface Placed {
  readonly item: Labelled;
  readonly shape: Shape;
  /** Left and right ends of the box, reading coordinates. */
  a: number;
  b: number;
  /** Whether the stem is at the box's reading start (`a`). */
  readonly stemAtStart: boolean;
  readonly row: number;
  /** Distance of the label's near edge from the side's base. */
  base: number;
  /** Whether the stem stands under the box rather than at its side (its leader then stops at the box). */
  over?: boolean;
}

interface Side {
  readonly placed: Placed[];
  /** Number of rows. */
  readonly rows: number;
  /** Distance from the side's base (nearest the axis) out to its farthest label. */
  readonly extent: number;
  /** Stems that may cross a label: where labels had to face each other over their stems (see placeRowsWithin). */
  readonly conflicts: number;
}

interface Arrangement {
  readonly above: Side;
  readonly below: Side;
  /** Height of the rows, with a row's worth more for using both sides: one side reads more easily. */
  readonly cost: number;
  readonly lines: number;
  readonly conflicts: number;
  /** 1 for each label (in the order of the list arranged) below the axis. */
  readonly sides: Uint8Array;
}

/** How a config arranges labels: its wrap width, whether labels open outward, and how they take sides. */
interface Config {
  /** Widest a label wraps at (it grows to one line past it where that fits). */
  readonly lineWidth: number;
  /** Above the axis only; every other label (in time) below; or every other row of the one-sided layout below. */
  readonly sides: 'one' | 'alternate' | 'rows';
  /** Whether a label squeezed onto more lines than it needs waits a row for more room. */
  readonly patient: boolean;
  /** Whether to give up, rather than let a stem cross a label, when no label left can stand clear. */
  readonly strict: boolean;
}

/**
 * Whether more than `rows` rows are needed, judged from the stems alone: labels in one row
 * stand `gap` apart and each holds its stem at an edge, so of stems closer than `gap` a
 * row holds two at most, one opening backward and one forward (above or below the axis).
 */
function crowded(stems: readonly number[], rows: number, gap: number): boolean {
  const inside = [...stems].sort((a, b) => a - b);
  for (let i = 0, j = 0; i < inside.length; i++) {
    while (inside[i]! - inside[j]! >= gap) j++;
    if (i - j + 1 > 2 * rows) return true;
  }
  return false;
}

const sideHeight = (s: Side, rowGap: number) => (s.rows ? s.extent + rowGap : 0);

/**
 * How far out from the axis each label stands, its rows let down onto what is under
 * them: a label rests on the labels of earlier rows that it overlaps or whose stems it
 * stands over, not on a whole row (a short label next to a tall one leaves room above it).
 * O(n²), for the few labels that fit on one side.
 */
function settle(placed: Placed[], rowGap: number): number {
  let extent = 0;
  const byRow = [...placed].sort((a, b) => a.row - b.row);
  byRow.forEach((p, k) => {
    let base = 0;
    for (let j = 0; j < k; j++) {
      const q = byRow[j]!;
      if (q.row === p.row) continue;
      const stem = q.over ? undefined : q.stemAtStart ? q.a : q.b;
      const touches = q.a < p.b + LABEL_GAP && p.a < q.b + LABEL_GAP;
      if (touches || (stem !== undefined && stem > p.a - CLEAR && stem < p.b + CLEAR))
        base = Math.max(base, q.base + q.shape.height + rowGap);
    }
    p.base = base;
    extent = Math.max(extent, base + p.shape.height);
  });
  return extent;
}

export function layoutHorizontal({ o, vis, colorOf, domain, top, ticks: withTicks }: Common): Part {
  const m = metrics(o.fontSize);
  const x0 = MARGIN;
  const x1 = o.width - MARGIN;
  const ltr = o.direction === 'ltr';
  const scale = timeScale(domain, ltr ? [x0, x1] : [x1, x0]);
  // Reading coordinates: x itself, or mirrored about the middle (the map is its own inverse).
  const u = (x: number) => (ltr ? x : x0 + x1 - x);
  const most = Math.max(20, Math.min(o.maxLabelWidth, x1 - x0 - PAD));
  const lineWidth = Math.min(most, LINE_EMS * o.fontSize);

  const narrowest = PAD + o.measure('0', m.dateSize, 'bold');
  const perRow = Math.max(1, Math.floor((x1 - x0 + LABEL_GAP) / (narrowest + LABEL_GAP)));
  // Every event apart is tried only for as many as labels of a few em (a date and a word)
  // could fill the rows with: more would be grouped anyway, and trying would measure them all.
  const apartMost = o.maxRows * Math.max(1, Math.floor((x1 - x0 + LABEL_GAP) / (APART_LABEL_EMS * o.fontSize + LABEL_GAP)));
  const detail = detailOf(vis, scale, true, ltr, apartMost);
  const labels = new LabelCache(vis, o, most);
  const mark = (k: number) => visibleMark(detail, vis, k, scale, true, ltr);

  /**
   * Labels of one side in rows, from the axis out. Each row takes, left to right in
   * reading order, every label that can stand there without covering a stem whose label
   * is still to come (that stem will run up past this row): a label opens forward when
   * it then leaves the next stem free, else backward, else forward over the room there is,
   * and waits for a higher row when none fits. A burst so stacks as a pyramid, its first
   * and last labels in each row, and a stem never crosses a label. A label grows as wide as
   * its room, up to `config.lineWidth` (on one line when that fits). `undefined` beyond
   * `limit` rows.
   */
  const arrangeSide = (list: readonly Labelled[], config: Config, limit: number): Side | undefined => {
    const order = list.map((_, i) => i).sort((i, j) => u(list[i]!.stemX) - u(list[j]!.stemX) || i - j);
    const stems = Float64Array.from(order, (i) => u(list[i]!.stemX));
    const n = stems.length;
    /** Label k's shape in `room` px (its box, padding included), if its title fits uncut. */
    const option = (k: number, room: number): Shape | undefined => {
      if (!(room > PAD)) return undefined;
      const t = textOf(list[order[k]!]!);
      const oneLine = t.natural <= t.most && Math.max(t.natural, widest(t.date)) + PAD <= room;
      // Wraps a few px apart look alike: room rounded down to 4 px shares shapes between rows.
      const shape = shapeLabel(t, oneLine ? t.natural : Math.floor(Math.min(room - PAD, config.lineWidth) / 4) * 4, o);
      return !shape.truncated && shape.width + PAD <= room + 1e-9 ? shape : undefined;
    };
    // The labels still to place, as a list in stem order.
    const prev = Int32Array.from({ length: n }, (_, k) => k - 1);
    const next = Int32Array.from({ length: n }, (_, k) => (k + 1 < n ? k + 1 : -1));
    let first = n > 0 ? 0 : -1;
    const remove = (k: number) => {
      if (prev[k]! >= 0) next[prev[k]!] = next[k]!;
      else first = next[k]!;
      if (next[k]! >= 0) prev[next[k]!] = prev[k]!;
    };
    const placed: Placed[] = [];
    let rows = 0;
    let conflicts = 0;
    const waited = new Uint8Array(n);
    /** Lines of label k wrapped at the config's width: what it takes when not squeezed. */
    const comfortable = (k: number) => shapeLabel(textOf(list[order[k]!]!), config.lineWidth, o).lines.length;
    for (let row = 0, left = n; left > 0; row++) {
      if (row >= limit) return undefined;
      let end = -Infinity;
      let lastBackward = false;
      let height = 0;
      const take = (k: number, shape: Shape, forward: boolean) => {
        const s = stems[k]!;
        const width = shape.width + PAD;
        placed.push({
          item: list[order[k]!]!,
          shape,
          a: forward ? s : s - width,
          b: forward ? s + width : s,
          stemAtStart: forward,
          row,
          base: 0,
        });
        end = forward ? s + width : s;
        height = Math.max(height, shape.height);
        remove(k);
        left--;
      };
      const sweep = (patient: boolean) => {
        for (let k = first; k >= 0;) {
          const after = next[k]!;
          const s = stems[k]!;
          // Stems at the same place (to half a px) are not under a label that starts there.
          let behind = prev[k]!;
          while (behind >= 0 && s - stems[behind]! < SAME) behind = prev[behind]!;
          let ahead = after;
          while (ahead >= 0 && stems[ahead]! - s < SAME) ahead = next[ahead]!;
          const before = behind >= 0 ? stems[behind]! + CLEAR : -Infinity;
          const limitAhead = Math.min(x1, ahead >= 0 ? stems[ahead]! - CLEAR : Infinity);
          // A label opening forward starts a gap after the last one of the row, or at the
          // stem the last one opened backward to (the two then share that stem's place).
          const clearOfEnd = s >= end + LABEL_GAP || (lastBackward && Math.abs(end - s) < SAME);
          const lo = Math.max(x0, before, end + LABEL_GAP);
          // Of labels at one place, the first opens backward where it can, so the next opens forward beside it.
          const atOnePlace = after >= 0 && stems[after]! - s < SAME;
          let chosen: Shape | undefined;
          let way = 0;
          if (atOnePlace && (chosen = option(k, s - lo))) way = -1;
          else if (clearOfEnd && (chosen = option(k, Math.min(x1, ahead >= 0 ? stems[ahead]! - LABEL_GAP : Infinity) - s))) way = 1;
          else if (!atOnePlace && (chosen = option(k, s - lo))) way = -1;
          else if (clearOfEnd && (chosen = option(k, limitAhead - s))) way = 1;
          // Over its own stem, between the stems still to come: a label hemmed in at the end
          // of the axis. Not while another label at the same place waits: its stem would run
          // up through this box.
          else if (!atOnePlace && (prev[k]! < 0 || s - stems[prev[k]!]! >= SAME) && lo < s) chosen = option(k, limitAhead - lo);
          // A patient label squeezed onto more lines than it needs waits a row for more room, once.
          if (chosen && patient && !waited[k] && chosen.lines.length > comfortable(k)) waited[k] = 1;
          else if (chosen) {
            take(k, chosen, way >= 0);
            lastBackward = way < 0;
            if (way === 0) {
              // As far forward as the room allows, with its stem inside.
              const p = placed[placed.length - 1]!;
              const width = chosen.width + PAD;
              p.a = Math.max(lo, Math.min(s - PAD, limitAhead - width));
              p.b = p.a + width;
              p.over = true;
              end = p.b;
            }
          }
          k = after;
        }
      };
      sweep(config.patient);
      // Nothing placed because every label waited: they wait no longer.
      if (height === 0 && config.patient) sweep(false);
      if (height === 0) {
        // Every label left would stand over a stem still to come, or leave the axis: the
        // first that can has its title cut to the room beside its stem, up to the next
        // stem or the end of the axis.
        for (let k = first; k >= 0 && height === 0; k = next[k]!) {
          const s = stems[k]!;
          let behind = prev[k]!;
          while (behind >= 0 && s - stems[behind]! < SAME) behind = prev[behind]!;
          let ahead = next[k]!;
          while (ahead >= 0 && stems[ahead]! - s < SAME) ahead = next[ahead]!;
          const rooms = [
            Math.min(x1, ahead >= 0 ? stems[ahead]! - CLEAR : Infinity) - s,
            s - Math.max(x0, behind >= 0 ? stems[behind]! + CLEAR : -Infinity),
          ];
          const way = rooms[0]! >= rooms[1]! ? 0 : 1;
          if (rooms[way]! - PAD < LEAST_CUT_EMS * o.fontSize) continue;
          const shape = shapeCut(textOf(list[order[k]!]!), rooms[way]! - PAD, o);
          if (shape.width + PAD <= rooms[way]!) {
            take(k, shape, way === 0);
            lastBackward = way === 1;
          }
        }
      }
      if (height === 0 && config.strict) return undefined;
      if (height === 0) {
        // Not even that: the axis is too short for these labels. The first goes anyway, over the fewest stems.
        let best = -1;
        let bestCovered = Infinity;
        let bestShape: Shape | undefined;
        let bestAt = 0;
        for (let k = first; k >= 0; k = next[k]!) {
          const s = stems[k]!;
          for (const forward of [true, false]) {
            const shape = option(k, forward ? x1 - s : s - x0) ?? shapeLabel(textOf(list[order[k]!]!), Math.max(x1 - s, s - x0) - PAD, o);
            const w = shape.width + PAD;
            // Kept inside the axis, over its stem if need be.
            const at = Math.max(x0, Math.min(forward ? s : s - w, x1 - w));
            let covered = 0;
            const edge = at === s || at + w === s;
            for (let j = first; j >= 0; j = next[j]!)
              if (j !== k && (!edge || Math.abs(stems[j]! - s) >= SAME) && stems[j]! > at - CLEAR && stems[j]! < at + w + CLEAR) covered++;
            if (covered < bestCovered) [best, bestCovered, bestShape, bestAt] = [k, covered, shape, at];
          }
        }
        conflicts += bestCovered;
        const s = stems[best]!;
        take(best, bestShape!, bestAt === s);
        lastBackward = false;
        const p = placed[placed.length - 1]!;
        const width = p.b - p.a;
        p.a = bestAt;
        p.b = bestAt + width;
        p.over = p.a !== s && p.b !== s;
        end = p.b;
      }
      rows++;
    }
    return { placed, rows, extent: settle(placed, m.rowGap), conflicts };
  };

  const empty: Side = { placed: [], rows: 0, extent: 0, conflicts: 0 };
  /** The labels over both sides as `below` says (1: below the axis), within `limit` rows in all. */
  const split = (list: readonly Labelled[], below: Uint8Array, config: Config, limit: number): Arrangement | undefined => {
    const lower = list.filter((_, i) => below[i]);
    const upper = list.filter((_, i) => !below[i]);
    const a = arrangeSide(upper, config, lower.length ? limit - 1 : limit);
    const b = a && (lower.length ? arrangeSide(lower, config, limit - a.rows) : empty);
    if (!a || !b) return undefined;
    const lines = [...a.placed, ...b.placed].reduce((sum, p) => sum + p.shape.lines.length, 0);
    const cost = sideHeight(a, m.rowGap) + (b.rows ? sideHeight(b, m.rowGap) + STEM_MIN + m.labelHeight : 0);
    return { above: a, below: b, cost, lines, conflicts: a.conflicts + b.conflicts, sides: below };
  };
  // A few px of height are not worth a title broken onto more lines.
  const score = (a: Arrangement) => a.cost + LINE_COST * a.lines;
  const better = (a: Arrangement, b: Arrangement | undefined) =>
    !b ||
    a.conflicts < b.conflicts ||
    (a.conflicts === b.conflicts && (score(a) < score(b) || (score(a) === score(b) && a.lines < b.lines)));
  /** One config over all the labels, within `limit` rows in all. */
  const arrange = (list: readonly Labelled[], config: Config, limit: number): Arrangement | undefined => {
    const below = new Uint8Array(list.length);
    if (config.sides === 'alternate') {
      const byStem = list.map((_, i) => i).sort((i, j) => u(list[i]!.stemX) - u(list[j]!.stemX) || i - j);
      byStem.forEach((i, k) => (below[i] = k % 2));
    } else if (config.sides === 'rows') {
      // The rows of one side, every other row moved below the axis.
      const one = arrangeSide(list, config, limit);
      if (!one || one.rows < 2) return undefined;
      const index = new Map(list.map((l, i) => [l, i]));
      for (const p of one.placed) below[index.get(p.item)!] = p.row % 2;
    }
    return split(list, below, config, limit);
  };

  /**
   * Moves single labels to the other side of the axis while that makes the drawing
   * shorter: a label hemmed in by its neighbours on one side often stands free on the
   * other. A few passes over a short list of labels; long lists keep what they have.
   */
  const polish = (list: readonly Labelled[], start: Arrangement, config: Config, limit: number): Arrangement => {
    if (list.length > POLISH_MOST) return start;
    let best = start;
    const byStem = list.map((_, i) => i).sort((i, j) => u(list[i]!.stemX) - u(list[j]!.stemX) || i - j);
    const attempt = (change: (sides: Uint8Array) => void) => {
      const sides = Uint8Array.from(best.sides);
      change(sides);
      const tried = split(list, sides, config, limit);
      if (!tried || !better(tried, best)) return false;
      best = tried;
      return true;
    };
    for (let pass = 0; pass < POLISH_PASSES; pass++) {
      let improved = false;
      // One label to the other side; or two neighbours (in time) trading sides.
      for (let i = 0; i < list.length; i++) improved = attempt((sides) => (sides[i] = 1 - sides[i]!)) || improved;
      for (let k = 0; k + 1 < byStem.length; k++) {
        const [i, j] = [byStem[k]!, byStem[k + 1]!];
        if (best.sides[i] !== best.sides[j]) improved = attempt((sides) => ([sides[i], sides[j]] = [sides[j]!, sides[i]!])) || improved;
      }
      if (!improved) break;
    }
    return best;
  };

  const configs = (full: boolean, grouped: boolean): Config[] => {
    const out: Config[] = [];
    // An overview of clusters keeps to one side: its rows are few (clusterRows), and
    // finer groupings that would fit on two are left for zooming in to show.
    const sideWays = grouped ? (['one'] as const) : full ? (['one', 'alternate', 'rows'] as const) : (['one', 'alternate'] as const);
    for (const sides of sideWays)
      for (const w of full ? [lineWidth, most] : [lineWidth])
        for (const patient of full ? [true, false] : [false])
          out.push({ lineWidth: w, sides, patient, strict: !full && (grouped || o.maxRows !== Infinity) });
    return out;
  };

  /**
   * The best arrangement of a level within `rows` rows, measuring its labels only while
   * they may still fit; `undefined` when none fits. `full` tries every wrap, way of
   * opening and use of sides for the shortest drawing; else a few compact ones, to tell
   * whether the level fits at all.
   */
  const attempt = (level: Level, rows: number, full: boolean): Arrangement | undefined => {
    const items = itemsOf(level, mark, ltr, scale.range());
    if (
      items.length > rows * perRow ||
      crowded(
        items.map((i) => i.stemX),
        rows,
        LABEL_GAP,
      )
    )
      return undefined;
    // The labels of each row, with their gaps, fit along the axis: a running total of the
    // least widths measured so far (and the least the rest can take) may already overflow.
    const room = rows * (x1 - x0 + LABEL_GAP);
    let used = items.length * (narrowest + LABEL_GAP);
    const list: Labelled[] = [];
    for (const item of items) {
      const l = labels.label(item);
      const t = textOf(l);
      // At most maxLines lines, parted by spaces (under half an em each): no narrower than this.
      const least = Math.max(widest(t.date), Math.min(t.most, (t.natural - (o.maxLines - 1) * 0.5 * o.fontSize) / o.maxLines)) + PAD;
      used += Math.max(narrowest, least) - narrowest;
      if (used > room) return undefined;
      list.push(l);
    }
    let best: Arrangement | undefined;
    let bestConfig: Config | undefined;
    for (const config of configs(full, level.grouped)) {
      const a = arrange(list, config, rows);
      if (!a) continue;
      if (better(a, best)) [best, bestConfig] = [a, config];
      if (!full && !best!.conflicts) break;
    }
    // Polishing keeps to arrangements as clear as the best: with none crossed, it need not finish crossed ones.
    if (full && best && bestConfig && best.below.rows > 0) best = polish(list, best, { ...bestConfig, strict: best.conflicts === 0 }, rows);
    return best;
  };

  // Every event apart if that fits in maxRows; else the finest grouping that fits in
  // clusterRows, found from the coarsest down so that the labels of finer groupings,
  // which no longer fit, are mostly never measured.
  // Whether a level fits is told by a quick arrangement; only the level drawn is arranged
  // every way. A level fits when its labels stand in the rows with no stem crossing a
  // label; where none does (an axis too short for even one cluster's label), the
  // coarsest is drawn anyway.
  // (With maxRows Infinity nothing is grouped, so every label is drawn, crossed or not.)
  const fits = (a: Arrangement | undefined): a is Arrangement => a !== undefined && a.conflicts === 0;
  const apart = detail.marks && vis.count <= apartMost ? apartLevel(detail.marks, x0, x1) : undefined;
  const quick = apart && attempt(apart, o.maxRows, false);
  let best = quick && (fits(quick) || o.maxRows === Infinity) ? attempt(apart, o.maxRows, true) : undefined;
  let coarsest: Level | undefined;
  if (!best) {
    let chosen: Level | undefined;
    for (const level of groupings(detail, x1 - x0, o.clusterRows * perRow)) {
      // Every event alone again: tried above, with more rows.
      if (detail.marks && level.bounds.length > vis.count) break;
      coarsest ??= level;
      if (fits(attempt(level, o.clusterRows, false))) chosen = level;
      else if (chosen) break;
    }
    const drawn = chosen ?? coarsest;
    if (drawn) best = attempt(drawn, o.clusterRows, true);
  }
  // Labels too wide for the rows allowed even when cut (a narrow axis, few events): they
  // take the rows they need rather than leave an event out of the drawing.
  const lastResort = coarsest ?? apart;
  if (!best && lastResort) best = attempt(lastResort, Infinity, true);
  const above = best?.above ?? empty;
  const below = best?.below ?? empty;

  // A lane has no tick labels: only room for the marks under its axis, as much as above it.
  const tickArea = withTicks === false ? MARK_R : 6 + Math.ceil(m.tickSize * 1.5);
  const belowBlock = below.rows ? STEM_MIN + sideHeight(below, m.rowGap) : 0;
  const needed = top + sideHeight(above, m.rowGap) + STEM_MIN + MARK_R + tickArea + belowBlock + 8;
  const height = Math.ceil(Math.max(o.minHeight, needed));
  const axisY = height - 8 - belowBlock - tickArea;
  const labelsBottom = axisY - MARK_R - STEM_MIN;
  const belowTop = axisY + tickArea + STEM_MIN - m.rowGap;
  const drawn = [...above.placed.map((p) => ({ p, up: true })), ...below.placed.map((p) => ({ p, up: false }))].sort(
    (a, b) => a.p.item.from - b.p.item.from,
  );
  const events: EventGeometry[] = [];
  const clusters: ClusterGeometry[] = [];
  const spans = drawn.filter(({ p }) => p.item.p && p.item.isSpan).map(({ p }) => p.item);
  const tracks = new Map(spanTracks(spans, SPAN_THICKNESS).map((t, k) => [spans[k]!, t]));
  drawn.forEach(({ p, up }, i) => {
    const { item, shape } = p;
    const boxTop = up ? labelsBottom - p.base - shape.height : belowTop + m.rowGap + p.base;
    const left = ltr ? p.a : x0 + x1 - p.b;
    const box = { x: left, y: boxTop, width: p.b - p.a };
    // Text hugs the stem's side of its box; a box over its stem reads from its start.
    const stemOnLeft = (p.over ? true : p.stemAtStart) === ltr;
    // The stem runs up (or down) its label's side to the far edge, as a flagpole; under a box it stops at the box.
    const far = up === !p.over ? boxTop : boxTop + shape.height;
    if (item.p) {
      const label = labelLines(item.p, shape, box, stemOnLeft, o);
      const [offset, thickness] = tracks.get(item) ?? [0, SPAN_THICKNESS];
      const mark: MarkGeometry = item.isSpan
        ? { kind: 'span', x: item.lo, y: axisY - SPAN_THICKNESS / 2 + offset, width: item.hi - item.lo, height: thickness }
        : { kind: 'point', cx: item.stemX, cy: axisY, r: MARK_R };
      const reach = item.isSpan ? SPAN_THICKNESS / 2 : MARK_R;
      const stem = { x1: item.stemX, y1: up ? axisY - reach : axisY + reach, x2: item.stemX, y2: far };
      events.push(geometryOf(item.p, i, p.row, mark, stem, label, colorOf));
    } else {
      const length = Math.max(CLUSTER_SIZE, item.hi - item.lo);
      const mark: Box = { x: (item.lo + item.hi) / 2 - length / 2, y: axisY - CLUSTER_SIZE / 2, width: length, height: CLUSTER_SIZE };
      const stem = { x1: item.stemX, y1: up ? mark.y : mark.y + CLUSTER_SIZE, x2: item.stemX, y2: far };
      clusters.push(
        clusterOf(
          item.c,
          vis,
          i,
          p.row,
          mark,
          stem,
          labelLines(item.c, shape, box, stemOnLeft, o),
          zoomWindow(scale, item.c, vis, item.lo, item.hi),
        ),
      );
    }
  });

  // Stems of labels below the axis cross the tick labels' band: a tick whose label a stem would run through is left out.
  const downStems = below.placed.map((p) => p.item.stemX).sort((a, b) => a - b);
  // A lane's ticks are the shared axis's, chosen once for all lanes.
  const { ticks: chosen, unit } =
    withTicks === false ? NO_TICKS : chooseTicks(scale, x1 - x0, o.locale, m.tickSize, o.measure, 'x', o.width);
  const ticks: TickGeometry[] = [];
  for (const t of chosen) {
    const x = scale(t.value);
    const half = t.width / 2;
    const labelX = t.at;
    if (bisectLeft(downStems, labelX + half + 3) > bisectRight(downStems, labelX - half - 3)) continue;
    ticks.push({ value: t.value, x, y: axisY, label: t.label, labelX, labelY: axisY + 6 + Math.round(m.tickSize), anchor: 'middle' });
  }
  const axis = { x1: x0, y1: axisY, x2: x1, y2: axisY, ticks, unit, domain, fontSize: m.tickSize };
  // The lanes draw one strip for all their events.
  const density = clusters.length && withTicks !== false ? densityBins(vis.sorted, scale) : [];
  return { height, axis, events, clusters, density };
}
