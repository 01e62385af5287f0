import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, fromTimelineJs, parseTimeline, parseTimelineText, type Timeline, ValidationError } from '../../src/model/index.js';
import { validationError } from '../helpers/validation.js';

const issues = (run: () => unknown): ValidationError['issues'] => validationError(run).issues;
const messages = (run: () => unknown) => issues(run).map((i) => i.message);

const v2 = (date: unknown[], top: Record<string, unknown> = {}) => ({ timeline: { headline: 'T', type: 'default', ...top, date } });
const at = (startDate: unknown, extra: Record<string, unknown> = {}) => ({ startDate, headline: 'Event', ...extra });
/** The EDTF of the start (and end) each legacy date becomes. */
const dates = (...items: unknown[]) => fromTimelineJs(v2(items)).events.map((e) => (e.end ? `${e.date}/${e.end}` : e.date));
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');
const summary = (t: Timeline) => t.events.map((e) => [e.end ? `${e.date.edtf}/${e.end.edtf}` : e.date.edtf, e.date.precision]);

describe('fromTimelineJs: TimelineJS 2 dates ({ timeline: { date } })', () => {
  it('takes the precision from the parts written: year, month, day; a time is checked, then dropped', () => {
    const t = parseTimeline(
      fromTimelineJs(v2([at('1932'), at('1932,2'), at('1932,2,27'), at('1932,2,27,14,30'), at('1932,2,27,14,30,15,500')])),
    );
    expect(t.events.map((e) => [e.date.edtf, e.date.precision])).toEqual([
      ['1932', 'year'],
      ['1932-02', 'month'],
      ['1932-02-27', 'day'],
      ['1932-02-27', 'day'],
      ['1932-02-27', 'day'],
    ]);
  });

  it('reads numbers, blank parts, spaces and the zero month or day TimelineJS 2 skips', () => {
    expect(dates(at(1932), at(' 1932 , 02 , 7 '), at('1932,,'), at('1932,0,0'), at('1932,2,0'))).toEqual([
      '1932',
      '1932-02-07',
      '1932',
      '1932',
      '1932-02',
    ]);
  });

  it('reads the US month/day/year and ISO forms TimelineJS 2 also met in files', () => {
    expect(
      dates(at('2/27/1932'), at('2/1932'), at('2/27/1932 14:30'), at('1932-02-27'), at('1932-02'), at('1932-02-27T14:30:00Z')),
    ).toEqual(['1932-02-27', '1932-02', '1932-02-27', '1932-02-27', '1932-02', '1932-02-27']);
  });

  it('reads negative years as BCE, as TimelineJS shows them ("-44" is 44 BCE)', () => {
    // TimelineJS 2 sets the year with setFullYear(-44) and labels it "44 B.C."; EDTF's 44 BCE is -0043.
    expect(dates(at('-44,3,15'), at(-753), at('-1'), at('-0044'), at('3/15/-44'))).toEqual([
      '-0043-03-15',
      '-0752',
      '0000',
      '-0043',
      '-0043-03-15',
    ]);
  });

  it('keeps an endDate, and drops one that is blank or equal to the start', () => {
    expect(
      dates(
        at('1899,3,26', { endDate: '1917,3' }),
        at('1932', { endDate: '' }),
        at('1932', { endDate: null }),
        at('1932,2', { endDate: '1932,2' }),
      ),
    ).toEqual(['1899-03-26/1917-03', '1932', '1932', '1932-02']);
  });

  it('makes the top-level headline the title; its startDate, text and asset only made the title slide', () => {
    const input = fromTimelineJs({
      timeline: {
        headline: '<b>Babylon</b> &amp; Berlin',
        text: '<p>Intro</p>',
        startDate: '1800',
        asset: { caption: 'Gate' },
        date: [at('1899'), at('1930')],
      },
    });
    expect(input).toEqual({
      title: 'Babylon & Berlin',
      events: [
        { date: '1899', title: 'Event' },
        { date: '1930', title: 'Event' },
      ],
    });
  });

  it('maps headline, text and tag; text from HTML, with scripts removed', () => {
    const [e] = fromTimelineJs(
      v2([
        at('1932', {
          headline: '<b>Ides</b> &amp; <script>alert(1)</script>March',
          text: '<p>one<br>two</p><script>x()</script>',
          tag: ' Rome  Republic ',
          classname: 'x',
        }),
      ]),
    ).events;
    expect(e).toEqual({ date: '1932', title: 'Ides & March', description: 'one\ntwo', lane: 'Rome Republic', category: 'Rome Republic' });
  });

  it('lets a headline come from the text, then from the asset caption, stripped of HTML', () => {
    const events = fromTimelineJs(
      v2([
        at('1932', { headline: '', text: 'From <i>text</i>' }),
        at('1933', {
          headline: '',
          text: '',
          asset: {
            media: 'https://x.test/a.jpg',
            credit: '<a onclick="x()">AP</a>',
            caption: '<b>From</b> caption<script>alert(1)</script>',
          },
        }),
      ]),
    ).events;
    expect(events.map((e) => e.title)).toEqual(['From text', 'From caption']);
  });

  it('maps asset to media and era to eras', () => {
    const input = fromTimelineJs(
      v2(
        [
          at('1932', { asset: { media: 'https://x.test/gate.jpg', caption: '<b>The</b> gate', credit: 'AP' } }),
          at('1933', { asset: { media: '//www.youtube.com/watch?v=1', thumbnail: '//x.test/thumb.png', caption: 'Film' } }),
          at('1934', { asset: { media: '', caption: '', credit: '' } }),
        ],
        {
          era: [
            { startDate: '-626', endDate: '-539', headline: '<i>Neo</i>-Babylonian', tag: 'x' },
            { startDate: '1899,3,26', endDate: '1917,3', headline: '' },
          ],
        },
      ),
    );
    expect(input).toEqual({
      title: 'T',
      events: [
        { date: '1932', title: 'Event', media: { src: 'https://x.test/gate.jpg', alt: 'The gate', caption: 'The gate', credit: 'AP' } },
        {
          date: '1933',
          title: 'Event',
          url: 'https://www.youtube.com/watch?v=1',
          media: { src: 'https://x.test/thumb.png', alt: 'Film', caption: 'Film', link: 'https://www.youtube.com/watch?v=1' },
        },
        { date: '1934', title: 'Event' },
      ],
      // The untitled era is left out: eventline's bands are labelled.
      eras: [{ date: '-0625', end: '-0538', title: 'Neo-Babylonian' }],
    });
  });

  it('reports malformed eras and assets in the file’s terms, each once', () => {
    expect(
      messages(() =>
        fromTimelineJs(
          v2(
            [
              at('1932', { asset: 'not an object' }),
              at('1933', { asset: { media: 42, caption: null } }),
              at('1934', { asset: { media: 'javascript:alert(1)' } }),
            ],
            {
              era: [
                { startDate: '-626', endDate: '-539', headline: 'Neo-Babylonian' },
                { startDate: 'whenever' },
                'junk',
                { startDate: '1932,13', endDate: '1933', headline: 'x' },
                { startDate: '1950', endDate: '1940', headline: 'x' },
                { startDate: '1950', endDate: '1960', headline: ['x'] },
              ],
              asset: [],
              tags: 'x',
            },
          ),
        ),
      ),
    ).toEqual([
      'input.timeline.era[1].startDate: "whenever" is not a date TimelineJS reads (write "1932", "1932,2", "1932,2,27" or "1932,2,27,14,30")',
      'input.timeline.era[1].endDate: missing (an era needs a start and an end)',
      'input.timeline.era[2]: expected an object such as {"startDate": "1950", "endDate": "1953", "headline": "…"}, got string "junk"',
      'input.timeline.era[3].startDate: "1932,13" (month): 13 is not a month (1–12)',
      'input.timeline.era[4].endDate: "1940" is before startDate "1950"',
      'input.timeline.era[5].headline: expected a string (HTML allowed), got array',
      'timeline.date[0].asset: expected an object such as {"media": "https://…/photo.jpg", "caption": "…", "credit": "…"}, got string "not an object"',
      'timeline.date[1].asset.media: expected a URL string, got number',
      'timeline.date[2].asset.media: "javascript:alert(1)" has the scheme javascript:, which is refused (expected an http(s) URL, a relative path, or a data:image/png, jpeg, gif, webp or avif URL)',
    ]);
    expect(messages(() => fromTimelineJs(v2([at('1932', { asset: { media: 'https://youtu.be/x', thumbnail: 'vbscript:x' } })])))).toEqual([
      'timeline.date[0].asset.thumbnail: "vbscript:x" has the scheme vbscript:, which is refused (expected an http(s) URL, a relative path, or a data:image/png, jpeg, gif, webp or avif URL)',
    ]);
    expect(messages(() => fromTimelineJs(v2([at('1932')], { era: { startDate: '1950' } })))).toEqual([
      'input.timeline.era: expected an array of eras, got object',
    ]);
  });
});

