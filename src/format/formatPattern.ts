import type { Locale } from 'date-fns';

type Width = 'wide' | 'abbreviated';
type Context = 'formatting' | 'standalone';

const TOKENS: Record<string, [Width, Context] | 'day' | 'month'> = {
  d: 'day',
  M: 'month',
  MMM: ['abbreviated', 'formatting'],
  MMMM: ['wide', 'formatting'],
  LLL: ['abbreviated', 'standalone'],
  LLLL: ['wide', 'standalone'],
};

/**
 * Writes a day and month with the subset of date-fns pattern tokens eventline uses
 * (`d`, `M`, `MMM`, `MMMM`, `LLL`, `LLLL`, `'quoted text'`), taking month names from
 * a date-fns locale's `localize.month`. date-fns' own `format` would add its whole
 * token engine to the classic-script build for the same result, and needs a `Date`,
 * which cannot hold the years eventline writes itself.
 *
 * @example
 * ```ts
 * formatPattern("d MMMM '{Y}'", 6, 19, ru) // '19 июня {Y}'
 * ```
 */
export function formatPattern(pattern: string, month: number, day: number, locale: Locale): string {
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const close = pattern.indexOf("'", i + 1);
      const end = close < 0 ? pattern.length : close;
      out += pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (ch === 'd' || ch === 'M' || ch === 'L') {
      let j = i;
      while (pattern[j] === ch) j++;
      const token = TOKENS[pattern.slice(i, j)];
      if (!token) throw new RangeError(`formatPattern: unsupported token "${pattern.slice(i, j)}" in "${pattern}"`);
      if (token === 'day') out += String(day);
      else if (token === 'month') out += String(month);
      else out += locale.localize.month((month - 1) as 0, { width: token[0], context: token[1] });
      i = j;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) throw new RangeError(`formatPattern: unsupported token "${ch}" in "${pattern}"`);
    out += ch;
    i++;
  }
  return out;
}
