import { russiaDprk } from '../../src/data/russiaDprk.js';
import { denseTimeline } from './dense.js';
import type { StringOptions } from '../../src/server/renderToString.js';
import { prng } from './prng.js';

/** Named inputs rendered as golden files and measured in Chromium. */
export interface NamedCase {
  name: string;
  input: unknown;
  options: StringOptions;
}

const WORDS = [
  'Summit',
  'treaty',
  'talks',
  'visit',
  'railway',
  'border',
  'قمة',
  'معاهدة',
  'زيارة',
  'بيونجيانج',
  'Пхеньян',
  'trade',
  'ceasefire',
];

/**
 * `n` events from `fromYear` to `toYear`: a quarter in a few bursts of a few weeks, the rest
 * spread out; day, month and year precision, some approximate, some ranges; titles of one
 * to twenty words in English, Arabic and Russian. Seeded: the same arguments give the same events.
 *
 * @example
 * ```ts
 * renderToString(syntheticTimeline(20_000, 7))
 * ```
 */
export function syntheticTimeline(
  n: number,
  seed: number,
  fromYear = 1900,
  toYear = 2024,
): { date: string; end?: string; title: string; category?: string }[] {
  const rand = prng(seed);
  // Not Date.UTC: it reads years 0–99 as 1900–1999.
  const t0 = new Date(0).setUTCFullYear(fromYear, 0, 1);
  const t1 = new Date(0).setUTCFullYear(toYear, 11, 31);
  const bursts = Array.from({ length: 5 }, () => t0 + rand() * (t1 - t0));
  const pad = (v: number, w: number) => (v < 0 ? '-' : '') + String(Math.abs(v)).padStart(w, '0');
  return Array.from({ length: n }, () => {
    const t = rand() < 0.25 ? bursts[Math.floor(rand() * bursts.length)]! + rand() * 40 * 86_400_000 : t0 + rand() * (t1 - t0);
    const d = new Date(t);
    const y = pad(d.getUTCFullYear(), 4);
    const r = rand();
    const q = rand() < 0.05 ? '~' : '';
    const date =
      r < 0.6
        ? `${y}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}${q}`
        : r < 0.85
          ? `${y}-${pad(d.getUTCMonth() + 1, 2)}${q}`
          : `${y}${q}`;
    const words = Array.from(
      { length: 1 + Math.floor(rand() * (rand() < 0.85 ? 6 : 20)) },
      () => WORDS[Math.floor(rand() * WORDS.length)]!,
    );
    const event: { date: string; end?: string; title: string; category?: string } = { date, title: words.join(' ') };
    if (rand() < 0.05) event.end = pad(d.getUTCFullYear() + 1 + Math.floor(rand() * 5), 4);
    if (rand() < 0.5) event.category = ['war', 'diplomacy', 'economy'][Math.floor(rand() * 3)]!;
    return event;
  });
}

const cluster = Array.from({ length: 24 }, (_, i) => ({
  date: '2024-06-19',
  title: i % 3 === 0 ? `قمة بيونجيانج، البند ${i + 1}` : `Same-day event number ${i + 1} with a longer title`,
}));

const ancient = [
  { date: '-2560', title: 'Great Pyramid of Giza completed', category: 'building' },
  { date: '-0753-04-21', title: 'Legendary founding of Rome', category: 'myth' },
  { date: '-0043-03-15', title: 'Ides of March: Caesar assassinated', category: 'politics' },
  { date: '0000', title: 'Year zero in astronomical numbering (1 BCE)' },
  { date: '0079-08-24~', title: 'Vesuvius buries Pompeii', category: 'disaster' },
  { date: '0622', title: 'Hijra: Muhammad moves to Medina' },
  { date: '1066-10-14', title: 'Battle of Hastings', category: 'war' },
];

const ranges = [
  { date: '1939-09-01', end: '1945-09-02', title: 'Second World War', category: 'war' },
  { date: '1950-06-25/1953-07-27', title: 'Korean War', category: 'war' },
  { date: '1961', title: 'Treaty of friendship', category: 'diplomacy' },
  { date: '1991-12', title: 'Soviet Union dissolved', category: 'history' },
  { date: '2020~', end: '2024-07', title: 'Passenger trains halted', category: 'transport' },
];

const hostile = [
  { date: '2024-01-01', title: '<script>alert(1)</script>' },
  { date: '2024-02-01', title: '"><img src=x onerror=alert(1)>' },
  { date: '2024-03-01', title: 'RTL \u202Eoverride\u202C and zero\u200Bwidth and emoji 👩‍👩‍👧' },
];

/** The article with two eras, one narrower than its title: bands behind the events, titles in the strip. */
const articleEras = {
  ...russiaDprk,
  eras: [
    { date: '1950-06-25/1953-07-27', title: { en: 'Korean War', ar: 'الحرب الكورية' } },
    { date: '1991-12-26', end: '2024-07', title: { en: 'After the Soviet Union', ar: 'ما بعد الاتحاد السوفيتي' } },
  ],
};

export const namedCases: NamedCase[] = [
  { name: 'article-en', input: russiaDprk, options: { locale: 'en', theme: 'light' } },
  { name: 'article-ar', input: russiaDprk, options: { locale: 'ar', theme: 'light' } },
  { name: 'article-vertical-ar', input: russiaDprk, options: { locale: 'ar', orientation: 'vertical', width: 420, theme: 'light' } },
  { name: 'dense-cluster', input: cluster, options: { width: 960, theme: 'light' } },
  // 35 events, 20 of them within 15 years: labels on both sides of the axis, titles wrapped, none cut.
  { name: 'dense-35', input: denseTimeline('en'), options: { width: 960, theme: 'light' } },
  { name: 'article-1280', input: russiaDprk, options: { locale: 'en', width: 1280, theme: 'light' } },
  { name: 'article-vertical-en', input: russiaDprk, options: { locale: 'en', orientation: 'vertical', width: 960, theme: 'light' } },
  { name: 'ancient', input: ancient, options: { width: 960, theme: 'light' } },
  { name: 'ranges', input: ranges, options: { width: 800, theme: 'dark' } },
  { name: 'hostile', input: hostile, options: { width: 640, theme: 'light' } },
  // More events than fit: clusters, a density strip, and the events that stay alone.
  { name: 'many-events', input: syntheticTimeline(600, 1948), options: { width: 960, theme: 'light' } },
  { name: 'many-events-ar', input: syntheticTimeline(600, 1948), options: { width: 720, locale: 'ar', theme: 'light' } },
  { name: 'many-events-vertical', input: syntheticTimeline(600, 1948), options: { width: 420, orientation: 'vertical', theme: 'light' } },
  // Eras and a today line at a given date, so the output is the same every day.
  { name: 'eras-today-en', input: articleEras, options: { locale: 'en', width: 960, today: '2024-06-19', theme: 'light' } },
  {
    name: 'eras-today-vertical-ar',
    input: articleEras,
    options: { locale: 'ar', orientation: 'vertical', width: 420, today: '2024-06-19', theme: 'light' },
  },
];
