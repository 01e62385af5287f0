import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseEdtf } from '../../src/model/parseEdtf.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { wordsBox } from '../helpers/geometry.js';

const article = parseTimeline(russiaDprk);

describe('the today option', () => {
  it('draws a line at the middle of the day given, across the plot, labelled in the language', () => {
    const d = parseEdtf('2024-06-19');
    const mid = (d.start + d.end) / 2;
    for (const [locale, label] of [
      ['en', 'Today: 19 June 2024'],
      ['ar', 'اليوم: 19 يونيو 2024'],
      ['fr', 'Aujourd’hui: 19 juin 2024'],
    ] as const) {
      const g = layoutTimeline(article, { locale, width: 960, today: '2024-06-19' });
      const [d0, d1] = g.axis.domain;
      const f = (mid - d0) / (d1 - d0);
      const x = g.direction === 'ltr' ? g.axis.x1 + f * (g.axis.x2 - g.axis.x1) : g.axis.x2 - f * (g.axis.x2 - g.axis.x1);
      expect(g.today!.x1).toBeCloseTo(x, 6);
      expect(g.today!.x2).toBe(g.today!.x1);
      expect(g.today!.value).toBe(mid);
      // Where the summit's dot is: an event of that day stands on the line.
      const summit = g.events.find((e) => e.id === 'pyongyang-summit')!;
      expect(summit.mark.kind === 'point' && summit.mark.cx).toBeCloseTo(g.today!.x1, 6);
      expect(g.today!.y2).toBeGreaterThan(g.axis.y1);
      expect(g.today!.y1).toBeLessThan(Math.min(...g.events.map((e) => e.label.box.y)));
      expect(g.today!.ariaLabel).toBe(label);
      expect(g.today!.label.text).toBe(label);
      // Near the end of the view, the label opens back from the line and stays on the axis.
      const box = wordsBox(g.today!.label, 0);
      expect(box.x).toBeGreaterThanOrEqual(g.axis.x1);
      expect(box.x + box.width).toBeLessThanOrEqual(g.axis.x2 + 1e-9);
    }
  });

  it('takes its date into the time range', () => {
    const t = parseTimeline([{ date: '1961', title: 'Treaty' }]);
    expect(layoutTimeline(t).axis.domain[1]).toBeLessThan(parseEdtf('1990').start);
    const g = layoutTimeline(t, { today: '2024' });
    expect(g.axis.domain[1]).toBeGreaterThan(parseEdtf('2024').end);
    expect(g.today!.label.text).toBe('Today: 2024');
  });

  it('is left out when its date is out of view, keeping its lane', () => {
    const all = layoutTimeline(article, { locale: 'en', today: '2024-06-19' });
    const zoomed = layoutTimeline(article, { locale: 'en', today: '2024-06-19', domain: [Date.UTC(1950, 0, 1), Date.UTC(1970, 0, 1)] });
    expect(zoomed.today).toBeUndefined();
    expect(Math.min(...zoomed.events.map((e) => e.label.box.y))).toBeGreaterThanOrEqual(all.today!.y1 + 12);
  });

  it('runs across a vertical timeline, its label turned in the strip', () => {
    const g = layoutTimeline(article, { locale: 'ar', orientation: 'vertical', width: 375, today: '2024-06-19' });
    expect(g.today!.y1).toBe(g.today!.y2);
    expect(g.today!.x2 - g.today!.x1).toBeGreaterThan(300);
    expect(g.today!.rotate).toBe(-90);
  });

  it('refuses what is not a date with a RangeError naming the option, and `true` where the clock is not read', () => {
    for (const bad of ['tomorrow', '2024-13-01', '2020/2024', 5, false, {}])
      expect(() => layoutTimeline(article, { today: bad as never }), String(bad)).toThrow(/^options\.today: expected an EDTF date/);
    expect(() => layoutTimeline(article, { today: true })).toThrow(
      /^options\.today: true reads the clock, which createTimeline, hydrate, renderSvg and the server do/,
    );
  });

  it('is drawn without the layout reading the clock', () => {
    const RealDate = Date;
    class NoClock extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) throw new Error('the layout read the clock');
        super(...(args as [number]));
      }
      static override now(): number {
        throw new Error('the layout read the clock');
      }
    }
    globalThis.Date = NoClock as DateConstructor;
    try {
      expect(layoutTimeline(article, { today: '2024-06-19' }).today).toBeDefined();
      expect(layoutTimeline(article).today).toBeUndefined();
    } finally {
      globalThis.Date = RealDate;
    }
  });
});
