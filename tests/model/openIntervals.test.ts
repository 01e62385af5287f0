import { describe, expect, it } from 'vitest';
import { eventId, parseTimeline } from '../../src/model/index.js';
import { problemMessages } from '../helpers/validation.js';

const messages = (input: unknown): string[] => problemMessages(() => parseTimeline(input));

describe('parseTimeline: open and unknown interval ends', () => {
  it('marks 2022-02-24/.. as ongoing, keeping the start day as the extent', () => {
    const [e] = parseTimeline([{ date: '2022-02-24/..', title: 'Invasion' }]).events;
    expect(e!.openEnd).toBe('ongoing');
    expect(e!.end).toBeUndefined();
    expect('openStart' in e!).toBe(false);
    expect([e!.date.start, e!.date.end]).toEqual([Date.UTC(2022, 1, 24), Date.UTC(2022, 1, 25)]);
  });

  it('marks 2022-02-24/ as an unknown end', () => {
    const [e] = parseTimeline([{ date: '2022-02-24/', title: 'Talks' }]).events;
    expect(e!.openEnd).toBe('unknown');
    expect(e!.end).toBeUndefined();
  });

  it('marks ../1950 and /1950 as open and unknown starts, with 1950 as the date', () => {
    const [open, unknown] = parseTimeline([
      { date: '../1950', title: 'Before' },
      { date: '/1950', title: 'Before' },
    ]).events;
    expect([open!.openStart, open!.date.edtf, open!.date.start]).toEqual(['open', '1950', Date.UTC(1950, 0, 1)]);
    expect([unknown!.openStart, unknown!.date.edtf]).toEqual(['unknown', '1950']);
    expect(open!.end).toBeUndefined();
  });

  it('reads end: ".." as ongoing', () => {
    const [e] = parseTimeline([{ date: '2022-02', end: ' .. ', title: 'War' }]).events;
    expect(e!.openEnd).toBe('ongoing');
    expect(e!.date.edtf).toBe('2022-02');
    expect(e!.end).toBeUndefined();
  });

  it('refuses an end beside an open interval, naming the event and field', () => {
    expect(messages([{ id: 'w', date: '2022/..', end: '2024', title: 'War' }])).toEqual([
      'events[0] (id "w").end: not allowed when date is already an interval ("2022/..")',
    ]);
    expect(messages([{ date: '../1950', end: '..', title: 'x' }])).toEqual([
      'events[0].end: not allowed when date is already an interval ("../1950")',
    ]);
  });

  it('derives different ids for a point, an ongoing and an unknown-end event, and eventId agrees', () => {
    const forms = ['2022-02-24', '2022-02-24/..', '2022-02-24/', '../2022-02-24', '/2022-02-24'];
    const t = parseTimeline(forms.map((date) => ({ date, title: 'Same' })));
    const ids = t.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(forms.length);
    expect(ids.every((id) => /^e-[0-9a-z]{7}$/.test(id))).toBe(true);
    expect(ids).toEqual(forms.map((date) => eventId({ date, title: 'Same' })));
    expect(parseTimeline([{ date: '2022-02-24', end: '..', title: 'Same' }]).events[0]!.id).toBe(
      eventId({ date: '2022-02-24', end: '..', title: 'Same' }),
    );
    expect(eventId({ date: '2022-02-24', end: '..', title: 'Same' })).toBe(ids[1]);
  });

  it('keeps the ids of closed intervals as they were', () => {
    // Ids are stable across versions: data keyed by them must not lose its keys. Values from
    // the version before open intervals were read.
    expect(eventId({ date: '2000/2004', title: 'Talks' })).toBe('e-0z0108l');
    expect(eventId({ date: '1948', end: '1950', title: { en: 'Nakba', ar: 'النكبة' } })).toBe('e-0tyfsuw');
    expect(parseTimeline([{ date: '2000/2004', title: 'Talks' }]).events[0]!.id).toBe('e-0z0108l');
  });
});
