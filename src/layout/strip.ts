// The strip along the plot's edge that carries the words of the backdrop (era titles, the
// today label), and the view as the backdrop sees it.
import type { Part } from './labelItems.js';
import { MARGIN, metrics } from './labels.js';
import { truncateToWidth } from './measureText.js';
import type { ResolvedOptions } from './resolveOptions.js';
import { textDirection } from './textDirection.js';
import { timeScale, type TimeScale } from './timeScale.js';
import type { TextLine } from './types.js';

/** Space between a band's edge (or the today line) and its words. */
export const WORDS_INSET = 4;

/**
 * The view as the backdrop sees it: where time falls along the axis, the plot's extent
 * along and across it, and the strip's lanes (one for era titles, one for the today label).
 */
export interface Frame {
  readonly o: ResolvedOptions;
  readonly scale: TimeScale;
  readonly horizontal: boolean;
  /** The view's ends along the axis, px, smaller first. */
  readonly along: readonly [number, number];
  /** The plot across the axis, px, smaller first: what a band or the today line spans. */
  readonly across: readonly [number, number];
  /** The way time runs along the axis on screen: 1 (right or down) or -1 (left, right to left). */
  readonly forward: 1 | -1;
  readonly eraLane?: number;
  readonly todayLane?: number;
  /** Where lane k begins across the axis (its smaller coordinate), px. */
  readonly laneStart: (k: number) => number;
  /** Thickness of a lane. */
  readonly lane: number;
}

/**
 * The frame of a laid-out part: its axis and scale, the plot's extent, and lane `k` of a
 * strip that begins at `start` (above a horizontal plot; at a vertical one's outer edge).
 */
export function frameOf(
  part: Part,
  o: ResolvedOptions,
  start: number,
  lane: number,
  eraLane: number | undefined,
  todayLane: number | undefined,
): Frame {
  const { axis } = part;
  const ltr = o.direction === 'ltr';
  const lanes = { ...(eraLane !== undefined ? { eraLane } : {}), ...(todayLane !== undefined ? { todayLane } : {}) };
  if (o.orientation === 'horizontal') {
    return {
      o,
      scale: timeScale(axis.domain, ltr ? [axis.x1, axis.x2] : [axis.x2, axis.x1]),
      horizontal: true,
      along: [Math.min(axis.x1, axis.x2), Math.max(axis.x1, axis.x2)],
      // Down to the drawing's bottom margin: the labels under the axis are in the plot too.
      across: [start, part.height - 8],
      forward: ltr ? 1 : -1,
      laneStart: (k) => start + k * lane,
      lane,
      ...lanes,
    };
  }
  return {
    o,
    scale: timeScale(axis.domain, [axis.y1, axis.y2]),
    horizontal: false,
    along: [Math.min(axis.y1, axis.y2), Math.max(axis.y1, axis.y2)],
    across: [MARGIN, o.width - MARGIN],
    forward: 1,
    // From the outer edge inwards: the left edge in a left-to-right timeline, the right one in a right-to-left one.
    laneStart: (k) => (ltr ? MARGIN + k * lane : o.width - MARGIN - (k + 1) * lane),
    lane,
    ...lanes,
  };
}

/**
 * A line of words in lane `k` of the strip, from `from` (px along the axis) on in the
 * screen direction `way`, cut with "…" to `room` px. Along a vertical timeline the words
 * turn to run down the strip (90° left to right, -90° right to left: read from the top
 * either way, as time runs).
 *
 * @example
 * ```ts
 * laneText(f, f.eraLane!, 'Korean War', band.x + WORDS_INSET, 1, band.width - 2 * WORDS_INSET, 'normal')
 * ```
 */
export function laneText(
  f: Frame,
  k: number,
  text: string,
  from: number,
  way: 1 | -1,
  room: number,
  weight: 'normal' | 'bold',
): { line: TextLine; rotate: number } {
  const { o } = f;
  const m = metrics(o.fontSize);
  const cut = truncateToWidth(text, Math.max(0, room), m.dateSize, o.measure, weight);
  const direction = textDirection(text, o.direction);
  const ltr = o.direction === 'ltr';
  // Whether the text's own left edge is at `from`: its left is the screen's left when
  // flat, the top when turned 90°, the bottom when turned -90°.
  const hugLeft = f.horizontal || ltr ? way > 0 : way < 0;
  const anchor = hugLeft === (direction === 'ltr') ? 'start' : 'end';
  const low = f.laneStart(k);
  const base = Math.round(f.lane * 0.78);
  const line = (x: number, y: number): TextLine => ({
    text: cut.text,
    full: text,
    truncated: cut.truncated,
    x,
    y,
    width: cut.width,
    fontSize: m.dateSize,
    direction,
    anchor,
  });
  if (f.horizontal) return { line: line(from, low + base), rotate: 0 };
  // Turned 90°, the words' tops face right (the lane's high side); turned -90°, left.
  return ltr ? { line: line(low + f.lane - base, from), rotate: 90 } : { line: line(low + base, from), rotate: -90 };
}
