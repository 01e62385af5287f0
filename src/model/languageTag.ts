/** Tags already found well-formed. A file names few languages, so a small cache answers almost every call. */
const known = new Set<string>();
const KNOWN_MAX = 256;

/**
 * Whether a text is a well-formed BCP 47 language tag, as `Intl` reads them: `en`,
 * `ar-EG`, `zh-Hant-TW`, `en-u-ca-gregory`. Not `en_US`, `not a tag`, `__proto__`, `x-private`.
 * Language keys and locales are checked with it when input is read, so every later use
 * (`Intl`, the layout's `locale` option) can rely on them.
 *
 * @example
 * ```ts
 * isLanguageTag('ar-EG')     // true
 * isLanguageTag('not a tag') // false
 * ```
 */
export function isLanguageTag(tag: string): boolean {
  if (known.has(tag)) return true;
  try {
    Intl.getCanonicalLocales(tag);
  } catch {
    return false;
  }
  if (known.size < KNOWN_MAX) known.add(tag);
  return true;
}

/** The hint every message about a bad language tag ends with. */
export const LANGUAGE_TAG_HINT = 'is not a valid BCP 47 language tag (e.g. "en", "ar" or "ar-EG")';
