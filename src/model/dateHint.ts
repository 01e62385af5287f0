import { edtfYear, ENGLISH_MONTHS, pad2 } from './calendarText.js';

/**
 * What a date written the way people type it (`c. 1948`, `19/06/2024`, `June 2024`,
 * `44 BC`) is in EDTF, as advice to append to a parse error: `write 1948~`. Dates whose
 * day and month could be either way round (`06/07/2024`) get both readings. `undefined`
 * when the text is nothing recognisable.
 *
 * `isValid` says whether a suggested EDTF text parses, so only forms that would be
 * accepted are ever suggested (`31/02/2024` gets no advice).
 *
 * @example
 * ```ts
 * dateHint('ca 1948', ok)     // 'write 1948~ (approximate)'
 * dateHint('06/07/2024', ok)  // '"06/07/2024" is ambiguous: write 2024-07-06 if it is 6 July 2024, or 2024-06-07 if it is 7 June 2024'
 * ```
 */
export function dateHint(text: string, isValid: (edtf: string) => boolean): string | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  // Everything below is anchored and linear, but typed dates are short: skip anything long.
  if (s.length > 48) return undefined;

  const dateTime = /^(-?\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/i.exec(s);
  if (dateTime) return advise([`${dateTime[1]}T${dateTime[2]}`], isValid, 'with a T between date and time');

  let rest = s;
  let approximate = false;
  // Longest words first, and each must end the word, so "ca 1948" is not "c" + "a 1948".
  const circa = /^(?:circa|approximately|approx\.?|about|around|ca\.?|c\.?|~)(?=[ \d]) ?(.+)$/i.exec(rest);
  if (circa) {
    approximate = true;
    rest = circa[1]!;
  }
  let uncertain = false;
  if (rest.endsWith('?')) {
    uncertain = true;
    rest = rest.slice(0, -1).trimEnd();
  }
  let era: 'bce' | 'ce' | undefined;
  const suffix = /^(.+?) ?(b\.?c\.?e?\.?|c\.?e\.?|a\.?d\.?)$/i.exec(rest);
  const prefix = /^(a\.?d\.?) ?(\d.*)$/i.exec(rest);
  if (suffix) {
    era = suffix[2]!.toLowerCase().startsWith('b') ? 'bce' : 'ce';
    rest = suffix[1]!;
  } else if (prefix) {
    era = 'ce';
    rest = prefix[2]!;
  }
  const q = approximate && uncertain ? '%' : approximate ? '~' : uncertain ? '?' : '';

  const readings = calendarReadings(rest, era !== undefined, approximate || uncertain);
  if (readings.length === 0) return undefined;
  const write = (r: Reading) => {
    // Historians count 1 BC, then AD 1; EDTF years are astronomical: 1 BC is 0000.
    const year = era === 'bce' ? 1 - r.year : r.year;
    if (r.span) return `${r.span}${q}`;
    return edtfYear(year) + (r.month === undefined ? '' : `-${pad2(r.month)}`) + (r.day === undefined ? '' : `-${pad2(r.day)}`) + q;
  };
  const valid = readings.map((r) => ({ r, edtf: write(r) })).filter(({ edtf }) => isValid(edtf));
  if (valid.length === 0) return undefined;
  if (valid.length === 1) {
    const { r, edtf } = valid[0]!;
    const notes = [
      approximate && uncertain ? 'approximate and uncertain' : approximate ? 'approximate' : uncertain ? 'uncertain' : '',
      era === 'bce' ? `${r.year} BCE is year ${edtf.replace(/[~?%]$/, '')}: EDTF years are astronomical, 0000 is 1 BCE` : '',
    ].filter((n) => n !== '');
    return `write ${edtf}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
  }
  const options = valid.map(({ r, edtf }) => `${edtf} if it is ${r.meaning}`);
  return `${JSON.stringify(text.trim())} is ambiguous: write ${options.slice(0, -1).join(', ')}, or ${options[options.length - 1]}`;
}

interface Reading {
  /** The year as written (before any BCE conversion). */
  year: number;
  month?: number;
  day?: number;
  /** An EDTF decade or century (`194X`, `19XX`), written as is. */
  span?: string;
  /** What this reading takes the text to mean, for ambiguous ones: "6 July", "the 1900s as a century". */
  meaning: string;
}

const MONTHS = new Map<string, number>();
[
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
].forEach((names, k) => names.forEach((n) => MONTHS.set(n, k + 1)));
const SEASONS = new Map([
  ['spring', 21],
  ['summer', 22],
  ['autumn', 23],
  ['fall', 23],
  ['winter', 24],
]);

/**
 * Every calendar date the text could mean. Years need four digits unless an era was
 * written (`44 BC`), because `06/07/24` or `June 48` leave the century to a guess.
 */
function calendarReadings(text: string, hasEra: boolean, qualified: boolean): Reading[] {
  const yearOk = (y: string) => y.length === 4 || (hasEra && y.length <= 4 && Number(y) > 0);
  const month = (name: string) => MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
  let m: RegExpExecArray | null;

  // A bare year only when something was written around it (`c. 1948`, `44 BC`); else it is no typed form.
  if ((m = /^(\d{1,4})$/.exec(text)) && (hasEra || qualified) && yearOk(m[1]!) && Number(m[1]) > 0)
    return [{ year: Number(m[1]), meaning: '' }];
  // 19/06/2024, 06.07.2024, 19-06-2024: day and month in either order.
  if ((m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{1,4})$/.exec(text)) && yearOk(m[4]!)) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const dayFirst: Reading = { year, month: b, day: a, meaning: `${a} ${ENGLISH_MONTHS[b - 1] ?? ''} ${m[4]}` };
    const monthFirst: Reading = { year, month: a, day: b, meaning: `${b} ${ENGLISH_MONTHS[a - 1] ?? ''} ${m[4]}` };
    return a === b ? [dayFirst] : [dayFirst, monthFirst].filter((r) => r.month! <= 12);
  }
  // 2024/06/19, 2024-6-19, 2024.06.19
  if ((m = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/.exec(text)))
    return [{ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), meaning: '' }];
  // 2024/06, 2024-6
  if ((m = /^(\d{4})[/.-](\d{1,2})$/.exec(text))) return [{ year: Number(m[1]), month: Number(m[2]), meaning: '' }];
  // 06/2024
  if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(text))) return [{ year: Number(m[2]), month: Number(m[1]), meaning: '' }];
  // June 2024, Jun. 2024
  if ((m = /^([a-z]+\.?),? (\d{1,4})$/i.exec(text)) && yearOk(m[2]!)) {
    const season = SEASONS.get(m[1]!.toLowerCase());
    if (season !== undefined) return [{ year: Number(m[2]), span: `${m[2]}-${season}`, meaning: '' }];
    const mo = month(m[1]!);
    return mo === undefined ? [] : [{ year: Number(m[2]), month: mo, meaning: '' }];
  }
  // 19 June 2024, 19th June 2024
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+\.?),? (\d{1,4})$/i.exec(text)) && yearOk(m[3]!)) {
    const mo = month(m[2]!);
    return mo === undefined ? [] : [{ year: Number(m[3]), month: mo, day: Number(m[1]), meaning: '' }];
  }
  // June 19, 2024
  if ((m = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{1,4})$/i.exec(text)) && yearOk(m[3]!)) {
    const mo = month(m[1]!);
    return mo === undefined ? [] : [{ year: Number(m[3]), month: mo, day: Number(m[2]), meaning: '' }];
  }
  // 1940s; 1900s is a decade or a century.
  if (!hasEra && (m = /^(\d{2})(\d)0'?s$/i.exec(text))) {
    const decade: Reading = {
      year: Number(m[1]! + m[2]! + '0'),
      span: `${m[1]}${m[2]}X`,
      meaning: `the decade ${m[1]}${m[2]}0–${m[1]}${m[2]}9`,
    };
    if (m[2] !== '0') return [decade];
    return [decade, { year: Number(m[1]! + '00'), span: `${m[1]}XX`, meaning: `the century ${m[1]}00–${m[1]}99` }];
  }
  return [];
}

function advise(candidates: string[], isValid: (edtf: string) => boolean, note: string): string | undefined {
  const valid = candidates.filter(isValid);
  return valid.length === 0 ? undefined : `write ${valid[0]} (${note})`;
}
