/**
 * Rounds coordinates to 1/100 px: finer digits change no pixel, and fixed rounding
 * keeps output byte-identical across platforms whose float text differs.
 */
export function svgNumber(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}