describe('fromTimelineJs: TimelineJS 2 problems, named in its terms', () => {
  it('names the date by its index and the field as written, with the part at fault', () => {
    const found = issues(() =>
      fromTimelineJs(
        v2([
          at('1932,13,1'),
          { headline: 'no date' },
          at('27.2.1932'),
          at('1932,Feb,27'),
          at('0'),
          'just text',
          at('1932', { headline: '<img src="x.jpg">' }),
          at('1932,2,30'),
          at(true),
          at('1932', { endDate: '1931' }),
          at('1932,,5'),
          at('1932,2,27,25'),
          at('1,2,3,4,5,6,7,8'),
          at('1932.5'),
          at(1932.5),
          at('1932,2', { endDate: { year: 1933 } }),
        ]),
      ),
    );
    expect(found.map((i) => i.message)).toEqual([
      'timeline.date[0].startDate: "1932,13,1" (month): 13 is not a month (1–12)',
      'timeline.date[1].startDate: missing (expected a date such as "1932,2,27")',
      'timeline.date[2].startDate: "27.2.1932" is not a date TimelineJS reads (write "1932", "1932,2", "1932,2,27" or "1932,2,27,14,30")',
      'timeline.date[3].startDate: "1932,Feb,27" (month): "Feb" is not a whole number',
      'timeline.date[4].startDate: "0" (year): 0 is not a year in TimelineJS (its years run … -2, -1, 1, 2 …; -1 is 1 BCE)',
      'timeline.date[5]: expected an object such as {"startDate": "1932,2,27", "headline": "…"}, got string "just text"',
      'timeline.date[6].headline: "<img src=\\"x.jpg\\">" has no text once its HTML is removed',
      'timeline.date[7].startDate: "1932,2,30" (day): 30 is not a day of that month (1–29)',
      'timeline.date[8].startDate: expected a date such as "1932,2,27", got boolean',
      'timeline.date[9].endDate: "1931" is before startDate "1932"',
      'timeline.date[10].startDate: "1932,,5" (day): a day needs a month',
      'timeline.date[11].startDate: "1932,2,27,25" (hour): 25 is not an hour (0–23)',
      'timeline.date[12].startDate: "1,2,3,4,5,6,7,8" has 8 parts; TimelineJS reads at most 7 (year, month, day, hour, minute, second, millisecond)',
      'timeline.date[13].startDate: "1932.5" is not a date TimelineJS reads (write "1932", "1932,2", "1932,2,27" or "1932,2,27,14,30")',
      'timeline.date[14].startDate: 1932.5 is not a whole number',
      'timeline.date[15].endDate: expected a date such as "1932,2,27", got object',
    ]);
    expect(found[0]).toMatchObject({ index: 0, field: 'startDate' });
    expect(found[5]).toEqual({ index: 5, message: expect.any(String) });
    expect(found[6]).toMatchObject({ index: 6, field: 'headline' });
  });

  it('names a missing headline after the asset caption that could have stood in', () => {
    expect(messages(() => fromTimelineJs(v2([at('1932', { headline: '', text: '' })])))).toEqual([
      'timeline.date[0].headline: missing (a slide needs a headline, text or asset caption)',
    ]);
  });

  it('names problems with the wrapper and the title in its terms', () => {
    expect(messages(() => fromTimelineJs({ timeline: { headline: 'T' } }))).toEqual([
      'input.timeline.date: missing (TimelineJS 2 keeps its events in "date", TimelineJS 3 beta in "slides")',
    ]);
    expect(messages(() => fromTimelineJs({ timeline: { date: 'x' } }))).toEqual([
      'input.timeline.date: expected an array of dates, got string "x"',
    ]);
    expect(messages(() => fromTimelineJs({ timeline: [] }))).toEqual([
      'input.timeline: expected an object holding "date" (TimelineJS 2) or "slides" (TimelineJS 3 beta), got array',
    ]);
    expect(messages(() => fromTimelineJs(v2([at('1932')], { headline: { text: 'T' } })))).toEqual([
      'input.timeline.headline: expected a string (HTML allowed), got object',
    ]);
  });

  it('reports every problem of a file in one pass, in file order', () => {
    const m = messages(() =>
      fromTimelineJs(v2([at('1932,13'), at('1932'), at('x', { headline: 7 }), at('1932', { tag: {} })], { headline: [] })),
    );
    expect(m).toEqual([
      'input.timeline.headline: expected a string (HTML allowed), got array',
      'timeline.date[0].startDate: "1932,13" (month): 13 is not a month (1–12)',
      'timeline.date[2].startDate: "x" is not a date TimelineJS reads (write "1932", "1932,2", "1932,2,27" or "1932,2,27,14,30")',
      'timeline.date[3].tag: expected a string (HTML allowed), got object',
    ]);
  });
});

