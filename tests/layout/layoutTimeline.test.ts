import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { parseEdtf } from '../../src/model/parseEdtf.js';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { eventList } from '../helpers/arbitraries.js';
import { clearOfAxis, inside, legendClashes, overlappingLabels, stemsThroughLabels } from '../helpers/geometry.js';

const options = fc.record({
  width: fc.integer({ min: 320, max: 1400 }),
  orientation: fc.constantFrom('horizontal' as const, 'vertical' as const),
  direction: fc.constantFrom('ltr' as const, 'rtl' as const),
  locale: fc.constantFrom('en', 'ar', 'ru', 'ko', 'fr'),
});

describe('layoutTimeline properties over random event sets', () => {
  it('places labels without overlap, inside the drawing, clear of the axis', () => {
    fc.assert(
      fc.property(eventList(), options, (events, opts) => {
        const g = layoutTimeline(parseTimeline(events), opts);
        expect(overlappingLabels(g)).toEqual([]);
        expect(stemsThroughLabels(g)).toEqual([]);
        expect(legendClashes(g)).toEqual([]);
        for (const e of g.events) {
          expect(inside(e.label.box, g.width, g.height), `${e.id} box ${JSON.stringify(e.label.box)} in ${g.width}x${g.height}`).toBe(true);
          expect(e.label.title.width).toBeLessThanOrEqual(e.label.box.width);
          expect(e.label.title.lines.map((l) => l.text).join('').length).toBeGreaterThan(0);
          // Labels sit above the axis line and its marks, or below its tick labels (beside the axis, vertically).
          expect(clearOfAxis(g, e.label.box)).toBe(true);
        }
        for (const t of g.axis.ticks) expect(t.label.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps time order along the axis: left to right in LTR, right to left in RTL', () => {
    fc.assert(
      fc.property(eventList(), options, (events, opts) => {
        const g = layoutTimeline(parseTimeline(events), opts);
        const pos = g.events.map((e) =>
          e.mark.kind === 'point'
            ? opts.orientation === 'horizontal'
              ? e.mark.cx
              : e.mark.cy
            : opts.orientation === 'horizontal'
              ? e.mark.x
              : e.mark.y,
        );
        const starts = g.events.map((e) => e.event.date.start);
        for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
        const sign = opts.orientation === 'vertical' || opts.direction === 'ltr' ? 1 : -1;
        // Compare mark centres: a bar's centre moves with time like a dot's.
        const centre = g.events.map((e, i) =>
          e.mark.kind === 'point'
            ? pos[i]!
            : opts.orientation === 'horizontal'
              ? e.mark.x + e.mark.width / 2
              : e.mark.y + e.mark.height / 2,
        );
        for (let i = 1; i < centre.length; i++) {
          const a = g.events[i - 1]!.event;
          const b = g.events[i]!.event;
          const endA = (a.end ?? a.date).end;
          const endB = (b.end ?? b.date).end;
          if (b.date.start >= endA || (b.date.start === a.date.start && endB === endA)) {
            expect(sign * (centre[i]! - centre[i - 1]!)).toBeGreaterThanOrEqual(-1e-6);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('mirrors RTL from LTR: every mark and tick sits at width − x', () => {
    fc.assert(
      fc.property(eventList(40), fc.integer({ min: 320, max: 1400 }), (events, width) => {
        const t = parseTimeline(events);
        const ltr = layoutTimeline(t, { width, direction: 'ltr', locale: 'en' });
        const rtl = layoutTimeline(t, { width, direction: 'rtl', locale: 'en' });
        expect(rtl.events.map((e) => e.id)).toEqual(ltr.events.map((e) => e.id));
        ltr.events.forEach((e, i) => {
          const m = rtl.events[i]!.mark;
          if (e.mark.kind === 'point' && m.kind === 'point') expect(m.cx).toBeCloseTo(width - e.mark.cx, 6);
          else if (e.mark.kind === 'span' && m.kind === 'span') expect(m.x).toBeCloseTo(width - e.mark.x - e.mark.width, 6);
          else throw new Error('mark kinds differ between LTR and RTL');
        });
        expect(rtl.axis.ticks.map((k) => k.value)).toEqual(ltr.axis.ticks.map((k) => k.value));
        ltr.axis.ticks.forEach((k, i) => expect(rtl.axis.ticks[i]!.x).toBeCloseTo(width - k.x, 6));
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic: the same input gives the same geometry', () => {
    fc.assert(
      fc.property(eventList(30), options, (events, opts) => {
        const t = parseTimeline(events);
        expect(layoutTimeline(t, opts)).toEqual(layoutTimeline(t, opts));
      }),
      { numRuns: 30 },
    );
  });
});

describe('layoutTimeline on the article', () => {
  const timeline = parseTimeline(russiaDprk);

  it('keeps every event with its own full date label at 960 px', () => {
    for (const locale of ['en', 'ar']) {
      const g = layoutTimeline(timeline, { width: 960, locale });
      expect(g.events).toHaveLength(timeline.events.length);
      const byId = new Map(g.events.map((e) => [e.id, e]));
      expect(byId.get('dprk-founded')!.label.date.text).toBe('1948');
      expect(overlappingLabels(g)).toEqual([]);
    }
  });

  it('writes dates at the precision given, in the chosen language', () => {
    const en = new Map(layoutTimeline(timeline, { locale: 'en' }).events.map((e) => [e.id, e.label.date.text]));
    expect(en.get('treaty-1961')).toBe('1961');
    expect(en.get('putin-visit-2000')).toBe('July 2000');
    expect(en.get('pyongyang-summit')).toBe('19 June 2024');
    const ar = new Map(layoutTimeline(timeline, { locale: 'ar' }).events.map((e) => [e.id, e.label.date.text]));
    expect(ar.get('putin-visit-2000')).toBe('يوليو 2000');
    // Still going on: its date says so, at the month the article gives.
    expect(ar.get('invasion-ukraine')).toBe('منذ فبراير 2022');
  });

  it('draws a year-precision event as a bar across its whole year', () => {
    const g = layoutTimeline(timeline, { width: 960, locale: 'en' });
    const founded = g.events.find((e) => e.id === 'dprk-founded')!;
    expect(founded.mark.kind).toBe('span');
    const d = parseEdtf('1948');
    const [lo, hi] = g.axis.domain;
    const px = (t: number) => g.axis.x1 + ((t - lo) / (hi - lo)) * (g.axis.x2 - g.axis.x1);
    if (founded.mark.kind === 'span') {
      expect(founded.mark.x).toBeCloseTo(px(d.start), 3);
      expect(founded.mark.x + founded.mark.width).toBeCloseTo(px(d.end), 3);
    }
  });

  it('runs right to left for Arabic: earlier events sit further right', () => {
    const g = layoutTimeline(timeline, { locale: 'ar' });
    expect(g.direction).toBe('rtl');
    const x = (id: string) => g.events.find((e) => e.id === id)!.stem.x1;
    expect(x('dprk-founded')).toBeGreaterThan(x('pyongyang-summit'));
  });
});

describe('layoutTimeline edge cases', () => {
  it('places BCE and first-century dates where they belong', () => {
    const g = layoutTimeline(
      parseTimeline([
        { date: '-0043-03-15', title: 'Ides of March' },
        { date: '0079-08-24', title: 'Vesuvius' },
        { date: '0000', title: 'Year zero (1 BCE)' },
      ]),
      { locale: 'en' },
    );
    const x = (t: string) => g.events.find((e) => e.label.title.full === t)!.stem.x1;
    expect(x('Ides of March')).toBeLessThan(x('Year zero (1 BCE)'));
    expect(x('Year zero (1 BCE)')).toBeLessThan(x('Vesuvius'));
    expect(g.events.find((e) => e.label.title.full === 'Ides of March')!.label.date.text).toBe('15 March 44 BCE');
    expect(g.events.find((e) => e.label.title.full === 'Year zero (1 BCE)')!.label.date.text).toBe('1 BCE');
  });

  it('wraps a very long title onto maxLines lines, cuts only the last with an ellipsis and keeps the full text', () => {
    const long = 'A '.repeat(400) + 'end';
    const g = layoutTimeline(parseTimeline([{ date: '2024', title: long }]), { width: 600 });
    const t = g.events[0]!.label.title;
    expect(t.truncated).toBe(true);
    expect(t.lines).toHaveLength(3);
    expect(t.lines[2]!.text.endsWith('…')).toBe(true);
    expect(t.lines.slice(0, 2).every((l) => !l.truncated && !l.text.endsWith('…'))).toBe(true);
    expect(t.full).toBe(long.replace(/\s+/g, ' '));
    expect(t.width).toBeLessThanOrEqual(600 - 32);
  });

  it('lays out a single event and an empty list', () => {
    const one = layoutTimeline(parseTimeline([{ date: '2024-06-19', title: 'Only' }]));
    expect(one.events).toHaveLength(1);
    expect(one.axis.ticks.length).toBeGreaterThan(0);
    expect(one.axis.unit).toBe('day');
    const none = layoutTimeline(parseTimeline([]));
    expect(none.events).toHaveLength(0);
  });

  it('grows taller for a dense same-day cluster instead of hiding labels', () => {
    const events = Array.from({ length: 50 }, (_, i) => ({ date: '2024-06-19', title: `Event number ${i}` }));
    const g = layoutTimeline(parseTimeline(events), { width: 960 });
    expect(g.events).toHaveLength(50);
    expect(overlappingLabels(g)).toEqual([]);
    expect(g.height).toBeGreaterThan(50 * 20);
  });

  it('names the option that is wrong', () => {
    const t = parseTimeline([{ date: '2024', title: 'x' }]);
    expect(() => layoutTimeline(t, { width: -5 })).toThrow(/options\.width/);
    expect(() => layoutTimeline(t, { orientation: 'diagonal' as never })).toThrow(/options\.orientation/);
    expect(() => layoutTimeline(t, { direction: 'up' as never })).toThrow(/options\.direction/);
    expect(() => layoutTimeline(t, { locale: '<script>' })).toThrow(/options\.locale/);
  });
});
