import { htmlToText } from './htmlToText.js';
import { parseTimeline } from './parseTimeline.js';
import type { Timeline, TimelineInput, ValidationIssue } from './types.js';
import { type IssueList, isValidationError, ValidationError } from './ValidationError.js';
import { isObject, kind } from './valueKind.js';

/** Reports one problem with a field of the current item (the location prefix is fixed by the caller). */
export type Report = (field: string, problem: string) => void;

/** A foreign document turned into eventline input, with the problems found on the way. */
export interface Conversion {
  input: TimelineInput;
  issues: IssueList;
  /** Name of the list in the source document, for messages: `events` (TimelineJS) or `items` (vis). */
  list: string;
  /** For each event of `input`, the index of the item it came from in the source list. */
  sourceIndex: number[];
  /** For each event of `input`, its id as the source wrote it (for messages). */
  sourceId: (string | undefined)[];
  /** eventline field → source field, e.g. `title` → `text.headline`; a key names a field and those below it. */
  fields: Readonly<Record<string, string>>;
  /**
   * For each event of `input`, the fields it maps otherwise than {@link fields}, e.g.
   * `media.src` → `media.thumbnail` when the image came from a thumbnail.
   */
  eventFields?: (Readonly<Record<string, string>> | undefined)[];
  /** Top-level eventline field → source field, e.g. `title` → `title.text.headline`. */
  topFields: Readonly<Record<string, string>>;
  /** Where the eras of `input` came from, to name their problems in the source's terms. */
  eras?: EraSource;
}

/** The source of each era of a conversion, and how the source names a problem with it. */
export interface EraSource {
  /** For each era of `input`, the index of what it came from in the source. */
  sourceIndex: number[];
  /** eventline era field → source field, e.g. `date` → `start_date`. */
  fields: Readonly<Record<string, string>>;
  /** The issue for a problem with source era `index` (`field` in the source's terms; `undefined` for the whole era). */
  issue(index: number, field: string | undefined, problem: string): ValidationIssue;
}

/** An issue about item `index` of a source list, in the `events[3] (id "x").field: problem` style. */
export function itemIssue(list: string, index: number, id: string | undefined, field: string, problem: string): ValidationIssue {
  const where = id === undefined ? `${list}[${index}]` : `${list}[${index}] (id ${JSON.stringify(id)})`;
  return { index, ...(id !== undefined && { id }), field, message: `${where}.${field}: ${problem}` };
}

/**
 * Validates a conversion with {@link parseTimeline} and throws one {@link ValidationError}
 * holding the converter's problems and parseTimeline's (renamed to the source's fields and
 * indexes), sorted by item. Returns the input and the timeline when there are none.
 */
export function settle(c: Conversion): { input: TimelineInput; timeline: Timeline } {
  let timeline: Timeline | undefined;
  let later: ValidationIssue[] = [];
  let laterTotal = 0;
  try {
    timeline = parseTimeline(c.input);
  } catch (e) {
    if (!isValidationError(e)) throw e;
    later = e.issues.map((issue) => rename(issue, c));
    laterTotal = e.total ?? e.issues.length;
  }
  // Both lists are in item order and each kept its first problems, so the first of the
  // merged list are the first of all.
  const issues = [...c.issues.kept, ...later]
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => (a.issue.index ?? -1) - (b.issue.index ?? -1) || a.order - b.order)
    .map(({ issue }) => issue);
  const total = c.issues.count + laterTotal;
  if (total > 0 || timeline === undefined) throw new ValidationError(issues, total);
  return { input: c.input, timeline };
}

