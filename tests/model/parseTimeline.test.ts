import { describe, expect, it } from 'vitest';
import { eventId, parseTimeline, ValidationError, type ValidationIssue } from '../../src/model/index.js';
import { validationError } from '../helpers/validation.js';

/** The issues parseTimeline reports for `input`; fails the test if it does not throw. */
const issuesOf = (input: unknown): readonly ValidationIssue[] => validationError(() => parseTimeline(input)).issues;

/** Messages for one bad event, placed at index 0. */
function messagesFor(event: Record<string, unknown>): string[] {
  return issuesOf([event]).map((i) => i.message);
}

const ok = { date: '2000', title: 'Fine' };

describe('parseTimeline: valid input', () => {
  it('skips the holes of a sparse array, as forEach would, keeping each event its index', () => {
    // eslint-disable-next-line no-sparse-arrays
    const t = parseTimeline([{ date: '1948', title: 'a' }, , { date: '1961', title: 'b' }]);
    expect(t.events.map((e) => e.index)).toEqual([0, 2]);
  });

  it('accepts an array of events and keeps order and index', () => {
    const t = parseTimeline([
      { date: '2024-06-19', title: ' Summit ' },
      { date: '1948', title: 'Nakba' },
    ]);
    expect(t.events.map((e) => e.index)).toEqual([0, 1]);
    expect(t.events.map((e) => e.title)).toEqual(['Summit', 'Nakba']);
    expect(t.events[0]!.date.start).toBe(Date.UTC(2024, 5, 19));
    expect('title' in t).toBe(false);
  });

  it('accepts the object form with a localized title and a locale', () => {
    const t = parseTimeline({ title: { en: ' Talks ', ar: 'محادثات' }, locale: 'ar', events: [ok] });
    expect(t.title).toEqual({ en: 'Talks', ar: 'محادثات' });
    expect(t.locale).toBe('ar');
    expect(t.events).toHaveLength(1);
  });

  it('keeps every field and drops absent ones', () => {
    const t = parseTimeline([
      {
        date: '2024-06-19',
        end: '2024-06-21',
        title: { en: 'Summit', ar: 'قمة' },
        description: 'Three days.',
        category: ' diplomacy ',
        id: ' summit ',
        url: 'https://example.org/summit',
        source: { publication: { ar: 'عمان' }, agency: 'Reuters', quote: 'They met.', url: 'http://example.org/a' },
        extra: 'ignored',
      },
      { date: '1948', title: 'Nakba', description: null, category: null, id: null, url: null, source: null, end: null },
    ]);
    const [a, b] = t.events;
    expect(a).toEqual({
      id: 'summit',
      index: 0,
      date: expect.objectContaining({ edtf: '2024-06-19' }),
      end: expect.objectContaining({ edtf: '2024-06-21' }),
      title: { en: 'Summit', ar: 'قمة' },
      description: 'Three days.',
      category: 'diplomacy',
      url: 'https://example.org/summit',
      source: { publication: { ar: 'عمان' }, agency: 'Reuters', quote: 'They met.', url: 'http://example.org/a' },
    });
    expect(Object.keys(b!).sort()).toEqual(['date', 'id', 'index', 'title']);
  });

  it('turns an EDTF interval into date and end', () => {
    const [e] = parseTimeline([{ date: '2000/2004', title: 'Talks' }]).events;
    expect(e!.date.start).toBe(Date.UTC(2000, 0, 1));
    expect(e!.end?.end).toBe(Date.UTC(2005, 0, 1));
  });

  it('accepts JS Dates for date and end', () => {
    const [e] = parseTimeline([{ date: new Date('2024-06-19T10:00:00Z'), end: new Date('2024-06-20T00:00:00Z'), title: 'x' }]).events;
    expect(e!.date.edtf).toBe('2024-06-19');
    expect(e!.end?.edtf).toBe('2024-06-20');
  });

  it('allows an end that starts with the date', () => {
    const [e] = parseTimeline([{ date: '2000', end: '2000-01-01', title: 'x' }]).events;
    expect(e!.end?.start).toBe(e!.date.start);
  });

  it('drops blank optional text and blank title entries', () => {
    const [e] = parseTimeline([{ date: '2000', title: { en: 'X', ar: '  ' }, description: '  ', category: '', url: ' ' }]).events;
    expect(e).toEqual({ id: expect.any(String), index: 0, date: expect.anything(), title: { en: 'X' } });
  });

  it('accepts an empty event list', () => {
    expect(parseTimeline([]).events).toEqual([]);
  });

  it('does not modify its input', () => {
    const input = [{ date: '2000', title: ' x ', source: { agency: ' R ' } }];
    const copy = structuredClone(input);
    parseTimeline(input);
    expect(input).toEqual(copy);
  });
});

