import { describe, expect, it } from 'vitest';
import { formatEventDate, formatEventSpan, formatTick, formatYear } from '../../src/format/formatEventDate.js';
import { getLocaleSpec, registerLocale } from '../../src/format/locales.js';
import { parseEdtf } from '../../src/model/parseEdtf.js';
import { utcTime } from '../helpers/utcTime.js';

const f = (edtf: string, locale = 'en') => formatEventDate(parseEdtf(edtf), locale);

describe('formatEventDate', () => {
  it('writes each precision as given, never inventing a day or month', () => {
    expect(f('1948')).toBe('1948');
    expect(f('2000-07')).toBe('July 2000');
    expect(f('2024-06-19')).toBe('19 June 2024');
    expect(f('196X')).toBe('1960s');
    expect(f('2001-21')).toBe('Spring 2001');
  });

  it('writes Arabic, Russian, Korean and French with their own month names', () => {
    expect(f('2000-07', 'ar')).toBe('يوليو 2000');
    expect(f('2024-06-19', 'ar')).toBe('19 يونيو 2024');
    expect(f('2000-07', 'ru')).toBe('июль 2000');
    expect(f('2024-06-19', 'ru')).toBe('19 июня 2024');
    expect(f('2024-06-19', 'ko')).toBe('2024년 6월 19일');
    expect(f('2000-07', 'fr')).toBe('juillet 2000');
    expect(f('2024-06-19', 'ar-EG')).toBe('19 يونيو 2024');
  });

  it('counts BCE years as readers do and keeps two-digit years, saying the era of years under 1000', () => {
    expect(f('-0043-03-15')).toBe('15 March 44 BCE');
    expect(f('0000')).toBe('1 BCE');
    // "79" alone reads as any number, and beside "44 BCE" as either era.
    expect(f('0079-08-24')).toBe('24 August 79 CE');
    expect(f('0079-08-24', 'ar')).toBe('24 أغسطس 79 م');
    expect(f('0079-08', 'ko')).toBe('서기 79년 8월');
    expect(f('0476', 'fr')).toBe('476 apr. J.-C.');
    expect(f('0476', 'ru')).toBe('476 н. э.');
    expect(f('0999')).toBe('999 CE');
    expect(f('1000')).toBe('1000');
    expect(f('-0043', 'ar')).toBe('44 ق.م');
    expect(formatYear(1, 'en')).toBe('1 CE');
    expect(formatEventSpan(parseEdtf('-0026'), parseEdtf('0476'), 'en')).toBe('27 BCE – 476 CE');
    expect(formatEventSpan(parseEdtf('0476'), parseEdtf('1453'), 'en')).toBe('476 CE – 1453');
    // A language registered without `ce` writes the number alone.
    registerLocale('x-noce', { ...getLocaleSpec('en'), ce: undefined });
    expect(f('0079', 'x-noce')).toBe('79');
  });

  it('marks approximate and uncertain dates', () => {
    expect(f('1948~')).toBe('c. 1948');
    expect(f('1948?')).toBe('1948?');
    expect(f('1948%')).toBe('c. 1948?');
    expect(f('1948~', 'ar')).toBe('حوالي 1948');
  });

  it('does not depend on the machine time zone', () => {
    // Month names come from a stand-in date at noon local time, so no zone can shift the day.
    expect(f('2024-03-01')).toBe('1 March 2024');
    expect(f('2024-12-31')).toBe('31 December 2024');
  });

  it('writes ranges with both ends at their own precision', () => {
    expect(formatEventSpan(parseEdtf('1950-06-25'), parseEdtf('1953'), 'en')).toBe('25 June 1950 – 1953');
  });

  it('falls back to English words but keeps the direction of unknown languages', () => {
    expect(f('2000-07', 'xx')).toBe('July 2000');
    expect(getLocaleSpec('he').direction).toBe('rtl');
    expect(getLocaleSpec('fa-IR').direction).toBe('rtl');
  });

  it('accepts registered languages', () => {
    registerLocale('zz', { ...getLocaleSpec('en'), approximate: (t) => `ca. ${t}` });
    expect(f('1948~', 'zz')).toBe('ca. 1948');
  });

  it("gives a registered language its own month names, from Intl, and only the spec's words", () => {
    expect(f('2024-06-19', 'de')).toBe('19 June 2024');
    registerLocale('de', { ...getLocaleSpec('en'), day: "d. MMMM '{Y}'", month: "LLLL '{Y}'", bce: (y) => `${y} v. Chr.` });
    expect(f('2024-06-19', 'de')).toBe('19. Juni 2024');
    expect(f('2024-03', 'de-AT')).toBe('März 2024');
    expect(f('-0043', 'de')).toBe('44 v. Chr.');
  });

  it('writes regional month names where Intl knows them', () => {
    expect(f('2000-07', 'ar-LB')).toBe('تموز 2000');
    expect(f('2000-07', 'ar-EG')).toBe('يوليو 2000');
  });
});

