import { measureTextWidth } from '../layout/measureText.js';
import { parseTimeline } from '../model/parseTimeline.js';
import type { Timeline } from '../model/types.js';
import type { TimelineOptions } from '../options.js';
import { drawTimeline } from '../renderSvg.js';
import { jsdomWindow } from './jsdomWindow.js';

/**
 * Options for {@link renderToString}: {@link TimelineOptions} and whether to start with an
 * XML declaration.
 *
 * @example
 * ```ts
 * renderToString(data, { xmlDeclaration: true, width: 720 });
 * ```
 */
export interface StringOptions extends TimelineOptions {
  /** Start with `<?xml version="1.0" encoding="UTF-8"?>`, for a standalone `.svg` file. Default false (ready to inline in HTML). */
  xmlDeclaration?: boolean;
}

/**
 * Draws an already validated timeline through jsdom and serializes it.
 *
 * @example
 * ```ts
 * const svg = renderTimelineToString(parseTimeline(events), { locale: 'ar' });
 * ```
 */
export function renderTimelineToString(timeline: Timeline, options: StringOptions = {}): string {
  const win = jsdomWindow('renderToString');
  // The table, not a canvas: jsdom has none, and the browser's hydrate measures with it too.
  const svg = drawTimeline(timeline, options, win.document, options.measureText ?? measureTextWidth);
  const xml = new win.XMLSerializer().serializeToString(svg);
  return (options.xmlDeclaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '') + xml + '\n';
}

/**
 * Renders events to a complete standalone SVG string in Node, through jsdom and the
 * same renderer the browser uses: well-formed XML with its namespace and embedded
 * style. Without `width` it holds two layouts, a wide one (960 px) and a narrow vertical
 * one (320 px), and inlined in a page it shows the one that fits, with no script; as a
 * file or an `<img>` it shows the wide one. Throws `ValidationError` on bad input.
 *
 * @example
 * ```ts
 * import { renderToString } from 'eventline/server';
 * import { russiaDprk } from 'eventline/data';
 * fs.writeFileSync('timeline.svg', renderToString(russiaDprk, { locale: 'ar' }));
 * ```
 */
export function renderToString(input: unknown, options: StringOptions = {}): string {
  return renderTimelineToString(parseTimeline(input), options);
}
