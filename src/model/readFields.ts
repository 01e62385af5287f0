import { dateFromJs } from './dateFromJs.js';
import { isLanguageTag, LANGUAGE_TAG_HINT } from './languageTag.js';
import { EdtfError, parseEdtf, parseEdtfInterval } from './parseEdtf.js';
import type { EdtfInterval, LocalizedText } from './types.js';
import { codePoint, isDate, isObject, kind, NOT_XML_CHAR, quote } from './valueKind.js';

/** Reports one problem with a field; the caller has already fixed the location prefix. */
export type Report = (field: string, problem: string) => void;

/**
 * The `date` and optional `end` of an event or era (`prefix` is `""` or `"eras[2]."`): an
 * EDTF date or interval or a Date, and an end date or `".."` for ongoing. Open or unknown
 * sides are for events (`allowOpen`); an era's band needs both ends. Problems are reported
 * on `date` and `end`, and the result is then `undefined`.
 */
export function readSpan(date: unknown, end: unknown, prefix: string, allowOpen: boolean, report: Report): EdtfInterval | undefined {
  let when: EdtfInterval | undefined;
  if (date === undefined || date === null) report(`${prefix}date`, 'missing (expected an EDTF date such as "1948" or "2024-06-19")');
  else when = readDate(date, true, `${prefix}date`, report);
  const endless = when !== undefined && (when.openStart !== undefined || when.openEnd !== undefined);
  if (endless && !allowOpen) {
    report(`${prefix}date`, `${JSON.stringify(date)}: an era needs both ends (open or unknown ends are for events)`);
    return undefined;
  }
  if (end === undefined || end === null) return when;
  if (when !== undefined && (when.end !== undefined || endless)) {
    report(`${prefix}end`, `not allowed when date is already an interval (${JSON.stringify(date)})`);
    return undefined;
  }
  if (typeof end === 'string' && end.trim() === '..') {
    // EDTF's open end, for those who write the end apart: still going on.
    if (!allowOpen) report(`${prefix}end`, '".." (ongoing): an era needs both ends (open or unknown ends are for events)');
    return allowOpen && when !== undefined ? { date: when.date, openEnd: 'ongoing' } : undefined;
  }
  const last = readDate(end, false, `${prefix}end`, report)?.date;
  if (when === undefined || last === undefined) return undefined;
  if (last.start < when.date.start) {
    report(`${prefix}end`, `${last.edtf} is before date ${when.date.edtf}`);
    return undefined;
  }
  return { date: when.date, end: last };
}

function readDate(value: unknown, allowInterval: boolean, field: string, report: Report): EdtfInterval | undefined {
  try {
    if (typeof value === 'string') return allowInterval ? parseEdtfInterval(value) : { date: parseEdtf(value) };
    if (isDate(value)) return { date: dateFromJs(value) };
  } catch (e) {
    if (!(e instanceof EdtfError)) throw e;
    report(field, typeof value === 'string' ? `${JSON.stringify(value)} is not a valid date: ${e.message}` : e.message);
    return undefined;
  }
  report(field, `expected an EDTF date string or a Date, got ${kind(value)}`);
  return undefined;
}

/**
 * A text field: a string, or a map of language tag → string, trimmed, blank entries
 * dropped. `required` is `true` (absent or blank is reported), `false`, or the reason it is
 * required, which then makes the message (`media.alt: required when media is given …`).
 */
export function localized(value: unknown, field: string, required: boolean | string, report: Report): LocalizedText | undefined {
  const why = typeof required === 'string' ? required : undefined;
  if (value === undefined || value === null) {
    if (required) report(field, why ?? 'missing');
    return undefined;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (text !== '') return text;
    if (required) report(field, why === undefined ? 'is empty' : `is empty; ${why}`);
    return undefined;
  }
  if (!isObject(value)) {
    report(field, `expected a string or an object of language → string, got ${kind(value)}`);
    return undefined;
  }
  const out: [string, string][] = [];
  let bad = false;
  // Keys and an index, as Object.entries gives them (own, enumerable, in order), without an
  // iterator's result objects: these come once per event, 100,000 times in a large file.
  const langs = Object.keys(value);
  for (let k = 0; k < langs.length; k++) {
    const lang = langs[k]!;
    const text = value[lang];
    // Checked even for blank text: the key is what the layout would later take as a locale.
    if (!isLanguageTag(lang)) {
      report(field, `language key ${quote(lang)} ${LANGUAGE_TAG_HINT}`);
      bad = true;
      continue;
    }
    if (text === undefined || text === null) continue;
    if (typeof text !== 'string') {
      report(`${field}.${lang}`, `expected a string, got ${kind(text)}`);
      bad = true;
      continue;
    }
    const trimmed = text.trim();
    if (trimmed !== '') out.push([lang, trimmed]);
  }
  if (bad) return undefined;
  if (out.length === 0) {
    if (required)
      report(field, why === undefined ? 'has no non-blank text in any language' : `has no non-blank text in any language; ${why}`);
    return undefined;
  }
  // fromEntries defines own properties: `out[lang] = …` would set the prototype for "__proto__".
  return Object.fromEntries(out);
}

/** A trimmed string; absent, `null` and blank are `undefined`. */
export function optionalString(value: unknown, field: string, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    report(field, `expected a string, got ${kind(value)}`);
    return undefined;
  }
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** An absolute `http:`/`https:` URL, or `undefined` (absent, blank, or reported). */
export function httpUrl(value: unknown, field: string, report: Report): string | undefined {
  const text = optionalString(value, field, report);
  if (text === undefined) return undefined;
  // The URL becomes an href in the SVG; XML cannot carry these (URL parsing would let them through).
  const badChar = NOT_XML_CHAR.exec(text);
  if (badChar) {
    report(field, `${JSON.stringify(text)} contains ${codePoint(badChar[0])}, a control character or lone surrogate that SVG cannot hold`);
    return undefined;
  }
  let protocol: string;
  try {
    protocol = new URL(text).protocol;
  } catch {
    report(field, `${JSON.stringify(text)} is not an absolute http(s) URL`);
    return undefined;
  }
  // Anything else (javascript:, data:, file:) could run code or leak files when rendered as a link.
  if (protocol !== 'http:' && protocol !== 'https:') {
    report(field, `${JSON.stringify(text)} is not an http(s) URL`);
    return undefined;
  }
  return text;
}
