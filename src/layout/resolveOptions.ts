import { isNumberingSystem, taggedNumberingSystem, writingLocale } from '../format/localeTag.js';
import { directionOf } from '../format/locales.js';
import { pickText, textLanguages } from '../model/pickText.js';
import type { EventDate, Timeline } from '../model/types.js';
import type { TimelineOptions } from '../options.js';
import type { TextMeasurer } from './measureText.js';
import { readToday } from './todayOption.js';

// The former name of TimelineOptions, for modules that still import it: the same symbol,
// so declarations and docs show only TimelineOptions.
export type { TimelineOptions as LayoutOptions } from '../options.js';

/**
 * Default {@link TimelineOptions.maxRows}.
 *
 * @example
 * ```ts
 * layoutTimeline(timeline, { maxRows: DEFAULT_MAX_ROWS * 2 }) // twice the room before grouping
 * ```
 */
export const DEFAULT_MAX_ROWS = 50;

/**
 * Default {@link TimelineOptions.clusterRows}.
 *
 * @example
 * ```ts
 * layoutTimeline(timeline, { clusterRows: DEFAULT_CLUSTER_ROWS / 2 }) // flatter overviews
 * ```
 */
export const DEFAULT_CLUSTER_ROWS = 8;

/**
 * Options with every default filled in.
 *
 * @example
 * ```ts
 * const o: ResolvedOptions = { ...resolveOptions(timeline, { width: 720 }), measure: measureTextWidth };
 * o.direction // 'ltr'
 * ```
 */
export interface ResolvedOptions {
  readonly width: number;
  readonly minHeight: number;
  /** The locale with the `numberingSystem` and `monthNames` choices in its tag, which is all the words and dates are written from. */
  readonly locale: string;
  readonly direction: 'ltr' | 'rtl';
  readonly orientation: 'horizontal' | 'vertical';
  readonly title: string;
  readonly fontSize: number;
  readonly maxLabelWidth: number;
  /** Most lines of a title. */
  readonly maxLines: number;
  readonly legend: boolean;
  readonly headingLevel: number;
  /** Whether events are drawn in their lanes (when the timeline has any). */
  readonly lanes: boolean;
  readonly measure: TextMeasurer;
  readonly maxRows: number;
  /** Rows allowed once events are grouped: `clusterRows`, at most `maxRows`. */
  readonly clusterRows: number;
  readonly domain?: readonly [number, number];
  /** The `today` date, read. */
  readonly today?: EventDate;
}

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
/** The same characters, for a test that makes no list of matches. */
const ANY_ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LETTER = /\p{L}/gu;

/** Whether most letters of a text are Arabic script. */
function mostlyArabic(text: string): boolean {
  // Without one Arabic character, no: listing every letter of the titles in other scripts
  // was most of the time the language was guessed in.
  if (!ANY_ARABIC.test(text)) return false;
  const letters = text.match(LETTER)?.length ?? 0;
  return letters > 0 && (text.match(ARABIC_SCRIPT)?.length ?? 0) * 2 > letters;
}

/** The guess reads every title: a zooming view asks again at each step, so it is kept per events array. */
const guessed = new WeakMap<Timeline['events'], string>();

/**
 * The language a timeline is shown in when the caller does not say: the input's own
 * `locale`; else, for plain-string titles, Arabic when most are in Arabic script; for
 * multilingual titles, English when present, else the first language given.
 *
 * @example
 * ```ts
 * defaultLocale({ events: [{ title: 'قمة بيونجيانج', ... }] }) // 'ar'
 * ```
 */
export function defaultLocale(timeline: Timeline): string {
  if (timeline.locale) return timeline.locale;
  const cached = guessed.get(timeline.events);
  if (cached !== undefined) return cached;
  let arabic = 0;
  let plain = 0;
  let first: string | undefined;
  let english = false;
  // A vote of at most 512 evenly spaced titles decides as well as all of them, and a
  // 100,000-event timeline would otherwise spend a quarter of its layout here.
  const events = timeline.events;
  const step = Math.max(1, Math.floor(events.length / 512));
  for (let i = 0; i < events.length; i += step) {
    const e = events[i]!;
    if (typeof e.title === 'string') {
      plain++;
      if (mostlyArabic(e.title)) arabic++;
    } else {
      for (const lang of textLanguages(e.title)) {
        first ??= lang;
        if (lang === 'en') english = true;
      }
    }
  }
  const guess = plain > 0 && arabic * 2 > plain ? 'ar' : first === undefined || english ? 'en' : first;
  guessed.set(timeline.events, guess);
  return guess;
}