describe('formatTick', () => {
  it('shows the year on 1 January and short months otherwise', () => {
    expect(formatTick(utcTime(2024, 0, 1), 'month', 'en')).toBe('2024');
    expect(formatTick(utcTime(2024, 5, 1), 'month', 'en')).toBe('Jun');
    expect(formatTick(utcTime(2024, 5, 19), 'day', 'en')).toBe('19 Jun');
    expect(formatTick(utcTime(2024, 5, 19), 'day', 'en', true)).toBe('19 Jun 2024');
    expect(formatTick(utcTime(-499, 0, 1), 'year', 'en')).toBe('500 BCE');
  });

  it('writes short months in each built-in language', () => {
    expect(formatTick(utcTime(2024, 1, 1), 'month', 'ru')).toBe('февр.');
    expect(formatTick(utcTime(2024, 5, 19), 'day', 'ru')).toBe('19 июн.');
    expect(formatTick(utcTime(2024, 5, 1), 'month', 'fr')).toBe('juin');
    expect(formatTick(utcTime(2024, 5, 19), 'day', 'ko', true)).toBe('2024년 6월 19일');
    expect(formatTick(utcTime(2024, 5, 1), 'month', 'ar', true)).toBe('يونيو 2024');
  });
});

describe('formatEventSpan: days of one month', () => {
  const span = (a: string, b: string, locale: string) => formatEventSpan(parseEdtf(a), parseEdtf(b), locale);

  it('says the month and year once where the language writes the day first', () => {
    expect(span('1968-12-21', '1968-12-27', 'en')).toBe('21–27 December 1968');
    expect(span('1968-12-21', '1968-12-27', 'ar')).toBe('21–27 ديسمبر 1968');
    expect(span('1968-12-21', '1968-12-27', 'ru')).toBe('21–27 декабря 1968');
    expect(span('-0043-03-15', '-0043-03-20', 'en')).toBe('15–20 March 44 BCE');
  });

  it('writes both dates whole otherwise', () => {
    // Other months, other years, other precisions, an approximate side, the same day.
    expect(span('1968-11-21', '1968-12-27', 'en')).toBe('21 November 1968 – 27 December 1968');
    expect(span('1967-12-21', '1968-12-27', 'en')).toBe('21 December 1967 – 27 December 1968');
    expect(span('1968-12', '1968-12-27', 'en')).toBe('December 1968 – 27 December 1968');
    expect(span('1968-12-21~', '1968-12-27', 'en')).toBe('c. 21 December 1968 – 27 December 1968');
    expect(span('1968-12-21', '1968-12-27?', 'en')).not.toMatch(/^21–/);
    expect(span('1968-12-21', '1968-12-21', 'en')).toBe('21 December 1968 – 21 December 1968');
    // Korean writes the year first: nothing to say once at the end.
    expect(span('1968-12-21', '1968-12-27', 'ko')).toBe(
      `${formatEventSpan(parseEdtf('1968-12-21'), undefined, 'ko')} – ${formatEventSpan(parseEdtf('1968-12-27'), undefined, 'ko')}`,
    );
  });
});
