import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdtfError, parseEdtf, parseEdtfInterval } from '../../src/model/index.js';

/** Days in a month from JS's own calendar, independent of the parser's table. */
function daysIn(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

function year4(year: number): string {
  return (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0');
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A year -9999…9999, a month and a day that exists in it. */
const ymd = fc
  .record({
    year: fc.integer({ min: -9999, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ year, month, dayFraction }) => {
    const max = daysIn(year, month);
    return { year, month, day: 1 + Math.min(max - 1, Math.floor(dayFraction * max)) };
  });

const qualifier = fc.constantFrom('', '~', '?', '%');

describe('parseEdtf properties', () => {
  it('round-trips valid day dates and matches the ISO reference', () => {
    fc.assert(
      fc.property(ymd, qualifier, ({ year, month, day }, q) => {
        const text = `${year4(year)}-${pad2(month)}-${pad2(day)}${q}`;
        const d = parseEdtf(text);
        expect(d.edtf).toBe(text);
        expect(d).toMatchObject({ year, month, day, precision: 'day' });
        expect(d.start).toBeLessThan(d.end);
        expect(d.end - d.start).toBe(86_400_000);
        const isoYear = (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
        expect(d.start).toBe(Date.parse(`${isoYear}-${pad2(month)}-${pad2(day)}T00:00:00Z`));
        expect(parseEdtf(d.edtf)).toEqual(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips years, months and seasons, each ending where the next begins', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9998, max: 9998 }),
        fc.constantFrom('', '-01', '-06', '-12', '-21', '-22', '-23', '-24'),
        qualifier,
        (year, rest, q) => {
          const text = `${year4(year)}${rest}${q}`;
          const d = parseEdtf(text);
          expect(d.edtf).toBe(text);
          expect(d.start).toBeLessThan(d.end);
          expect(parseEdtf(d.edtf)).toEqual(d);
          if (rest === '') expect(d.end).toBe(parseEdtf(year4(year + 1)).start);
          if (rest === '-12') expect(d.end).toBe(parseEdtf(`${year4(year + 1)}-01`).start);
          if (rest === '-24') expect(d.end).toBe(parseEdtf(`${year4(year + 1)}-03`).start);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('orders dates the same way as their text', () => {
    fc.assert(
      fc.property(ymd, ymd, (a, b) => {
        const da = parseEdtf(`${year4(a.year)}-${pad2(a.month)}-${pad2(a.day)}`);
        const db = parseEdtf(`${year4(b.year)}-${pad2(b.month)}-${pad2(b.day)}`);
        const key = (x: typeof a): number => (x.year * 13 + x.month) * 32 + x.day;
        expect(Math.sign(da.start - db.start)).toBe(Math.sign(key(a) - key(b)));
      }),
      { numRuns: 500 },
    );
  });

  /** Only EdtfError may escape the parser, whatever the text. */
  function onlyEdtfErrors(parse: (s: string) => unknown): (s: string) => void {
    return (s) => {
      try {
        parse(s);
      } catch (e) {
        if (!(e instanceof EdtfError)) throw e;
      }
    };
  }

  const dateish = fc
    .array(fc.constantFrom(...'0123456789-XxY~?%/T:Z+. '.split(''), '..', '2024', '-06', '-13', '-29', 'T10:00'), { maxLength: 14 })
    .map((parts) => parts.join(''));

  it('throws nothing but EdtfError for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), onlyEdtfErrors(parseEdtf)), { numRuns: 2000 });
    fc.assert(fc.property(dateish, onlyEdtfErrors(parseEdtf)), { numRuns: 5000 });
  });

  it('throws nothing but EdtfError for arbitrary interval strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), onlyEdtfErrors(parseEdtfInterval)), { numRuns: 2000 });
    fc.assert(fc.property(dateish, onlyEdtfErrors(parseEdtfInterval)), { numRuns: 5000 });
  });

  it('returns start < end for every string it accepts', () => {
    fc.assert(
      fc.property(dateish, (s) => {
        let d;
        try {
          d = parseEdtf(s);
        } catch (e) {
          if (e instanceof EdtfError) return;
          throw e;
        }
        expect(d.start).toBeLessThan(d.end);
        expect(parseEdtf(d.edtf)).toEqual(d);
      }),
      { numRuns: 5000 },
    );
  });
});
