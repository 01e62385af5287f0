/**
 * How a timeline's language is written, beyond the language itself, as the tag carries it:
 * the digits in the standard Unicode extension (`ar-u-nu-arab`), and whose month names in
 * a private-use part (`ar-x-m-ar-eg-m-ar-sy`: Egyptian then Levantine). One string, so
 * every part that is handed the timeline's locale (labels, ticks, clusters, the
 * description, the tooltip, a hydrated page's `lang`) writes alike without a second channel.
 */
export interface LocaleWriting {
  /** Digits of every number eventline writes: `latn` unless the tag's `-u-nu-` says otherwise. */
  readonly numberingSystem: string;
  /** Tags whose month names are written side by side (`يوليو تموز`); none: the language's own. */
  readonly monthTags: readonly string[] | undefined;
}

/** A language tag is made of subtags of 2 to 8 characters, so a single `m` cannot be one: it marks where each month tag starts. */
const MONTH_MARK = '-m-';

const read = new Map<string, LocaleWriting>();
/** A page shows few locales; the bound only keeps data-driven tags from growing this without end. */
const MAX_READ = 64;

/** The tag before its private-use part, and that part with its leading "-" (or ""). */
function splitPrivateUse(tag: string): [main: string, privateUse: string] {
  const canonical = tag.replace(/_/g, '-');
  const at = canonical.toLowerCase().indexOf('-x-');
  return at < 0 ? [canonical, ''] : [canonical.slice(0, at), canonical.slice(at + 2)];
}

/**
 * The numbering system a tag's `-u-nu-` key names, known to the runtime or not.
 *
 * @example
 * ```ts
 * taggedNumberingSystem('ar-EG-u-nu-arab') // 'arab'
 * taggedNumberingSystem('ar-EG')           // undefined
 * ```
 */
export function taggedNumberingSystem(tag: string): string | undefined {
  const main = splitPrivateUse(tag)[0];
  // Only a Unicode extension names digits. Asked without one, Intl.Locale was the first
  // Intl object of most pages and started ICU's locale data for it: milliseconds of a first render.
  if (!main.toLowerCase().includes('-u-')) return undefined;
  try {
    return new Intl.Locale(main).numberingSystem;
  } catch {
    // Not a tag Intl.Locale reads (e.g. "i-klingon"): it names no digits.
    return undefined;
  }
}

/**
 * What a locale tag says about digits and month names.
 *
 * @example
 * ```ts
 * readLocaleTag('ar-u-nu-arab-x-m-ar-eg-m-ar-sy') // { numberingSystem: 'arab', monthTags: ['ar-eg', 'ar-sy'] }
 * readLocaleTag('ar-EG')                           // { numberingSystem: 'latn', monthTags: undefined }
 * ```
 */
export function readLocaleTag(tag: string): LocaleWriting {
  let writing = read.get(tag);
  if (writing) return writing;
  const named = taggedNumberingSystem(tag);
  // Private-use subtags before the first mark are someone else's: they are left alone.
  const monthTags = splitPrivateUse(tag)[1].toLowerCase().split(MONTH_MARK).slice(1);
  // Only digits the tag names explicitly: Intl's regional default (ar-EG writes ٢٠٢٤) would
  // make the same options give different digits per region and per runtime.
  writing = { numberingSystem: isNumberingSystem(named) ? named : 'latn', monthTags: monthTags.length > 0 ? monthTags : undefined };
  if (read.size >= MAX_READ) read.clear();
  read.set(tag, writing);
  return writing;
}

/**
 * The tag that carries a timeline's choices of digits and month names (see
 * {@link readLocaleTag}); the locale unchanged when there are none.
 *
 * @example
 * ```ts
 * writingLocale('ar', { numberingSystem: 'arab', monthNames: ['ar-EG', 'ar-SY'] }) // 'ar-u-nu-arab-x-m-ar-eg-m-ar-sy'
 * ```
 */
export function writingLocale(locale: string, choice: { numberingSystem?: string; monthNames?: readonly string[] }): string {
  if (choice.numberingSystem === undefined && choice.monthNames === undefined) return locale;
  let [main, privateUse] = splitPrivateUse(locale);
  if (choice.numberingSystem !== undefined) main = new Intl.Locale(main, { numberingSystem: choice.numberingSystem }).toString();
  if (choice.monthNames !== undefined) privateUse = choice.monthNames.map((t) => MONTH_MARK + t.toLowerCase()).join('');
  return privateUse === '' ? main : `${main}-x${privateUse}`;
}

const digitTables = new Map<string, readonly string[] | undefined>();

/** The ten digits of a decimal numbering system, or undefined if the runtime has no such system. */
function digitsOf(numberingSystem: string): readonly string[] | undefined {
  if (digitTables.has(numberingSystem)) return digitTables.get(numberingSystem);
  let digits: string[] | undefined;
  try {
    const format = new Intl.NumberFormat('en', { numberingSystem, useGrouping: false });
    if (format.resolvedOptions().numberingSystem === numberingSystem) digits = Array.from({ length: 10 }, (_, d) => format.format(d));
  } catch {
    // Not even well-formed ("no!"): no digits.
  }
  if (digitTables.size < MAX_READ) digitTables.set(numberingSystem, digits);
  return digits;
}

/**
 * Whether the runtime writes numbers in this numbering system (`latn`, `arab`, `arabext`,
 * `deva`…): one of `Intl.supportedValuesOf('numberingSystem')`.
 *
 * @example
 * ```ts
 * isNumberingSystem('arab') // true
 * isNumberingSystem('roman') // false: not a system of ten digits
 * ```
 */
export function isNumberingSystem(name: unknown): name is string {
  // Intl echoes back only a system it has; the others (and algorithmic ones such as
  // "roman", which have no ten digits) fall back to the locale's own.
  return typeof name === 'string' && digitsOf(name) !== undefined;
}

/**
 * Text eventline wrote, with its digits in the locale's numbering system. Everything it
 * writes passes here on the way out (dates, years, ticks, counts), so every number a
 * timeline shows uses the same digits; text from data does not, as it is not eventline's.
 *
 * @example
 * ```ts
 * localDigits('19 يونيو 2024', 'ar-u-nu-arab') // '١٩ يونيو ٢٠٢٤'
 * ```
 */
export function localDigits(text: string, locale: string): string {
  const { numberingSystem } = readLocaleTag(locale);
  if (numberingSystem === 'latn') return text;
  const digits = digitsOf(numberingSystem)!;
  return text.replace(/[0-9]/g, (d) => digits[d.charCodeAt(0) - 48]!);
}
