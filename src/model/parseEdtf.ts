import type { EdtfInterval, EventDate, Precision } from './types.js';
import { daysInMonth, edtfYear, ENGLISH_MONTHS, pad2, yearDigits } from './calendarText.js';
import { civilOfMs, daysFromCivil, MAX_ABS_YEAR, yearStartMs } from './civilCalendar.js';
import { dateHint } from './dateHint.js';
import { edtfFastPath } from './edtfFastPath.js';

/**
 * Thrown when a text is not a date this library understands. The message says exactly
 * what is wrong (`month 13`, `day 30 does not exist in 2024-02 …`) without repeating the
 * whole input, so callers can embed it in their own context; the input is kept in `input`.
 *
 * @example
 * ```ts
 * try { parseEdtf('2024-13') } catch (e) {
 *   if (e instanceof EdtfError) console.error(`"${e.input}": ${e.message}`) // "2024-13": month 13
 * }
 * ```
 */
export class EdtfError extends Error {
  /** The text (or a description of the value) that failed to parse. */
  readonly input: string;

  /**
   * An error about one date text.
   *
   * @param message what is wrong, e.g. `month 13`
   * @param input the text that was being parsed
   */
  constructor(message: string, input: string) {
    super(message);
    this.name = 'EdtfError';
    this.input = input;
  }
}

const NOT_EDTF = 'not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)';
const MS_PER_DAY = 86_400_000;

/** The first instant of a day; a month index of 12 or more rolls into the next year. */
function utc(year: number, monthIndex: number, day: number): number {
  return daysFromCivil(year + Math.floor(monthIndex / 12), (monthIndex % 12) + 1, day) * MS_PER_DAY;
}

/**
 * Parses one EDTF level 0/1 date: `1948`, `2000-07`, `2024-06-19`, astronomical years
 * (`0000` = 1 BCE, `-0043` = 44 BCE), extended years of up to thirteen digits (`Y17000`,
 * `Y-13800000000`, also with significant digits, `Y-4567000000S2`: the year is known to
 * its first two digits), seasons
 * (`2001-21`…`2001-24`, northern meteorological: spring = Mar–May … winter = Dec–Feb of the
 * next year), unspecified digits (`196X` decade, `19XX` century, `2004-XX` year,
 * `2004-06-XX` month) and a trailing qualifier `~` (approximate), `?` (uncertain) or `%` (both).
 *
 * An ISO date-time such as `2024-06-19T10:00:00Z` is accepted too and becomes the
 * day-precision date of its UTC calendar day (`2024-06-19T23:00-05:00` → `2024-06-20`);
 * without a zone offset the written calendar day is used, so results never depend on the
 * machine's time zone.
 *
 * @throws {EdtfError} with a precise message when the text is not such a date.
 * @example
 * ```ts
 * parseEdtf('-0043-03-15').year        // -43 (44 BCE)
 * parseEdtf('196X').precision          // 'decade'
 * parseEdtf('Y-13800000000').year       // beyond the years of a JS Date
 * parseEdtf('2000-07~').edtf           // '2000-07~'
 * ```
 */
export function parseEdtf(text: string): EventDate {
  if (typeof text === 'string') {
    const fast = edtfFastPath(text);
    if (fast !== undefined) return fast;
  }
  return parseEdtfFull(text);
}

/**
 * {@link parseEdtf} without its fast path for canonical texts: every date goes through the
 * general parser. Kept apart so tests can hold the fast path to it; not part of the API.
 *
 * @internal
 */
export function parseEdtfFull(text: string): EventDate {
  if (typeof text !== 'string') throw new EdtfError(`expected a string, got ${typeof text}`, String(text));
  const s = text.trim();
  if (s === '') throw new EdtfError('empty date', text);
  try {
    if (s.includes('/')) throw new EdtfError('this is an interval (A/B); a single date is expected here', text);
    return parseSingle(s, text);
  } catch (e) {
    throw withHint(e, text);
  }
}

/**
 * Parses a single EDTF date or an interval `A/B` (each side any form {@link parseEdtf}
 * accepts). A closed interval gives `date` and `end`; an end before the start is refused.
 *
 * One side may be open or unknown, as EDTF writes them: `..` is open (`2022-02-24/..`, still
 * going on; `../1950`, from an indefinite past) and an empty side is unknown (`2022-02-24/`,
 * ended at a time not known; `/1950`). Then `date` is the one known side, whichever it is,
 * `end` is absent, and `openEnd` (`'ongoing'` or `'unknown'`) or `openStart` (`'open'` or
 * `'unknown'`) says what the other side is. Both sides open or unknown (`../..`, `/`) is refused.
 *
 * @throws {EdtfError} naming the side at fault, e.g. `interval end: month 13`.
 * @example
 * ```ts
 * const { date, end } = parseEdtfInterval('2000/2004-06')
 * date.year // 2000
 * end?.month // 6
 * parseEdtfInterval('1948').end // undefined
 * parseEdtfInterval('2022-02-24/..').openEnd // 'ongoing'
 * parseEdtfInterval('../1950').openStart // 'open'; date.year is 1950
 * ```
 */
