import type { Selection } from 'd3';
import type { ClusterGeometry, EventGeometry, TextLine } from '../layout/types.js';
import { CATEGORY_COLORS } from './theme.js';
import { svgNumber as n } from './svgNumber.js';
import { stripNonXml } from '../layout/cleanText.js';
import { joinKey } from './joinKey.js';
import { paintEach, type Painter } from './paint.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Links from data are drawn only when they are plain web links, whatever let them through. */
export function safeHref(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s]+$/i.test(url) && stripNonXml(url) === url && !/[\u007F-\u009F]/.test(url) ? url : undefined;
}

function eventClass(e: EventGeometry): string {
  return e.colorIndex < 0 ? 'el-event' : `el-event el-cat-${e.colorIndex % CATEGORY_COLORS}`;
}

function fullText(e: EventGeometry): string {
  return `${e.label.date.full}: ${e.label.title.full}`;
}

function setLine<D, P extends Element, Q>(t: Selection<SVGTSpanElement, D, P, Q>, pick: (e: D) => TextLine): void {
  t.attr('x', (e) => n(pick(e).x))
    .attr('y', (e) => n(pick(e).y))
    .attr('direction', (e) => pick(e).direction)
    // Without an embedding, `direction` on a tspan does not change the base direction its
    // text is ordered in: an Arabic title in an English timeline put its numbers on the wrong side.
    .attr('unicode-bidi', 'embed')
    .attr('text-anchor', (e) => pick(e).anchor)
    .attr('font-size', (e) => pick(e).fontSize)
    .text((e) => pick(e).text);
}

type Drawn = EventGeometry | ClusterGeometry;

const isCluster = (d: Drawn): d is ClusterGeometry => 'memberIds' in d;

/** Events and clusters in the order they are drawn and read: time order. */
function inOrder(events: readonly EventGeometry[], clusters: readonly ClusterGeometry[]): Drawn[] {
  if (clusters.length === 0) return events as EventGeometry[];
  const out: Drawn[] = [];
  let i = 0;
  let j = 0;
  while (i < events.length || j < clusters.length) {
    if (j >= clusters.length || (i < events.length && events[i]!.order < clusters[j]!.order)) out.push(events[i++]!);
    else out.push(clusters[j++]!);
  }
  return out;
}

/**
 * Draws one `<g data-event-id>` per event (stem, mark, label) and one
 * `<g data-cluster-id>` per cluster, in time order in one list, joined by id so
 * re-renders (zoom steps) keep the nodes of what stays. All text goes in through
 * `textContent` and attributes, never as markup. `paint` writes colours as attributes
 * where no stylesheet paints them.
 */
export function renderEvents(g: G, events: readonly EventGeometry[], idPrefix: string, clusters: readonly ClusterGeometry[] = [], paint?: Painter): void {
  g.attr('class', 'el-events').attr('role', 'list');
  const all = g
    .selectAll<SVGGElement, Drawn>('g.el-event, g.el-cluster')
    // Event ids come from data and may look like cluster ids: the kind is part of the key.
    .data(
      inOrder(events, clusters),
      joinKey(
        (d: Drawn) => (isCluster(d) ? `c\u0000${d.id}` : `e\u0000${d.id}`),
        (node) => (node.hasAttribute('data-cluster-id') ? `c\u0000${node.getAttribute('data-cluster-id')}` : `e\u0000${node.getAttribute('data-event-id')}`),
      ),
    )
    .join((enter) => {
      const e = enter.append('g');
      e.append('title');
      e.append('line').attr('class', 'el-stem');
      return e;
    });
  renderClusters(all.filter((d): d is ClusterGeometry => isCluster(d)) as unknown as Selection<SVGGElement, ClusterGeometry, SVGGElement, unknown>, idPrefix, paint);
  const groups = (all.filter((d) => !isCluster(d)) as unknown as Selection<SVGGElement, EventGeometry, SVGGElement, unknown>)
    .attr('class', eventClass)
    .attr('id', (e) => `${idPrefix}-e${e.order}`)
    .attr('data-event-id', (e) => stripNonXml(e.id))
    .attr('role', 'listitem')
    .attr('aria-label', (e) => e.ariaLabel);

  groups.select('title').text(fullText);
  const stems = groups
    .select('line.el-stem')
    .attr('x1', (e) => n(e.stem.x1))
    .attr('y1', (e) => n(e.stem.y1))
    .attr('x2', (e) => n(e.stem.x2))
    .attr('y2', (e) => n(e.stem.y2));
  paintEach(stems, paint, 'stem', (e) => e.colorIndex);

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
    paint?.(mark, 'mark', e.colorIndex);
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
    ensureLabel(holder);
  });

  paintLabels(groups, paint);
  const labels = groups.select<SVGTextElement>('text.el-label');
  setLine(labels.select<SVGTSpanElement>('tspan.el-date'), (e) => e.label.date);
  setLine(labels.select<SVGTSpanElement>('tspan.el-title'), (e) => e.label.title);
}

