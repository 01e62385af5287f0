import { format } from 'date-fns';
import { ar, enGB, fr, ko, ru } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { formatPattern } from '../../src/format/formatPattern.js';

describe('formatPattern', () => {
  it("writes exactly what date-fns' format writes for the patterns eventline uses", () => {
    const patterns = ["d MMMM '{Y}'", "LLLL '{Y}'", 'LLL', 'd LLL', 'd MMM', "'{Y}'년 M월 d일", "LLL '{Y}'", "d MMM '{Y}'"];
    for (const locale of [enGB, ar, ru, ko, fr]) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 28]) {
          const stand = new Date(2000, month - 1, day, 12);
          for (const p of patterns) expect(formatPattern(p, month, day, locale), `${locale.code} ${p} ${month}/${day}`).toBe(format(stand, p, { locale }));
        }
      }
    }
  });

  it('refuses tokens it does not know instead of writing them out', () => {
    expect(() => formatPattern('yyyy', 1, 1, enGB)).toThrow(/unsupported token "y"/);
    expect(() => formatPattern('MM', 1, 1, enGB)).toThrow(/unsupported token "MM"/);
  });
});
