import type { KeyAction } from './keyAction.js';

/**
 * What the timeline does for a key, given which item has the tab stop. `pan` is for the
 * last (or first) item: pan to the next event beyond the view if there is one, else move
 * the tab stop to `otherwise`. Indices may be out of range when nothing is drawn.
 */
export type KeyCommand =
  | { readonly kind: 'focus'; readonly index: number }
  | { readonly kind: 'pan'; readonly step: 1 | -1; readonly otherwise: number }
  | { readonly kind: 'activate'; readonly index: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'reset' }
  | { readonly kind: 'close' };

/**
 * Turns a key's action into a command for `count` drawn items, `index` of which has the
 * tab stop (-1 for none). Arrows stop at the ends, except that at the end of a zoomed view
 * they pan on; +/- halve or double the visible range around the focused item.
 *
 * @example
 * ```ts
 * keyCommand('next', 2, 3) // { kind: 'pan', step: 1, otherwise: 2 }
 * keyCommand('zoomIn', 0, 3) // { kind: 'zoom', factor: 0.5 }
 * ```
 */
export function keyCommand(action: KeyAction, index: number, count: number): KeyCommand {
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (action) {
    case 'next':
      return index === count - 1 ? { kind: 'pan', step: 1, otherwise: clamp(index + 1) } : { kind: 'focus', index: clamp(index + 1) };
    case 'previous':
      return index === 0 ? { kind: 'pan', step: -1, otherwise: 0 } : { kind: 'focus', index: clamp(index - 1) };
    case 'first':
      return { kind: 'focus', index: 0 };
    case 'last':
      return { kind: 'focus', index: count - 1 };
    case 'select':
      return { kind: 'activate', index };
    case 'zoomIn':
      return { kind: 'zoom', factor: 0.5 };
    case 'zoomOut':
      return { kind: 'zoom', factor: 2 };
    case 'resetZoom':
      return { kind: 'reset' };
    case 'close':
      return { kind: 'close' };
  }
}
