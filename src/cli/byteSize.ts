import { constants } from 'node:buffer';

const UNITS = new Map([
  ['', 1],
  ['k', 1024],
  ['m', 1024 ** 2],
  ['g', 1024 ** 3],
]);

/**
 * The most input bytes anyone may allow: the longest string Node can hold, so that any
 * input under the limit can still be decoded (UTF-8 never has more characters than bytes).
 */
export const MAX_INPUT_SIZE_LIMIT: number = constants.MAX_STRING_LENGTH;

/**
 * Reads a size such as `65536`, `512K`, `64M` or `1G` (units of 1024, with an optional
 * `B` or `iB`: `64MiB`); undefined when the text is not one.
 *
 * @example
 * ```ts
 * parseByteSize('64M'); // 67108864
 * parseByteSize('1.5G'); // undefined: whole numbers only
 * ```
 */
export function parseByteSize(text: string): number | undefined {
  const m = /^(\d+)\s*(?:([kmg])(?:i?b)?|b)?$/i.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * UNITS.get((m[2] ?? '').toLowerCase())!;
}

/**
 * A size the way a person reads it: `64 MiB`, `1 GiB`, `1000 bytes`.
 *
 * @example
 * ```ts
 * formatByteSize(64 * 1024 * 1024); // '64 MiB'
 * ```
 */
export function formatByteSize(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}
