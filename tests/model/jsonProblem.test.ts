import { describe, expect, it } from 'vitest';
import { jsonProblem } from '../../src/model/jsonProblem.js';
import { parseTimelineJson, parseTimelineText } from '../../src/model/index.js';
import { problemMessages } from '../helpers/validation.js';

/** What this runtime's JSON.parse throws for `text`. */
function thrown(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (e) {
    return e;
  }
  throw new Error('parsed');
}

describe('jsonProblem', () => {
  it('places the fault by line and column, with the text from there', () => {
    const text = '{"events": [\n  {"date": "2020", "title": "a"}\n  {"date": "2021", "title": "b"}\n]}';
    expect(jsonProblem(text, thrown(text))).toMatch(/^ at line 3, column 3 \(near "\{\\"date\\": \\"2021\\", \\"title\\": \\"b\\"}"\): \S/);
  });

  it('reads each engine’s way of saying where', () => {
    const text = '[\n1,\n2 3]';
    const words = "Expected ',' or ']' after array element";
    const expected = ` at line 3, column 3 (near "3]"): ${words}`;
    expect(jsonProblem(text, new SyntaxError(`${words} in JSON at position 7`))).toBe(expected);
    expect(jsonProblem(text, new SyntaxError(`${words} in JSON at position 7 (line 3 column 3)`))).toBe(expected);
    expect(jsonProblem(text, new SyntaxError(`JSON.parse: ${words} at line 3 column 3 of the JSON data`))).toBe(expected);
    expect(jsonProblem(text, new SyntaxError('JSON Parse error: Unexpected token'))).toBe(': JSON Parse error: Unexpected token');
  });

  it('places input that stops early at its end', () => {
    const text = '[\n  {"date": "2020"';
    expect(jsonProblem(text, thrown(text))).toMatch(/^ at line 2, column 18: /);
  });

  it('quotes at most 40 characters and never half a surrogate pair', () => {
    const text = `[1 ${'x'.repeat(38)}😀 and more]`;
    const p = jsonProblem(text, new SyntaxError('Unexpected token in JSON at position 3'));
    expect(p).toBe(` at line 1, column 4 (near "${'x'.repeat(38)}😀…"): Unexpected token`);
  });
});

describe('parseTimelineJson on malformed JSON', () => {
  it('says where, counting from after a byte-order mark', () => {
    const m = problemMessages(() => parseTimelineJson('\uFEFF[{"date": "1948",}]'));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^input: not valid JSON at line 1, column 18 \(near "}]"\): \S/);
    expect(problemMessages(() => parseTimelineText('{"events": [\n'))[0]).toMatch(/^input: not valid JSON at line 1, column 13: /);
  });
});
