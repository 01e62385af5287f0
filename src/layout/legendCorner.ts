// A legend in a top corner the labels leave empty, so that a horizontal timeline does not
// give a band of its height to the legend when the early or late years stand low.
import type { Part } from './labelItems.js';
import { layoutLegend, legendMoved, type LegendMarks } from './legend.js';
import { MARGIN } from './labels.js';
import type { ResolvedOptions } from './resolveOptions.js';
import type { Box, LegendGeometry, StemGeometry } from './types.js';

/** Kept clear round the legend: between it and a label, a stem or the axis. */
const CLEAR = 8;

const meets = (a: Box, b: Box) =>
  a.x < b.x + b.width + CLEAR && b.x < a.x + a.width + CLEAR && a.y < b.y + b.height + CLEAR && b.y < a.y + a.height + CLEAR;

/** The box a leader covers: every stem of a horizontal timeline is upright, a bend aside. */
function stemBox(s: StemGeometry): Box {
  const xs = [s.x1, s.x2, ...(s.bend ? [s.bend.x] : [])];
  const ys = [s.y1, s.y2, ...(s.bend ? [s.bend.y] : [])];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * The legend at `y` in a top corner of a horizontal drawing laid out without a band for
 * it, at the reading start first, then the end; its entries on as few lines as keep it
 * clear of every label, leader and mark and above the axis. `undefined` when no corner
 * has room.
 *
 * @example
 * ```ts
 * legendInCorner(o, ['war', 'diplomacy'], { approximate: false, uncategorized: false }, 8, part)?.box // { x: 16, y: 8, … }
 * ```
 */
export function legendInCorner(
  o: ResolvedOptions,
  categories: readonly string[],
  marks: LegendMarks,
  y: number,
  part: Part,
): LegendGeometry | undefined {
  const drawn = [...part.events, ...part.clusters];
  const taken: Box[] = drawn.flatMap((d) => [d.label.box, stemBox(d.stem), 'cx' in d.mark ? markBox(d.mark) : d.mark]);
  const axisTop = Math.min(part.axis.y1, part.axis.y2);
  const ltr = o.direction === 'ltr';
  const room = o.width - 2 * MARGIN;
  // Each narrower width that breaks the entries differently: one line, then more.
  let lineWidth = room;
  for (;;) {
    const legend = layoutLegend(o, categories, marks, y, lineWidth);
    if (!legend || legend.box.y + legend.box.height + CLEAR > axisTop || legend.items.some((i) => i.label.truncated)) return undefined;
    for (const end of [false, true]) {
      const dx = end ? room - legend.widest : 0;
      const placed = legendMoved(legend, ltr ? dx : -dx, ltr);
      if (!taken.some((b) => meets(placed.box, b))) return placed;
    }
    if (legend.widest <= 0 || legend.items.length < 2) return undefined;
    // Narrower than the widest line: one entry of it moves down.
    lineWidth = legend.widest - 1;
    const lines = new Set(legend.items.map((i) => i.swatch.y)).size;
    if (lines >= legend.items.length) return undefined;
  }
}

function markBox(m: { cx: number; cy: number; r: number }): Box {
  return { x: m.cx - m.r, y: m.cy - m.r, width: 2 * m.r, height: 2 * m.r };
}
