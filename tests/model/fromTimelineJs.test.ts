import { describe, expect, it } from 'vitest';
import { fromTimelineJs, parseTimeline, parseTimelineText } from '../../src/model/index.js';
import { problemMessages } from '../helpers/validation.js';

const messages = problemMessages;

const slide = (start_date: unknown, extra: Record<string, unknown> = {}) => ({ start_date, text: { headline: 'Event' }, ...extra });
const dateOf = (start_date: unknown) => fromTimelineJs({ events: [slide(start_date)] }).events[0]!.date;

describe('fromTimelineJs: dates', () => {
  it('infers precision from the parts given', () => {
    const t = parseTimeline(
      fromTimelineJs({
        events: [
          slide({ year: 1963 }),
          slide({ year: 1963, month: 8 }),
          slide({ year: 1963, month: 8, day: 28 }),
          slide({ year: 1963, month: 8, day: 28, hour: 14, minute: 30 }),
        ],
      }),
    );
    expect(t.events.map((e) => [e.date.edtf, e.date.precision])).toEqual([
      ['1963', 'year'],
      ['1963-08', 'month'],
      ['1963-08-28', 'day'],
      ['1963-08-28', 'day'], // no finer precision than the day
    ]);
  });

  it('reads numeric strings and treats blank parts as absent', () => {
    expect(dateOf({ year: '1963', month: '08', day: ' 28 ' })).toBe('1963-08-28');
    expect(dateOf({ year: '1963', month: '', day: '' })).toBe('1963');
    expect(dateOf({ year: 1963, month: null })).toBe('1963');
  });

  it('reads negative years as BCE, the way TimelineJS labels them', () => {
    // TimelineJS shows year -44 as "44 BCE"; EDTF's astronomical year for 44 BCE is -0043.
    expect(dateOf({ year: -44, month: 3, day: 15 })).toBe('-0043-03-15');
    expect(dateOf({ year: '-753' })).toBe('-0752');
    expect(dateOf({ year: -1 })).toBe('0000'); // 1 BCE
    expect(dateOf({ year: 1 })).toBe('0001');
    expect(dateOf({ year: 12000 })).toBe('Y12000');
  });

  it('checks February 29 against the right (proleptic, astronomical) year', () => {
    expect(dateOf({ year: -45, month: 2, day: 29 })).toBe('-0044-02-29'); // 45 BCE = astronomical -44, a leap year
    expect(messages(() => dateOf({ year: -44, month: 2, day: 29 }))).toEqual([
      'events[0].start_date.day: 29 is not a day of that month (1–28)',
    ]);
  });

  it('keeps an end_date and drops one equal to the start or left blank', () => {
    const [a, b, c] = fromTimelineJs({
      events: [
        slide({ year: -509 }, { end_date: { year: -27 } }),
        slide({ year: 117 }, { end_date: { year: '117' } }),
        slide({ year: 2000 }, { end_date: { year: '', month: '', day: '' } }),
      ],
    }).events;
    expect(a).toMatchObject({ date: '-0508', end: '-0026' });
    expect(b).not.toHaveProperty('end');
    expect(c).not.toHaveProperty('end');
  });

  it('reports bad dates by event and part, in TimelineJS terms', () => {
    const m = messages(() =>
      fromTimelineJs({
        events: [
          slide({ year: 2020, month: 13 }, { unique_id: 'x' }),
          slide({ year: '20a' }),
          slide({ year: 0 }),
          slide({ month: 4 }),
          slide({ year: 2024, day: 3 }),
          slide({ year: 2024, month: 2, day: 30 }),
          slide({ year: 2024, hour: 9 }),
          slide({ year: 2024, month: 1, day: 1, minute: 61 }),
          slide({ year: 1.5 }),
          slide('1963-08-28'),
          { text: { headline: 'no date' } },
          slide({ year: 2000 }, { end_date: { year: 1999 } }),
          slide({ year: -13800000000, month: 1 }),
          slide({ year: 'x' }, { end_date: { year: 2000, month: 0 } }),
        ],
      }),
    );
    expect(m).toEqual([
      'events[0] (id "x").start_date.month: 13 is not a month (1–12)',
      'events[1].start_date.year: "20a" is not a whole number',
      'events[2].start_date.year: 0 is not a year in TimelineJS (its years run … -2, -1, 1, 2 …; -1 is 1 BCE)',
      'events[3].start_date.year: missing',
      'events[4].start_date.day: a day needs a month',
      'events[5].start_date.day: 30 is not a day of that month (1–29)',
      'events[6].start_date.hour: a time needs a day',
      'events[7].start_date.minute: 61 is not a minute (0–59)',
      'events[8].start_date.year: 1.5 is not a whole number',
      'events[9].start_date: expected an object such as {"year": 1963, "month": 8, "day": 28}, got string "1963-08-28"',
      'events[10].start_date: missing (expected an object such as {"year": 1963, "month": 8, "day": 28})',
      'events[11].end_date: (year 1999) is before start_date (year 2000)',
      'events[12].start_date.month: months are only supported in years -9999 to 9999 (got year -13800000000)',
      'events[13].start_date.year: "x" is not a whole number',
      'events[13].end_date.month: 0 is not a month (1–12)',
    ]);
  });
});

