import { dateFromJs } from './dateFromJs.js';
import { beginItem, type Conversion, htmlField, itemIssue, onlyMarkup, type Report, settle } from './importShared.js';
import { readLane } from './lanes.js';
import { EdtfError, edtfHint, parseEdtf } from './parseEdtf.js';
import type { EraInput, EventDate, EventInput, Timeline, TimelineInput } from './types.js';
import { IssueList } from './ValidationError.js';
import { isDate, isObject, kind, quote } from './valueKind.js';

const LIST = 'items';

/**
 * Converts vis-timeline items into eventline input. Pure; the result is plain JSON (dates
 * as EDTF strings) and passes {@link parseTimeline}.
 *
 * `items` is an array of items, or an object `{ items, groups? }` as some exports write it.
 * `groups` (an array of `{ id, content }`) names the lanes; it may also be passed as the
 * second argument.
 *
 * Mapping:
 * - `start` / `end` → `date` / `end`. Precision follows what is written: `"2024-06-19"` →
 *   day, `"2024-06"` → month, `"2024"` → year; an ISO date-time (`"2024-06-19T10:00Z"`,
 *   `"2024-06-19 10:00"`), a number (milliseconds since 1970), a `/Date(ms)/` string, a
 *   digit string other than four digits (milliseconds, as vis-timeline reads it) or a
 *   `Date` → the day, in UTC when the instant has a zone, else the day as written. ISO
 *   expanded years (`"-000044-03-15"`) are astronomical, as in JavaScript. Other strings
 *   (`"June 19, 2024"`) are refused: browsers read them differently and in local time.
 *   An `end` equal to `start` is dropped.
 * - `content` (HTML) → `title` as plain text; `title` (the tooltip, HTML) → `description`.
 *   A DOM element is read through its `textContent`.
 * - `group` → `lane` (vis draws each group in its own row, as eventline does each lane): the
 *   group's `content` when `groups` is given, else the group id. The timeline's `lanes`
 *   list the groups in the order `groups` gives them.
 * - `id` → `id` (a number becomes a string).
 * - Items of `type: "background"` are shaded periods, not events: `start`, `end` and
 *   `content` become an era `{ date, end, title }`, drawn across every lane. Both ends are
 *   required, as vis requires them; one without content is left out (eventline's bands are
 *   labelled). Other `type`s and fields (`className`, `style`, `subgroup`, `editable`…) are
 *   ignored.
 *
 * @throws {ValidationError} listing every problem, named in vis terms, e.g.
 *   `items[2] (id "7").start: "2024-13-01" is not a valid date: month 13`.
 * @example
 * ```ts
 * fromVisItems([{ id: 1, start: '2024-06-19', content: '<b>Summit</b>' }])
 * // { events: [{ id: '1', date: '2024-06-19', title: 'Summit' }] }
 * ```
 */
export function fromVisItems(items: unknown, groups?: unknown): TimelineInput {
  return settle(convertVis(items, groups)).input;
}

/** {@link fromVisItems} then {@link parseTimeline}, with messages in vis terms. */
export function parseVisValue(items: unknown, groups?: unknown): Timeline {
  return settle(convertVis(items, groups)).timeline;
}

function convertVis(value: unknown, groupsArg: unknown): Conversion {
  const issues = new IssueList();
  const eraIds: (string | undefined)[] = [];
  const conversion: Conversion = {
    input: { events: [] },
    issues,
    list: LIST,
    sourceIndex: [],
    sourceId: [],
    fields: { date: 'start', end: 'end', title: 'content', description: 'title', lane: 'group', id: 'id' },
    topFields: {},
    eras: {
      sourceIndex: [],
      fields: { date: 'start', end: 'end', title: 'content' },
      issue: (index, field, problem) =>
        field === undefined ? { index, message: `${LIST}[${index}]: ${problem}` } : itemIssue(LIST, index, eraIds[index], field, problem),
    },
  };
  const top: Report = (field, problem) => issues.push({ field, message: `input.${field}: ${problem}` });
  let items: unknown[];
  let groups = groupsArg;
  if (Array.isArray(value)) items = value;
  else if (isObject(value) && Array.isArray(value.items)) {
    items = value.items;
    if (groups === undefined) groups = value.groups;
  } else {
    issues.push({ message: `input: expected an array of vis-timeline items or an object with an "items" array, got ${kind(value)}` });
    return conversion;
  }
  const groupNames = readGroups(groups, top);

  const eras: EraInput[] = [];
  items.forEach((item, index) => {
    if (isObject(item) && item.type === 'background') {
      const era = convertBackground(item, index, issues);
      eraIds[index] = era.id;
      if (era.input) {
        eras.push(era.input);
        conversion.eras!.sourceIndex.push(index);
      }
      return;
    }
    const event = convertItem(item, index, groupNames, issues);
    conversion.input.events.push(event.input);
    conversion.sourceIndex.push(index);
    conversion.sourceId.push(event.id);
  });
  // A name eventline refuses is reported on the items of its group, not again in `lanes`.
  const lanes = [...new Set([...groupNames.values()].map((name) => readLane(name, 'group', () => {})).filter((n) => n !== undefined))];
  if (lanes.length > 0) conversion.input.lanes = lanes;
  if (eras.length > 0) conversion.input.eras = eras;
  return conversion;
}