export function parseEdtfInterval(text: string): EdtfInterval {
  if (typeof text !== 'string') throw new EdtfError(`expected a string, got ${typeof text}`, String(text));
  const fast = edtfFastPath(text);
  if (fast !== undefined) return { date: fast };
  const s = text.trim();
  if (s === '') throw new EdtfError('empty date', text);
  try {
    return parseInterval(s, text);
  } catch (e) {
    throw withHint(e, text);
  }
}

/**
 * Advice on writing a typed date in EDTF (`c. 1948` → `write 1948~`), or `undefined`; see
 * {@link dateHint}. `accept` narrows the suggestions further, for readers that take only
 * part of EDTF.
 *
 * @example
 * ```ts
 * edtfHint('19/06/2024') // 'write 2024-06-19'
 * ```
 */
export function edtfHint(text: string, accept: (edtf: string) => boolean = () => true): string | undefined {
  return dateHint(text, (edtf) => accept(edtf) && isEdtf(edtf));
}

/** Parses without advice, so checking a suggestion never suggests again. */
function isEdtf(text: string): boolean {
  try {
    parseInterval(text, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A date typed another way (`19/06/2024`) is reported as such, with advice, in place of what
 * the parser made of it on the way ("this is an interval", "year must have four digits").
 */
function withHint(e: unknown, text: string): unknown {
  if (!(e instanceof EdtfError)) return e;
  const hint = edtfHint(text);
  return hint === undefined ? e : new EdtfError(`${NOT_EDTF}; ${hint}`, e.input);
}

function parseInterval(s: string, text: string): EdtfInterval {
  if (!s.includes('/')) return { date: parseSingle(s, text) };
  const parts = s.split('/');
  if (parts.length !== 2) throw new EdtfError('not an EDTF date or interval (expected e.g. 2024-06-19 or 2000/2004)', text);
  const [a, b] = parts.map((p) => p.trim()) as [string, string];
  const startKnown = a !== '' && a !== '..';
  const endKnown = b !== '' && b !== '..';
  if (!startKnown && !endKnown) {
    throw new EdtfError('an interval needs a date on at least one side (e.g. 2022-02-24/.. or ../1950)', text);
  }
  if (!endKnown) return { date: side(a, 'interval start', text), openEnd: b === '..' ? 'ongoing' : 'unknown' };
  if (!startKnown) return { date: side(b, 'interval end', text), openStart: a === '..' ? 'open' : 'unknown' };
  const date = side(a, 'interval start', text);
  const end = side(b, 'interval end', text);
  if (end.start < date.start) throw new EdtfError(`interval end ${end.edtf} is before its start ${date.edtf}`, text);
  return { date, end };
}

function side(s: string, label: string, input: string): EventDate {
  try {
    return edtfFastPath(s) ?? parseSingle(s, input);
  } catch (e) {
    if (e instanceof EdtfError) throw new EdtfError(`${label}: ${e.message}`, input);
    throw e;
  }
}

function parseSingle(trimmed: string, input: string): EventDate {
  let s = trimmed;
  const q = s.slice(qualifierStart(s));
  if (q.length > 1) throw new EdtfError(`qualifiers "${q}": use one of ~ (approximate), ? (uncertain) or % (both)`, input);
  s = s.slice(0, s.length - q.length);
  const flags = { approximate: q === '~' || q === '%', uncertain: q === '?' || q === '%', q };
  if (s === '') throw new EdtfError(NOT_EDTF, input);

  if (s[0] === 'Y' || s[0] === 'y') return parseExtendedYear(s, flags, input);
  if (/^-?\d{4}-\d{2}-\d{2}[Tt]/.test(s)) return parseDateTime(s, flags, input);

  const m = /^(-?)([0-9Xx]+)(?:-([0-9Xx]+))?(?:-([0-9Xx]+))?$/.exec(s);
  if (!m) throw new EdtfError(NOT_EDTF, input);
  const negative = m[1] === '-';
  const yText = m[2]!.toUpperCase();
  const mText = m[3]?.toUpperCase();
  const dText = m[4]?.toUpperCase();

  if (yText.length !== 4) {
    if (/^\d+$/.test(yText) && yText.length > 4) {
      throw new EdtfError(
        `year ${m[1]}${yText} has more than four digits; write Y${m[1]}${yText.replace(/^0+(?=\d)/, '')} for years beyond 9999`,
        input,
      );
    }
    // A bare word such as "x" is not an attempt at a year; "needs four digits" would mislead.
    if (!/\d/.test(yText)) throw new EdtfError(NOT_EDTF, input);
    throw new EdtfError('year must have four digits (e.g. 0044, -0043)', input);
  }
  if ((mText !== undefined && mText.length !== 2) || (dText !== undefined && dText.length !== 2)) {
    throw new EdtfError(NOT_EDTF, input);
  }

  const hasX = /X/.test(s.toUpperCase());
  if (hasX) return parseUnspecified(negative, yText, mText, dText, flags, input);

  const year = (negative ? -1 : 1) * Number(yText);
  if (negative && year === 0) throw new EdtfError('year -0000 does not exist (write 0000 for 1 BCE)', input);
  if (mText === undefined) return makeYear(year, flags, input);
  const month = Number(mText);
  if (dText === undefined) {
    if (month >= 21 && month <= 24) return makeSeason(year, month, flags);
    checkMonth(month, input);
    return makeMonth(year, month, flags);
  }
  if (month >= 21 && month <= 24) throw new EdtfError(`month ${month} (a season cannot have a day)`, input);
  checkMonth(month, input);
  return makeDay(year, month, Number(dText), flags, input);
}

/**
 * Where the trailing run of `~`, `?` and `%` begins. A backward scan rather than
 * `/[~?%]+$/`: the regex restarts at every character of a long run that does not reach
 * the end, which is quadratic in the run's length.
 */
function qualifierStart(s: string): number {
  let i = s.length;
  while (i > 0 && QUALIFIERS.has(s[i - 1]!)) i--;
  return i;
}

const QUALIFIERS = new Set(['~', '?', '%']);

interface Flags {
  approximate: boolean;
  uncertain: boolean;
  /** The qualifier as written, appended to the canonical text. */
  q: string;
}

/**
 * `Y` years: EDTF's form for years of more than four digits, with level 2's significant
 * digits (`Y-170000000S2`: known to two digits). A `Y` year is a year alone, as EDTF
 * writes it; one message says so for every other shape ("Y-", "Y12000-01").
 */
function parseExtendedYear(s: string, flags: Flags, input: string): EventDate {
  const m = /^[Yy](-?)(\d+)(?:[Ss](\d+))?$/.exec(s);
  if (!m) throw new EdtfError('extended year must be Y and digits alone, without month or day (e.g. Y17000, Y-13800000000)', input);
  const digits = m[2]!.replace(/^0+(?=\d)/, '');
  // Counted in digits, so a 400-digit text is refused before any arithmetic.
  if (digits.length > String(MAX_ABS_YEAR).length) throw beyondYears(m[1] + digits, input);
  const year = (m[1] === '-' ? -1 : 1) * Number(digits);
  if (m[1] === '-' && year === 0) throw new EdtfError('year -0 does not exist (write 0000 for 1 BCE)', input);
  const date = makeYear(year, flags, input);
  if (m[3] === undefined) return date;
  const significantDigits = Number(m[3]);
  if (significantDigits < 1 || significantDigits > digits.length)
    throw new EdtfError(`S${m[3]}: year ${year} has 1 to ${digits.length} significant digits`, input);
  return { ...date, edtf: `${date.edtf.slice(0, date.edtf.length - flags.q.length)}S${significantDigits}${flags.q}`, significantDigits };
}

function beyondYears(year: string, input: string): EdtfError {
  return new EdtfError(`year ${year} has more than thirteen digits, the most eventline places`, input);
}

function parseUnspecified(
  negative: boolean,
  yText: string,
  mText: string | undefined,
  dText: string | undefined,
  flags: Flags,
  input: string,
): EventDate {
  const supported = 'supported: 196X, 19XX, 2004-XX, 2004-06-XX';
  // A negative decade like -019X would span -199…-190; its "first year" is ambiguous to readers, so it is refused.
  if (negative) throw new EdtfError(`unspecified digits (X) in negative years are not supported (${supported})`, input);
  const yearX = /X/.test(yText);
  if (yearX) {
    if (mText !== undefined || dText !== undefined) throw new EdtfError(`unsupported unspecified digits (${supported})`, input);
    if (/^\d{3}X$/.test(yText)) return makeSpan(Number(yText.slice(0, 3)) * 10, 'decade', 10, yText, flags);
    if (/^\d{2}XX$/.test(yText)) return makeSpan(Number(yText.slice(0, 2)) * 100, 'century', 100, yText, flags);
    throw new EdtfError(`unsupported unspecified digits (${supported})`, input);
  }
  const year = Number(yText);
  if (mText === 'XX' && (dText === undefined || dText === 'XX')) {
    return { ...makeYear(year, flags, input), edtf: `${yText}-XX${dText === undefined ? '' : '-XX'}${flags.q}` };
  }
  if (mText !== undefined && /^\d\d$/.test(mText) && dText === 'XX') {
    const month = Number(mText);
    checkMonth(month, input);
    return { ...makeMonth(year, month, flags), edtf: `${yText}-${mText}-XX${flags.q}` };
  }
  throw new EdtfError(`unsupported unspecified digits (${supported})`, input);
}

function parseDateTime(s: string, flags: Flags, input: string): EventDate {
  const m = /^(-?\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/.exec(s);
  if (!m) throw new EdtfError('not an ISO date-time (expected e.g. 2024-06-19T10:00:00Z)', input);
  const year = Number(m[1]);
  if (m[1] === '-0000') throw new EdtfError('year -0000 does not exist (write 0000 for 1 BCE)', input);
  const month = Number(m[2]);
  const day = Number(m[3]);
  checkMonth(month, input);
  checkDay(year, month, day, input);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6] ?? '0');
  if (hour > 23) throw new EdtfError(`hour ${hour}`, input);
  if (minute > 59) throw new EdtfError(`minute ${minute}`, input);
  if (second > 59) throw new EdtfError(`second ${second}`, input);
  let offsetMinutes = 0;
  const zone = m[7];
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    const oh = Number(zm[2]);
    const om = Number(zm[3] ?? '0');
    if (oh > 23 || om > 59) throw new EdtfError(`time zone offset ${zone}`, input);
    offsetMinutes = (zm[1] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const instant = utc(year, month - 1, day) + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000;
  const d = civilOfMs(instant);
  if (d.year < -9999 || d.year > 9999) throw new EdtfError(`the UTC day falls in year ${d.year}, outside four-digit years`, input);
  return makeDay(d.year, d.month, d.day, flags, input);
}

function checkMonth(month: number, input: string): void {
  if (month >= 1 && month <= 12) return;
  if (month > 24) throw new EdtfError(`month ${month} (expected 01–12, or 21–24 for a season)`, input);
  throw new EdtfError(`month ${month}`, input);
}

function checkDay(year: number, month: number, day: number, input: string): void {
  const max = daysInMonth(year, month);
  if (day >= 1 && day <= max) return;
  throw new EdtfError(
    `day ${day} does not exist in ${yearDigits(year)}-${pad2(month)} (${ENGLISH_MONTHS[month - 1]} ${year} has ${max} days)`,
    input,
  );
}

/**
 * Years of up to thirteen digits have a place on the axis (see civilCalendar.ts); a
 * `Date` is never made, so the years beyond its range (±271,820) are no different.
 */
function checkRange(year: number, input: string): void {
  if (Math.abs(year) > MAX_ABS_YEAR || !Number.isInteger(year)) throw beyondYears(String(year), input);
}

function makeYear(year: number, flags: Flags, input: string): EventDate {
  checkRange(year, input);
  const text = edtfYear(year);
  return build(year, 'year', yearStartMs(year), yearStartMs(year + 1), text, flags);
}

function makeSpan(year: number, precision: Precision, years: number, text: string, flags: Flags): EventDate {
  return build(year, precision, yearStartMs(year), yearStartMs(year + years), text, flags);
}

function makeSeason(year: number, season: number, flags: Flags): EventDate {
  // Meteorological seasons start in March, June, September and December.
  const first = 2 + (season - 21) * 3;
  const start = utc(year, first, 1);
  const end = utc(year, first + 3, 1);
  return {
    year,
    season,
    precision: 'season',
    approximate: flags.approximate,
    uncertain: flags.uncertain,
    start,
    end,
    edtf: `${yearDigits(year)}-${season}${flags.q}`,
  };
}

function makeMonth(year: number, month: number, flags: Flags): EventDate {
  const start = utc(year, month - 1, 1);
  const end = utc(year, month, 1);
  return {
    year,
    month,
    precision: 'month',
    approximate: flags.approximate,
    uncertain: flags.uncertain,
    start,
    end,
    edtf: `${yearDigits(year)}-${pad2(month)}${flags.q}`,
  };
}

function makeDay(year: number, month: number, day: number, flags: Flags, input: string): EventDate {
  checkDay(year, month, day, input);
  const start = utc(year, month - 1, day);
  const end = start + MS_PER_DAY;
  return {
    year,
    month,
    day,
    precision: 'day',
    approximate: flags.approximate,
    uncertain: flags.uncertain,
    start,
    end,
    edtf: `${yearDigits(year)}-${pad2(month)}-${pad2(day)}${flags.q}`,
  };
}

function build(year: number, precision: Precision, start: number, end: number, text: string, flags: Flags): EventDate {
  return { year, precision, approximate: flags.approximate, uncertain: flags.uncertain, start, end, edtf: text + flags.q };
}