/** Labels, their dates, and the titles that are links. */
function paintLabels<D>(groups: Selection<SVGGElement, D, SVGGElement, unknown>, paint: Painter | undefined): void {
  paintEach(groups.select('text.el-label'), paint, 'label');
  paintEach(groups.select('text.el-label tspan.el-date'), paint, 'date');
  paintEach(groups.select('a tspan.el-title'), paint, 'linkedTitle');
}

/** A label's `<text class="el-label">` with its date and title lines, made once per group. */
function ensureLabel(holder: Element): SVGTextElement {
  const found = holder.querySelector<SVGTextElement>(':scope > text.el-label');
  if (found) return found;
  const doc = holder.ownerDocument;
  const text = holder.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'text'));
  text.setAttribute('class', 'el-label');
  const date = text.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'tspan'));
  date.setAttribute('class', 'el-date');
  const title = text.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'tspan'));
  title.setAttribute('class', 'el-title');
  return text;
}

/**
 * Clusters: a rounded bar over their members' marks and a label with the span over the
 * count. `<title>` and `aria-label` say both ("37 events, 1969 – 1971").
 */
function renderClusters(groups: Selection<SVGGElement, ClusterGeometry, SVGGElement, unknown>, idPrefix: string, paint: Painter | undefined): void {
  groups
    .attr('class', 'el-cluster')
    .attr('id', (c) => `${idPrefix}-c${c.order}`)
    .attr('data-cluster-id', (c) => c.id)
    .attr('data-count', (c) => c.count)
    .attr('role', 'listitem')
    .attr('aria-label', (c) => c.ariaLabel);
  groups.select('title').text((c) => c.ariaLabel);
  const stems = groups
    .select('line.el-stem')
    .attr('x1', (c) => n(c.stem.x1))
    .attr('y1', (c) => n(c.stem.y1))
    .attr('x2', (c) => n(c.stem.x2))
    .attr('y2', (c) => n(c.stem.y2));
  paintEach(stems, paint, 'stem');
  groups.each(function (c) {
    let mark = this.querySelector<SVGRectElement>(':scope > rect.el-mark');
    if (!mark) {
      mark = this.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'rect');
      mark.setAttribute('class', 'el-mark el-cluster-mark');
      this.insertBefore(mark, this.querySelector(':scope > .el-stem')!.nextSibling);
    }
    mark.setAttribute('x', n(c.mark.x));
    mark.setAttribute('y', n(c.mark.y));
    mark.setAttribute('width', n(c.mark.width));
    mark.setAttribute('height', n(c.mark.height));
    mark.setAttribute('rx', n(Math.min(c.mark.width, c.mark.height) / 2));
    // A cluster's bar is a mark first, then translucent and outlined in its colour.
    paint?.(mark, 'mark');
    paint?.(mark, 'clusterMark');
    ensureLabel(this);
  });
  paintLabels(groups, paint);
  const labels = groups.select<SVGTextElement>('text.el-label');
  setLine(labels.select<SVGTSpanElement>('tspan.el-date'), (c: ClusterGeometry) => c.label.date);
  setLine(labels.select<SVGTSpanElement>('tspan.el-title'), (c: ClusterGeometry) => c.label.title);
}
