import { describe, expect, it } from 'vitest';
import { arabicCentury, arabicDecade } from '../../src/format/arabicPeriods.js';
import { formatEventDate } from '../../src/format/formatEventDate.js';
import { parseEdtf } from '../../src/model/parseEdtf.js';

const f = (edtf: string, locale: string) => formatEventDate(parseEdtf(edtf), locale);

describe('decades', () => {
  it('are named in Arabic as words: the 20th century by their own names, others within their century', () => {
    expect(f('194X', 'ar')).toBe('الأربعينيات');
    expect(f('195X', 'ar')).toBe('الخمسينيات');
    expect(f('196X', 'ar')).toBe('الستينيات');
    expect(f('199X', 'ar')).toBe('التسعينيات');
    expect(f('186X', 'ar')).toBe('ستينيات القرن التاسع عشر');
    expect(f('202X', 'ar')).toBe('عشرينيات القرن الحادي والعشرين');
    // The first two decades of a century have no name of their own.
    expect(f('190X', 'ar')).toBe('العقد الأول من القرن العشرين');
    expect(f('191X', 'ar')).toBe('العقد الثاني من القرن العشرين');
    expect(f('200X', 'ar')).toBe('العقد الأول من القرن الحادي والعشرين');
    expect(f('196X~', 'ar')).toBe('حوالي الستينيات');
  });

  it('never write a bare year number in Arabic from year 0 to 9999', () => {
    for (let year = 0; year < 10_000; year += 10) expect(arabicDecade(year), String(year)).not.toMatch(/\d/);
  });

  it('keep the forms English, Russian, French and Korean write', () => {
    expect(['en', 'ru', 'fr', 'ko'].map((l) => f('196X', l))).toEqual(['1960s', '1960-е', 'années 1960', '1960년대']);
  });
});

describe('centuries (EDTF 19XX: 1900–1999)', () => {
  it('are ordinal words in Arabic', () => {
    expect(f('19XX', 'ar')).toBe('القرن العشرون');
    expect(f('20XX', 'ar')).toBe('القرن الحادي والعشرون');
    expect(f('18XX', 'ar')).toBe('القرن التاسع عشر');
    expect(f('10XX', 'ar')).toBe('القرن الحادي عشر');
    expect(f('09XX', 'ar')).toBe('القرن العاشر');
    expect(f('01XX', 'ar')).toBe('القرن الثاني');
    expect(f('00XX', 'ar')).toBe('القرن الأول');
    expect(f('98XX', 'ar')).toBe('القرن التاسع والتسعون');
    expect(f('99XX', 'ar')).toBe('القرن المئة');
    for (let year = 0; year < 10_000; year += 100) expect(arabicCentury(year), String(year)).not.toMatch(/\d/);
  });

  it('are Roman numerals in Russian and French, and numbered in Korean', () => {
    expect(f('19XX', 'ru')).toBe('XX век');
    expect(f('20XX', 'ru')).toBe('XXI век');
    expect(f('14XX', 'ru')).toBe('XV век');
    expect(f('19XX', 'fr')).toBe('XXe siècle');
    expect(f('00XX', 'fr')).toBe('Ier siècle');
    expect(f('03XX', 'fr')).toBe('IVe siècle');
    expect(f('19XX', 'ko')).toBe('20세기');
    expect(f('20XX', 'ko')).toBe('21세기');
  });

  it('keep "1900s" in English, which is exactly what 19XX covers', () => {
    expect(f('19XX', 'en')).toBe('1900s');
    expect(f('18XX~', 'en')).toBe('c. 1800s');
  });

  it('name the first century, which starts at year 0, as a century and not as the year 1 BCE', () => {
    expect(['en', 'ar', 'ru', 'ko'].map((l) => f('00XX', l))).toEqual(['1st century', 'القرن الأول', 'I век', '1세기']);
  });
});