describe('parseTimeline: ids', () => {
  it('derives ids from content, stable across calls', () => {
    const input = [
      { date: '2000', title: 'A' },
      { date: '2001', title: 'B' },
    ];
    const first = parseTimeline(input).events.map((e) => e.id);
    const second = parseTimeline(structuredClone(input)).events.map((e) => e.id);
    expect(first).toEqual(second);
    expect(first[0]).toBe(eventId({ date: '2000', title: 'A' }));
    expect(new Set(first).size).toBe(2);
  });

  it('does not depend on position when content is unique', () => {
    const a = parseTimeline([
      { date: '2000', title: 'A' },
      { date: '2001', title: 'B' },
    ]).events;
    const b = parseTimeline([
      { date: '2001', title: 'B' },
      { date: '2000', title: 'A' },
    ]).events;
    expect(a[0]!.id).toBe(b[1]!.id);
  });

  it('suffixes repeated derived ids in input order', () => {
    const base = eventId({ date: '2000', title: 'A' });
    const ids = parseTimeline([ok, { date: '2000', title: 'A' }, { date: '2000', title: 'A' }, { date: '2000', title: 'A' }]).events.map(
      (e) => e.id,
    );
    expect(ids.slice(1)).toEqual([base, `${base}-2`, `${base}-3`]);
  });

  it('never lets a derived id take an explicit one', () => {
    const base = eventId({ date: '2000', title: 'A' });
    const ids = parseTimeline([
      { date: '2000', title: 'A' },
      { date: '1999', title: 'Z', id: base },
      { date: '1998', title: 'Y', id: `${base}-2` },
      { date: '2000', title: 'A' },
    ]).events.map((e) => e.id);
    expect(ids).toEqual([`${base}-3`, base, `${base}-2`, `${base}-4`]);
    expect(new Set(ids).size).toBe(4);
  });
});

describe('parseTimeline: whole-input problems', () => {
  it.each([[42], ['text'], [null], [undefined], [{}], [{ title: 'x' }]])('rejects %j', (input) => {
    expect(issuesOf(input)).toEqual([{ message: 'input: expected an array of events or an object with an "events" array' }]);
  });

  it('rejects events that are not an array', () => {
    expect(issuesOf({ events: { 0: ok } })).toEqual([
      { field: 'events', message: 'input.events: expected an array of events, got object' },
    ]);
  });

  it('validates the top-level title and locale', () => {
    expect(issuesOf({ title: 5, locale: '', events: [ok] }).map((i) => i.message)).toEqual([
      'input.title: expected a string or an object of language → string, got number',
      'input.locale: expected a non-empty string, got an empty string',
    ]);
    expect(issuesOf({ locale: 'en_US', events: [ok] })[0]!.message).toBe(
      'input.locale: "en_US" is not a valid BCP 47 language tag (e.g. "en", "ar" or "ar-EG")',
    );
    expect(issuesOf({ locale: 7, events: [ok] })[0]!.field).toBe('locale');
  });

  it.each([
    [1, 'number'],
    [null, 'null'],
    [[ok], 'array'],
    ['2000', 'string "2000"'],
    [new Date(0), 'Date'],
  ])('rejects the event %j', (event, got) => {
    expect(issuesOf([ok, event])).toEqual([{ index: 1, message: `events[1]: expected an object, got ${got}` }]);
  });
});

