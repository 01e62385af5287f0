import type { ThemeName } from '../options.js';
import type { Painter } from './paint.js';
import { CATEGORY_COLORS, HIGH_CONTRAST, PARTS, themePalette, type Palette, type PartName } from './theme.js';

// Apart from paint.ts and theme.ts, which browsers load: only the server paints with attributes,
// so none of this goes into a browser bundle.

/**
 * The presentation attributes of one part in one theme, every colour resolved: what a
 * renderer with no stylesheet (resvg has no CSS variables) writes on the element.
 *
 * @param colorIndex the event's category colour index; below 0 (no category, or a cluster)
 *   paints with `mark`, or with `fg` when `categorized` (see {@link PARTS})
 * @example
 * ```ts
 * presentationAttributes('dark', 'mark', 1) // Map { 'fill' => '#f28e2c', 'stroke' => '#0d1117', 'stroke-width' => '1.5' }
 * ```
 */
export function presentationAttributes(theme: ThemeName, part: PartName, colorIndex = -1, categorized = false): Map<string, string> {
  const palette = themePalette(theme);
  const cat = colorIndex < 0 ? (categorized ? palette.fg : palette.mark) : palette.categories[colorIndex % CATEGORY_COLORS]!;
  const declarations = `${PARTS[part][1]};${(theme === 'high-contrast' && HIGH_CONTRAST[part]) || ''}`;
  const attributes = new Map<string, string>();
  for (const declaration of declarations.split(';').filter(Boolean)) {
    const [property, value] = declaration.split(':') as [string, string];
    const role = value.startsWith('$') ? (value.slice(1) as Exclude<keyof Palette, 'categories'> | 'cat') : undefined;
    attributes.set(property, role === undefined ? value : role === 'cat' ? cat : palette[role]);
  }
  return attributes;
}

/**
 * A painter for one theme (`auto` paints light), for a drawing whose events have
 * categories or not (`categorized`). The attributes of a part and colour
 * are resolved once, not per element: a drawing may have tens of thousands of marks.
 *
 * @example
 * ```ts
 * attributePainter('dark')(mark, 'mark', 2); // fill, stroke, stroke-width
 * ```
 */
export function attributePainter(theme: ThemeName, categorized = false): Painter {
  const resolved = new Map<string, Map<string, string>>();
  return (el, part, colorIndex = -1) => {
    const key = `${part} ${colorIndex}`;
    let attributes = resolved.get(key);
    if (!attributes) resolved.set(key, (attributes = presentationAttributes(theme, part, colorIndex, categorized)));
    for (const [name, value] of attributes) el.setAttribute(name, value);
  };
}
