import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseTimelineText, pickText, type Timeline } from '../../src/model/index.js';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');
const summary = (t: Timeline) => t.events.map((e) => [e.id, e.end ? `${e.date.edtf}/${e.end.edtf}` : e.date.edtf, e.date.precision]);

describe('fixtures: inputs people already have', () => {
  it('each is detected as its format, and reads the same with the format given', () => {
    const cases = [
      ['timelinejs-rome.json', 'timelinejs'],
      ['vis-items.json', 'vis'],
      ['vis-dataset.json', 'vis'],
      ['arabic.csv', 'csv'],
      ['ours.json', 'json'],
    ] as const;
    for (const [name, format] of cases) {
      const text = fixture(name);
      expect(detectFormat(text), name).toBe(format);
      expect(parseTimelineText(text, format), name).toEqual(parseTimelineText(text));
    }
  });

  it('TimelineJS: a history timeline with a title slide, HTML, BCE dates and ranges', () => {
    const t = parseTimelineText(fixture('timelinejs-rome.json'));
    expect(t.title).toBe('Rome: Republic & Empire');
    expect(summary(t)).toEqual([
      ['founding', '-0752-04-21', 'day'], // "year": "-753" = 753 BCE
      ['republic', '-0508/-0026', 'year'],
      ['ides', '-0043-03-15', 'day'], // the hour is dropped; the blank end_date too
      ['augustus', '-0026-01-16/0014-08-19', 'day'],
      [expect.stringMatching(/^e-/), '0079-10', 'month'],
      [expect.stringMatching(/^e-/), '0117', 'year'], // end_date equal to start_date: dropped
      [expect.stringMatching(/^e-/), '0476-09-04', 'day'],
      [expect.stringMatching(/^e-/), '1453-05-29', 'day'],
    ]);
    const byId = new Map(t.events.map((e) => [e.id, e]));
    expect(byId.get('ides')!.title).toBe('Ides of March: Caesar is killed');
    expect(byId.get('ides')!.description).toBe('Stabbed at the Curia of Pompey.\n“Et tu, Brute?”');
    expect(byId.get('augustus')!.lane).toBe('Empire');
    expect(t.events[4]!.title).toBe('Vesuvius buries Pompeii & Herculaneum');
    expect(t.events[6]!.title).toBe('Odoacer deposes Romulus Augustulus.'); // no headline: from text
    expect(t.events[7]!.title).toBe('Fall of Constantinople'); // no text: from the media caption
    expect(t.lanes).toEqual(['Kingdom', 'Republic', 'Empire']);
    expect(t.events[7]!.media).toEqual({
      src: 'https://example.org/constantinople.jpg',
      alt: 'Fall of Constantinople',
      caption: 'Fall of Constantinople',
    });
    expect(byId.get('founding')!.url).toBe('https://en.wikipedia.org/wiki/Founding_of_Rome'); // a page: kept as the link
    expect(t.eras!.map((e) => [e.date.edtf, e.end!.edtf, e.title])).toEqual([
      ['-0752', '-0508', 'Kingdom'],
      ['-0508', '-0026', 'Republic'],
    ]);
    for (const e of t.events) expect(`${e.title} ${e.description ?? ''}`).not.toMatch(/[<>]|&amp;/);
  });

  it('vis-timeline: an item array with every kind of start', () => {
    const t = parseTimelineText(fixture('vis-items.json'));
    expect(summary(t)).toEqual([
      ['1', '2024-06-19', 'day'],
      ['2', '2000-07', 'month'],
      ['3', '1950-06-25/1953-07-27', 'day'],
      ['4', '1961', 'year'],
      ['talks', '2019-04-25', 'day'], // 10:30+10:00 is 00:30 UTC the same day
      ['6', '2019-04-01/2019-04-24', 'day'], // milliseconds
      ['7', '2024-06-19', 'day'], // /Date(ms)/
    ]); // the background item is an era, left out: it has no content to label it
    expect(t.events[0]!.title).toBe('Summit in Pyongyang');
    expect(t.events[0]!.description).toBe('Putin & Kim sign a comprehensive strategic partnership');
    expect(t.events.map((e) => e.lane)).toEqual(['diplomacy', 'diplomacy', 'war', 'diplomacy', undefined, undefined, undefined]);
    expect(t).not.toHaveProperty('eras');
  });

  it('vis-timeline: an {items, groups} export names lanes after groups', () => {
    const t = parseTimelineText(fixture('vis-dataset.json'));
    expect(summary(t)).toEqual([
      ['a', '2024-03-01', 'day'],
      ['b', '2024-04/2024-06', 'month'],
      ['c', '2024-07-15', 'day'],
    ]);
    expect(t.events.map((e) => [e.title, e.lane])).toEqual([
      ['Launch', 'Milestones'],
      ['Beta & feedback', 'Phases'],
      ['Release 1.0', 'Milestones'],
    ]);
    expect(t.events[2]!.description).toBe('General availability.');
  });

  it('CSV with Arabic: byte-order mark, language columns, quoted commas and quotes', () => {
    const t = parseTimelineText(fixture('arabic.csv'));
    expect(summary(t)).toEqual([
      ['dprk-founded', '1948', 'year'],
      ['korean-war', '1950-06-25/1953-07-27', 'day'],
      [expect.stringMatching(/^e-/), '2000-07', 'month'],
      ['summit', '2024-06-19', 'day'],
    ]);
    expect(pickText(t.events[1]!.title, 'ar')).toBe('الحرب الكورية');
    expect(t.events[1]!.description).toEqual({ ar: 'حرب بين الكوريتين، بدعم سوفييتي وصيني' });
    expect(t.events[3]!.description).toEqual({ ar: 'وقع الرئيس الروسي والزعيم الكوري الشمالي اتفاقية "شراكة استراتيجية شاملة"' });
    expect(t.events[3]!.source).toEqual({ publication: 'عمان', agency: 'رويترز' });
  });

  it('eventline JSON', () => {
    const t = parseTimelineText(fixture('ours.json'));
    expect(t.title).toEqual({ en: 'Russia and North Korea', ar: 'روسيا وكوريا الشمالية' });
    expect(t.locale).toBe('en');
    expect(summary(t)).toEqual([
      ['dprk-founded', '1948', 'year'],
      [expect.stringMatching(/^e-/), '1950-06-25/1953-07-27', 'day'],
      [expect.stringMatching(/^e-/), '2000-07', 'month'],
      ['summit', '2024-06-19', 'day'],
    ]);
  });
});
