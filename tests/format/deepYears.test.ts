import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterSpanText } from '../../src/format/clusterText.js';
import { formatEventDate, formatEventSpan, formatTick, formatYear, formatYearTicks } from '../../src/format/formatEventDate.js';
import { isDeepYear, yearUnit } from '../../src/format/deepYears.js';
import { yearStartMs } from '../../src/model/civilCalendar.js';
import { parseEdtf } from '../../src/model/parseEdtf.js';

const f = (edtf: string, locale = 'en') => formatEventDate(parseEdtf(edtf), locale);

describe('deep time: a year a million years or more from the present is a count of years', () => {
  it('in English and Arabic, with Intl’s words for the count and the phrase', () => {
    expect(f('Y-13800000000')).toBe('13.8 billion years ago');
    expect(f('Y-4600000000')).toBe('4.6 billion years ago');
    expect(f('Y-66000000')).toBe('66 million years ago');
    expect(f('Y5000000000')).toBe('in 5 billion years');
    expect(f('Y-13800000000', 'ar')).toBe('قبل 13.8 مليار سنة');
    expect(f('Y-4600000000', 'ar')).toBe('قبل 4.6 مليار سنة');
    expect(f('Y-66000000', 'ar')).toBe('قبل 66 مليون سنة');
    // Arabic counts 3 to 10 of a thousand or a million in the plural: «ملايين».
    expect(f('Y-3000000', 'ar')).toBe('قبل 3 ملايين سنة');
    expect(f('Y5000000000', 'ar')).toBe('خلال 5 مليار سنة');
    // Digits and decimal sign of the numbering system the tag names.
    expect(f('Y-13800000000', 'ar-u-nu-arab')).toBe('قبل ١٣٫٨ مليار سنة');
  });

  it('in Russian, Korean and French', () => {
    expect(f('Y-13800000000', 'ru')).toBe('13,8 миллиарда лет назад');
    expect(f('Y-66000000', 'ru')).toBe('66 миллионов лет назад');
    expect(f('Y-13800000000', 'ko')).toBe('138억년 전');
    // French needs «d’» after the nouns million and milliard, which Intl’s phrase lacks.
    expect(f('Y-13800000000', 'fr')).toBe('il y a 13,8 milliards d’années');
    expect(f('Y-1000000', 'fr')).toBe('il y a 1 million d’années');
  });

  it('reads the year to the digits it is written with, or to its EDTF significant digits', () => {
    // TimelineJS's -13800000000 is the astronomical -13799999999: the same 13.8 billion.
    expect(formatYear(-13_799_999_999, 'en')).toBe('13.8 billion years ago');
    expect(f('Y-4567000000')).toBe('4.567 billion years ago');
    expect(f('Y-4567000000S2')).toBe('4.6 billion years ago');
    expect(f('Y170000002S3')).toBe('in 170 million years');
    expect(yearUnit(-13_800_000_000)).toBe(1e8);
    expect(yearUnit(-13_799_999_999)).toBe(1e8);
    expect(yearUnit(-4_567_000_000, 2)).toBe(1e8);
  });

  it('writes the year itself, grouped, when a count from 1950 would show digits the writer never wrote', () => {
    // Known to 1,000 years: 251,902,000 BCE is 251,903,950 years before 1950, not "251.902 million".
    expect(f('Y-251902000')).toBe('251,902,001 BCE');
    expect(f('Y-251902000', 'ar')).toBe('251,902,001 ق.م');
    expect(f('Y-251902000', 'ar-u-nu-arab')).toBe('٢٥١٬٩٠٢٬٠٠١ ق.م');
    expect(f('Y-251902000', 'fr')).toBe('251\u202f902\u202f001 av. J.-C.');
    expect(f('Y-251900000')).toBe('251.9 million years ago');
    expect(f('Y170000002')).toBe('170,000,002');
    expect(f('Y-1234567')).toBe('1,234,568 BCE');
  });

  it('keeps qualifiers and ranges', () => {
    expect(f('Y-4600000000~')).toBe('c. 4.6 billion years ago');
    expect(f('Y-4600000000?', 'ar')).toBe('قبل 4.6 مليار سنة؟');
    expect(formatEventSpan(parseEdtf('Y-2400000000'), parseEdtf('Y-2000000000'), 'en')).toBe('2.4 billion years ago – 2 billion years ago');
  });
});

