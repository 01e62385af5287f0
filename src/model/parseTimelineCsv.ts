import { dsvFormat } from 'd3';
import { csvDelimiter } from './csvDelimiter.js';
import { isLanguageTag, LANGUAGE_TAG_HINT } from './languageTag.js';
import { parseTimeline } from './parseTimeline.js';
import type { Timeline, ValidationIssue } from './types.js';
import { ValidationError } from './ValidationError.js';
import { quote } from './valueKind.js';

/**
 * Parses a timeline from CSV with a header row, separated by commas, semicolons or tabs
 * (the one the header uses most, see {@link csvDelimiter}; an Excel `sep=;` line is
 * honoured). Columns: `date`, `end`, `title`,
 * `description`, `category`, `lane`, `id`, `url`, and for the source `source` (publication),
 * `source_agency`, `source_quote`, `source_url`. Text columns may be split by language:
 * `title_en`, `title_ar`, `description_ar`, `source_quote_ar`, … become a language map.
 * Beside such columns, the plain column (`title`) is the English text (`en`), the language a
 * title map falls back to, so `title,title_ar` reads as `{ en, ar }`; a `title_en` column as
 * well is refused, as are two columns for the same field or language. Header names are
 * matched case-insensitively; other columns are ignored. Empty cells are absent and rows whose
 * cells are all empty are skipped. Messages keep the `events[i]` form (0-based event index)
 * and add the CSV line, e.g. `events[2] (CSV line 4).date: …`.
 *
 * @throws {ValidationError} e.g. `input: CSV header has no "date" column`, or the problems
 *   {@link parseTimeline} finds.
 * @example
 * ```ts
 * const t = parseTimelineCsv('date,title_en,title_ar\n1948,Nakba,النكبة\n')
 * t.events[0].title // { en: 'Nakba', ar: 'النكبة' }
 * ```
 */
export function parseTimelineCsv(text: string): Timeline {
  const whole = stripBom(text);
  const { delimiter, skip } = csvDelimiter(whole);
  const body = whole.slice(skip);
  // Rows as arrays: parse() would build row objects with `new Function` from the header
  // names, which fails on names such as a repeated "__proto__" (and needs CSP unsafe-eval).
  const all = dsvFormat(delimiter).parseRows(body);
  const header = all[0] ?? [];
  const rows = all.slice(1);
  const columns = header.map(classify);

  const localized = new Set(columns.flatMap((c) => (c?.lang === undefined ? [] : [c.field])));
  const headerIssues = checkHeader(header, columns, localized);
  if (!columns.some((c) => c?.field === 'date' && c.lang === undefined)) {
    headerIssues.push({ message: `input: CSV header has no "date" column (${headerAsRead(header, delimiter)})` });
  }
  if (!columns.some((c) => c?.field === 'title')) {
    headerIssues.push({ message: 'input: CSV header has no "title" column (nor title_<language> columns such as title_en)' });
  }
  if (headerIssues.length > 0) throw new ValidationError(headerIssues);

  const lines = rowStartLines(body, delimiter.charCodeAt(0), skip > 0 ? 1 : 0);
  // Lines are only trusted when the scanner saw exactly the rows d3 did (header + data).
  const haveLines = lines.length === all.length;
  const events: Record<string, unknown>[] = [];
  const eventLines: number[] = [];
  rows.forEach((row, r) => {
    // Only the cells the row has: a short row under a very wide header must not cost the
    // header's width, or parsing grows as rows × columns instead of with the text.
    const width = Math.min(row.length, columns.length);
    const cells: string[] = [];
    let blank = true;
    for (let k = 0; k < width; k++) {
      const cell = row[k]!.trim();
      if (cell !== '') blank = false;
      cells.push(cell);
    }
    if (blank) return;
    events.push(rowToEvent(cells, columns, localized));
    eventLines.push(haveLines ? lines[r + 1]! : NaN);
  });

  try {
    return parseTimeline(events);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    throw new ValidationError(
      e.issues.map((issue) => withLine(issue, eventLines)),
      e.total,
    );
  }
}

/** How the header was split, for a message when its columns are not found: the separator is a guess. */
function headerAsRead(header: string[], delimiter: string): string {
  const name = delimiter === ',' ? 'comma' : delimiter === ';' ? 'semicolon' : delimiter === '\t' ? 'tab' : JSON.stringify(delimiter);
  const shown = header.slice(0, 5).map((h) => quote(h, 40));
  const more = header.length > 5 ? `, … ${header.length - 5} more` : '';
  return `read as ${name}-separated, its columns are ${shown.join(', ') || 'none'}${more}`;
}

/** The text without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

type Field =
  | 'date'
  | 'end'
  | 'title'
  | 'description'
  | 'category'
  | 'lane'
  | 'id'
  | 'url'
  | 'source'
  | 'source_agency'
  | 'source_quote'
  | 'source_url';

interface Column {
  field: Field;
  /** Language tag as written in the header, for `title_ar`-style columns. */
  lang?: string;
}

