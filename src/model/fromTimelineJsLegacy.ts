import { type Conversion, type EraSource, itemIssue } from './importShared.js';
import type { ValidationIssue } from './types.js';
import { IssueList } from './ValidationError.js';
import { isObject, kind, quote } from './valueKind.js';

/**
 * A TimelineJS file in one of the shapes that wrap everything in `timeline`, rewritten as
 * a TimelineJS3 document, with what is needed to name its problems in the file's own terms.
 */
export interface LegacyTimelineJs {
  /** The same content as a TimelineJS3 document: `{ title?, events, eras? }`. */
  readonly doc: Readonly<Record<string, unknown>>;
  /**
   * Takes the conversion of {@link doc} and returns it in the legacy file's terms
   * (`timeline.date[3].startDate`, `input.timeline.headline`), with the problems found
   * while rewriting the file added.
   */
  rename(conversion: Conversion): Conversion;
}

/**
 * Recognises the older TimelineJS shapes and rewrites them as a TimelineJS3 document, so
 * they take the one TimelineJS3 path (same precision, BCE and HTML rules):
 *
 * - **TimelineJS 2**: `{ timeline: { headline, text, type: "default", startDate, asset,
 *   date: [{ startDate: "1932,2,27", endDate, headline, text, tag, asset }], era: [...] } }`.
 *   Dates are `"year,month,day,hour,minute,second,millisecond"` strings cut short at the
 *   precision known, so `"1932"` is a year, `"1932,2"` a month, `"1932,2,27"` a day; blank
 *   parts are absent and, as TimelineJS 2 reads them, so is a month or day of `0`
 *   (`"1932,0,0"` is the year 1932). Also read: a number (a year), the US
 *   `"2/27/1932"` / `"2/1932"` that TimelineJS 2 reads from spreadsheets, and ISO
 *   `"1932-02-27"` (which TimelineJS 2 garbles). Negative years are BCE as TimelineJS shows
 *   them: `"-44,3,15"` is 15 March 44 BCE. The top-level `headline` titles the timeline;
 *   the top-level `startDate` only placed that title slide, so it is not an event.
 *   `tag` → `group`, `asset` → `media` (`asset.media` → `media.url`), `era` → `eras`
 *   (`{ startDate, endDate, headline }` → `{ start_date, end_date, text: { headline } }`).
 *   Problems are named in these terms: `timeline.date[3].asset.media`,
 *   `input.timeline.era[1].startDate`.
 * - **TimelineJS 3 beta** (2014; also what its `convert_json.py` wrote): `{ timeline:
 *   { slides: [ TimelineJS3 slides ] } }`. Every dated slide is an event, as the beta drew
 *   each on its time axis; a first slide without `start_date` is the title slide.
 *
 * `undefined` for anything else (including a value with `events`, which is TimelineJS3).
 *
 * @example
 * ```ts
 * readLegacyTimelineJs({ timeline: { headline: 'T', date: [{ startDate: '1932,2,27', headline: 'x' }] } })!.doc
 * // { title: { text: { headline: 'T' }, … }, events: [{ start_date: { year: 1932, month: 2, day: 27 }, text: { headline: 'x' } }] }
 * ```
 */
export function readLegacyTimelineJs(value: unknown): LegacyTimelineJs | undefined {
  if (!isObject(value) || 'events' in value || !('timeline' in value)) return undefined;
  const timeline = value.timeline;
  if (!isObject(timeline)) {
    return unreadable({
      field: 'timeline',
      message: `input.timeline: expected an object holding "date" (TimelineJS 2) or "slides" (TimelineJS 3 beta), got ${kind(timeline)}`,
    });
  }
  if (timeline.date === undefined && timeline.slides !== undefined) return readSlides(timeline);
  return readDates(timeline);
}

function unreadable(issue: ValidationIssue): LegacyTimelineJs {
  return { doc: { events: [] }, rename: (c) => ({ ...c, issues: relist(c.issues, [issue], (i) => [i]) }) };
}

const DATES = 'timeline.date';
const SLIDES = 'timeline.slides';

