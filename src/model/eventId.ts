import { parseEdtfInterval } from './parseEdtf.js';
import type { EventDate, LocalizedText } from './types.js';
import { fnv1a32 } from '../util/hash.js';

/**
 * What an id is derived from. A string date is parsed first so `"1948"` and `"1948 "` agree.
 *
 * @example
 * ```ts
 * const input: EventIdInput = { date: '2000/2004', title: { en: 'Talks', ar: 'محادثات' } }
 * ```
 */
export interface EventIdInput {
  readonly date: EventDate | string;
  readonly end?: EventDate | string;
  readonly title: LocalizedText;
}

/**
 * A stable id derived from an event's content: `e-` + base-36 FNV-1a (32-bit) hash of the
 * canonical EDTF date (with `/end` when the event spans a range) and the title. A title map
 * is hashed by its entries sorted by language, so key order in the input does not matter.
 * Pure: the same content always gives the same id, in any process or browser.
 *
 * Distinct events can share content (and so an id); {@link parseTimeline} suffixes those.
 *
 * @throws {EdtfError} when `date` or `end` is a string that is not a valid EDTF date.
 * @example
 * ```ts
 * eventId({ date: '1948', title: 'Nakba' }) === eventId({ date: parseEdtf('1948'), title: ' Nakba ' }) // true
 * eventId({ date: '1948', title: 'Nakba' }) // 'e-' followed by 7 base-36 digits
 * ```
 */
export function eventId(input: EventIdInput): string {
  let dateText: string;
  if (typeof input.date === 'string') {
    const r = parseEdtfInterval(input.date);
    dateText = r.end ? `${r.date.edtf}/${r.end.edtf}` : r.date.edtf;
  } else {
    dateText = input.date.edtf;
  }
  if (input.end !== undefined) {
    const endText = typeof input.end === 'string' ? parseEdtfInterval(input.end).date.edtf : input.end.edtf;
    dateText += `/${endText}`;
  }
  // Separators are control characters that cannot appear in trimmed titles' meaningful text.
  const title =
    typeof input.title === 'string'
      ? input.title.trim()
      : Object.entries(input.title)
          .map(([k, v]) => [k, String(v).trim()] as const)
          // Blank entries carry no text; parseTimeline drops them, so they must not change the id.
          .filter(([, v]) => v !== '')
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => `${k}\u0001${v}`)
          .join('\u0002');
  return `e-${fnv1a32(`${dateText}\u0000${title}`).toString(36).padStart(7, '0')}`;
}
