import fc from 'fast-check';
import { csvFormatRows } from 'd3';
import { edtfDate } from '../helpers/arbitraries.js';

/** Pieces of text that have broken parsers, serializers and bidi layout before. */
const HOSTILE_PIECES = [
  '<script>alert(1)</script>',
  '<script',
  '</script>',
  '<svg onload=alert(1)>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<foreignObject/>',
  '</title>',
  '</text>',
  '<!--',
  '-->',
  ']]>',
  '<![CDATA[',
  '<?xml version="1.0"?>',
  '<b>',
  '</b>',
  '<br>',
  '<',
  '>',
  '"',
  "'",
  '`',
  '&',
  '&amp;',
  '&lt;script&gt;',
  '&#0;',
  '&#1;',
  '&#xD800;',
  '&#x110000;',
  '&#150;',
  '&nbsp;',
  '&bogus;',
  'javascript:',
  'on',
  'onload=',
  'href=',
  '\u202E', // right-to-left override
  '\u202D', // left-to-right override
  '\u202A',
  '\u2066', // isolates
  '\u2067',
  '\u2069',
  '\u200F', // RLM
  '\u200E', // LRM
  '\u061C', // ALM
  '\u200B', // zero width space
  '\u200C',
  '\u200D', // ZWJ
  '\u2060',
  '\uFEFF',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u00A0',
  '\u00AD',
  '\u2028',
  '\u2029',
  '\uFFFE',
  '\uFFFF',
  '\uFFFD',
  '\uD800', // lone surrogates
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '👨‍👩‍👧',
  '🇸🇦',
  '🏳️‍🌈',
  'e\u0301',
  '\u0627\u0644\u0644\u0647',
  'قمة',
  'بيونغ يانغ',
  '١٩٤٨',
  'Пхеньян',
  '평양',
  '北京',
  'שלום',
  '\r\n',
  '\n',
  '\r',
  '\t',
  ' ',
  ',',
  ';',
  '{',
  '}',
  '[',
  ']',
  '/',
  '\\',
  '~',
  '?',
  '%',
  'X',
  '-',
  '..',
  '__proto__',
  'constructor',
  'Summit',
  '1948',
  '2024-06-19',
];

/** One character anywhere in the BMP, including lone surrogates and controls. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Short strings of hostile pieces, random code units, graphemes and plain words. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), anyCodeUnit, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 12 })
      .map((a) => a.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t\n') },
  // Very long text: labels must be cut, never overflow or hang.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', 'قمة ', '👨‍👩‍👧', '<b>', 'W', ' '), fc.integer({ min: 200, max: 3000 }))
      .map(([s, n]) => s.repeat(n)),
  },
);

/** Hostile text that still has a visible letter, so it is a usable title more often. */
export const titleString: fc.Arbitrary<string> = fc
  .tuple(hostileString, fc.constantFrom('Summit', 'قمة', 'A', '평양', 'x'), hostileString)
  .map(([a, b, c]) => a + b + c);

