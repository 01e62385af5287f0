// Level of detail: where an event's mark lands on the axis, and the successively finer
// ways of grouping neighbouring events into clusters that layoutTimeline tries until the
// labels no longer fit. Grouping works on "spots", places on the axis whose events are
// never parted. While there are few visible events per pixel, each event is looked at
// and a spot is 1/16 px of the axis; beyond that a spot is a cell of the axis found by
// binary search in the index, so a level costs O(cells), however many events there are.
import { bisectLeft } from 'd3';
import { listVisible, positionAt, type VisibleEvents } from './sortedEvents.js';
import type { TimeScale } from './timeScale.js';

/** Below this many px an event's extent is drawn as a dot rather than a bar. */
export const MIN_SPAN_PX = 6;
/** Finest grouping tried, in px: events closer than this are one place on screen. */
const FINEST_GROUP_PX = 0.5;
/** Events are looked at one by one while there are at most this many per px of axis. */
const EVENTS_PER_PX = 2;
/** A cell is this fraction of a grouping's width: finer than any choice the grouping makes. */
const CELLS_PER_GROUP = 16;

/** Where an event's mark lands along the axis (`a`…`b`, px), whether it is a bar, and where its stem stands. */
export interface Mark {
  readonly a: number;
  readonly b: number;
  readonly isSpan: boolean;
  readonly stem: number;
}

/**
 * Horizontal: `a`/`b` are the left and right ends, and a bar's stem stands where the
 * event begins (its right end in RTL). Vertical: top and bottom, and a bar's stem stands
 * at its top. A dot's stem stands at its centre.
 *
 * @example
 * ```ts
 * markOf(start, end, scale, true, true).stem // x of the stem
 * ```
 */
export function markOf(start: number, end: number, scale: TimeScale, horizontal: boolean, ltr: boolean): Mark {
  // An open side (an event still going on, or from an indefinite past) reaches the edge of the view.
  const p = scale(start === -Infinity ? scale.domain()[0]! : start);
  const q = scale(end === Infinity ? scale.domain()[1]! : end);
  const a = horizontal ? Math.min(p, q) : p;
  const b = horizontal ? Math.max(p, q) : q;
  const isSpan = b - a >= MIN_SPAN_PX;
  return { a, b, isSpan, stem: isSpan ? (horizontal && !ltr ? b : a) : (a + b) / 2 };
}

/** Places on the axis whose events are never parted, in time order. */
interface Spots {
  /** Where the spot counts for grouping, on the axis (px). */
  readonly stem: Float64Array;
  /** 1 for events that stand at an end of the axis because they reach past it: never grouped with the rest. */
  readonly edge: Uint8Array;
  /** The extent of its events' stems, kept on the axis. */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** Visible index of its first event, then the number of visible events. */
  readonly first: Int32Array;
}

/** Spots gathered in plain arrays, packed into the typed arrays the grouping reads. */
function packed(stem: number[], edge: number[], lo: number[], hi: number[], first: number[]): Spots {
  return {
    stem: Float64Array.from(stem),
    edge: Uint8Array.from(edge),
    lo: Float64Array.from(lo),
    hi: Float64Array.from(hi),
    first: Int32Array.from(first),
  };
}

/** One way of grouping the visible events. */
export interface Level {
  /** Visible index where each run begins, then the number of visible events. */
  readonly bounds: Int32Array;
  /** The extent of each run's stems along the axis. */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** False for every event apart. */
  readonly grouped: boolean;
}

/** The visible events as one grouping source: their spots at a grouping width, and the apart level when affordable. */
export interface Detail {
  /** Marks of every visible event, when each is looked at; `undefined` beyond {@link EVENTS_PER_PX}. */
  readonly marks?: readonly Mark[];
  spotsFor(px: number): Spots;
}

/**
 * Chooses how to look at the visible events: one by one while that is cheap (or while
 * they might all be drawn, `apartLimit`), else by cells of the axis.
 */
export function detailOf(vis: VisibleEvents, scale: TimeScale, horizontal: boolean, ltr: boolean, apartLimit: number): Detail {
  const [r0, r1] = scale.range() as [number, number];
  const axisLength = Math.abs(r1 - r0);
  if (vis.count <= Math.max(apartLimit, EVENTS_PER_PX * axisLength)) {
    const { starts, ends } = listVisible(vis);
    const marks = Array.from(starts, (s, i) => markOf(s, ends[i]!, scale, horizontal, ltr));
    const spots = exactSpots(marks, Math.min(r0, r1), Math.max(r0, r1));
    return { marks, spotsFor: () => spots };
  }
  return { spotsFor: (px) => cellSpots(vis, scale, Math.max(1 / 16, px / CELLS_PER_GROUP)) };
}

