import { daysInMonth, edtfYear, pad2 } from './calendarText.js';
import { readLegacyTimelineJs } from './fromTimelineJsLegacy.js';
import { EdtfError, parseEdtf } from './parseEdtf.js';
import { type Conversion, beginItem, htmlField, onlyMarkup, type Report, settle } from './importShared.js';
import { readLane } from './lanes.js';
import { timelineJsMediaKind } from './timelineJsMedia.js';
import type { EraInput, EventDate, EventInput, MediaInput, Timeline, TimelineInput } from './types.js';
import { IssueList } from './ValidationError.js';
import { isObject, kind, quote } from './valueKind.js';

const LIST = 'events';

/**
 * Converts a TimelineJS3 document (the JSON its editors and Google-Sheets exports produce)
 * into eventline input. Pure: it reads the value and builds a new one; the result is plain
 * JSON (dates as EDTF strings) and passes {@link parseTimeline}.
 *
 * Mapping:
 * - `events[].start_date` / `end_date` `{ year, month?, day?, hour?, … }` → `date` / `end`,
 *   at the precision given: year only → year; with month → month; with day → day. Time
 *   parts are checked but eventline has no finer precision than the day. Parts may be
 *   numbers or numeric strings; `""` and `null` are absent. An `end_date` equal to the
 *   `start_date` is dropped, as TimelineJS does.
 * - **BCE**: TimelineJS shows `year: -44` as "44 BCE" (there is no year 0 in its labels),
 *   so `-44` becomes the astronomical year `-0043`, shown by eventline as "44 BCE" too.
 *   `year: 0` is refused as ambiguous.
 * - **Deep time**: years of any size up to thirteen digits (`year: -13800000000`, where
 *   TimelineJS switches the whole timeline to its "cosmological" scale) stay years on the
 *   same axis as the other slides, whose months and days are kept. Such years take no month.
 * - `text.headline` → `title`, `text.text` → `description`, as plain text: tags are
 *   removed (with the content of `<script>`/`<style>`), entities decoded. A slide without a
 *   headline takes its title from `text.text`, then from `media.caption`.
 * - `group` → `lane` (TimelineJS draws each group in its own row, as eventline does each
 *   lane); the timeline's `lanes` list the groups as TimelineJS orders them, by first use
 *   in date order. `unique_id` → `id`, `title.text.headline` → the timeline's `title`.
 * - `media` → `media` when its `url` is an image (see `timelineJsMediaKind`): `url` →
 *   `src`, `alt` (else `caption`, else the event's title) → `alt`, `caption` and `credit`
 *   (HTML made plain text), `link` → `link`. Any other URL (a video, tweet, map or page)
 *   becomes the event's `url` (TimelineJS slides have none of their own), and its
 *   `thumbnail`, when given, the image, linking to it; without a thumbnail its caption and
 *   credit have no image to go with and are left out. Of an embed written as HTML, the link
 *   is its `<iframe>`'s `src` or its last `<a>`'s `href`, and its text (a quoted tweet) is
 *   added to the description. `//host/…` is read as `https://host/…`.
 * - `eras[]` `{ start_date, end_date, text.headline }` → `eras` `{ date, end, title }`; an era
 *   without a headline is left out (eventline's bands are labelled).
 * - Ignored: `display_date` (eventline words dates itself, in the reader's language),
 *   `media.title`, `media.link_target`, `background`, `autolink`, `scale`, the title
 *   slide's `text.text` and `media`, and unknown fields.
 * - Older shapes are read too, by the same rules, with problems named in their terms
 *   (`timeline.date[3].startDate: …`): TimelineJS 2's `{ timeline: { headline, date: [{
 *   startDate: "1932,2,27", headline, … }] } }` and TimelineJS 3 beta's `{ timeline: {
 *   slides } }`.
 *
 * @throws {ValidationError} listing every problem, named in TimelineJS terms, e.g.
 *   `events[3] (id "ides").start_date.month: 13 is not a month (1–12)`.
 * @example
 * ```ts
 * fromTimelineJs({ events: [{ start_date: { year: -44, month: 3, day: 15 }, text: { headline: '<b>Ides</b> of March' } }] })
 * // { events: [{ date: '-0043-03-15', title: 'Ides of March' }] }
 * ```
 */
