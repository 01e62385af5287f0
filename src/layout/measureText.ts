import {
  ARABIC_JOINED_RUNS,
  ARABIC_RIGHT_JOINING,
  EMOJI_EM,
  EMOJI_RANGES,
  SCRIPT_FALLBACKS,
  UNKNOWN_EM,
  WIDE_EM,
  WIDE_RANGES,
  WIDTH_RUNS,
  ZERO_WIDTH_RANGES,
} from './charWidths.js';
import { FONT_FAMILY } from './font.js';

/**
 * Width in px of `text` drawn at `fontSize` px in the label font stack.
 *
 * The layout engine takes one of these instead of touching a DOM, so the same layout
 * runs in Node and in browsers.
 *
 * @example
 * const measure: TextMeasurer = (text, fontSize) => text.length * fontSize * 0.6;
 * measure('Hello', 12); // 36
 */
export type TextMeasurer = (text: string, fontSize: number, weight?: 'normal' | 'bold') => number;

type Weight = 'normal' | 'bold';
type Ranges = readonly (readonly [number, number])[];

const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const KEYCAP = 0x20e3;
const ELLIPSIS = '\u2026';

/** Expands the generated `[first, 'v,v*3,…', 'bold extra,…']` runs into per-weight maps (em). */
function decodeRuns(runs: readonly (readonly [number, string, string])[]): Record<Weight, Map<number, number>> {
  const normal = new Map<number, number>();
  const bold = new Map<number, number>();
  const expand = (list: string): string[] =>
    list.split(',').flatMap((token) => {
      const [value = '', times] = token.split('*');
      return Array<string>(times === undefined ? 1 : Number(times)).fill(value);
    });
  for (const [first, normals, boldExtras] of runs) {
    const n = expand(normals);
    const b = expand(boldExtras);
    n.forEach((value, i) => {
      if (value === '') return;
      normal.set(first + i, Number(value) / 1000);
      bold.set(first + i, (Number(value) + Number(b[i] ?? 0)) / 1000);
    });
  }
  return { normal, bold };
}

// Marked pure so that a bundle whose text is measured otherwise (a canvas in a live page)
// drops the table: a bare top-level call would keep it, used or not.
const TABLE = /*#__PURE__*/ decodeRuns(WIDTH_RUNS);
const ARABIC_JOINED = /*#__PURE__*/ decodeRuns(ARABIC_JOINED_RUNS);
const RIGHT_JOINING = /*#__PURE__*/ new Set(/*#__PURE__*/ Array.from(ARABIC_RIGHT_JOINING, (c) => c.codePointAt(0)));

const inRanges = (cp: number, ranges: Ranges): boolean => ranges.some(([a, b]) => cp >= a && cp <= b);

/**
 * Marks attach to the preceding character: never a place to cut, and transparent to
 * Arabic joining (a letter with harakat still joins the next letter). \p{M} follows the
 * engine's Unicode version, so only marks added in the very latest Unicode releases could
 * be treated differently by an older browser.
 */
const MARK = /^\p{M}$/u;
const isCombiningMark = (cp: number): boolean => cp >= 0x300 && MARK.test(String.fromCodePoint(cp));
const isRegionalIndicator = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isSkinTone = (cp: number): boolean => cp >= 0x1f3fb && cp <= 0x1f3ff;
/** Characters with an emoji form that VS16 or a keycap turns on (©, ™, ↔, digits, # and *). */
const EMOJI_CAPABLE = /^\p{Emoji}$/u;
const isEmoji = (cp: number): boolean => cp >= 0x231a && inRanges(cp, EMOJI_RANGES);

/** Code points that belong to the character before them, so a cut never separates them. */
function extendsCluster(cp: number): boolean {
  return (
    cp === ZWJ ||
    isCombiningMark(cp) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    isSkinTone(cp)
  );
}

// The range scans below are only for characters outside the table; caching them keeps
// CJK-heavy labels from rescanning the same lists for every character.
const fallbackCache = new Map<number, number>();

/** Width of a character the table does not list, from its script or class. */
function fallbackEm(cp: number): number {
  const cached = fallbackCache.get(cp);
  if (cached !== undefined) return cached;
  let em = UNKNOWN_EM;
  if (inRanges(cp, ZERO_WIDTH_RANGES)) em = 0;
  else if (isEmoji(cp)) em = EMOJI_EM;
  else if (inRanges(cp, WIDE_RANGES)) em = WIDE_EM;
  else {
    const script = SCRIPT_FALLBACKS.find(([, blocks]) => inRanges(cp, blocks));
    if (script) em = script[2];
  }
  if (fallbackCache.size >= 4096) fallbackCache.clear(); // text full of rare characters
  fallbackCache.set(cp, em);
  return em;
}

/** Tabs and newlines collapse to spaces in SVG text, so they take a space's room. */
const charEm = (cp: number, weight: Weight): number =>
  TABLE[weight].get(cp === 0x09 || cp === 0x0a || cp === 0x0d ? 0x20 : cp) ?? fallbackEm(cp);

