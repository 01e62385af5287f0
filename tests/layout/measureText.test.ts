import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMOJI_EM, UNKNOWN_EM, WIDE_EM, WIDTH_RUNS } from '../../src/layout/charWidths.js';
import { FONT_FAMILY } from '../../src/layout/font.js';
import {
  createCanvasMeasurer,
  measureTextWidth,
  truncateToWidth,
  type CanvasTextContext,
  type TextMeasurer,
} from '../../src/layout/measureText.js';

const em = (text: string, weight: 'normal' | 'bold' = 'normal'): number => measureTextWidth(text, 100, weight) / 100;

describe('measureTextWidth', () => {
  it.each([
    ['Latin', 'Hello, world'],
    ['French', 'Élection présidentielle'],
    ['Arabic', 'وقع الرئيس الروسي'],
    ['Arabic-Indic digits', '٢٠٢٤'],
    ['Persian', 'پکن گفت'],
    ['Cyrillic', 'Путин и Ким'],
    ['Greek', 'Εκλογές'],
    ['Hebrew', 'ראש הממשלה'],
    ['CJK', '中国国家主席'],
    ['Hangul', '대통령'],
    ['emoji', '🎉'],
  ])('gives %s text a positive width', (_, text) => {
    expect(measureTextWidth(text, 12)).toBeGreaterThan(0);
    expect(measureTextWidth(text, 12, 'bold')).toBeGreaterThan(0);
  });

  it('puts ordinary letters between narrow and wide bounds', () => {
    expect(em('i')).toBeGreaterThan(0.2);
    expect(em('i')).toBeLessThan(0.4);
    expect(em('W')).toBeGreaterThan(0.9);
    expect(em('W')).toBeLessThan(1.1);
    expect(em('ж')).toBeGreaterThan(0.7);
  });

  it('gives CJK, Hangul and fullwidth characters one em each, emoji 1.25', () => {
    expect(em('中')).toBe(WIDE_EM);
    expect(em('한')).toBe(WIDE_EM);
    expect(em('Ａ')).toBe(WIDE_EM);
    expect(em('中国人')).toBeCloseTo(3 * WIDE_EM, 9);
    expect(em('😀')).toBe(EMOJI_EM);
  });

  it.each([
    ['combining acute', '\u0301'],
    ['combining diaeresis', '\u0308'],
    ['Arabic fatha', '\u064e'],
    ['Arabic shadda', '\u0651'],
    ['Arabic superscript alef', '\u0670'],
    ['Hebrew qamats', '\u05b8'],
    ['zero-width space', '\u200b'],
    ['ZWNJ', '\u200c'],
    ['ZWJ', '\u200d'],
    ['LRM', '\u200e'],
    ['RLM', '\u200f'],
    ['RLE', '\u202b'],
    ['PDF', '\u202c'],
    ['RLO', '\u202e'],
    ['LRI', '\u2066'],
    ['PDI', '\u2069'],
    ['BOM', '\ufeff'],
    ['soft hyphen', '\u00ad'],
    ['variation selector 15', '\ufe0e'],
    ['variation selector 16 after a letter with no emoji form', '\ufe0f'],
  ])('gives %s no width', (_, ch) => {
    expect(measureTextWidth(ch, 12)).toBe(0);
    expect(measureTextWidth(`a${ch}b`, 12)).toBeCloseTo(measureTextWidth('ab', 12), 9);
  });

  it('measures a decomposed accent like its base letter', () => {
    expect(em('e\u0301')).toBe(em('e'));
    expect(em('Ş\u0327\u0301')).toBe(em('Ş'));
  });

  it('does not let harakat change an Arabic word', () => {
    expect(em('بِسْمِ')).toBeCloseTo(em('بسم'), 9);
    expect(em('مُحَمَّد')).toBeCloseTo(em('محمد'), 9);
  });

  it('gives joined Arabic letters their narrow forms and the last letter its tail', () => {
    const beh = em('ب');
    expect(em('بب')).toBeLessThan(2 * beh);
    expect(em('بب')).toBeGreaterThan(beh);
    // Alef never joins the next letter, so the beh after it is back to its wide form.
    expect(em('اب')).toBeCloseTo(em('ا') + beh, 9);
    // ZWNJ breaks the join (Persian "می‌شود").
    expect(em('ب\u200cب')).toBeCloseTo(2 * beh, 9);
  });

  it('scales linearly with the font size', () => {
    for (const text of ['Hello', 'وقع الرئيس', '中文', '👍🏽 ok']) {
      expect(measureTextWidth(text, 24)).toBeCloseTo(2 * measureTextWidth(text, 12), 9);
    }
  });

  const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;!?-—«»éÉçÇœŒßñØłŁабвгджзийЖЩЮЯёΑβγδΩאבגד中한😀'];

  it('adds up across concatenation (outside Arabic joining)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LETTERS), { maxLength: 30 }),
        fc.array(fc.constantFrom(...LETTERS), { maxLength: 30 }),
        (a, b) => {
          const [x, y] = [a.join(''), b.join('')];
          expect(measureTextWidth(x + y, 13)).toBeCloseTo(measureTextWidth(x, 13) + measureTextWidth(y, 13), 6);
        },
      ),
    );
  });

  it('never makes bold narrower than normal', () => {
    for (const [first, normals] of WIDTH_RUNS) {
      const count = normals.split(',').reduce((n, token) => n + Number(token.split('*')[1] ?? 1), 0);
      for (let cp = first; cp < first + count; cp++) {
        const ch = String.fromCodePoint(cp);
        expect(em(ch, 'bold'), `U+${cp.toString(16)}`).toBeGreaterThanOrEqual(em(ch));
      }
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(measureTextWidth(text, 12, 'bold')).toBeGreaterThanOrEqual(measureTextWidth(text, 12));
      }),
    );
  });

  it('makes bold actually wider for ordinary Latin and Arabic text', () => {
    expect(em('Hello world', 'bold')).toBeGreaterThan(em('Hello world'));
    expect(em('وقع الرئيس', 'bold')).toBeGreaterThan(em('وقع الرئيس'));
  });

  it('reads astral characters as one code point, not two UTF-16 halves', () => {
    expect('😀'.length).toBe(2);
    expect(em('😀')).toBe(EMOJI_EM);
    expect(em('𝐀')).toBe(UNKNOWN_EM); // U+1D400, not two unknown halves
    expect(em('𠀀')).toBe(WIDE_EM); // CJK Extension B
    expect(em('a😀b')).toBeCloseTo(em('a') + EMOJI_EM + em('b'), 9);
  });

  it('still gives a finite width to a lone surrogate', () => {
    const w = measureTextWidth('a\ud83d', 12);
    expect(Number.isFinite(w)).toBe(true);
    expect(w).toBeGreaterThan(measureTextWidth('a', 12));
  });

  it.each([
    ['family (ZWJ)', '👨‍👩‍👧', 3],
    ['family of four (ZWJ)', '👨‍👩‍👧‍👦', 4],
    ['technologist with skin tone', '👩🏽‍💻', 3],
    ['rainbow flag (VS16 + ZWJ)', '🏳️‍🌈', 2],
    ['heart on fire', '❤️‍🔥', 2],
    ['thumbs up with skin tone', '👍🏽', 2],
    ['country flag', '🇺🇦', 1],
    ['keycap', '1️⃣', 1],
    ['heart with emoji presentation', '❤️', 1],
    ['copyright with emoji presentation', '©️', 1],
  ])('counts a %s as the emoji drawn without a colour-emoji font', (_, seq, parts) => {
    // Without a colour-emoji font each part of a ZWJ or skin-tone sequence is its own glyph.
    expect(em(seq)).toBeCloseTo(parts * EMOJI_EM, 9);
    expect(em(`${seq} ok`)).toBeCloseTo(parts * EMOJI_EM + em(' ok'), 9);
  });

  it('counts two flags as two emoji and a lone skin tone as one', () => {
    expect(em('🇺🇦🇫🇷')).toBeCloseTo(2 * EMOJI_EM, 9);
    expect(em('🇺🇦🇫')).toBeCloseTo(2 * EMOJI_EM, 9); // a flag and a lone indicator
    expect(em('🏽')).toBeCloseTo(EMOJI_EM, 9);
  });

  it('still counts the character after a ZWJ that is not joining emoji', () => {
    expect(em('a\u200db')).toBeCloseTo(em('ab'), 9);
    expect(em('😀\u200da')).toBeCloseTo(EMOJI_EM + em('a'), 9);
  });

  it('measures tabs and newlines as spaces, as SVG text draws them', () => {
    expect(em('a\tb\nc')).toBeCloseTo(em('a b c'), 9);
  });

  it('falls back by script for characters the table does not list', () => {
    expect(em('\u04fc')).toBeGreaterThan(0.5); // rare Cyrillic, in the table or its script fallback
    expect(em('\u0378')).toBeGreaterThanOrEqual(em('Ω')); // unassigned in the Greek block
    expect(em('\u0e01')).toBe(UNKNOWN_EM); // Thai is not calibrated
  });

  it('returns 0 for empty text', () => {
    expect(measureTextWidth('', 12)).toBe(0);
  });
});

