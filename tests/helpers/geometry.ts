import type { Box, TimelineGeometry } from '../../src/layout/types.js';

export function intersects(a: Box, b: Box, tolerance = 0): boolean {
  return (
    a.x < b.x + b.width - tolerance &&
    b.x < a.x + a.width - tolerance &&
    a.y < b.y + b.height - tolerance &&
    b.y < a.y + a.height - tolerance
  );
}

/** Every label drawn, events' and clusters', with the id of what it labels. */
export function labelBoxes(g: TimelineGeometry): (readonly [string, Box])[] {
  return [...g.events.map((e) => [e.id, e.label.box] as const), ...g.clusters.map((c) => [c.id, c.label.box] as const)];
}

/**
 * Pairs of ids (events and clusters) whose label boxes overlap. Boxes that share an edge do
 * not: two labels opening either way from one stem's place meet there, and mirrored into a
 * right-to-left timeline their edges can differ by a rounding error (1e-13 px, found by
 * fast-check), hence the tolerance of a millionth of a pixel.
 */
export function overlappingLabels(g: TimelineGeometry): [string, string][] {
  const out: [string, string][] = [];
  const boxes = labelBoxes(g);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (intersects(boxes[i]![1], boxes[j]![1], 1e-6)) out.push([boxes[i]![0], boxes[j]![0]]);
  return out;
}

export function inside(inner: Box, width: number, height: number): boolean {
  return inner.x >= -1e-9 && inner.y >= -1e-9 && inner.x + inner.width <= width + 1e-9 && inner.y + inner.height <= height + 1e-9;
}

/** The segments of a leader: one, or two when it bends. */
function stemSegments(s: TimelineGeometry['events'][number]['stem']): [number, number, number, number][] {
  return s.bend
    ? [
        [s.x1, s.y1, s.bend.x, s.bend.y],
        [s.bend.x, s.bend.y, s.x2, s.y2],
      ]
    : [[s.x1, s.y1, s.x2, s.y2]];
}

/** Whether segment (x1, y1)–(x2, y2) passes through the inside of a box shrunk by `tolerance` (Liang–Barsky clipping). */
export function segmentCrossesBox(x1: number, y1: number, x2: number, y2: number, b: Box, tolerance = 0.5): boolean {
  const [left, right, top, bottom] = [b.x + tolerance, b.x + b.width - tolerance, b.y + tolerance, b.y + b.height - tolerance];
  if (left >= right || top >= bottom) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  for (const [p, q] of [
    [-dx, x1 - left],
    [dx, right - x1],
    [-dy, y1 - top],
    [dy, bottom - y1],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 >= t1) return false;
    }
  }
  return true;
}

/** Pairs [stem owner, label owner] where a leader runs through another event's or cluster's label. */
export function stemsThroughLabels(g: TimelineGeometry): [string, string][] {
  const drawn = [...g.events, ...g.clusters];
  const out: [string, string][] = [];
  for (const a of drawn)
    for (const [x1, y1, x2, y2] of stemSegments(a.stem))
      for (const b of drawn) if (b !== a && segmentCrossesBox(x1, y1, x2, y2, b.label.box)) out.push([a.id, b.id]);
  return out;
}

/** Ids of labels that overlap the legend, and whether the legend leaves the drawing or meets the axis. */
export function legendClashes(g: TimelineGeometry): string[] {
  const legend = g.legend;
  if (!legend) return [];
  const out: string[] = [];
  for (const [id, box] of labelBoxes(g)) if (intersects(legend.box, box)) out.push(id);
  for (const d of [...g.events, ...g.clusters])
    for (const [x1, y1, x2, y2] of stemSegments(d.stem)) if (segmentCrossesBox(x1, y1, x2, y2, legend.box, 0)) out.push(`stem ${d.id}`);
  if (!inside(legend.box, g.width, g.height)) out.push('outside');
  const axisTop = Math.min(g.axis.y1, g.axis.y2);
  if (legend.box.y + legend.box.height > axisTop) out.push('axis');
  if (g.heading && legend.box.y < g.heading.lines.at(-1)!.y) out.push('heading');
  return out;
}

/**
 * Whether a label box keeps clear of the axis band: a horizontal timeline's labels stand
 * above the axis and its marks, or below its tick labels; a vertical one's beside the axis.
 */
export function clearOfAxis(g: TimelineGeometry, box: Box): boolean {
  if (g.orientation === 'vertical') return box.x >= g.axis.x1 + 5 || box.x + box.width <= g.axis.x1 - 5;
  const tickBottom = Math.max(g.axis.y1 + 5, ...g.axis.ticks.map((t) => t.labelY + 3));
  return box.y + box.height <= g.axis.y1 - 5 || box.y >= tickBottom;
}

/**
 * The box a line of the backdrop's words (an era's title, the today label) covers, from
 * its anchor, width and font size, turned as it is drawn (0, 90 or -90 degrees).
 */
export function wordsBox(
  line: { x: number; y: number; width: number; fontSize: number; anchor: 'start' | 'end'; direction: 'ltr' | 'rtl' },
  rotate: number,
): Box {
  const fromLeft = (line.anchor === 'start') === (line.direction === 'ltr');
  // In the text's own frame: along from its anchor, across from ascent to descent.
  const a0 = fromLeft ? 0 : -line.width;
  const up = line.fontSize * 0.8;
  const down = line.fontSize * 0.25;
  if (rotate === 0) return { x: line.x + a0, y: line.y - up, width: line.width, height: up + down };
  // rotate(90): the text's +x runs down the screen and its top faces right; rotate(-90): up, and left.
  if (rotate === 90) return { x: line.x - down, y: line.y + a0, width: up + down, height: line.width };
  return { x: line.x - up, y: line.y - a0 - line.width, width: up + down, height: line.width };
}
