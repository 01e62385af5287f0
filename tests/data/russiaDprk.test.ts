import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datasets, russiaDprk as fromIndex } from '../../src/data/index.js';
import { russiaDprk, russiaDprkArticle } from '../../src/data/russiaDprk.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import type { EventInput, LocalizedText, Precision } from '../../src/model/types.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// The seed corpus sits beside the clone (CI has it there too); a clone elsewhere lacks it.
const articlePath = path.resolve(repoRoot, '../shared/seed/000_b201de29508699bd.txt');
const article = existsSync(articlePath) ? readFileSync(articlePath, 'utf8') : null;
if (article === null) {
  console.warn(`russiaDprk tests: ${articlePath} is missing, so the verbatim-quote checks are skipped (every other check still runs).`);
}

const events = russiaDprk.events;

/** The six events the dataset brief requires, with the date exactly as the text gives it. */
const required: ReadonlyArray<readonly [id: string, edtf: string, precision: Precision]> = [
  ['dprk-founded', '1948', 'year'],
  ['treaty-1961', '1961', 'year'],
  ['putin-visit-2000', '2000-07', 'month'],
  ['invasion-ukraine', '2022-02', 'month'],
  ['pyongyang-summit', '2024-06-19', 'day'],
  ['trains-resume', '2024-07', 'month'],
];

/** Precision of every event, required or optional, as parseTimeline must report it. */
const precisions: Readonly<Record<string, Precision>> = {
  ...Object.fromEntries(required.map(([id, , p]) => [id, p])),
  'trains-suspended': 'year',
  'weapons-threat': 'month',
  'vietnam-remarks': 'day',
};

function ar(text: LocalizedText | null | undefined): string {
  if (text === null || text === undefined || typeof text === 'string') throw new Error(`expected { en, ar }, got ${JSON.stringify(text)}`);
  const value = text.ar;
  if (value === undefined) throw new Error(`no ar in ${JSON.stringify(text)}`);
  return value;
}

function en(text: LocalizedText | null | undefined): string {
  if (text === null || text === undefined || typeof text === 'string') throw new Error(`expected { en, ar }, got ${JSON.stringify(text)}`);
  const value = text.en;
  if (value === undefined) throw new Error(`no en in ${JSON.stringify(text)}`);
  return value;
}

function byId(id: string): EventInput {
  const event = events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`no event ${id}`);
  return event;
}

/** The known date of an EDTF text: an open (`..`) or unknown (empty) side of an interval removed. */
function knownDate(date: string | Date): string | Date {
  return date instanceof Date ? date : date.replace(/^(?:\.\.)?\/|\/(?:\.\.)?$/, '');
}

// Independent of the model code on purpose: the order check must not trust the parser it feeds.
function startOf(date: string | Date): number {
  const known = knownDate(date);
  if (known instanceof Date) return known.getTime();
  const [y, m = '1', d = '1'] = known.replace(/[~?%]/g, '').split('-');
  const start = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (Number.isNaN(start)) throw new Error(`cannot order ${JSON.stringify(date)}`);
  return start;
}

