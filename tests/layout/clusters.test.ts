import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { clusterSpanText, clusterText } from '../../src/format/clusterText.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import type { EventInput, Timeline } from '../../src/model/types.js';
import type { TimelineGeometry } from '../../src/layout/types.js';
import { eventList } from '../helpers/arbitraries.js';
import { syntheticTimeline } from '../helpers/cases.js';
import { clearOfAxis, inside, labelBoxes, overlappingLabels, stemsThroughLabels } from '../helpers/geometry.js';

const endOf = (e: Timeline['events'][number]) => (e.end ?? e.date).end;

/** Ids of the events a layout of `domain` must account for: those that overlap it. */
function visibleIds(t: Timeline, g: TimelineGeometry): string[] {
  const [d0, d1] = g.axis.domain;
  return t.events.filter((e) => endOf(e) > d0 && e.date.start < d1).map((e) => e.id);
}

/** Every id drawn: events alone and cluster members. */
function drawnIds(g: TimelineGeometry): string[] {
  return [...g.events.map((e) => e.id), ...g.clusters.flatMap((c) => c.memberIds)];
}

const sorted = (ids: string[]) => [...ids].sort();

/**
 * Big timelines: 300 to 2,000 events with dense bursts, over 1 to 200 years, from a seed
 * (so a failure prints three numbers, not the events). Small random lists and dense days
 * of up to 120 events come from the shared arbitraries.
 */
interface BigSpec {
  n: number;
  seed: number;
  from: number;
  years: number;
}
const big: fc.Arbitrary<BigSpec> = fc.record({
  n: fc.integer({ min: 300, max: 2000 }),
  seed: fc.integer(),
  from: fc.integer({ min: -500, max: 2000 }),
  years: fc.integer({ min: 1, max: 200 }),
});
type Spec = BigSpec | EventInput[];
const timelines: fc.Arbitrary<Spec> = fc.oneof(big, eventList(60), eventList(120));
const timelineOf = (spec: Spec): Timeline =>
  Array.isArray(spec) ? parseTimeline(spec) : parseTimeline(syntheticTimeline(spec.n, spec.seed, spec.from, spec.from + spec.years));

const layoutOptions = fc.record({
  width: fc.integer({ min: 320, max: 1400 }),
  orientation: fc.constantFrom('horizontal' as const, 'vertical' as const),
  direction: fc.constantFrom('ltr' as const, 'rtl' as const),
  locale: fc.constantFrom('en', 'ar', 'ru'),
});

/** A random window inside (or around) the timeline's own extent. */
function randomDomain(t: Timeline, a: number, b: number): [number, number] | undefined {
  if (t.events.length === 0) return undefined;
  const lo = Math.min(...t.events.map((e) => e.date.start));
  const hi = Math.max(...t.events.map(endOf));
  const span = Math.max(hi - lo, 86_400_000);
  const x = lo - span * 0.1 + a * span * 1.2;
  const y = x + Math.max(86_400_000, b * b * span);
  return [x, y];
}

