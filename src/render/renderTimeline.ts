import { select } from 'd3';
import { FONT_FAMILY } from '../layout/font.js';
import type { TimelineGeometry } from '../layout/types.js';
import { THEME_NAMES, type TimelineOptions } from '../options.js';
import { hashString } from '../util/hash.js';
import { renderAxis } from './renderAxis.js';
import { renderBackdrop } from './renderBackdrop.js';
import { renderDensity } from './renderDensity.js';
import { renderLaneBands, renderLaneEvents } from './renderLanes.js';
import { renderLegend } from './renderLegend.js';
import { paintEach, type Painter } from './paint.js';
import { svgNumber as n } from './svgNumber.js';
import { timelineCss } from './theme.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Drawing options that do not change the geometry.
 *
 * @example
 * ```ts
 * renderTimeline(geometry, document, { theme: 'dark', idPrefix: 'tl-a' });
 * ```
 */
export type RenderOptions = Pick<TimelineOptions, 'theme' | 'idPrefix'>;

/**
 * A prefix that is the same for the same drawing and differs between drawings,
 * so two timelines on one page do not share ids.
 *
 * @example
 * ```ts
 * defaultIdPrefix(layoutTimeline(timeline)) // e.g. 'el-1a6j6ml'
 * ```
 */
export function defaultIdPrefix(geometry: TimelineGeometry): string {
  const key = [
    geometry.width,
    geometry.orientation,
    geometry.direction,
    geometry.locale,
    geometry.title,
    ...geometry.events.map((e) => e.id),
    ...(geometry.clusters ?? []).map((c) => c.id),
  ].join('|');
  return `el-${hashString(key)}`;
}

/**
 * The prefix itself, when it can start ids and CSS selectors; a RangeError naming the
 * option otherwise.
 *
 * @example
 * ```ts
 * checkPrefix('tl-a') // 'tl-a'
 * ```
 */
export function checkPrefix(prefix: string): string {
  if (!/^[A-Za-z][\w-]*$/.test(prefix)) {
    throw new RangeError(`options.idPrefix: expected a letter followed by letters, digits, "-" or "_", got ${JSON.stringify(prefix)}`);
  }
  return prefix;
}

/** Rewriting an unchanged stylesheet makes the browser restyle the whole page at every zoom step. */
function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

function child<K extends keyof SVGElementTagNameMap>(parent: SVGElement, tag: K, cls: string): SVGElementTagNameMap[K] {
  const found = parent.querySelector<SVGElementTagNameMap[K]>(`:scope > ${tag}.${cls}`);
  if (found) return found;
  const el = parent.ownerDocument.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  el.setAttribute('class', cls);
  parent.appendChild(el);
  return el;
}

/**
 * Draws geometry as an `<svg>` built from the given document (a browser's or
 * jsdom's), or re-draws into an `<svg>` this function made before. The one drawing
 * path for browser and server.
 *
 * @example
 * ```ts
 * const svg = renderTimeline(layoutTimeline(timeline), document);
 * container.append(svg);
 * ```
 */
export function renderTimeline(geometry: TimelineGeometry, target: Document | SVGSVGElement, options: RenderOptions = {}): SVGSVGElement {
  return paintTimeline(geometry, target, options);
}

/**
 * {@link renderTimeline} with a choice of how it is painted: by the embedded stylesheet
 * (no `paint`), or by `paint` writing presentation attributes, which the rasterizer asks
 * for. Not exported from the package: a stylesheet is what a page wants, and the
 * attribute painter stays out of the browser bundle.
 *
 * @internal
 * @example
 * ```ts
 * const svg = paintTimeline(geometry, jsdomDocument, { theme: 'dark' }, attributePainter('dark')); // no <style>, no var()
 * ```
 */
