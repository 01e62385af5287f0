// Events in lanes: each lane laid out on its own events by the one-band layouts, in a band
// of its own (stacked top to bottom, or side by side in a vertical timeline), all on one
// time scale and one axis. Clustering and zoom so work within each lane, and no lane's
// labels can meet another's: each stays inside its band.
import { legendWords } from './legendWords.js';
import { chooseTicks } from './axisTicks.js';
import { cleanText } from './cleanText.js';
import { densityBins } from './density.js';
import { layoutHorizontal } from './layoutHorizontal.js';
import type { Common, Part } from './labelItems.js';
import { line, MARGIN, metrics } from './labels.js';
import { shiftPart, withFields } from './shiftPart.js';
import { layoutVertical, verticalAxis, verticalTicks } from './layoutVertical.js';
import { truncateToWidth } from './measureText.js';
import { sortedEvents, visibleEvents, type VisibleEvents } from './sortedEvents.js';
import { timeScale } from './timeScale.js';
import type { ClusterGeometry, EventGeometry, LaneGeometry, TextLine, TickGeometry } from './types.js';
import type { Timeline, TimelineEvent } from '../model/types.js';

/** Space above a lane's name, and between the name and the lane's labels. */
const NAME_PAD = 4;
/** Space between a vertical lane's edge and its marks (half a cluster's bar and a little). */
const COLUMN_INSET = 10;
/** Space kept free at a vertical lane's far edge, and between the shared axis and the first column. */
const COLUMN_END = 4;
/**
 * Narrowest column, in em, for a vertical lane: its marks, and beside them a full date
 * ("27 December 1968") and titles of a few words a line. Narrower (two lanes on a phone),
 * the events are drawn together, one column for all, as with `lanes: false`.
 */
const LEAST_COLUMN_EMS = 12;

/** A lane to lay out: its name (none for events without a lane) and its visible events. */
interface Lane {
  readonly name?: string;
  readonly vis: VisibleEvents;
}

/** A layout drawn in lanes: the parts of every lane together, and the lanes' own geometry. */
export interface LanedPart extends Part {
  lanes: LaneGeometry[];
}

const NO_EVENTS: readonly TimelineEvent[] = [];

/**
 * Each lane's events, split once per events array: a zooming view lays the lanes out
 * again at every step, and each lane's own array keeps its index (sortedEvents) cached.
 * A Map, since lane names come from data.
 */
const splits = new WeakMap<readonly TimelineEvent[], Map<string | undefined, TimelineEvent[]>>();

function eventsByLane(events: readonly TimelineEvent[]): Map<string | undefined, TimelineEvent[]> {
  let byLane = splits.get(events);
  if (byLane) return byLane;
  byLane = new Map();
  for (const e of events) {
    let list = byLane.get(e.lane);
    if (!list) byLane.set(e.lane, (list = []));
    list.push(e);
  }
  splits.set(events, byLane);
  return byLane;
}

/**
 * The lanes in the order drawn: the timeline's `lanes` (the input's list, then lanes by
 * first use), then, when some events have no lane, an unnamed one for them. Last, as the
 * rest of a list comes after the named entries: the named lanes are the ones asked for.
 *
 * @example
 * ```ts
 * laneNames(parseTimeline({ events, lanes: ['Moscow', 'Pyongyang'] })) // ['Moscow', 'Pyongyang', undefined]
 * ```
 */
export function laneNames(timeline: Timeline): (string | undefined)[] {
  const byLane = eventsByLane(timeline.events);
  return [...(timeline.lanes ?? []), ...(byLane.has(undefined) ? [undefined] : [])];
}

/** A lane's name as drawn: at the reading start of `x`, cut with "…" to `room`. */
function nameLine(name: string, x: number, y: number, room: number, common: Common): TextLine {
  const { o } = common;
  const size = metrics(o.fontSize).dateSize;
  const text = cleanText(name);
  const cut = truncateToWidth(text, Math.max(1, room), size, o.measure, 'bold');
  // Against the band's reading start, whatever the name's own direction.
  return line(text, cut, x, y, size, o.direction === 'ltr', o.direction);
}

