import { russiaDprk } from '../../src/data/russiaDprk.js';
import type { StringOptions } from '../../src/server/renderToString.js';

/** Named inputs rendered as golden files and measured in Chromium. */
export interface NamedCase {
  name: string;
  input: unknown;
  options: StringOptions;
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

export const namedCases: NamedCase[] = [
  { name: 'article-en', input: russiaDprk, options: { locale: 'en', theme: 'light' } },
  { name: 'article-ar', input: russiaDprk, options: { locale: 'ar', theme: 'light' } },
  { name: 'article-vertical-ar', input: russiaDprk, options: { locale: 'ar', orientation: 'vertical', width: 420, theme: 'light' } },
  { name: 'dense-cluster', input: cluster, options: { width: 960, theme: 'light' } },
  { name: 'ancient', input: ancient, options: { width: 960, theme: 'light' } },
  { name: 'ranges', input: ranges, options: { width: 800, theme: 'dark' } },
  { name: 'hostile', input: hostile, options: { width: 640, theme: 'light' } },
];