export function paintTimeline(
  geometry: TimelineGeometry,
  target: Document | SVGSVGElement,
  options: RenderOptions,
  paint?: Painter,
): SVGSVGElement {
  const svg = 'createElementNS' in target ? (target.createElementNS(SVG_NS, 'svg') as SVGSVGElement) : target;
  const prefix = checkPrefix(options.idPrefix ?? svg.getAttribute('id') ?? defaultIdPrefix(geometry));
  const theme = options.theme ?? 'auto';
  if (!THEME_NAMES.includes(theme)) {
    throw new RangeError(`options.theme: expected ${THEME_NAMES.map((t) => `"${t}"`).join(', ')}, got ${JSON.stringify(theme)}`);
  }
  // No xmlns attribute: serializers declare the namespace themselves, and a second declaration breaks XML.
  const root = select(svg)
    .attr('id', prefix)
    .attr('class', 'eventline')
    .attr('width', geometry.width)
    .attr('height', geometry.height)
    .attr('viewBox', `0 0 ${geometry.width} ${geometry.height}`)
    .attr('role', 'graphics-document document')
    .attr('aria-roledescription', 'timeline')
    .attr('lang', geometry.locale)
    .attr('data-theme', theme)
    .attr('data-orientation', geometry.orientation)
    .attr('direction', geometry.direction)
    .attr('font-size', geometry.fontSize);

  const title = child(svg, 'title', 'el-a11y-title');
  title.setAttribute('id', `${prefix}-title`);
  setText(title, geometry.title);
  // Without a title the title is the description ("9 events: 1948 – July 2024"): said
  // once. Then the <title> child alone names the drawing: named through aria-labelledby,
  // Chromium reads the same <title> again as the description.
  const described = geometry.description !== '' && geometry.description !== geometry.title;
  if (described) {
    const desc = child(svg, 'desc', 'el-a11y-desc');
    desc.setAttribute('id', `${prefix}-desc`);
    setText(desc, geometry.description);
  } else svg.querySelector(':scope > desc.el-a11y-desc')?.remove();
  root.attr('aria-labelledby', described ? `${prefix}-title` : null).attr('aria-describedby', described ? `${prefix}-desc` : null);
  const clusters = geometry.clusters ?? [];
  const density = geometry.density ?? [];
  const legend = geometry.legend;
  const approximate = geometry.events.some((e) => e.approximate) || (legend?.items.some((i) => i.kind === 'approximate') ?? false);
  const backdrop = (geometry.eras?.length ?? 0) > 0 || geometry.today !== undefined;
  const open = geometry.events.some((e) => e.open);
  if (paint) root.attr('font-family', FONT_FAMILY);
  else
    setText(
      child(svg, 'style', 'el-style'),
      timelineCss(prefix, FONT_FAMILY, {
        clusters: clusters.length > 0 || density.length > 0,
        legend: legend !== undefined,
        approximate,
        lanes: geometry.lanes !== undefined,
        backdrop,
        open,
        categorized: geometry.categories.length > 0,
      }),
    );

  const background = root
    .selectAll('rect.el-bg')
    .data([geometry])
    .join('rect')
    .attr('class', 'el-bg')
    .attr('width', (g) => g.width)
    .attr('height', (g) => g.height);
  paintEach(background, paint, 'background');

  // A heading for assistive technology too: level 2 by default, under the page's own h1.
  const heading = root
    .selectAll('text.el-heading')
    .data(geometry.heading ? [geometry.heading] : [])
    .join('text')
    .attr('class', 'el-heading')
    .attr('role', 'heading')
    .attr('aria-level', geometry.headingLevel)
    // Its lines, as drawn, would name it with a cut one's "…".
    .attr('aria-label', (h) => (h.truncated ? h.full : null))
    // One paragraph: every line takes the whole heading's direction, set here, where it is the base direction.
    .attr('font-size', (h) => h.lines[0]!.fontSize)
    .attr('direction', (h) => h.lines[0]!.direction)
    .attr('text-anchor', (h) => h.lines[0]!.anchor);
  heading
    .selectAll('tspan')
    .data((h) => h.lines)
    .join('tspan')
    .attr('x', (l) => n(l.x))
    .attr('y', (l) => n(l.y))
    .text((l) => l.text);
  paintEach(heading, paint, 'heading');

  // The legend is read once, after the heading and before the events.
  const legendGroup = svg.querySelector<SVGGElement>(':scope > g.el-legend');
  if (legendGroup || legend) {
    const g =
      legendGroup ??
      (svg.insertBefore(
        svg.ownerDocument.createElementNS(SVG_NS, 'g'),
        svg.querySelector(':scope > g.el-density, :scope > g.el-axis'),
      ) as SVGGElement);
    renderLegend(select(g), legend, paint);
  }

  // The lanes' bands lie under everything on the axis.
  const bands = svg.querySelector(':scope > g.el-lanes');
  if (bands || geometry.lanes)
    renderLaneBands(
      bands ??
        svg.insertBefore(svg.ownerDocument.createElementNS(SVG_NS, 'g'), svg.querySelector(':scope > g.el-density, :scope > g.el-axis')),
      geometry.lanes,
      geometry.orientation === 'vertical',
      paint,
    );
  // Eras and the today line lie behind the density strip, the axis and the events.
  renderBackdrop(svg, geometry, paint);

  // The strip goes under the axis and the marks; it is made only once there is something to show.
  const strip = svg.querySelector<SVGGElement>(':scope > g.el-density');
  if (strip || density.length > 0) {
    const axis = child(svg, 'g', 'el-axis');
    const g = strip ?? (svg.insertBefore(svg.ownerDocument.createElementNS(SVG_NS, 'g'), axis) as SVGGElement);
    renderDensity(select(g), { ...geometry, density });
    // On the strip, not on each bar: the bars inherit it.
    paint?.(g, 'density');
  }
  renderAxis(select(child(svg, 'g', 'el-axis')), geometry, paint);
  renderLaneEvents(select(child(svg, 'g', 'el-events')), geometry, prefix, clusters, paint);
  return svg;
}
