import { describe, expect, it } from 'vitest';
import { clusterSpanText } from '../../src/format/clusterText.js';
import { describeEvents } from '../../src/format/describeEvents.js';
import { eraWords } from '../../src/format/eraWords.js';
import { getLocaleSpec, registerLocale } from '../../src/format/locales.js';
import { formatEventDates, openDatePhrase } from '../../src/format/openEnds.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

const event = (date: string) => parseTimeline([{ date, title: 'x' }]).events[0]!;

describe('formatEventDates: open and unknown sides', () => {
  const cases: [string, string, string][] = [
    ['en', '2022-02-24/..', 'since 24 February 2022'],
    ['en', '2022-02/..', 'since February 2022'],
    ['en', '../1950', 'until 1950'],
    ['en', '2022-02-24/', '24 February 2022 – ?'],
    ['en', '/1950', '? – 1950'],
    ['ar', '2022-02-24/..', 'منذ 24 فبراير 2022'],
    ['ar', '../1950', 'حتى 1950'],
    ['ar', '2022-02-24/', '24 فبراير 2022 – ؟'],
    ['ar-u-nu-arab', '2022-02/..', 'منذ فبراير ٢٠٢٢'],
    ['fr', '2022-02-24/..', 'depuis le 24 février 2022'],
    ['fr', '2022-02/..', 'depuis février 2022'],
    ['fr', '195X/..', 'depuis les années 1950'],
    ['fr', '../1950', 'jusqu’en 1950'],
    ['fr', '../1950-06-25', 'jusqu’au 25 juin 1950'],
    // «depuis vers 1948» is not French: an approximate date reads as a range.
    ['fr', '1948~/..', 'vers 1948 – aujourd’hui'],
    ['fr', '2022-02-24/', '24 février 2022 – ?'],
    ['ru', '2022-02-24/..', 'с 24 февраля 2022 г.'],
    // The month inside the phrase takes the genitive: «с февраля», not «с февраль».
    ['ru', '2022-02/..', 'с февраля 2022 г.'],
    ['ru', '../1950', 'до 1950 г.'],
    ['ru', '196X/..', '1960-е – н. в.'],
    ['ko', '2022-02-24/..', '2022년 2월 24일부터'],
    ['ko', '../1950', '1950년까지'],
    ['ko', '2022-02/..', '2022년 2월부터'],
  ];
  for (const [locale, date, text] of cases)
    it(`${locale} ${date} → ${text}`, () => expect(formatEventDates(event(date), locale)).toBe(text));

  it('leaves closed dates and ranges as formatEventSpan writes them', () => {
    expect(formatEventDates(event('1950/1953'), 'en')).toBe('1950 – 1953');
    expect(formatEventDates(event('2024-06-19'), 'ar')).toBe('19 يونيو 2024');
    expect(openDatePhrase(event('2024-06-19'), 'en')).toBeUndefined();
  });

  it('keeps the date apart from the words, for <time>', () => {
    expect(openDatePhrase(event('2022-02/..'), 'ko')).toEqual({ before: '', date: '2022년 2월', after: '부터' });
    expect(openDatePhrase(event('2022-02/..'), 'ar')).toEqual({ before: 'منذ ', date: 'فبراير 2022', after: '' });
  });

  it('falls back to English words where eventline writes in English, and to a range in a registered language', () => {
    expect(formatEventDates(event('2022-02/..'), 'de')).toBe('since February 2022');
    registerLocale('xq', { ...getLocaleSpec('en'), month: "LLLL '{Y}'", approximate: (t) => `um ${t}` });
    expect(formatEventDates(event('2022-02/..'), 'xq')).toBe('February 2022 – …');
    expect(formatEventDates(event('../1950'), 'xq')).toBe('… – 1950');
  });

  it('looks words up without reaching Object.prototype', () => {
    expect(formatEventDates(event('2022-02/..'), 'constructor')).toBe('since February 2022');
    expect(eraWords('__proto__')).toEqual({ eras: 'Eras', today: 'Today' });
  });
});

describe('open sides in clusters and summaries', () => {
  it('writes a group with a member still going on as "since", and one from an indefinite past as "until"', () => {
    expect(clusterSpanText(Date.UTC(1969, 0, 1), Infinity, 'en')).toBe('since 1969');
    expect(clusterSpanText(-Infinity, Date.UTC(1972, 0, 1), 'ar')).toBe('حتى 1971');
    expect(clusterSpanText(-Infinity, Infinity, 'en')).toBe('… – …');
  });

  it('summarises a timeline whose last event goes on as "since" its first date', () => {
    const [first, last] = parseTimeline([
      { date: '1948', title: 'a' },
      { date: '2022-02/..', title: 'b' },
    ]).events;
    expect(describeEvents(9, first, last, 'en')).toBe('9 events: since 1948');
    expect(describeEvents(9, first, last, 'ar')).toBe('9 أحداث: منذ 1948');
  });

  it('has the backdrop words in each built-in language', () => {
    expect(['en', 'ar', 'fr', 'ru', 'ko'].map((l) => eraWords(l).today)).toEqual(['Today', 'اليوم', 'Aujourd’hui', 'Сегодня', '오늘']);
    expect(eraWords('ar-EG').eras).toBe('الحقب');
  });
});
