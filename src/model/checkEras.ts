import { localized, readDate, type Report } from './readFields.js';
import type { EventDate, TimelineEra } from './types.js';
import { isObject, kind } from './valueKind.js';

/**
 * The timeline's `eras`: labelled background bands `{ date, end?, title }`. Dates are read
 * as for events (an interval `A/B` in `date` instead of `end`); a band needs both ends, so
 * open or unknown ends are refused. Problems are reported as `eras[2].end: …`.
 *
 * @example
 * ```ts
 * checkEras([{ date: '1950-06-25', end: '1953-07-27', title: 'Korean War' }], report)![0].end?.year // 1953
 * ```
 */
export function checkEras(value: unknown, report: Report): TimelineEra[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    report('eras', `expected an array of eras ({ date, end, title }), got ${kind(value)}`);
    return undefined;
  }
  const eras: TimelineEra[] = [];
  value.forEach((raw: unknown, index) => {
    const era = checkEra(raw, index, report);
    if (era) eras.push(era);
  });
  return eras;
}

function checkEra(raw: unknown, index: number, report: Report): TimelineEra | undefined {
  const at = `eras[${index}]`;
  if (!isObject(raw)) {
    report(at, `expected an object with date, end and title, got ${kind(raw)}`);
    return undefined;
  }
  let ok = true;
  const bad: Report = (field, problem) => {
    ok = false;
    report(field, problem);
  };
  let date: EventDate | undefined;
  let end: EventDate | undefined;
  if (raw.date === undefined || raw.date === null) {
    bad(`${at}.date`, 'missing (expected an EDTF date such as "1950" or "1950-06-25")');
  } else {
    const r = readDate(raw.date, true, `${at}.date`, bad);
    if (r?.openStart !== undefined || r?.openEnd !== undefined) {
      bad(`${at}.date`, `${JSON.stringify(raw.date)}: an era needs both ends (open or unknown ends are for events)`);
    } else {
      date = r?.date;
      end = r?.end;
    }
  }
  if (raw.end !== undefined && raw.end !== null) {
    if (end !== undefined) {
      bad(`${at}.end`, `not allowed when date is already an interval (${JSON.stringify(raw.date)})`);
    } else if (typeof raw.end === 'string' && raw.end.trim() === '..') {
      bad(`${at}.end`, '".." (ongoing): an era needs both ends (open or unknown ends are for events)');
    } else {
      end = readDate(raw.end, false, `${at}.end`, bad)?.date;
      if (date && end && end.start < date.start) bad(`${at}.end`, `${end.edtf} is before date ${date.edtf}`);
    }
  }
  const title = localized(raw.title, `${at}.title`, true, bad);
  if (!ok || date === undefined || title === undefined) return undefined;
  return end === undefined ? { index, date, title } : { index, date, end, title };
}