/** A background item as an era; `input` is absent when it was reported or has no content. */
function convertBackground(raw: Record<string, unknown>, index: number, issues: IssueList): { input?: EraInput; id?: string } {
  const begun = beginItem(LIST, index, raw, 'id', 'an item', issues);
  if (!begun) return {};
  const { id, report } = begun;
  const before = issues.count;
  const blank = (v: unknown) => v === undefined || v === null || v === '';
  const missing = 'missing (a background item shades the time from start to end)';
  const start = blank(raw.start) ? (report('start', missing), undefined) : readVisDate(raw.start, 'start', report);
  const end = blank(raw.end) ? (report('end', missing), undefined) : readVisDate(raw.end, 'end', report);
  if (start && end && end.start < start.start) report('end', `${end.edtf} is before start ${start.edtf}`);
  const title = htmlField(textOf(raw.content), 'content', report);
  if (issues.count > before || !start || !end || title === undefined) return { id };
  const era: EraInput = end.edtf === start.edtf ? { date: start.edtf, title } : { date: start.edtf, end: end.edtf, title };
  return { input: era, id };
}

function readGroups(groups: unknown, top: Report): Map<string, string> {
  const names = new Map<string, string>();
  if (groups === undefined || groups === null) return names;
  if (!Array.isArray(groups)) {
    top('groups', `expected an array of groups, got ${kind(groups)}`);
    return names;
  }
  groups.forEach((g, k) => {
    if (!isObject(g)) return;
    const id = typeof g.id === 'number' || typeof g.id === 'string' ? String(g.id) : undefined;
    if (id === undefined) return;
    // A group without content is drawn with an empty label; its items still share a lane, named by the id.
    const name = htmlField(textOf(g.content), `groups[${k}].content`, top) ?? id;
    if (!names.has(id)) names.set(id, name.trim().replace(/\s+/g, ' '));
  });
  return names;
}

function convertItem(raw: unknown, index: number, groups: Map<string, string>, issues: IssueList): { input: EventInput; id?: string } {
  const event: EventInput = { date: '2000', title: '-' };
  const begun = beginItem(LIST, index, raw, 'id', 'an item', issues);
  if (!begun) return { input: event };
  const { id, report } = begun;
  const item = begun.item;
  if (id !== undefined) event.id = id;

  let start: EventDate | undefined;
  if (item.start === undefined || item.start === null || item.start === '') {
    report('start', 'missing (expected e.g. "2024-06-19", a Date or milliseconds since 1970)');
  } else {
    start = readVisDate(item.start, 'start', report);
    if (start) event.date = start.edtf;
  }
  // Checked even when start is bad, so one pass shows every problem.
  const end = item.end === undefined || item.end === null || item.end === '' ? undefined : readVisDate(item.end, 'end', report);
  if (start && end) {
    if (end.start < start.start) report('end', `${end.edtf} is before start ${start.edtf}`);
    else if (end.edtf !== start.edtf) event.end = end.edtf;
  }

  const before = issues.count;
  const content = htmlField(textOf(item.content), 'content', report);
  if (content !== undefined) event.title = content;
  else if (issues.count === before) {
    const raw = item.content;
    report(
      'content',
      onlyMarkup(raw) ? `${quote(raw as string)} has no text once its HTML is removed` : typeof raw === 'string' ? 'is empty' : 'missing',
    );
  }
  const tooltip = htmlField(textOf(item.title), 'title', report);
  if (tooltip !== undefined) event.description = tooltip;

  const group = item.group;
  if (group !== undefined && group !== null && group !== '') {
    if (typeof group === 'string' || (typeof group === 'number' && Number.isFinite(group))) {
      const name = groups.get(String(group)) ?? String(group).trim().replace(/\s+/g, ' ');
      if (name !== '') {
        // The lane keeps vis's rows; the category keeps each group's own colour too.
        event.lane = name;
        event.category = name;
      }
    } else {
      report('group', `expected a group id (string or number), got ${kind(group)}`);
    }
  }
  return { input: event, id };
}