/**
 * Whether the Arabic letter at `i` connects to the following letter (skipping harakat),
 * which puts it in its narrow initial/medial form instead of the tailed isolated/final one.
 */
function joinsNext(cps: readonly number[], i: number): boolean {
  for (let j = i + 1; j < cps.length; j++) {
    const next = cps[j]!;
    if (isCombiningMark(next)) continue;
    return next === ZWJ || RIGHT_JOINING.has(next) || ARABIC_JOINED.normal.has(next);
  }
  return false;
}

/**
 * The default {@link TextMeasurer}: sums per-character widths from a table calibrated
 * against Chromium (see scripts/calibrate-widths.mjs), so it needs no DOM and gives the
 * same answer in Node and in every browser. Estimates are slightly wider than what
 * Chromium draws with FONT_FAMILY, so labels laid out with it do not collide.
 *
 * Arabic letters take their joined or unjoined width from their neighbours; combining
 * marks, zero-width and bidi characters add nothing; a flag or a keycap counts as one
 * emoji, but every part of a ZWJ sequence or skin-tone pair counts, since without a
 * colour-emoji font Chromium draws the parts side by side.
 *
 * @example
 * measureTextWidth('Launch day', 12); // ≈ 69.4 (px; Chromium draws 64.4)
 * measureTextWidth('وقع الرئيس', 14, 'bold');
 * measureTextWidth('👨‍👩‍👧', 12) === 3 * measureTextWidth('👨', 12); // true
 */
export const measureTextWidth: TextMeasurer = (text, fontSize, weight = 'normal') => {
  // Zoom steps measure the same labels again and again; a bounded memo of a pure
  // function changes no result.
  const key = `${weight === 'bold' ? 'b' : 'n'}${fontSize}\u0000${text}`;
  const hit = widthMemo.get(key);
  if (hit !== undefined) return hit;
  const width = measureUncached(text, fontSize, weight);
  if (widthMemo.size >= WIDTH_MEMO_LIMIT) widthMemo.clear();
  widthMemo.set(key, width);
  return width;
};

const WIDTH_MEMO_LIMIT = 20_000;
const widthMemo = new Map<string, number>();

function measureUncached(text: string, fontSize: number, weight: Weight): number {
  const cps: number[] = [];
  for (const ch of text) cps.push(ch.codePointAt(0)!);

  let em = 0;
  let baseEm = 0; // width counted for the current cluster's base character
  let baseIsEmoji = false;
  let baseCp = -1;
  let afterEmojiZwj = false;
  let flagHalf = false; // a regional indicator is waiting for its partner
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (cp === ZWJ) {
      afterEmojiZwj = baseIsEmoji;
      continue;
    }
    if (afterEmojiZwj && (isEmoji(cp) || isSkinTone(cp))) {
      // With a colour-emoji font the sequence is one glyph; without one (a bare server,
      // a CI machine) every part is drawn on its own. Counting every part keeps labels
      // apart on both, at the price of room on the first.
      afterEmojiZwj = false;
      em += EMOJI_EM;
      continue;
    }
    afterEmojiZwj = false;
    if (cp === VS16 || cp === KEYCAP) {
      // Emoji presentation ("❤️", "©️", "1️⃣") draws an emoji-capable base as a colour emoji.
      if (!baseIsEmoji && baseCp >= 0 && EMOJI_CAPABLE.test(String.fromCodePoint(baseCp))) {
        em += Math.max(0, EMOJI_EM - baseEm);
        [baseEm, baseIsEmoji] = [EMOJI_EM, true];
      }
      continue;
    }
    if (isSkinTone(cp)) {
      // Drawn as a separate swatch after a lone base or where no emoji font joins them.
      em += EMOJI_EM;
      [baseEm, baseIsEmoji] = [EMOJI_EM, true];
      continue;
    }
    if (isRegionalIndicator(cp)) {
      if (!flagHalf) em += EMOJI_EM;
      flagHalf = !flagHalf;
      [baseEm, baseIsEmoji] = [EMOJI_EM, true];
      continue;
    }
    const joined = ARABIC_JOINED[weight].get(cp);
    const w = joined !== undefined && joinsNext(cps, i) ? joined : charEm(cp, weight);
    em += w;
    if (w > 0 || !isCombiningMark(cp)) {
      flagHalf = false;
      baseEm = w;
      baseIsEmoji = isEmoji(cp);
      baseCp = cp;
    }
  }
  return em * fontSize;
}

/**
 * The part of a canvas 2D context that {@link createCanvasMeasurer} uses, so a
 * CanvasRenderingContext2D, an OffscreenCanvas context or a test double all fit.
 *
 * @example
 * const fake: CanvasTextContext = { font: '', measureText: (t) => ({ width: t.length * 7 }) };
 */
export interface CanvasTextContext {
  font: string;
  /** The advance width of `text` in the current `font`. */
  measureText(text: string): { width: number };
}

const CANVAS_CACHE_LIMIT = 10_000;

