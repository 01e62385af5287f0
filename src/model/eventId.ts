import { parseEdtfInterval } from './parseEdtf.js';
import type { EdtfInterval, EventDate, LocalizedText } from './types.js';
import { FNV1A32_START, fnv1a32Add } from '../util/hash.js';

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
  /** An end date, or `".."` for an event still going on. */
  readonly end?: EventDate | string;
  readonly title: LocalizedText;
}

/**
 * A stable id derived from an event's content: `e-` + base-36 FNV-1a (32-bit) hash of the
 * canonical EDTF date (with `/end` when the event spans a range, as `A/..`, `A/`, `../B` or
 * `/B` when one side is open or unknown; see {@link intervalText}) and the title. A title map
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
  const r: EdtfInterval = typeof input.date === 'string' ? parseEdtfInterval(input.date) : { date: input.date };
  let dateText = intervalText(r);
  if (input.end !== undefined) {
    const end = input.end;
    const endText = typeof end !== 'string' ? end.edtf : end.trim() === '..' ? '..' : parseEdtfInterval(end).date.edtf;
    dateText += `/${endText}`;
  }
  return idOf(dateText, input.title);
}

/**
 * The canonical EDTF text of a date or interval: `1948`, `2000/2004`, and with an open or
 * unknown side `2022-02-24/..`, `2022-02-24/`, `../1950`, `/1950`.
 *
 * @example
 * ```ts
 * intervalText(parseEdtfInterval(' 2022-02-24 / .. ')) // '2022-02-24/..'
 * ```
 */
export function intervalText(r: EdtfInterval): string {
  if (r.end !== undefined) return `${r.date.edtf}/${r.end.edtf}`;
  if (r.openEnd !== undefined) return `${r.date.edtf}/${r.openEnd === 'ongoing' ? '..' : ''}`;
  if (r.openStart !== undefined) return `${r.openStart === 'open' ? '..' : ''}/${r.date.edtf}`;
  return r.date.edtf;
}

/**
 * {@link eventId} of an event whose date is already written canonically (`date.edtf`, or
 * `date.edtf/end.edtf`). The text hashed is `date \0 title`, the title map as
 * `lang \1 text` entries sorted by language and joined by `\2`; the parts are hashed in
 * turn rather than joined, so an id costs no intermediate strings or arrays.
 */
export function idOf(dateText: string, title: LocalizedText): string {
  return idText(idHash(dateText, title));
}

/**
 * The hash behind {@link idOf}: unsigned 32-bit FNV-1a. `normalized` says the title is
 * already as {@link parseTimeline} leaves it (trimmed, no blank entries), so trimming it
 * again, which walked each of 100,000 titles once more, can be skipped.
 */
export function idHash(dateText: string, title: LocalizedText, normalized = false): number {
  // Separators are control characters that cannot appear in trimmed titles' meaningful text,
  // and are ASCII, so hashing part by part never splits a surrogate pair.
  let h = fnv1a32Add(fnv1a32Add(FNV1A32_START, dateText), '\u0000');
  if (typeof title === 'string') {
    h = fnv1a32Add(h, normalized ? title : title.trim());
  } else {
    // Code-unit order, as `<` compares; keys are own, so indexing by them is safe.
    const langs = Object.keys(title).sort();
    let first = true;
    for (let k = 0; k < langs.length; k++) {
      const lang = langs[k]!;
      const text = normalized ? title[lang]! : String(title[lang]).trim();
      // Blank entries carry no text; parseTimeline drops them, so they must not change the id.
      if (text === '') continue;
      if (!first) h = fnv1a32Add(h, '\u0002');
      first = false;
      h = fnv1a32Add(fnv1a32Add(fnv1a32Add(h, lang), '\u0001'), text);
    }
  }
  return h >>> 0;
}

/**
 * `e-` and the hash as seven base-36 digits, zero-padded (2³² − 1 is `1z141z3`): the same
 * text as `` `e-${h.toString(36).padStart(7, '0')}` `` in one string, where
 * `toString(36)` and `padStart` took a third of the time of an id.
 *
 * The hash is split once at 36³ into two parts that fit 32-bit integers: above 2³¹ the
 * hash is a double, and `%` on a double is a call to fmod each time, which took half of
 * the time of an id.
 */
export function idText(h: number): string {
  const high = Math.floor(h / 46_656); // < 36⁴
  let low = h - high * 46_656; // < 36³
  const d6 = low % 36;
  low = (low - d6) / 36;
  const d5 = low % 36;
  const d4 = (low - d5) / 36;
  let q = high;
  const d3 = q % 36;
  q = (q - d3) / 36;
  const d2 = q % 36;
  q = (q - d2) / 36;
  const d1 = q % 36;
  q = (q - d1) / 36;
  return String.fromCharCode(101, 45, digit36(q), digit36(d1), digit36(d2), digit36(d3), digit36(d4), digit36(d5), digit36(d6));
}

/** Char code of a base-36 digit: 0–9, then a–z. */
function digit36(d: number): number {
  return d < 10 ? 48 + d : 87 + d;
}
