import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laneNames } from '../../src/layout/lanes.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import type { Box, ClusterGeometry, EventGeometry, TimelineGeometry } from '../../src/layout/types.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import type { EventInput } from '../../src/model/types.js';
import { eventList } from '../helpers/arbitraries.js';
import { overlappingLabels, stemsThroughLabels } from '../helpers/geometry.js';
import { visLanes } from '../helpers/lanes.js';

const within = (inner: Box, outer: Box, slack = 1e-6) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

/** The box a mark takes. */
function markBox(d: EventGeometry | ClusterGeometry): Box {
  if (!('kind' in d.mark)) return d.mark;
  const m = d.mark;
  return m.kind === 'point' ? { x: m.cx - m.r, y: m.cy - m.r, width: 2 * m.r, height: 2 * m.r } : m;
}

/** What of each drawn item leaves its lane's band: its label, its mark, or an end of its stem. */
function outsideBands(g: TimelineGeometry): string[] {
  const out: string[] = [];
  for (const d of [...g.events, ...g.clusters]) {
    const band = g.lanes![d.lane!]!.band;
    if (!within(d.label.box, band)) out.push(`${d.id} label`);
    if (!within(markBox(d), band)) out.push(`${d.id} mark`);
    const { x1, y1, x2, y2 } = d.stem;
    for (const [x, y] of [[x1, y1], [x2, y2], ...(d.stem.bend ? [[d.stem.bend.x, d.stem.bend.y]] : [])] as [number, number][])
      if (!within({ x, y, width: 0, height: 0 }, band)) out.push(`${d.id} stem`);
  }
  return out;
}

/** Pairs of lanes whose bands overlap by more than a hair. */
function bandsMeeting(g: TimelineGeometry): string[] {
  const lanes = g.lanes!;
  const out: string[] = [];
  for (let i = 0; i < lanes.length; i++)
    for (let j = i + 1; j < lanes.length; j++) {
      const [a, b] = [lanes[i]!.band, lanes[j]!.band];
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 1e-6 && h > 1e-6) out.push(`${i}×${j}`);
    }
  return out;
}

/** The lane of each drawn event, by name, as the geometry says. */
const laneOfEvent = (g: TimelineGeometry) => new Map(g.events.map((e) => [e.id, g.lanes![e.lane!]!.name]));

const three = parseTimeline(visLanes('en', 45, 30));