/**
 * A {@link TextMeasurer} that asks a browser canvas, for exact widths in the browser the
 * chart is shown in. Results are cached per font and text; the context's `font` is set
 * on every cache miss, so the context may be shared with other drawing code.
 *
 * Widths are rounded up to 1/64 px because SVG text layout snaps advances to that grid
 * and otherwise comes out a hair wider than canvas reports.
 *
 * @example
 * const ctx = document.createElement('canvas').getContext('2d')!;
 * const measure = createCanvasMeasurer(ctx);
 * measure('Launch day', 12, 'bold');
 */
export function createCanvasMeasurer(context: CanvasTextContext, family: string = FONT_FAMILY): TextMeasurer {
  const cache = new Map<string, number>();
  return (text, fontSize, weight = 'normal') => {
    const font = `${weight === 'bold' ? 'bold' : 'normal'} ${fontSize}px ${family}`;
    const key = `${font}\u0000${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    context.font = font;
    const width = Math.ceil(context.measureText(text).width * 64) / 64;
    if (cache.size >= CANVAS_CACHE_LIMIT) cache.clear(); // bound memory on long-lived pages
    cache.set(key, width);
    return width;
  };
}

/**
 * Splits text into user-perceived characters: a base plus its combining marks, variation
 * selectors, skin tones, tags and ZWJ-joined partners; regional indicators in pairs.
 * Deliberately not Intl.Segmenter: its rules change with the ICU version, and server and
 * browser must cut labels at the same place.
 */
export function clusters(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let glueNext = false;
  let flagHalf = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const pairsFlag: boolean = flagHalf && isRegionalIndicator(cp);
    if (current !== '' && (glueNext || pairsFlag || extendsCluster(cp))) {
      current += ch;
    } else {
      if (current !== '') out.push(current);
      current = ch;
    }
    flagHalf = isRegionalIndicator(cp) && !pairsFlag;
    glueNext = cp === ZWJ;
  }
  if (current !== '') out.push(current);
  return out;
}

/**
 * Result of {@link truncateToWidth}.
 *
 * @example
 * const { text, truncated }: TruncatedText = truncateToWidth('A long headline', 40, 12, measureTextWidth);
 * const title = truncated ? 'A long headline' : undefined; // tooltip only when cut
 */
export interface TruncatedText {
  /** The text to draw: the input, or a prefix of it plus "…", or "" when not even "…" fits. */
  text: string;
  /** Whether visible characters were dropped. */
  truncated: boolean;
  /** Width of `text` according to the measurer used, always ≤ maxWidth (or 0 for ""). */
  width: number;
}

/** Share of the allowed width a word-boundary cut must keep to be preferred over a mid-word cut. */
const WORD_CUT_MIN_SHARE = 0.7;

/**
 * Shortens `text` to fit `maxWidth` px, ending it with "…". Cuts only between whole
 * characters (never inside a surrogate pair, before a combining mark or after a ZWJ),
 * prefers a word boundary when that keeps at least 70% of the room, drops trailing
 * spaces before the ellipsis, and checks the final string with `measure`, so the result
 * fits whatever the measurer's quirks (kerning, Arabic joining).
 *
 * @example
 * truncateToWidth('Putin and Kim sign a defence pact', 120, 12, measureTextWidth);
 * // → { text: 'Putin and Kim…', truncated: true, width: ≈ 95.7 }
 * truncateToWidth('Short', 120, 12, measureTextWidth);
 * // → { text: 'Short', truncated: false, width: ≈ 32.2 }
 */
export function truncateToWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: TextMeasurer,
  weight: 'normal' | 'bold' = 'normal',
): TruncatedText {
  const width = (s: string): number => measure(s, fontSize, weight);
  const full = width(text);
  if (full <= maxWidth) return { text, truncated: false, width: full };
  const trimmed = text.trimEnd();
  if (trimmed !== text) {
    const w = width(trimmed);
    if (w <= maxWidth) return { text: trimmed, truncated: false, width: w };
  }

  const parts = clusters(text);
  const ends: number[] = [0];
  for (const part of parts) ends.push(ends[ends.length - 1]! + part.length);
  const candidate = (k: number): string => text.slice(0, ends[k]).trimEnd() + ELLIPSIS;

  const ellipsisWidth = width(ELLIPSIS);
  if (!(ellipsisWidth <= maxWidth)) return { text: '', truncated: true, width: 0 };

  // Largest number of clusters whose candidate fits. Widths are nearly monotone in the
  // prefix length, and lo only ever moves to a candidate that was measured to fit.
  let lo = 0;
  let loWidth = ellipsisWidth;
  let hi = parts.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const w = width(candidate(mid));
    if (w <= maxWidth) [lo, loWidth] = [mid, w];
    else hi = mid;
  }

  for (let j = lo; j > 0; j--) {
    if (!/^\s/u.test(parts[j] ?? '')) continue;
    const cut = candidate(j);
    const w = width(cut);
    if (cut !== ELLIPSIS && w <= maxWidth && w >= WORD_CUT_MIN_SHARE * maxWidth) {
      return { text: cut, truncated: true, width: w };
    }
    break; // earlier boundaries keep even less room
  }
  return { text: candidate(lo), truncated: true, width: loWidth };
}