describe('russiaDprk dataset', () => {
  it.each(required)('holds required event %s dated %s', (id, edtf) => {
    expect(knownDate(byId(id).date)).toBe(edtf);
  });

  it('marks the invasion, and only it, as still going on', () => {
    expect(byId('invasion-ukraine').date).toBe('2022-02/..');
    const parsed = parseTimeline(russiaDprk).events;
    const invasion = parsed.find((e) => e.id === 'invasion-ukraine')!;
    expect([invasion.openEnd, invasion.date.edtf, invasion.end]).toEqual(['ongoing', '2022-02', undefined]);
    expect(parsed.filter((e) => e.openEnd !== undefined || e.openStart !== undefined).map((e) => e.id)).toEqual(['invasion-ukraine']);
  });

  it('writes each date at its intended precision, with ~ only on dates the article implies but does not state', () => {
    expect(Object.keys(precisions).sort()).toEqual(events.map((e) => e.id ?? '').sort());
    const byParts: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day' };
    for (const e of events) {
      const edtf = String(knownDate(e.date));
      expect([e.id, byParts[edtf.replace(/[~?%]$/, '').split('-').length]]).toEqual([e.id, precisions[e.id ?? '']]);
      expect([e.id, /[~?%]$/.test(edtf)]).toEqual([e.id, e.id === 'trains-suspended' || e.id === 'vietnam-remarks']);
    }
  });

  it('is re-exported from the data index under the name russia-dprk', () => {
    expect(fromIndex).toBe(russiaDprk);
    expect(datasets['russia-dprk']).toBe(russiaDprk);
  });

  it('gives every event a unique, readable id', () => {
    const ids = events.map((e) => e.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists events in chronological order', () => {
    const starts = events.map((e) => startOf(e.date));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('has a bilingual title and no fixed locale', () => {
    expect(en(russiaDprk.title)).toContain('Pyongyang');
    expect(ar(russiaDprk.title)).toContain('بيونجيانج');
    expect(russiaDprk.locale).toBeUndefined();
  });

  it.each(events.map((e) => [e.id, e] as const))('%s has short en/ar titles, en/ar descriptions, a category and a quote', (_id, e) => {
    expect(en(e.title).length).toBeGreaterThan(0);
    expect(en(e.title).length).toBeLessThanOrEqual(60);
    expect(ar(e.title).length).toBeGreaterThan(0);
    expect(en(e.description).length).toBeGreaterThan(0);
    expect(ar(e.description).length).toBeGreaterThan(0);
    expect(['history', 'diplomacy', 'war', 'transport']).toContain(e.category);
    expect(typeof e.source?.quote).toBe('string');
    // No link is printed in the article, and none may be invented.
    expect(e.url).toBeUndefined();
    expect(e.source?.url).toBeUndefined();
  });

  it('credits Reuters for the summit report and Interfax for the trains report', () => {
    for (const id of ['dprk-founded', 'treaty-1961', 'putin-visit-2000', 'invasion-ukraine', 'pyongyang-summit']) {
      expect(en(byId(id).source?.agency)).toBe('Reuters');
      expect(ar(byId(id).source?.publication)).toBe('جريدة عمان');
    }
    for (const id of ['trains-suspended', 'trains-resume']) expect(en(byId(id).source?.agency)).toBe('Interfax');
  });

  it('spells place and person names one way per language', () => {
    const arabic = [russiaDprk.title, ...events.flatMap((e) => [e.title, e.description, e.source?.quote])]
      .map((t) => (typeof t === 'string' ? t : (t?.ar ?? '')))
      .join('\n');
    for (const variant of ['بيونج يانج', 'بوينغ يانغ', 'بيونغ يانغ', 'كيم جونغ أون']) expect(arabic).not.toContain(variant);
    const english = [russiaDprk.title, ...events.flatMap((e) => [e.title, e.description])].map((t) => en(t)).join('\n');
    expect(english).not.toMatch(/Pyong Yang|Pjongjang|Kim Jong-un/i);
  });

  it('does not repeat the article slip calling Kim the leader of South Korea', () => {
    const all = JSON.stringify(russiaDprk);
    expect(all).not.toContain('زعيم كوريا الجنوبية');
    expect(all).not.toMatch(/leader of South Korea/i);
  });

  it('names only existing events in its quotedArabic claim', () => {
    const ids = new Set(events.map((e) => e.id));
    for (const id of [...russiaDprkArticle.quotedArabic.titles, ...russiaDprkArticle.quotedArabic.descriptions]) expect(ids).toContain(id);
  });
});

describe.skipIf(article === null)('russiaDprk quotes the article verbatim', () => {
  const text = article ?? '';

  it.each(events.map((e) => [e.id, e] as const))('%s: source.quote occurs in the article', (_id, e) => {
    const quote = e.source?.quote;
    expect(typeof quote).toBe('string');
    expect(text).toContain(quote);
  });

  it.each(russiaDprkArticle.quotedArabic.titles.map((id) => [id]))('%s: Arabic title occurs in the article', (id) => {
    expect(text).toContain(ar(byId(id).title));
  });

  it.each(russiaDprkArticle.quotedArabic.descriptions.map((id) => [id]))('%s: Arabic description occurs in the article', (id) => {
    expect(text).toContain(ar(byId(id).description));
  });

  it('quotes the credit line and agencies as printed', () => {
    expect(text).toContain(russiaDprkArticle.credit);
    for (const e of events) {
      const agency = e.source?.agency;
      if (agency !== undefined) expect(text).toContain(ar(agency));
    }
  });
});

describe('parseTimeline(russiaDprk)', () => {
  it('accepts the dataset and keeps every date at its stated precision', () => {
    const timeline = parseTimeline(russiaDprk);
    expect(timeline.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    for (const e of timeline.events) expect([e.id, e.date.precision]).toEqual([e.id, precisions[e.id]]);
    const suspended = timeline.events.find((e) => e.id === 'trains-suspended');
    expect(suspended?.date.approximate).toBe(true);
    expect(timeline.events.find((e) => e.id === 'vietnam-remarks')?.date.approximate).toBe(true);
    for (const [id] of required) expect(timeline.events.find((e) => e.id === id)?.date.approximate).toBe(false);
  });
});
