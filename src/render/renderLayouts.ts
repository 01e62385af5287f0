import type { TimelineGeometry } from '../layout/types.js';
import { checkPrefix, defaultIdPrefix, renderTimeline, type RenderOptions } from './renderTimeline.js';
import { svgNumber as n } from './svgNumber.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Width of the narrow layout of a timeline drawn without a width: a vertical one that
 * fits a 375 px phone with 27 px of page margin on each side (and a 360 px one with 20)
 * at its own size, where its 11 px dates stay 11 px.
 *
 * @example
 * ```ts
 * layoutTimeline(timeline, { width: NARROW_WIDTH, orientation: 'vertical' })
 * ```
 */
export const NARROW_WIDTH = 320;

/** The options of the narrow layout drawn beside a wide one: what renderSvg, renderToString and the story page all draw. */
export const narrowOptions = <T extends object>(options: T) => ({ ...options, width: NARROW_WIDTH, orientation: 'vertical' as const });

/**
 * The container query under which the narrow layout shows, for a wide layout `wideWidth`
 * px wide: the story's box limits its height under the same one.
 */
export const narrowQuery = (wideWidth: number) => `@container (max-width:${n(wideWidth - 0.02)}px)`;

/**
 * How much wider than the wide layout the viewport must be before it is shown, for the
 * page's own margins, when the page does not say how wide the timeline's column is (with
 * `container-type: inline-size` on an ancestor, the column's width decides instead).
 */
const PAGE_MARGINS = 64;

interface Box {
  readonly width: number;
  readonly height: number;
}

/**
 * The rules that show one of the two layouts. Without them (a file, an `<img>`, a page
 * that strips styles) the wide one shows, scaled by the outer `viewBox`, as a single
 * layout would. Inlined in HTML, the narrow one shows when the holder is narrower than
 * the wide one at its own size (a container query, when the page declares a container)
 * or else when the viewport is; each shows at its own size (so text keeps its px), shrunk
 * only to fit a column narrower still. Rules on the outer `<svg>` skip it when it is the
 * document's root (`:not(:root)`): in an `<img>` the media queries would ask the size the
 * image is drawn at, which these very rules would change.
 *
 * @example
 * ```ts
 * layoutsCss('tl', { width: 960, height: 349 }, { width: 320, height: 620 })
 * ```
 */
export function layoutsCss(id: string, wide: Box, narrow: Box): string {
  const outer = `#${id}:not(:root)`;
  const show = (box: Box, shown: string, hidden: string) =>
    `${outer}{width:${n(box.width)}px;aspect-ratio:${n(box.width)}/${n(box.height)}}${outer}>${shown}{display:inline}${outer}>${hidden}{display:none}`;
  const toWide = show(wide, `#${id}-wide`, `g>#${id}-narrow`);
  const toNarrow = show(narrow, `g>#${id}-narrow`, `#${id}-wide`);
  return [
    `${outer}{max-width:100%;height:auto}`,
    `#${id} #${id}-narrow{display:none}`,
    `@media (max-width:${n(wide.width + PAGE_MARGINS - 0.02)}px){${toNarrow}}`,
    `@container (min-width:${n(wide.width)}px){${toWide}}`,
    `${narrowQuery(wide.width)}{${toNarrow}}`,
  ].join('\n');
}

/**
 * Draws a timeline twice in one `<svg>`: a wide layout and a narrow one, each a complete
 * timeline as {@link renderTimeline} draws it (its own ids, `<title>`, list and stylesheet),
 * with rules that show one and hide the other (see {@link layoutsCss}). The hidden one is
 * `display: none`, so it is neither seen nor read by assistive technology. The outer
 * `<svg>` has the wide layout's size and `viewBox`; the narrow one is scaled inside it to
 * fill the same box once the rules give that box the narrow one's proportions.
 *
 * @example
 * ```ts
 * const wide = layoutTimeline(timeline);
 * const narrow = layoutTimeline(timeline, { width: NARROW_WIDTH, orientation: 'vertical' });
 * document.body.append(renderLayouts(wide, narrow, document));
 * ```
 */
export function renderLayouts(
  wide: TimelineGeometry,
  narrow: TimelineGeometry,
  document: Document,
  options: RenderOptions = {},
): SVGSVGElement {
  const id = checkPrefix(options.idPrefix ?? defaultIdPrefix(wide));
  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const set = (el: Element, attrs: Record<string, string | number>) => {
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  };
  set(svg, {
    id,
    class: 'eventline-layouts',
    width: wide.width,
    height: wide.height,
    viewBox: `0 0 ${wide.width} ${wide.height}`,
    // The narrow layout's box has other proportions than this viewBox: its content is drawn from the top left.
    preserveAspectRatio: 'xMinYMin meet',
    // Only the layout inside is a document for assistive technology.
    role: 'none',
  });
  const style = svg.appendChild(document.createElementNS(SVG_NS, 'style'));
  style.setAttribute('class', 'el-layouts-style');
  style.textContent = layoutsCss(id, wide, narrow);
  svg.appendChild(renderTimeline(wide, document, { ...options, idPrefix: `${id}-wide` }));
  // In the narrow box the outer viewBox shows 1/k of its units per px: k scales the narrow layout back to its own size.
  const k = 1 / Math.min(narrow.width / wide.width, narrow.height / wide.height);
  const scaled = svg.appendChild(document.createElementNS(SVG_NS, 'g'));
  // Six digits, not svgNumber's two: the factor multiplies the whole height.
  scaled.setAttribute('transform', `scale(${Math.round(k * 1e6) / 1e6})`);
  const inner = scaled.appendChild(renderTimeline(narrow, document, { ...options, idPrefix: `${id}-narrow` }));
  inner.setAttribute('display', 'none');
  return svg;
}