describe('deep time: the years a JS Date holds are written as before', () => {
  it('as years, under a million years from 1950', () => {
    expect(isDeepYear(-998_049)).toBe(false);
    expect(isDeepYear(-998_050)).toBe(true);
    expect(f('Y-300000')).toBe('300001 BCE');
    expect(f('Y-998050')).toBe('998051 BCE'); // a count would be 1,000,000 to the year: the year reads better
    expect(f('Y-1000000')).toBe('1 million years ago');
  });

  it('exactly as the rule for Date years always wrote them', () => {
    // Years of the common era under 1000 say their era (tests/format/formatEventDate.test.ts).
    const before = (y: number, bce: (n: number) => string, ce: (n: number) => string) =>
      y >= 1000 ? String(y) : y >= 1 ? ce(y) : bce(1 - y);
    fc.assert(
      fc.property(fc.integer({ min: -271_820, max: 275_759 }), (year) => {
        expect(formatYear(year, 'en')).toBe(
          before(
            year,
            (n) => `${n} BCE`,
            (n) => `${n} CE`,
          ),
        );
        expect(formatYear(year, 'ar')).toBe(
          before(
            year,
            (n) => `${n} ق.م`,
            (n) => `${n} م`,
          ),
        );
      }),
    );
  });
});

describe('deep time: ticks, clusters and instants', () => {
  it('labels round-year ticks alike: counts when all can be, else years', () => {
    expect(formatYearTicks([-9_999_999_999, -4_999_999_999, 5_000_000_000], 5e9, 'en')).toEqual([
      '10 billion years ago',
      '5 billion years ago',
      'in 5 billion years',
    ]);
    expect(formatYearTicks([-9_999_999_999, -4_999_999_999], 5e9, 'ar')).toEqual(['قبل 10 مليار سنة', 'قبل 5 مليار سنة']);
    // 13,808 million years needs five digits as a count: every deep tick is then a year.
    expect(formatYearTicks([1 - 13_810_000_000, 1 - 13_808_000_000], 2e6, 'en')).toEqual(['13,810,000,000 BCE', '13,808,000,000 BCE']);
    // On an axis that counts, the ticks under a million years count too; on one that does not, all are years, grouped alike.
    expect(formatYearTicks([1 - 1_500_000, 1 - 1_000_000, 1 - 500_000], 5e5, 'en')).toEqual([
      '1.5 million years ago',
      '1 million years ago',
      '500 thousand years ago',
    ]);
    expect(formatYearTicks([500_000, 1_000_000, 1_500_000], 5e5, 'fr')).toEqual([
      'dans 500 mille ans',
      'dans 1 million d’années',
      'dans 1,5 million d’années',
    ]);
    expect(formatYearTicks([1 - 1_001_000, 1 - 1_000_000, 1 - 999_000], 1e3, 'en')).toEqual([
      '1,001,000 BCE',
      '1,000,000 BCE',
      '999,000 BCE',
    ]);
    // An axis wholly under a million years writes its years as the Date years always were.
    expect(formatYearTicks([1 - 300_000, 1 - 250_000], 5e4, 'en')).toEqual(['300000 BCE', '250000 BCE']);
  });

  it('words an instant beyond the Date range by calendar arithmetic', () => {
    expect(formatTick(yearStartMs(-65_999_999), 'year', 'en')).toBe('66 million years ago');
    expect(clusterSpanText(yearStartMs(-13_799_999_999), yearStartMs(-4_599_999_998), 'en')).toBe(
      '13.8 billion years ago – 4.6 billion years ago',
    );
    // Two years that round to the same count are written to the year.
    expect(clusterSpanText(yearStartMs(-13_800_000_000), yearStartMs(-13_799_999_998), 'en')).toBe(
      '13,800,000,001 BCE – 13,800,000,000 BCE',
    );
  });
});
