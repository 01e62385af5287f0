// Level of detail: where every visible event's mark lands on the axis, and the
// successively coarser ways of grouping neighbours into clusters that layoutTimeline
// tries until the labels fit. Pure and allocation-light: typed arrays, one pass each.
import type { VisibleEvents } from './sortedEvents.js';
import type { TimeScale } from './timeScale.js';

/** Below this many px an event's extent is drawn as a dot rather than a bar. */
export const MIN_SPAN_PX = 6;
/** Finest grouping tried, in px: events closer than this are one place on screen. */
const FINEST_GROUP_PX = 0.5;

/** Each visible event's mark along the axis (`a`…`b`, px), whether it is a bar, and where its stem stands. */
export interface Positions {
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly span: Uint8Array;
  readonly stem: Float64Array;
  /**
   * The stem kept on the axis: where the event counts for grouping. Events that began
   * before the window all stand at its start, however long before.
   */
  readonly near: Float64Array;
  /** 1 where the stem stood off the axis and was pulled to its end. */
  readonly edge: Uint8Array;
}

/**
 * Marks along the axis. Horizontal: `a`/`b` are the left and right ends, and a bar's stem
 * stands where the event begins (its right end in RTL). Vertical: top and bottom, and a
 * bar's stem stands at its top. A dot's stem stands at its centre.
 */
export function positions(vis: VisibleEvents, scale: TimeScale, horizontal: boolean, ltr: boolean): Positions {
  const n = vis.events.length;
  const [r0, r1] = scale.range() as [number, number];
  const axis0 = Math.min(r0, r1);
  const axis1 = Math.max(r0, r1);
  const near = new Float64Array(n);
  const edge = new Uint8Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const span = new Uint8Array(n);
  const stem = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = scale(vis.starts[i]!);
    const q = scale(vis.ends[i]!);
    const lo = horizontal ? Math.min(p, q) : p;
    const hi = horizontal ? Math.max(p, q) : q;
    const isSpan = hi - lo >= MIN_SPAN_PX;
    a[i] = lo;
    b[i] = hi;
    span[i] = isSpan ? 1 : 0;
    stem[i] = isSpan ? (horizontal && !ltr ? hi : lo) : (lo + hi) / 2;
    near[i] = Math.min(axis1, Math.max(axis0, stem[i]!));
    edge[i] = near[i] === stem[i] ? 0 : 1;
  }
  return { a, b, span, stem, near, edge };
}

/**
 * Splits the visible events (in time order) into runs drawn as one. A run ends where the
 * next stem stands more than `near` px outside it (a natural break). A run that would
 * grow wider than `widest` px is cut at its widest gap between neighbours (the latest of
 * equal ones), so dense bursts stay whole and cuts fall where events thin out.
 * Returns the run boundaries (first index of each run, then `n`), or undefined once there
 * are more than `most` runs. `near = -1` keeps every event apart. Events that stand at
 * the ends of the axis because they began before the window (`edge`) never share a run
 * with events inside it. O(n): the extent and the widest gap of the growing run come from
 * monotone queues.
 */
function runs(stem: Float64Array, edge: Uint8Array, near: number, widest: number, most: number): Int32Array | undefined {
  const n = stem.length;
  if (n === 0) return Int32Array.of(0);
  const bounds: number[] = [0];
  // Queues of indices into the current run: stems rising (for the least), stems falling
  // (for the most), and gaps falling (gap k lies between events k and k + 1).
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
  let start = 0;
  lows[lt++] = 0;
  highs[ht++] = 0;
  for (let j = 1; j < n; j++) {
    const s = stem[j]!;
    if (s > stem[highs[hh]!]! + near || s < stem[lows[lh]!]! - near || edge[j] !== edge[j - 1]) {
      bounds.push((start = j));
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
      start = gaps[gh]! + 1;
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

/**
 * Groupings from finest to coarsest: every event apart (`grouped` false), then runs of
 * events within 0.25, 0.35, 0.5, 0.7 … px (at most 0.5, 0.7, 1, 1.4 … px wide), until one
 * run holds everything. Groupings with more than `most` runs, or the same runs as the
 * last one, are skipped without being measured.
 */
export function* groupings(pos: Positions, axisLength: number, most: { apart: number; grouped: number }): Generator<{ bounds: Int32Array; grouped: boolean }> {
  const n = pos.near.length;
  let last: Int32Array | undefined = n <= most.apart ? Int32Array.from({ length: n + 1 }, (_, i) => i) : undefined;
  if (last) yield { bounds: last, grouped: false };
  // Grouping looks at stems to 1/16 px, and events at one such spot are never parted:
  // they are grouped as one, so a level costs O(spots) rather than O(events).
  const spotStem: number[] = [];
  const spotEdge: number[] = [];
  const spotFirst: number[] = [];
  for (let i = 0; i < n; i++) {
    const at = Math.round(pos.near[i]! * 16) / 16;
    const k = spotStem.length - 1;
    if (k >= 0 && spotStem[k] === at && spotEdge[k] === pos.edge[i]) continue;
    spotStem.push(at);
    spotEdge.push(pos.edge[i]!);
    spotFirst.push(i);
  }
  spotFirst.push(n);
  const stems = Float64Array.from(spotStem);
  const edges = Uint8Array.from(spotEdge);
  for (let step = 0; ; step++) {
    const px = FINEST_GROUP_PX * Math.SQRT2 ** step;
    const all = px > 2 * axisLength;
    const spots = runs(stems, edges, all ? Infinity : px / 2, all ? Infinity : px, most.grouped);
    const bounds = spots && Int32Array.from(spots, (k) => spotFirst[k]!);
    if (bounds && !(last && sameBounds(bounds, last))) yield { bounds: (last = bounds), grouped: true };
    if (all) return;
  }
}

function sameBounds(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The extent of a run's stems along the axis, kept on the axis. */
export function stemExtent(pos: Positions, from: number, to: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = from; k < to; k++) {
    lo = Math.min(lo, pos.near[k]!);
    hi = Math.max(hi, pos.near[k]!);
  }
  return [lo, hi];
}
