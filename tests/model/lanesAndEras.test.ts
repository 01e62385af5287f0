import { describe, expect, it } from 'vitest';
import { LANE_MAX } from '../../src/model/lanes.js';
import { parseTimeline, type ValidationIssue } from '../../src/model/index.js';
import { validationError } from '../helpers/validation.js';

const issuesOf = (input: unknown): readonly ValidationIssue[] => validationError(() => parseTimeline(input)).issues;

const messages = (input: unknown) => issuesOf(input).map((i) => i.message);
const ok = { date: '2000', title: 'Fine' };

describe('parseTimeline: lane', () => {
  it('trims a lane, makes white-space runs one space, and leaves blank lanes out', () => {
    const t = parseTimeline([
      { date: '2000', title: 'a', lane: '  Moscow \n talks ' },
      { date: '2000', title: 'b', lane: '   ' },
      { date: '2000', title: 'c', lane: null },
    ]);
    expect(t.events.map((e) => e.lane)).toEqual(['Moscow talks', undefined, undefined]);
    expect('lane' in t.events[1]!).toBe(false);
  });

  it('orders lanes as listed, then those only events name, in order of first use', () => {
    const t = parseTimeline({
      lanes: ['Pyongyang', ' Moscow '],
      events: [
        { date: '2000', title: 'a', lane: 'Beijing' },
        { date: '2001', title: 'b', lane: 'Moscow' },
        { date: '2002', title: 'c', lane: 'Seoul' },
        { date: '2003', title: 'd', lane: 'Beijing' },
      ],
    });
    expect(t.lanes).toEqual(['Pyongyang', 'Moscow', 'Beijing', 'Seoul']);
  });

  it('gives lanes only when there is one', () => {
    expect('lanes' in parseTimeline([ok])).toBe(false);
    expect('lanes' in parseTimeline({ lanes: [], events: [ok] })).toBe(false);
    expect(parseTimeline([{ ...ok, lane: 'x' }]).lanes).toEqual(['x']);
  });

  it('takes a lane name of up to the cap, counted in characters, and refuses a longer one', () => {
    const emoji = '🇰🇵'.repeat(LANE_MAX / 2);
    expect(parseTimeline([{ ...ok, lane: emoji }]).events[0]!.lane).toBe(emoji);
    expect(messages([ok, { ...ok, id: 'x', lane: 'a'.repeat(LANE_MAX + 1) }])).toEqual([
      `events[1] (id "x").lane: "${'a'.repeat(40)}…" is longer than ${LANE_MAX} characters (a lane's name labels its row)`,
    ]);
  });

  it('refuses a lane that is not a string or holds characters SVG cannot carry', () => {
    expect(
      messages([
        { ...ok, lane: 3 },
        { ...ok, lane: 'a\u0001b' },
      ]),
    ).toEqual([
      "events[0].lane: expected a string (the lane's name), got number",
      'events[1].lane: contains U+0001, a control character or lone surrogate that SVG cannot hold',
    ]);
  });

  it('reports problems in lanes by position', () => {
    expect(issuesOf({ lanes: ['a', ' ', 'b', ' a', 7], events: [ok] })).toEqual([
      { field: 'lanes[1]', message: 'input.lanes[1]: is empty (expected a lane name)' },
      { field: 'lanes[3]', message: 'input.lanes[3]: "a" is listed twice (also lanes[0])' },
      { field: 'lanes[4]', message: "input.lanes[4]: expected a string (the lane's name), got number" },
    ]);
    expect(messages({ lanes: 'a,b', events: [ok] })).toEqual(['input.lanes: expected an array of lane names, got string "a,b"']);
  });
});

describe('parseTimeline: eras', () => {
  it('reads eras with date and end, an interval, or a date alone, and a localized title', () => {
    const t = parseTimeline({
      eras: [
        { date: '1950-06-25', end: '1953-07-27', title: { en: ' Korean War ', ar: 'الحرب الكورية' } },
        { date: '1991/2000', title: 'After the USSR' },
        { date: '196X', title: 'Sixties' },
      ],
      events: [ok],
    });
    const [war, after, sixties] = t.eras!;
    expect(war).toMatchObject({ index: 0, title: { en: 'Korean War', ar: 'الحرب الكورية' } });
    expect([war!.date.start, war!.end!.end]).toEqual([Date.UTC(1950, 5, 25), Date.UTC(1953, 6, 28)]);
    expect([after!.date.edtf, after!.end!.edtf]).toEqual(['1991', '2000']);
    expect(sixties).toMatchObject({ index: 2, date: { precision: 'decade', start: Date.UTC(1960, 0, 1), end: Date.UTC(1970, 0, 1) } });
    expect('end' in sixties!).toBe(false);
  });

  it('gives eras only when there is one', () => {
    expect('eras' in parseTimeline({ events: [ok] })).toBe(false);
    expect('eras' in parseTimeline({ eras: [], events: [ok] })).toBe(false);
  });

  it('names each problem eras[i].field', () => {
    expect(
      issuesOf({
        eras: [
          { date: '1953', end: '1950', title: 'Backwards' },
          { date: '1950-13', title: 'x' },
          { end: '1950' },
          'Cold War',
          { date: '1950/1953', end: '1960', title: 'x' },
          { date: '2000/..', title: 'Ongoing' },
          { date: '2000', end: '..', title: 'Ongoing' },
          { date: '2000', title: { en: 7 } },
        ],
        events: [ok],
      }),
    ).toEqual([
      { field: 'eras[0].end', message: 'input.eras[0].end: 1950 is before date 1953' },
      { field: 'eras[1].date', message: 'input.eras[1].date: "1950-13" is not a valid date: month 13' },
      { field: 'eras[2].date', message: 'input.eras[2].date: missing (expected an EDTF date such as "1948" or "2024-06-19")' },
      { field: 'eras[2].title', message: 'input.eras[2].title: missing' },
      { field: 'eras[3]', message: 'input.eras[3]: expected an object with date, end and title, got string "Cold War"' },
      { field: 'eras[4].end', message: 'input.eras[4].end: not allowed when date is already an interval ("1950/1953")' },
      { field: 'eras[5].date', message: 'input.eras[5].date: "2000/..": an era needs both ends (open or unknown ends are for events)' },
      { field: 'eras[6].end', message: 'input.eras[6].end: ".." (ongoing): an era needs both ends (open or unknown ends are for events)' },
      { field: 'eras[7].title.en', message: 'input.eras[7].title.en: expected a string, got number' },
    ]);
    expect(messages({ eras: {}, events: [ok] })).toEqual(['input.eras: expected an array of eras ({ date, end, title }), got object']);
  });

  it('reports era problems together with event problems, in one error', () => {
    expect(messages({ eras: [{ date: 'x', title: 'y' }], events: [{ title: 'no date' }] })).toEqual([
      expect.stringMatching(/^input\.eras\[0\]\.date: "x" is not a valid date/),
      'events[0].date: missing (expected an EDTF date such as "1948" or "2024-06-19")',
    ]);
  });
});