/** A DOM element (vis accepts them as content) becomes its text; anything else is returned as is. */
function textOf(v: unknown): unknown {
  if (typeof v === 'object' && v !== null && (v as { nodeType?: unknown }).nodeType === 1) {
    const t = (v as { textContent?: unknown }).textContent;
    // Escaped, because the caller reads the result as HTML: the element's text is text.
    if (typeof t === 'string') return t.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  }
  return v;
}

const ASP_DATE = /^\/?Date\((-?\d+)(?:[+-]\d{4})?\)\/?$/i;
const ISO = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?))?)?)?$/;
const EXPANDED = /^([+-])(\d{6})(?=$|-)/;
const NOT_A_VIS_DATE =
  'is not a date every browser reads alike (expected ISO 8601 such as "2024-06-19" or "2024-06-19T10:00:00Z", "/Date(ms)/", or milliseconds since 1970)';

/** Reads a vis `start`/`end`; problems are reported on `field`. */
export function readVisDate(value: unknown, field: string, report: Report): EventDate | undefined {
  try {
    if (isDate(value)) return dateFromJs(value);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        report(field, `${value} is not a time`);
        return undefined;
      }
      return fromMs(value, field, report);
    }
    if (typeof value !== 'string') {
      report(field, `expected an ISO 8601 string, a Date or milliseconds since 1970, got ${kind(value)}`);
      return undefined;
    }
  } catch (e) {
    if (!(e instanceof EdtfError)) throw e;
    report(field, e.message);
    return undefined;
  }
  let s = value.trim();
  const asp = ASP_DATE.exec(s);
  if (asp) return fromMs(Number(asp[1]), field, report);
  // vis-timeline 7+ reads a digit string as milliseconds; four digits are a year (as vis ≤ 6 and EDTF read them).
  if (/^\d+$/.test(s) && s.length !== 4) return fromMs(Number(s), field, report);
  const expanded = EXPANDED.exec(s);
  if (expanded) {
    const year = Number(expanded[2]) * (expanded[1] === '-' ? -1 : 1);
    if (expanded[1] === '-' && year === 0) {
      report(field, `${quote(value)} is not a valid date: year -000000 does not exist`);
      return undefined;
    }
    if (Math.abs(year) > 9999) {
      report(field, `${quote(value)}: years beyond 9999 are only supported as a plain year (eventline JSON, e.g. "Y-12000")`);
      return undefined;
    }
    s = (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0') + s.slice(expanded[0].length);
  }
  const m = ISO.exec(s);
  if (!m) {
    // Only advice vis-timeline itself would read alike: no EDTF qualifiers, decades or seasons.
    const hint = edtfHint(value, (edtf) => ISO.test(edtf) && !/-2[1-4]$/.test(edtf));
    report(field, `${quote(value)} ${NOT_A_VIS_DATE}${hint === undefined ? '' : `; ${hint}`}`);
    return undefined;
  }
  if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12)) {
    report(field, `${quote(value)} is not a valid date: month ${Number(m[2])}`);
    return undefined;
  }
  try {
    return parseEdtf(s.replace(' ', 'T'));
  } catch (e) {
    if (!(e instanceof EdtfError)) throw e;
    report(field, `${quote(value)} is not a valid date: ${e.message}`);
    return undefined;
  }
}

function fromMs(ms: number, field: string, report: Report): EventDate | undefined {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) {
    report(field, `${ms} milliseconds is outside the range of JavaScript dates`);
    return undefined;
  }
  try {
    return dateFromJs(d);
  } catch (e) {
    if (!(e instanceof EdtfError)) throw e;
    report(field, e.message);
    return undefined;
  }
}