describe('fromTimelineJs: TimelineJS 3 beta slides ({ timeline: { slides } })', () => {
  const slide = (start_date: unknown, headline = 'Event', extra: Record<string, unknown> = {}) => ({
    start_date,
    text: { headline },
    ...extra,
  });

  it('reads slides as TimelineJS3 slides; a first slide without a date is the title', () => {
    const input = fromTimelineJs({
      timeline: {
        slides: [{ text: { headline: '<i>Apollo</i> 11' } }, slide({ year: '1969', month: '07', day: '20' }, 'Landing', { group: 'Moon' })],
      },
    });
    expect(input).toEqual({
      title: 'Apollo 11',
      events: [{ date: '1969-07-20', title: 'Landing', lane: 'Moon', category: 'Moon' }],
      lanes: ['Moon'],
    });
  });

  it('keeps a dated first slide as an event, as the beta drew it on its axis', () => {
    const input = fromTimelineJs({ timeline: { slides: [slide({ year: 1969 }, 'Title slide'), slide({ year: 1970 })] } });
    expect(input).toEqual({
      events: [
        { date: '1969', title: 'Title slide' },
        { date: '1970', title: 'Event' },
      ],
    });
  });

  it('names problems by the index in slides, counting the title slide', () => {
    expect(
      messages(() =>
        fromTimelineJs({
          timeline: {
            slides: [{ text: { headline: 7n } }, slide({ year: 1969 }), slide({ year: 1969, month: 13 }, 'x', { unique_id: 'm' }), 'junk'],
          },
        }),
      ),
    ).toEqual([
      'timeline.slides[0].text.headline: expected a string (HTML allowed), got bigint',
      'timeline.slides[2] (id "m").start_date.month: 13 is not a month (1–12)',
      'timeline.slides[3]: expected a slide object, got string "junk"',
    ]);
    expect(messages(() => fromTimelineJs({ timeline: { slides: {} } }))).toEqual([
      'input.timeline.slides: expected an array of slides, got object',
    ]);
    expect(
      messages(() =>
        fromTimelineJs({
          timeline: {
            slides: [slide({ year: 1969 })],
            eras: [{ start_date: { year: 1969, month: 13 }, end_date: { year: 1970 }, text: { headline: 'x' } }, 7],
          },
        }),
      ),
    ).toEqual([
      'input.timeline.eras[0].start_date.month: 13 is not a month (1–12)',
      'input.timeline.eras[1]: expected an era object such as {"start_date": {"year": 1950}, "end_date": {"year": 1953}, "text": {"headline": "…"}}, got number',
    ]);
  });

  it('also names problems found after conversion in the file’s terms', () => {
    const m = messages(() =>
      fromTimelineJs({
        timeline: {
          slides: [{ text: { headline: 'T' } }, slide({ year: 1 }, 'a', { unique_id: 'x' }), slide({ year: 2 }, 'b', { unique_id: 'x' })],
        },
      }),
    );
    expect(m).toEqual(['timeline.slides[2] (id "x").unique_id: duplicate id "x" (also used by timeline.slides[1])']);
  });
});

