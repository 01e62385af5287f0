import { directionOf, otherLanguage } from '../format/locales.js';
import { cleanText } from '../layout/cleanText.js';
import type { LocalizedText } from '../model/types.js';
import { pickedText } from '../model/pickText.js';

/**
 * Puts a text from data into an element through `textContent` only, cleaned as labels
 * are (no bidi overrides, no characters XML cannot carry), and says its language where
 * it is not the page's: a text in another language gets `lang` and `dir`, so a screen
 * reader speaks it with the right voice; one whose language is unknown (a plain string)
 * reads in its own direction (`dir="auto"`). Returns false, leaving the element empty,
 * when there is no text. Shared by the story cards and the tooltip.
 *
 * @example
 * ```ts
 * putText(p, { en: 'We agree' }, 'ar'); // <p lang="en" dir="ltr">We agree</p>
 * ```
 */
export function putText(el: HTMLElement, value: LocalizedText | undefined, locale: string): boolean {
  const { text, lang } = pickedText(value, locale);
  const clean = cleanText(text);
  if (clean === '') return false;
  el.textContent = clean;
  if (lang === undefined) el.setAttribute('dir', 'auto');
  else if (otherLanguage(lang, locale)) {
    el.setAttribute('lang', lang);
    el.setAttribute('dir', directionOf(lang));
  }
  return true;
}
