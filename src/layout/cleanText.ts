/**
 * Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
 * Left in, they make the serialized SVG unreadable by every XML parser.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). Unclosed,
 * they reorder whatever follows in the same text element, and they can make a label
 * read differently from what its characters say. Marks (LRM, RLM, ALM) stay.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Drops only the characters XML cannot carry, for values that must otherwise stay as
 * given (ids, links).
 *
 * @example
 * ```ts
 * stripNonXml('a\u0001b') // 'ab'
 * ```
 */
export function stripNonXml(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * Makes untrusted text safe to put in a single-line SVG label: drops characters XML
 * cannot carry, drops bidi overrides, and folds runs of white space (a label has one line).
 *
 * @example
 * ```ts
 * cleanText('  Summit\n\u0007in Pyongyang ') // 'Summit in Pyongyang'
 * ```
 */
export function cleanText(text: string): string {
  return text.replace(NOT_XML, '').replace(BIDI_CONTROL, '').replace(/\s+/g, ' ').trim();
}