describe('detectFormat: the older TimelineJS shapes', () => {
  it('calls an object whose timeline is an object timelinejs', () => {
    expect(detectFormat({ timeline: { headline: 'T', date: [] } })).toBe('timelinejs');
    expect(detectFormat('{"timeline": {"slides": []}}')).toBe('timelinejs');
    expect(detectFormat({ timeline: {} })).toBe('timelinejs');
    expect(detectFormat({ timeline: 'x' })).toBe('json');
    expect(detectFormat({ timeline: {}, events: [{ date: '1948', title: 'x' }] })).toBe('json');
  });
});

describe('parseTimelineText: legacy TimelineJS fixtures', () => {
  it('detects each as timelinejs and reads it the same with --from timelinejs', () => {
    for (const name of ['timelinejs2-babylon.json', 'timelinejs3-beta-apollo.json']) {
      const text = fixture(name);
      expect(detectFormat(text), name).toBe('timelinejs');
      expect(parseTimelineText(text, 'timelinejs'), name).toEqual(parseTimelineText(text));
    }
  });

  it('TimelineJS 2: a newsroom timeline with BCE, month-only and HTML, an era and assets', () => {
    const t = parseTimelineText(fixture('timelinejs2-babylon.json'));
    expect(t.title).toBe('Babylon: four thousand years in ten dates');
    expect(summary(t)).toEqual([
      ['-1791', 'year'], // "-1792": 1792 BCE
      ['-1594', 'year'], // its blank endDate is no end
      ['-0604-09', 'month'],
      ['-0574', 'year'],
      ['-0538-10-29', 'day'],
      ['-0322-06-11', 'day'],
      ['1899-03-26/1917-03', 'day'],
      ['1930', 'year'], // a number
      ['2003-04/2004-12', 'month'],
      ['2019-07-05', 'day'], // its endDate equals its start: dropped
    ]); // the title's startDate (-1800) is not an event, nor are the eras
    expect(t.events[4]!.title).toBe('Cyrus the Great enters Babylon');
    expect(t.events[5]!.title).toBe('Alexander the Great dies in the palace of Nebuchadnezzar'); // from the asset caption
    expect(t.events[6]!.description).toBe("The German Oriental Society digs for eighteen years.\nThe gate's bricks are shipped to Berlin.");
    expect(t.events[8]!.description).toBe('US, then Polish-led forces base troops on the site; UNESCO later lists the damage.');
    expect(t.lanes).toEqual(['Ancient', 'Modern']);
    expect(t.events.filter((e) => e.lane === 'Modern').map((e) => e.date.year)).toEqual([1899, 1930, 2003, 2019]);
    expect(t.eras!.map((e) => [e.date.edtf, e.end?.edtf, e.title])).toEqual([
      ['-0625', '-0538', 'Neo-Babylonian Empire'],
      ['1899-03-26', '1917-03', 'German excavation'],
    ]);
    // Pages are links (the event's url); an image comes from a thumbnail, with the page as its link.
    expect(t.events[0]).toMatchObject({ url: 'https://en.wikipedia.org/wiki/Code_of_Hammurabi' });
    expect(t.events[0]).not.toHaveProperty('media');
    expect(t.events[9]!.url).toBe('https://whc.unesco.org/en/list/278/');
    expect(t.events[9]!.media).toEqual({
      src: 'https://whc.unesco.org/uploads/sites/site_278.jpg',
      alt: 'Babylon — site 278',
      caption: 'Babylon — site 278',
      credit: 'UNESCO',
      link: 'https://whc.unesco.org/en/list/278/',
    });
    expect(t.events[5]!.media).toBeUndefined();
    for (const e of t.events) expect(`${e.title} ${e.description ?? ''}`).not.toMatch(/[<>]|&[a-z]+;|script|evil|onclick/);
  });

  it('TimelineJS 3 beta: slides with a title slide, string parts and a blank end_date', () => {
    const t = parseTimelineText(fixture('timelinejs3-beta-apollo.json'));
    expect(t.title).toBe('Apollo 11: eight days in July');
    expect(summary(t)).toEqual([
      ['1969-07-16', 'day'], // the hour is dropped
      ['1969-07-20', 'day'],
      ['1969-07-24', 'day'],
      ['1969-07-24/1969-08-10', 'day'],
      ['1972-12', 'month'],
    ]);
    expect(t.events.map((e) => e.title)).toEqual([
      'Launch',
      '“The Eagle has landed”',
      'Splashdown in the Pacific',
      'Quarantine',
      'Apollo 17, the last landing',
    ]);
  });

  it('names a problem in a legacy file in its terms', () => {
    const text = fixture('timelinejs2-babylon.json').replace('"-605,9"', '"-605,19"');
    expect(messages(() => parseTimelineText(text))).toEqual(['timeline.date[2].startDate: "-605,19" (month): 19 is not a month (1–12)']);
  });
});