describe('clusters', () => {
  it('account for every visible event exactly once: drawn alone or inside one cluster', () => {
    fc.assert(
      fc.property(
        timelines,
        layoutOptions,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (spec, opts, a, b, zoom) => {
          const t = timelineOf(spec);
          const domain = zoom ? randomDomain(t, a, b) : undefined;
          const g = layoutTimeline(t, { ...opts, ...(domain ? { domain } : {}) });
          expect(sorted(drawnIds(g))).toEqual(sorted(visibleIds(t, g)));
          const byId = new Map(t.events.map((e) => [e.id, e]));
          for (const c of g.clusters) {
            expect(c.count).toBe(c.memberIds.length);
            expect(c.count).toBeGreaterThanOrEqual(2);
            const members = c.memberIds.map((id) => byId.get(id)!);
            expect(c.start).toBe(Math.min(...members.map((e) => e.date.start)));
            expect(c.end).toBe(Math.max(...members.map(endOf)));
            expect(c.id).toMatch(/^c-[0-9a-z]+$/);
          }
          // Clusters keep their own ids apart from each other.
          expect(new Set(g.clusters.map((c) => c.id)).size).toBe(g.clusters.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never overlap each other or events, stay inside the drawing and clear of the axis, at any zoom', () => {
    fc.assert(
      fc.property(
        timelines,
        layoutOptions,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (spec, opts, a, b) => {
          const t = timelineOf(spec);
          const domain = randomDomain(t, a, b);
          for (const d of [undefined, domain]) {
            const g = layoutTimeline(t, { ...opts, ...(d ? { domain: d } : {}) });
            expect(overlappingLabels(g)).toEqual([]);
            expect(stemsThroughLabels(g)).toEqual([]);
            for (const [id, box] of labelBoxes(g)) {
              expect(inside(box, g.width, g.height), `${id} ${JSON.stringify(box)} in ${g.width}x${g.height}`).toBe(true);
              expect(clearOfAxis(g, box), `${id} ${JSON.stringify(box)} against the axis at ${g.axis.y1}`).toBe(true);
            }
            for (const c of g.clusters) {
              expect(c.label.title.width).toBeLessThanOrEqual(c.label.box.width);
              expect(c.label.date.width).toBeLessThanOrEqual(c.label.box.width);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('split when zoomed into: each member then shows alone or in a smaller cluster', () => {
    let checked = 0;
    fc.assert(
      fc.property(timelines, layoutOptions, (spec, opts) => {
        const t = timelineOf(spec);
        const g = layoutTimeline(t, opts);
        const byId = new Map(t.events.map((e) => [e.id, e]));
        const startOf = (id: string) => byId.get(id)!.date.start;
        for (const c of g.clusters.slice(0, 4)) {
          const [z0, z1] = c.zoomDomain;
          expect(z1).toBeGreaterThan(z0);
          if (c.start >= g.axis.domain[0]) expect(z1 - z0).toBeLessThan(g.axis.domain[1] - g.axis.domain[0]);
          // Events that start at the same instant cannot be told apart at any zoom.
          const starts = new Set(c.memberIds.map(startOf));
          if (starts.size === 1) continue;
          const zoomed = layoutTimeline(t, { ...opts, domain: c.zoomDomain });
          const alone = new Set(zoomed.events.map((e) => e.id));
          const home = new Map(zoomed.clusters.flatMap((z) => z.memberIds.map((id) => [id, z] as const)));
          checked++;
          for (const id of c.memberIds) {
            if (alone.has(id)) continue;
            const z = home.get(id);
            expect(z, `${id} of ${c.ariaLabel} is not drawn after zooming in`).toBeDefined();
            // Not smaller only when it took in events that start with members, at once.
            const tied = z!.memberIds.every((other) => c.memberIds.includes(other) || starts.has(startOf(other)));
            expect(
              z!.count < c.count || (tied && z!.memberIds.some((other) => !c.memberIds.includes(other))),
              `${id} of ${c.ariaLabel}, zoomed to ${new Date(z0).toISOString()} … ${new Date(z1).toISOString()}: in ${z!.ariaLabel}`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
    expect(checked).toBeGreaterThan(20);
  });

  it('lead down to every single event by zooming again and again', () => {
    const t = timelineOf({ n: 3000, seed: 42, from: 1900, years: 120 });
    let domain: readonly [number, number] | undefined;
    const target = t.events[1234]!.id;
    for (let step = 0; step < 12; step++) {
      const g = layoutTimeline(t, { width: 720, ...(domain ? { domain } : {}) });
      if (g.events.some((e) => e.id === target)) return;
      const c = g.clusters.find((k) => k.memberIds.includes(target))!;
      domain = c.zoomDomain;
    }
    throw new Error(`${target} still grouped after 12 zoom steps`);
  });

  it('are not made while every label fits: the article and 50 events keep every label', () => {
    for (const locale of ['en', 'ar']) {
      const g = layoutTimeline(parseTimeline(russiaDprk), { locale, width: 960 });
      expect(g.clusters).toEqual([]);
      expect(g.density).toEqual([]);
      expect(g.events).toHaveLength(russiaDprk.events.length);
    }
    fc.assert(
      fc.property(
        fc.oneof(eventList(50), fc.constant(Array.from({ length: 50 }, (_, i) => ({ date: '2024-06-19', title: `Event number ${i}` })))),
        fc.constantFrom('en', 'ar'),
        (events, locale) => {
          const g = layoutTimeline(parseTimeline(events), { width: 960, locale });
          expect(g.clusters).toEqual([]);
          expect(g.events).toHaveLength(events.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('group a 101st event on the same day (two labels to a row, one each side of the stem), and keep grouped labels within clusterRows rows', () => {
    const day = (n: number) => parseTimeline(Array.from({ length: n }, (_, i) => ({ date: '2024-06-19', title: `Event number ${i}` })));
    expect(layoutTimeline(day(100), { width: 960 }).clusters).toHaveLength(0);
    const g = layoutTimeline(day(101), { width: 960 });
    expect(g.events).toHaveLength(0);
    expect(g.clusters).toHaveLength(1);
    expect(g.clusters[0]!.ariaLabel).toBe('101 events, 19 June 2024');
    expect(g.clusters[0]!.label.title.lines.map((l) => l.text)).toEqual(['101 events']);
    expect(g.clusters[0]!.label.date.text).toBe('19 June 2024');
    fc.assert(
      fc.property(big, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 320, max: 1400 }), (spec, clusterRows, width) => {
        const h = layoutTimeline(timelineOf(spec), { width, clusterRows });
        if (h.clusters.length === 0) return;
        const rows = Math.max(...h.events.map((e) => e.row), ...h.clusters.map((c) => c.row)) + 1;
        expect(rows).toBeLessThanOrEqual(clusterRows);
      }),
      { numRuns: 30 },
    );
  });

  it('follow maxRows: fewer rows allowed, more grouping', () => {
    const t = parseTimeline(Array.from({ length: 12 }, (_, i) => ({ date: '2024-06-19', title: `Event number ${i}` })));
    // Twelve labels at one place stand two to a row, one each side of their stem.
    expect(layoutTimeline(t, { maxRows: 6 }).clusters).toHaveLength(0);
    expect(layoutTimeline(t, { maxRows: 5 }).clusters).toHaveLength(1);
    expect(() => layoutTimeline(t, { maxRows: 0 })).toThrow(/options\.maxRows/);
    expect(() => layoutTimeline(t, { maxRows: 2.5 })).toThrow(/options\.maxRows/);
    expect(() => layoutTimeline(t, { clusterRows: -1 })).toThrow(/options\.clusterRows/);
    // Infinity never groups.
    const many = parseTimeline(syntheticTimeline(400, 3));
    expect(layoutTimeline(many, { maxRows: Infinity }).events).toHaveLength(400);
  });

  it('say their count and span in the timeline language', () => {
    // 180 events over three years in ten millennia: one group, labelled by years.
    const t = parseTimeline([
      ...Array.from({ length: 180 }, (_, i) => ({ date: `${1969 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`, title: `Event ${i}` })),
      { date: '-5000', title: 'Start' },
      { date: '5000', title: 'End' },
    ]);
    expect(layoutTimeline(t, { locale: 'en' }).clusters.map((c) => c.ariaLabel)).toEqual(['180 events, 1969 – 1971']);
    expect(layoutTimeline(t, { locale: 'ar' }).clusters.map((c) => c.ariaLabel)).toEqual(['180 حدثًا، 1969 – 1971']);
    const g = layoutTimeline(t, { locale: 'ru' });
    expect(g.clusters.map((c) => [c.label.title.lines[0]!.text, c.label.date.text])).toEqual([['180 событий', '1969 – 1971']]);
    expect(clusterText(37, Date.UTC(1969, 0, 1), Date.UTC(1972, 0, 1), 'en').ariaLabel).toBe('37 events, 1969 – 1971');
    expect(clusterSpanText(Date.UTC(1948, 0, 1), Date.UTC(1949, 0, 1), 'en')).toBe('1948');
    expect(clusterSpanText(Date.UTC(2024, 2, 1), Date.UTC(2024, 6, 1), 'en')).toBe('March – June 2024');
    expect(clusterSpanText(Date.UTC(2024, 5, 1), Date.UTC(2024, 6, 1), 'ar')).toBe('يونيو 2024');
    expect(clusterSpanText(Date.UTC(2024, 5, 19), Date.UTC(2024, 5, 20), 'en')).toBe('19 June 2024');
    expect(clusterSpanText(Date.UTC(2024, 5, 3), Date.UTC(2024, 5, 20), 'en')).toBe('3 – 19 June 2024');
    expect(clusterSpanText(Date.UTC(2024, 5, 3), Date.UTC(2024, 5, 20), 'ko')).toBe('2024년 6월 3일 – 2024년 6월 19일');
    expect(clusterSpanText(Date.UTC(2024, 2, 1), Date.UTC(2024, 6, 1), 'ar')).toBe('مارس – يونيو 2024');
    expect(clusterSpanText(new Date(0).setUTCFullYear(-44, 0, 1), new Date(0).setUTCFullYear(-42, 0, 1), 'en')).toBe('45 BCE – 44 BCE');
    expect(clusterText(2, Date.UTC(1969, 0, 1), Date.UTC(1972, 0, 1), 'ar').count).toBe('حدثان');
  });

  it('keep their ids when the same members are grouped at another zoom', () => {
    const t = parseTimeline([
      ...Array.from({ length: 120 }, (_, i) => ({ date: '2024-06-19', title: `Same day ${i}` })),
      { date: '2020-01-01', title: 'Earlier' },
      { date: '2028-01-01', title: 'Later' },
    ]);
    const wide = layoutTimeline(t, { width: 960 });
    const narrow = layoutTimeline(t, { width: 960, domain: [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)] });
    expect(wide.clusters.map((c) => c.id)).toEqual(narrow.clusters.map((c) => c.id));
    expect(wide.clusters[0]!.memberIds).toEqual(narrow.clusters[0]!.memberIds);
  });

  it('is deterministic, and does not depend on the sort cache', () => {
    const events = syntheticTimeline(1500, 11);
    const t = parseTimeline(events);
    const first = layoutTimeline(t, { width: 800 });
    expect(first.clusters.length).toBeGreaterThan(0);
    expect(layoutTimeline(t, { width: 800 })).toEqual(first);
    expect(layoutTimeline(parseTimeline(events), { width: 800 })).toEqual(first);
  });

  it('bound what is drawn by the pixels, not the events: 100,000 events', () => {
    const t = timelineOf({ n: 100_000, seed: 5, from: 1900, years: 124 });
    const g = layoutTimeline(t, { width: 960 });
    expect(g.events.length + g.clusters.length).toBeLessThan(200);
    expect(g.clusters.reduce((s, c) => s + c.count, 0) + g.events.length).toBe(100_000);
    expect(g.density.length).toBeGreaterThan(100);
    expect(g.description).toMatch(/^100000 events: /);
  });
});

describe('density strip', () => {
  it('counts the events whose marks touch each bin, scaled so the busiest is 1', () => {
    fc.assert(
      fc.property(big, fc.constantFrom('ltr' as const, 'rtl' as const), (spec, direction) => {
        const t = timelineOf(spec);
        const g = layoutTimeline(t, { width: 640, direction });
        if (g.clusters.length === 0) return expect(g.density).toEqual([]);
        const most = Math.max(...g.density.map((b) => b.count));
        expect(Math.max(...g.density.map((b) => b.value))).toBe(1);
        const [lo, hi] = [g.axis.x1, g.axis.x2];
        const [d0, d1] = g.axis.domain;
        const px = (ms: number) =>
          direction === 'ltr' ? lo + ((ms - d0) / (d1 - d0)) * (hi - lo) : hi - ((ms - d0) / (d1 - d0)) * (hi - lo);
        for (const b of g.density.filter((_, i) => i % 17 === 0)) {
          expect(b.x1 - b.x0).toBeGreaterThanOrEqual(2);
          expect(b.x1 - b.x0).toBeLessThanOrEqual(4.5);
          expect(b.value).toBeCloseTo(b.count / most, 12);
          // An event counts in a bin when its mark reaches into it. Positions computed here
          // may differ from the layout's in the last bits, so edges get a hair of slack.
          const touching = (slack: number) =>
            t.events.filter((e) => {
              if (!(endOf(e) > d0 && e.date.start < d1)) return false;
              const a = Math.min(px(e.date.start), px(endOf(e)));
              const c = Math.max(px(e.date.start), px(endOf(e)));
              return a < b.x1 + slack && c >= b.x0 - slack;
            }).length;
          expect(b.count).toBeGreaterThanOrEqual(touching(-1e-6));
          expect(b.count).toBeLessThanOrEqual(touching(1e-6));
        }
      }),
      { numRuns: 15 },
    );
  });
});
