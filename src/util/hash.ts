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
const encoder = new TextEncoder();

export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** {@link fnv1a32} in base 36. */
export function hashString(text: string): string {
  return fnv1a32(text).toString(36);
}
