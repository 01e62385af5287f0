import bidiFactory from 'bidi-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visualRuns, type BidiRun } from '../../src/server/bidiRuns.js';

const ltr = (text: string): BidiRun => ({ text, rtl: false });
const rtl = (text: string): BidiRun => ({ text, rtl: true });

describe('visualRuns', () => {
  it('keeps a line in one script as one run, whatever the base direction', () => {
    expect(visualRuns('تأسيس كوريا الشمالية بدعم سوفيتي', 'rtl')).toEqual([rtl('تأسيس كوريا الشمالية بدعم سوفيتي')]);
    expect(visualRuns('Summit in Pyongyang', 'ltr')).toEqual([ltr('Summit in Pyongyang')]);
    expect(visualRuns('قمة', 'ltr')).toEqual([rtl('قمة')]);
    expect(visualRuns('', 'rtl')).toEqual([]);
  });

  it('orders Latin words in an Arabic line from the right: «قمة G7 في إيطاليا بحضور Joe Biden»', () => {
    expect(visualRuns('قمة G7 في إيطاليا بحضور Joe Biden', 'rtl')).toEqual([
      ltr('Joe Biden'),
      rtl(' في إيطاليا بحضور '),
      ltr('G7'),
      rtl('قمة '),
    ]);
  });

  it('keeps numbers left to right inside Arabic, with the first at the right: «19 يونيو 2024»', () => {
    expect(visualRuns('19 يونيو 2024', 'rtl')).toEqual([ltr('2024'), rtl(' يونيو '), ltr('19')]);
    // Arabic-Indic digits too, and a Latin word with digits stays one run.
    expect(visualRuns('قمة ١٢ abc١٢', 'rtl')).toEqual([ltr('abc١٢'), rtl(' '), ltr('١٢'), rtl('قمة ')]);
  });

  it('puts brackets in the right-to-left runs around what they enclose, for the shaper to mirror', () => {
    expect(visualRuns('قمة (G7) و (EU)', 'rtl')).toEqual([rtl(')'), ltr('EU'), rtl(') و ('), ltr('G7'), rtl('قمة (')]);
    expect(visualRuns('Summit (قمة) in Italy', 'ltr')).toEqual([ltr('Summit ('), rtl('قمة'), ltr(') in Italy')]);
  });

  it('reads a line by its own base direction: an English line in a right-to-left timeline, an Arabic one in a left-to-right timeline', () => {
    // The layout gives every line the direction of its first strong letter (textDirection).
    expect(visualRuns('Putin visits Pyongyang, 19 June 2024', 'ltr')).toEqual([ltr('Putin visits Pyongyang, 19 June 2024')]);
    expect(visualRuns('Talks with بوتين in 2024', 'ltr')).toEqual([ltr('Talks with '), rtl('بوتين'), ltr(' in 2024')]);
    expect(visualRuns('بوتين يزور Pyongyang', 'rtl')).toEqual([ltr('Pyongyang'), rtl('بوتين يزور ')]);
    // The same Arabic line in a left-to-right paragraph would read differently: the base direction matters.
    expect(visualRuns('قمة G7 في إيطاليا', 'ltr')).toEqual([rtl('قمة'), ltr(' G7 '), rtl('في إيطاليا')]);
  });

  it('gives white space at the end of the line the base direction (rule L1), as bidi-js orders it', () => {
    // Inside the unclosed isolate the last space would read right to left, left of قمة.
    expect(visualRuns('abc \u2067قمة ', 'ltr')).toEqual([ltr('abc '), rtl('قمة'), ltr(' ')]);
  });

  it('drops embeddings, overrides and isolates from the runs: their effect is in how the line was cut', () => {
    const runs = visualRuns('قمة \u2066G7 summit\u2069 في', 'rtl');
    expect(runs.map((r) => r.text).join('')).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(runs).toEqual([rtl(' في'), ltr('G7 summit'), rtl('قمة ')]);
  });

  it('draws every line as bidi-js reorders it: runs reversed when right to left, with mirrored brackets', () => {
    const bidi = bidiFactory();
    const pieces = [
      'قمة',
      'في',
      'G7',
      'Joe',
      'Biden',
      '19',
      '٢٠٢٤',
      ' ',
      ' ',
      '(',
      ')',
      '[',
      ']',
      '"',
      '.',
      ',',
      ':',
      '-',
      '%',
      '+',
      '…',
      'abc١٢',
    ];
    const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(line, fc.constantFrom('ltr', 'rtl' as const), (text, direction) => {
        const runs = visualRuns(text, direction as 'ltr' | 'rtl');
        const drawn = runs
          .map((r) =>
            r.rtl
              ? Array.from(r.text, (c) => bidi.getMirroredCharacter(c) ?? c)
                  .reverse()
                  .join('')
              : r.text,
          )
          .join('');
        expect(drawn).toBe(bidi.getReorderedString(text, bidi.getEmbeddingLevels(text, direction)));
        expect(runs.every((r) => r.text.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