describe('fromTimelineJs: text and fields', () => {
  it('maps headline, text, group, unique_id, media, eras and the title slide, as plain text', () => {
    const input = fromTimelineJs({
      title: {
        text: { headline: 'Rome: <i>Republic</i> &amp; Empire', text: '<p>ignored</p>' },
        media: { url: 'https://example.org/x.jpg' },
      },
      events: [
        {
          unique_id: 'ides',
          start_date: { year: -44, month: 3, day: 15 },
          text: {
            headline: '<b>Ides of March</b>',
            text: '<p>Stabbed at the <a href="https://example.org">Curia</a>.<br>“Et tu, Brute?”</p>',
          },
          group: ' <span>Republic</span> ',
          display_date: 'The Ides',
          media: { url: 'https://example.org/caesar.jpg', caption: 'Caesar' },
          background: { color: '#000' },
          autolink: true,
        },
      ],
      eras: [{ start_date: { year: -509 }, end_date: { year: -27 }, text: { headline: 'Republic' } }],
      scale: 'human',
    });
    expect(input).toEqual({
      title: 'Rome: Republic & Empire',
      events: [
        {
          id: 'ides',
          date: '-0043-03-15',
          title: 'Ides of March',
          description: 'Stabbed at the Curia.\n“Et tu, Brute?”',
          lane: 'Republic',
          category: 'Republic',
          media: { src: 'https://example.org/caesar.jpg', alt: 'Caesar', caption: 'Caesar' },
        },
      ],
      lanes: ['Republic'],
      eras: [{ date: '-0508', end: '-0026', title: 'Republic' }],
    });
  });

  it('never keeps markup: script content is dropped, entities decoded once', () => {
    const [e] = fromTimelineJs({
      events: [
        slide(
          { year: 2024 },
          { text: { headline: '<script>alert(1)</script>Summit &amp; &lt;b&gt;', text: '<img src=x onerror=alert(1)>' } },
        ),
      ],
    }).events;
    expect(e!.title).toBe('Summit & <b>');
    expect(e).not.toHaveProperty('description');
  });

  it('takes a missing headline from the text, then the media caption', () => {
    const [a, b] = fromTimelineJs({
      events: [
        { start_date: { year: 476 }, text: { text: '<p>Odoacer deposes Romulus Augustulus.</p>' } },
        { start_date: { year: 1453 }, media: { url: 'https://example.org/x.jpg', caption: 'Fall of <i>Constantinople</i>' } },
      ],
    }).events;
    expect(a).toEqual({ date: '0476', title: 'Odoacer deposes Romulus Augustulus.' });
    expect(b).toEqual({
      date: '1453',
      title: 'Fall of Constantinople',
      media: { src: 'https://example.org/x.jpg', alt: 'Fall of Constantinople', caption: 'Fall of Constantinople' },
    });
  });

  it('accepts numbers where spreadsheets write them', () => {
    const [e] = fromTimelineJs({ events: [{ unique_id: 7, start_date: { year: 1984 }, text: { headline: 1984 }, group: 2 }] }).events;
    expect(fromTimelineJs({ events: [{ unique_id: 7, start_date: { year: 1984 }, text: { headline: 1984 }, group: 2 }] })).toEqual({
      events: [{ id: '7', date: '1984', title: '1984', lane: '2', category: '2' }],
      lanes: ['2'],
    });
    expect(e!.lane).toBe('2');
  });

  it('reports text problems and duplicate ids in TimelineJS terms', () => {
    const m = messages(() =>
      fromTimelineJs({
        title: { text: { headline: ['x'] } },
        events: [
          slide({ year: 1 }, { unique_id: 'a' }),
          slide({ year: 2 }, { unique_id: 'a' }),
          { start_date: { year: 3 }, text: { headline: '<img src="x.png">' } },
          { start_date: { year: 4 }, text: 'headline' },
          { start_date: { year: 5 } },
          slide({ year: 6 }, { unique_id: { id: 1 } }),
          'not a slide',
        ],
      }),
    );
    expect(m).toEqual([
      'input.title.text.headline: expected a string (HTML allowed), got array',
      'events[1] (id "a").unique_id: duplicate id "a" (also used by events[0])',
      'events[2].text.headline: "<img src=\\"x.png\\">" has no text once its HTML is removed',
      'events[3].text: expected an object with headline and text, got string "headline"',
      'events[4].text.headline: missing (a slide needs a headline, text or media caption)',
      'events[5].unique_id: expected a string or a number, got object',
      'events[6]: expected a slide object, got string "not a slide"',
    ]);
  });

  it('refuses what is not a TimelineJS document', () => {
    expect(messages(() => fromTimelineJs([]))).toEqual(['input: expected a TimelineJS object with an "events" array, got array']);
    expect(messages(() => fromTimelineJs({ title: { text: { headline: 'T' } } }))).toEqual([
      'input.events: missing (TimelineJS keeps its slides in "events")',
    ]);
    expect(messages(() => fromTimelineJs({ events: {} }))).toEqual(['input.events: expected an array of slides, got object']);
  });

  it('returns plain JSON that parseTimeline accepts unchanged', () => {
    const doc = { events: [slide({ year: -44, month: 3, day: 15 }, { end_date: { year: 14 } })] };
    const input = fromTimelineJs(doc);
    expect(JSON.parse(JSON.stringify(input))).toEqual(input);
    expect(parseTimeline(input)).toEqual(parseTimelineText(JSON.stringify(doc)));
  });
});

describe('parseTimelineText with TimelineJS', () => {
  it('is detected and read, with errors in TimelineJS terms', () => {
    const text = JSON.stringify({ events: [{ start_date: { year: 2024, month: 13 }, text: { headline: 'x' } }] });
    expect(messages(() => parseTimelineText(text))).toEqual(['events[0].start_date.month: 13 is not a month (1–12)']);
    expect(messages(() => parseTimelineText(text, 'timelinejs'))).toEqual(['events[0].start_date.month: 13 is not a month (1–12)']);
    // Read as eventline JSON on request, it is simply events without dates or titles.
    expect(messages(() => parseTimelineText(text, 'json'))).toEqual([
      'events[0].date: missing (expected an EDTF date such as "1948" or "2024-06-19")',
      'events[0].title: missing',
    ]);
  });
});
