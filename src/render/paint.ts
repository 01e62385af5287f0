import type { BaseType, Selection } from 'd3';
import type { PartName } from './theme.js';

/**
 * Writes a part's presentation attributes on an element; `colorIndex` picks the category
 * colour. A drawing without one is painted by its stylesheet, whose themes follow the
 * reader's colour scheme and which a page can restyle; a painter is for rasterizers
 * without CSS variables (resvg).
 */
export type Painter = (el: Element, part: PartName, colorIndex?: number) => void;

/**
 * Paints every element of a selection as `part`; nothing when the stylesheet paints.
 *
 * @example
 * ```ts
 * paintEach(stems, paint, 'stem', (e) => e.colorIndex);
 * ```
 */
export function paintEach<E extends BaseType, D, P extends BaseType>(
  selection: Selection<E, D, P, unknown>,
  paint: Painter | undefined,
  part: PartName,
  colorIndex?: (d: D) => number,
): void {
  if (!paint) return;
  // Every node here is an element the renderer made: d3 types them as BaseType only.
  selection.each(function (d) {
    paint(this as Element, part, colorIndex?.(d));
  });
}
