import { describe, expect, it } from 'vitest';
import { fromVisItems, parseTimeline, parseTimelineText } from '../../src/model/index.js';
import { problemMessages } from '../helpers/validation.js';

const messages = problemMessages;

const item = (start: unknown, extra: Record<string, unknown> = {}) => ({ start, content: 'Event', ...extra });
const parsedDate = (start: unknown) => parseTimeline(fromVisItems([item(start)])).events[0]!.date;

describe('fromVisItems: dates', () => {
  it('keeps the precision written in ISO strings', () => {
    expect([parsedDate('2024'), parsedDate('2024-06'), parsedDate('2024-06-19')].map((d) => [d.edtf, d.precision])).toEqual([
      ['2024', 'year'],
      ['2024-06', 'month'],
      ['2024-06-19', 'day'],
    ]);
  });

  it('turns instants into their day: UTC when a zone is given, else the day as written', () => {
    expect(parsedDate('2024-06-19T23:30:00-05:00').edtf).toBe('2024-06-20');
    expect(parsedDate('2024-06-19T23:30:00Z').edtf).toBe('2024-06-19');
    expect(parsedDate('2024-06-19T23:30').edtf).toBe('2024-06-19');
    expect(parsedDate('2024-06-19 10:00').edtf).toBe('2024-06-19');
    expect(parsedDate('2024-06-19T10:00:00.123+03:00').precision).toBe('day');
  });

  it('reads numbers, digit strings other than four digits, /Date(ms)/ and Dates as milliseconds', () => {
    const ms = Date.UTC(2024, 5, 19, 12);
    expect(parsedDate(ms).edtf).toBe('2024-06-19');
    expect(parsedDate(String(ms)).edtf).toBe('2024-06-19'); // vis-timeline 7+ reads digit strings as milliseconds
    expect(parsedDate(`/Date(${ms})/`).edtf).toBe('2024-06-19');
    expect(parsedDate(`/Date(${ms}+0200)/`).edtf).toBe('2024-06-19');
    expect(parsedDate(new Date(ms)).edtf).toBe('2024-06-19');
    expect(parsedDate(0).edtf).toBe('1970-01-01');
    expect(parsedDate(-2208988800000).edtf).toBe('1900-01-01');
  });

  it('reads ISO expanded years (astronomical, as in JavaScript)', () => {
    expect(parsedDate('-000044-03-15').edtf).toBe('-0044-03-15');
    expect(parsedDate('+002024-06-19').edtf).toBe('2024-06-19');
  });

  it('converts to EDTF strings, so the result is plain JSON', () => {
    const input = fromVisItems([item(new Date(Date.UTC(2024, 5, 19)), { end: Date.UTC(2024, 5, 21) })]);
    expect(input.events[0]).toEqual({ date: '2024-06-19', end: '2024-06-21', title: 'Event' });
    expect(JSON.parse(JSON.stringify(input))).toEqual(input);
  });

  it('keeps an end after the start and drops one equal to it', () => {
    const [a, b] = fromVisItems([item('1950-06-25', { end: '1953-07-27' }), item('2024-06-19', { end: '2024-06-19T18:00' })]).events;
    expect(a).toMatchObject({ date: '1950-06-25', end: '1953-07-27' });
    expect(b).not.toHaveProperty('end');
  });

  it('refuses dates that browsers read differently, naming item and field', () => {
    const m = messages(() =>
      fromVisItems([
        item('June 19, 2024', { id: 1 }),
        item('2024/06/19'),
        item('2024-13-01'),
        item('2001-21'),
        item('2024-02-30'),
        item('2024-W25'),
        item('+012024'),
        item(undefined),
        item(Infinity),
        item(9e15),
        item({ year: 2024 }),
        item('2024-06-19', { end: '2024-06-18' }),
        item('1948~'),
        item('yesterday', { end: 'tomorrow' }),
      ]),
    );
    const hint =
      'is not a date every browser reads alike (expected ISO 8601 such as "2024-06-19" or "2024-06-19T10:00:00Z", "/Date(ms)/", or milliseconds since 1970)';
    expect(m).toEqual([
      `items[0] (id "1").start: "June 19, 2024" ${hint}; write 2024-06-19`,
      `items[1].start: "2024/06/19" ${hint}; write 2024-06-19`,
      'items[2].start: "2024-13-01" is not a valid date: month 13',
      'items[3].start: "2001-21" is not a valid date: month 21',
      'items[4].start: "2024-02-30" is not a valid date: day 30 does not exist in 2024-02 (February 2024 has 29 days)',
      `items[5].start: "2024-W25" ${hint}`,
      'items[6].start: "+012024": years beyond 9999 are only supported as a plain year (eventline JSON, e.g. "Y-12000")',
      'items[7].start: missing (expected e.g. "2024-06-19", a Date or milliseconds since 1970)',
      'items[8].start: Infinity is not a time',
      'items[9].start: 9000000000000000 milliseconds is outside the range of JavaScript dates',
      'items[10].start: expected an ISO 8601 string, a Date or milliseconds since 1970, got object',
      'items[11].end: 2024-06-18 is before start 2024-06-19',
      `items[12].start: "1948~" ${hint}`,
      `items[13].start: "yesterday" ${hint}`,
      `items[13].end: "tomorrow" ${hint}`,
    ]);
  });
});