/** Strings that look like EDTF dates, or almost do. */
export const edtfish: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: edtfDate(-9999, 9999) },
  { weight: 2, arbitrary: fc.tuple(edtfDate(), edtfDate()).map(([a, b]) => `${a}/${b}`) },
  { weight: 2, arbitrary: fc.stringMatching(/^-?[0-9Xx]{1,6}(-[0-9Xx]{1,3}){0,2}[~?%]{0,2}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[Yy]-?\d{1,12}$/) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.integer({ min: -9999, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.constantFrom('', 'Z', '+05:30', '-12:00', '+23:59', '+99'),
      )
      .map(([y, m, d, h, z]) => `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${pad(m)}-${pad(d)}T${pad(h)}:00:00${z}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '..',
      '/',
      '2000/..',
      '../2000',
      '1948/',
      '-0000',
      '0000',
      'Y-0',
      '2024-02-29',
      '2023-02-29',
      '2001-21',
      '2001-25',
      '196X',
      '19XX',
      '-019X',
      '2004-XX-05',
      '1948~?',
      'Y275760',
      'Y-271821',
      'Y999999999999999999999',
    ),
  },
  { weight: 1, arbitrary: hostileString },
);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A JS Date: usual, extreme, or invalid. */
export const jsDate: fc.Arbitrary<Date> = fc.oneof(
  fc.date({ min: new Date(-62198755200000), max: new Date(253402300799999), noInvalidDate: true }),
  fc.date(),
  fc.constantFrom(new Date(NaN), new Date(8.64e15), new Date(-8.64e15)),
);

const langKey = fc.oneof(
  fc.constantFrom('en', 'ar', 'ar-EG', 'ko', 'ru', 'fr', 'zh-Hant', '__proto__', 'constructor', 'toString', ''),
  fc.string({ maxLength: 6 }),
);

/** A title in eventline form: a string or a map of language → string (with junk keys and values at times). */
export const localized: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: titleString },
  { weight: 3, arbitrary: fc.dictionary(langKey, titleString, { minKeys: 1, maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(langKey, fc.oneof(hostileString, fc.constant(null), fc.integer()), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.integer(), fc.constant([]), hostileString) },
);

export const urlish: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'https://example.org/a?b=1&c=<2>',
    'http://example.org/"onmouseover="alert(1)',
    'HTTPS://EXAMPLE.ORG/%3Cscript%3E',
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//example.org',
    '/relative',
    'https://exa mple.org',
    'https://example.org/\u0001',
    'https://example.org/\uD800',
    'https://example.org/\u202E',
    'https://user:pass@example.org:8080/p?q#f',
    'file:///etc/passwd',
  ),
  hostileString.map((s) => `https://example.org/${s}`),
  hostileString,
);

/** eventline's own event objects: most valid (so rendering gets exercised), some broken. */
export const oursEvent: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    date: fc.oneof(
      { weight: 6, arbitrary: edtfDate(-2999, 2100) },
      { weight: 2, arbitrary: edtfish },
      { weight: 1, arbitrary: jsDate },
      { weight: 1, arbitrary: fc.jsonValue() },
    ),
    end: fc.oneof(edtfDate(1000, 2100), edtfish, jsDate, fc.constant(null)),
    title: localized,
    description: localized,
    category: fc.oneof(hostileString, fc.constantFrom('war', 'diplomacy', 'حرب'), fc.integer()),
    id: fc.oneof(hostileString, fc.constantFrom('summit', 'a', 'b'), fc.integer()),
    url: urlish,
    source: fc.record({ publication: localized, agency: localized, quote: localized, url: urlish }, { requiredKeys: [] }),
  },
  { requiredKeys: ['date', 'title'] },
);

/** A title or date-less junk where an event should be. */
const junkEvent = fc.oneof(fc.jsonValue(), hostileString, fc.constant(null));

export const oursDoc: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.array(oursEvent, { maxLength: 8 }) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        title: localized,
        locale: fc.oneof(
          fc.constantFrom('en', 'ar', 'fr', 'ko', 'ru', 'ar-EG', 'zh-Hant-TW', 'und', 'en-u-ca-islamic', 'x', 'he', 'fa', 'ur'),
          hostileString,
        ),
        events: fc.array(fc.oneof({ weight: 9, arbitrary: oursEvent }, { weight: 1, arbitrary: junkEvent }), { maxLength: 8 }),
      },
      { requiredKeys: ['events'] },
    ),
  },
);

