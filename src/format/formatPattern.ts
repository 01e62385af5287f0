import { monthName, type MonthContext, type MonthWidth } from './monthNames.js';

const TOKENS = new Map<string, [MonthWidth, MonthContext] | 'day' | 'month'>([
  ['d', 'day'],
  ['M', 'month'],
  ['MMM', ['abbreviated', 'formatting']],
  ['MMMM', ['wide', 'formatting']],
  ['LLL', ['abbreviated', 'standalone']],
  ['LLLL', ['wide', 'standalone']],
]);

/**
 * Writes a day and month with the subset of Unicode date pattern tokens eventline uses
 * (`d`, `M`, `MMM`, `MMMM`, `LLL`, `LLLL`, `'quoted text'`, as in CLDR
 * and date-fns), taking month names from `Intl` for the language `tag`. Given several tags, a
 * month is named in each, side by side, as some Arabic newsrooms write «يوليو تموز». No `Date` is formatted
 * whole: the year is written by eventline, since a `Date` cannot hold the years it writes
 * (BCE, year 0) and Intl would write some of them differently per runtime.
 *
 * @example
 * ```ts
 * formatPattern("d MMMM '{Y}'", 6, 19, 'ru') // '19 июня {Y}'
 * formatPattern('LLLL', 7, 1, ['ar-EG', 'ar-SY']) // 'يوليو تموز'
 * ```
 */
export function formatPattern(pattern: string, month: number, day: number, tag: string | readonly string[]): string {
  const tags = typeof tag === 'string' ? [tag] : tag;
  let out = '';
  for (let i = 0; i < pattern.length;) {
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
      const token = TOKENS.get(pattern.slice(i, j));
      if (!token) throw new RangeError(`formatPattern: unsupported token "${pattern.slice(i, j)}" in "${pattern}"`);
      if (token === 'day') out += String(day);
      else if (token === 'month') out += String(month);
      else out += monthNames(tags, month, token[0], token[1]);
      i = j;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) throw new RangeError(`formatPattern: unsupported token "${ch}" in "${pattern}"`);
    out += ch;
    i++;
  }
  return out;
}

/** A month named in each language given, once where two of them name it alike. */
function monthNames(tags: readonly string[], month: number, width: MonthWidth, context: MonthContext): string {
  if (tags.length === 1) return monthName(tags[0]!, month, width, context);
  return [...new Set(tags.map((t) => monthName(t, month, width, context)))].join(' ');
}
