import { daysInMonth, edtfYear, pad2 } from './calendarText.js';
import { readLegacyTimelineJs } from './fromTimelineJsLegacy.js';
import { EdtfError, parseEdtf } from './parseEdtf.js';
import {
  type Conversion,
  beginItem,
  htmlField,
  onlyMarkup,
  type Report,
  settle,
} from './importShared.js';
import type { EventDate, EventInput, Timeline, TimelineInput } from './types.js';
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
 * - `text.headline` → `title`, `text.text` → `description`, as plain text: tags are
 *   removed (with the content of `<script>`/`<style>`), entities decoded. A slide without a
 *   headline takes its title from `text.text`, then from `media.caption`.
 * - `group` → `category`, `unique_id` → `id`, `title.text.headline` → the timeline's `title`.
 * - Ignored: `display_date` (eventline words dates itself, in the reader's language),
 *   `media` (except a caption standing in for a missing headline), `background`,
 *   `autolink`, `eras`, `scale`, the title slide's `text.text`, and unknown fields.
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
      category: 'group',
      id: 'unique_id',
    },
    topFields: { title: 'title.text.headline' },
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
      if (text !== undefined && text !== null && !isObject(text)) top('title.text', `expected an object with headline and text, got ${kind(text)}`);
      else if (isObject(text)) {
        const headline = htmlField(text.headline, 'title.text.headline', top);
        if (headline !== undefined) conversion.input.title = headline;
      }
    }
  }

  if (!Array.isArray(doc.events)) {
    top('events', doc.events === undefined ? 'missing (TimelineJS keeps its slides in "events")' : `expected an array of slides, got ${kind(doc.events)}`);
    return conversion;
  }
  doc.events.forEach((slide, index) => {
    const event = convertSlide(slide, index, issues);
    conversion.input.events.push(event.input);
    conversion.sourceIndex.push(index);
    conversion.sourceId.push(event.id);
  });
  return conversion;
}

function convertSlide(raw: unknown, index: number, issues: IssueList): { input: EventInput; id?: string } {
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
  const caption = isObject(slide.media) && typeof slide.media.caption === 'string' ? htmlField(slide.media.caption, 'media.caption', report) : undefined;
  if (headline !== undefined) {
    event.title = headline;
    if (body !== undefined) event.description = body;
  } else if (body !== undefined) {
    event.title = body;
  } else if (caption !== undefined) {
    event.title = caption;
  } else if (!textReported) {
    const raw = isObject(text) ? text.headline : undefined;
    report('text.headline', onlyMarkup(raw) ? `${quote(raw as string)} has no text once its HTML is removed` : 'missing (a slide needs a headline, text or media caption)');
  }

  const group = htmlField(slide.group, 'group', report);
  if (group !== undefined) event.category = group.replace(/\s+/g, ' ');
  return { input: event, id };
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
    // Month and day are checked above, so what is left is the range of JavaScript dates.
    const why = /outside the range/.test(e.message) ? 'is outside the years JavaScript dates can represent (about 271,820 BCE to 275,759 CE)' : `is not usable: ${e.message}`;
    report(`${field}.year`, `${describe(value.year)} ${why}`);
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
    const parts = ['year', 'month', 'day'].filter((k) => v[k] !== undefined && v[k] !== null && v[k] !== '').map((k) => `${k} ${part(v[k])}`);
    return parts.length > 0 ? `(${parts.join(', ')})` : 'the date';
  }
  return kind(v);
}