export function fromTimelineJs(doc: unknown): TimelineInput {
  return settle(convertTimelineJs(doc)).input;
}

/** {@link fromTimelineJs} then {@link parseTimeline}, with messages in TimelineJS terms. */
export function parseTimelineJsValue(doc: unknown): Timeline {
  return settle(convertTimelineJs(doc)).timeline;
}

function convertTimelineJs(doc: unknown): Conversion {
  // Older files wrap their slides in `timeline`; they are rewritten as this format and named back.
  const legacy = readLegacyTimelineJs(doc);
  if (legacy) return legacy.rename(convertTimelineJs(legacy.doc));
  const issues = new IssueList();
  const conversion: Conversion = {
    input: { events: [] },
    issues,
    list: LIST,
    sourceIndex: [],
    sourceId: [],
    fields: {
      date: 'start_date',
      end: 'end_date',
      title: 'text.headline',
      description: 'text.text',
      lane: 'group',
      id: 'unique_id',
      media: 'media',
      'media.src': 'media.url',
      // The only url of a slide is the link of an embed in its media.
      url: 'media.url',
    },
    eventFields: [],
    topFields: { title: 'title.text.headline' },
    eras: {
      sourceIndex: [],
      fields: { date: 'start_date', end: 'end_date', title: 'text.headline' },
      issue: (index, field, problem) => {
        const at = field === undefined ? `eras[${index}]` : `eras[${index}].${field}`;
        return { field: at, message: `input.${at}: ${problem}` };
      },
    },
  };
  if (!isObject(doc)) {
    issues.push({ message: `input: expected a TimelineJS object with an "events" array, got ${kind(doc)}` });
    return conversion;
  }
  const top: Report = (field, problem) => issues.push({ field, message: `input.${field}: ${problem}` });

  if (doc.title !== undefined && doc.title !== null) {
    if (!isObject(doc.title)) top('title', `expected a title slide object, got ${kind(doc.title)}`);
    else {
      const text = doc.title.text;
      if (text !== undefined && text !== null && !isObject(text))
        top('title.text', `expected an object with headline and text, got ${kind(text)}`);
      else if (isObject(text)) {
        const headline = htmlField(text.headline, 'title.text.headline', top);
        if (headline !== undefined) conversion.input.title = headline;
      }
    }
  }

  const eras = convertEras(doc.eras, top, conversion.eras!.sourceIndex);
  if (!Array.isArray(doc.events)) {
    top(
      'events',
      doc.events === undefined
        ? 'missing (TimelineJS keeps its slides in "events")'
        : `expected an array of slides, got ${kind(doc.events)}`,
    );
    return conversion;
  }
  const starts: { lane: string; start: number }[] = [];
  doc.events.forEach((slide, index) => {
    const event = convertSlide(slide, index, issues);
    conversion.input.events.push(event.input);
    conversion.sourceIndex.push(index);
    conversion.sourceId.push(event.id);
    conversion.eventFields!.push(event.fields);
    // A lane eventline refuses is reported on its slide's group, not again in `lanes`.
    const lane = readLane(event.input.lane, 'group', () => {});
    if (lane !== undefined && event.start !== undefined) starts.push({ lane, start: event.start });
  });
  // TimelineJS gives each group its row in the order groups first appear in time.
  const lanes = [...new Set(starts.sort((a, b) => a.start - b.start).map((s) => s.lane))];
  if (lanes.length > 0) conversion.input.lanes = lanes;
  if (eras.length > 0) conversion.input.eras = eras;
  return conversion;
}