describe('parseTimeline: event problems', () => {
  it('names event index, id and field exactly', () => {
    const input = [ok, ok, ok, { date: '2024-13-01', title: 'Summit', id: 'summit' }];
    expect(issuesOf(input)).toEqual([
      { index: 3, id: 'summit', field: 'date', message: 'events[3] (id "summit").date: "2024-13-01" is not a valid date: month 13' },
    ]);
  });

  it('omits the id part when the event has none', () => {
    expect(messagesFor({ date: '2024-13-01', title: 'x' })).toEqual(['events[0].date: "2024-13-01" is not a valid date: month 13']);
  });

  it('reports a missing date', () => {
    expect(messagesFor({ title: 'x' })).toEqual(['events[0].date: missing (expected an EDTF date such as "1948" or "2024-06-19")']);
    expect(messagesFor({ title: 'x', date: null })[0]).toMatch(/^events\[0\]\.date: missing/);
  });

  it('reports an impossible day', () => {
    expect(messagesFor({ date: '2023-02-29', title: 'x' })).toEqual([
      'events[0].date: "2023-02-29" is not a valid date: day 29 does not exist in 2023-02 (February 2023 has 28 days)',
    ]);
  });

  it('reports a date of the wrong type and an invalid Date', () => {
    expect(messagesFor({ date: 1948, title: 'x' })).toEqual(['events[0].date: expected an EDTF date string or a Date, got number']);
    expect(messagesFor({ date: new Date('nope'), title: 'x' })).toEqual(['events[0].date: invalid Date']);
  });

  it('reports an invalid end', () => {
    expect(messagesFor({ date: '2000', end: '2000-99', title: 'x' })).toEqual([
      'events[0].end: "2000-99" is not a valid date: month 99 (expected 01–12, or 21–24 for a season)',
    ]);
    expect(messagesFor({ date: '2000', end: 2004, title: 'x' })).toEqual([
      'events[0].end: expected an EDTF date string or a Date, got number',
    ]);
    expect(messagesFor({ date: '2000', end: new Date(NaN), title: 'x' })).toEqual(['events[0].end: invalid Date']);
    expect(messagesFor({ date: '2000', end: '2001/2002', title: 'x' })[0]).toMatch(
      /^events\[0\]\.end: "2001\/2002" is not a valid date: this is an interval/,
    );
  });

  it('reports an end before the date', () => {
    expect(issuesOf([{ date: '2000', end: '1999-12-31', title: 'x', id: 'a' }])).toEqual([
      { index: 0, id: 'a', field: 'end', message: 'events[0] (id "a").end: 1999-12-31 is before date 2000' },
    ]);
  });

  it('reports an invalid or reversed interval in date', () => {
    expect(messagesFor({ date: '2004/2000', title: 'x' })).toEqual([
      'events[0].date: "2004/2000" is not a valid date: interval end 2000 is before its start 2004',
    ]);
    expect(messagesFor({ date: '../..', title: 'x' })).toEqual([
      'events[0].date: "../.." is not a valid date: an interval needs a date on at least one side (e.g. 2022-02-24/.. or ../1950)',
    ]);
  });

  it('refuses an interval date together with an end', () => {
    expect(issuesOf([{ date: '2000/2004', end: '2005', title: 'x' }])).toEqual([
      { index: 0, field: 'end', message: 'events[0].end: not allowed when date is already an interval ("2000/2004")' },
    ]);
  });

  // prettier-ignore
  it.each([
    [{ date: '2000' }, 'title', 'events[0].title: missing'],
    [{ date: '2000', title: null }, 'title', 'events[0].title: missing'],
    [{ date: '2000', title: '' }, 'title', 'events[0].title: is empty'],
    [{ date: '2000', title: '   ' }, 'title', 'events[0].title: is empty'],
    [{ date: '2000', title: {} }, 'title', 'events[0].title: has no non-blank text in any language'],
    [{ date: '2000', title: { en: ' ' } }, 'title', 'events[0].title: has no non-blank text in any language'],
    [{ date: '2000', title: { en: 'x', ar: 3 } }, 'title.ar', 'events[0].title.ar: expected a string, got number'],
    [{ date: '2000', title: 42 }, 'title', 'events[0].title: expected a string or an object of language → string, got number'],
    [{ date: '2000', title: ['x'] }, 'title', 'events[0].title: expected a string or an object of language → string, got array'],
    [{ ...ok, description: 5 }, 'description', 'events[0].description: expected a string or an object of language → string, got number'],
    [{ ...ok, description: { en: true } }, 'description.en', 'events[0].description.en: expected a string, got boolean'],
    [{ ...ok, category: 5 }, 'category', 'events[0].category: expected a string, got number'],
    [{ ...ok, id: '' }, 'id', 'events[0].id: expected a non-empty string, got an empty string'],
    [{ ...ok, id: '  ' }, 'id', 'events[0].id: expected a non-empty string, got an empty string'],
    [{ ...ok, id: 7 }, 'id', 'events[0].id: expected a non-empty string, got number'],
    [{ ...ok, url: 'javascript:alert(1)' }, 'url', 'events[0].url: "javascript:alert(1)" is not an http(s) URL'],
    [{ ...ok, url: 'data:text/html,<b>x</b>' }, 'url', 'events[0].url: "data:text/html,<b>x</b>" is not an http(s) URL'],
    [{ ...ok, url: 'ftp://example.org/x' }, 'url', 'events[0].url: "ftp://example.org/x" is not an http(s) URL'],
    [{ ...ok, url: '/relative/path' }, 'url', 'events[0].url: "/relative/path" is not an absolute http(s) URL'],
    [{ ...ok, url: 'example.org' }, 'url', 'events[0].url: "example.org" is not an absolute http(s) URL'],
    [{ ...ok, url: 42 }, 'url', 'events[0].url: expected a string, got number'],
    [{ ...ok, source: 'Reuters' }, 'source', 'events[0].source: expected an object with publication, agency, quote or url, got string "Reuters"'],
    [{ ...ok, source: ['Reuters'] }, 'source', 'events[0].source: expected an object with publication, agency, quote or url, got array'],
    [{ ...ok, source: { agency: 5 } }, 'source.agency', 'events[0].source.agency: expected a string or an object of language → string, got number'],
    [{ ...ok, source: { publication: { ar: 1 } } }, 'source.publication.ar', 'events[0].source.publication.ar: expected a string, got number'],
    [{ ...ok, source: { quote: false } }, 'source.quote', 'events[0].source.quote: expected a string or an object of language → string, got boolean'],
    [{ ...ok, source: { url: 'javascript:void 0' } }, 'source.url', 'events[0].source.url: "javascript:void 0" is not an http(s) URL'],
    [{ ...ok, source: { url: 3 } }, 'source.url', 'events[0].source.url: expected a string, got number'],
  ])('%j → %s', (event, field, message) => {
    expect(issuesOf([event])).toEqual([{ index: 0, field, message }]);
  });

  it('names both events of a duplicate id', () => {
    expect(
      issuesOf([
        { ...ok, id: 'a' },
        { ...ok, id: 'b' },
        { ...ok, id: ' a ' },
      ]),
    ).toEqual([{ index: 2, id: 'a', field: 'id', message: 'events[2] (id "a").id: duplicate id "a" (also used by events[0])' }]);
  });

  it('names the id in every message about an event', () => {
    expect(issuesOf([{ date: 'x', title: '', id: 'k' }]).map((i) => i.message)).toEqual([
      'events[0] (id "k").date: "x" is not a valid date: not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      'events[0] (id "k").title: is empty',
    ]);
  });
});

