/** Most tracks one band is split into: thinner than a third of it, a bar no longer reads as one. */
const MOST_TRACKS = 3;
/** Between two tracks of a band. */
const TRACK_GAP = 1;

/**
 * How spans that overlap along the axis share the band that bars are drawn in: side by
 * side across it, in tracks, so that no bar hides where another begins or ends (aid
 * talks from December to November, under a famine warning from March on). A span that
 * overlaps no other keeps the whole band. Returns, for each span in `spans`, its offset
 * from the band's edge and its thickness.
 *
 * @example
 * ```ts
 * spanTracks([{ lo: 0, hi: 100 }, { lo: 50, hi: 200 }, { lo: 300, hi: 400 }], 8)
 * // [[0, 3.5], [4.5, 3.5], [0, 8]]
 * ```
 */
export function spanTracks(spans: readonly { readonly lo: number; readonly hi: number }[], band: number): [number, number][] {
  const out: [number, number][] = spans.map(() => [0, band]);
  const order = spans.map((_, i) => i).sort((i, j) => spans[i]!.lo - spans[j]!.lo || i - j);
  for (let g = 0; g < order.length;) {
    // One run of spans, each overlapping the run so far.
    let reach = spans[order[g]!]!.hi;
    let end = g + 1;
    while (end < order.length && spans[order[end]!]!.lo < reach) reach = Math.max(reach, spans[order[end++]!]!.hi);
    if (end - g > 1) {
      // Each span on the first track free at its start, else on the one free soonest.
      const lastEnd: number[] = [];
      const track = new Map<number, number>();
      for (let k = g; k < end; k++) {
        const s = spans[order[k]!]!;
        let t = lastEnd.findIndex((e) => e <= s.lo);
        if (t < 0) t = lastEnd.length < MOST_TRACKS ? lastEnd.length : lastEnd.indexOf(Math.min(...lastEnd));
        lastEnd[t] = s.hi;
        track.set(order[k]!, t);
      }
      const thickness = (band - (lastEnd.length - 1) * TRACK_GAP) / lastEnd.length;
      for (const [i, t] of track) out[i] = [t * (thickness + TRACK_GAP), thickness];
    }
    g = end;
  }
  return out;
}
