import { formatEventSpan } from '../format/formatEventDate.js';
import { pickText } from '../model/pickText.js';
import type { TimelineEra } from '../model/types.js';
import type { EraGeometry } from './backdropTypes.js';
import { cleanText } from './cleanText.js';
import { laneText, WORDS_INSET, type Frame } from './strip.js';

/**
 * The bands of the eras the view shows, in input order: each across the whole plot over
 * the part of the view its dates cover, its title in the strip from the band's start (the
 * right end in a right-to-left timeline). A title is cut with "…" only where its band
 * (or the next era's title, when eras overlap) leaves it less room than it needs.
 *
 * @example
 * ```ts
 * layoutEras(timeline.eras, frame).map((e) => e.band.x) // where each band begins
 * ```
 */
export function layoutEras(eras: readonly TimelineEra[], f: Frame): EraGeometry[] {
  const { o, scale, along, across, forward } = f;
  // Along the axis in reading order: u grows the way time runs on screen.
  const u = (px: number) => forward * px;
  const shown = eras
    .map((era) => {
      const a = scale(era.date.start);
      const b = scale((era.end ?? era.date).end);
      return { era, lo: Math.max(along[0], Math.min(a, b)), hi: Math.min(along[1], Math.max(a, b)) };
    })
    .filter((s) => s.hi > s.lo);
  // Where each title starts, in reading order: a title ends before the next one begins.
  const starts = shown.map((s) => u(forward > 0 ? s.lo : s.hi)).sort((p, q) => p - q);
  return shown.map(({ era, lo, hi }, i) => {
    const from = forward > 0 ? lo : hi;
    const next = starts.find((s) => s > u(from));
    // Of eras that begin at one place, the first given has the title there; the others'
    // titles would stand on it, so they are said (in their names) but not drawn.
    const first = shown.findIndex((s) => Math.abs((forward > 0 ? s.lo : s.hi) - from) < 0.5) === i;
    const room = first ? Math.min(hi - lo, next === undefined ? Infinity : next - u(from)) - 2 * WORDS_INSET : 0;
    const title = cleanText(pickText(era.title, o.locale));
    const { line, rotate } = laneText(f, f.eraLane ?? 0, title, from + forward * WORDS_INSET, forward, room, 'normal');
    const band = f.horizontal
      ? { x: lo, y: across[0], width: hi - lo, height: across[1] - across[0] }
      : { x: across[0], y: lo, width: across[1] - across[0], height: hi - lo };
    const dates = cleanText(formatEventSpan(era.date, era.end, o.locale));
    return { era, band, title: line, rotate, ariaLabel: title ? `${dates}: ${title}` : dates };
  });
}
