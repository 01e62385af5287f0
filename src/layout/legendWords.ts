import { baseLanguage } from '../format/locales.js';

/** The legend's own words in one language. */
export interface LegendWords {
  /** Accessible name of the legend. */
  readonly legend: string;
  /** Caption of the swatch that shows how approximate and uncertain dates are drawn. */
  readonly approximate: string;
  /** Spoken name of the lane of events that have none, when the others have lanes. */
  readonly unnamedLane: string;
  /** Caption of the neutral swatch of events without a category, beside the categories. */
  readonly other: string;
}

const english: LegendWords = {
  legend: 'Legend',
  approximate: 'approximate or uncertain date',
  unnamedLane: 'Other events',
  other: 'other',
};

// A Map, so that a language tag from data ("constructor", "__proto__") finds nothing it should not.
const words = new Map<string, LegendWords>([
  ['en', english],
  ['ar', { legend: 'مفتاح الرسم', approximate: 'تاريخ تقريبي أو غير مؤكد', unnamedLane: 'أحداث أخرى', other: 'أخرى' }],
  [
    'ru',
    { legend: 'Условные обозначения', approximate: 'приблизительная или неточная дата', unnamedLane: 'Другие события', other: 'другие' },
  ],
  ['ko', { legend: '범례', approximate: '대략적이거나 불확실한 날짜', unnamedLane: '기타 사건', other: '기타' }],
  ['fr', { legend: 'Légende', approximate: 'date approximative ou incertaine', unnamedLane: 'Autres événements', other: 'autres' }],
]);

/**
 * The legend's words for a language tag, by its base language; English for languages
 * without their own.
 *
 * @example
 * ```ts
 * legendWords('ar-EG').approximate // 'تاريخ تقريبي أو غير مؤكد'
 * legendWords('de').legend         // 'Legend'
 * ```
 */
export function legendWords(locale: string): LegendWords {
  return words.get(baseLanguage(locale)) ?? english;
}
