/**
 * Fuzzing the model: whatever comes in, parsing either succeeds or throws a
 * ValidationError. No TypeError, RangeError or other internal error may leak.
 * Runs: FUZZ_RUNS (default 1000) per property; seed: FUZZ_SEED (printed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  EdtfError,
  fromTimelineJs,
  fromVisItems,
  htmlToText,
  parseEdtf,
  parseEdtfInterval,
  parseTimeline,
  parseTimelineText,
  TIMELINE_FORMATS,
  ValidationError,
} from '../../src/model/index.js';
import { anyFormat, anyText, edtfish, hostileString, jsonText, oursDoc, tljsDoc, visDoc } from './arbitraries.js';
import { fuzzParams, timeoutFor } from './config.js';

/** Runs `f`; passes when it returns, or throws a ValidationError with well-formed issues. */
function onlyValidationErrors(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw new Error(`leaked ${(e as Error)?.name}: ${(e as Error)?.message}`, { cause: e });
    expect(e.issues.length).toBeGreaterThan(0);
    for (const issue of e.issues) {
      expect(typeof issue.message).toBe('string');
      expect(issue.message).toMatch(/^(input|events\[\d+\]|items\[\d+\])/);
    }
  }
}

const anything = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withBigInt: true,
  withObjectString: true,
});

describe('fuzz: parsing only ever throws ValidationError', () => {
  it('parseTimelineText on text of every format, damaged or not, with or without a format', { timeout: timeoutFor(20_000) }, () => {
    fc.assert(
      fc.property(anyText, anyFormat, (text, format) => {
        onlyValidationErrors(() => parseTimelineText(text, format));
      }),
      fuzzParams(),
    );
  });

  it('parseTimelineText on arbitrary strings', { timeout: timeoutFor(10_000) }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hostileString, jsonText(fc.jsonValue())), anyFormat, (text, format) => {
        onlyValidationErrors(() => parseTimelineText(text, format));
      }),
      fuzzParams(),
    );
  });

  it('parseTimeline, fromTimelineJs and fromVisItems on arbitrary values and documents', { timeout: timeoutFor(20_000) }, () => {
    fc.assert(
      fc.property(fc.oneof(anything, oursDoc, tljsDoc, visDoc), (value) => {
        onlyValidationErrors(() => parseTimeline(value));
        onlyValidationErrors(() => fromTimelineJs(value));
        onlyValidationErrors(() => fromVisItems(value));
        expect(TIMELINE_FORMATS).toContain(detectFormat(value));
      }),
      fuzzParams(),
    );
  });

  it('converted TimelineJS and vis documents are valid eventline JSON, and say the same in JSON', { timeout: timeoutFor(20_000) }, () => {
    fc.assert(
      fc.property(fc.oneof(tljsDoc, visDoc), (doc) => {
        let input;
        try {
          input = detectFormat(doc) === 'vis' || Array.isArray(doc) ? fromVisItems(doc) : fromTimelineJs(doc);
        } catch (e) {
          if (e instanceof ValidationError) return;
          throw e;
        }
        const direct = parseTimeline(input);
        const viaJson = parseTimelineText(JSON.stringify(input), 'json');
        expect(viaJson).toEqual(direct);
      }),
      fuzzParams(),
    );
  });

  it('parseEdtf and parseEdtfInterval only throw EdtfError', { timeout: timeoutFor(10_000) }, () => {
    fc.assert(
      fc.property(fc.oneof(edtfish, hostileString), (text) => {
        for (const f of [parseEdtf, parseEdtfInterval]) {
          try {
            f(text);
          } catch (e) {
            if (!(e instanceof EdtfError)) throw new Error(`leaked ${(e as Error)?.name}: ${(e as Error)?.message}`, { cause: e });
          }
        }
      }),
      fuzzParams(),
    );
  });

  it('htmlToText never returns markup it was given', { timeout: timeoutFor(10_000) }, () => {
    fc.assert(
      fc.property(hostileString, (html) => {
        const text = htmlToText(html);
        // Without character references, every `<` that could start a tag must be gone.
        if (!html.includes('&')) expect(text).not.toMatch(/<[A-Za-z!?/]/);
        expect(text).toBe(text.trim());
      }),
      fuzzParams(),
    );
  });
});
