import type { TimelineGeometry } from './layout/types.js';
import type { TimelineOptions } from './options.js';
import { renderTimeline } from './render/renderTimeline.js';

/**
 * Draws geometry from {@link layoutTimeline} as an `<svg>` built from `target` (a
 * browser's or jsdom's document), or re-draws into an `<svg>` it made before: the step
 * after layout, for when you need the geometry yourself. Of the options only `theme` and
 * `idPrefix` matter here (the rest shaped the geometry), so the object given to
 * `layoutTimeline` can be passed again as it is.
 *
 * @example
 * ```ts
 * import { parseTimeline, layoutTimeline, renderGeometry } from 'eventline';
 * const options = { width: 720, theme: 'dark' } as const;
 * const geometry = layoutTimeline(parseTimeline(events), options);
 * console.log(geometry.events.length, geometry.height);
 * container.append(renderGeometry(geometry, document, options));
 * ```
 */
export function renderGeometry(geometry: TimelineGeometry, target: Document | SVGSVGElement, options: TimelineOptions = {}): SVGSVGElement {
  return renderTimeline(geometry, target, options);
}
