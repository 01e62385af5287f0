// The geometry of one drawn event or cluster, once its mark, stem and label are placed.
import type { TimelineEvent } from '../model/types.js';
import { clusterId, type Prepared, type PreparedCluster } from './labels.js';
import { isApproximate, nextVisibleStart, positionAt, type VisibleEvents } from './sortedEvents.js';
import type { TimeScale } from './timeScale.js';
import type { Box, ClusterGeometry, EventGeometry, LabelGeometry, MarkGeometry, StemGeometry } from './types.js';

export function geometryOf(
  p: Prepared,
  order: number,
  row: number,
  mark: MarkGeometry,
  stem: StemGeometry,
  label: LabelGeometry,
  colorOf: (e: TimelineEvent) => number,
): EventGeometry {
  return {
    id: p.event.id,
    event: p.event,
    order,
    mark,
    approximate: isApproximate(p.event),
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
export function zoomWindow(scale: TimeScale, c: PreparedCluster, vis: VisibleEvents, lo: number, hi: number): [number, number] {
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
  // A member from an indefinite past starts the window where the view starts.
  const start = c.start === -Infinity ? Math.min(d0, d1) : c.start;
  return [start, Math.max(end, lastStart + 1)];
}

export function clusterOf(
  c: PreparedCluster,
  vis: VisibleEvents,
  order: number,
  row: number,
  mark: Box,
  stem: StemGeometry,
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
