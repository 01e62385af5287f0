/** Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms. */
const RTL_LETTER =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDEFF]/;
const LETTER = /\p{L}/u;

/**
 * The base direction a text reads in, from its first strong letter (as HTML's
 * `dir="auto"` does), or `fallback` when it has none (digits, punctuation).
 * SVG has no `dir="auto"`, and an Arabic title in a left-to-right timeline (or the
 * reverse) would otherwise put its numbers and punctuation on the wrong side.
 *
 * @example
 * ```ts
 * textDirection('19 يونيو 2024', 'ltr') // 'rtl'
 * textDirection('2024', 'rtl')          // 'rtl'
 * ```
 */
export function textDirection(text: string, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return 'rtl';
    if (LETTER.test(ch)) return 'ltr';
  }
  return fallback;
}
