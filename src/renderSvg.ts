import { layoutTimeline } from './layout/layoutTimeline.js';
import { parseTimeline } from './model/parseTimeline.js';
import type { TimelineOptions } from './options.js';
import { renderTimeline } from './render/renderTimeline.js';

// The former name of TimelineOptions, for modules that still import it: the same symbol,
// so declarations and docs show only TimelineOptions.
export type { TimelineOptions as SvgOptions } from './options.js';

/**
 * Validates input, lays it out and draws it in one call: the browser-side twin of
 * `renderToString`. Throws `ValidationError` (naming event and field) on bad input.
 *
 * @example
 * ```ts
 * import { renderSvg } from 'eventline';
 * document.querySelector('#timeline').append(renderSvg(events, { width: 720 }));
 * ```
 */
export function renderSvg(input: unknown, options: TimelineOptions = {}, document: Document = globalThis.document): SVGSVGElement {
  if (!document) throw new Error('renderSvg: no document here; pass one (e.g. from jsdom) or use renderToString from "eventline/server"');
  const geometry = layoutTimeline(parseTimeline(input), options);
  return renderTimeline(geometry, document, options);
}
