import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import type { TimelineGeometry } from '../../src/layout/types.js';
import { parseEdtf } from '../../src/model/parseEdtf.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { intersects, labelBoxes, wordsBox } from '../helpers/geometry.js';

const korea = { date: '1950-06-25/1953-07-27', title: { en: 'Korean War', ar: 'الحرب الكورية' } };
const after = { date: '1991-12-26', end: '2024-07', title: { en: 'After the Soviet Union', ar: 'ما بعد الاتحاد السوفيتي' } };
const article = parseTimeline({ ...russiaDprk, eras: [korea, after] });

/** Where time `t` stands along the axis of a laid-out timeline. */
function at(g: TimelineGeometry, t: number): number {
  const [d0, d1] = g.axis.domain;
  const f = (t - d0) / (d1 - d0);
  if (g.orientation === 'vertical') return g.axis.y1 + f * (g.axis.y2 - g.axis.y1);
  return g.direction === 'ltr' ? g.axis.x1 + f * (g.axis.x2 - g.axis.x1) : g.axis.x2 - f * (g.axis.x2 - g.axis.x1);
}

describe('eras', () => {
  for (const [locale, direction] of [
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`stand as upright bands over their dates, across the whole plot (${direction})`, () => {
      const g = layoutTimeline(article, { locale, width: 1280 });
      expect(g.eras!.map((e) => e.era.index)).toEqual([0, 1]);
      const [war, later] = g.eras!;
      const a = at(g, parseEdtf('1950-06-25').start);
      const b = at(g, parseEdtf('1953-07-27').end);
      expect(war!.band.x).toBeCloseTo(Math.min(a, b), 6);
      expect(war!.band.x + war!.band.width).toBeCloseTo(Math.max(a, b), 6);
      // From the strip under the legend down past the tick labels: behind every label and mark.
      const legendBottom = g.legend!.box.y + g.legend!.box.height;
      expect(war!.band.y).toBeGreaterThanOrEqual(legendBottom);
      expect(war!.band.y + war!.band.height).toBeGreaterThan(Math.max(...g.axis.ticks.map((t) => t.labelY)));
      for (const e of g.events) expect(e.label.box.y).toBeGreaterThan(war!.band.y);
      expect(later!.band.y).toBe(war!.band.y);
      expect(later!.band.height).toBe(war!.band.height);
      // Titles read from the band's start: its left edge in English, its right one in Arabic.
      const title = wordsBox(later!.title, later!.rotate);
      if (direction === 'ltr') expect(title.x).toBeCloseTo(later!.band.x + 4, 6);
      else expect(title.x + title.width).toBeCloseTo(later!.band.x + later!.band.width - 4, 6);
      expect(later!.title.text).toBe(locale === 'en' ? 'After the Soviet Union' : 'ما بعد الاتحاد السوفيتي');
      expect(later!.title.truncated).toBe(false);
      expect(later!.ariaLabel).toBe(
        locale === 'en' ? '26 December 1991 – July 2024: After the Soviet Union' : '26 ديسمبر 1991 – يوليو 2024: ما بعد الاتحاد السوفيتي',
      );
    });
  }

  it('cut a title with "…" only when its band is narrower than it, keeping it whole in `full`', () => {
    const g = layoutTimeline(article, { locale: 'en', width: 960 });
    const [war, later] = g.eras!;
    expect(war!.band.width).toBeLessThan(later!.band.width);
    expect(war!.title.truncated).toBe(true);
    expect(war!.title.text.endsWith('…')).toBe(true);
    expect(war!.title.full).toBe('Korean War');
    expect(wordsBox(war!.title, 0).width).toBeLessThanOrEqual(war!.band.width - 8 + 1e-9);
    // Wide enough at 4,000 px: whole.
    expect(layoutTimeline(article, { locale: 'en', width: 4000 }).eras![0]!.title).toMatchObject({ text: 'Korean War', truncated: false });
  });

  it('never meet an event label, in either orientation and direction, at any width', () => {
    for (const locale of ['en', 'ar'])
      for (const orientation of ['horizontal', 'vertical'] as const)
        for (const width of [320, 375, 720, 1280]) {
          const g = layoutTimeline(article, { locale, orientation, width, today: '2024-06-19' });
          const words = [...g.eras!.map((e) => wordsBox(e.title, e.rotate)), wordsBox(g.today!.label, g.today!.rotate)];
          for (const [id, box] of labelBoxes(g))
            for (const w of words) expect(intersects(w, box), `${locale} ${orientation} ${width}: ${id}`).toBe(false);
        }
  });

  it('lie across a vertical timeline, their titles turned to run down the strip beyond the tick labels', () => {
    for (const [locale, rotate] of [
      ['en', 90],
      ['ar', -90],
    ] as const) {
      const g = layoutTimeline(article, { locale, orientation: 'vertical', width: 375 });
      const later = g.eras![1]!;
      expect(later.band.x).toBe(16);
      expect(later.band.width).toBe(375 - 32);
      expect(later.band.y).toBeCloseTo(at(g, parseEdtf('1991-12-26').start), 6);
      expect(later.band.y + later.band.height).toBeCloseTo(Math.min(g.axis.y2, at(g, parseEdtf('2024-07').end)), 6);
      expect(later.rotate).toBe(rotate);
      const title = wordsBox(later.title, later.rotate);
      // Down from the band's top, outside the tick labels.
      expect(title.y).toBeCloseTo(later.band.y + 4, 6);
      const ticks = g.axis.ticks.map((t) => t.labelX);
      if (locale === 'en') expect(title.x + title.width).toBeLessThan(Math.min(...ticks) - 30);
      else expect(title.x).toBeGreaterThan(Math.max(...ticks) + 30);
    }
  });

  it('count in the time range: a timeline that ends before its era reaches out to it', () => {
    const t = parseTimeline({ events: [{ date: '1961', title: 'Treaty' }], eras: [{ date: '1950/1953', title: 'War' }] });
    const [d0, d1] = layoutTimeline(t).axis.domain;
    expect(d0).toBeLessThan(parseEdtf('1950').start);
    expect(d1).toBeGreaterThan(parseEdtf('1961').end);
  });

  it('leave the view when zoomed away from, the strip keeping its room', () => {
    const all = layoutTimeline(article, { locale: 'en', width: 960 });
    const zoomed = layoutTimeline(article, { locale: 'en', width: 960, domain: [Date.UTC(1995, 0, 1), Date.UTC(2000, 0, 1)] });
    expect(zoomed.eras!.map((e) => e.era.index)).toEqual([1]);
    // Cut to the view: the band starts before it, so it fills the axis and its title starts at the view's start.
    expect(zoomed.eras![0]!.band.x).toBeCloseTo(zoomed.axis.x1, 6);
    expect(zoomed.eras![0]!.band.width).toBeCloseTo(zoomed.axis.x2 - zoomed.axis.x1, 6);
    expect(zoomed.eras![0]!.band.y).toBe(all.eras![0]!.band.y);
    expect(layoutTimeline(article, { locale: 'en', domain: [Date.UTC(1960, 0, 1), Date.UTC(1970, 0, 1)] }).eras).toEqual([]);
  });

  it('share the strip without covering each other: a title stops before the next one starts', () => {
    const t = parseTimeline({
      events: [{ date: '1961', title: 'Treaty' }],
      eras: [
        { date: '1950/1970', title: 'A very long era title that would run on for a good while' },
        { date: '1955/1965', title: 'Inside it' },
      ],
    });
    const [outer, inner] = layoutTimeline(t, { width: 960 }).eras!;
    const a = wordsBox(outer!.title, 0);
    const b = wordsBox(inner!.title, 0);
    expect(a.x + a.width).toBeLessThanOrEqual(b.x);
    expect(outer!.title.truncated).toBe(true);
  });

  it('write a title from data as text, cleaned of controls', () => {
    const t = parseTimeline({
      events: [{ date: '1961', title: 'x' }],
      eras: [{ date: '1950/1990', title: 'War \u202Eevil\u202C <b>era</b>' }],
    });
    expect(layoutTimeline(t).eras![0]!.title.full).toBe('War evil <b>era</b>');
  });
  it('draws one title where eras begin together: the first given; the other is named, not drawn over it', () => {
    const cold = { date: '1950-06-25/1991-12-26', title: 'Cold War years in Korea' };
    for (const [locale, orientation] of [
      ['en', 'horizontal'],
      ['ar', 'horizontal'],
      ['en', 'vertical'],
    ] as const) {
      const g = layoutTimeline(parseTimeline({ ...russiaDprk, eras: [korea, cold] }), { locale, orientation, width: 960 });
      const [war, long] = g.eras!;
      expect(war!.title.text.length).toBeGreaterThan(0);
      expect(long!.title.text).toBe('');
      expect(long!.ariaLabel).toMatch(/Cold War years in Korea/);
      const boxes = g.eras!.filter((e) => e.title.width > 0).map((e) => wordsBox(e.title, e.rotate));
      expect(boxes).toHaveLength(1);
    }
  });
});
