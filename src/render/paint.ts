import type { BaseType, Selection } from 'd3';
import type { ThemeName } from '../options.js';
import { presentationAttributes, type PartName } from './theme.js';

/**
 * How a drawing gets its colours: `css`, from the embedded stylesheet (themes follow the
 * reader's colour scheme, and a page can restyle them), or `attributes`, as presentation
 * attributes resolved from one theme, for rasterizers without CSS variables (resvg).
 */
export type PaintMode = 'css' | 'attributes';

/** Writes a part's presentation attributes on an element; `colorIndex` picks the category colour. */
export type Painter = (el: Element, part: PartName, colorIndex?: number) => void;

/**
 * A painter for one theme. The attributes of a part and colour are resolved once, not
 * per element: a drawing may have tens of thousands of marks.
 *
 * @example
 * ```ts
 * attributePainter('dark')(mark, 'mark', 2); // fill, stroke, stroke-width
 * ```
 */
export function attributePainter(theme: ThemeName): Painter {
  const resolved = new Map<string, Map<string, string>>();
  return (el, part, colorIndex = -1) => {
    const key = `${part} ${colorIndex}`;
    let attributes = resolved.get(key);
    if (!attributes) resolved.set(key, (attributes = presentationAttributes(theme, part, colorIndex)));
    for (const [name, value] of attributes) el.setAttribute(name, value);
  };
}

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
