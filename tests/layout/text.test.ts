import { describe, expect, it } from 'vitest';
import { yearTicks } from '../../src/layout/axisTicks.js';
import { cleanText } from '../../src/layout/cleanText.js';
import { textDirection } from '../../src/layout/textDirection.js';
import { utcTime } from '../helpers/utcTime.js';

describe('cleanText', () => {
  it('drops characters XML cannot carry and bidi overrides, folds white space', () => {
    expect(cleanText('  a\u0000b\u0007\n\tc \uD800d ')).toBe('ab c d');
    expect(cleanText('x\u202Eevil\u202Cy')).toBe('xevily');
    expect(cleanText('keeps \u200F marks and 👩‍👩‍👧')).toBe('keeps \u200F marks and 👩‍👩‍👧');
  });
});

describe('textDirection', () => {
  it('reads the first strong letter', () => {
    expect(textDirection('19 يونيو 2024', 'ltr')).toBe('rtl');
    expect(textDirection('Summit قمة', 'rtl')).toBe('ltr');
    expect(textDirection('שלום', 'ltr')).toBe('rtl');
    expect(textDirection('2024 – 1948', 'rtl')).toBe('rtl');
    expect(textDirection('2024', 'ltr')).toBe('ltr');
  });
});

describe('yearTicks', () => {
  const years = (t: number[]) => t;

  it('puts BCE ticks on round BCE years, with year 1 between eras', () => {
    const t = yearTicks([utcTime(-2600, 0, 1), utcTime(1100, 0, 1)], 8)!.years;
    // 500 BCE is astronomical -499.
    expect(years(t)).toContain(-499);
    expect(years(t)).toContain(1);
    expect(years(t)).toContain(500);
    expect(years(t)).not.toContain(-500);
    expect(t).toEqual([...t].sort((a, b) => a - b));
  });

  it('leaves CE-only and short domains to d3', () => {
    expect(yearTicks([utcTime(1900, 0, 1), utcTime(2000, 0, 1)], 8)).toBeUndefined();
    expect(yearTicks([utcTime(-44, 0, 1), utcTime(-44, 5, 1)], 8)).toBeUndefined();
  });
});