/** TimelineJS3 slide field → TimelineJS 2 date field, for fields whose name changed. */
const DATE_FIELDS = new Map([
  ['text.headline', 'headline'],
  ['text.text', 'text'],
  ['group', 'tag'],
  ['media', 'asset'],
  ['media.url', 'asset.media'],
]);

const ERAS = 'timeline.era';

/** TimelineJS3 era field → TimelineJS 2 era field. */
const ERA_FIELDS = new Map([
  ['start_date', 'startDate'],
  ['end_date', 'endDate'],
  ['text.headline', 'headline'],
  ['text', 'headline'],
]);

function readDates(timeline: Record<string, unknown>): LegacyTimelineJs {
  const own: ValidationIssue[] = [];
  // `${index}` when a whole date was refused, `${index}.${field}` for one field, and
  // `era.…` likewise for eras: the TimelineJS3 path then stays quiet about it, so each
  // problem is told once.
  const reported = new Set<string>();
  const raws: { startDate?: unknown; endDate?: unknown }[] = [];
  const eraRaws: { startDate?: unknown; endDate?: unknown }[] = [];
  const events: unknown[] = [];
  const doc: Record<string, unknown> = { events };

  if (timeline.headline !== undefined || timeline.text !== undefined || timeline.asset !== undefined) {
    doc.title = { text: { headline: timeline.headline, text: timeline.text }, media: toMedia(timeline.asset) };
  }
  if (timeline.era !== undefined && timeline.era !== null) {
    if (!Array.isArray(timeline.era)) {
      own.push({ field: ERAS, message: `input.${ERAS}: expected an array of eras, got ${kind(timeline.era)}` });
    } else {
      doc.eras = timeline.era.map((era: unknown, index) => {
        const report = (field: string | undefined, problem: string) => {
          reported.add(field === undefined ? `era.${index}` : `era.${index}.${field}`);
          const at = field === undefined ? `${ERAS}[${index}]` : `${ERAS}[${index}].${field}`;
          own.push({ field: at, message: `input.${at}: ${problem}` });
        };
        eraRaws.push(isObject(era) ? { startDate: era.startDate, endDate: era.endDate } : {});
        return toEra(era, report);
      });
    }
  }

  if (!Array.isArray(timeline.date)) {
    const message =
      timeline.date === undefined
        ? 'missing (TimelineJS 2 keeps its events in "date", TimelineJS 3 beta in "slides")'
        : `expected an array of dates, got ${kind(timeline.date)}`;
    own.push({ field: DATES, message: `input.${DATES}: ${message}` });
  } else {
    timeline.date.forEach((item, index) => {
      const report = (field: string | undefined, problem: string) => {
        reported.add(field === undefined ? `${index}` : `${index}.${field}`);
        own.push(
          field === undefined ? { index, message: `${DATES}[${index}]: ${problem}` } : itemIssue(DATES, index, undefined, field, problem),
        );
      };
      raws.push(isObject(item) ? { startDate: item.startDate, endDate: item.endDate } : {});
      events.push(toSlide(item, report));
    });
  }

  /** A date field's problem as TimelineJS 2 writes the date: `"1932,13" (month): …`. */
  const dateProblem = (
    raw: { startDate?: unknown; endDate?: unknown } | undefined,
    field: 'startDate' | 'endDate',
    part: string | undefined,
    problem: string,
  ) => {
    const value = raw?.[field];
    if (part !== undefined && typeof value === 'string') return `${describe(value)} (${part}): ${problem}`;
    if (field === 'endDate' && problem.includes(' is before ')) return `${describe(value)} is before startDate ${describe(raw?.startDate)}`;
    return problem;
  };

  const eraIssue = (index: number, field: string | undefined, problem: string): ValidationIssue[] => {
    if (reported.has(`era.${index}`)) return [];
    if (field === undefined) return [{ field: `${ERAS}[${index}]`, message: `input.${ERAS}[${index}]: ${problem}` }];
    const dot = field.indexOf('.');
    const head = dot < 0 ? field : field.slice(0, dot);
    let theirs: string;
    let text = problem;
    if (head === 'start_date' || head === 'end_date') {
      theirs = head === 'start_date' ? 'startDate' : 'endDate';
      text = dateProblem(eraRaws[index], theirs as 'startDate' | 'endDate', dot > 0 ? field.slice(dot + 1) : undefined, problem);
    } else {
      theirs = ERA_FIELDS.get(field) ?? field;
    }
    if (reported.has(`era.${index}.${theirs}`)) return [];
    const at = `${ERAS}[${index}].${theirs}`;
    return [{ field: at, message: `input.${at}: ${text}` }];
  };

  const rename = (c: Conversion): Conversion => {
    const issues = relist(c.issues, own, (issue): ValidationIssue[] => {
      if (issue.index === undefined) {
        const era = issue.field === undefined ? null : /^eras\[(\d+)\](?:\.(.+))?$/.exec(issue.field);
        if (era) return eraIssue(Number(era[1]), era[2], topProblem(issue));
        const field = issue.field?.startsWith('title.text.') ? `timeline.${issue.field.slice('title.text.'.length)}` : issue.field;
        return [field === issue.field ? issue : { field, message: `input.${field}: ${topProblem(issue)}` }];
      }
      const index = issue.index;
      if (reported.has(`${index}`)) return [];
      const problem = itemProblem(issue, c.list);
      if (issue.field === undefined) return [{ index, message: `${DATES}[${index}]: ${problem}` }];
      const dot = issue.field.indexOf('.');
      const head = dot < 0 ? issue.field : issue.field.slice(0, dot);
      if (head === 'start_date' || head === 'end_date') {
        const field = head === 'start_date' ? 'startDate' : 'endDate';
        if (reported.has(`${index}.${field}`)) return [];
        return [
          itemIssue(
            DATES,
            index,
            undefined,
            field,
            dateProblem(raws[index], field, dot > 0 ? issue.field.slice(dot + 1) : undefined, problem),
          ),
        ];
      }
      const field = dateField(issue.field);
      if (reported.has(`${index}.${field}`)) return [];
      return [itemIssue(DATES, index, undefined, field, problem.replace('media caption', 'asset caption'))];
    });
    const eras: EraSource = {
      sourceIndex: c.eras?.sourceIndex ?? [],
      fields: { date: 'start_date', end: 'end_date', title: 'text.headline' },
      issue: (index, field, problem) =>
        eraIssue(index, field, problem)[0] ?? { field: `${ERAS}[${index}]`, message: `input.${ERAS}[${index}]: ${problem}` },
    };
    return {
      ...c,
      issues,
      list: DATES,
      fields: {
        date: 'startDate',
        end: 'endDate',
        title: 'headline',
        description: 'text',
        lane: 'tag',
        media: 'asset',
        'media.src': 'asset.media',
        url: 'asset.media',
      },
      eventFields: c.eventFields?.map((f) =>
        f === undefined ? undefined : Object.fromEntries(Object.entries(f).map(([k, v]) => [k, dateField(v)])),
      ),
      topFields: { title: 'timeline.headline' },
      eras,
    };
  };
  return { doc, rename };
}

