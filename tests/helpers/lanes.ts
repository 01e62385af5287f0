// A vis-timeline style data set with three groups (lanes), in English or Arabic: items
// and groups as vis takes them, dense enough that one lane clusters at full width.
import type { TimelineInput } from '../../src/model/types.js';
import { fromVisItems } from '../../src/model/fromVisItems.js';

const WORDS = {
  en: {
    groups: ['Diplomacy', 'Military', 'Economy'],
    titles: [
      'Summit in the capital',
      'Talks resume',
      'Treaty signed',
      'Exercise at sea',
      'Missile test',
      'Border incident',
      'Trade deal',
      'Sanctions widened',
      'New rail link opens',
    ],
  },
  ar: {
    groups: ['الدبلوماسية', 'الشؤون العسكرية', 'الاقتصاد'],
    titles: [
      'قمة في العاصمة',
      'استئناف المحادثات',
      'توقيع معاهدة',
      'مناورات بحرية',
      'تجربة صاروخية',
      'حادث حدودي',
      'اتفاق تجاري',
      'توسيع العقوبات',
      'افتتاح خط سكة حديد',
    ],
  },
} as const;

/**
 * `count` items over 2014–2024 in three groups: every third item in each group, the
 * military group with a burst of items in 2022 on top. Items of the same index get the
 * same date in every language, so English and Arabic layouts can be compared.
 *
 * @example
 * ```ts
 * parseTimeline(visLanes('en', 60)).lanes // ['Diplomacy', 'Military', 'Economy']
 * ```
 */
export function visLanes(language: 'en' | 'ar', count = 45, burst = 0): TimelineInput {
  const w = WORDS[language];
  const items = Array.from({ length: count }, (_, i) => {
    const year = 2014 + Math.floor((i * 10) / count);
    const month = 1 + ((i * 5) % 12);
    const group = 1 + (i % 3);
    return {
      id: `i${i}`,
      content: `${w.titles[(i * 4 + group) % w.titles.length]} ${i + 1}`,
      start: `${year}-${String(month).padStart(2, '0')}-${String(1 + ((i * 7) % 27)).padStart(2, '0')}`,
      group,
    };
  });
  for (let i = 0; i < burst; i++) {
    items.push({
      id: `b${i}`,
      content: `${w.titles[i % w.titles.length]} ${count + i + 1}`,
      start: `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 3) % 27)).padStart(2, '0')}`,
      group: 2,
    });
  }
  const groups = w.groups.map((content, k) => ({ id: k + 1, content }));
  return { ...fromVisItems(items, groups), locale: language };
}
