import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, civilOfMs, DATE_LIMIT_MS, daysFromCivil, MAX_ABS_YEAR, yearStartMs } from '../../src/model/civilCalendar.js';
import { daysInMonth } from '../../src/model/calendarText.js';

const DAY = 86_400_000;

describe('civilOfMs and yearStartMs within the Date range', () => {
  it('agree with Date.UTC and the getUTC… methods', () => {
    fc.assert(
      fc.property(fc.integer({ min: -DATE_LIMIT_MS, max: DATE_LIMIT_MS }), (ms) => {
        const d = new Date(ms);
        expect(civilOfMs(ms)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -271_820, max: 275_759 }), (year) => {
        const d = new Date(0);
        d.setUTCFullYear(year, 0, 1);
        expect(yearStartMs(year)).toBe(d.getTime());
      }),
    );
  });
});

describe('civilOfMs and yearStartMs beyond the Date range', () => {
  it('give every day of every year of thirteen digits a distinct first instant, in order, that reads back as that day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_ABS_YEAR, max: MAX_ABS_YEAR - 1 }), (year) => {
        const start = yearStartMs(year);
        const next = yearStartMs(year + 1);
        expect(next).toBeGreaterThan(start);
        expect(civilOfMs(start)).toEqual({ year, month: 1, day: 1 });
        const dec31 = daysFromCivil(year, 12, 31) * DAY;
        expect(civilOfMs(dec31)).toEqual({ year, month: 12, day: 31 });
        expect(dec31).toBeGreaterThan(start);
        expect(next).toBeGreaterThan(dec31);
      }),
    );
  });

  it('counts days exactly in 400-year cycles, so months and leap days hold far out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, d) => {
          const day = Math.min(d, daysInMonth(year, month));
          expect(civilFromDays(daysFromCivil(year, month, day))).toEqual({ year, month, day });
        },
      ),
    );
    expect(daysFromCivil(2000 - 400 * 1e6, 1, 1)).toBe(daysFromCivil(2000, 1, 1) - 146_097 * 1e6);
  });

  it('keeps the days of the farthest years distinct: doubles there are under a day apart', () => {
    const farthest = Math.abs(yearStartMs(-MAX_ABS_YEAR));
    expect(farthest).toBeLessThan(2 ** 79); // below 2^79 ms, doubles are 2^26 ms (0.78 days) apart or closer
    for (const year of [-MAX_ABS_YEAR, MAX_ABS_YEAR]) {
      const jan1 = daysFromCivil(year, 1, 1);
      for (let d = jan1 - 3; d <= jan1 + 3; d++) expect(civilOfMs(d * DAY)).toEqual(civilFromDays(d));
    }
  });

  it('holds the Big Bang to the 65,536 ms that doubles are apart there', () => {
    const start = yearStartMs(-13_800_000_000);
    expect(Math.abs(start)).toBeGreaterThan(2 ** 68);
    expect(Math.abs(start)).toBeLessThan(2 ** 69);
    // 2^68 ≤ |start| < 2^69: doubles there are 2^(68−52) ms apart.
    expect(start % 65_536).toBe(-0);
    expect(start + 65_536).not.toBe(start);
    expect(start + 30_000).toBe(start);
  });
});
