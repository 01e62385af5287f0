import { pickText } from '../model/pickText.js';
import type { LocalizedText } from '../model/types.js';

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
