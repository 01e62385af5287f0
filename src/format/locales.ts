import { arabicCentury, arabicDecade } from './arabicPeriods.js';
import { readLocaleTag } from './localeTag.js';
import { romanNumeral } from './romanNumeral.js';

/**
 * A phrase for each plural category of a language (`Intl.PluralRules`), `{n}` standing
 * for the number: English `{ one: '{n} event', other: '{n} events' }`; Arabic also has
 * `zero`, `two`, `few` (3–10, 103–110…) and `many` (11–99, 111–199…). Which form a number
 * takes is the runtime's plural rules' answer for the language, never a range written
 * here. A category left out takes `other`.
 *
 * @example
 * ```ts
 * const russian: PluralForms = { one: '{n} событие', few: '{n} события', many: '{n} событий', other: '{n} события' };
 * ```
 */
export type PluralForms = { readonly other: string } & { readonly [category in Intl.LDMLPluralRule]?: string };

/**
 * Everything eventline needs to write dates in one language. Patterns use the Unicode
 * (CLDR) date tokens `d`, `M`, `MMM`, `MMMM` (month inside a date: Russian "июня"),
 * `LLL`, `LLLL` (month alone: "июнь") and `'quoted text'`; the literal `{Y}` stands for
 * the year, which eventline writes itself so that BCE and year-0 dates read as a reader
 * expects. Month names come from the runtime's `Intl.DateTimeFormat` for the language.
 * Numbers are written with Latin digits here; eventline puts them in the timeline's
 * numbering system (`numberingSystem` option) afterwards.
 *
 * @example
 * ```ts
 * const german: LocaleSpec = { ...getLocaleSpec('en'), day: "d. MMMM '{Y}'", approximate: (t) => `um ${t}` };
 * ```
 */
export interface LocaleSpec {
  /** Writing direction of the language. */
  readonly direction: 'ltr' | 'rtl';
  /** Pattern for a day-precision date, e.g. `"d MMMM '{Y}'"`. */
  readonly day: string;
  /** Pattern for a month-precision date. */
  readonly month: string;
  /** Short tick label for a month (year not shown). */
  readonly tickMonth: string;
  /** Short tick label for a day. */
  readonly tickDay: string;
  /** Tick label for a month with its year, for the first tick when no tick shows a year. */
  readonly tickMonthYear: string;
  /** Tick label for a day with its year. */
  readonly tickDayYear: string;
  /** Year number → display, for astronomical years ≤ 0 already converted to "1 BCE" numbering. */
  readonly bce: (year: number) => string;
  /**
   * A year of the common era under 1000 → display: 79 → "79 CE", «79 م». Years of three
   * digits or fewer read as any number; the era says they are years. Absent: the number alone.
   */
  readonly ce?: (year: number) => string;
  /** A decade from its first year: 1960 → "1960s", «الستينيات». */
  readonly decade: (year: number) => string;
  /** A century (EDTF `19XX`, the years 1900–1999) from its first year: 1900 → "1900s", «القرن العشرون». */
  readonly century: (year: number) => string;
  /** Spring, summer, autumn, winter. */
  readonly seasons: readonly [string, string, string, string];
  /** Marks an approximate date (EDTF `~`): "1948" → "c. 1948". */
  readonly approximate: (text: string) => string;
  /** Marks an uncertain date (EDTF `?`): "1948" → "1948?". */
  readonly uncertain: (text: string) => string;
  /** Separator between the two ends of a range. */
  readonly rangeSeparator: string;
  /** "N events" for cluster and summary labels, in each plural form of the language. */
  readonly events: PluralForms;
  /**
   * Words a count of years before or after the present (beyond a million years; see
   * README, "Deep time"), given the count as `Intl.NumberFormat`'s compact long notation
   * ("13,8 milliards"). Absent: `Intl.RelativeTimeFormat`'s phrase around it, which is right
   * where the phrase takes "million" as it takes a number ("13.8 billion years ago",
   * «قبل 13.8 مليار سنة»), not in French, where «milliards» needs «d’années».
   */
  readonly yearsAgo?: (count: string, past: boolean) => string;
}

