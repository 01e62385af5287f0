import type { EventDate, Precision, TimelineEvent } from '../model/types.js';
import { isDeepYear } from './deepYears.js';
import { formatDateWith, formatEventDate, formatEventSpan } from './formatEventDate.js';
import { baseLanguage, getLocaleSpec, hasLocale } from './locales.js';

/** What an event's date line is written from: its known date and what its other side is. */
export type DatedEvent = Pick<TimelineEvent, 'date' | 'end' | 'openStart' | 'openEnd'>;

/**
 * An open date as words around the date: "since " + "24 February 2022" + "", or
 * "" + "2022년 2월 24일" + "부터". The date is apart so that a page can mark it up
 * (`<time datetime>`) without the words.
 */
export interface DatePhrase {
  readonly before: string;
  readonly date: string;
  readonly after: string;
}

/**
 * How a language says that something has gone on since a date, or went on until one.
 * Each gives a template with `{d}` for the date, or `undefined` for a date it cannot
 * phrase well (French «depuis vers 1948»): that date is then written as a range whose
 * open side is `present` (or "…" for an open start). `genitive`: the date takes the
 * month as inside a date (Russian "с февраля").
 */
interface OpenWords {
  readonly since: (date: EventDate) => string | undefined;
  readonly until: (date: EventDate) => string | undefined;
  readonly present: string;
  readonly genitive?: boolean;
}

const exact = (d: EventDate) => !d.approximate && !d.uncertain && !isDeepYear(d.year);

const english: OpenWords = { since: () => 'since {d}', until: () => 'until {d}', present: 'present' };

/** French takes an article by what the date names: «depuis le 24 février», «depuis 1948», «depuis les années 1950». */
const frenchArticle = new Map<Precision, readonly [string, string]>([
  ['day', ['depuis le {d}', 'jusqu’au {d}']],
  ['season', ['depuis le {d}', 'jusqu’au {d}']],
  ['century', ['depuis le {d}', 'jusqu’au {d}']],
  ['decade', ['depuis les {d}', 'jusqu’aux {d}']],
  ['month', ['depuis {d}', 'jusqu’en {d}']],
  ['year', ['depuis {d}', 'jusqu’en {d}']],
]);

/** Russian "с"/"до" take the genitive: written "с 1948 г.", "с февраля 2022 г."; other dates read as a range. */
const russianCase = (d: EventDate) =>
  exact(d) && d.year >= 1 && (d.precision === 'day' || d.precision === 'month' || d.precision === 'year');

// A Map: the language comes from data and options, and must not reach Object.prototype.
const WORDS = new Map<string, OpenWords>([
  ['en', english],
  ['ar', { since: () => 'منذ {d}', until: () => 'حتى {d}', present: 'الآن' }],
  [
    'fr',
    {
      since: (d) => (exact(d) ? frenchArticle.get(d.precision)?.[0] : undefined),
      until: (d) => (exact(d) ? frenchArticle.get(d.precision)?.[1] : undefined),
      present: 'aujourd’hui',
    },
  ],
  [
    'ru',
    {
      since: (d) => (russianCase(d) ? 'с {d} г.' : undefined),
      until: (d) => (russianCase(d) ? 'до {d} г.' : undefined),
      present: 'н. в.',
      genitive: true,
    },
  ],
  // "1948년부터": a bare year takes 년 before the particle.
  [
    'ko',
    {
      since: (d) => (d.precision === 'year' && exact(d) ? '{d}년부터' : '{d}부터'),
      until: (d) => (d.precision === 'year' && exact(d) ? '{d}년까지' : '{d}까지'),
      present: '현재',
    },
  ],
]);

/** Words for the date only, in any language: a registered language without its own words writes ranges. */
const neutral: OpenWords = { since: () => undefined, until: () => undefined, present: '…' };

/**
 * The open-date words of a language: its own; English for a language eventline writes
 * in English (no spec of its own); for a registered language without words here, none
 * (its dates are written as ranges, "24. Februar 2022 – …"), so no English word sits
 * among its own.
 */
function openWords(locale: string): OpenWords {
  return WORDS.get(baseLanguage(locale)) ?? (hasLocale(locale) ? neutral : english);
}

function phrase(template: string, date: string): DatePhrase {
  const at = template.indexOf('{d}');
  return { before: template.slice(0, at), date, after: template.slice(at + 3) };
}

/** The mark of a side not known: the language's question mark ("?", «؟»). */
function unknownMark(locale: string): string {
  return getLocaleSpec(locale).uncertain('').trim() || '?';
}

/**
 * "since 24 February 2022" / «منذ 24 فبراير 2022»: something that began at `date` and has
 * not ended; `'until'`: something that went on from an indefinite past to `date`. The
 * date is written at its precision.
 *
 * @example
 * ```ts
 * openPhrase(parseEdtf('2022-02-24'), 'since', 'ar') // { before: 'منذ ', date: '24 فبراير 2022', after: '' }
 * ```
 */
export function openPhrase(date: EventDate, side: 'since' | 'until', locale: string): DatePhrase {
  const words = openWords(locale);
  const template = words[side](date);
  const spec = getLocaleSpec(locale);
  if (template === undefined) {
    const text = formatEventDate(date, locale);
    const open = side === 'since' ? words.present : '…';
    return side === 'since'
      ? { before: '', date: text, after: spec.rangeSeparator + open }
      : { before: open + spec.rangeSeparator, date: text, after: '' };
  }
  const text = words.genitive
    ? formatDateWith(date, locale, { ...spec, month: spec.month.replace(/L/g, 'M') })
    : formatEventDate(date, locale);
  return phrase(template, text);
}

/**
 * The words of an event's open or unknown side around its known date: "since 24 February
 * 2022" (`2022-02-24/..`), "until 1950" (`../1950`), "24 February 2022 – ?" (`2022-02-24/`,
 * the end not known), "? – 1950" (`/1950`); `undefined` for a closed date or range.
 *
 * @example
 * ```ts
 * openDatePhrase(parseTimeline([{ date: '2022-02/..', title: 'War' }]).events[0], 'en') // { before: 'since ', date: 'February 2022', after: '' }
 * ```
 */
export function openDatePhrase(event: DatedEvent, locale: string): DatePhrase | undefined {
  if (event.end) return undefined;
  const separator = getLocaleSpec(locale).rangeSeparator;
  if (event.openEnd === 'ongoing') return openPhrase(event.date, 'since', locale);
  if (event.openStart === 'open') return openPhrase(event.date, 'until', locale);
  const text = () => formatEventDate(event.date, locale);
  if (event.openEnd === 'unknown') return { before: '', date: text(), after: separator + unknownMark(locale) };
  if (event.openStart === 'unknown') return { before: unknownMark(locale) + separator, date: text(), after: '' };
  return undefined;
}

/**
 * An event's date line, as its label, accessible name, tooltip and card write it: the date
 * ("19 June 2024"), the range ("1950 – 1953"), or an open date ("since February 2022",
 * "until 1950", "24 February 2022 – ?"; see {@link openDatePhrase}).
 *
 * @example
 * ```ts
 * formatEventDates(parseTimeline([{ date: '2022-02-24/..', title: 'War' }]).events[0], 'ar') // 'منذ 24 فبراير 2022'
 * ```
 */
export function formatEventDates(event: DatedEvent, locale: string): string {
  const open = openDatePhrase(event, locale);
  return open ? open.before + open.date + open.after : formatEventSpan(event.date, event.end, locale);
}
