import type { LocalizedText } from './types.js';

/**
 * Chooses the text for a language: exact tag, then its base language (`ar-EG` → `ar`),
 * then English, then the first entry. A plain string is returned as is.
 *
 * @example
 * ```ts
 * pickText({ en: 'Summit', ar: 'قمة' }, 'ar-EG') // 'قمة'
 * ```
 */
export function pickText(text: LocalizedText | undefined, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const exact = ownText(text, locale);
  if (exact !== undefined) return exact;
  const base = locale.split('-')[0]!.toLowerCase();
  for (const [k, v] of Object.entries(text)) if (k.split('-')[0]!.toLowerCase() === base) return v;
  const english = ownText(text, 'en');
  if (english !== undefined) return english;
  for (const v of Object.values(text)) return v;
  return '';
}

/**
 * The map's own entry for a key. A plain `text[key]` would hand back Object.prototype's
 * members for keys such as "toString" or "constructor", and a reader's language is user data.
 */
function ownText(text: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(text, key) ? text[key] : undefined;
}

/**
 * The languages a text is available in (empty for a plain string).
 *
 * @example
 * ```ts
 * textLanguages({ en: 'Summit', ar: 'قمة' }) // ['en', 'ar']
 * ```
 */
export function textLanguages(text: LocalizedText | undefined): string[] {
  return text === undefined || typeof text === 'string' ? [] : Object.keys(text);
}

/**
 * The text of a {@link LocalizedText} for a locale, as `pickText` chooses it, with the
 * language it is written in: the map's key, or `undefined` for a plain string, whose
 * language nobody said.
 *
 * @example
 * ```ts
 * pickedText({ en: 'Summit', ar: 'قمة' }, 'fr') // { text: 'Summit', lang: 'en' }
 * pickedText('Summit', 'fr')                    // { text: 'Summit', lang: undefined }
 * ```
 */
export function pickedText(text: LocalizedText | undefined, locale: string): { text: string; lang: string | undefined } {
  const chosen = pickText(text, locale);
  if (text === undefined || typeof text === 'string') return { text: chosen, lang: undefined };
  // pickText's own order: the exact tag, then the base language, then English, then the first.
  const base = locale.split('-')[0]!.toLowerCase();
  const keys = Object.keys(text);
  const candidates = [locale, ...keys.filter((k) => k.split('-')[0]!.toLowerCase() === base), 'en', ...keys];
  const lang = candidates.find((k) => Object.prototype.hasOwnProperty.call(text, k) && text[k] === chosen);
  return { text: chosen, lang };
}