function dateField(field: string): string {
  return DATE_FIELDS.get(field) ?? (field.startsWith('media.') ? `asset.${field.slice('media.'.length)}` : field);
}

type Report = (field: string | undefined, problem: string) => void;

function toSlide(item: unknown, report: Report): unknown {
  if (!isObject(item)) {
    report(undefined, `expected an object such as {"startDate": "1932,2,27", "headline": "…"}, got ${kind(item)}`);
    return item;
  }
  const slide: Record<string, unknown> = { text: { headline: item.headline, text: item.text } };
  const start = readLegacyDate(item.startDate);
  if (start === undefined) report('startDate', 'missing (expected a date such as "1932,2,27")');
  else if ('problem' in start) report('startDate', start.problem);
  else slide.start_date = start.parts;
  // A blank endDate is no end, as in TimelineJS 2, where the event then ends where it starts.
  const end = readLegacyDate(item.endDate);
  if (end !== undefined && 'problem' in end) report('endDate', end.problem);
  else if (end !== undefined) slide.end_date = end.parts;
  if (item.tag !== undefined) slide.group = item.tag;
  if (item.asset !== undefined && item.asset !== null && !isObject(item.asset)) {
    report('asset', `expected an object such as {"media": "https://…/photo.jpg", "caption": "…", "credit": "…"}, got ${kind(item.asset)}`);
  }
  const media = toMedia(item.asset);
  if (media !== undefined) slide.media = media;
  return slide;
}

