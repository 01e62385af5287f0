import { describe, expect, it } from 'vitest';
import { clusterSpanText, clusterText } from '../../src/format/clusterText.js';
import { describeEvents } from '../../src/format/describeEvents.js';
import { formatEventDate, formatEventSpan, formatTick } from '../../src/format/formatEventDate.js';
import { localDigits, readLocaleTag, writingLocale } from '../../src/format/localeTag.js';
import { parseEdtf } from '../../src/model/parseEdtf.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

const f = (edtf: string, locale: string) => formatEventDate(parseEdtf(edtf), locale);
const both = writingLocale('ar', { monthNames: ['ar-EG', 'ar-SY'] });

describe('writingLocale and readLocaleTag', () => {
  it('carry digits in the Unicode -u-nu- key and month names in a private-use part, and read them back', () => {
    const tag = writingLocale('ar-LB', { numberingSystem: 'arab', monthNames: ['ar-EG', 'ar-SY'] });
    expect(tag).toBe('ar-LB-u-nu-arab-x-m-ar-eg-m-ar-sy');
    expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    expect(readLocaleTag(tag)).toEqual({ numberingSystem: 'arab', monthTags: ['ar-eg', 'ar-sy'] });
  });

  it('leave a locale with no choices as it is, and keep what else its tag says', () => {
    expect(writingLocale('en_GB', {})).toBe('en_GB');
    expect(writingLocale('ar-SA-u-ca-islamic', { numberingSystem: 'arab' })).toBe('ar-SA-u-ca-islamic-nu-arab');
    // Only the digits change: month names chosen before (a hydrated page's lang) stay.
    expect(writingLocale('ar-x-m-ar-sy', { numberingSystem: 'latn' })).toBe('ar-u-nu-latn-x-m-ar-sy');
    expect(readLocaleTag('en-x-foo')).toEqual({ numberingSystem: 'latn', monthTags: undefined });
  });

  it("write Latin digits unless the tag names others, whatever the region's own digits", () => {
    // Intl writes ٢٠٢٤ for ar-EG by default; eventline's output must not change with the region.
    expect(f('2024-06-19', 'ar-EG')).toBe('19 يونيو 2024');
    expect(readLocaleTag('ar-EG').numberingSystem).toBe('latn');
    expect(readLocaleTag('ar-u-nu-nosuch').numberingSystem).toBe('latn');
  });
});

describe('month names', () => {
  it('come from the tags the locale names, side by side as «يوليو تموز»', () => {
    expect(f('2000-07', both)).toBe('يوليو تموز 2000');
    expect(f('2024-06-19', both)).toBe('19 يونيو حزيران 2024');
    expect(formatTick(Date.UTC(2024, 5, 1), 'month', both)).toBe('يونيو حزيران');
    expect(clusterSpanText(Date.UTC(2024, 2, 1), Date.UTC(2024, 6, 1), both)).toBe('مارس آذار – يونيو حزيران 2024');
    expect(f('2000-07', writingLocale('ar', { monthNames: ['ar-SY', 'ar-EG'] }))).toBe('تموز يوليو 2000');
  });

  it('come from one other tag: Levantine names in a timeline whose locale is plain Arabic', () => {
    const levantine = writingLocale('ar', { monthNames: ['ar-SY'] });
    expect(f('2024-06-19', levantine)).toBe('19 حزيران 2024');
    expect(f('2000-01', levantine)).toBe('كانون الثاني 2000');
    expect(f('2000-07', writingLocale('ar-LB', { monthNames: ['ar-EG'] }))).toBe('يوليو 2000');
    // Without the option, the locale's own region decides, as Intl knows it.
    expect(f('2000-07', 'ar-LB')).toBe('تموز 2000');
  });

  it('are written once where the tags name a month alike', () => {
    expect(f('2000-07', writingLocale('ar', { monthNames: ['ar-EG', 'ar-SA'] }))).toBe('يوليو 2000');
  });
});

describe('digits', () => {
  const arabic = writingLocale('ar', { numberingSystem: 'arab' });

  it('are those of the numbering system in every date, year, tick and count', () => {
    expect(f('2024-06-19', arabic)).toBe('١٩ يونيو ٢٠٢٤');
    expect(f('-0043', arabic)).toBe('٤٤ ق.م');
    expect(f('1948~', arabic)).toBe('حوالي ١٩٤٨');
    expect(formatEventSpan(parseEdtf('1950'), parseEdtf('1953'), arabic)).toBe('١٩٥٠ – ١٩٥٣');
    expect(formatTick(Date.UTC(2024, 5, 19), 'day', arabic, true)).toBe('١٩ يونيو ٢٠٢٤');
    expect(clusterSpanText(Date.UTC(2024, 5, 3), Date.UTC(2024, 5, 20), arabic)).toBe('٣ – ١٩ يونيو ٢٠٢٤');
    expect(clusterText(100, Date.UTC(1969, 0, 1), Date.UTC(1972, 0, 1), arabic).ariaLabel).toBe('١٠٠ حدث، ١٩٦٩ – ١٩٧١');
    const events = parseTimeline([
      { date: '1948', title: 'a' },
      { date: '2024-07', title: 'b' },
    ]).events;
    expect(describeEvents(2, events[0], events[1], arabic)).toBe('حدثان: ١٩٤٨ – يوليو ٢٠٢٤');
  });

  it('follow any decimal numbering system Intl has, in any language', () => {
    expect(f('2024-06-19', writingLocale('ar', { numberingSystem: 'arabext' }))).toBe('۱۹ يونيو ۲۰۲۴');
    expect(f('19XX', writingLocale('ko', { numberingSystem: 'hanidec' }))).toBe('二〇세기');
    expect(f('2024-06', 'en-u-nu-deva')).toBe('June २०२४');
    expect(localDigits('0123456789', 'fr-u-nu-thai')).toBe('๐๑๒๓๔๕๖๗๘๙');
  });
});
