import type { Box, TimelineGeometry } from '../../src/layout/types.js';

export function intersects(a: Box, b: Box, tolerance = 0): boolean {
  return a.x < b.x + b.width - tolerance && b.x < a.x + a.width - tolerance && a.y < b.y + b.height - tolerance && b.y < a.y + a.height - tolerance;
}

/** Every label drawn, events' and clusters', with the id of what it labels. */
export function labelBoxes(g: TimelineGeometry): (readonly [string, Box])[] {
  return [...g.events.map((e) => [e.id, e.label.box] as const), ...g.clusters.map((c) => [c.id, c.label.box] as const)];
}

/** Pairs of ids (events and clusters) whose label boxes overlap. */
export function overlappingLabels(g: TimelineGeometry): [string, string][] {
  const out: [string, string][] = [];
  const boxes = labelBoxes(g);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (intersects(boxes[i]![1], boxes[j]![1])) out.push([boxes[i]![0], boxes[j]![0]]);
  return out;
}

export function inside(inner: Box, width: number, height: number): boolean {
  return inner.x >= -1e-9 && inner.y >= -1e-9 && inner.x + inner.width <= width + 1e-9 && inner.y + inner.height <= height + 1e-9;
}