describe('createCanvasMeasurer', () => {
  function fakeContext(): CanvasTextContext & { fonts: string[]; calls: string[] } {
    const ctx = {
      font: '10px sans-serif',
      fonts: [] as string[],
      calls: [] as string[],
      measureText(text: string) {
        ctx.calls.push(text);
        ctx.fonts.push(ctx.font);
        const size = Number(/(\d+(?:\.\d+)?)px/.exec(ctx.font)?.[1]);
        return { width: text.length * size * (ctx.font.startsWith('bold') ? 0.61 : 0.5503) };
      },
    };
    return ctx;
  }

  it('sets the label font shorthand before measuring', () => {
    const ctx = fakeContext();
    const measure = createCanvasMeasurer(ctx);
    measure('abc', 12);
    measure('abc', 14, 'bold');
    expect(ctx.fonts).toEqual([`normal 12px ${FONT_FAMILY}`, `bold 14px ${FONT_FAMILY}`]);
  });

  it('uses a custom family when given one', () => {
    const ctx = fakeContext();
    createCanvasMeasurer(ctx, 'serif')('abc', 12);
    expect(ctx.fonts).toEqual(['normal 12px serif']);
  });

  it('caches per font and text', () => {
    const ctx = fakeContext();
    const measure = createCanvasMeasurer(ctx);
    const first = measure('Launch day', 12);
    expect(measure('Launch day', 12)).toBe(first);
    measure('Launch day', 12, 'bold');
    measure('Launch day', 13);
    expect(ctx.calls).toHaveLength(3);
  });

  it('resets the font even if other code changed the shared context', () => {
    const ctx = fakeContext();
    const measure = createCanvasMeasurer(ctx);
    measure('a', 12);
    ctx.font = '40px serif';
    measure('b', 12);
    expect(ctx.fonts[1]).toBe(`normal 12px ${FONT_FAMILY}`);
  });

  it('rounds up to the 1/64 px grid SVG text snaps to', () => {
    const measure = createCanvasMeasurer(fakeContext());
    const w = measure('abc', 12); // 3 × 12 × 0.5503 = 19.8108
    expect(w).toBeGreaterThanOrEqual(19.8108);
    expect(w).toBeLessThan(19.8108 + 1 / 64);
    expect(w * 64).toBe(Math.round(w * 64));
  });
});