/** A TimelineJS date part: numbers, numeric strings, blanks, junk. */
const part = (min: number, max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min, max }) },
    { weight: 3, arbitrary: fc.integer({ min, max }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', null, '08', ' 7 ', '+3', '-0', '1e3', '0x10', 1.5, -0, 'abc', '١٢') },
    { weight: 1, arbitrary: fc.oneof(hostileString, fc.integer(), fc.double(), fc.jsonValue()) },
  );

const tljsDate = fc.record(
  {
    year: part(-3000, 2100),
    month: part(0, 13),
    day: part(0, 32),
    hour: part(0, 24),
    minute: part(0, 60),
    second: part(0, 60),
    millisecond: part(0, 1000),
    display_date: hostileString,
  },
  { requiredKeys: ['year'] },
);

const sparseTljsDate = fc.oneof(
  { weight: 4, arbitrary: fc.record({ year: fc.integer({ min: -3000, max: 2100 }) }) },
  { weight: 4, arbitrary: fc.record({ year: fc.integer({ min: -3000, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      year: fc.integer({ min: -3000, max: 2100 }).map(String),
      month: fc.integer({ min: 1, max: 12 }).map(String),
      day: fc.integer({ min: 1, max: 28 }).map(String),
    }),
  },
  { weight: 2, arbitrary: tljsDate },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.jsonValue(),
      fc.constant({ year: '', month: '', day: '' }),
      fc.record({ year: fc.oneof(fc.integer(), fc.constantFrom(-13800000000, 275760, -271822, 0)) }),
    ),
  },
);

const slideText = fc.record(
  { headline: fc.oneof(titleString, hostileString, fc.integer(), fc.constant(null)), text: fc.oneof(hostileString, fc.constant('')) },
  { requiredKeys: [] },
);

const tljsSlide = fc.record(
  {
    start_date: sparseTljsDate,
    end_date: fc.oneof(sparseTljsDate, fc.constant({ year: '', month: '', day: '' })),
    text: fc.oneof({ weight: 9, arbitrary: slideText }, { weight: 1, arbitrary: fc.jsonValue() }),
    group: fc.oneof(hostileString, fc.constantFrom('Kingdom', 'Republic', 'Empire')),
    unique_id: fc.oneof(hostileString, fc.constantFrom('a', 'b', 'ides'), fc.integer()),
    display_date: hostileString,
    media: fc.record({ url: urlish, caption: hostileString, credit: hostileString }, { requiredKeys: [] }),
    background: fc.record({ color: hostileString, url: urlish }, { requiredKeys: [] }),
    autolink: fc.boolean(),
  },
  { requiredKeys: ['start_date'] },
);

export const tljsDoc: fc.Arbitrary<unknown> = fc.record(
  {
    title: fc.oneof(fc.record({ text: slideText, media: fc.record({ url: urlish }) }, { requiredKeys: [] }), fc.jsonValue()),
    events: fc.array(fc.oneof({ weight: 19, arbitrary: tljsSlide }, { weight: 1, arbitrary: junkEvent }), { maxLength: 8 }),
    eras: fc.array(fc.record({ start_date: sparseTljsDate, end_date: sparseTljsDate, text: slideText }), { maxLength: 2 }),
    scale: fc.constantFrom('human', 'cosmological', 'x'),
  },
  { requiredKeys: ['events'] },
);

/** vis-timeline start/end values as they appear in JSON files. */
const visDate: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('y', 'm', 'd'),
      )
      .map(([y, m, d, p]) => `${String(y).padStart(4, '0')}${p === 'y' ? '' : `-${pad(m)}`}${p === 'd' ? `-${pad(d)}` : ''}`),
  },
  { weight: 2, arbitrary: fc.integer({ min: -8.64e15, max: 8.64e15 }) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.double(),
      fc.integer().map((n) => `/Date(${n})/`),
      fc.integer({ min: 0 }).map(String),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2024-06-19T10:00:00Z',
      '2024-06-19 10:00',
      '2024-06-19T23:30:00-05:00',
      '+002024-06-19',
      '-000044-03-15',
      '-000000-01-01',
      '+012024',
      'June 19, 2024',
      '2024/06/19',
      '20240619',
      '2024-W25',
      '2024-171',
      '2001-21',
      '2024-02-30',
      '',
    ),
  },
  { weight: 1, arbitrary: edtfish },
  { weight: 1, arbitrary: fc.jsonValue() },
);

