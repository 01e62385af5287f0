import { directionOf } from '../format/locales.js';
import { pickText, textLanguages } from '../model/pickText.js';
import type { Timeline } from '../model/types.js';
import type { TimelineOptions } from '../options.js';
import { measureTextWidth, type TextMeasurer } from './measureText.js';

/** Options with every default filled in. */
export interface ResolvedOptions {
  readonly width: number;
  readonly minHeight: number;
  readonly locale: string;
  readonly direction: 'ltr' | 'rtl';
  readonly orientation: 'horizontal' | 'vertical';
  readonly title: string;
  readonly fontSize: number;
  readonly maxLabelWidth: number;
  readonly measure: TextMeasurer;
  readonly domain?: readonly [number, number];
}

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LETTER = /\p{L}/gu;

/** Whether most letters of a text are Arabic script. */
function mostlyArabic(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  return letters > 0 && (text.match(ARABIC_SCRIPT)?.length ?? 0) * 2 > letters;
}

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
  let arabic = 0;
  let plain = 0;
  for (const e of timeline.events) {
    if (typeof e.title === 'string') {
      plain++;
      if (mostlyArabic(e.title)) arabic++;
    }
  }
  if (plain > 0 && arabic * 2 > plain) return 'ar';
  const langs = timeline.events.flatMap((e) => textLanguages(e.title));
  if (langs.length === 0 || langs.includes('en')) return 'en';
  return langs[0]!;
}

function positive(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`options.${name}: expected a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function toMs(name: string, v: Date | number): number {
  const ms = v instanceof Date ? v.getTime() : v;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new RangeError(`options.${name}: not a valid date`);
  return ms;
}

/**
 * Fills in defaults and checks option values, naming the option that is wrong.
 *
 * @example
 * ```ts
 * resolveOptions(timeline, { width: 600 }).direction // 'ltr'
 * ```
 */
export function resolveOptions(timeline: Timeline, options: TimelineOptions = {}): ResolvedOptions {
  const orientation = options.orientation ?? 'horizontal';
  if (orientation !== 'horizontal' && orientation !== 'vertical') {
    throw new RangeError(`options.orientation: expected "horizontal" or "vertical", got ${JSON.stringify(orientation)}`);
  }
  const locale = options.locale ?? defaultLocale(timeline);
  if (typeof locale !== 'string' || !/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/.test(locale)) {
    throw new RangeError(`options.locale: expected a language tag such as "en" or "ar-EG", got ${JSON.stringify(locale)}`);
  }
  const direction = options.direction ?? directionOf(locale);
  if (direction !== 'ltr' && direction !== 'rtl') {
    throw new RangeError(`options.direction: expected "ltr" or "rtl", got ${JSON.stringify(direction)}`);
  }
  const width = positive('width', options.width, 960, 120, 100_000);
  const fontSize = positive('fontSize', options.fontSize, 13, 6, 72);
  const minHeight = positive('height', options.height, orientation === 'vertical' ? 600 : 0, 0, 1_000_000);
  const maxLabelWidth = positive('maxLabelWidth', options.maxLabelWidth, orientation === 'vertical' ? Infinity : 260, 20, Infinity);
  let domain: [number, number] | undefined;
  if (options.domain) {
    domain = [toMs('domain[0]', options.domain[0]), toMs('domain[1]', options.domain[1])];
    if (!(domain[1] > domain[0])) throw new RangeError('options.domain: the end must come after the start');
  }
  const title = cleanTitle(options.title !== undefined ? options.title : timeline.title, locale);
  return {
    width,
    minHeight,
    locale,
    direction,
    orientation,
    title,
    fontSize,
    maxLabelWidth,
    measure: options.measureText ?? measureTextWidth,
    ...(domain ? { domain } : {}),
  };
}

function cleanTitle(title: TimelineOptions['title'], locale: string): string {
  return title === undefined ? '' : pickText(title, locale);
}
