/** A record-like value: not null, not an array, not a Date. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isDate(value);
}

/** Tag check rather than `instanceof`, so Dates from another realm (iframe, jsdom) count. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A short description of a value's type for messages: `number`, `array`, `null`, `an empty string`. */
export function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (isDate(value)) return 'Date';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : `string ${quote(value)}`;
  return typeof value;
}

/** JSON-quoted text for messages, shortened so one huge cell cannot flood a message. */
export function quote(text: string, max = 80): string {
  const chars = Array.from(text);
  return JSON.stringify(chars.length > max ? chars.slice(0, max).join('') + '…' : text);
}

/**
 * Characters XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
 * An id holding one could not be written into the SVG.
 */
export const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `U+0001` for a code unit, for messages about invisible characters. */
export function codePoint(ch: string): string {
  return `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