const PLAIN: readonly Field[] = [
  'date',
  'end',
  'title',
  'description',
  'category',
  'lane',
  'id',
  'url',
  'source',
  'source_agency',
  'source_quote',
  'source_url',
];
// Longest first so `source_quote_ar` is a quote, not a publication in language "quote_ar".
const LOCALIZABLE: readonly Field[] = ['source_agency', 'source_quote', 'description', 'source', 'title'];
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function classify(header: string): Column | undefined {
  const name = header.trim();
  const lower = name.toLowerCase();
  const plain = PLAIN.find((f) => f === lower);
  if (plain) return { field: plain };
  for (const field of LOCALIZABLE) {
    if (!lower.startsWith(`${field}_`)) continue;
    const lang = name.slice(field.length + 1);
    if (LANG_TAG.test(lang)) return { field, lang };
  }
  return undefined;
}

/** The language a plain text column holds when the header also has `<field>_<language>` columns. */
const PLAIN_LANGUAGE = 'en';

/**
 * Problems with the columns themselves, reported once rather than once per row: a
 * language that is not a tag, and two columns that would fill the same text, where one
 * would silently lose.
 */
function checkHeader(header: string[], columns: (Column | undefined)[], localized: ReadonlySet<Field>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, { name: string; plain: boolean }>();
  header.forEach((raw, k) => {
    const col = columns[k];
    if (!col) return;
    const name = raw.trim();
    if (col.lang !== undefined && !isLanguageTag(col.lang)) {
      issues.push({ message: `input: CSV column ${quote(name)}: language ${quote(col.lang)} ${LANGUAGE_TAG_HINT}` });
      return;
    }
    const plain = col.lang === undefined;
    // The plain column of a localized field is its English text, so it meets title_en here.
    const lang = col.lang ?? (localized.has(col.field) ? PLAIN_LANGUAGE : undefined);
    const slot = lang === undefined ? col.field : `${col.field}_${lang.toLowerCase()}`;
    const other = seen.get(slot);
    if (other === undefined) {
      seen.set(slot, { name, plain });
    } else if (other.plain !== plain) {
      const [plainName, englishName] = plain ? [name, other.name] : [other.name, name];
      issues.push({
        message:
          `input: CSV columns ${quote(plainName)} and ${quote(englishName)} both hold the English ${col.field}: next to ` +
          `${col.field}_<language> columns a plain ${quote(col.field)} column is English; rename it for its language ` +
          `(e.g. ${quote(`${col.field}_ar`)}) or drop one`,
      });
    } else {
      issues.push({ message: `input: CSV columns ${quote(other.name)} and ${quote(name)} hold the same ${col.field}; keep one` });
    }
  });
  return issues;
}

function rowToEvent(cells: string[], columns: (Column | undefined)[], localized: ReadonlySet<Field>): Record<string, unknown> {
  const plain = new Map<Field, string>();
  const maps = new Map<Field, Map<string, string>>();
  cells.forEach((cell, i) => {
    const col = columns[i];
    if (!col || cell === '') return;
    const lang = col.lang ?? (localized.has(col.field) ? PLAIN_LANGUAGE : undefined);
    if (lang === undefined) {
      plain.set(col.field, cell);
    } else {
      const map = maps.get(col.field) ?? new Map<string, string>();
      map.set(lang, cell);
      maps.set(col.field, map);
    }
  });
  const text = (f: Field): unknown => {
    const map = maps.get(f);
    return map ? Object.fromEntries(map) : plain.get(f);
  };
  const event: Record<string, unknown> = {};
  for (const f of ['date', 'end', 'category', 'lane', 'id', 'url'] as const) if (plain.has(f)) event[f] = plain.get(f);
  for (const f of ['title', 'description'] as const) if (text(f) !== undefined) event[f] = text(f);
  const source: Record<string, unknown> = {};
  const parts = [
    ['publication', text('source')],
    ['agency', text('source_agency')],
    ['quote', text('source_quote')],
    ['url', plain.get('source_url')],
  ] as const;
  for (const [key, value] of parts) if (value !== undefined) source[key] = value;
  if (Object.keys(source).length > 0) event.source = source;
  return event;
}

function withLine(issue: ValidationIssue, eventLines: number[]): ValidationIssue {
  if (issue.index === undefined) return issue;
  const line = eventLines[issue.index];
  const prefix = `events[${issue.index}]`;
  if (line === undefined || Number.isNaN(line) || !issue.message.startsWith(prefix)) return issue;
  return { ...issue, message: `${prefix} (CSV line ${line})${issue.message.slice(prefix.length)}` };
}

/**
 * 1-based line on which each CSV record starts, following d3-dsv's rules: a quote only
 * opens a field at its start, and quoted fields may span lines.
 */
function rowStartLines(text: string, delimiter: number, linesBefore: number): number[] {
  let n = text.length;
  // d3-dsv ignores one trailing line break.
  if (text.charCodeAt(n - 1) === 10) n--;
  if (text.charCodeAt(n - 1) === 13) n--;
  if (n <= 0) return [];
  let line = 1 + linesBefore;
  const starts = [line];
  let fieldStart = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (fieldStart && c === 34) {
      // Skip the quoted field, counting the line breaks inside it.
      for (i++; i < n; i++) {
        const q = text.charCodeAt(i);
        if (q === 34) {
          if (text.charCodeAt(i + 1) === 34) i++;
          else break;
        } else if (q === 10 || (q === 13 && text.charCodeAt(i + 1) !== 10)) {
          line++;
        }
      }
      fieldStart = false;
    } else if (c === delimiter) {
      fieldStart = true;
    } else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      starts.push(line);
      fieldStart = true;
    } else {
      fieldStart = false;
    }
  }
  return starts;
}
