import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import type { EventGeometry, TimelineGeometry } from '../../src/layout/types.js';
import { parseEdtf } from '../../src/model/parseEdtf.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

const article = parseTimeline(russiaDprk);
const invasion = (g: TimelineGeometry) => g.events.find((e) => e.id === 'invasion-ukraine')!;

/** A span mark's ends along the axis: left and right (horizontal), top and bottom (vertical). */
function ends(e: EventGeometry): [number, number] {
  if (e.mark.kind !== 'span') throw new Error(`${e.id} is drawn as a dot`);
  return e.mark.width > e.mark.height ? [e.mark.x, e.mark.x + e.mark.width] : [e.mark.y, e.mark.y + e.mark.height];
}

describe('an ongoing event (2022-02/..)', () => {
  it('is a bar from its start to the end of the view, with an arrowhead past it', () => {
    const g = layoutTimeline(article, { locale: 'en', width: 960 });
    const e = invasion(g);
    const [d0, d1] = g.axis.domain;
    const x = (t: number) => g.axis.x1 + ((t - d0) / (d1 - d0)) * (g.axis.x2 - g.axis.x1);
    const [a, b] = ends(e);
    expect(a).toBeCloseTo(x(parseEdtf('2022-02').start), 6);
    expect(b).toBeCloseTo(g.axis.x2, 6);
    expect(e.open!.side).toBe('end');
    // The arrowhead's tip stands past the bar's end, on the bar's middle.
    const tip = e.open!.points[1]!;
    expect(tip[0]).toBeGreaterThan(b);
    expect(tip[1]).toBeCloseTo(g.axis.y1, 6);
    expect(e.label.date.text).toBe('since February 2022');
    expect(e.ariaLabel).toBe('since February 2022: Russia invades Ukraine');
  });

  it('after a zoom, reaches the end of the new view, however far past its own date', () => {
    for (const domain of [
      [Date.UTC(2021, 0, 1), Date.UTC(2023, 0, 1)],
      [Date.UTC(2023, 0, 1), Date.UTC(2030, 0, 1)],
    ] as const) {
      const g = layoutTimeline(article, { locale: 'en', width: 960, domain });
      const [, b] = ends(invasion(g));
      expect(b).toBeCloseTo(g.axis.x2, 6);
    }
    // Right to left, the end of the view is its left end; the arrowhead points left.
    const ar = layoutTimeline(article, { locale: 'ar', width: 960, domain: [Date.UTC(2023, 0, 1), Date.UTC(2030, 0, 1)] });
    const [a] = ends(invasion(ar));
    expect(a).toBeCloseTo(ar.axis.x1, 6);
    expect(invasion(ar).open!.points[1]![0]).toBeLessThan(a);
  });

  it('runs down a vertical timeline to the bottom of the plot', () => {
    const g = layoutTimeline(article, { locale: 'ar', orientation: 'vertical', width: 375 });
    const [, b] = ends(invasion(g));
    expect(b).toBeCloseTo(g.axis.y2, 6);
    expect(invasion(g).open!.points[1]![1]).toBeGreaterThan(b);
  });

  it('does not stretch the time range: the view ends where the dates given end', () => {
    const t = parseTimeline([
      { date: '1948', title: 'Founded' },
      { date: '2022-02/..', title: 'War' },
    ]);
    const [, d1] = layoutTimeline(t).axis.domain;
    expect(Number.isFinite(d1)).toBe(true);
    expect(d1).toBeGreaterThan(parseEdtf('2022-02').end);
    expect(d1).toBeLessThan(parseEdtf('2025').start);
  });
});