describe('fromVisItems: content and fields', () => {
  it('maps content, title, group and id, as plain text', () => {
    const input = fromVisItems([
      {
        id: 1,
        start: '2024-06-19',
        content: '<b>Summit</b> in Pyongyang',
        title: 'Putin &amp; Kim <i>sign</i>',
        group: 'diplomacy',
        type: 'box',
        className: 'x',
        style: 'color: red',
        editable: true,
      },
      { id: 'talks', start: '2019-04-25', content: 'Talks', group: 3, subgroup: 'a' },
    ]);
    expect(input).toEqual({
      events: [
        {
          id: '1',
          date: '2024-06-19',
          title: 'Summit in Pyongyang',
          description: 'Putin & Kim sign',
          lane: 'diplomacy',
          category: 'diplomacy',
        },
        { id: 'talks', date: '2019-04-25', title: 'Talks', lane: '3', category: '3' },
      ],
    });
  });

  it('names lanes after their groups, from {items, groups} or the second argument, in the groups’ order', () => {
    const items = [item('2024', { group: 1 }), item('2025', { group: 'p' }), item('2026', { group: 9 }), item('2027', { group: 'bare' })];
    const groups = [
      { id: 'p', content: 'Phases' },
      { id: 1, content: '<b>Milestones</b>' },
      { id: 'bare' },
      { id: 'unused', content: ' Spare \n row ' },
    ];
    const expected = ['Milestones', 'Phases', '9', 'bare'];
    expect(fromVisItems({ items, groups }).events.map((e) => e.lane)).toEqual(expected);
    expect(fromVisItems(items, groups).events.map((e) => e.lane)).toEqual(expected);
    expect(fromVisItems(items, groups).lanes).toEqual(['Phases', 'Milestones', 'bare', 'Spare row']);
    // Lanes only items name follow, in order of first use.
    expect(parseTimeline(fromVisItems(items, groups)).lanes).toEqual(['Phases', 'Milestones', 'bare', 'Spare row', '9']);
    expect(fromVisItems(items)).not.toHaveProperty('lanes');
  });

  it('makes background items eras, counting items by their place in the file', () => {
    const input = fromVisItems([
      item('1950-06-25', { type: 'background', end: '1953-07-27T00:00:00Z', content: '<i>Korean</i> War', id: 'war' }),
      item('2024'),
      item('1991', { type: 'background', end: '1991', content: 'One year' }),
      item('2000', { type: 'background', end: '2004', content: undefined }),
    ]);
    expect(input).toEqual({
      events: [{ date: '2024', title: 'Event' }],
      eras: [
        { date: '1950-06-25', end: '1953-07-27', title: 'Korean War' },
        { date: '1991', title: 'One year' },
      ],
    });
    const m = messages(() =>
      fromVisItems([
        item('1991', { type: 'background', content: '' }),
        item('2024-13'),
        item('2000', { type: 'background', end: '1999', content: 'x', id: 7 }),
        item('2000-13', { type: 'background', end: '2001', content: 'x' }),
        { type: 'background', content: 'x' },
      ]),
    );
    expect(m).toEqual([
      'items[0].end: missing (a background item shades the time from start to end)',
      'items[1].start: "2024-13" is not a valid date: month 13',
      'items[2] (id "7").end: 1999 is before start 2000',
      'items[3].start: "2000-13" is not a valid date: month 13',
      'items[4].start: missing (a background item shades the time from start to end)',
      'items[4].end: missing (a background item shades the time from start to end)',
    ]);
  });

  it('never keeps markup', () => {
    const [e] = fromVisItems([
      item('2024', { content: '<script>alert(1)</script>Summit &amp; co', title: '<img src=x onerror=alert(1)>' }),
    ]).events;
    expect(e).toEqual({ date: '2024', title: 'Summit & co' });
  });

  it('reads a DOM element through its text', () => {
    const element = { nodeType: 1, textContent: ' <b> is a tag & so on ' };
    expect(fromVisItems([item('2024', { content: element })]).events[0]!.title).toBe('<b> is a tag & so on');
  });

  it('reports content, id and group problems and duplicate ids in vis terms', () => {
    const m = messages(() =>
      fromVisItems([
        item('2024', { id: 7 }),
        item('2025', { id: 7 }),
        item('2026', { content: '<img src="x.png">' }),
        { start: '2027' },
        item('2028', { content: { html: 'x' } }),
        item('2029', { group: [1] }),
        item('2030', { id: true }),
        null,
        item('2031', { content: '  ' }),
      ]),
    );
    expect(m).toEqual([
      'items[1] (id "7").id: duplicate id "7" (also used by items[0])',
      'items[2].content: "<img src=\\"x.png\\">" has no text once its HTML is removed',
      'items[3].content: missing',
      'items[4].content: expected a string (HTML allowed), got object',
      'items[5].group: expected a group id (string or number), got array',
      'items[6].id: expected a string or a number, got boolean',
      'items[7]: expected an item object, got null',
      'items[8].content: is empty',
    ]);
  });

  it('refuses what is not a list of items', () => {
    expect(messages(() => fromVisItems({ events: [] }))).toEqual([
      'input: expected an array of vis-timeline items or an object with an "items" array, got object',
    ]);
    expect(messages(() => fromVisItems('[]'))).toEqual([
      'input: expected an array of vis-timeline items or an object with an "items" array, got string "[]"',
    ]);
    expect(messages(() => fromVisItems({ items: [], groups: 'x' }))).toEqual(['input.groups: expected an array of groups, got string "x"']);
  });
});

describe('parseTimelineText with vis items', () => {
  it('is detected and read, with errors in vis terms', () => {
    expect(parseTimelineText('[{"id": 1, "start": "2024-06", "content": "<b>Summit</b>"}]').events[0]).toMatchObject({
      id: '1',
      title: 'Summit',
      date: { precision: 'month' },
    });
    expect(messages(() => parseTimelineText('{"items": [{"start": "2024-13", "content": "x"}]}'))).toEqual([
      'items[0].start: "2024-13" is not a valid date: month 13',
    ]);
    expect(parseTimelineText('[]', 'vis').events).toEqual([]);
  });
});
