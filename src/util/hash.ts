/** FNV-1a's starting state: feed it to {@link fnv1a32Add}, then take `>>> 0` of the result. */
export const FNV1A32_START = 0x811c9dc5;

/**
 * 32-bit FNV-1a over the UTF-8 bytes of a text: a short, stable, content-derived
 * number for ids and id prefixes (no counters, no randomness), that other languages
 * can reproduce.
 *
 * @example
 * ```ts
 * fnv1a32('a') // 0xe40c292c
 * ```
 */
export function fnv1a32(text: string): number {
  return fnv1a32Add(FNV1A32_START, text) >>> 0;
}

/**
 * Continues an FNV-1a hash with the UTF-8 bytes of `text`, so a text made of parts can be
 * hashed without joining them: `fnv1a32Add(fnv1a32Add(FNV1A32_START, a), b) >>> 0` is
 * `fnv1a32(a + b)` whenever the join does not split a surrogate pair.
 *
 * @example
 * ```ts
 * fnv1a32Add(fnv1a32Add(FNV1A32_START, 'a'), 'b') >>> 0 === fnv1a32('ab') // true
 * ```
 */
export function fnv1a32Add(start: number, text: string): number {
  // UTF-8 bytes computed in place. Not TextEncoder.encodeInto into a buffer: in Chromium each
  // call crosses into the browser's bindings, and hashing the titles of 100,000 events took
  // three times as long that way (a third longer in Node too).
  let h = start;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      h = Math.imul(h ^ c, 0x01000193);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    // Lone surrogates encode as U+FFFD, as TextEncoder does.
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x800) {
      h = Math.imul(h ^ (0xc0 | (c >> 6)), 0x01000193);
    } else if (c < 0x10000) {
      h = Math.imul(h ^ (0xe0 | (c >> 12)), 0x01000193);
      h = Math.imul(h ^ (0x80 | ((c >> 6) & 63)), 0x01000193);
    } else {
      h = Math.imul(h ^ (0xf0 | (c >> 18)), 0x01000193);
      h = Math.imul(h ^ (0x80 | ((c >> 12) & 63)), 0x01000193);
      h = Math.imul(h ^ (0x80 | ((c >> 6) & 63)), 0x01000193);
    }
    h = Math.imul(h ^ (0x80 | (c & 63)), 0x01000193);
  }
  return h;
}

/** {@link fnv1a32} in base 36. */
export function hashString(text: string): string {
  return fnv1a32(text).toString(36);
}
