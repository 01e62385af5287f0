import { describe, expect, it } from 'vitest';
import { dateLines } from '../../src/layout/labels.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { resolveOptions, type ResolvedOptions } from '../../src/layout/resolveOptions.js';
import type { LabelGeometry, TimelineGeometry } from '../../src/layout/types.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { overlappingLabels, stemsThroughLabels } from '../helpers/geometry.js';

/** 7 px a character at any size: widths a test can count. */
const fixed = (text: string) => [...text].length * 7;
const options = (locale: string): ResolvedOptions => ({
  ...resolveOptions(parseTimeline([{ date: '2000', title: 'x' }]), { locale }),
  measure: fixed,
});

// The events a reviewer found cut ("12 December 2023 – 30 November…") in a narrow vertical timeline.
const ranges = (ar: boolean) => [
  { id: 'ground', date: '2023-10-27/2024-01-15', title: ar ? 'الهجوم البري على شمال غزة' : 'Ground offensive in northern Gaza' },
  { id: 'aid', date: '2023-12-12/2024-11-30', title: ar ? 'مفاوضات ممر المساعدات' : 'Aid corridor negotiations' },
  { id: 'famine', date: '2024-03-01/..', title: ar ? 'تحذيرات من المجاعة في غزة' : 'Famine warnings across Gaza' },
  { id: 'rafah', date: '2024-05-06/2024-09-01', title: ar ? 'عملية رفح' : 'Rafah operation' },
  { id: 'phase', date: '2025-01-19/2025-03-18', title: ar ? 'المرحلة الأولى من وقف إطلاق النار' : 'Ceasefire phase one' },
];

const dateOf = (l: LabelGeometry) => [l.date.text, ...(l.dateRest ? [l.dateRest.text] : [])];

/** Every label's date lines say the whole date, uncut, above its title, inside its box; no label meets another or a leader. */
function expectWholeDates(g: TimelineGeometry): void {
  for (const { id, label } of [...g.events, ...g.clusters]) {
    expect(dateOf(label).join(' '), id).toBe(label.date.full);
    expect(dateOf(label).join(''), id).not.toContain('…');
    const ys = [label.date.y, label.dateRest?.y ?? label.date.y, ...label.title.lines.map((l) => l.y)];
    expect(
      [...ys].sort((a, b) => a - b),
      id,
    ).toEqual(ys);
    expect(ys.at(-1)!, id).toBeLessThan(label.box.y + label.box.height);
  }
  expect(overlappingLabels(g)).toEqual([]);
  expect(stemsThroughLabels(g)).toEqual([]);
}

describe('dateLines', () => {
  it('keeps a date that fits on one line', () => {
    expect(dateLines('12 December 2023 – 30 November 2024', 35 * 7, options('en'))).toEqual([
      { text: '12 December 2023 – 30 November 2024', width: 35 * 7, truncated: false },
    ]);
  });

  it('breaks a range after its separator, in English and Arabic, the first date first', () => {
    const en = dateLines('12 December 2023 – 30 November 2024', 200, options('en'));
    expect(en.map((l) => [l.text, l.truncated])).toEqual([
      ['12 December 2023 –', false],
      ['30 November 2024', false],
    ]);
    const ar = dateLines('12 ديسمبر 2023 – 30 نوفمبر 2024', 120, options('ar'));
    expect(ar.map((l) => l.text)).toEqual(['12 ديسمبر 2023 –', '30 نوفمبر 2024']);
  });

  it('breaks an open date at the last space that lets its first line fit', () => {
    expect(dateLines('since 24 February 2022', 17 * 7, options('en')).map((l) => l.text)).toEqual(['since 24 February', '2022']);
  });

  it('cuts with "…" only a part that alone is wider than the label', () => {
    const lines = dateLines('12 December 2023 – 30 November 2024', 16 * 7, options('en'));
    expect(lines.map((l) => [l.text.endsWith('…'), l.truncated])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(lines[1]!.text).toBe('30 November 2024');
  });
});

describe('a date wider than its label', () => {
  for (const locale of ['en', 'ar']) {
    it(`wraps onto a second line in a narrow vertical timeline, whole and in reading order, and the label grows to hold it (${locale})`, () => {
      const g = layoutTimeline(parseTimeline(ranges(locale === 'ar')), { locale, orientation: 'vertical', width: 240 });
      expectWholeDates(g);
      const wrapped = g.events.filter((e) => e.label.dateRest);
      expect(wrapped.map((e) => e.id)).toEqual(expect.arrayContaining(['ground', 'aid', 'rafah', 'phase']));
      for (const { id, label } of wrapped) {
        // The first date on the first line: the separator ends it, the end date is the second.
        expect(label.date.text, id).toMatch(/ –$/);
        expect(label.date.full.startsWith(label.date.text), id).toBe(true);
        expect(label.dateRest!.direction, id).toBe(label.date.direction);
        expect(label.dateRest!.anchor, id).toBe(label.date.anchor);
      }
      if (locale === 'ar') expect(wrapped[0]!.label.date.direction).toBe('rtl');
    });
  }

  it('wraps in lanes side by side (the reviewer’s 600 px), and in a horizontal timeline of narrow labels', () => {
    const inLanes = ranges(false).map((e, i) => ({ ...e, lane: ['Military', 'Diplomacy', 'Humanitarian'][i % 3]! }));
    const lanes = layoutTimeline(parseTimeline(inLanes), { orientation: 'vertical', width: 600 });
    expectWholeDates(lanes);
    expect(lanes.events.some((e) => e.label.dateRest)).toBe(true);
    const horizontal = layoutTimeline(parseTimeline(ranges(false)), { width: 900, maxLabelWidth: 130 });
    expectWholeDates(horizontal);
    expect(horizontal.events.some((e) => e.label.dateRest)).toBe(true);
  });

  it('leaves a label whose date fits on one line as it was', () => {
    const g = layoutTimeline(parseTimeline(ranges(false)), { orientation: 'vertical', width: 960 });
    for (const e of g.events) {
      expect(e.label.dateRest).toBeUndefined();
      expect(e.label.date.text).toBe(e.label.date.full);
    }
  });
});
