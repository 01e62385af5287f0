import { localized, readSpan, type Report } from './readFields.js';
import type { TimelineEra } from './types.js';
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
  // Each is undefined exactly when it reported a problem.
  const span = readSpan(raw.date, raw.end, `${at}.`, false, report);
  const title = localized(raw.title, `${at}.title`, true, report);
  if (span === undefined || title === undefined) return undefined;
  return span.end === undefined ? { index, date: span.date, title } : { index, date: span.date, end: span.end, title };
}