describe('an event from an indefinite past (../1950)', () => {
  it('is a bar from the start of the view to its date, with an arrowhead before it', () => {
    const t = parseTimeline([
      { date: '../1950', title: 'Colonial rule', id: 'rule' },
      { date: '1948', title: 'Founded' },
      { date: '1961', title: 'Treaty' },
    ]);
    for (const domain of [undefined, [Date.UTC(1900, 0, 1), Date.UTC(1970, 0, 1)] as const]) {
      const g = layoutTimeline(t, { width: 960, ...(domain ? { domain } : {}) });
      const rule = g.events.find((e) => e.id === 'rule')!;
      const [d0, d1] = g.axis.domain;
      const [a, b] = ends(rule);
      expect(a).toBeCloseTo(g.axis.x1, 6);
      expect(b).toBeCloseTo(g.axis.x1 + ((parseEdtf('1950').end - d0) / (d1 - d0)) * (g.axis.x2 - g.axis.x1), 6);
      expect(rule.open!.side).toBe('start');
      expect(rule.open!.points[1]![0]).toBeLessThan(a);
      expect(rule.label.date.text).toBe('until 1950');
    }
  });
});

describe('an event whose end is unknown (2022-02-24/)', () => {
  it('is a dot at its known date, its date saying the end is not known', () => {
    const g = layoutTimeline(
      parseTimeline([
        { date: '2022-02-24/', title: 'Talks', id: 'talks' },
        { date: '2024', title: 'Later' },
      ]),
      { width: 960 },
    );
    const talks = g.events.find((e) => e.id === 'talks')!;
    expect(talks.mark.kind).toBe('point');
    expect(talks.open).toBeUndefined();
    expect(talks.label.date.text).toBe('24 February 2022 – ?');
  });
});

describe('open events in clusters', () => {
  it('give finite geometry and words: "since …" for a group with an event still going on', () => {
    const events = [
      { date: '1900/..', title: 'Ongoing since 1900' },
      ...Array.from({ length: 200 }, (_, i) => ({
        date: `${1900 + (i % 100)}-0${1 + (i % 9)}`,
        title: `Event ${i} with a title long enough to crowd`,
      })),
      { date: '../1901', title: 'Before' },
    ];
    const g = layoutTimeline(parseTimeline(events), { width: 400, maxRows: 3 });
    expect(g.clusters.length).toBeGreaterThan(0);
    // Every position is a number on the drawing; only a cluster's own time says "never ends".
    const positions = JSON.stringify({ ...g, clusters: g.clusters.map(({ start: _s, end: _e, ...drawn }) => drawn) }, (k, v) =>
      k === 'event' ? undefined : v,
    );
    expect(positions).not.toMatch(/null|NaN|Infinity/);
    expect(g.clusters[0]!.end).toBe(Infinity);
    for (const c of g.clusters) {
      expect(c.zoomDomain.every(Number.isFinite)).toBe(true);
      expect(c.zoomDomain[1]).toBeGreaterThan(c.zoomDomain[0]);
    }
    const texts = [...g.clusters.map((c) => c.label.date.text), ...g.events.map((e) => e.label.date.text)];
    expect(texts.some((t) => t.startsWith('since '))).toBe(true);
    expect(g.description).toMatch(/^\d+ events$/);
  });
});

describe('a bar that runs on past a zoomed view', () => {
  it('is labelled inside the view, at its edge, not where it began, out of sight', () => {
    const events = [
      { date: '2011-04-02', end: '..', title: 'Construction of GERD begins' },
      { date: '1959-11-08', end: '2020-07-01', title: 'Nile waters agreement in force' },
      { date: '2015-03-23', title: 'Declaration of principles signed' },
      { date: '2020-07-21', title: 'First filling completed' },
    ];
    const view: [Date, Date] = [new Date(Date.UTC(2012, 11, 3)), new Date(Date.UTC(2038, 5, 16))];
    for (const [orientation, width] of [
      ['horizontal', 1280],
      ['horizontal', 640],
      ['vertical', 320],
    ] as const)
      for (const locale of ['en', 'ar']) {
        const g = layoutTimeline(parseTimeline(events), { width, orientation, locale, domain: view });
        const at = `${orientation} ${width} ${locale}`;
        expect(g.events.map((e) => e.id).length, at).toBe(4);
        for (const e of g.events) {
          expect(e.label.box.x, `${at} ${e.label.date.full}`).toBeGreaterThanOrEqual(0);
          expect(e.label.box.x + e.label.box.width, `${at} ${e.label.date.full}`).toBeLessThanOrEqual(width + 1e-6);
          expect(e.label.box.y, at).toBeGreaterThanOrEqual(0);
        }
      }
  });
});
