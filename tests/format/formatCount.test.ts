import { describe, expect, it } from 'vitest';
import { clusterText } from '../../src/format/clusterText.js';
import { formatCount } from '../../src/format/formatCount.js';
import { getLocaleSpec, registerLocale } from '../../src/format/locales.js';

const Y1969 = Date.UTC(1969, 0, 1);
const Y1972 = Date.UTC(1972, 0, 1);
/** A cluster's count, as a timeline shows it (the function existed before plural rules did). */
const count = (n: number, locale: string) => clusterText(n, Y1969, Y1972, locale).count;

/** Each Arabic plural category's word form, as the brief of the "Readable at every width" issue gives it. */
const ARABIC: Record<string, (n: number) => string> = {
  zero: () => 'لا أحداث',
  one: () => 'حدث واحد',
  two: () => 'حدثان',
  few: (n) => `${n} أحداث`,
  many: (n) => `${n} حدثًا`,
  other: (n) => `${n} حدث`,
};

const RUSSIAN: Record<string, (n: number) => string> = {
  one: (n) => `${n} событие`,
  few: (n) => `${n} события`,
  many: (n) => `${n} событий`,
};

describe('counts of events', () => {
  it('take the Arabic form of the plural category Intl.PluralRules gives each number from 0 to 1,000', () => {
    const rules = new Intl.PluralRules('ar');
    const seen = new Set<string>();
    for (let n = 0; n <= 1000; n++) {
      const category = rules.select(n);
      seen.add(category);
      expect(count(n, 'ar'), `${n} (${category})`).toBe(ARABIC[category]!(n));
    }
    // Every category was met, so every word form was checked.
    expect([...seen].sort()).toEqual(Object.keys(ARABIC).sort());
  });

  it('write 100 and 103 as Arabic does, not «100 حدثًا», «103 حدثًا»', () => {
    expect(count(100, 'ar')).toBe('100 حدث');
    expect(count(103, 'ar')).toBe('103 أحداث');
    expect(count(111, 'ar')).toBe('111 حدثًا');
    expect(count(2, 'ar')).toBe('حدثان');
    expect(count(1, 'ar-EG')).toBe('حدث واحد');
  });

  it('take the Russian form of the plural category of each number from 1 to 1,000', () => {
    const rules = new Intl.PluralRules('ru');
    for (let n = 1; n <= 1000; n++) expect(count(n, 'ru'), String(n)).toBe(RUSSIAN[rules.select(n)]!(n));
    expect([21, 22, 25, 111].map((n) => count(n, 'ru'))).toEqual(['21 событие', '22 события', '25 событий', '111 событий']);
  });

  it('write English, French and Korean counts in their plural forms', () => {
    expect([0, 1, 2].map((n) => count(n, 'en'))).toEqual(['0 events', '1 event', '2 events']);
    // French counts 0 and 1 as singular, and a million takes "de".
    expect([0, 1, 2, 1_000_000].map((n) => count(n, 'fr'))).toEqual(['0 événement', '1 événement', '2 événements', '1000000 d’événements']);
    expect([1, 37].map((n) => count(n, 'ko'))).toEqual(['사건 1개', '사건 37개']);
  });

  it("use a registered language's forms, its `other` for a category it leaves out, and English rules where Intl has none", () => {
    registerLocale('cy', { ...getLocaleSpec('en'), events: { one: '{n} digwyddiad', other: '{n} o ddigwyddiadau' } });
    // Welsh has six categories; 3 is "few", which this spec does not give.
    expect(formatCount(3, 'cy')).toBe('3 o ddigwyddiadau');
    expect(formatCount(1, 'cy')).toBe('1 digwyddiad');
    // A language Intl does not know must not take the machine's own rules.
    registerLocale('qaa', { ...getLocaleSpec('en'), events: { one: 'one {n}', other: 'other {n}', few: 'few {n}' } });
    expect([1, 3].map((n) => formatCount(n, 'qaa'))).toEqual(['one 1', 'other 3']);
  });

  it("are written in the locale's digits", () => {
    expect(formatCount(100, 'ar-u-nu-arab')).toBe('١٠٠ حدث');
    expect(formatCount(103, 'ar-u-nu-arabext')).toBe('۱۰۳ أحداث');
    expect(clusterText(37, Y1969, Y1972, 'ar-u-nu-arab').ariaLabel).toBe('٣٧ حدثًا، ١٩٦٩ – ١٩٧١');
  });
});
