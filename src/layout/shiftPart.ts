// A laid-out drawing moved down: a horizontal drawing's rows are placed from the axis out,
// so laying it out again lower gives the same geometry, moved; moving it costs no layout.
import type { Part } from './labelItems.js';
import type { Box, LabelGeometry, MarkGeometry, StemGeometry } from './types.js';

/** Copies a drawn item with new fields, keeping getters (a cluster lists its members only when asked). */
export function withFields<T extends object>(d: T, fields: Partial<T>): T {
  return Object.assign(Object.defineProperties({}, Object.getOwnPropertyDescriptors(d)) as T, fields);
}

/**
 * `part` moved `dy` px down, and `dy` px taller.
 *
 * @example
 * ```ts
 * shiftPart(part, 27).axis.y1 === part.axis.y1 + 27 // true
 * ```
 */
export function shiftPart(part: Part, dy: number): Part {
  const box = (b: Box): Box => ({ ...b, y: b.y + dy });
  const stem = (s: StemGeometry): StemGeometry => ({
    ...s,
    y1: s.y1 + dy,
    y2: s.y2 + dy,
    ...(s.bend ? { bend: { ...s.bend, y: s.bend.y + dy } } : {}),
  });
  const label = (l: LabelGeometry): LabelGeometry => ({
    box: box(l.box),
    date: { ...l.date, y: l.date.y + dy },
    ...(l.dateRest && { dateRest: { ...l.dateRest, y: l.dateRest.y + dy } }),
    title: { ...l.title, lines: l.title.lines.map((line) => ({ ...line, y: line.y + dy })) },
  });
  const mark = (m: MarkGeometry): MarkGeometry => (m.kind === 'point' ? { ...m, cy: m.cy + dy } : { ...m, y: m.y + dy });
  return {
    height: part.height + dy,
    axis: {
      ...part.axis,
      y1: part.axis.y1 + dy,
      y2: part.axis.y2 + dy,
      ticks: part.axis.ticks.map((t) => ({ ...t, y: t.y + dy, labelY: t.labelY + dy })),
    },
    events: part.events.map((e) => ({ ...e, mark: mark(e.mark), stem: stem(e.stem), label: label(e.label) })),
    clusters: part.clusters.map((c) => withFields(c, { mark: box(c.mark), stem: stem(c.stem), label: label(c.label) })),
    density: part.density,
  };
}
