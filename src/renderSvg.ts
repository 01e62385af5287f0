import { withClockToday } from './clockToday.js';
import { layoutMeasured } from './layout/layoutTimeline.js';
import type { TextMeasurer } from './layout/measureText.js';
import { parseTimeline } from './model/parseTimeline.js';
import type { Timeline } from './model/types.js';
import type { TimelineOptions } from './options.js';
import { pageMeasurer } from './render/pageMeasurer.js';
import { narrowOptions, renderLayouts } from './render/renderLayouts.js';
import { renderTimeline } from './render/renderTimeline.js';

// The former name of TimelineOptions, for modules that still import it: the same symbol,
// so declarations and docs show only TimelineOptions.
export type { TimelineOptions as SvgOptions } from './options.js';

/**
 * Lays out and draws a validated timeline: at the width given, or, without one, twice
 * (the wide layout of the options and a narrow vertical one) in one `<svg>` that shows
 * the one that fits where it is inlined. Shared by `renderSvg` and `renderToString`, each
 * with its own measurer (a canvas of the page, the width table), so that only the
 * server's bundle holds the table.
 *
 * @internal
 * @example
 * ```ts
 * drawTimeline(parseTimeline(events), { locale: 'ar' }, document, measureTextWidth) // <svg class="eventline-layouts">
 * ```
 */
export function drawTimeline(timeline: Timeline, given: TimelineOptions, document: Document, measure: TextMeasurer): SVGSVGElement {
  const options = withClockToday(given);
  const wide = layoutMeasured(timeline, options, measure);
  if (options.width !== undefined) return renderTimeline(wide, document, options);
  const narrow = layoutMeasured(timeline, narrowOptions(options), measure);
  return renderLayouts(wide, narrow, document, options);
}

/**
 * Validates input, lays it out and draws it in one call: the browser-side twin of
 * `renderToString`. Without `width`, the `<svg>` holds a wide and a narrow layout and
 * shows the one that fits its column (see the README, "Every width"). Labels are
 * measured with a canvas of `document`, in the fonts this browser draws, unless
 * `measureText` is given; a document without a 2D canvas (jsdom) needs `measureText`
 * (e.g. `measureTextWidth`, the width table the server uses). Throws `ValidationError`
 * (naming event and field) on bad input.
 *
 * @example
 * ```ts
 * import { renderSvg } from 'eventline';
 * document.querySelector('#timeline').append(renderSvg(events, { width: 720 }));
 * ```
 */
export function renderSvg(input: unknown, options: TimelineOptions = {}, document: Document = globalThis.document): SVGSVGElement {
  if (!document) throw new Error('renderSvg: no document here; pass one (e.g. from jsdom) or use renderToString from "eventline/server"');
  const timeline = parseTimeline(input);
  return drawTimeline(timeline, options, document, options.measureText ?? pageMeasurer(document, 'renderSvg'));
}
