/**
 * Everything eventline needs to write dates in one language. Patterns use the Unicode
 * (CLDR) date tokens `d`, `M`, `MMM`, `MMMM` (month inside a date: Russian "июня"),
 * `LLL`, `LLLL` (month alone: "июнь") and `'quoted text'`; the literal `{Y}` stands for
 * the year, which eventline writes itself so that BCE and year-0 dates read as a reader
 * expects. Month names come from the runtime's `Intl.DateTimeFormat` for the language.
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
  /** A decade from its first year: 1960 → "1960s". */
  readonly decade: (year: number) => string;
  /** A century (EDTF `19XX`) from its first year: 1900 → "1900s". */
  readonly century: (year: number) => string;
  /** Spring, summer, autumn, winter. */
  readonly seasons: readonly [string, string, string, string];
  /** Marks an approximate date (EDTF `~`): "1948" → "c. 1948". */
  readonly approximate: (text: string) => string;
  /** Marks an uncertain date (EDTF `?`): "1948" → "1948?". */
  readonly uncertain: (text: string) => string;
  /** Separator between the two ends of a range. */
  readonly rangeSeparator: string;
  /** "N events" for cluster and summary labels. */
  readonly events: (n: number) => string;
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
  decade: (y) => `${y}s`,
  century: (y) => `${y}s`,
  seasons: ['Spring', 'Summer', 'Autumn', 'Winter'],
  approximate: (t) => `c. ${t}`,
  uncertain: (t) => `${t}?`,
  rangeSeparator: ' – ',
  events: (n) => (n === 1 ? '1 event' : `${n} events`),
};

const arabic: LocaleSpec = {
  direction: 'rtl',
  ...dayMonthYear,
  bce: (y) => `${y} ق.م`,
  decade: (y) => `عقد ${y}`,
  century: (y) => `القرن ${Math.floor(y / 100) + 1}`,
  seasons: ['الربيع', 'الصيف', 'الخريف', 'الشتاء'],
  approximate: (t) => `حوالي ${t}`,
  uncertain: (t) => `${t}؟`,
  rangeSeparator: ' – ',
  events: (n) => (n === 1 ? 'حدث واحد' : n === 2 ? 'حدثان' : n <= 10 ? `${n} أحداث` : `${n} حدثًا`),
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
  decade: (y) => `${y}-е`,
  century: (y) => `${y}-е`,
  seasons: ['весна', 'лето', 'осень', 'зима'],
  approximate: (t) => `ок. ${t}`,
  uncertain: (t) => `${t}?`,
  rangeSeparator: ' – ',
  events: (n) => `событий: ${n}`,
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
  decade: (y) => `${y}년대`,
  century: (y) => `${y}년대`,
  seasons: ['봄', '여름', '가을', '겨울'],
  approximate: (t) => `${t}경`,
  uncertain: (t) => `${t}?`,
  rangeSeparator: ' – ',
  events: (n) => `사건 ${n}개`,
};

const french: LocaleSpec = {
  direction: 'ltr',
  ...dayMonthYear,
  bce: (y) => `${y} av. J.-C.`,
  decade: (y) => `années ${y}`,
  century: (y) => `années ${y}`,
  seasons: ['printemps', 'été', 'automne', 'hiver'],
  approximate: (t) => `vers ${t}`,
  uncertain: (t) => `${t} ?`,
  rangeSeparator: ' – ',
  events: (n) => (n === 1 ? '1 événement' : `${n} événements`),
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
 * The language whose month names go with the spec of `tag`: the tag itself when its
 * language has a spec (so `ar-LB` gets the Levantine names Intl knows), else English,
 * the language of the fallback spec.
 */
export function monthLanguage(tag: string): string {
  return hasLocale(tag) ? tag : 'en';
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
