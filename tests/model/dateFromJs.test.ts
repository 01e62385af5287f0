import { describe, expect, it } from 'vitest';
import { dateFromJs, EdtfError } from '../../src/model/index.js';

function utcDate(year: number, monthIndex: number, day: number, hour = 0): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  d.setUTCHours(hour);
  return d;
}

describe('dateFromJs', () => {
  it('gives the UTC calendar day at day precision', () => {
    const d = dateFromJs(new Date('2024-06-19T23:30:00-02:00'));
    expect(d).toMatchObject({ year: 2024, month: 6, day: 20, precision: 'day', edtf: '2024-06-20', approximate: false, uncertain: false });
    expect(d.start).toBe(Date.UTC(2024, 5, 20));
    expect(d.end).toBe(Date.UTC(2024, 5, 21));
  });

  it('keeps years below 100 and negative years', () => {
    const early = dateFromJs(utcDate(44, 2, 15, 12));
    expect(early.edtf).toBe('0044-03-15');
    expect(new Date(early.start).getUTCFullYear()).toBe(44);
    const bce = dateFromJs(utcDate(-43, 2, 15, 12));
    expect(bce.edtf).toBe('-0043-03-15');
    expect(bce.start).toBe(utcDate(-43, 2, 15).getTime());
  });

  it('rejects an invalid Date', () => {
    expect(() => dateFromJs(new Date('nope'))).toThrow(EdtfError);
    expect(() => dateFromJs(new Date(NaN))).toThrow('invalid Date');
  });

  it('rejects years with no day-precision EDTF form', () => {
    expect(() => dateFromJs(utcDate(20000, 0, 1))).toThrow(/year 20000 has no day-precision EDTF form/);
  });

  it('rejects non-Dates from untyped callers', () => {
    expect(() => dateFromJs('2024-06-19' as unknown as Date)).toThrow(EdtfError);
  });
});
