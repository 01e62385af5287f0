import { describe, expect, it } from 'vitest';
import { EdtfError, parseEdtf } from '../../src/model/index.js';

/** Independent reference: JS parses ISO 8601 extended years (±YYYYYY) itself. */
function iso(year: number, month = 1, day = 1): number {
  const y = (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
  const ms = Date.parse(`${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`reference date ${year}-${month}-${day} is out of range`);
  return ms;
}

/** The construction the brief asks tests to compare against for small and negative years. */
function viaSetUTCFullYear(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

function edtfError(text: string): EdtfError {
  try {
    parseEdtf(text);
  } catch (e) {
    expect(e).toBeInstanceOf(EdtfError);
    return e as EdtfError;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe('parseEdtf: level 0 dates', () => {
  it('parses a year', () => {
    expect(parseEdtf('1948')).toEqual({
      year: 1948,
      precision: 'year',
      approximate: false,
      uncertain: false,
      start: Date.UTC(1948, 0, 1),
      end: Date.UTC(1949, 0, 1),
      edtf: '1948',
    });
  });

  it('parses a month', () => {
    const d = parseEdtf('2000-07');
    expect(d).toMatchObject({ year: 2000, month: 7, precision: 'month', edtf: '2000-07' });
    expect(d.start).toBe(962409600000);
    expect(d.start).toBe(Date.UTC(2000, 6, 1));
    expect(d.end).toBe(Date.UTC(2000, 7, 1));
    expect(d.day).toBeUndefined();
  });

  it('ends December at January 1 of the next year', () => {
    const d = parseEdtf('1999-12');
    expect(d.end).toBe(Date.UTC(2000, 0, 1));
  });

  it('parses a day', () => {
    const d = parseEdtf('2024-06-19');
    expect(d).toMatchObject({ year: 2024, month: 6, day: 19, precision: 'day', edtf: '2024-06-19' });
    expect(d.start).toBe(Date.UTC(2024, 5, 19));
    expect(d.end).toBe(Date.UTC(2024, 5, 20));
  });

  it('ends the last day of a year at January 1 of the next', () => {
    expect(parseEdtf('2023-12-31').end).toBe(Date.UTC(2024, 0, 1));
  });

  it('accepts 29 February in proleptic Gregorian leap years only', () => {
    expect(parseEdtf('2024-02-29').start).toBe(Date.UTC(2024, 1, 29));
    expect(parseEdtf('2000-02-29').start).toBe(Date.UTC(2000, 1, 29));
    expect(parseEdtf('1600-02-29').start).toBe(Date.UTC(1600, 1, 29));
    expect(parseEdtf('-0004-02-29').start).toBe(iso(-4, 2, 29));
    expect(edtfError('1900-02-29').message).toContain('day 29 does not exist in 1900-02');
    expect(edtfError('2023-02-29').message).toContain('day 29 does not exist in 2023-02');
    expect(edtfError('-0001-02-29').message).toContain('day 29 does not exist in -0001-02');
  });

  it('trims surrounding whitespace', () => {
    expect(parseEdtf('  1948\n').edtf).toBe('1948');
  });
});

describe('parseEdtf: small, zero and negative years', () => {
  it('keeps year 44 CE in the first century (not 1944)', () => {
    const d = parseEdtf('0044');
    expect(d.year).toBe(44);
    expect(new Date(d.start).getUTCFullYear()).toBe(44);
    expect(new Date(d.start).getUTCMonth()).toBe(0);
    expect(new Date(d.start).getUTCDate()).toBe(1);
    expect(d.start).toBe(iso(44));
    expect(d.end).toBe(iso(45));
    expect(d.edtf).toBe('0044');
  });

  it('keeps day dates in years 0–99 in those years', () => {
    const d = parseEdtf('0099-12-31');
    expect(d.start).toBe(iso(99, 12, 31));
    expect(d.end).toBe(iso(100, 1, 1));
    expect(new Date(d.start).getUTCFullYear()).toBe(99);
  });

  it('reads 0000 as 1 BCE', () => {
    const d = parseEdtf('0000');
    expect(d.year).toBe(0);
    // 0000-01-01T00:00:00Z, a well-known constant.
    expect(d.start).toBe(-62167219200000);
    expect(d.end).toBe(iso(1));
    expect(d.edtf).toBe('0000');
  });

  it('reads -0043 as 44 BCE in astronomical numbering', () => {
    const d = parseEdtf('-0043');
    expect(d.year).toBe(-43);
    expect(d.start).toBe(viaSetUTCFullYear(-43, 0, 1));
    // 43 years of 365 days plus 10 leap years (-40, -36, …, -4) before 0000-01-01.
    expect(d.start).toBe(-62167219200000 - (43 * 365 + 10) * 86_400_000);
    expect(d.start).toBe(iso(-43));
    expect(d.end).toBe(viaSetUTCFullYear(-42, 0, 1));
    expect(d.edtf).toBe('-0043');
  });

  it('parses the Ides of March, 44 BCE', () => {
    const d = parseEdtf('-0043-03-15');
    expect(d).toMatchObject({ year: -43, month: 3, day: 15, precision: 'day', edtf: '-0043-03-15' });
    expect(d.start).toBe(viaSetUTCFullYear(-43, 2, 15));
    expect(d.end - d.start).toBe(86_400_000);
  });

  it('parses a negative month', () => {
    const d = parseEdtf('-0500-02');
    expect(d.start).toBe(iso(-500, 2, 1));
    expect(d.end).toBe(iso(-500, 3, 1));
  });

  it('rejects -0000', () => {
    expect(edtfError('-0000').message).toMatch(/-0000 does not exist/);
  });
});

describe('parseEdtf: extended years', () => {
  it('parses Y-prefixed years beyond four digits', () => {
    const past = parseEdtf('Y-12000');
    expect(past).toMatchObject({ year: -12000, precision: 'year', edtf: 'Y-12000' });
    expect(past.start).toBe(iso(-12000));
    expect(past.end).toBe(iso(-11999));
    const future = parseEdtf('Y17000');
    expect(future).toMatchObject({ year: 17000, edtf: 'Y17000' });
    expect(future.start).toBe(iso(17000));
    expect(future.end).toBe(iso(17001));
  });

  it('accepts the extreme years JS dates can hold whole', () => {
    expect(parseEdtf('Y275759').end).toBe(iso(275760));
    expect(parseEdtf('Y-271820').start).toBe(iso(-271820));
    expect(parseEdtf('Y275000').year).toBe(275000);
  });

  it('places years beyond the JS Date range on the same ms axis, by calendar arithmetic', () => {
    const bigBang = parseEdtf('Y-13800000000');
    expect(bigBang).toMatchObject({ year: -13800000000, precision: 'year', edtf: 'Y-13800000000' });
    // 400-year cycles of 146,097 days: the Gregorian average year, exactly.
    expect(bigBang.start).toBe(((-13800000000 - 2000) / 400) * 146097 * 86_400_000 + Date.UTC(2000, 0, 1));
    // -13800000000 is a leap year (divisible by 400), to the 65,536 ms doubles hold there.
    expect(Math.abs(bigBang.end - bigBang.start - 366 * 86_400_000)).toBeLessThanOrEqual(65_536);
    expect(parseEdtf('Y170000002')).toMatchObject({ year: 170000002, edtf: 'Y170000002' });
    // The first years either side of the Date range follow on from the last inside it.
    expect(parseEdtf('Y-271821').end).toBe(parseEdtf('Y-271820').start);
    expect(parseEdtf('Y275760').start).toBe(parseEdtf('Y275759').end);
    expect(parseEdtf('Y-9999999999999').year).toBe(-9999999999999);
    expect(parseEdtf('Y-0000013800000000').year).toBe(-13800000000); // leading zeros are not digits of the year
  });

  it('reads the significant digits of EDTF level 2', () => {
    expect(parseEdtf('Y-4567000000S2')).toMatchObject({ year: -4567000000, significantDigits: 2, edtf: 'Y-4567000000S2' });
    expect(parseEdtf('Y-170000000S2~')).toMatchObject({
      year: -170000000,
      significantDigits: 2,
      approximate: true,
      edtf: 'Y-170000000S2~',
    });
    expect(edtfError('Y-4567000000S0').message).toBe('S0: year -4567000000 has 1 to 10 significant digits');
    expect(edtfError('Y-45S3').message).toBe('S3: year -45 has 1 to 2 significant digits');
  });

  it('refuses years of more than thirteen digits, saying so', () => {
    const beyond = 'has more than thirteen digits, the most eventline places';
    expect(edtfError('Y-10000000000000').message).toBe(`year -10000000000000 ${beyond}`);
    expect(edtfError('Y99999999999999999999').message).toBe(`year 99999999999999999999 ${beyond}`);
    // Counted in digits before any arithmetic: no Infinity, no exponent form.
    expect(edtfError(`Y${'9'.repeat(400)}`).message).toBe(`year ${'9'.repeat(400)} ${beyond}`);
  });

  it('rejects malformed extended years, a month or day on one included', () => {
    const alone = 'extended year must be Y and digits alone, without month or day (e.g. Y17000, Y-13800000000)';
    for (const text of ['Y', 'Y-', 'Yx', 'Y-138E8', 'Y12000-01', 'Y-13800000000-01-01']) expect(edtfError(text).message).toBe(alone);
    expect(edtfError('-13800000000-07-20').message).toBe(
      'year -13800000000 has more than four digits; write Y-13800000000 for years beyond 9999',
    );
  });

  it('points long unprefixed years to the Y form', () => {
    expect(edtfError('12000').message).toBe('year 12000 has more than four digits; write Y12000 for years beyond 9999');
  });
});

describe('parseEdtf: qualifiers', () => {
  it.each([
    ['1950~', true, false],
    ['1950?', false, true],
    ['1950%', true, true],
  ])('%s', (text, approximate, uncertain) => {
    const d = parseEdtf(text);
    expect(d).toMatchObject({ year: 1950, precision: 'year', approximate, uncertain, edtf: text });
    expect(d.start).toBe(Date.UTC(1950, 0, 1));
  });

  it('qualifies months and days too', () => {
    expect(parseEdtf('2000-07~')).toMatchObject({ month: 7, approximate: true, uncertain: false, edtf: '2000-07~' });
    expect(parseEdtf('2024-06-19?')).toMatchObject({ day: 19, approximate: false, uncertain: true, edtf: '2024-06-19?' });
    expect(parseEdtf('-0043-03-15%')).toMatchObject({ year: -43, approximate: true, uncertain: true, edtf: '-0043-03-15%' });
  });

  it('rejects combined qualifiers, pointing to %', () => {
    expect(edtfError('1950~?').message).toMatch(/% \(both\)/);
    expect(edtfError('1950??').message).toMatch(/qualifiers "\?\?"/);
  });

  it('rejects a lone qualifier', () => {
    expect(edtfError('~').message).toBe('not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
  });
});

describe('parseEdtf: seasons', () => {
  it.each([
    ['2001-21', 21, Date.UTC(2001, 2, 1), Date.UTC(2001, 5, 1)],
    ['2001-22', 22, Date.UTC(2001, 5, 1), Date.UTC(2001, 8, 1)],
    ['2001-23', 23, Date.UTC(2001, 8, 1), Date.UTC(2001, 11, 1)],
    ['2001-24', 24, Date.UTC(2001, 11, 1), Date.UTC(2002, 2, 1)],
  ])('%s', (text, season, start, end) => {
    const d = parseEdtf(text);
    expect(d).toMatchObject({ year: 2001, season, precision: 'season', edtf: text });
    expect(d.month).toBeUndefined();
    expect(d.start).toBe(start);
    expect(d.end).toBe(end);
  });

  it('runs winter into a leap-year February', () => {
    expect(parseEdtf('2023-24').end).toBe(Date.UTC(2024, 2, 1));
  });

  it('handles seasons in negative years and with qualifiers', () => {
    const d = parseEdtf('-0043-24~');
    expect(d).toMatchObject({ year: -43, season: 24, approximate: true, edtf: '-0043-24~' });
    expect(d.start).toBe(iso(-43, 12, 1));
    expect(d.end).toBe(iso(-42, 3, 1));
  });

  it('rejects other two-digit "months"', () => {
    expect(edtfError('2001-20').message).toBe('month 20');
    expect(edtfError('2001-25').message).toBe('month 25 (expected 01–12, or 21–24 for a season)');
    expect(edtfError('2001-21-05').message).toBe('month 21 (a season cannot have a day)');
  });
});

describe('parseEdtf: unspecified digits', () => {
  it('reads 196X as the 1960s', () => {
    const d = parseEdtf('196X');
    expect(d).toMatchObject({ year: 1960, precision: 'decade', edtf: '196X' });
    expect(d.start).toBe(Date.UTC(1960, 0, 1));
    expect(d.end).toBe(Date.UTC(1970, 0, 1));
  });

  it('reads 19XX as 1900–1999', () => {
    const d = parseEdtf('19XX');
    expect(d).toMatchObject({ year: 1900, precision: 'century', edtf: '19XX' });
    expect(d.start).toBe(Date.UTC(1900, 0, 1));
    expect(d.end).toBe(Date.UTC(2000, 0, 1));
  });

  it('handles decades and centuries in the first century', () => {
    const decade = parseEdtf('004X');
    expect(decade.year).toBe(40);
    expect(decade.start).toBe(iso(40));
    expect(decade.end).toBe(iso(50));
    const century = parseEdtf('00XX');
    expect(century.start).toBe(iso(0));
    expect(century.end).toBe(iso(100));
  });

  it('reads 2004-XX as the year and 2004-06-XX as the month', () => {
    const y = parseEdtf('2004-XX');
    expect(y).toMatchObject({ year: 2004, precision: 'year', edtf: '2004-XX' });
    expect(y.start).toBe(Date.UTC(2004, 0, 1));
    expect(y.end).toBe(Date.UTC(2005, 0, 1));
    const m = parseEdtf('2004-06-XX');
    expect(m).toMatchObject({ year: 2004, month: 6, precision: 'month', edtf: '2004-06-XX' });
    expect(m.start).toBe(Date.UTC(2004, 5, 1));
    expect(m.end).toBe(Date.UTC(2004, 6, 1));
  });

  it('canonicalises lower-case x and keeps qualifiers', () => {
    expect(parseEdtf('196x~')).toMatchObject({ edtf: '196X~', approximate: true, precision: 'decade' });
  });

  it.each(['1X6X', 'XXXX', '1XXX', '196X-05', '2004-0X', '2004-XX-05', '2004-1X-01'])('rejects %s', (text) => {
    expect(edtfError(text).message).toMatch(/^unsupported unspecified digits/);
  });

  it('rejects unspecified digits in negative years', () => {
    expect(edtfError('-019X').message).toMatch(/negative years/);
  });

  it('still validates the month of YYYY-MM-XX', () => {
    expect(edtfError('2004-13-XX').message).toBe('month 13');
  });
});

describe('parseEdtf: ISO date-times', () => {
  it('takes the UTC calendar day', () => {
    const d = parseEdtf('2024-06-19T10:00:00Z');
    expect(d).toMatchObject({ precision: 'day', year: 2024, month: 6, day: 19, edtf: '2024-06-19' });
    expect(d.start).toBe(Date.UTC(2024, 5, 19));
  });

  it('applies zone offsets before taking the day', () => {
    expect(parseEdtf('2024-06-19T23:00:00-05:00').edtf).toBe('2024-06-20');
    expect(parseEdtf('2024-06-19T01:30+02:00').edtf).toBe('2024-06-18');
    expect(parseEdtf('2024-12-31T23:59:59.999-0100').edtf).toBe('2025-01-01');
  });

  it('uses the written day when there is no offset', () => {
    expect(parseEdtf('2024-06-19T23:59:59').edtf).toBe('2024-06-19');
  });

  it('rejects impossible times and days', () => {
    expect(edtfError('2024-06-19T25:00Z').message).toBe('hour 25');
    expect(edtfError('2024-06-19T10:61Z').message).toBe('minute 61');
    expect(edtfError('2024-02-30T10:00Z').message).toContain('day 30 does not exist in 2024-02');
    expect(edtfError('2024-06-19T10').message).toMatch(/not an ISO date-time/);
  });
});

describe('parseEdtf: errors', () => {
  it.each([
    ['', 'empty date'],
    ['   ', 'empty date'],
    ['2024-13', 'month 13'],
    ['2024-13-01', 'month 13'],
    ['2024-00', 'month 0'],
    ['2024-02-30', 'day 30 does not exist in 2024-02 (February 2024 has 29 days)'],
    ['2024-04-31', 'day 31 does not exist in 2024-04 (April 2024 has 30 days)'],
    ['2024-06-00', 'day 0 does not exist in 2024-06 (June 2024 has 30 days)'],
    ['hello', 'not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)'],
    ['x', 'not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)'],
    ['2024-6-19', 'not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD); write 2024-06-19'],
    ['+2024', 'not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)'],
    ['2024-06-19-01', 'not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)'],
    ['48', 'year must have four digits (e.g. 0044, -0043)'],
    ['-43', 'year must have four digits (e.g. 0044, -0043)'],
    ['2000/2004', 'this is an interval (A/B); a single date is expected here'],
  ])('%j → %s', (text, message) => {
    expect(edtfError(text).message).toBe(message);
  });

  it('is an Error named EdtfError that keeps the input', () => {
    const e = edtfError(' 2024-13 ');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('EdtfError');
    expect(e.input).toBe(' 2024-13 ');
  });

  it('rejects non-strings from untyped callers with an EdtfError', () => {
    expect(() => parseEdtf(1948 as unknown as string)).toThrow(EdtfError);
  });
});
