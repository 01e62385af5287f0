import { select, type Selection } from 'd3';
import { eraWords } from '../format/eraWords.js';
import type { EraGeometry, TodayGeometry } from '../layout/backdropTypes.js';
import type { TextLine, TimelineGeometry } from '../layout/types.js';
import { joinKey } from './joinKey.js';
import { paintEach, type Painter } from './paint.js';
import { svgNumber as n } from './svgNumber.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** What the backdrop goes before, so that it is drawn under them. */
const ABOVE = ':scope > g.el-today, :scope > g.el-density, :scope > g.el-axis, :scope > g.el-events';

/** The group `cls` of the root, made before what is drawn over it while `wanted`, removed when not. */
function group(svg: SVGSVGElement, cls: string, wanted: boolean, before: string): SVGGElement | undefined {
  const found = svg.querySelector<SVGGElement>(`:scope > g.${cls}`);
  if (!wanted) {
    found?.remove();
    return undefined;
  }
  if (found) return found;
  const g = svg.ownerDocument.createElementNS(SVG_NS, 'g') as SVGGElement;
  g.setAttribute('class', cls);
  return svg.insertBefore(g, svg.querySelector(before));
}

/** A line of the backdrop's words: placed, turned along a vertical timeline, its text set as text (never markup). */
function setWords(text: SVGTextElement, line: TextLine, rotate: number): void {
  text.setAttribute('x', n(line.x));
  text.setAttribute('y', n(line.y));
  text.setAttribute('direction', line.direction);
  text.setAttribute('text-anchor', line.anchor);
  text.setAttribute('font-size', String(line.fontSize));
  if (rotate) text.setAttribute('transform', `rotate(${rotate} ${n(line.x)} ${n(line.y)})`);
  else text.removeAttribute('transform');
  if (text.textContent !== line.text) text.textContent = line.text;
}

/**
 * The eras (`g.el-eras`, a list screen readers reach once, each era an item named by its
 * dates and title) and the today line (`g.el-today`), drawn before the axis and events
 * so they lie behind them. Joined by era index, so a zoom step keeps their nodes.
 */
export function renderBackdrop(svg: SVGSVGElement, geometry: TimelineGeometry, paint?: Painter): void {
  const eras = geometry.eras ?? [];
  const erasGroup = group(svg, 'el-eras', eras.length > 0, ABOVE);
  if (erasGroup) renderEras(select(erasGroup), eras, geometry.locale, paint);
  const todayGroup = group(
    svg,
    'el-today',
    geometry.today !== undefined,
    ':scope > g.el-density, :scope > g.el-axis, :scope > g.el-events',
  );
  if (todayGroup && geometry.today) renderToday(todayGroup, geometry.today, paint);
}

function renderEras(
  g: Selection<SVGGElement, unknown, null, undefined>,
  eras: readonly EraGeometry[],
  locale: string,
  paint: Painter | undefined,
): void {
  g.attr('role', 'list').attr('aria-label', eraWords(locale).eras);
  const items = g
    .selectAll<SVGGElement, EraGeometry>('g.el-era')
    .data(
      eras,
      joinKey(
        (e: EraGeometry) => String(e.era.index),
        (node) => node.getAttribute('data-era-index') ?? undefined,
      ),
    )
    .join((enter) => {
      const item = enter.append('g').attr('class', 'el-era').attr('role', 'listitem');
      item.append('title');
      item.append('rect').attr('class', 'el-era-band').attr('aria-hidden', 'true');
      item.append('text').attr('class', 'el-era-title').attr('aria-hidden', 'true');
      return item;
    })
    .attr('data-era-index', (e) => e.era.index)
    .attr('aria-label', (e) => e.ariaLabel);
  items.select('title').text((e) => e.ariaLabel);
  const bands = items
    .select<SVGRectElement>('rect')
    .attr('x', (e) => n(e.band.x))
    .attr('y', (e) => n(e.band.y))
    .attr('width', (e) => n(e.band.width))
    .attr('height', (e) => n(e.band.height));
  paintEach(bands, paint, 'eraBand');
  const titles = items.select<SVGTextElement>('text');
  titles.each(function (e) {
    setWords(this, e.title, e.rotate);
  });
  paintEach(titles, paint, 'eraTitle');
}

function renderToday(g: SVGGElement, today: TodayGeometry, paint: Painter | undefined): void {
  g.setAttribute('role', 'img');
  g.setAttribute('aria-label', today.ariaLabel);
  const doc = g.ownerDocument;
  const title = g.querySelector(':scope > title') ?? g.appendChild(doc.createElementNS(SVG_NS, 'title'));
  if (title.textContent !== today.ariaLabel) title.textContent = today.ariaLabel;
  let line = g.querySelector<SVGLineElement>(':scope > line.el-today-line');
  if (!line) {
    line = g.appendChild(doc.createElementNS(SVG_NS, 'line') as SVGLineElement);
    line.setAttribute('class', 'el-today-line');
  }
  line.setAttribute('x1', n(today.x1));
  line.setAttribute('y1', n(today.y1));
  line.setAttribute('x2', n(today.x2));
  line.setAttribute('y2', n(today.y2));
  paint?.(line, 'todayLine');
  let label = g.querySelector<SVGTextElement>(':scope > text.el-today-label');
  if (!label) {
    label = g.appendChild(doc.createElementNS(SVG_NS, 'text') as SVGTextElement);
    label.setAttribute('class', 'el-today-label');
  }
  setWords(label, today.label, today.rotate);
  paint?.(label, 'todayLabel');
}