const visItem = fc.record(
  {
    id: fc.oneof(fc.integer({ min: 0, max: 5 }), hostileString, fc.jsonValue()),
    start: visDate,
    end: visDate,
    content: fc.oneof(
      { weight: 8, arbitrary: titleString },
      { weight: 1, arbitrary: hostileString },
      { weight: 1, arbitrary: fc.jsonValue() },
    ),
    title: hostileString,
    group: fc.oneof(fc.integer({ min: 0, max: 3 }), hostileString, fc.jsonValue()),
    type: fc.constantFrom('box', 'point', 'range', 'background'),
    className: hostileString,
    style: hostileString,
  },
  { requiredKeys: ['start', 'content'] },
);

const visGroups = fc.array(
  fc.record(
    { id: fc.oneof(fc.integer({ min: 0, max: 3 }), hostileString), content: fc.oneof(titleString, hostileString, fc.jsonValue()) },
    { requiredKeys: [] },
  ),
  { maxLength: 4 },
);

export const visDoc: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof({ weight: 19, arbitrary: visItem }, { weight: 1, arbitrary: junkEvent }), { maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc.record(
      { items: fc.array(visItem, { maxLength: 8 }), groups: fc.oneof(visGroups, fc.jsonValue()) },
      { requiredKeys: ['items'] },
    ),
  },
);

/** CSV text with a header drawn from the known columns (and junk), cells hostile. */
export const csvText: fc.Arbitrary<string> = fc
  .tuple(
    fc.shuffledSubarray(
      [
        'date',
        'end',
        'title',
        'title_en',
        'title_ar',
        'description',
        'description_ar',
        'category',
        'id',
        'url',
        'source',
        'source_agency',
        'source_quote_ar',
        'source_url',
        'notes',
        'DATE',
        ' Title ',
      ],
      { minLength: 1 },
    ),
    fc.array(
      fc.array(
        fc.oneof(
          { weight: 3, arbitrary: edtfDate() },
          { weight: 5, arbitrary: titleString },
          { weight: 2, arbitrary: hostileString },
          { weight: 1, arbitrary: urlish },
        ),
        { maxLength: 16 },
      ),
      { maxLength: 6 },
    ),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([header, rows, quoted, crlf]) => {
    const all = [header, ...rows.map((r) => header.map((_, k) => r[k] ?? ''))];
    const text = quoted ? csvFormatRows(all) : all.map((r) => r.join(',')).join('\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** JSON text of a document, sometimes damaged (cut, spliced, BOM, padding). */
export function jsonText(doc: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc
    .tuple(doc, fc.constantFrom('none', 'cut', 'splice', 'bom', 'space'), fc.nat(), hostileString)
    .map(([value, damage, at, piece]) => {
      const text = JSON.stringify(value) ?? 'null';
      const k = text.length === 0 ? 0 : at % text.length;
      if (damage === 'cut') return text.slice(0, k);
      if (damage === 'splice') return text.slice(0, k) + piece + text.slice(k);
      if (damage === 'bom') return '\uFEFF' + text;
      if (damage === 'space') return `\n  ${text}\n`;
      return text;
    });
}

/** Any text: structured documents of every format, CSV, damaged JSON, random strings. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: jsonText(oursDoc) },
  { weight: 3, arbitrary: jsonText(tljsDoc) },
  { weight: 3, arbitrary: jsonText(visDoc) },
  { weight: 3, arbitrary: csvText },
  { weight: 1, arbitrary: jsonText(fc.jsonValue()) },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
);

export const anyFormat = fc.constantFrom(undefined, undefined, undefined, 'json', 'csv', 'timelinejs', 'vis') as fc.Arbitrary<
  'json' | 'csv' | 'timelinejs' | 'vis' | undefined
>;

// ---------------------------------------------------------------------------------------
// Valid-leaning documents: structure and dates right, every text field hostile. These make
// most runs reach the renderer; the generators above mostly test refusal.

const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Hostile, but holding only characters XML can carry (ids and URLs must). */
const xmlSafeHostile = hostileString.map((s) => s.replace(NOT_XML, ''));

/** A date and a later end, at independent precisions; end absent half the time. */
const datePair = fc
  .record({
    y: fc.integer({ min: -2999, max: 2100 }),
    span: fc.integer({ min: 0, max: 300 }),
    m1: fc.integer({ min: 1, max: 12 }),
    d1: fc.integer({ min: 1, max: 28 }),
    p1: fc.constantFrom('y', 'm', 'd'),
    p2: fc.constantFrom('y', 'm', 'd'),
    q: fc.constantFrom('', '', '', '~', '?', '%'),
    withEnd: fc.boolean(),
  })
  .map(({ y, span, m1, d1, p1, p2, q, withEnd }) => {
    const fmt = (year: number, p: string, m: number, d: number) => {
      const yy = (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0');
      return p === 'y' ? yy : p === 'm' ? `${yy}-${pad(m)}` : `${yy}-${pad(m)}-${pad(d)}`;
    };
    const end = withEnd ? fmt(y + span + 1, p2, 12, 28) : undefined;
    return { y, span, m1, d1, p1, p2, date: fmt(y, p1, m1, d1) + q, end };
  });

const validLocalized: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: titleString },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom('en', 'ar', 'ar-EG', 'fr', 'ko', 'ru', 'he'), titleString, { minKeys: 1, maxKeys: 3 }),
  },
);

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const httpUrl = fc.oneof(
  fc.constantFrom('https://example.org/a?b=1&c=<2>', 'http://example.org/"x"'),
  xmlSafeHostile.map((s) => `https://example.org/${s}`),
);