describe('fromTimelineJs on generated legacy files', () => {
  const cell = fc.oneof(
    fc.integer({ min: -3000, max: 3000 }).map(String),
    fc.constantFrom('', ' ', '0', '13', '31', 'x'),
    fc.string({ maxLength: 3 }),
  );
  const legacyDate = fc.oneof(
    fc.array(cell, { maxLength: 9 }).map((cells) => cells.join(',')),
    fc.integer({ min: -5000, max: 5000 }),
    fc.constantFrom('2/27/1932', '13/1/1932', '1932-02-30', '1932-02-27T25:00', '-44', '3/15/-44'),
    fc.anything(),
  );
  const text = fc.oneof(fc.string(), fc.constantFrom('<b>x</b>', '<script>alert(1)</script>', '<img src=x>', ''), fc.anything());
  const item = fc.oneof(
    fc.record(
      {
        startDate: legacyDate,
        endDate: legacyDate,
        headline: text,
        text,
        tag: text,
        asset: fc.oneof(fc.record({ caption: text, media: text }), fc.anything()),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  );
  const era = fc.oneof(
    fc.record({ startDate: legacyDate, endDate: legacyDate, headline: text, text, tag: text }, { requiredKeys: [] }),
    fc.anything(),
  );
  const v2doc = fc.record({
    timeline: fc.record(
      {
        headline: text,
        text,
        startDate: legacyDate,
        date: fc.array(item, { maxLength: 6 }),
        era: fc.oneof(fc.array(era, { maxLength: 4 }), fc.anything()),
      },
      { requiredKeys: [] },
    ),
  });

  it('gives valid eventline input, or a ValidationError whose every message is in the file’s terms', () => {
    fc.assert(
      fc.property(v2doc, (doc) => {
        let input;
        try {
          input = fromTimelineJs(doc);
        } catch (e) {
          if (!(e instanceof ValidationError)) throw e;
          expect(e.issues.length).toBeGreaterThan(0);
          for (const issue of e.issues) {
            expect(issue.message).toMatch(/^(input\.timeline|timeline\.date\[\d+\])/);
            // No TimelineJS3 name may leak into a TimelineJS 2 message.
            const where = issue.message.slice(0, issue.message.indexOf(': '));
            expect(where).not.toMatch(/events\[|eras\[|start_date|end_date|text\.|(?<!asset\.)(?:media|thumbnail)|group/);
          }
          return;
        }
        expect(() => parseTimeline(JSON.parse(JSON.stringify(input)))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
