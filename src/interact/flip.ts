// FLIP for `update`: events that stay glide from where they were drawn, new ones fade in.
// The moves are computed from two layouts (pure); the browser plays them with the Web
// Animations API, which leaves no attribute behind and cancels with the element.
import type { TimelineGeometry } from '../layout/types.js';

/** Where each drawn event's stem starts, by id: what FLIP compares between two layouts. */
export type StemPositions = ReadonlyMap<string, readonly [number, number]>;

/** Below this many px of travel an event is left still. */
const STILL_PX = 0.5;
const DURATION_MS = 350;

/**
 * @example
 * ```ts
 * const before = stemPositions(oldGeometry);
 * ```
 */
export function stemPositions(g: TimelineGeometry): StemPositions {
  return new Map(g.events.map((e) => [e.id, [e.stem.x1, e.stem.y1] as const]));
}

/** How one event gets from its old place to its new one. */
export type FlipMove = { readonly id: string; readonly dx: number; readonly dy: number } | { readonly id: string; readonly enter: true };

/**
 * The moves that animate `before` into `after`: an offset (old minus new place) for each
 * event drawn in both that moved, an entrance for each event new to the drawing.
 *
 * @example
 * ```ts
 * flipMoves(stemPositions(old), next) // [{ id: 'a', dx: -40, dy: 0 }, { id: 'c', enter: true }]
 * ```
 */
export function flipMoves(before: StemPositions, after: TimelineGeometry): FlipMove[] {
  const moves: FlipMove[] = [];
  for (const e of after.events) {
    const old = before.get(e.id);
    if (!old) {
      moves.push({ id: e.id, enter: true });
      continue;
    }
    const dx = old[0] - e.stem.x1;
    const dy = old[1] - e.stem.y1;
    if (Math.abs(dx) + Math.abs(dy) >= STILL_PX) moves.push({ id: e.id, dx, dy });
  }
  return moves;
}

/**
 * Plays the moves on the elements drawn for them. Does nothing where the Web Animations
 * API is missing (jsdom): the drawing is already in its final state.
 */
export function playFlip(moves: readonly FlipMove[], elementOf: (id: string) => Element | undefined): void {
  for (const m of moves) {
    const el = elementOf(m.id);
    if (typeof el?.animate !== 'function') continue;
    const frames =
      'enter' in m ? [{ opacity: 0 }, { opacity: 1 }] : [{ transform: `translate(${m.dx}px, ${m.dy}px)` }, { transform: 'none' }];
    el.animate(frames, { duration: DURATION_MS, easing: 'ease-in-out' });
  }
}
