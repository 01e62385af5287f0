import { EdtfError, parseEdtf } from './parseEdtf.js';
import type { EventDate } from './types.js';
import { pad2, yearDigits } from './calendarText.js';

/**
 * Turns a JS `Date` into a day-precision date of its UTC calendar day. UTC rather than
 * local time so the same instant gives the same day on every machine.
 *
 * @throws {EdtfError} for an invalid Date, or one whose UTC year is outside -9999…9999
 *   (EDTF has no day-precision form for longer years).
 * @example
 * ```ts
 * dateFromJs(new Date('2024-06-19T23:30:00-02:00')).edtf // '2024-06-20'
 * ```
 */
export function dateFromJs(d: Date): EventDate {
  // toString-tag check so Dates from another realm (iframe, jsdom) are recognised too.
  if (Object.prototype.toString.call(d) !== '[object Date]') throw new EdtfError(`expected a Date, got ${typeof d}`, String(d));
  const ms = Date.prototype.getTime.call(d);
  if (Number.isNaN(ms)) throw new EdtfError('invalid Date', 'Invalid Date');
  const u = new Date(ms);
  const year = u.getUTCFullYear();
  const iso = u.toISOString();
  if (year < -9999 || year > 9999) throw new EdtfError(`year ${year} has no day-precision EDTF form (years -9999 to 9999)`, iso);
  const text = `${yearDigits(year)}-${pad2(u.getUTCMonth() + 1)}-${pad2(u.getUTCDate())}`;
  return parseEdtf(text);
}