/** Rewrites one parseTimeline issue in the source's terms. */
function rename(issue: ValidationIssue, c: Conversion): ValidationIssue {
  const renumber = (text: string) =>
    text.replace(/\bevents\[(\d+)\]/g, (_, k: string) => `${c.list}[${c.sourceIndex[Number(k)] ?? Number(k)}]`);
  if (issue.index === undefined) {
    if (issue.field === undefined) return issue;
    const ours = `input.${issue.field}: `;
    if (!issue.message.startsWith(ours)) return issue;
    const problem = renumber(issue.message.slice(ours.length));
    const era = /^eras\[(\d+)\](?:\.(.+))?$/.exec(issue.field);
    if (era && c.eras) {
      const k = Number(era[1]);
      const field = era[2] === undefined ? undefined : (mapField(era[2], [c.eras.fields]) ?? era[2]);
      return c.eras.issue(c.eras.sourceIndex[k] ?? k, field, problem);
    }
    const theirs = mapField(issue.field, [c.topFields]) ?? issue.field;
    return { field: theirs, message: `input.${theirs}: ${problem}` };
  }
  const where = issue.id === undefined ? `events[${issue.index}]` : `events[${issue.index}] (id ${JSON.stringify(issue.id)})`;
  const source = c.sourceIndex[issue.index] ?? issue.index;
  const id = c.sourceId[issue.index];
  if (issue.field === undefined) {
    const problem = issue.message.startsWith(`${where}: `) ? issue.message.slice(where.length + 2) : issue.message;
    const whereTheirs = id === undefined ? `${c.list}[${source}]` : `${c.list}[${source}] (id ${JSON.stringify(id)})`;
    return { index: source, ...(id !== undefined && { id }), message: `${whereTheirs}: ${renumber(problem)}` };
  }
  const head = `${where}.${issue.field}: `;
  const problem = issue.message.startsWith(head) ? issue.message.slice(head.length) : issue.message;
  const own = c.eventFields?.[issue.index];
  const field = mapField(issue.field, own === undefined ? [c.fields] : [own, c.fields]) ?? issue.field;
  return itemIssue(c.list, source, id, field, renumber(problem));
}

/**
 * The source's name for a field: the first map holding the field or, failing that, its
 * longest mapped parent, with the rest appended (`media.alt.en` → `media.alt` + `.en`).
 * `undefined` when no map names it.
 */
function mapField(field: string, maps: readonly Readonly<Record<string, string>>[]): string | undefined {
  for (let end = field.length; end > 0; end = field.lastIndexOf('.', end - 1)) {
    const head = field.slice(0, end);
    for (const map of maps) {
      const theirs = own(map, head);
      if (theirs !== undefined) return theirs + field.slice(end);
    }
  }
  return undefined;
}

/** An own entry only: field names carry language keys from the data (`title.toString`). */
function own(map: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/**
 * Reads a text field that may hold HTML: a string (or a number, which spreadsheets
 * produce) becomes its plain text; absent, `null` and blank become `undefined`.
 * Anything else is reported.
 */
export function htmlField(value: unknown, field: string, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') {
    report(field, `expected a string (HTML allowed), got ${kind(value)}`);
    return undefined;
  }
  const text = htmlToText(value);
  return text === '' ? undefined : text;
}

/** True when a string field holds something, but no text once the HTML is removed (`<img src=…>`). */
export function onlyMarkup(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '' && htmlToText(value) === '';
}

/** An identifier written as a string or a number; blank is absent. */
export function idField(value: unknown, field: string, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  report(field, `expected a string or a number, got ${kind(value)}`);
  return undefined;
}

/**
 * The start every importer shares for one source item: refuse a non-object, read its
 * id first (every later message names it), and give back a reporter bound to it.
 *
 * @example
 * ```ts
 * const begun = beginItem('items', 3, raw, 'id', 'an item', issues);
 * if (begun) begun.report('start', 'missing');
 * ```
 */
export function beginItem(
  list: string,
  index: number,
  value: unknown,
  idKey: string,
  noun: string,
  issues: IssueList,
): { item: Record<string, unknown>; id?: string; report: Report } | undefined {
  if (!isObject(value)) {
    issues.push({ index, message: `${list}[${index}]: expected ${noun} object, got ${kind(value)}` });
    return undefined;
  }
  const early: [string, string][] = [];
  const id = idField(value[idKey], idKey, (f, p) => early.push([f, p]));
  const report: Report = (field, problem) => issues.push(itemIssue(list, index, id, field, problem));
  for (const [f, p] of early) report(f, p);
  return id === undefined ? { item: value, report } : { item: value, id, report };
}