function toMedia(asset: unknown): Record<string, unknown> | undefined {
  if (!isObject(asset)) return undefined;
  return { url: asset.media, caption: asset.caption, credit: asset.credit, thumbnail: asset.thumbnail };
}

/**
 * An era as TimelineJS3 writes it. A date that cannot be read is reported here, in the
 * file's terms, and left out (the TimelineJS3 path is told to stay quiet about it).
 */
function toEra(era: unknown, report: Report): unknown {
  if (!isObject(era)) {
    report(undefined, `expected an object such as {"startDate": "1950", "endDate": "1953", "headline": "…"}, got ${kind(era)}`);
    return era;
  }
  const out: Record<string, unknown> = { text: { headline: era.headline } };
  const start = readLegacyDate(era.startDate);
  if (start === undefined) report('startDate', 'missing (an era needs a start and an end)');
  else if ('problem' in start) report('startDate', start.problem);
  else out.start_date = start.parts;
  const end = readLegacyDate(era.endDate);
  if (end === undefined) report('endDate', 'missing (an era needs a start and an end)');
  else if ('problem' in end) report('endDate', end.problem);
  else out.end_date = end.parts;
  return out;
}

function readSlides(timeline: Record<string, unknown>): LegacyTimelineJs {
  const slides = timeline.slides;
  if (!Array.isArray(slides)) {
    return unreadable({ field: SLIDES, message: `input.${SLIDES}: expected an array of slides, got ${kind(slides)}` });
  }
  const first = slides[0];
  // The modern title slide is a slide without a date; a beta file that has one means it so.
  const titled = timeline.title === undefined && isObject(first) && (first.start_date === undefined || first.start_date === null);
  const offset = titled ? 1 : 0;
  const doc: Record<string, unknown> = { events: slides.slice(offset) };
  if (titled) doc.title = first;
  else if (timeline.title !== undefined) doc.title = timeline.title;
  if (timeline.eras !== undefined) doc.eras = timeline.eras;

  const rename = (c: Conversion): Conversion => ({
    ...c,
    issues: relist(c.issues, [], (issue): ValidationIssue[] => [renameSlideIssue(issue, c.list)]),
    list: SLIDES,
    sourceIndex: c.sourceIndex.map((k) => k + offset),
    topFields: { title: titled ? `${SLIDES}[0].text.headline` : 'timeline.title.text.headline' },
    ...(c.eras !== undefined && {
      eras: {
        ...c.eras,
        issue: (index: number, field: string | undefined, problem: string) => {
          const at = field === undefined ? `timeline.eras[${index}]` : `timeline.eras[${index}].${field}`;
          return { field: at, message: `input.${at}: ${problem}` };
        },
      },
    }),
  });
  const renameSlideIssue = (issue: ValidationIssue, list: string): ValidationIssue => {
    if (issue.index === undefined) {
      if (issue.field !== undefined && /^eras(\[|$)/.test(issue.field))
        return { field: `timeline.${issue.field}`, message: `input.timeline.${issue.field}: ${topProblem(issue)}` };
      if (issue.field === undefined || !/^title(\.|$)/.test(issue.field)) return issue;
      if (!titled) return { field: `timeline.${issue.field}`, message: `input.timeline.${issue.field}: ${topProblem(issue)}` };
      const rest = issue.field.slice('title.'.length);
      return rest === ''
        ? { index: 0, message: `${SLIDES}[0]: ${topProblem(issue)}` }
        : itemIssue(SLIDES, 0, undefined, rest, topProblem(issue));
    }
    const index = issue.index + offset;
    const problem = itemProblem(issue, list);
    if (issue.field === undefined) {
      const where = issue.id === undefined ? `${SLIDES}[${index}]` : `${SLIDES}[${index}] (id ${JSON.stringify(issue.id)})`;
      return { index, ...(issue.id !== undefined && { id: issue.id }), message: `${where}: ${problem}` };
    }
    return itemIssue(SLIDES, index, issue.id, issue.field, problem);
  };
  return { doc, rename };
}

/** The problem of an item issue without its `events[3] (id "x").field: ` prefix. */
function itemProblem(issue: ValidationIssue, list: string): string {
  const where = issue.id === undefined ? `${list}[${issue.index}]` : `${list}[${issue.index}] (id ${JSON.stringify(issue.id)})`;
  const head = issue.field === undefined ? `${where}: ` : `${where}.${issue.field}: `;
  return issue.message.startsWith(head) ? issue.message.slice(head.length) : issue.message;
}

/** The problem of a top-level issue without its `input.field: ` prefix. */
function topProblem(issue: ValidationIssue): string {
  const head = `input.${issue.field}: `;
  return issue.message.startsWith(head) ? issue.message.slice(head.length) : issue.message;
}

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type Parts = Partial<Record<(typeof PARTS)[number], number | string>>;

/** `2/27/1932`, `2/1932`, optionally `14:30` — month first, as TimelineJS 2 reads it. */
const US_DATE =
  /^(?<month>\d{1,2})\/(?:(?<day>\d{1,2})\/)?(?<year>-\d+|\d{3,})(?:\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?)?$/;
/** ISO 8601 calendar dates; a time (and its zone) may follow, and is checked, then dropped with the rest of the time. */
const ISO_DATE =
  /^(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?$/;
const YEAR = /^[+-]?\d+$/;

/**
 * A TimelineJS 2 date as TimelineJS3 date parts, checked later by the TimelineJS3 path;
 * `undefined` when absent or blank; a problem when it has no form TimelineJS reads.
 */
function readLegacyDate(value: unknown): { parts: Parts } | { problem: string } | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return { parts: { year: value } };
  if (typeof value !== 'string') return { problem: `expected a date such as "1932,2,27", got ${kind(value)}` };
  const text = value.trim();
  if (text === '') return undefined;
  if (text.includes(',')) {
    const cells = text.split(',');
    if (cells.length > PARTS.length) {
      return {
        problem: `${quote(value)} has ${cells.length} parts; TimelineJS reads at most ${PARTS.length} (year, month, day, hour, minute, second, millisecond)`,
      };
    }
    const parts: Parts = {};
    cells.forEach((cell, k) => {
      const name = PARTS[k]!;
      const part = toPart(cell);
      // TimelineJS 2 skips a month or day of 0, so "1932,0,0" is shown as the year 1932.
      if (part === undefined || (part === 0 && (name === 'month' || name === 'day'))) return;
      parts[name] = part;
    });
    return Object.keys(parts).length === 0 ? undefined : { parts };
  }
  const match = US_DATE.exec(text) ?? ISO_DATE.exec(text);
  if (match) {
    const parts: Parts = {};
    for (const name of PARTS) {
      const cell = match.groups?.[name];
      if (cell !== undefined) parts[name] = toPart(cell)!;
    }
    return { parts };
  }
  if (YEAR.test(text)) return { parts: { year: toPart(text)! } };
  return { problem: `${quote(value)} is not a date TimelineJS reads (write "1932", "1932,2", "1932,2,27" or "1932,2,27,14,30")` };
}

/** A number for digits, so messages show `13` rather than `"13"`; anything else as written, for the TimelineJS3 path to refuse. */
function toPart(cell: string): number | string | undefined {
  const s = cell.trim();
  if (s === '') return undefined;
  return /^[+-]?\d{1,15}$/.test(s) ? Number(s) + 0 : s;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') return String(v);
  return kind(v);
}

/**
 * Renames the kept problems of a conversion (a rename may drop one already reported in the
 * file's own terms) and keeps the count of those past the cap.
 */
function relist(issues: IssueList, head: readonly ValidationIssue[], rename: (issue: ValidationIssue) => ValidationIssue[]): IssueList {
  const out = new IssueList();
  for (const issue of head) out.push(issue);
  for (const issue of issues.kept) for (const renamed of rename(issue)) out.push(renamed);
  out.count += issues.count - issues.kept.length;
  return out;
}