/** Stems to 1/16 px, and events at one such spot (on the same side of the axis ends) are one spot. */
function exactSpots(marks: readonly Mark[], axis0: number, axis1: number): Spots {
  const stem: number[] = [];
  const edge: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const first: number[] = [];
  marks.forEach((m, i) => {
    const near = Math.min(axis1, Math.max(axis0, m.stem));
    const isEdge = near === m.stem ? 0 : 1;
    const at = Math.round(near * 16) / 16;
    const k = stem.length - 1;
    if (k >= 0 && stem[k] === at && edge[k] === isEdge) {
      lo[k] = Math.min(lo[k]!, near);
      hi[k] = Math.max(hi[k]!, near);
      return;
    }
    stem.push(at);
    edge.push(isEdge);
    lo.push(near);
    hi.push(near);
    first.push(i);
  });
  first.push(marks.length);
  return packed(stem, edge, lo, hi, first);
}

/**
 * Cells of `cellPx` along the axis, by where events start: one binary search per cell
 * that holds an event. Events that began before the window all stand at its start, as
 * one spot of their own.
 */
function cellSpots(vis: VisibleEvents, scale: TimeScale, cellPx: number): Spots {
  const { starts } = vis.sorted;
  const [d0, d1] = vis.domain;
  const [r0, r1] = scale.range() as [number, number];
  const axis0 = Math.min(r0, r1);
  const axis1 = Math.max(r0, r1);
  const onAxis = (t: number) => Math.min(axis1, Math.max(axis0, scale(t)));
  const cellMs = cellPx * ((d1 - d0) / (axis1 - axis0 || 1));
  const stem: number[] = [];
  const edge: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const first: number[] = [];
  if (vis.before > 0) {
    const at = onAxis(d0);
    stem.push(at);
    edge.push(1);
    lo.push(at);
    hi.push(at);
    first.push(0);
  }
  const stop = vis.inside + vis.count - vis.before;
  for (let p = vis.inside; p < stop;) {
    const cell = Math.floor((starts[p]! - d0) / cellMs);
    const next = bisectLeft(starts, d0 + (cell + 1) * cellMs, p + 1, stop);
    const a = onAxis(starts[p]!);
    const b = onAxis(starts[next - 1]!);
    stem.push(a);
    edge.push(0);
    lo.push(Math.min(a, b));
    hi.push(Math.max(a, b));
    first.push(vis.before + p - vis.inside);
    p = next;
  }
  first.push(vis.count);
  return packed(stem, edge, lo, hi, first);
}

/**
 * Splits spots (in time order) into runs drawn as one. A run ends where the next stem
 * stands more than `near` px outside it (a natural break). A run that would grow wider
 * than `widest` px is cut at its widest gap between neighbours (the latest of equal ones),
 * so dense bursts stay whole and cuts fall where events thin out. Returns the run
 * boundaries (first spot of each run, then the number of spots), or undefined once there
 * are more than `most` runs. Spots at the ends of the axis (`edge`) never share a run with
 * spots inside it. O(spots): the extent and the widest gap of the growing run come from
 * monotone queues.
 */
