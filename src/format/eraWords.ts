import { baseLanguage } from './locales.js';

/** The words of a timeline's backdrop in one language: its eras and its "today" line. */
export interface EraWords {
  /** Accessible name of the list of eras. */
  readonly eras: string;
  /** The label of the `today` line, before its date. */
  readonly today: string;
}

const english: EraWords = { eras: 'Eras', today: 'Today' };

// A Map, so that a language tag from data ("constructor", "__proto__") finds nothing it should not.
const WORDS = new Map<string, EraWords>([
  ['en', english],
  ['ar', { eras: 'الحقب', today: 'اليوم' }],
  ['fr', { eras: 'Périodes', today: 'Aujourd’hui' }],
  ['ru', { eras: 'Периоды', today: 'Сегодня' }],
  ['ko', { eras: '시대', today: '오늘' }],
]);

/**
 * The backdrop's words for a language tag, by its base language; English for languages
 * without their own, as the legend's.
 *
 * @example
 * ```ts
 * eraWords('ar-EG').today // 'اليوم'
 * eraWords('de').eras     // 'Eras'
 * ```
 */
export function eraWords(locale: string): EraWords {
  return WORDS.get(baseLanguage(locale)) ?? english;
}
