import type { Selection } from 'd3';
import type { ClusterGeometry, EventGeometry, LabelGeometry, StemGeometry, TextLine } from '../layout/types.js';
import { CATEGORY_COLORS } from './theme.js';
import { svgNumber as n } from './svgNumber.js';
import { stripNonXml } from '../layout/cleanText.js';
import { joinKey } from './joinKey.js';
import { paintEach, type Painter } from './paint.js';
import { setOpenSide } from './renderOpenSide.js';
import { otherLanguage } from '../format/locales.js';
import { pickedText } from '../model/pickText.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Links from data are drawn only when they are plain web links, whatever let them through. */
export function safeHref(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s]+$/i.test(url) && stripNonXml(url) === url && !/[\u007F-\u009F]/.test(url)
    ? url
    : undefined;
}

function eventClass(e: EventGeometry): string {
  return e.colorIndex < 0 ? 'el-event' : `el-event el-cat-${e.colorIndex % CATEGORY_COLORS}`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function setLine(t: SVGTSpanElement, line: TextLine): void {
  t.setAttribute('x', n(line.x));
  t.setAttribute('y', n(line.y));
  t.setAttribute('direction', line.direction);
  // Without an embedding, `direction` on a tspan does not change the base direction its
  // text is ordered in: an Arabic title in an English timeline put its numbers on the wrong side.
  t.setAttribute('unicode-bidi', 'embed');
  t.setAttribute('text-anchor', line.anchor);
  t.setAttribute('font-size', String(line.fontSize));
  if (t.textContent !== line.text) t.textContent = line.text;
}

/**
 * A label's lines into its `<text>`: the date (a second `<tspan class="el-date">` when it
 * wraps), then one `<tspan class="el-title">` per title line, each placed on its own (so
 * each reads in its own direction), and in `lang` when the title is in another language
 * than the timeline's (so a screen reader speaks it so).
 */
function setLabel(text: SVGTextElement, label: LabelGeometry, paint: Painter | undefined, linked: boolean, lang?: string): void {
  const [date, rest] = text.querySelectorAll<SVGTSpanElement>(':scope > tspan.el-date');
  setLine(date!, label.date);
  if (!label.dateRest) rest?.remove();
  else {
    const t = rest ?? text.insertBefore(date!.cloneNode() as SVGTSpanElement, date!.nextSibling);
    setLine(t, label.dateRest);
    paint?.(t, 'date');
  }
  const lines = text.querySelectorAll<SVGTSpanElement>(':scope > tspan.el-title');
  label.title.lines.forEach((line, i) => {
    let t = lines[i];
    if (!t) {
      t = text.appendChild(text.ownerDocument.createElementNS(SVG_NS, 'tspan'));
      t.setAttribute('class', 'el-title');
    }
    setLine(t, line);
    if (lang) t.setAttribute('lang', lang);
    else t.removeAttribute('lang');
    if (linked) paint?.(t, 'linkedTitle');
  });
  for (let i = label.title.lines.length; i < lines.length; i++) lines[i]!.remove();
}

/**
 * The leader: a `<line>`, or a `<polyline>` through its bend when it has one (a vertical
 * timeline's label that moved along the axis). Rebuilt when that changes.
 */
function setStem(group: Element, stem: StemGeometry): Element {
  const tag = stem.bend ? 'polyline' : 'line';
  let el = group.querySelector(':scope > .el-stem');
  if (el && el.tagName !== tag) {
    const fresh = group.ownerDocument.createElementNS(SVG_NS, tag);
    fresh.setAttribute('class', 'el-stem');
    el.replaceWith(fresh);
    el = fresh;
  }
  if (!el) throw new Error('every drawn event has a stem');
  if (stem.bend) el.setAttribute('points', [stem.x1, stem.y1, stem.bend.x, stem.bend.y, stem.x2, stem.y2].map(n).join(' '));
  else {
    el.setAttribute('x1', n(stem.x1));
    el.setAttribute('y1', n(stem.y1));
    el.setAttribute('x2', n(stem.x2));
    el.setAttribute('y2', n(stem.y2));
  }
  return el;
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
 * where no stylesheet paints them; `locale` is the timeline's, which titles in another
 * language say they are not in.
 */
export function renderEvents(
  g: G,
  events: readonly EventGeometry[],
  idPrefix: string,
  clusters: readonly ClusterGeometry[] = [],
  paint?: Painter,
  locale = '',
): void {
  g.attr('class', 'el-events').attr('role', 'list');
  renderItems(g, events, idPrefix, clusters, paint, locale);
}

/** The groups of {@link renderEvents} joined into `g`, which keeps its own class and role (a lane's list). */
export function renderItems(
  g: G,
  events: readonly EventGeometry[],
  idPrefix: string,
  clusters: readonly ClusterGeometry[],
  paint?: Painter,
  locale = '',
): void {
  const all = g
    .selectAll<SVGGElement, Drawn>('g.el-event, g.el-cluster')
    // Event ids come from data and may look like cluster ids: the kind is part of the key.
    .data(
      inOrder(events, clusters),
      joinKey(
        (d: Drawn) => (isCluster(d) ? `c\u0000${d.id}` : `e\u0000${d.id}`),
        (node) =>
          node.hasAttribute('data-cluster-id')
            ? `c\u0000${node.getAttribute('data-cluster-id')}`
            : `e\u0000${node.getAttribute('data-event-id')}`,
      ),
    )
    .join((enter) => {
      const e = enter.append('g');
      e.append('title');
      e.append('line').attr('class', 'el-stem');
      return e;
    });
  renderClusters(
    all.filter((d): d is ClusterGeometry => isCluster(d)) as unknown as Selection<SVGGElement, ClusterGeometry, SVGGElement, unknown>,
    idPrefix,
    paint,
  );
  const groups = (all.filter((d) => !isCluster(d)) as unknown as Selection<SVGGElement, EventGeometry, SVGGElement, unknown>)
    .attr('class', eventClass)
    .attr('id', (e) => `${idPrefix}-e${e.order}`)
    .attr('data-event-id', (e) => stripNonXml(e.id))
    .attr('role', 'listitem');
  // The <title> names the item (and shows the whole text on hover, without a script). An
  // aria-label beside it would make the <title> its description: the same words read twice.
  groups.select('title').text((e) => e.ariaLabel);
  groups.each(function (e) {
    const stem = setStem(this, e.stem);
    paint?.(stem, 'stem', e.colorIndex);
  });

  // The mark's element type depends on its kind, so it is rebuilt when the kind changes.
  groups.each((e, i, nodes) => {
    const group = nodes[i]!;
    const tag = e.mark.kind === 'point' ? 'circle' : 'rect';
    let mark = group.querySelector<SVGElement>(':scope > .el-mark');
    if (mark && mark.tagName !== tag) {
      mark.remove();
      mark = null;
    }
    if (!mark) {
      mark = group.ownerDocument.createElementNS(SVG_NS, tag);
      group.insertBefore(mark, group.querySelector(':scope > .el-stem')!.nextSibling);
    }
    // An approximate date's mark has a soft, dashed edge.
    mark.setAttribute('class', e.approximate ? 'el-mark el-approx' : 'el-mark');
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
    if (e.approximate) paint?.(mark, 'approxMark', e.colorIndex);
    setOpenSide(group, e, paint);
  });

  groups.each((e, i, nodes) => {
    const group = nodes[i]!;
    const href = safeHref(e.event.url);
    let holder: Element = group;
    const link = group.querySelector(':scope > a');
    if (href) {
      const a = link ?? group.appendChild(group.ownerDocument.createElementNS(SVG_NS, 'a'));
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
  groups.each(function (e) {
    setLabel(
      this.querySelector<SVGTextElement>('text.el-label')!,
      e.label,
      paint,
      this.querySelector(':scope > a') !== null,
      otherLanguage(pickedText(e.event.title, locale).lang, locale),
    );
  });
}

/** Labels and their dates (linked titles are painted line by line as they are drawn). */
function paintLabels<D>(groups: Selection<SVGGElement, D, SVGGElement, unknown>, paint: Painter | undefined): void {
  paintEach(groups.select('text.el-label'), paint, 'label');
  paintEach(groups.select('text.el-label tspan.el-date'), paint, 'date');
}

/** A label's `<text class="el-label">` with its date and title lines, made once per group. */
function ensureLabel(holder: Element): SVGTextElement {
  const found = holder.querySelector<SVGTextElement>(':scope > text.el-label');
  if (found) return found;
  const doc = holder.ownerDocument;
  const text = holder.appendChild(doc.createElementNS(SVG_NS, 'text'));
  text.setAttribute('class', 'el-label');
  const date = text.appendChild(doc.createElementNS(SVG_NS, 'tspan'));
  date.setAttribute('class', 'el-date');
  return text;
}

/**
 * Clusters: a rounded bar over their members' marks and a label with the span over the
 * count. The `<title>`, their accessible name, says both ("37 events, 1969 – 1971").
 */
function renderClusters(
  groups: Selection<SVGGElement, ClusterGeometry, SVGGElement, unknown>,
  idPrefix: string,
  paint: Painter | undefined,
): void {
  groups
    .attr('class', 'el-cluster')
    .attr('id', (c) => `${idPrefix}-c${c.order}`)
    .attr('data-cluster-id', (c) => c.id)
    .attr('data-count', (c) => c.count)
    .attr('role', 'listitem');
  groups.select('title').text((c) => c.ariaLabel);
  groups.each(function (c) {
    const stem = setStem(this, c.stem);
    paint?.(stem, 'stem');
    let mark = this.querySelector<SVGRectElement>(':scope > rect.el-mark');
    if (!mark) {
      mark = this.ownerDocument.createElementNS(SVG_NS, 'rect');
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
  groups.each(function (c) {
    setLabel(this.querySelector<SVGTextElement>(':scope > text.el-label')!, c.label, paint, false);
  });
}