function runs(stem: Float64Array, edge: Uint8Array, near: number, widest: number, most: number): Int32Array | undefined {
  const n = stem.length;
  if (n === 0) return Int32Array.of(0);
  const bounds: number[] = [0];
  // Queues of indices into the current run: stems rising (for the least), stems falling
  // (for the most), and gaps falling (gap k lies between spots k and k + 1).
  const lows = new Int32Array(n);
  const highs = new Int32Array(n);
  const gaps = new Int32Array(n);
  const gapAt = (k: number) => Math.abs(stem[k + 1]! - stem[k]!);
  let lh = 0;
  let lt = 0;
  let hh = 0;
  let ht = 0;
  let gh = 0;
  let gt = 0;
  lows[lt++] = 0;
  highs[ht++] = 0;
  for (let j = 1; j < n; j++) {
    const s = stem[j]!;
    if (s > stem[highs[hh]!]! + near || s < stem[lows[lh]!]! - near || edge[j] !== edge[j - 1]) {
      bounds.push(j);
      if (bounds.length > most) return undefined;
      lh = lt = hh = ht = gh = gt = 0;
      lows[lt++] = j;
      highs[ht++] = j;
      continue;
    }
    while (lt > lh && stem[lows[lt - 1]!]! >= s) lt--;
    lows[lt++] = j;
    while (ht > hh && stem[highs[ht - 1]!]! <= s) ht--;
    highs[ht++] = j;
    const g = gapAt(j - 1);
    while (gt > gh && gapAt(gaps[gt - 1]!) <= g) gt--;
    gaps[gt++] = j - 1;
    while (stem[highs[hh]!]! - stem[lows[lh]!]! > widest) {
      const start = gaps[gh]! + 1;
      bounds.push(start);
      if (bounds.length > most) return undefined;
      while (lows[lh]! < start) lh++;
      while (highs[hh]! < start) hh++;
      while (gh < gt && gaps[gh]! < start) gh++;
    }
  }
  bounds.push(n);
  return Int32Array.from(bounds);
}

/** A level from runs of spots: event bounds, and the extent of each run. */
function levelOf(spots: Spots, spotRuns: Int32Array): Level {
  const count = spotRuns.length - 1;
  const bounds = new Int32Array(count + 1);
  const lo = new Float64Array(count).fill(Infinity);
  const hi = new Float64Array(count).fill(-Infinity);
  for (let g = 0; g < count; g++) {
    bounds[g] = spots.first[spotRuns[g]!]!;
    for (let k = spotRuns[g]!; k < spotRuns[g + 1]!; k++) {
      lo[g] = Math.min(lo[g]!, spots.lo[k]!);
      hi[g] = Math.max(hi[g]!, spots.hi[k]!);
    }
  }
  bounds[count] = spots.first[spots.first.length - 1]!;
  return { bounds, lo, hi, grouped: true };
}

/**
 * Every visible event apart: the finest level, when the events are looked at one by one.
 *
 * @example
 * ```ts
 * const apart = apartLevel(detail.marks!, axis0, axis1);
 * ```
 */
export function apartLevel(marks: readonly Mark[], axis0: number, axis1: number): Level {
  const near = Float64Array.from(marks, (m) => Math.min(axis1, Math.max(axis0, m.stem)));
  return { bounds: Int32Array.from({ length: marks.length + 1 }, (_, i) => i), lo: near, hi: near, grouped: false };
}

/**
 * Groupings from coarsest to finest: one run of everything (apart from events at the
 * ends of the axis), then runs of events within …, 0.7, 0.5, 0.35, 0.25 px (at most …,
 * 1.4, 1, 0.7, 0.5 px wide). Stops before the first level with more than `most` runs;
 * a level with the same runs as the one before is skipped.
 *
 * @example
 * ```ts
 * for (const level of groupings(detail, 928, 400)) if (!fits(level)) break;
 * ```
 */
export function* groupings(detail: Detail, axisLength: number, most: number): Generator<Level> {
  let top = 0;
  while (FINEST_GROUP_PX * Math.SQRT2 ** top <= 2 * axisLength) top++;
  let last: Int32Array | undefined;
  for (let step = top; step >= 0; step--) {
    const px = FINEST_GROUP_PX * Math.SQRT2 ** step;
    const all = step === top;
    const spots = detail.spotsFor(px);
    const spotRuns = runs(spots.stem, spots.edge, all ? Infinity : px / 2, all ? Infinity : px, most);
    if (!spotRuns) return;
    const level = levelOf(spots, spotRuns);
    if (last && sameBounds(level.bounds, last)) continue;
    last = level.bounds;
    yield level;
  }
}

function sameBounds(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The mark of visible event `k`: from the marks already made, or from the index.
 *
 * @example
 * ```ts
 * visibleMark(detail, vis, 3, scale, true, true).stem
 * ```
 */
export function visibleMark(detail: Detail, vis: VisibleEvents, k: number, scale: TimeScale, horizontal: boolean, ltr: boolean): Mark {
  if (detail.marks) return detail.marks[k]!;
  const p = positionAt(vis, k);
  return markOf(vis.sorted.starts[p]!, vis.sorted.ends[p]!, scale, horizontal, ltr);
}
