import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edtfFastPath } from '../../src/model/edtfFastPath.js';
import { parseEdtf, parseEdtfFull, parseEdtfInterval } from '../../src/model/parseEdtf.js';

/** What a parser made of a text: its date, or its error's class and message. */
function outcome(parse: () => unknown): { value: unknown } | { error: string } {
  try {
    return { value: parse() };
  } catch (e) {
    return { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Two digits, valid or not: 00, 13, 30 and 31 where they do not exist, 21–24 (seasons), 99. */
const twoDigits = (valid: fc.Arbitrary<number>) => fc.oneof(valid, fc.integer({ min: 0, max: 99 })).map((n) => pad(n, 2));

/**
 * `YYYY[-MM[-DD]][~?%]`: years with and without a sign, including 0000, -0000 and the
 * 0–99 that Date.UTC misreads, leap and non-leap Februaries, and now and then a text
 * just off the form (a digit short or long, two qualifiers, blanks, a trailing letter).
 */
const dateText = fc
  .record({
    sign: fc.constantFrom('', '', '-'),
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1, 4, 99, 100, 400, 1582, 1900, 1970, 2000, 2024, 2100, 9999)),
    month: fc.option(twoDigits(fc.integer({ min: 1, max: 12 })), { nil: undefined }),
    day: fc.option(twoDigits(fc.integer({ min: 1, max: 31 })), { nil: undefined }),
    q: fc.constantFrom('', '', '~', '?', '%', '~?', '%%'),
    off: fc.constantFrom('', '', '', '', '', 'short', 'long', ' ', 'x'),
  })
  .map(({ sign, year, month, day, q, off }) => {
    let y = pad(year, 4);
    if (off === 'short') y = y.slice(1);
    if (off === 'long') y = `1${y}`;
    const text = `${sign}${y}${month === undefined ? '' : `-${month}`}${month === undefined || day === undefined ? '' : `-${day}`}${q}`;
    if (off === ' ') return ` ${text} `;
    if (off === 'x') return `${text}x`;
    return text;
  });

describe('the EDTF fast path', () => {
  it('returns exactly what the full parser returns, or leaves the text to it', () => {
    fc.assert(
      fc.property(dateText, (text) => {
        const full = outcome(() => parseEdtfFull(text));
        const fast = edtfFastPath(text);
        if (fast !== undefined) {
          expect(full).toHaveProperty('value');
          const value = (full as { value: ReturnType<typeof parseEdtfFull> }).value;
          expect(fast).toStrictEqual(value);
          // Same fields in the same order (JSON and iteration see it), and no -0 for +0.
          expect(Object.keys(fast)).toEqual(Object.keys(value));
          expect(Object.is(fast.start, value.start) && Object.is(fast.end, value.end)).toBe(true);
        } else if ('value' in full) {
          // Only what is not already canonical, or a season, is left to the full parser.
          const value = full.value as ReturnType<typeof parseEdtfFull>;
          expect(value.edtf !== text || value.precision === 'season').toBe(true);
        }
        // Whichever way a text goes, the public parsers give the full parser's answer.
        expect(outcome(() => parseEdtf(text))).toStrictEqual(full);
        expect(outcome(() => parseEdtfInterval(text))).toStrictEqual('value' in full ? { value: { date: full.value } } : full);
      }),
      { numRuns: 10_000 },
    );
  });

  it('gives interval sides the dates the full parser gives', () => {
    fc.assert(
      fc.property(dateText, dateText, (a, b) => {
        const start = outcome(() => parseEdtfFull(a));
        const end = outcome(() => parseEdtfFull(b));
        fc.pre('value' in start && 'value' in end && !a.includes(' ') && !b.includes(' '));
        const interval = outcome(() => parseEdtfInterval(`${a}/${b}`));
        const [s, e] = [(start as { value: { start: number } }).value, (end as { value: { start: number } }).value];
        if (e.start < s.start) expect(interval).toHaveProperty('error');
        else expect(interval).toStrictEqual({ value: { date: s, end: e } });
      }),
      { numRuns: 2_000 },
    );
  });

  it('takes every day of a 400-year cycle and the years around 0 the way the full parser does', () => {
    for (const year of [-401, -400, -1, 0, 1, 99, 100, 1600, 1999]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const full = outcome(() => parseEdtfFull(text));
          const fast = edtfFastPath(text);
          expect(fast === undefined ? outcome(() => parseEdtfFull(text)) : { value: fast }).toStrictEqual(full);
          expect(fast === undefined).toBe('error' in full);
        }
      }
    }
  });
});
