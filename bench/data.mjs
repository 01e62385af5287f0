// Synthetic timelines for the benchmark: seeded, so every run and machine sees the same events.
// bench/browser.mjs also injects this file's source into the page as a module script, so
// that the events are made where they are drawn: it must stay free of imports.

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// prettier-ignore
const LATIN = [
  'summit', 'treaty', 'talks', 'visit', 'delegation', 'trade', 'agreement', 'railway', 'border', 'minister',
  'sanctions', 'election', 'protest', 'ceasefire', 'launch', 'parliament', 'embassy', 'reopens', 'signed', 'meeting',
  'Pyongyang', 'Moscow', 'Vladivostok', 'Khasan', 'Rason', 'cooperation', 'partnership', 'exports', 'grain', 'fuel',
];
// prettier-ignore
const ARABIC = [
  'قمة', 'معاهدة', 'محادثات', 'زيارة', 'وفد', 'تجارة', 'اتفاقية', 'سكة', 'الحديد', 'الحدود', 'وزير', 'عقوبات',
  'انتخابات', 'احتجاج', 'وقف', 'إطلاق', 'النار', 'البرلمان', 'السفارة', 'بيونجيانج', 'موسكو', 'تعاون', 'شراكة',
];
const CATEGORIES = ['diplomacy', 'war', 'economy', 'transport', 'politics', 'culture'];

const pad = (v, w) => String(v).padStart(w, '0');
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function words(rand, list, min, max) {
  const n = min + Math.floor(rand() * (max - min + 1));
  const out = [];
  for (let i = 0; i < n; i++) out.push(pick(rand, list));
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

/** A title of 1 to 24 words: mostly English, a fifth Arabic, some in both languages. */
function title(rand) {
  const r = rand();
  // Lengths skew short, with a tail of titles far too long for a label.
  const max = rand() < 0.85 ? 8 : 24;
  if (r < 0.65) return words(rand, LATIN, 1, max);
  if (r < 0.85) return words(rand, ARABIC, 1, max);
  return { en: words(rand, LATIN, 1, max), ar: words(rand, ARABIC, 1, max) };
}

/** An EDTF date around `t` (UTC ms): day, month or year precision, now and then approximate. */
function edtf(rand, t) {
  const d = new Date(t);
  const y = pad(d.getUTCFullYear(), 4);
  const r = rand();
  const q = rand() < 0.05 ? '~' : rand() < 0.03 ? '?' : '';
  if (r < 0.6) return `${y}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}${q}`;
  if (r < 0.85) return `${y}-${pad(d.getUTCMonth() + 1, 2)}${q}`;
  return `${y}${q}`;
}

const T0 = Date.UTC(1900, 0, 1);
const T1 = Date.UTC(2024, 11, 31);
const DAY = 86_400_000;

/**
 * One synthetic event, in the input format eventline reads.
 * @typedef {{ date: string, title: string | { en: string, ar: string }, end?: string, category?: string, id?: string }} BenchEvent
 */

/**
 * `n` events from 1900 to 2024: three quarters spread over the period, a quarter in a
 * few dense bursts of a few weeks (a war, a summit season); mixed precisions, some
 * ranges, titles from one word to far too long, in English and Arabic.
 * @returns {BenchEvent[]}
 */
export function syntheticEvents(n, seed = 20240619) {
  const rand = prng(seed ^ n);
  const bursts = Array.from({ length: 6 }, () => T0 + rand() * (T1 - T0));
  const events = [];
  for (let i = 0; i < n; i++) {
    const t = rand() < 0.25 ? pick(rand, bursts) + rand() * 40 * DAY : T0 + rand() * (T1 - T0);
    /** @type {BenchEvent} */
    const e = { date: edtf(rand, t), title: title(rand) };
    if (rand() < 0.05) e.end = `${pad(new Date(t).getUTCFullYear() + 1 + Math.floor(rand() * 6), 4)}`;
    if (rand() < 0.5) e.category = pick(rand, CATEGORIES);
    if (rand() < 0.3) e.id = `ev-${i}`;
    events.push(e);
  }
  return events;
}

function dateOf(text) {
  const [y, m = '1', d = '1'] = text.replace(/[~?%]$/, '').split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/**
 * The same events as Plot and the bare d3 loop take them: a Date and a plain title.
 * @param {BenchEvent[]} events
 */
export function plainRows(events) {
  return events.map((e) => ({
    date: dateOf(e.date),
    title: typeof e.title === 'string' ? e.title : e.title.en,
  }));
}
