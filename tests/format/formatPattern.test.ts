import { format } from 'date-fns';
import { ar, enGB, fr, ko, ru } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { formatPattern } from '../../src/format/formatPattern.js';

describe('formatPattern', () => {
  it("writes what date-fns' format writes for the patterns eventline uses, with Intl's month names", () => {
    const patterns = ["d MMMM '{Y}'", "LLLL '{Y}'", 'LLL', 'd LLL', 'd MMM', "'{Y}'년 M월 d일", "LLL '{Y}'", "d MMM '{Y}'"];
    const locales = { en: enGB, ar, ru, ko, fr };
    for (const [tag, locale] of Object.entries(locales)) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 28]) {
          const stand = new Date(2000, month - 1, day, 12);
          for (const p of patterns) {
            let expected = format(stand, p, { locale });
            // The one name in which date-fns and CLDR (Intl) differ: CLDR shortens
            // Russian "февраль" to "февр.", date-fns to "фев.".
            if (tag === 'ru' && month === 2) expected = expected.replace('фев.', 'февр.');
            expect(formatPattern(p, month, day, tag), `${tag} ${p} ${month}/${day}`).toBe(expected);
          }
        }
      }
    }
  });

  it('takes the genitive month inside a day date and the nominative alone (Russian)', () => {
    expect(formatPattern("d MMMM '{Y}'", 6, 19, 'ru')).toBe('19 июня {Y}');
    expect(formatPattern("LLLL '{Y}'", 6, 1, 'ru')).toBe('июнь {Y}');
  });

  it('takes month names from Intl, so any language the runtime knows has them', () => {
    expect(formatPattern('d MMMM', 6, 19, 'de')).toBe('19 Juni');
    expect(formatPattern('LLLL', 1, 1, 'ar-LB')).toBe('كانون الثاني');
  });

  it('writes Gregorian months with Latin digits whatever the tag asks for', () => {
    // ar-SA's default calendar is the Hijri one; a -u-ca- or -u-nu- key must not change the month either.
    expect(formatPattern('d MMMM', 7, 5, 'ar-SA')).toBe('5 يوليو');
    expect(formatPattern('d MMMM', 7, 5, 'en-u-ca-islamic-nu-arab')).toBe('5 July');
  });

  it('gives English names, not the machine default, for tags the runtime does not know', () => {
    // Intl itself would fall back to the process locale, so output would differ per machine.
    for (const tag of ['xx', 'und', 'qaa', 'x', 'i-klingon', 'en_GB']) expect(formatPattern('LLLL', 6, 1, tag), tag).toBe('June');
  });

  it('refuses tokens it does not know instead of writing them out', () => {
    expect(() => formatPattern('yyyy', 1, 1, 'en')).toThrow(/unsupported token "y"/);
    expect(() => formatPattern('MM', 1, 1, 'en')).toThrow(/unsupported token "MM"/);
  });
});