/** "19 June 2024", "July 2000": the order most languages built in here share. */
const dayMonthYear = {
  day: "d MMMM '{Y}'",
  month: "LLLL '{Y}'",
  tickMonth: 'LLL',
  tickDay: 'd LLL',
  tickMonthYear: "LLL '{Y}'",
  tickDayYear: "d LLL '{Y}'",
} as const;

const en: LocaleSpec = {
  direction: 'ltr',
  ...dayMonthYear,
  bce: (y) => `${y} BCE`,
  ce: (y) => `${y} CE`,
  decade: (y) => `${y}s`,
  // "1900s" is exactly 1900–1999, as 19XX is; "the 0s" would read as a decade.
  century: (y) => (y < 100 ? '1st century' : `${y}s`),
  seasons: ['Spring', 'Summer', 'Autumn', 'Winter'],
  approximate: (t) => `c. ${t}`,
  uncertain: (t) => `${t}?`,
  rangeSeparator: ' – ',
  events: { one: '{n} event', other: '{n} events' },
};

const arabic: LocaleSpec = {
  direction: 'rtl',
  ...dayMonthYear,
  bce: (y) => `${y} ق.م`,
  ce: (y) => `${y} م`,
  decade: arabicDecade,
  century: arabicCentury,
  seasons: ['الربيع', 'الصيف', 'الخريف', 'الشتاء'],
  approximate: (t) => `حوالي ${t}`,
  uncertain: (t) => `${t}؟`,
  rangeSeparator: ' – ',
  // The number agrees as Arabic counts: «حدثان», «3 أحداث», «11 حدثًا», «100 حدث».
  events: { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: '{n} أحداث', many: '{n} حدثًا', other: '{n} حدث' },
};

const russian: LocaleSpec = {
  direction: 'ltr',
  day: "d MMMM '{Y}'",
  month: "LLLL '{Y}'",
  tickMonth: 'LLL',
  tickDay: 'd MMM',
  tickMonthYear: "LLL '{Y}'",
  tickDayYear: "d MMM '{Y}'",
  bce: (y) => `${y} до н. э.`,
  ce: (y) => `${y} н. э.`,
  decade: (y) => `${y}-е`,
  century: (y) => `${romanNumeral(Math.floor(y / 100) + 1)} век`,
  seasons: ['весна', 'лето', 'осень', 'зима'],
  approximate: (t) => `ок. ${t}`,
  uncertain: (t) => `${t}?`,
  rangeSeparator: ' – ',
  events: { one: '{n} событие', few: '{n} события', many: '{n} событий', other: '{n} события' },
};

const korean: LocaleSpec = {
  direction: 'ltr',
  day: "'{Y}'년 M월 d일",
  month: "'{Y}'년 M월",
  tickMonth: 'M월',
  tickDay: 'M월 d일',
  tickMonthYear: "'{Y}'년 M월",
  tickDayYear: "'{Y}'년 M월 d일",
  bce: (y) => `기원전 ${y}`,
  ce: (y) => `서기 ${y}`,
  decade: (y) => `${y}년대`,
  century: (y) => `${Math.floor(y / 100) + 1}세기`,
  seasons: ['봄', '여름', '가을', '겨울'],
  approximate: (t) => `${t}경`,
  uncertain: (t) => `${t}?`,
  rangeSeparator: ' – ',
  events: { other: '사건 {n}개' },
};

const french: LocaleSpec = {
  direction: 'ltr',
  ...dayMonthYear,
  bce: (y) => `${y} av. J.-C.`,
  ce: (y) => `${y} apr. J.-C.`,
  decade: (y) => `années ${y}`,
  century: (y) => {
    const century = Math.floor(y / 100) + 1;
    return `${romanNumeral(century)}${century === 1 ? 'er' : 'e'} siècle`;
  },
  seasons: ['printemps', 'été', 'automne', 'hiver'],
  approximate: (t) => `vers ${t}`,
  uncertain: (t) => `${t} ?`,
  rangeSeparator: ' – ',
  events: { one: '{n} événement', many: '{n} d’événements', other: '{n} événements' },
  // Million, milliard and billion are nouns and take «d’» ("13,8 milliards d’années"); mille is not ("500 mille ans").
  yearsAgo: (count, past) => {
    const years = /mille$/.test(count) ? `${count} ans` : `${count} d’années`;
    return past ? `il y a ${years}` : `dans ${years}`;
  },
};

