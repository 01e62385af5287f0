import { describe, expect, it } from 'vitest';
import { fromVisItems } from '../../src/model/fromVisItems.js';
import { EdtfError, parseEdtf, parseEdtfInterval } from '../../src/model/parseEdtf.js';
import { parseTimelineCsv } from '../../src/model/parseTimelineCsv.js';
import { ValidationError } from '../../src/model/ValidationError.js';

function edtfMessage(text: string): string {
  try {
    parseEdtfInterval(text);
  } catch (e) {
    if (e instanceof EdtfError) return e.message;
    throw e;
  }
  throw new Error(`${text} parsed`);
}

const advice = (text: string) => edtfMessage(text).split('; ').slice(1).join('; ');

describe('dates typed the way people write them get the EDTF form in the message', () => {
  it.each([
    ['c. 1948', 'write 1948~ (approximate)'],
    ['ca 1948', 'write 1948~ (approximate)'],
    ['circa 1948', 'write 1948~ (approximate)'],
    ['c.1948?', 'write 1948% (approximate and uncertain)'],
    ['1948 ?', 'write 1948? (uncertain)'],
    ['19/06/2024', 'write 2024-06-19'],
    ['06/19/2024', 'write 2024-06-19'],
    ['19.06.2024', 'write 2024-06-19'],
    ['19-06-2024', 'write 2024-06-19'],
    ['2024/06/19', 'write 2024-06-19'],
    ['2024-6-9', 'write 2024-06-09'],
    ['07/07/2024', 'write 2024-07-07'],
    ['June 2024', 'write 2024-06'],
    ['Sept. 2024', 'write 2024-09'],
    ['06/2024', 'write 2024-06'],
    ['19 June 2024', 'write 2024-06-19'],
    ['June 19th, 2024', 'write 2024-06-19'],
    ['Spring 2001', 'write 2001-21'],
    ['1940s', 'write 194X'],
    ['1948 BC', 'write -1947 (1948 BCE is year -1947: EDTF years are astronomical, 0000 is 1 BCE)'],
    ['44 BCE', 'write -0043 (44 BCE is year -0043: EDTF years are astronomical, 0000 is 1 BCE)'],
    ['c. 44 B.C.', 'write -0043~ (approximate; 44 BCE is year -0043: EDTF years are astronomical, 0000 is 1 BCE)'],
    ['AD 79', 'write 0079'],
    ['2024-06-19 10:30', 'write 2024-06-19T10:30 (with a T between date and time)'],
  ])('%j → %s', (typed, hint) => {
    expect(advice(typed)).toBe(hint);
    // The advice is itself a date that parses.
    expect(() => parseEdtf(hint.split(' ')[1]!)).not.toThrow();
  });

  it('shows both readings when day and month could be either way round', () => {
    expect(advice('06/07/2024')).toBe(
      '"06/07/2024" is ambiguous: write 2024-07-06 if it is 6 July 2024, or 2024-06-07 if it is 7 June 2024',
    );
    expect(advice('06.07.2024')).toBe(
      '"06.07.2024" is ambiguous: write 2024-07-06 if it is 6 July 2024, or 2024-06-07 if it is 7 June 2024',
    );
    expect(advice('1900s')).toBe('"1900s" is ambiguous: write 190X if it is the decade 1900–1909, or 19XX if it is the century 1900–1999');
  });

  it('reports a typed date as one, not as the interval or short year the parser took it for', () => {
    expect(edtfMessage('19/06/2024')).toBe('not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD); write 2024-06-19');
    expect(edtfMessage('19-06-2024')).toBe('not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD); write 2024-06-19');
    expect(edtfMessage('2000/2004-13')).toBe('interval end: month 13');
  });

  it('gives no advice that would not parse, nor guesses a century', () => {
    for (const text of ['31/02/2024', '13/13/2024', 'June 48', '06/07/24', 'hello', 'yesterday', '2024-13']) {
      expect(edtfMessage(text), text).not.toMatch(/write|ambiguous/);
    }
  });

  it('reaches the CSV reader’s messages with event, line and field', () => {
    let error: unknown;
    try {
      parseTimelineCsv('date,end,title\nc. 1948,,Founded\n2024-06-19,06/07/2024,Summit\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.message)).toEqual([
      'events[0] (CSV line 2).date: "c. 1948" is not a valid date: not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD); write 1948~ (approximate)',
      'events[1] (CSV line 3).end: "06/07/2024" is not a valid date: not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD); "06/07/2024" is ambiguous: write 2024-07-06 if it is 6 July 2024, or 2024-06-07 if it is 7 June 2024',
    ]);
  });

  it('suggests only forms vis-timeline reads alike for vis items', () => {
    let error: unknown;
    try {
      fromVisItems([
        { start: 'June 19, 2024', content: 'a' },
        { start: 'c. 1948', content: 'b' },
      ]);
    } catch (e) {
      error = e;
    }
    const [first, second] = (error as ValidationError).issues.map((i) => i.message);
    expect(first).toMatch(/; write 2024-06-19$/);
    expect(second).not.toMatch(/write/);
  });
});
