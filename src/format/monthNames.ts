import { ENGLISH_MONTHS } from '../model/calendarText.js';

/** `wide` "June", `abbreviated` "Jun". */
export type MonthWidth = 'wide' | 'abbreviated';

/**
 * `formatting`: the form inside a date with a day ("19 июня"); `standalone`: the form
 * alone or with only a year ("июнь 2024"). The two differ in Russian, Polish, Greek…
 */
export type MonthContext = 'formatting' | 'standalone';

/** One language's twelve names for each width and context, January first. */
type NameTable = Record<`${MonthWidth}-${MonthContext}`, readonly string[]>;

const tables = new Map<string, NameTable>();
/** Tags come from data and options; a page that shows many languages must not grow this without end. */
const MAX_TABLES = 64;

/**
 * The tag Intl is asked with. A tag the runtime has no data for falls back, in Intl, to
 * the runtime's default locale, so the same input would give German months (or plural
 * rules) on one machine and English on another. Only tags Intl supports are passed on;
 * otherwise the base language, otherwise English. Supported by `service`: each Intl
 * service has locale data of its own, and asking DateTimeFormat starts its data.
 *
 * @example
 * ```ts
 * supportedTag('ar-EG') // 'ar-EG'
 * supportedTag('qaa')   // 'en'
 * ```
 */
export function supportedTag(tag: string, service: { supportedLocalesOf(tags: string[]): string[] } = Intl.DateTimeFormat): string {
  const canonical = tag.replace(/_/g, '-');
  for (const candidate of [canonical, canonical.split('-')[0]!]) {
    try {
      if (service.supportedLocalesOf([candidate]).length > 0) return candidate;
    } catch {
      // Not a well-formed BCP 47 tag (e.g. "x", "i-klingon"): try the next candidate.
    }
  }
  return 'en';
}

/**
 * English, as Intl writes it for `en`: the same in both contexts, abbreviated to three
 * letters. Held here because asking Intl.DateTimeFormat anything first costs a fresh page
 * ~10 ms of locale data, and a timeline in English, the default, needs nothing else from it.
 */
const SHORT_EN = ENGLISH_MONTHS.map((name) => name.slice(0, 3));
const ENGLISH: NameTable = {
  'wide-formatting': ENGLISH_MONTHS,
  'abbreviated-formatting': SHORT_EN,
  'wide-standalone': ENGLISH_MONTHS,
  'abbreviated-standalone': SHORT_EN,
};

function buildTable(tag: string): NameTable {
  if (tag === 'en') return ENGLISH;
  // The Gregorian calendar and Latin digits whatever the tag asks for (ar-SA defaults to
  // the Hijri calendar): eventline writes Gregorian dates, and only the month name is taken.
  const base = { timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' } as const;
  const names = (width: 'long' | 'short', withDay: boolean) => {
    const format = new Intl.DateTimeFormat(tag, withDay ? { ...base, day: 'numeric', month: width } : { ...base, month: width });
    // Noon on the 19th: no month edge nearby, whatever the zone (the zone is UTC anyway).
    return Array.from(
      { length: 12 },
      (_, m) => format.formatToParts(Date.UTC(2000, m, 19, 12)).find((p) => p.type === 'month')?.value ?? String(m + 1),
    );
  };
  return {
    'wide-formatting': names('long', true),
    'abbreviated-formatting': names('short', true),
    'wide-standalone': names('long', false),
    'abbreviated-standalone': names('short', false),
  };
}

/**
 * A month's name in a language, from the runtime's `Intl.DateTimeFormat` (every browser
 * and Node carry the names of every language), so no other language's names are bundled.
 * Languages the runtime does not know get English names.
 *
 * @param month 1 (January) to 12.
 */
export function monthName(tag: string, month: number, width: MonthWidth, context: MonthContext): string {
  let table = tables.get(tag);
  if (!table) {
    if (tables.size >= MAX_TABLES) tables.clear();
    // `en` is always supported: asking would start DateTimeFormat's data all the same.
    table = tag === 'en' ? ENGLISH : buildTable(supportedTag(tag));
    tables.set(tag, table);
  }
  return table[`${width}-${context}`][month - 1]!;
}
