// Titles broken into lines at a width, by the injected measurer: words are measured once
// and lines are sums of them, so trying many widths costs arithmetic, not measuring.
import { clusters, truncateToWidth, type TextMeasurer } from './measureText.js';

/** A text cut into words at spaces, each measured once. */
export interface MeasuredWords {
  readonly words: readonly string[];
  readonly widths: readonly number[];
  /** Width of one space between words. */
  readonly space: number;
}

/** One line of a wrapped text, with its width. */
export interface WrappedLine {
  readonly text: string;
  readonly width: number;
  /** Whether visible characters were dropped at its end ("…"). */
  readonly truncated: boolean;
}

/**
 * Measures the words of a text (white space already folded to single spaces): the
 * measurer is asked once per word and once for the space. Arabic and other scripts that
 * join letters join them only inside words, so a line's width is the sum of its words'.
 *
 * @example
 * ```ts
 * measureWords('North Korea founded', 13, measureTextWidth).words // ['North', 'Korea', 'founded']
 * ```
 */
export function measureWords(text: string, fontSize: number, measure: TextMeasurer): MeasuredWords {
  const words = glued(text.split(' ').filter((w) => w !== ''));
  return { words, widths: words.map((w) => measure(w, fontSize)), space: words.length > 1 ? spaceWidth(measure, fontSize) : 0 };
}

/** Punctuation set apart by a space that a line may not begin with (French "référendum :", "non »", "quoi ?"). */
const CLOSING = /^[:;!?»›)\]}%…]+$/u;
/** Punctuation set apart by a space that a line may not end with ("« non"). */
const OPENING = /^[«‹([{¿¡]+$/u;

/**
 * Words with the punctuation that stands apart from them, as French sets «, », :, ?, !
 * and ; apart: a line never begins with "»" or ":" nor ends with "«", as browsers break
 * them (Unicode's line breaking rules).
 */
function glued(words: string[]): string[] {
  const out: string[] = [];
  let open = '';
  for (const w of words) {
    if (OPENING.test(w)) open += `${w} `;
    else if (CLOSING.test(w) && out.length > 0 && open === '') out[out.length - 1] += ` ${w}`;
    else {
      out.push(open + w);
      open = '';
    }
  }
  if (open !== '') out.push(open.trimEnd());
  return out;
}

/** A space's width, asked once per measurer and size: every wrapped title needs it. */
const spaces = new WeakMap<TextMeasurer, Map<number, number>>();
function spaceWidth(measure: TextMeasurer, fontSize: number): number {
  let bySize = spaces.get(measure);
  if (!bySize) spaces.set(measure, (bySize = new Map()));
  let w = bySize.get(fontSize);
  if (w === undefined) bySize.set(fontSize, (w = measure(' ', fontSize)));
  return w;
}

/**
 * How many lines a greedy wrap at `lineWidth` makes, by arithmetic alone. A word wider
 * than the line takes as many lines as its width asks for (it is broken between characters).
 */
export function lineCount(m: MeasuredWords, lineWidth: number): number {
  let lines = 0;
  let used = -1;
  m.widths.forEach((w) => {
    if (w > lineWidth) {
      lines += Math.ceil(w / lineWidth);
      used = -1;
      return;
    }
    if (used >= 0 && used + m.space + w <= lineWidth) used += m.space + w;
    else {
      lines++;
      used = w;
    }
  });
  return Math.max(1, lines);
}

/**
 * The narrowest line width, between `least` and `most`, at which the text still takes no
 * more than `lines` lines: lines of even length, instead of a long line and a short last
 * word. `undefined` when even `most` needs more lines.
 *
 * @example
 * ```ts
 * balancedWidth(measureWords('North Korea founded with Soviet support', 13, measure), 2, 0, 260) // ≈ 128
 * ```
 */
export function balancedWidth(m: MeasuredWords, lines: number, least: number, most: number): number | undefined {
  if (lineCount(m, most) > lines) return undefined;
  // A line break only ever falls at a word, so the answer is the width of some run of
  // words: searching to 1/4 px finds it to within a pixel's rounding.
  let lo = Math.max(0, least);
  let hi = most;
  if (lineCount(m, lo) <= lines) return lo;
  while (hi - lo > 0.25) {
    const mid = (lo + hi) / 2;
    if (lineCount(m, mid) <= lines) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Breaks a text into lines no wider than `lineWidth`, at spaces; a word wider than a
 * line is broken between characters (never inside a cluster of marks or joiners). With
 * `maxLines`, what does not fit in that many lines is cut off the last line with "…".
 *
 * @example
 * ```ts
 * wrapWords(measureWords('North Korea founded with Soviet support', 13, measure), 140, 3, 13, measure)
 * // [{ text: 'North Korea founded', … }, { text: 'with Soviet support', … }]
 * ```
 */
export function wrapWords(m: MeasuredWords, lineWidth: number, maxLines: number, fontSize: number, measure: TextMeasurer): WrappedLine[] {
  const lines: { words: string[]; width: number }[] = [];
  let current: { words: string[]; width: number } | undefined;
  m.words.forEach((word, i) => {
    const w = m.widths[i]!;
    if (current && current.width + m.space + w <= lineWidth) {
      current.words.push(word);
      current.width += m.space + w;
      return;
    }
    if (w <= lineWidth) {
      lines.push((current = { words: [word], width: w }));
      return;
    }
    for (const piece of breakWord(word, lineWidth, fontSize, measure)) lines.push((current = { words: [piece.text], width: piece.width }));
  });
  const out: WrappedLine[] = lines.map((l) => ({ text: l.words.join(' '), width: l.width, truncated: false }));
  if (out.length === 0) return [{ text: '', width: 0, truncated: false }];
  if (out.length <= maxLines) return out;
  const rest = out
    .slice(maxLines - 1)
    .map((l) => l.text)
    .join(' ');
  const cut = truncateToWidth(rest, lineWidth, fontSize, measure);
  return [...out.slice(0, maxLines - 1), { text: cut.text, width: cut.width, truncated: true }];
}

/** Pieces of a word too wide for a line, each as wide as fits: binary search over its characters. */
function breakWord(word: string, lineWidth: number, fontSize: number, measure: TextMeasurer): { text: string; width: number }[] {
  const parts = clusters(word);
  const pieces: { text: string; width: number }[] = [];
  let start = 0;
  while (start < parts.length) {
    // At least one character per piece, however narrow the line.
    let lo = start + 1;
    let loWidth = measure(parts.slice(start, lo).join(''), fontSize);
    let hi = parts.length + 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      const w = measure(parts.slice(start, mid).join(''), fontSize);
      if (w <= lineWidth) [lo, loWidth] = [mid, w];
      else hi = mid;
    }
    // A zero-width space is where such a word may break: after the last one that fits,
    // else between any two characters.
    if (lo < parts.length) {
      const at = parts.lastIndexOf('\u200b', lo - 1);
      if (at >= start && at + 1 < lo) [lo, loWidth] = [at + 1, measure(parts.slice(start, at + 1).join(''), fontSize)];
    }
    pieces.push({ text: parts.slice(start, lo).join(''), width: loWidth });
    start = lo;
  }
  return pieces;
}