/** TimelineJS eras as eventline eras; `sourceIndex` receives the index of each one kept. */
function convertEras(value: unknown, top: Report, sourceIndex: number[]): EraInput[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    top('eras', `expected an array of eras, got ${kind(value)}`);
    return [];
  }
  const eras: EraInput[] = [];
  value.forEach((raw: unknown, index) => {
    const at = `eras[${index}]`;
    if (!isObject(raw)) {
      top(
        at,
        `expected an era object such as {"start_date": {"year": 1950}, "end_date": {"year": 1953}, "text": {"headline": "…"}}, got ${kind(raw)}`,
      );
      return;
    }
    let problems = 0;
    const report: Report = (field, problem) => {
      problems++;
      top(`${at}.${field}`, problem);
    };
    const missing = 'missing (an era needs a start and an end)';
    let start: EventDate | undefined;
    if (raw.start_date === undefined || raw.start_date === null) report('start_date', missing);
    else start = readDate(raw.start_date, 'start_date', report);
    const before = problems;
    const end = readDate(raw.end_date, 'end_date', report);
    // Absent, or all blank parts as spreadsheet exports write it: an era needs an end.
    if (end === undefined && problems === before) report('end_date', missing);
    if (start && end && end.start < start.start)
      report('end_date', `${describe(raw.end_date)} is before start_date ${describe(raw.start_date)}`);
    const text = raw.text;
    let headline: string | undefined;
    if (text !== undefined && text !== null && !isObject(text)) report('text', `expected an object with headline, got ${kind(text)}`);
    else if (isObject(text)) headline = htmlField(text.headline, 'text.headline', report);
    if (problems > 0 || start === undefined || end === undefined || headline === undefined) return;
    eras.push(end.edtf === start.edtf ? { date: start.edtf, title: headline } : { date: start.edtf, end: end.edtf, title: headline });
    sourceIndex.push(index);
  });
  return eras;
}

interface Slide {
  input: EventInput;
  id?: string;
  /** The start instant, for ordering lanes. */
  start?: number;
  /** Fields this slide maps otherwise than its list does. */
  fields?: Readonly<Record<string, string>>;
}

function convertSlide(raw: unknown, index: number, issues: IssueList): Slide {
  // Placeholders keep parseTimeline from reporting again what is reported here.
  const placeholder: EventInput = { date: '2000', title: '-' };
  const begun = beginItem(LIST, index, raw, 'unique_id', 'a slide', issues);
  if (!begun) return { input: placeholder };
  const { id, report } = begun;
  const slide = begun.item;

  const event: EventInput = { date: placeholder.date, title: placeholder.title };
  if (id !== undefined) event.id = id;

  let start: EventDate | undefined;
  if (slide.start_date === undefined || slide.start_date === null) {
    report('start_date', 'missing (expected an object such as {"year": 1963, "month": 8, "day": 28})');
  } else {
    start = readDate(slide.start_date, 'start_date', report);
    if (start) event.date = start.edtf;
  }
  // Checked even when start_date is bad, so one pass shows every problem.
  const end = readDate(slide.end_date, 'end_date', report);
  if (start && end) {
    if (end.start < start.start) report('end_date', `${describe(slide.end_date)} is before start_date ${describe(slide.start_date)}`);
    else if (end.edtf !== start.edtf) event.end = end.edtf;
  }

  const text = slide.text;
  let headline: string | undefined;
  let body: string | undefined;
  const before = issues.count;
  if (text !== undefined && text !== null && !isObject(text)) {
    report('text', `expected an object with headline and text, got ${kind(text)}`);
  } else if (isObject(text)) {
    headline = htmlField(text.headline, 'text.headline', report);
    body = htmlField(text.text, 'text.text', report);
  }
  const textReported = issues.count > before;
  const media = slide.media;
  if (media !== undefined && media !== null && !isObject(media))
    report('media', `expected an object with url, caption and credit, got ${kind(media)}`);
  const mediaText = (key: string) => (isObject(media) ? htmlField(media[key], `media.${key}`, report) : undefined);
  const caption = mediaText('caption');
  if (headline !== undefined) {
    event.title = headline;
    if (body !== undefined) event.description = body;
  } else if (body !== undefined) {
    event.title = body;
  } else if (caption !== undefined) {
    event.title = caption;
  } else if (!textReported) {
    const raw = isObject(text) ? text.headline : undefined;
    report(
      'text.headline',
      onlyMarkup(raw)
        ? `${quote(raw as string)} has no text once its HTML is removed`
        : 'missing (a slide needs a headline, text or media caption)',
    );
  }

  const group = htmlField(slide.group, 'group', report);
  if (group !== undefined) {
    // The lane keeps TimelineJS's rows; the category keeps each group's own colour too.
    event.lane = group.replace(/\s+/g, ' ');
    event.category = event.lane;
  }
  const fields = isObject(media)
    ? convertMedia(media, event, { caption, credit: mediaText('credit'), alt: mediaText('alt') }, report)
    : undefined;
  return { input: event, id, ...(start !== undefined && { start: start.start }), ...(fields !== undefined && { fields }) };
}

