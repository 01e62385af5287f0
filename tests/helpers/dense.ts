import type { EventInput } from '../../src/model/types.js';
import { prng } from './prng.js';

// prettier-ignore
const PARTS = {
  en: {
    who: ['Moscow', 'Pyongyang', 'The Soviet Union', 'North Korea', 'Russia', 'Kim Il Sung', 'Putin', 'Kim Jong Un', 'Foreign ministers', 'A trade delegation'],
    what: ['signs', 'opens talks on', 'suspends', 'announces', 'rejects', 'renews', 'celebrates', 'ratifies', 'hosts a summit on', 'ends'],
    whom: ['a treaty of friendship', 'direct passenger trains', 'an aid package for the harvest', 'the debt of the Soviet era', 'military cooperation', 'a new border bridge', 'fishing rights in the Sea of Japan', 'student exchanges', 'a nuclear power plant deal', 'oil deliveries'],
    tail: ['', '', ' after two years', ' in Vladivostok', ' with Chinese support', ' despite sanctions', ' for ten more years'],
  },
  ar: {
    who: ['موسكو', 'بيونجيانج', 'الاتحاد السوفيتي', 'كوريا الشمالية', 'روسيا', 'كيم إيل سونج', 'بوتين', 'كيم جونج أون', 'وزيرا الخارجية', 'وفد تجاري'],
    what: ['يوقع', 'يبدأ محادثات حول', 'يعلق', 'يعلن', 'يرفض', 'يجدد', 'يحتفل', 'يصادق على', 'يستضيف قمة حول', 'ينهي'],
    whom: ['معاهدة صداقة', 'قطارات الركاب المباشرة', 'حزمة مساعدات للحصاد', 'ديون الحقبة السوفيتية', 'التعاون العسكري', 'جسرا حدوديا جديدا', 'حقوق الصيد في بحر اليابان', 'تبادل الطلاب', 'صفقة محطة نووية', 'شحنات النفط'],
    tail: ['', '', ' بعد عامين', ' في فلاديفوستوك', ' بدعم صيني', ' رغم العقوبات', ' لعشر سنوات أخرى'],
  },
} as const;

/**
 * A dense timeline of 35 events: 20 of them within the 15 years from 1990 to 2004, the
 * other 15 spread over the rest of 1945 to 2024, with titles of 30 to 80 characters written like news
 * headlines, three categories and a few approximate dates. Seeded: the same arguments
 * give the same events.
 *
 * @example
 * ```ts
 * renderToString(denseTimeline('en'), { width: 960 })
 * ```
 */
export function denseTimeline(language: 'en' | 'ar' = 'en', seed = 35): EventInput[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const words = PARTS[language];
  const title = (): string => {
    for (;;) {
      const t = `${pick(words.who)} ${pick(words.what)} ${pick(words.whom)}${pick(words.tail)}`;
      if (t.length >= 30 && t.length <= 80) return t;
    }
  };
  const day = (from: number, years: number): string => {
    const t = Date.UTC(from, 0, 1) + rand() * years * 365.25 * 86_400_000;
    return new Date(t).toISOString().slice(0, 10);
  };
  const events: EventInput[] = [];
  for (let i = 0; i < 35; i++) {
    const dense = i < 20;
    let d = day(1990, 15);
    // The others fall outside the dense years: 45 years before them, 20 after.
    if (!dense) d = rand() < 0.7 ? day(1945, 45) : day(2005, 20);
    const r = rand();
    const date = r < 0.5 ? d : r < 0.8 ? d.slice(0, 7) : d.slice(0, 4);
    events.push({ date: rand() < 0.15 ? `${date}~` : date, title: title(), category: pick(['diplomacy', 'economy', 'military']) });
  }
  return events;
}