describe('parseTimeline: collecting problems', () => {
  it('reports every problem at once, in input order', () => {
    let error: unknown;
    try {
      parseTimeline({
        title: 3,
        events: [
          { date: '2024-13-01', title: '', id: 'a' },
          ok,
          'not an event',
          { date: '2000', end: '1999', title: 'x', url: 'javascript:x', id: 'a' },
          { title: { en: 1 }, source: { url: 'mailto:x@example.org' } },
        ],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => [i.index, i.field])).toEqual([
      [undefined, 'title'],
      [0, 'date'],
      [0, 'title'],
      [2, undefined],
      [3, 'end'],
      [3, 'url'],
      [3, 'id'],
      [4, 'date'],
      [4, 'title.en'],
      [4, 'source.url'],
    ]);
    expect((error as ValidationError).message).toMatch(/^Invalid timeline input \(10 problems\):\n/);
    expect((error as ValidationError).message).toContain('events[3] (id "a").id: duplicate id "a" (also used by events[0])');
  });
});

describe('parseTimeline: text that XML cannot carry', () => {
  it('refuses ids and urls holding control characters or lone surrogates (they go into SVG attributes)', () => {
    expect(messagesFor({ date: '2000', title: 'x', id: 'a\u0001b' })).toEqual([
      'events[0] (id "a\\u0001b").id: contains U+0001, a control character or lone surrogate that SVG cannot hold',
    ]);
    expect(messagesFor({ date: '2000', title: 'x', id: 'a\uD800' })).toEqual([
      'events[0] (id "a\\ud800").id: contains U+D800, a control character or lone surrogate that SVG cannot hold',
    ]);
    expect(messagesFor({ date: '2000', title: 'x', url: 'https://example.org/\uFFFF' })).toEqual([
      'events[0].url: "https://example.org/\uFFFF" contains U+FFFF, a control character or lone surrogate that SVG cannot hold',
    ]);
    expect(messagesFor({ date: '2000', title: 'x', source: { url: 'https://example.org/\u0001' } })).toEqual([
      'events[0].source.url: "https://example.org/\\u0001" contains U+0001, a control character or lone surrogate that SVG cannot hold',
    ]);
  });

  it('keeps ids and urls with other unusual characters', () => {
    const t = parseTimeline([{ date: '2000', title: 'x', id: 'قمة 👨‍👩‍👧 "<&>" \u202E', url: 'https://example.org/قمة?q="<>"' }]);
    expect(t.events[0]!.id).toBe('قمة 👨‍👩‍👧 "<&>" \u202E');
    expect(t.events[0]!.url).toBe('https://example.org/قمة?q="<>"');
  });
});
