import type { Selection } from 'd3';
import type { LegendGeometry, LegendItem } from '../layout/types.js';
import type { Painter } from './paint.js';
import { svgNumber as n } from './svgNumber.js';
import { CATEGORY_COLORS } from './theme.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The swatch of an entry: a category's colour, the neutral colour of events without one
 * (a rect of no category class), or a mark drawn the way approximate dates are.
 */
function swatchOf(doc: Document, item: LegendItem): SVGElement | undefined {
  if (item.kind === 'more') return undefined;
  const { x, y, width, height } = item.swatch;
  if (item.kind === 'approximate') {
    const c = doc.createElementNS(SVG_NS, 'circle');
    c.setAttribute('class', 'el-swatch el-approx');
    c.setAttribute('cx', n(x + width / 2));
    c.setAttribute('cy', n(y + height / 2));
    c.setAttribute('r', n(Math.min(width, height) / 2));
    return c;
  }
  const r = doc.createElementNS(SVG_NS, 'rect');
  r.setAttribute('class', item.kind === 'other' ? 'el-swatch' : `el-swatch el-cat-${item.colorIndex % CATEGORY_COLORS}`);
  r.setAttribute('x', n(x));
  r.setAttribute('y', n(y));
  r.setAttribute('width', n(width));
  r.setAttribute('height', n(height));
  r.setAttribute('rx', '2');
  return r;
}

/**
 * Draws the legend into `g` (or empties it when there is none): one list named once
 * (`aria-label`, in the timeline's language) whose items are the category names as text,
 * in reading order. Swatches are decoration, hidden from screen readers. Entries are
 * rebuilt on each call: a legend has a few, and they change only with the data.
 */
export function renderLegend(
  g: Selection<SVGGElement, unknown, null, undefined>,
  legend: LegendGeometry | undefined,
  paint?: Painter,
): void {
  const root = g.node()!;
  root.replaceChildren();
  if (!legend) {
    root.remove();
    return;
  }
  g.attr('class', 'el-legend').attr('role', 'list').attr('aria-label', legend.name);
  const doc = root.ownerDocument;
  for (const item of legend.items) {
    const entry = root.appendChild(doc.createElementNS(SVG_NS, 'g'));
    entry.setAttribute('role', 'listitem');
    if (item.label.truncated) entry.setAttribute('aria-label', item.label.full);
    const swatch = swatchOf(doc, item);
    if (swatch) {
      swatch.setAttribute('aria-hidden', 'true');
      entry.appendChild(swatch);
      paint?.(swatch, 'swatch', item.colorIndex);
      if (item.kind === 'approximate') paint?.(swatch, 'approxMark');
    }
    const text = entry.appendChild(doc.createElementNS(SVG_NS, 'text'));
    const l = item.label;
    text.setAttribute('x', n(l.x));
    text.setAttribute('y', n(l.y));
    text.setAttribute('font-size', String(l.fontSize));
    text.setAttribute('direction', l.direction);
    text.setAttribute('unicode-bidi', 'embed');
    text.setAttribute('text-anchor', l.anchor);
    text.textContent = l.text;
    paint?.(text, 'legendText');
  }
}
