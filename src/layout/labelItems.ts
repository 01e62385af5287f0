// What both orientations place: events and clusters as items with a stem on the axis,
// their text measured once per layout, and what a part of the layout hands back.
import type { VerticalAxis } from './layoutVertical.js';
import type { TimelineEvent } from '../model/types.js';
import { MIN_SPAN_PX, type Level, type Mark } from './grouping.js';
import { prepare, prepareCluster, type Prepared, type PreparedCluster } from './labels.js';
import type { TextMeasurer } from './measureText.js';
import type { ResolvedOptions } from './resolveOptions.js';
import { positionAt, type VisibleEvents } from './sortedEvents.js';
import type { ClusterGeometry, DensityBin, EventGeometry, TimelineGeometry } from './types.js';

/**
 * One thing to draw with a label: an event, or a run of visible events `[from, to)`,
 * with where its stem stands. Its text is measured only when a layout tries it.
 */
export interface Item {
  readonly from: number;
  readonly to: number;
  /** An event's mark, or the extent of a cluster's stems, along the axis. */
  readonly lo: number;
  readonly hi: number;
  readonly isSpan: boolean;
  readonly stemX: number;
}

/** A tried item with its text. */
export type Labelled = Item & ({ readonly p: Prepared; readonly c?: undefined } | { readonly c: PreparedCluster; readonly p?: undefined });

export const textOf = (l: Labelled): Prepared | PreparedCluster => l.p ?? l.c;

/**
 * The items of a level, with stems but no text yet. An event's stem is its mark's; a
 * cluster's stands at its start (`lo`, or `hi` in a right-to-left axis) when its members
 * spread over a bar, else at its middle. A bar that runs on past the view (`view`, the
 * axis's ends, px), as a long war does when zoomed into, is drawn and labelled inside
 * it: its stem at the view's edge, not where it began, out of sight.
 */
export function itemsOf(level: Level, mark: (k: number) => Mark, spanStemAtLo: boolean, view: readonly number[]): Item[] {
  const [v0, v1] = [Math.min(view[0]!, view[1]!), Math.max(view[0]!, view[1]!)];
  const items: Item[] = [];
  for (let g = 0; g + 1 < level.bounds.length; g++) {
    const from = level.bounds[g]!;
    const to = level.bounds[g + 1]!;
    if (to - from === 1) {
      const m = mark(from);
      if (!m.isSpan || (m.a >= v0 && m.b <= v1)) {
        items.push({ from, to, lo: m.a, hi: m.b, isSpan: m.isSpan, stemX: m.stem });
        continue;
      }
      const [lo, hi] = [Math.max(m.a, v0), Math.min(m.b, v1)];
      items.push({ from, to, lo, hi, isSpan: true, stemX: m.stem === m.a ? lo : hi });
      continue;
    }
    const lo = level.lo[g]!;
    const hi = level.hi[g]!;
    const isSpan = hi - lo >= MIN_SPAN_PX;
    items.push({ from, to, lo, hi, isSpan, stemX: isSpan ? (spanStemAtLo ? lo : hi) : (lo + hi) / 2 });
  }
  return items;
}

/** Labels measured once per layout, by visible range: levels share most of their items. */
export class LabelCache {
  private readonly texts = new Map<string, Prepared | PreparedCluster>();
  private readonly wordWidths = new Map<string, number>();
  /** Words of titles, each measured once per layout (weight and size are the title's). */
  private readonly measureWord: TextMeasurer = (word, size, weight) => {
    let w = this.wordWidths.get(word);
    if (w === undefined) this.wordWidths.set(word, (w = this.o.measure(word, size, weight)));
    return w;
  };
  constructor(
    private readonly vis: VisibleEvents,
    private readonly o: ResolvedOptions,
    private readonly most: number,
  ) {}

  label(item: Item): Labelled {
    const key = `${item.from},${item.to}`;
    let text = this.texts.get(key);
    if (!text) {
      text =
        item.to - item.from === 1
          ? prepare(this.vis.sorted.events[positionAt(this.vis, item.from)]!, this.o, this.most, this.measureWord)
          : prepareCluster(this.vis, item.from, item.to, this.o, this.most);
      this.texts.set(key, text);
    }
    return 'event' in text ? { ...item, p: text } : { ...item, c: text };
  }
}

/** What both orientations start from. */
export interface Common {
  o: ResolvedOptions;
  vis: VisibleEvents;
  colorOf: (e: TimelineEvent) => number;
  domain: [number, number];
  /** Where the drawing below the heading and legend begins. */
  top: number;
  /** `false` for a lane: no tick labels of its own, since the lanes share one axis drawn apart. */
  ticks?: false;
  /** A vertical lane's column, left and right x: its marks stand at the reading-start edge, its labels in the rest. */
  column?: readonly [number, number];
  /** Room a vertical timeline leaves at its outer side (beyond its tick labels), for the backdrop's strip. */
  inset?: number;
  /** The axis vertical lanes share, laid out once for all of them (see verticalAxis). */
  axis?: VerticalAxis;
}

/** What each orientation hands back. */
export interface Part {
  height: number;
  axis: TimelineGeometry['axis'];
  events: EventGeometry[];
  clusters: ClusterGeometry[];
  density: DensityBin[];
}
