import { describe, expect, it } from 'vitest';
import { EdtfError, parseEdtfInterval } from '../../src/model/index.js';

function message(text: string): string {
  try {
    parseEdtfInterval(text);
  } catch (e) {
    expect(e).toBeInstanceOf(EdtfError);
    return (e as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe('parseEdtfInterval', () => {
  it('returns a single date without an end', () => {
    const r = parseEdtfInterval('1948');
    expect(r.date.start).toBe(Date.UTC(1948, 0, 1));
    expect('end' in r).toBe(false);
  });

  it('parses A/B', () => {
    const { date, end } = parseEdtfInterval('2000/2004');
    expect(date).toMatchObject({ year: 2000, precision: 'year', start: Date.UTC(2000, 0, 1) });
    expect(end).toMatchObject({ year: 2004, precision: 'year', end: Date.UTC(2005, 0, 1) });
  });

  it('accepts any single form on either side', () => {
    const { date, end } = parseEdtfInterval(' -0043-03-15~ / 2001-24 ');
    expect(date.edtf).toBe('-0043-03-15~');
    expect(end?.edtf).toBe('2001-24');
    expect(end?.end).toBe(Date.UTC(2002, 2, 1));
    expect(parseEdtfInterval('19XX/196X').end?.precision).toBe('decade');
  });

  it('allows both sides to start together', () => {
    expect(parseEdtfInterval('2000/2000-01').end?.start).toBe(Date.UTC(2000, 0, 1));
  });

  it('reads an open end (..) as ongoing: date is the start, no end', () => {
    const r = parseEdtfInterval('2022-02-24/..');
    expect(r.date).toMatchObject({ precision: 'day', start: Date.UTC(2022, 1, 24), end: Date.UTC(2022, 1, 25) });
    expect(r.openEnd).toBe('ongoing');
    expect('end' in r).toBe(false);
    expect('openStart' in r).toBe(false);
  });

  it('reads an empty end as unknown', () => {
    const r = parseEdtfInterval(' 2022-02-24 / ');
    expect(r.date.edtf).toBe('2022-02-24');
    expect(r.openEnd).toBe('unknown');
    expect('end' in r).toBe(false);
  });

  it('reads an open start (..) with the known end as date', () => {
    const r = parseEdtfInterval('../1950~');
    expect(r.date).toMatchObject({ year: 1950, precision: 'year', approximate: true, start: Date.UTC(1950, 0, 1) });
    expect(r.openStart).toBe('open');
    expect('end' in r).toBe(false);
    expect('openEnd' in r).toBe(false);
    expect(parseEdtfInterval('/1950').openStart).toBe('unknown');
  });

  it.each(['../..', '/', '../', '/..', ' / '])('rejects %j, with no date on either side', (text) => {
    expect(message(text)).toBe('an interval needs a date on at least one side (e.g. 2022-02-24/.. or ../1950)');
  });

  it('names the known side of an open interval when it is invalid', () => {
    expect(message('2024-13/..')).toBe('interval start: month 13');
    expect(message('../2024-13')).toBe('interval end: month 13');
  });

  it('rejects an end before the start', () => {
    expect(message('2004/2000')).toBe('interval end 2000 is before its start 2004');
    expect(message('2000-06/2000')).toBe('interval end 2000 is before its start 2000-06');
  });

  it('says which side is invalid', () => {
    expect(message('2000/2024-13')).toBe('interval end: month 13');
    expect(message('2000-13/2024')).toBe('interval start: month 13');
  });

  it('rejects more than one slash and empty text', () => {
    expect(message('2000/2001/2002')).toMatch(/not an EDTF date or interval/);
    expect(message('')).toBe('empty date');
  });
});
