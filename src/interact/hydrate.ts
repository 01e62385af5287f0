import { measureTextWidth } from '../layout/measureText.js';
import { HydratedLayouts, withoutLayoutKeys } from './hydrateLayouts.js';
import { TimelineController } from './TimelineController.js';
import type { InteractiveOptions, InteractiveTimeline } from './types.js';
import { THEME_NAMES, type ThemeName } from '../options.js';

/** Options the server wrote onto the `<svg>` itself, so a page need not repeat them. */
function optionsFromSvg(svg: SVGSVGElement): Partial<InteractiveOptions> {
  const out: Partial<InteractiveOptions> = {};
  const width = Number(svg.getAttribute('width'));
  if (width > 0) out.width = width;
  const lang = svg.getAttribute('lang');
  if (lang) out.locale = lang;
  const dir = svg.getAttribute('direction');
  if (dir === 'ltr' || dir === 'rtl') out.direction = dir;
  const orientation = svg.getAttribute('data-orientation');
  if (orientation === 'horizontal' || orientation === 'vertical') out.orientation = orientation;
  const theme = svg.getAttribute('data-theme');
  if (THEME_NAMES.includes(theme as ThemeName)) out.theme = theme as ThemeName;
  const fontSize = Number(svg.getAttribute('font-size'));
  if (fontSize > 0) out.fontSize = fontSize;
  if (svg.id) out.idPrefix = svg.id;
  return out;
}

/**
 * Makes an SVG from `renderToString`, inlined in a page at build time, interactive
 * without drawing it again: it only adds focus, keys, tooltips and zoom. Give it the
 * same data (and any options the SVG does not record: `title`, `minHeight`, `domain`,
 * `maxLabelWidth`, `measureText`, `lanes`, `today`). Throws when the SVG does not match the data. Like the
 * server, it measures text with the width table (unless given `measureText`), so its
 * layout is the one the SVG shows, before and after zooming.
 * `destroy()` removes what hydration added and leaves the SVG in place.
 *
 * An SVG rendered without `width` holds a wide and a narrow layout: give hydrate the outer
 * `<svg>` and it hydrates both, as one timeline whose `domain` is the shown layout's and
 * whose `on`, `zoomTo`, `update` and `destroy` reach both.
 *
 * @example
 * ```ts
 * import { hydrate } from 'eventline';
 * hydrate(document.querySelector('svg.eventline'), { data: events });
 * ```
 */
export function hydrate(svg: SVGSVGElement | string, options: InteractiveOptions): InteractiveTimeline {
  const el = typeof svg === 'string' ? globalThis.document?.querySelector(svg) : svg;
  if (!el || (el as Element).localName !== 'svg')
    throw new TypeError('hydrate: expected an <svg> element rendered by eventline (or a selector for one)');
  if (!options || typeof options !== 'object' || !('data' in options))
    throw new TypeError('hydrate: options.data is required (the events the SVG was rendered from)');
  if ((el as Element).classList.contains('eventline-layouts')) {
    const layouts = [...(el as Element).querySelectorAll<SVGSVGElement>('svg.eventline')];
    if (layouts.length === 0) throw new TypeError('hydrate: this eventline SVG holds no layout to hydrate');
    const shared = withoutLayoutKeys(options);
    return new HydratedLayouts(
      el as SVGSVGElement,
      layouts.map((layout) => hydrateOne(layout, shared)),
    );
  }
  return hydrateOne(el as SVGSVGElement, options);
}

function hydrateOne(svg: SVGSVGElement, options: InteractiveOptions): TimelineController {
  const merged = { ...optionsFromSvg(svg), ...options };
  return new TimelineController(svg, merged, { adopt: true, measurer: () => measureTextWidth });
}