/**
 * Sets the event's `media` (and, for an embed, its `url`) from a TimelineJS media object.
 * Returns the fields named otherwise than usual: `media.thumbnail` when the image is the
 * thumbnail of an embed.
 */
function convertMedia(
  media: Record<string, unknown>,
  event: EventInput,
  text: { caption?: string; credit?: string; alt?: string },
  report: Report,
): Readonly<Record<string, string>> | undefined {
  const url = urlField(media.url, 'media.url', report);
  // Spreadsheet exports write every media column, blank when there is no media.
  if (url === undefined) return undefined;
  const link = urlField(media.link, 'media.link', report);
  const kind = timelineJsMediaKind(url);
  const image = (src: string, linkTo: string | undefined): MediaInput => {
    // TimelineJS falls back to the caption for alt; the title says what the slide is about when there is none.
    const title = typeof event.title === 'string' ? event.title : '';
    const out: MediaInput = { src, alt: text.alt ?? text.caption ?? title };
    if (text.caption !== undefined) out.caption = text.caption;
    if (text.credit !== undefined) out.credit = text.credit;
    if (linkTo !== undefined) out.link = linkTo;
    return out;
  };
  if ('image' in kind) {
    event.media = image(kind.image, link);
    return undefined;
  }
  if (kind.link !== undefined) event.url = kind.link;
  if (kind.text !== undefined)
    event.description = event.description === undefined ? kind.text : `${String(event.description)}\n${kind.text}`;
  const thumbnail = urlField(media.thumbnail, 'media.thumbnail', report);
  if (thumbnail === undefined) return undefined;
  event.media = image(thumbnail.startsWith('//') ? `https:${thumbnail}` : thumbnail, link ?? kind.link);
  return { 'media.src': 'media.thumbnail' };
}

/** A URL field: a string, trimmed; blank is absent. */
function urlField(value: unknown, field: string, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    report(field, `expected a URL string, got ${kind(value)}`);
    return undefined;
  }
  return value.trim() === '' ? undefined : value.trim();
}

/** Part names and their ranges; `day` is checked against its month. */
const TIME_PARTS = [
  ['hour', 0, 23],
  ['minute', 0, 59],
  ['second', 0, 59],
  ['millisecond', 0, 999],
] as const;

/**
 * Reads a TimelineJS date object. `undefined` when absent (or, for `end_date`, all blank);
 * problems are reported as `start_date.month: …`.
 */