function positive(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`options.${name}: expected a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** `minHeight`, or the deprecated `height` that meant the same; both are lower bounds, so the larger wins. */
function leastHeight(options: TimelineOptions, fallback: number): number {
  const given = (['minHeight', 'height'] as const).filter((name) => options[name] !== undefined);
  if (given.length === 0) return fallback;
  return Math.max(...given.map((name) => positive(name, options[name], fallback, 0, 1_000_000)));
}

function rowCount(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(Number.isInteger(value) || value === Infinity) || value < 1) {
    throw new RangeError(`options.${name}: expected a whole number from 1 (or Infinity), got ${JSON.stringify(value)}`);
  }
  return value;
}

function toMs(name: string, v: Date | number): number {
  const ms = v instanceof Date ? v.getTime() : v;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new RangeError(`options.${name}: not a valid date`);
  return ms;
}

/**
 * Fills in defaults and checks option values, naming the option that is wrong. The
 * measurer is left to the caller: its default differs between entry points (the width
 * table for `layoutTimeline`, a canvas in a live page), and a bundle that never uses the
 * table must not reach it from here.
 *
 * @example
 * ```ts
 * resolveOptions(timeline, { width: 600 }).direction // 'ltr'
 * ```
 */
export function resolveOptions(timeline: Timeline, options: TimelineOptions = {}): Omit<ResolvedOptions, 'measure'> {
  const orientation = options.orientation ?? 'horizontal';
  if (orientation !== 'horizontal' && orientation !== 'vertical') {
    throw new RangeError(`options.orientation: expected "horizontal" or "vertical", got ${JSON.stringify(orientation)}`);
  }
  const locale = options.locale ?? defaultLocale(timeline);
  if (typeof locale !== 'string' || !/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/.test(locale)) {
    throw new RangeError(`options.locale: ${LOCALE_HINT}, got ${JSON.stringify(locale)}`);
  }
  const written = withWriting(locale, options);
  const direction = options.direction ?? directionOf(locale);
  if (direction !== 'ltr' && direction !== 'rtl') {
    throw new RangeError(`options.direction: expected "ltr" or "rtl", got ${JSON.stringify(direction)}`);
  }
  const width = positive('width', options.width, 960, 120, 100_000);
  const fontSize = positive('fontSize', options.fontSize, 13, 6, 72);
  const minHeight = leastHeight(options, orientation === 'vertical' ? 600 : 0);
  const maxLabelWidth = positive('maxLabelWidth', options.maxLabelWidth, Infinity, 20, Infinity);
  // Down a vertical timeline height is cheap and width scarce (a phone's column): titles take more lines before "…".
  const maxLines = rowCount('maxLines', options.maxLines, orientation === 'vertical' ? 5 : 3);
  if (options.legend !== undefined && typeof options.legend !== 'boolean') {
    throw new RangeError(`options.legend: expected true or false, got ${JSON.stringify(options.legend)}`);
  }
  const headingLevel = options.headingLevel ?? 2;
  if (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 6) {
    throw new RangeError(`options.headingLevel: expected a whole number from 1 to 6, got ${JSON.stringify(options.headingLevel)}`);
  }
  if (options.lanes !== undefined && typeof options.lanes !== 'boolean') {
    throw new RangeError(`options.lanes: expected true or false, got ${JSON.stringify(options.lanes)}`);
  }
  const maxRows = rowCount('maxRows', options.maxRows, DEFAULT_MAX_ROWS);
  const clusterRows = Math.min(maxRows, rowCount('clusterRows', options.clusterRows, DEFAULT_CLUSTER_ROWS));
  let domain: [number, number] | undefined;
  if (options.domain) {
    domain = [toMs('domain[0]', options.domain[0]), toMs('domain[1]', options.domain[1])];
    if (!(domain[1] > domain[0])) throw new RangeError('options.domain: the end must come after the start');
  }
  const title = cleanTitle(options.title !== undefined ? options.title : timeline.title, locale);
  const today = readToday(options.today);
  return {
    width,
    minHeight,
    locale: written,
    direction,
    orientation,
    title,
    fontSize,
    maxLabelWidth,
    maxLines,
    legend: options.legend ?? true,
    headingLevel,
    lanes: options.lanes ?? true,
    maxRows,
    clusterRows,
    ...(domain ? { domain } : {}),
    ...(today ? { today } : {}),
  };
}

const LOCALE_HINT = 'expected a language tag such as "en" or "ar-EG"';

/** The locale with the digits and month names chosen, as the format layer reads them from its tag. */
function withWriting(locale: string, options: TimelineOptions): string {
  const { numberingSystem, monthNames } = options;
  // A name Intl does not know would be dropped quietly, and the reader get Latin digits unasked.
  const digits = numberingSystem ?? taggedNumberingSystem(locale);
  if (digits !== undefined && !isNumberingSystem(digits)) {
    const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('numberingSystem') : ['latn', 'arab', 'arabext'];
    const where = numberingSystem === undefined ? `locale: its -u-nu- key` : 'numberingSystem';
    throw new RangeError(
      `options.${where}: expected a numbering system of Intl, one of ${known.map((n) => `"${n}"`).join(', ')}; got ${JSON.stringify(digits)}`,
    );
  }
  try {
    return writingLocale(locale, { numberingSystem, monthNames: monthNames === undefined ? undefined : checkMonthNames(monthNames) });
  } catch (e) {
    if (e instanceof RangeError && e.message.startsWith('options.')) throw e;
    throw new RangeError(`options.locale: ${LOCALE_HINT}, got ${JSON.stringify(locale)}`, { cause: e });
  }
}

function checkMonthNames(value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) && value.length > 0 ? (value as unknown[]) : [value];
  return list.map((tag, i) => {
    let canonical: string | undefined;
    try {
      canonical = typeof tag === 'string' ? Intl.getCanonicalLocales(tag)[0] : undefined;
    } catch {
      // Not well-formed: reported below.
    }
    // Extensions say how to write numbers and calendars, not whose month names: refused rather than ignored.
    if (canonical === undefined || new Intl.Locale(canonical).baseName !== canonical) {
      const where = Array.isArray(value) && value.length > 0 ? `monthNames[${i}]` : 'monthNames';
      throw new RangeError(
        `options.${where}: expected a language tag without extensions such as "ar-SY", or a list of them such as ["ar-EG", "ar-SY"]; got ${JSON.stringify(tag)}`,
      );
    }
    return canonical;
  });
}

function cleanTitle(title: TimelineOptions['title'], locale: string): string {
  return title === undefined ? '' : pickText(title, locale);
}