describe('layoutTimeline in lanes', () => {
  it('stacks one band per lane top to bottom, in the order of `lanes`, the unnamed band last, above the one axis', () => {
    const t = parseTimeline({
      lanes: ['Pyongyang', 'Moscow'],
      events: [
        { date: '2001', title: 'No lane' },
        { date: '2000', title: 'In Moscow', lane: 'Moscow' },
        { date: '2002', title: 'In Seoul', lane: 'Seoul' },
        { date: '2003', title: 'In Pyongyang', lane: 'Pyongyang' },
      ],
    });
    expect(laneNames(t)).toEqual(['Pyongyang', 'Moscow', 'Seoul', undefined]);
    const g = layoutTimeline(t, { width: 800 });
    expect(g.lanes!.map((l) => l.name)).toEqual(['Pyongyang', 'Moscow', 'Seoul', undefined]);
    expect(g.lanes!.map((l) => l.label?.text)).toEqual(['Pyongyang', 'Moscow', 'Seoul', undefined]);
    g.lanes!.forEach((lane, k) => {
      if (k > 0) expect(lane.band.y).toBeCloseTo(g.lanes![k - 1]!.band.y + g.lanes![k - 1]!.band.height, 6);
      expect(lane.band.y + lane.band.height).toBeLessThanOrEqual(g.axis.y1 + 1e-6);
    });
    expect(bandsMeeting(g)).toEqual([]);
    // Drawn lane by lane, in the lanes' order.
    expect(g.events.map((e) => e.event.title)).toEqual(['In Pyongyang', 'In Moscow', 'In Seoul', 'No lane']);
    for (const e of g.events) expect(g.lanes![e.lane!]!.name).toBe(e.event.lane);
  });

  it('shares one time scale: events at the same date stand at the same x in every lane, and one axis carries the ticks', () => {
    const t = parseTimeline({
      events: ['A', 'B', 'C'].flatMap((lane) => [
        { id: `${lane}1`, date: '2000-03-01', title: `${lane} first`, lane },
        { id: `${lane}2`, date: '2010-09-01', title: `${lane} second`, lane },
      ]),
    });
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const g = layoutTimeline(t, { width: 900, orientation });
      const along = (id: string) => {
        const m = g.events.find((e) => e.id === id)!.mark;
        if (m.kind !== 'point') throw new Error('a point');
        return orientation === 'horizontal' ? m.cx : m.cy;
      };
      expect(along('B1')).toBeCloseTo(along('A1'), 9);
      expect(along('C2')).toBeCloseTo(along('A2'), 9);
      expect(g.axis.ticks.length).toBeGreaterThan(1);
      // Each lane's marks stand on its own line.
      for (const e of g.events) {
        const line = g.lanes![e.lane!]!.line;
        const m = e.mark;
        if (m.kind === 'point')
          expect(orientation === 'horizontal' ? m.cy : m.cx).toBeCloseTo(orientation === 'horizontal' ? line.y1 : line.x1, 9);
      }
    }
  });

  it('keeps every label, mark and stem inside its own band, with no label over another in any lane or across lanes', () => {
    for (const orientation of ['horizontal', 'vertical'] as const)
      for (const width of orientation === 'horizontal' ? [375, 1280] : [600, 1280])
        for (const direction of ['ltr', 'rtl'] as const) {
          const g = layoutTimeline(three, { width, orientation, direction });
          const where = `${width} ${orientation} ${direction}`;
          expect(g.lanes, where).toHaveLength(3);
          expect(bandsMeeting(g), where).toEqual([]);
          expect(outsideBands(g), where).toEqual([]);
          expect(overlappingLabels(g), where).toEqual([]);
          expect(stemsThroughLabels(g), where).toEqual([]);
          for (const lane of g.lanes!) expect(within(lane.band, { x: 0, y: 0, width: g.width, height: g.height }), where).toBe(true);
        }
  });

  it('groups crowds into clusters within a lane, and zooming in on a cluster splits it, still inside the band', () => {
    // 300 items in 2022 in the second lane: it clusters, the other lanes keep every event.
    const busy = parseTimeline(visLanes('en', 45, 300));
    const g = layoutTimeline(busy, { width: 960 });
    expect(g.clusters.length).toBeGreaterThan(0);
    const lanes = laneOfEvent(g);
    for (const c of g.clusters) {
      expect(c.lane).toBe(1);
      expect(c.memberIds.every((id) => busy.events.find((e) => e.id === id)!.lane === 'Military')).toBe(true);
    }
    // Every event of the quiet lanes is drawn alone.
    expect(busy.events.filter((e) => e.lane !== 'Military').every((e) => lanes.has(e.id))).toBe(true);
    // Each visible event is drawn once: alone, or in one cluster of its lane.
    const drawn = [...g.events.map((e) => e.id), ...g.clusters.flatMap((c) => c.memberIds)];
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(drawn).toHaveLength(busy.events.length);

    const biggest = [...g.clusters].sort((a, b) => b.count - a.count)[0]!;
    const zoomed = layoutTimeline(busy, { width: 960, domain: biggest.zoomDomain });
    expect(zoomed.lanes!.map((l) => l.name)).toEqual(g.lanes!.map((l) => l.name));
    expect(zoomed.events.filter((e) => e.lane === 1).length).toBeGreaterThan(0);
    expect(outsideBands(zoomed)).toEqual([]);
    expect(overlappingLabels(zoomed)).toEqual([]);
    expect(stemsThroughLabels(zoomed)).toEqual([]);
  });

  it('numbers what is drawn lane by lane, each lane in time order', () => {
    const g = layoutTimeline(parseTimeline(visLanes('en', 45, 300)), { width: 960 });
    const drawn = [...g.events, ...g.clusters].sort((a, b) => a.order - b.order);
    expect(drawn.map((d) => d.order)).toEqual(drawn.map((_, i) => i));
    for (let i = 1; i < drawn.length; i++) {
      const [a, b] = [drawn[i - 1]!, drawn[i]!];
      expect(b.lane!).toBeGreaterThanOrEqual(a.lane!);
    }
    // geometry.events follows the same order, as the drawing does.
    expect(g.events.map((e) => e.order)).toEqual([...g.events.map((e) => e.order)].sort((a, b) => a - b));
    // Within a lane, time order: marks from the start of the axis to its end.
    for (const k of [0, 1, 2]) {
      const stems = drawn.filter((d) => d.lane === k).map((d) => d.stem.x1);
      expect(stems).toEqual([...stems].sort((a, b) => a - b));
    }
  });

  it('gives room beyond what the labels need (minHeight) to every band alike, keeping the axis at the foot', () => {
    const natural = layoutTimeline(three, { width: 960 });
    const tall = layoutTimeline(three, { width: 960, minHeight: natural.height + 300 });
    expect(tall.height).toBe(natural.height + 300);
    expect(tall.height - tall.axis.y1).toBeCloseTo(natural.height - natural.axis.y1, 6);
    tall.lanes!.forEach((lane, k) => expect(lane.band.height).toBeCloseTo(natural.lanes![k]!.band.height + 100, 6));
    expect(outsideBands(tall)).toEqual([]);
  });

  it('with `lanes: false` draws every event together, as the same events without lanes', () => {
    const input = visLanes('en', 45, 30);
    const withoutLanes = parseTimeline({ ...input, lanes: undefined, events: input.events.map(({ lane: _, ...e }) => e) });
    const together = layoutTimeline(three, { width: 960, lanes: false });
    const plain = layoutTimeline(withoutLanes, { width: 960 });
    expect(together.lanes).toBeUndefined();
    expect(together.height).toBe(plain.height);
    expect(together.events.map((e) => [e.id, e.order, e.label.box, e.mark])).toEqual(
      plain.events.map((e) => [e.id, e.order, e.label.box, e.mark]),
    );
    expect(together.events.every((e) => e.lane === undefined)).toBe(true);
    expect(() => layoutTimeline(three, { lanes: 'no' as unknown as boolean })).toThrow(/options\.lanes: expected true or false, got "no"/);
  });

  it('mirrors right to left: bands where they were, names at the right, every box mirrored', () => {
    const ltr = layoutTimeline(three, { width: 960, direction: 'ltr' });
    const rtl = layoutTimeline(three, { width: 960, direction: 'rtl' });
    expect(rtl.lanes!.map((l) => l.band)).toEqual(ltr.lanes!.map((l) => l.band));
    for (const [a, b] of rtl.lanes!.map((l, k) => [l.label!, ltr.lanes![k]!.label!] as const)) {
      expect(a.x).toBe(960 - b.x);
      // An English name in a right-to-left timeline still ends at the right edge: its anchor says so.
      expect([a.direction, a.anchor]).toEqual(['ltr', 'end']);
    }
    const boxes = new Map(ltr.events.map((e) => [e.id, e.label.box]));
    for (const e of rtl.events) {
      const b = boxes.get(e.id)!;
      expect(e.label.box.x).toBeCloseTo(960 - b.x - b.width, 6);
      expect(e.label.box.y).toBeCloseTo(b.y, 6);
    }
    // Arabic names read from the right edge, anchored at their start.
    const ar = layoutTimeline(parseTimeline(visLanes('ar', 45, 30)), { width: 960 });
    expect(ar.direction).toBe('rtl');
    for (const l of ar.lanes!) expect([l.label!.x, l.label!.direction, l.label!.anchor]).toEqual([960 - 16, 'rtl', 'start']);
  });

  it('stands vertical lanes side by side in reading order, sharing one y axis, each in its column', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const g = layoutTimeline(three, { width: 960, orientation: 'vertical', direction });
      const xs = g.lanes!.map((l) => l.band.x);
      expect(xs).toEqual([...xs].sort((a, b) => (direction === 'ltr' ? a - b : b - a)));
      for (const l of g.lanes!) {
        expect(l.band.y).toBe(g.lanes![0]!.band.y);
        expect([l.line.y1, l.line.y2]).toEqual([g.axis.y1, g.axis.y2]);
        // The shared axis and its tick labels stand before the first column.
        expect(direction === 'ltr' ? l.band.x >= g.axis.x1 : l.band.x + l.band.width <= g.axis.x1).toBe(true);
        // The name at the column's reading start.
        expect(l.label!.x).toBe(direction === 'ltr' ? l.band.x + 4 : l.band.x + l.band.width - 4);
      }
      expect(outsideBands(g)).toEqual([]);
      expect(overlappingLabels(g)).toEqual([]);
    }
  });

  it('draws a vertical timeline too narrow for a column per lane with its events together, never cut to nothing', () => {
    const events = (lanes: number) =>
      Array.from({ length: 40 }, (_, i) => ({ date: `${2000 + (i % 20)}`, title: `Event ${i} with words`, lane: `Lane ${i % lanes}` }));
    // Three lanes fit 600 px, each a column of at least 12 em: a full date and a few words a line.
    const fits = layoutTimeline(parseTimeline({ events: events(3) }), { width: 600, orientation: 'vertical' });
    expect(fits.lanes).toHaveLength(3);
    for (const l of fits.lanes!) expect(l.band.width).toBeGreaterThanOrEqual(12 * 13);
    expect(outsideBands(fits)).toEqual([]);
    // Two do not fit a phone, nor eight 600 px: the events stand together, as without lanes, and every one is drawn.
    expect(layoutTimeline(parseTimeline({ events: events(2) }), { width: 320, orientation: 'vertical' }).lanes).toBeUndefined();
    const t = parseTimeline({ events: events(8) });
    const narrow = layoutTimeline(t, { width: 600, orientation: 'vertical' });
    expect(narrow.lanes).toBeUndefined();
    expect(narrow.events.map((e) => e.label.box)).toEqual(
      layoutTimeline(t, { width: 600, orientation: 'vertical', lanes: false }).events.map((e) => e.label.box),
    );
    expect(overlappingLabels(narrow)).toEqual([]);
    for (const e of narrow.events) expect(e.label.date.truncated).toBe(false);
    // Wide enough, they stand side by side again; horizontally they always stack.
    expect(layoutTimeline(t, { width: 1600, orientation: 'vertical' }).lanes).toHaveLength(8);
    expect(layoutTimeline(t, { width: 320 }).lanes).toHaveLength(8);
  });

  it('cuts a long lane name to its band with "…", keeping it whole for screen readers', () => {
    const name = 'A lane whose name is far longer than a narrow column can hold on one line';
    const g = layoutTimeline(
      parseTimeline({
        events: [
          { date: '2000', title: 'x', lane: name },
          { date: '2001', title: 'y', lane: 'B' },
        ],
      }),
      { width: 600, orientation: 'vertical' },
    );
    const label = g.lanes![0]!.label!;
    expect(label.truncated).toBe(true);
    expect(label.text.endsWith('…')).toBe(true);
    expect(label.full).toBe(name);
    expect(label.width).toBeLessThanOrEqual(g.lanes![0]!.band.width - 8 + 1e-6);
  });

  it('draws lanes the input lists but no event uses, as empty bands', () => {
    const g = layoutTimeline(parseTimeline({ lanes: ['Empty', 'Full'], events: [{ date: '2000', title: 'x', lane: 'Full' }] }), {
      width: 600,
    });
    expect(g.lanes!.map((l) => l.name)).toEqual(['Empty', 'Full']);
    expect(g.events.map((e) => e.lane)).toEqual([1]);
    expect(g.lanes![0]!.band.height).toBeGreaterThan(0);
  });

  it('keeps labels apart and inside their bands for any events in any lanes', () => {
    const laneName = fc.constantFrom('North', 'South', 'مسار', undefined);
    fc.assert(
      fc.property(
        eventList().chain((events) =>
          fc.tuple(fc.constant(events), fc.array(laneName, { minLength: events.length, maxLength: events.length })),
        ),
        fc.record({
          width: fc.integer({ min: 320, max: 1400 }),
          orientation: fc.constantFrom('horizontal' as const, 'vertical' as const),
          direction: fc.constantFrom('ltr' as const, 'rtl' as const),
        }),
        ([events, lanes], opts) => {
          const input = (events as EventInput[]).map((e, i) => (lanes[i] === undefined ? e : { ...e, lane: lanes[i] }));
          const t = parseTimeline(input);
          fc.pre(t.lanes !== undefined);
          const g = layoutTimeline(t, opts);
          expect(overlappingLabels(g)).toEqual([]);
          // Only a vertical timeline too narrow for its columns draws its lanes together.
          if (!g.lanes) expect([opts.orientation, opts.width < 800]).toEqual(['vertical', true]);
          else {
            expect(outsideBands(g)).toEqual([]);
            expect(bandsMeeting(g)).toEqual([]);
          }
          const drawn = [...g.events.map((e) => e.id), ...g.clusters.flatMap((c) => c.memberIds)];
          expect(new Set(drawn).size).toBe(t.events.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