function readDate(value: unknown, field: string, report: Report): EventDate | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    report(field, `expected an object such as {"year": 1963, "month": 8, "day": 28}, got ${kind(value)}`);
    return undefined;
  }
  let bad = false;
  const part = (name: string): number | undefined => {
    const r = readPart(value[name]);
    if (r === 'bad') {
      report(`${field}.${name}`, `${describe(value[name])} is not a whole number`);
      bad = true;
      return undefined;
    }
    return r;
  };
  const year = part('year');
  const month = part('month');
  const day = part('day');
  const times = TIME_PARTS.map(([name, min, max]) => ({ name, min, max, v: part(name) }));
  if (bad) return undefined;
  const anything = [year, month, day, ...times.map((t) => t.v)].some((v) => v !== undefined);
  // Spreadsheet exports write an empty end_date as {"year": "", "month": "", …}.
  if (!anything && field === 'end_date') return undefined;
  if (year === undefined) {
    report(`${field}.year`, 'missing');
    return undefined;
  }
  if (year === 0) {
    report(`${field}.year`, '0 is not a year in TimelineJS (its years run … -2, -1, 1, 2 …; -1 is 1 BCE)');
    return undefined;
  }
  // TimelineJS labels -44 as "44 BCE": historical years, no year 0. EDTF is astronomical.
  const astronomical = year < 0 ? year + 1 : year;
  if (month !== undefined && (month < 1 || month > 12)) {
    report(`${field}.month`, `${describe(value.month)} is not a month (1–12)`);
    bad = true;
  }
  if (day !== undefined) {
    if (month === undefined) {
      report(`${field}.day`, 'a day needs a month');
      bad = true;
    } else if (!bad) {
      const max = daysInMonth(astronomical, month);
      if (day < 1 || day > max) {
        report(`${field}.day`, `${describe(value.day)} is not a day of that month (1–${max})`);
        bad = true;
      }
    }
  }
  for (const t of times) {
    if (t.v === undefined) continue;
    if (t.v < t.min || t.v > t.max) {
      report(`${field}.${t.name}`, `${describe(value[t.name])} is not ${t.name === 'hour' ? 'an' : 'a'} ${t.name} (${t.min}–${t.max})`);
      bad = true;
    } else if (day === undefined) {
      report(`${field}.${t.name}`, 'a time needs a day');
      bad = true;
    }
  }
  if (bad) return undefined;
  if (month !== undefined && Math.abs(astronomical) > 9999) {
    report(`${field}.month`, `months are only supported in years -9999 to 9999 (got year ${year})`);
    return undefined;
  }
  const text = edtfYear(astronomical) + (month === undefined ? '' : `-${pad2(month)}`) + (day === undefined ? '' : `-${pad2(day)}`);
  try {
    return parseEdtf(text);
  } catch (e) {
    if (!(e instanceof EdtfError)) throw e;
    // Month and day are checked above, so what is left is a year of more than thirteen digits.
    report(`${field}.year`, `${describe(value.year)} is not usable: ${e.message}`);
    return undefined;
  }
}

/** A whole number from a number or a numeric string; `undefined` for absent or blank; `'bad'` otherwise. */
function readPart(v: unknown): number | undefined | 'bad' {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : 'bad';
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return undefined;
    if (!/^[+-]?\d{1,16}$/.test(s)) return 'bad';
    const n = Number(s);
    return Number.isSafeInteger(n) ? n + 0 : 'bad';
  }
  return 'bad';
}

/** A value as written, for messages: numbers bare, strings quoted. */
function describe(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return quote(v);
  if (isObject(v)) {
    // One level only: a part that is itself an object is named by its kind, so a deeply
    // nested `{year: {year: …}}` cannot recurse as deep as the input.
    const part = (p: unknown) => (typeof p === 'number' || typeof p === 'string' ? describe(p) : kind(p));
    const parts = ['year', 'month', 'day']
      .filter((k) => v[k] !== undefined && v[k] !== null && v[k] !== '')
      .map((k) => `${k} ${part(v[k])}`);
    return parts.length > 0 ? `(${parts.join(', ')})` : 'the date';
  }
  return kind(v);
}