/**
 * Every lane's events and clusters, numbered lane by lane (each lane's in time order) and
 * tagged with their lane; the lane's drawing moved down by `dy[k]` where its band grew.
 */
function gather(parts: readonly Part[], dy: readonly number[]): { events: EventGeometry[]; clusters: ClusterGeometry[] } {
  const events: EventGeometry[] = [];
  const clusters: ClusterGeometry[] = [];
  let order = 0;
  parts.forEach((laidOut, lane) => {
    const part = shiftPart(laidOut, dy[lane]!);
    for (const item of [...part.events, ...part.clusters].sort((a, b) => a.order - b.order)) {
      const tagged = withFields(item, { order: order++, lane });
      if ('memberIds' in tagged) clusters.push(tagged);
      else events.push(tagged);
    }
  });
  return { events, clusters };
}

/** Horizontal: one band per lane, top to bottom, the shared axis under the last. */
function horizontalLanes(common: Common, lanes: readonly Lane[]): LanedPart {
  const { o, domain } = common;
  const m = metrics(o.fontSize);
  const ltr = o.direction === 'ltr';
  const x0 = MARGIN;
  const x1 = o.width - MARGIN;
  // A lane's own height: what its labels need. The drawing's least height is shared out below.
  const own = { ...o, minHeight: 0 };
  const nameBlock = NAME_PAD + m.dateLine + NAME_PAD;
  let y = common.top;
  const tops: number[] = [];
  const parts = lanes.map((lane) => {
    tops.push(y);
    const part = layoutHorizontal({
      ...common,
      o: own,
      vis: lane.vis,
      top: y + (lane.name === undefined ? NAME_PAD : nameBlock),
      ticks: false,
    });
    y = part.height;
    return part;
  });
  // The axis line is the last band's lower edge; its ticks and their labels go under it.
  const tickArea = 6 + Math.ceil(m.tickSize * 1.5);
  const needed = y + tickArea + 8;
  const height = Math.ceil(Math.max(o.minHeight, needed));
  // Room beyond what the labels need (a zoomed view keeps its height) goes to every band
  // alike, above its labels, as a timeline without lanes puts it above its own.
  const share = (height - needed) / lanes.length;
  const dy = lanes.map((_, k) => share * (k + 1));
  const axisY = y + share * lanes.length;

  const laneGeometry = lanes.map((lane, k): LaneGeometry => {
    const top = tops[k]! + share * k;
    const bottom = k + 1 < lanes.length ? tops[k + 1]! + share * (k + 1) : axisY;
    const lineY = parts[k]!.axis.y1 + dy[k]!;
    const label =
      lane.name === undefined
        ? undefined
        : nameLine(lane.name, ltr ? x0 : x1, top + NAME_PAD + Math.round(m.dateLine * 0.78), x1 - x0, common);
    return {
      ...(lane.name !== undefined ? { name: lane.name } : {}),
      spokenName: label?.full ?? legendWords(o.locale).unnamedLane,
      band: { x: 0, y: top, width: o.width, height: bottom - top },
      ...(label ? { label } : {}),
      line: { x1: x0, y1: lineY, x2: x1, y2: lineY },
    };
  });

  const scale = timeScale(domain, ltr ? [x0, x1] : [x1, x0]);
  const { ticks: chosen, unit } = chooseTicks(scale, x1 - x0, o.locale, m.tickSize, o.measure, 'x', o.width);
  const ticks: TickGeometry[] = chosen.map((t) => {
    const x = scale(t.value);
    return { value: t.value, x, y: axisY, label: t.label, labelX: t.at, labelY: axisY + 6 + Math.round(m.tickSize), anchor: 'middle' };
  });
  const { events, clusters } = gather(parts, dy);
  const axis = { x1: x0, y1: axisY, x2: x1, y2: axisY, ticks, unit, domain, fontSize: m.tickSize };
  const density = clusters.length ? densityBins(common.vis.sorted, scale) : [];
  return { height, axis, events, clusters, density, lanes: laneGeometry };
}

/**
 * Vertical: one column per lane, side by side in reading order, beside the shared axis;
 * `undefined` when the columns would be too narrow to hold a label.
 */
