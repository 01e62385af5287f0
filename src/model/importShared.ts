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
  /** eventline field → source field, e.g. `title` → `text.headline`. */
  fields: Readonly<Record<string, string>>;
  /** Top-level eventline field → source field, e.g. `title` → `title.text.headline`. */
  topFields: Readonly<Record<string, string>>;
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
    const theirs = own(c.topFields, issue.field) ?? issue.field;
    if (!issue.message.startsWith(ours)) return issue;
    return { field: theirs, message: `input.${theirs}: ${renumber(issue.message.slice(ours.length))}` };
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
  const field = mapField(issue.field, c.fields);
  return itemIssue(c.list, source, id, field, renumber(problem));
}

/** `title` → `text.headline`; `source.url` → the mapping of `source` + `.url` when only the parent is mapped. */
function mapField(field: string, fields: Readonly<Record<string, string>>): string {
  const whole = own(fields, field);
  if (whole !== undefined) return whole;
  const dot = field.indexOf('.');
  const parent = dot > 0 ? own(fields, field.slice(0, dot)) : undefined;
  return parent !== undefined ? parent + field.slice(dot) : field;
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
