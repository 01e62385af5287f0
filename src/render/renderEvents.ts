import type { Selection } from 'd3';
import type { EventGeometry, TextLine } from '../layout/types.js';
import { CATEGORY_COLORS } from './theme.js';
import { svgNumber as n } from './svgNumber.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Links from data are drawn only when they are plain web links, whatever let them through. */
export function safeHref(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

function eventClass(e: EventGeometry): string {
  return e.colorIndex < 0 ? 'el-event' : `el-event el-cat-${e.colorIndex % CATEGORY_COLORS}`;
}

function fullText(e: EventGeometry): string {
  return `${e.label.date.full}: ${e.label.title.full}`;
}

function setLine<P extends Element, Q>(t: Selection<SVGTSpanElement, EventGeometry, P, Q>, pick: (e: EventGeometry) => TextLine): void {
  t.attr('x', (e) => n(pick(e).x))
    .attr('y', (e) => n(pick(e).y))
    .attr('direction', (e) => pick(e).direction)
    .attr('text-anchor', (e) => pick(e).anchor)
    .attr('font-size', (e) => pick(e).fontSize)
    .text((e) => pick(e).text);
}

/**
 * Draws one `<g data-event-id>` per event (stem, mark, label), joined by event id so
 * re-renders keep each event's nodes. All text goes in through `textContent` and
 * attributes, never as markup.
 */
export function renderEvents(g: G, events: readonly EventGeometry[], idPrefix: string): void {
  g.attr('class', 'el-events').attr('role', 'list');
  const groups = g
    .selectAll<SVGGElement, EventGeometry>('g.el-event')
    .data(events, (e) => e.id)
    .join((enter) => {
      const e = enter.append('g');
      e.append('title');
      e.append('line').attr('class', 'el-stem');
      return e;
    })
    .attr('class', eventClass)
    .attr('id', (e) => `${idPrefix}-e${e.order}`)
    .attr('data-event-id', (e) => e.id)
    .attr('role', 'listitem')
    .attr('aria-label', (e) => e.ariaLabel);

  groups.select('title').text(fullText);
  groups
    .select('line.el-stem')
    .attr('x1', (e) => n(e.stem.x1))
    .attr('y1', (e) => n(e.stem.y1))
    .attr('x2', (e) => n(e.stem.x2))
    .attr('y2', (e) => n(e.stem.y2));

  // The mark's element type depends on its kind, so it is rebuilt when the kind changes.
  groups.each(function (e) {
    const group = this;
    const tag = e.mark.kind === 'point' ? 'circle' : 'rect';
    let mark = group.querySelector<SVGElement>(':scope > .el-mark');
    if (mark && mark.tagName !== tag) {
      mark.remove();
      mark = null;
    }
    if (!mark) {
      mark = group.ownerDocument.createElementNS('http://www.w3.org/2000/svg', tag);
      mark.setAttribute('class', 'el-mark');
      group.insertBefore(mark, group.querySelector(':scope > .el-stem')!.nextSibling);
    }
    if (e.mark.kind === 'point') {
      mark.setAttribute('cx', n(e.mark.cx));
      mark.setAttribute('cy', n(e.mark.cy));
      mark.setAttribute('r', n(e.mark.r));
    } else {
      mark.setAttribute('x', n(e.mark.x));
      mark.setAttribute('y', n(e.mark.y));
      mark.setAttribute('width', n(e.mark.width));
      mark.setAttribute('height', n(e.mark.height));
      mark.setAttribute('rx', '2');
    }
  });

  groups.each(function (e) {
    const group = this;
    const href = safeHref(e.event.url);
    let holder: Element = group;
    const link = group.querySelector(':scope > a');
    if (href) {
      const a = link ?? group.appendChild(group.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'a'));
      a.setAttribute('href', href);
      const loose = group.querySelector(':scope > text.el-label');
      if (loose) a.appendChild(loose);
      holder = a;
    } else if (link) {
      const inner = link.querySelector('text.el-label');
      if (inner) group.appendChild(inner);
      link.remove();
    }
    if (!holder.querySelector('text.el-label')) {
      const doc = group.ownerDocument;
      const text = holder.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'text'));
      text.setAttribute('class', 'el-label');
      const date = text.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'tspan'));
      date.setAttribute('class', 'el-date');
      const title = text.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'tspan'));
      title.setAttribute('class', 'el-title');
    }
  });

  const labels = groups.select<SVGTextElement>('text.el-label');
  setLine(labels.select<SVGTSpanElement>('tspan.el-date'), (e) => e.label.date);
  setLine(labels.select<SVGTSpanElement>('tspan.el-title'), (e) => e.label.title);
}
