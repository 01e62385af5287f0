import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromTimelineJs, parseTimeline, parseTimelineText, type Timeline } from '../../src/model/index.js';
import { yearStartMs } from '../../src/model/civilCalendar.js';
import { problemMessages } from '../helpers/validation.js';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');
const summary = (t: Timeline) => t.events.map((e) => [e.id, e.end ? `${e.date.edtf}/${e.end.edtf}` : e.date.edtf, e.date.precision]);

const messages = problemMessages;

describe('deep time: TimelineJS cosmology beside 20th-century days', () => {
  // Before, every slide past 271,820 BCE was refused: "outside the years JavaScript dates can represent".
  it('reads every slide, deep years as years and 1969 to the day, on one axis', () => {
    const t = parseTimelineText(fixture('timelinejs-cosmology.json'));
    expect(t.title).toBe('From the Big Bang to the Moon');
    expect(summary(t)).toEqual([
      // TimelineJS's -13800000000 is 13,800,000,000 BCE: the astronomical year one after.
      ['big-bang', 'Y-13799999999', 'year'],
      ['first-stars', 'Y-13599999999', 'year'],
      ['solar-system', 'Y-4599999999', 'year'],
      ['moon', 'Y-4509999999', 'year'],
      ['oxygen', 'Y-2399999999/Y-1999999999', 'year'],
      ['chicxulub', 'Y-65999999', 'year'],
      ['sapiens', 'Y-299999', 'year'],
      ['cmb', '1965-05-13', 'day'],
      ['apollo-11', '1969-07-20', 'day'], // the hour is dropped, as for any TimelineJS time
      ['eva', '1969-07-21', 'day'],
      ['red-giant', 'Y5000000000', 'year'],
    ]);
    const byId = new Map(t.events.map((e) => [e.id, e]));
    // Each on the same millisecond axis: the Big Bang a year long, Apollo 11 a day long.
    expect(byId.get('big-bang')!.date.start).toBe(yearStartMs(-13_799_999_999));
    expect(byId.get('apollo-11')!.date.start).toBe(Date.UTC(1969, 6, 20));
    expect(byId.get('apollo-11')!.date.end - byId.get('apollo-11')!.date.start).toBe(86_400_000);
    const starts = t.events.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Groups as TimelineJS orders them, by first use in time.
    expect(t.lanes).toEqual(['Cosmos', 'Earth', 'People']);
    expect(t.eras!.map((e) => [e.date.edtf, e.end!.edtf, e.title])).toEqual([
      ['Y-540999999', 'Y-251999999', 'Paleozoic'],
      ['Y-251999999', 'Y-65999999', 'Mesozoic'],
    ]);
  });
});

describe('deep time: EDTF long years in eventline JSON', () => {
  it('reads Y years, significant digits and intervals beside days', () => {
    const t = parseTimelineText(fixture('deep-time.json'));
    expect(t.locale).toBe('ar');
    expect(summary(t)).toEqual([
      ['big-bang', 'Y-13800000000', 'year'],
      ['earth', 'Y-4600000000~', 'year'],
      ['solar-system', 'Y-4567000000S4', 'year'],
      ['oxygen', 'Y-2400000000/Y-2000000000', 'year'],
      ['permian', 'Y-251902000', 'year'],
      ['chicxulub', 'Y-66000000', 'year'],
      ['lucy', 'Y-3200000', 'year'],
      ['sapiens', 'Y-300000', 'year'],
      ['sputnik', '1957-10-04', 'day'],
      ['apollo-11', '1969-07-20', 'day'],
      ['eva', '1969-07-21', 'day'],
      ['red-giant', 'Y5000000000', 'year'],
    ]);
    expect(t.events.find((e) => e.id === 'solar-system')!.date.significantDigits).toBe(4);
  });
});

describe('deep time: nonsense is named by event and field', () => {
  it('in eventline input', () => {
    expect(
      messages(() =>
        parseTimeline([
          { id: 'bang', date: 'Y-', title: 'a' },
          { date: 'Y-13800000000-01-01', title: 'b' },
          { date: '-13800000000-07-20', title: 'c' },
          { date: 'Y-66000000', end: 'Y-', title: 'd' },
          { date: 'Y-66000000/Y-13800000000', title: 'e' },
          { date: 'Y-100000000000000000000', title: 'f' },
          { date: 'Y-66000000S9', title: 'g' },
        ]),
      ),
    ).toEqual([
      'events[0] (id "bang").date: "Y-" is not a valid date: extended year must be Y and digits alone, without month or day (e.g. Y17000, Y-13800000000)',
      'events[1].date: "Y-13800000000-01-01" is not a valid date: extended year must be Y and digits alone, without month or day (e.g. Y17000, Y-13800000000)',
      'events[2].date: "-13800000000-07-20" is not a valid date: year -13800000000 has more than four digits; write Y-13800000000 for years beyond 9999',
      'events[3].end: "Y-" is not a valid date: extended year must be Y and digits alone, without month or day (e.g. Y17000, Y-13800000000)',
      'events[4].date: "Y-66000000/Y-13800000000" is not a valid date: interval end Y-13800000000 is before its start Y-66000000',
      'events[5].date: "Y-100000000000000000000" is not a valid date: year -100000000000000000000 has more than thirteen digits, the most eventline places',
      'events[6].date: "Y-66000000S9" is not a valid date: S9: year -66000000 has 1 to 8 significant digits',
    ]);
  });

  it('in TimelineJS input: a day on a deep-time year, a year beyond thirteen digits', () => {
    const slide = (start_date: unknown) => ({ start_date, text: { headline: 'x' } });
    expect(
      messages(() =>
        fromTimelineJs({
          events: [slide({ year: -13800000000, month: 7, day: 20 }), slide({ year: '-99999999999999' }), slide({ year: -66000000 })],
        }),
      ),
    ).toEqual([
      'events[0].start_date.month: months are only supported in years -9999 to 9999 (got year -13800000000)',
      'events[1].start_date.year: "-99999999999999" is not usable: year -99999999999998 has more than thirteen digits, the most eventline places',
    ]);
  });
});