describe('truncateToWidth', () => {
  const ELLIPSIS = '\u2026';

  it('returns text that fits unchanged', () => {
    const text = 'Short label';
    const w = measureTextWidth(text, 12);
    expect(truncateToWidth(text, w, 12, measureTextWidth)).toEqual({ text, truncated: false, width: w });
  });

  it('cuts at a word boundary when that keeps most of the room', () => {
    const text = 'Putin and Kim sign a mutual defence pact';
    const max = measureTextWidth('Putin and Kim sign a mut…', 12);
    const r = truncateToWidth(text, max, 12, measureTextWidth);
    expect(r).toMatchObject({ text: 'Putin and Kim sign a…', truncated: true });
    expect(r.width).toBeLessThanOrEqual(max);
  });

  it('cuts inside a long word rather than wasting the room', () => {
    const text = 'A supercalifragilisticexpialidocious day';
    const max = measureTextWidth('A supercalifr…', 12);
    expect(truncateToWidth(text, max, 12, measureTextWidth).text).toBe('A supercalifr…');
  });

  it('drops the spaces before the ellipsis', () => {
    const text = 'Breaking:    markets fall';
    const max = measureTextWidth('Breaking:   …', 12);
    expect(truncateToWidth(text, max, 12, measureTextWidth).text).toBe('Breaking:…');
  });

  it('drops trailing spaces instead of truncating when the words fit', () => {
    const r = truncateToWidth('Done      ', measureTextWidth('Done  ', 12), 12, measureTextWidth);
    expect(r).toMatchObject({ text: 'Done', truncated: false });
  });

  it('truncates Arabic on a word boundary and keeps the result within bounds', () => {
    const text = 'وقع الرئيس الروسي فلاديمير بوتين اتفاقية مع الزعيم الكوري الشمالي';
    const max = measureTextWidth(text, 14) / 2;
    const r = truncateToWidth(text, max, 14, measureTextWidth);
    expect(r.truncated).toBe(true);
    expect(r.width).toBeLessThanOrEqual(max);
    expect(r.text.endsWith(ELLIPSIS)).toBe(true);
    expect(text.startsWith(r.text.slice(0, -1))).toBe(true);
    expect(text[r.text.length - 1]).toBe(' '); // the cut fell between words
  });

  it('keeps emoji sequences, flags and accents whole', () => {
    for (const [text, max] of [
      ['👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 2.2],
      ['🇺🇦🇫🇷🇩🇪', 2.2],
      ['e\u0301e\u0301e\u0301e\u0301', 2.2 * 0.62],
      ['ب\u0651\u064eب\u0651\u064eب\u0651\u064e', 1.5],
    ] as const) {
      const r = truncateToWidth(text, max * 20, 20, measureTextWidth);
      expect(r.truncated, text).toBe(true);
      const kept = r.text.slice(0, -1);
      expect(text.startsWith(kept)).toBe(true);
      expect(/^[\u200d\p{M}\ufe0f\u{1F3FB}-\u{1F3FF}]/u.test(text.slice(kept.length)), `${text} → ${r.text}`).toBe(false);
      expect(/\u200d$/.test(kept)).toBe(false);
      if (text.startsWith('🇺')) expect([...kept].length % 2).toBe(0);
    }
  });

  it('returns an empty string when not even the ellipsis fits', () => {
    expect(truncateToWidth('Hello', 1, 12, measureTextWidth)).toEqual({ text: '', truncated: true, width: 0 });
  });

  it('returns a lone ellipsis when only the ellipsis fits', () => {
    const r = truncateToWidth('Hello', measureTextWidth(ELLIPSIS, 12), 12, measureTextWidth);
    expect(r.text).toBe(ELLIPSIS);
  });

  // prettier-ignore
  const PIECES = [
    'a', 'W', 'i', ' ', '  ', 'e\u0301', 'x\u0301\u0302', 'Ж', 'ω', '—', '.', '😀', '👨‍👩‍👧', '👩🏽‍💻', '🇺🇦',
    '1️⃣', '❤️', 'ب', 'ا', 'ل', 'ي', '\u064e', 'ّ', '中', '한', '\u200b', '\u200c', '\u200d', '\u202b', '𝐀', '𠀀',
  ];
  const texts = fc.oneof(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );
  /** Deliberately erratic: not additive, not monotone, so truncation must re-measure. */
  const erratic: TextMeasurer = (text, size, weight) =>
    measureTextWidth(text, size, weight) * (1 + (text.length % 3) * 0.07) + (text.includes('a') ? 3 : 0);
  const measurers = fc.constantFrom<[string, TextMeasurer]>(['table', measureTextWidth], ['erratic', erratic]);
  const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
  const EXTENDER = /^[\u200d\p{M}\ufe00-\ufe0f\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u{E0100}-\u{E01EF}]/u;

  it('always fits, stays a prefix, and keeps characters whole (property)', () => {
    fc.assert(
      fc.property(
        texts,
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.constantFrom(10, 12, 14),
        fc.constantFrom<'normal' | 'bold'>('normal', 'bold'),
        measurers,
        (text, maxWidth, size, weight, [, measure]) => {
          const r = truncateToWidth(text, maxWidth, size, measure, weight);
          expect(r.width).toBeLessThanOrEqual(maxWidth);
          expect(r.width).toBe(r.text === '' ? 0 : measure(r.text, size, weight));
          expect(LONE_SURROGATE.test(r.text)).toBe(false);
          if (measure(text, size, weight) <= maxWidth) {
            expect(r).toEqual({ text, truncated: false, width: measure(text, size, weight) });
            return;
          }
          if (!r.truncated) {
            expect(r.text).toBe(text.trimEnd());
            return;
          }
          if (r.text === '') return;
          expect(r.text.endsWith(ELLIPSIS)).toBe(true);
          const kept = r.text.slice(0, -1);
          expect(text.startsWith(kept)).toBe(true);
          expect(kept).toBe(kept.trimEnd());
          expect(kept.endsWith('\u200d')).toBe(false);
          // What follows the cut (after any dropped spaces) must not belong to the last kept character.
          if (kept !== '') expect(EXTENDER.test(text.slice(kept.length))).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps as much as fits with the table measurer (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'W', 'Ж', '中'), { minLength: 2, maxLength: 30 }),
        fc.double({ min: 10, max: 200, noNaN: true }),
        (chars, maxWidth) => {
          const text = chars.join('');
          const r = truncateToWidth(text, maxWidth, 12, measureTextWidth);
          if (!r.truncated) return;
          // No spaces, so no word boundary: one more character must not have fitted.
          const kept = [...r.text.slice(0, -1)];
          const oneMore = chars.slice(0, kept.length + 1).join('') + ELLIPSIS;
          expect(measureTextWidth(oneMore, 12)).toBeGreaterThan(maxWidth);
        },
      ),
    );
  });
});