export const validOursDoc: fc.Arbitrary<unknown> = fc
  .record({
    title: maybe(validLocalized),
    locale: maybe(fc.constantFrom('en', 'ar', 'fr', 'ko', 'ru', 'he', 'ar-EG', 'zh-Hant-TW', 'und')),
    events: fc.array(
      fc.record({
        dates: datePair,
        interval: fc.boolean(),
        title: validLocalized,
        description: maybe(hostileString),
        category: maybe(fc.oneof(hostileString, fc.constantFrom('war', 'حرب', 'diplomacy'))),
        id: maybe(xmlSafeHostile),
        url: maybe(httpUrl),
        source: maybe(
          fc.record({ publication: maybe(validLocalized), agency: maybe(titleString), quote: maybe(hostileString), url: maybe(httpUrl) }),
        ),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ title, locale, events }) =>
    defined({
      title,
      locale,
      events: events.map((e, k) =>
        defined({
          date: e.interval && e.dates.end ? `${e.dates.date}/${e.dates.end}` : e.dates.date,
          end: e.interval ? undefined : e.dates.end,
          title: e.title,
          description: e.description,
          category: e.category,
          // Suffixed with the index, so ids stay unique.
          id: e.id === undefined ? undefined : `${e.id}#${k}`,
          url: e.url,
          source: e.source && defined(e.source),
        }),
      ),
    }),
  );

/** Puts HTML around text, as TimelineJS and vis files do. */
const htmlish = fc
  .tuple(
    titleString,
    fc.constantFrom('', '<b>', '<i>', '<a href="https://example.org">', '<p>', '<script>x</script>'),
    fc.constantFrom('', '</b>', '</i>', '</a>', '</p>', '<br>', ' &amp; more'),
  )
  .map(([t, open, close]) => `${open}${t}${close}`);

export const validTljsDoc: fc.Arbitrary<unknown> = fc
  .record({
    headline: maybe(htmlish),
    slides: fc.array(
      fc.record({
        dates: datePair,
        strings: fc.boolean(),
        hour: maybe(fc.integer({ min: 0, max: 23 })),
        headline: htmlish,
        text: maybe(hostileString),
        group: maybe(hostileString),
        id: maybe(xmlSafeHostile),
        display: maybe(hostileString),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ headline, slides }) =>
    defined({
      title: headline === undefined ? undefined : { text: { headline, text: '<p>intro</p>' } },
      events: slides.map((s, k) => {
        const { y, span, m1, d1, p1, p2 } = s.dates;
        const tljsYear = (astro: number) => (astro <= 0 ? astro - 1 : astro); // TimelineJS has no year 0
        const part = (n: number) => (s.strings ? String(n) : n);
        const start: Record<string, unknown> = { year: part(tljsYear(y)) };
        if (p1 !== 'y') start.month = part(m1);
        if (p1 === 'd') {
          start.day = part(d1);
          if (s.hour !== undefined) start.hour = s.hour;
        }
        const end: Record<string, unknown> | undefined =
          s.dates.end === undefined
            ? undefined
            : { year: part(tljsYear(y + span + 1)), ...(p2 !== 'y' && { month: 12 }), ...(p2 === 'd' && { day: 28 }) };
        return defined({
          start_date: start,
          end_date: end,
          text: defined({ headline: s.headline, text: s.text }),
          group: s.group,
          unique_id: s.id === undefined ? undefined : `${s.id}#${k}`,
          display_date: s.display,
          media: { url: 'https://example.org/x.jpg', caption: 'caption' },
        });
      }),
    }),
  );

export const validVisDoc: fc.Arbitrary<unknown> = fc
  .record({
    wrapped: fc.boolean(),
    groups: fc.array(htmlish, { maxLength: 3 }),
    items: fc.array(
      fc.record({
        dates: datePair,
        asNumber: fc.boolean(),
        content: htmlish,
        title: maybe(hostileString),
        group: maybe(fc.integer({ min: 0, max: 4 })),
        id: maybe(fc.oneof(xmlSafeHostile, fc.integer({ min: 0, max: 1000 }))),
        type: fc.constantFrom('box', 'point', 'range', 'background'),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ wrapped, groups, items }) => {
    const list = items.map((it, k) => {
      const { y, span, m1, d1, p1 } = it.dates;
      const year = Math.max(1, y + 3000); // vis: four-digit positive years, or milliseconds
      const start = it.asNumber
        ? Date.UTC(2000, m1 - 1, d1) + y * 86_400_000
        : `${String(year).padStart(4, '0')}${p1 === 'y' ? '' : `-${pad(m1)}`}${p1 === 'd' ? `-${pad(d1)}` : ''}`;
      const end =
        it.dates.end === undefined
          ? undefined
          : it.asNumber
            ? (start as number) + (span + 1) * 86_400_000
            : String(Math.min(9999, year + span + 1)).padStart(4, '0');
      return defined({
        id: it.id === undefined ? undefined : typeof it.id === 'number' ? it.id * 100 + k : `${it.id}#${k}`,
        start,
        end,
        content: it.content,
        title: it.title,
        group: it.group,
        type: it.type,
      });
    });
    return wrapped ? { items: list, groups: groups.map((content, id) => ({ id, content })) } : list;
  });

/** Text of valid-leaning documents in every format. */
export const validText: fc.Arbitrary<string> = fc.oneof(
  validOursDoc.map((d) => JSON.stringify(d)),
  validTljsDoc.map((d) => JSON.stringify(d)),
  validVisDoc.map((d) => JSON.stringify(d)),
  fc
    .array(fc.tuple(datePair, titleString, hostileString, hostileString), { maxLength: 10 })
    .map((rows) =>
      csvFormatRows([
        ['date', 'end', 'title_en', 'title_ar', 'description', 'category'],
        ...rows.map(([d, t, desc, cat]) => [d.date, d.end ?? '', t, t, desc, cat]),
      ]),
    ),
);
