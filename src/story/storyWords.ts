import { baseLanguage } from '../format/locales.js';

/**
 * The words a story page writes around the data, in one language.
 *
 * @example
 * ```ts
 * const words: StoryWords = { ...storyWords('en'), readMore: 'Full story' };
 * ```
 */
export interface StoryWords {
  /** Name of the navigation between events, e.g. "Events". */
  readonly events: string;
  readonly previous: string;
  readonly next: string;
  /** Before the publication and agency an event rests on, e.g. "Source". */
  readonly source: string;
  /** Before an image's credit, e.g. "Image". */
  readonly image: string;
  /** The text of an event's own link. */
  readonly readMore: string;
  /**
   * Formerly the open end of an event still going on ("February 2022 – present"); cards
   * now write it as the timeline does, "since February 2022".
   *
   * @deprecated Not read: an open date's words come with the language's date formats.
   */
  readonly present: string;
}

const en: StoryWords = {
  events: 'Events',
  previous: 'Previous',
  next: 'Next',
  source: 'Source',
  image: 'Image',
  readMore: 'Read more',
  present: 'present',
};

// A Map: the language comes from data and options, and must not reach Object.prototype.
const WORDS = new Map<string, StoryWords>([
  ['en', en],
  [
    'ar',
    {
      events: 'الأحداث',
      previous: 'السابق',
      next: 'التالي',
      source: 'المصدر',
      image: 'الصورة',
      readMore: 'اقرأ المزيد',
      present: 'حتى الآن',
    },
  ],
  [
    'fr',
    {
      events: 'Événements',
      previous: 'Précédent',
      next: 'Suivant',
      source: 'Source',
      image: 'Image',
      readMore: 'Lire la suite',
      present: 'aujourd’hui',
    },
  ],
  [
    'ru',
    {
      events: 'События',
      previous: 'Назад',
      next: 'Далее',
      source: 'Источник',
      image: 'Изображение',
      readMore: 'Подробнее',
      present: 'настоящее время',
    },
  ],
  ['ko', { events: '사건', previous: '이전', next: '다음', source: '출처', image: '이미지', readMore: '자세히 보기', present: '현재' }],
]);

/**
 * The story words of a language (by its base language: `ar-EG` → `ar`), English for a
 * language without its own, with `overrides` on top.
 *
 * @example
 * ```ts
 * storyWords('ar-EG').next // 'التالي'
 * storyWords('de', { next: 'Weiter' }).next // 'Weiter'
 * ```
 */
export function storyWords(locale: string, overrides?: Partial<StoryWords>): StoryWords {
  const words = WORDS.get(baseLanguage(locale)) ?? en;
  if (!overrides) return words;
  const out: Record<string, string> = { ...words };
  // Only the known words, and only strings: an options object is user input.
  for (const key of Object.keys(en)) {
    const value: unknown = Object.prototype.hasOwnProperty.call(overrides, key) ? (overrides as Record<string, unknown>)[key] : undefined;
    if (value === undefined) continue;
    if (typeof value !== 'string')
      throw new TypeError(`options.words.${key}: expected a string, got ${value === null ? 'null' : typeof value}`);
    out[key] = value;
  }
  return out as unknown as StoryWords;
}
