import { inflateSync } from 'node:zlib';

/** The 8 bytes every PNG starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  rgba: Uint8Array;
  /** `[r, g, b, a]` at (x, y). */
  at(x: number, y: number): [number, number, number, number];
}

/** Width and height from the IHDR chunk, which must come first. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('PNG: IHDR is not the first chunk');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what resvg writes) into RGBA, so
 * tests can look at pixels without an image library.
 */
export function decodePng(png: Uint8Array): DecodedPng {
  if (!PNG_SIGNATURE.every((b, i) => png[i] === b)) throw new Error('PNG: bad signature');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const { width, height } = pngSize(png);
  const bitDepth = png[24];
  const colorType = png[25];
  const interlace = png[28];
  if (bitDepth !== 8 || (colorType !== 6 && colorType !== 2) || interlace !== 0) {
    throw new Error(
      `PNG: only 8-bit non-interlaced RGB/RGBA is decoded here (depth ${bitDepth}, colour type ${colorType}, interlace ${interlace})`,
    );
  }
  const channels = colorType === 6 ? 4 : 3;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? pixels[y * stride + i - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = i >= channels && y > 0 ? pixels[(y - 1) * stride + i - channels]! : 0;
      const predictor =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : NaN;
      if (Number.isNaN(predictor)) throw new Error(`PNG: unknown filter ${filter} on row ${y}`);
      pixels[y * stride + i] = (line[i]! + predictor) & 0xff;
    }
  }
  const rgba =
    channels === 4
      ? pixels
      : new Uint8Array(width * height * 4).map((_, i) => (i % 4 === 3 ? 255 : pixels[Math.floor(i / 4) * 3 + (i % 4)]!));
  return {
    width,
    height,
    rgba,
    at(x, y) {
      const i = (y * width + x) * 4;
      return [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!, rgba[i + 3]!];
    },
  };
}

/** `#rrggbb` → `[r, g, b]`. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Largest channel difference between a pixel and a colour. */
export function colorDistance(pixel: readonly number[], rgb: readonly number[]): number {
  return Math.max(Math.abs(pixel[0]! - rgb[0]!), Math.abs(pixel[1]! - rgb[1]!), Math.abs(pixel[2]! - rgb[2]!));
}

/**
 * The bounding box of "ink" (pixels that differ from `background` by more than
 * `threshold` on some channel) inside a rectangle, and how many such pixels there are.
 */
export function inkBox(
  img: DecodedPng,
  background: readonly number[],
  rect = { x0: 0, y0: 0, x1: img.width, y1: img.height },
  threshold = 60,
) {
  let count = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let y = Math.max(0, rect.y0); y < Math.min(img.height, rect.y1); y++) {
    for (let x = Math.max(0, rect.x0); x < Math.min(img.width, rect.x1); x++) {
      if (colorDistance(img.at(x, y), background) > threshold) {
        count++;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  return { count, minX, maxX, minY, maxY };
}

/**
 * How much ink each column of a band of rows holds: the sum over the rows of how far
 * each pixel is from `background` (0 to 1 per pixel), from column x0 up to (not
 * including) x1. A word's profile is the same wherever it is drawn, so it can be found
 * in a line's profile with {@link findProfile}.
 */
export function columnInk(
  img: DecodedPng,
  background: readonly number[],
  rows: { y0: number; y1: number },
  x0 = 0,
  x1 = img.width,
): number[] {
  const out: number[] = [];
  for (let x = Math.max(0, x0); x < Math.min(img.width, x1); x++) {
    let sum = 0;
    for (let y = Math.max(0, rows.y0); y < Math.min(img.height, rows.y1); y++) sum += colorDistance(img.at(x, y), background) / 255;
    out.push(sum);
  }
  return out;
}

/** `profile` without the empty columns at both ends, and where its ink starts. */
export function trimProfile(profile: readonly number[], threshold = 0.05): { profile: number[]; start: number } {
  const start = profile.findIndex((v) => v > threshold);
  if (start < 0) return { profile: [], start: 0 };
  let end = profile.length;
  while (profile[end - 1]! <= threshold) end--;
  return { profile: profile.slice(start, end), start };
}

/**
 * Where `needle` (a trimmed column profile) fits `haystack` best: the offset with the
 * least absolute difference, and that difference as a share of the needle's own ink
 * (0 is a perfect fit; a word that is not there scores far above 0.3).
 */
export function findProfile(haystack: readonly number[], needle: readonly number[]): { offset: number; misfit: number } {
  const ink = needle.reduce((a, b) => a + b, 0);
  let best = { offset: -1, misfit: Infinity };
  for (let o = 0; o + needle.length <= haystack.length; o++) {
    let diff = 0;
    for (let i = 0; i < needle.length && diff < best.misfit * ink; i++) diff += Math.abs(haystack[o + i]! - needle[i]!);
    if (diff / ink < best.misfit) best = { offset: o, misfit: diff / ink };
  }
  return best;
}