// A Map, not an object literal: a tag such as "constructor" or "__proto__" must not find
// Object.prototype's members.
const builtIn = new Map<string, LocaleSpec>([
  ['en', en],
  ['ar', arabic],
  ['ru', russian],
  ['ko', korean],
  ['fr', french],
]);
const registered = new Map<string, LocaleSpec>();

/** Languages written right to left, for direction defaults when no spec is registered. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/**
 * The base language of a BCP-47 tag.
 *
 * @example
 * ```ts
 * baseLanguage('ar-EG') // 'ar'
 * ```
 */
export function baseLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

/**
 * `lang` when it is another language than `locale`'s (a text to mark with its own `lang`),
 * else `undefined`.
 *
 * @example
 * ```ts
 * otherLanguage('en', 'ar-EG') // 'en'
 * otherLanguage('ar', 'ar-EG') // undefined
 * ```
 */
export function otherLanguage(lang: string | undefined, locale: string): string | undefined {
  return lang !== undefined && baseLanguage(lang) !== baseLanguage(locale) ? lang : undefined;
}

/**
 * Adds or replaces a language. Its month names come from `Intl.DateTimeFormat`; the spec
 * gives the word order and the words Intl does not have (eras as eventline writes them,
 * decades, seasons, "c."). Registration is global because languages are data, not
 * per-timeline state.
 *
 * @example
 * ```ts
 * registerLocale('de', {
 *   ...getLocaleSpec('en'),
 *   day: "d. MMMM '{Y}'",
 *   bce: (y) => `${y} v. Chr.`,
 *   approximate: (t) => `um ${t}`,
 * });
 * ```
 */
export function registerLocale(tag: string, spec: LocaleSpec): void {
  registered.set(baseLanguage(tag), spec);
}

/**
 * Whether a language has its own spec (built in or registered).
 *
 * @example
 * ```ts
 * hasLocale('fr') // true
 * hasLocale('de') // false until registerLocale('de', …)
 * ```
 */
export function hasLocale(tag: string): boolean {
  const base = baseLanguage(tag);
  return registered.has(base) || builtIn.has(base);
}

/**
 * The language whose rules (month names, plural forms) go with the spec of `tag`: the tag
 * itself when its language has a spec (so `ar-LB` gets the Levantine names Intl knows),
 * else English, the language of the fallback spec.
 */
export function specLanguage(tag: string): string {
  return hasLocale(tag) ? tag : 'en';
}

/**
 * The tags whose month names a timeline writes: those its locale tag names (the
 * `monthNames` option, «يوليو تموز»), else its spec's language.
 *
 * @example
 * ```ts
 * monthTags('ar-LB')                    // ['ar-LB']
 * monthTags(writingLocale('ar', { monthNames: ['ar-EG', 'ar-SY'] })) // ['ar-eg', 'ar-sy']
 * ```
 */
export function monthTags(tag: string): readonly string[] {
  return readLocaleTag(tag).monthTags ?? [specLanguage(tag)];
}

/**
 * The spec for a language tag. Unknown languages fall back to English words but keep
 * their own writing direction.
 *
 * @example
 * ```ts
 * getLocaleSpec('ar-EG').direction // 'rtl'
 * ```
 */
export function getLocaleSpec(tag: string): LocaleSpec {
  const base = baseLanguage(tag);
  const spec = registered.get(base) ?? builtIn.get(base);
  if (spec) return spec;
  return RTL_LANGUAGES.has(base) ? { ...en, direction: 'rtl' } : en;
}

/**
 * Built-in language codes.
 *
 * @example
 * ```ts
 * BUILT_IN_LOCALES // ['en', 'ar', 'ru', 'ko', 'fr']
 * ```
 */
export const BUILT_IN_LOCALES: readonly string[] = [...builtIn.keys()];

/**
 * Writing direction of a language tag.
 *
 * @example
 * ```ts
 * directionOf('he-IL') // 'rtl'
 * ```
 */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return getLocaleSpec(tag).direction;
}