function verticalLanes(common: Common, lanes: readonly Lane[]): LanedPart | undefined {
  const { o, domain } = common;
  const m = metrics(o.fontSize);
  const ltr = o.direction === 'ltr';
  // Every column keeps a line for names, so that the lanes share one time scale.
  const top = common.top + NAME_PAD + m.dateLine + NAME_PAD;
  const shared = verticalAxis(o, domain, top);
  // Beyond the tick labels, the backdrop's strip (era titles, the today label) keeps its room.
  const inset = common.inset ?? 0;
  const axisX = ltr ? MARGIN + inset + shared.tickWidth + 8 : o.width - MARGIN - inset - shared.tickWidth - 8;
  // The columns in reading coordinates (from the axis outwards), mirrored in right to left.
  const start = ltr ? axisX + COLUMN_END : o.width - axisX + COLUMN_END;
  const width = (o.width - MARGIN - start) / lanes.length;
  if (width < LEAST_COLUMN_EMS * o.fontSize) return undefined;
  const columnAt = (k: number): [number, number] => {
    const a = start + k * width;
    return ltr ? [a, a + width] : [o.width - a - width, o.width - a];
  };
  const parts = lanes.map((lane, k) => {
    const [a, b] = columnAt(k);
    const column: [number, number] = ltr ? [a + COLUMN_INSET, b - COLUMN_END] : [a + COLUMN_END, b - COLUMN_INSET];
    return layoutVertical({ ...common, vis: lane.vis, top, ticks: false, column, axis: shared });
  });
  const height = parts.reduce((h, p) => Math.max(h, p.height), 0);
  const laneGeometry = lanes.map((lane, k): LaneGeometry => {
    const [a, b] = columnAt(k);
    const label =
      lane.name === undefined
        ? undefined
        : nameLine(
            lane.name,
            ltr ? a + NAME_PAD : b - NAME_PAD,
            common.top + NAME_PAD + Math.round(m.dateLine * 0.78),
            width - 2 * NAME_PAD,
            common,
          );
    const line = parts[k]!.axis;
    return {
      ...(lane.name !== undefined ? { name: lane.name } : {}),
      spokenName: label?.full ?? legendWords(o.locale).unnamedLane,
      band: { x: a, y: common.top, width: b - a, height: height - common.top },
      ...(label ? { label } : {}),
      line: { x1: line.x1, y1: line.y1, x2: line.x2, y2: line.y2 },
    };
  });
  const ticks = verticalTicks(shared.chosen, shared.scale, axisX, ltr, m.tickSize);
  const { events, clusters } = gather(parts, new Array<number>(lanes.length).fill(0));
  const axis = {
    x1: axisX,
    y1: shared.top,
    x2: axisX,
    y2: shared.top + shared.plotHeight,
    ticks,
    unit: shared.unit,
    domain,
    fontSize: m.tickSize,
  };
  const density = clusters.length ? densityBins(common.vis.sorted, shared.scale) : [];
  return { height, axis, events, clusters, density, lanes: laneGeometry };
}

/**
 * The timeline drawn in its lanes (see {@link laneNames} for their order): each lane
 * laid out by the layout of its orientation on its own visible events, so that it
 * groups its crowds into clusters, and splits them on zooming, within itself.
 * `undefined` for a vertical timeline too narrow for a column of at least 5 em per
 * lane: its events are then drawn together, as without lanes, rather than cut to nothing.
 *
 * @example
 * ```ts
 * const part = layoutLanes(common, timeline); // part.lanes[0].band: where the first lane is drawn
 * ```
 */
export function layoutLanes(common: Common, timeline: Timeline): LanedPart | undefined {
  const byLane = eventsByLane(timeline.events);
  const lanes: Lane[] = laneNames(timeline).map((name) => ({
    ...(name !== undefined ? { name } : {}),
    vis: visibleEvents(sortedEvents(byLane.get(name) ?? NO_EVENTS), common.domain),
  }));
  return common.o.orientation === 'vertical' ? verticalLanes(common, lanes) : horizontalLanes(common, lanes);
}
