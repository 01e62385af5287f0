import { describe, expect, it } from 'vitest';
import { fromVisItems } from '../../src/model/fromVisItems.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { parseTimelineCsv } from '../../src/model/parseTimelineCsv.js';
import { KEPT_ISSUES, MESSAGE_ISSUES, ValidationError } from '../../src/model/ValidationError.js';
import { validationError } from '../helpers/validation.js';

const caught = validationError;

describe('ValidationError with very many problems', () => {
  it('lists the first 100 of 1,000,000 problems, counts them all and keeps a bounded list', () => {
    const n = 250_000;
    // Four problems each: date, title, category, url.
    const bad = { date: 'soon', title: 5, category: 7, url: 'javascript:alert(1)' };
    const e = caught(() => parseTimeline(new Array(n).fill(bad)));
    expect(e.total).toBe(4 * n);
    expect(e.issues).toHaveLength(KEPT_ISSUES);
    expect(e.issues[KEPT_ISSUES - 1]!.index).toBe(KEPT_ISSUES / 4 - 1);
    const lines = e.message.split('\n');
    expect(lines[0]).toBe('Invalid timeline input (1000000 problems):');
    expect(lines).toHaveLength(1 + MESSAGE_ISSUES + 1);
    expect(lines[1]).toBe('  events[0].date: "soon" is not a valid date: not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
    expect(lines[MESSAGE_ISSUES]).toMatch(/^ {2}events\[24\]\.url: /);
    expect(lines[MESSAGE_ISSUES + 1]).toBe(`  and ${4 * n - MESSAGE_ISSUES} more problems`);
  });

  it('keeps the exact count through the CSV and vis readers', () => {
    const csv = caught(() => parseTimelineCsv('date,title\n' + 'soon,A\n'.repeat(3000)));
    expect(csv.total).toBe(3000);
    expect(csv.issues).toHaveLength(KEPT_ISSUES);
    expect(csv.issues[0]!.message).toMatch(/^events\[0\] \(CSV line 2\)\.date: /);
    expect(csv.message).toMatch(/\n {2}and 2900 more problems$/);

    // Problems found by the converter (a bad start) and by parseTimeline (a repeated id) are
    // merged in item order; item 1 is the first to use its id, so it has none.
    const items = Array.from({ length: 2000 }, (_, i) =>
      i % 2 === 0 ? { start: 'soon', content: 'A' } : { start: '2024', content: 'A', id: 'dup' },
    );
    const vis = caught(() => fromVisItems(items));
    expect(vis.total).toBe(1999);
    expect(vis.issues.map((i) => i.index)).toEqual([0, ...Array.from({ length: KEPT_ISSUES - 1 }, (_, i) => i + 2)]);
  });

  it('writes one problem and a few problems as before', () => {
    expect(new ValidationError([{ message: 'input: x' }]).message).toBe('Invalid timeline input (1 problem):\n  input: x');
    const many = Array.from({ length: MESSAGE_ISSUES + 1 }, (_, i) => ({ message: `m${i}` }));
    expect(new ValidationError(many).message.split('\n').at(-1)).toBe('  and 1 more problem');
    expect(new ValidationError(many.slice(0, MESSAGE_ISSUES)).message.split('\n')).toHaveLength(MESSAGE_ISSUES + 1);
  });
});
