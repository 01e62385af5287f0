import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { renderTimeline } from '../../src/render/renderTimeline.js';
import { renderToString } from '../../src/server/renderToString.js';
import { syntheticTimeline } from '../helpers/cases.js';
import { parseSvg } from '../helpers/svg.js';

const many = syntheticTimeline(3000, 7);

describe('renderTimeline with clusters', () => {
  it('draws each cluster as a list item with its name, a title, a bar and a two-line label', () => {
    const g = layoutTimeline(parseTimeline(many), { width: 960 });
    expect(g.clusters.length).toBeGreaterThan(0);
    const doc = parseSvg(renderToString(many, { width: 960 }));
    const groups = Array.from(doc.querySelectorAll('g.el-cluster'));
    expect(groups.map((c) => c.getAttribute('data-cluster-id'))).toEqual(g.clusters.map((c) => c.id));
    for (const [i, el] of groups.entries()) {
      const c = g.clusters[i]!;
      expect(el.getAttribute('role')).toBe('listitem');
      expect(el.hasAttribute('aria-label')).toBe(false);
      expect(c.ariaLabel).toMatch(/^\d+ events, .+/);
      expect(el.getAttribute('data-count')).toBe(String(c.count));
      expect(el.firstElementChild!.localName).toBe('title');
      expect(el.firstElementChild!.textContent).toBe(c.ariaLabel);
      expect(el.querySelectorAll('rect.el-mark.el-cluster-mark')).toHaveLength(1);
      const tspans = Array.from(el.querySelectorAll('text.el-label > tspan'));
      expect(tspans.map((t) => t.textContent)).toEqual([c.label.date.text, ...c.label.title.lines.map((l) => l.text)]);
      for (const t of tspans) expect(t.hasAttribute('dy')).toBe(false);
    }
  });

  it('keeps events and clusters in one list, in time order', () => {
    const doc = parseSvg(renderToString(many, { width: 1400, maxRows: 20 }));
    const list = doc.querySelector('g.el-events')!;
    expect(list.getAttribute('role')).toBe('list');
    const items = Array.from(list.children);
    expect(items.every((el) => el.getAttribute('role') === 'listitem')).toBe(true);
    const prefix = doc.documentElement.getAttribute('id')!;
    const order = items.map((el) => Number(el.getAttribute('id')!.slice(prefix.length + 2)));
    expect(order).toEqual(order.map((_, i) => i));
    expect(new Set(items.map((el) => el.localName))).toEqual(new Set(['g']));
  });

  it('draws the density strip as hidden decoration: one path, a bar per busy bin standing on the axis', () => {
    for (const options of [{ width: 960 }, { width: 800, direction: 'rtl' as const }, { width: 420, orientation: 'vertical' as const }]) {
      const g = layoutTimeline(parseTimeline(many), options);
      const doc = parseSvg(renderToString(many, options));
      const strip = doc.querySelectorAll('g.el-density');
      expect(strip).toHaveLength(1);
      expect(strip[0]!.getAttribute('aria-hidden')).toBe('true');
      expect(Array.from(strip[0]!.children, (c) => c.localName)).toEqual(['path']);
      // Walk the outline: every bin shows as a step along the axis, as deep as its count says.
      const d = strip[0]!.firstElementChild!.getAttribute('d')!;
      const vertical = options.orientation === 'vertical';
      const line = doc.querySelector('.el-axis-line')!;
      const base = Number(line.getAttribute(vertical ? 'x1' : 'y1'));
      const steps: { from: number; to: number; depth: number }[] = [];
      let along = 0;
      let across = 0;
      for (const [, cmd, args] of d.matchAll(/([MHVZ])([^MHVZ]*)/g)) {
        const v = args!.split(',').map(Number);
        if (cmd === 'M') [along, across] = vertical ? [v[1]!, v[0]!] : [v[0]!, v[1]!];
        else if (cmd === (vertical ? 'H' : 'V')) across = v[0]!;
        else if (cmd === (vertical ? 'V' : 'H')) {
          steps.push({ from: along, to: v[0]!, depth: Math.abs(across - base) });
          along = v[0]!;
        } else if (cmd === 'Z') expect(across).toBeCloseTo(base, 1);
      }
      expect(d.match(/M/g)!.length).toBeLessThanOrEqual(g.density.length);
      expect(steps).toHaveLength(g.density.length);
      steps.forEach((st, i) => {
        const bin = g.density[i]!;
        expect(st.from).toBeCloseTo(bin.x0, 1);
        expect(st.to).toBeCloseTo(bin.x1, 1);
        expect(st.depth).toBeCloseTo(1 + 4 * Math.sqrt(bin.value), 1);
      });
      // Under the axis and the marks.
      expect(strip[0]!.compareDocumentPosition(doc.querySelector('g.el-axis')!) & 4).toBeTruthy();
    }
  });

  it('adds nothing to a timeline whose labels all fit', () => {
    const text = renderToString(russiaDprk, { locale: 'en' });
    expect(text).not.toMatch(/el-cluster|el-density/);
  });

  it('writes every coordinate rounded to 1/100 px and the same bytes every time', () => {
    const a = renderToString(many, { width: 800, locale: 'ar' });
    expect(renderToString(many, { width: 800, locale: 'ar' })).toBe(a);
    for (const m of a.matchAll(/ (?:x|y|x1|x2|y1|y2|width|height|rx|cx|cy|r)="([^"]*)"/g)) expect(m[1]).toMatch(/^-?\d+(\.\d{1,2})?$/);
    expect(a).toMatch(/<title>\d+ حدثًا، /);
  });

  it('stays small however many events there are: 20,000 events, a few hundred elements', () => {
    const doc = parseSvg(renderToString(syntheticTimeline(20_000, 3), { width: 960 }));
    expect(doc.getElementsByTagName('*').length).toBeLessThan(1500);
    const counted = Array.from(doc.querySelectorAll('g.el-cluster')).reduce((s, el) => s + Number(el.getAttribute('data-count')), 0);
    expect(counted + doc.querySelectorAll('g.el-event').length).toBe(20_000);
  });

  it('re-renders a zoom step into the same svg, keeping the nodes of what stays', () => {
    const { window } = new JSDOM('');
    const t = parseTimeline(many);
    const wide = layoutTimeline(t, { width: 960 });
    const svg = renderTimeline(wide, window.document);
    const clusterNode = svg.querySelector(`[data-cluster-id="${wide.clusters[0]!.id}"]`);
    const axis = svg.querySelector('g.el-axis');
    // Zoom into the first cluster: it splits, and what it held now shows.
    const zoomed = layoutTimeline(t, { width: 960, domain: wide.clusters[0]!.zoomDomain });
    expect(renderTimeline(zoomed, svg)).toBe(svg);
    expect(svg.querySelector('g.el-axis')).toBe(axis);
    expect(svg.querySelectorAll('g.el-events > g')).toHaveLength(zoomed.events.length + zoomed.clusters.length);
    expect(clusterNode!.isConnected).toBe(zoomed.clusters.some((c) => c.id === wide.clusters[0]!.id));
    expect(svg.querySelectorAll('g.el-density > *')).toHaveLength(1);
    // And back: the same geometry gives the same markup as a fresh render.
    const nodes = new Map(Array.from(svg.querySelectorAll('[data-event-id]')).map((el) => [el.getAttribute('data-event-id'), el]));
    renderTimeline(wide, svg);
    const fresh = renderTimeline(wide, window.document);
    expect(new window.XMLSerializer().serializeToString(svg)).toBe(new window.XMLSerializer().serializeToString(fresh));
    for (const el of svg.querySelectorAll('[data-event-id]')) {
      const before = nodes.get(el.getAttribute('data-event-id'));
      if (before) expect(el).toBe(before);
    }
  });

  it('keeps an event id that looks like a cluster id apart from the cluster, also when drawn again', () => {
    const events = [
      ...Array.from({ length: 120 }, (_, i) => ({ date: '2024-06-19', title: `Same day ${i}`, id: `d${i}` })),
      { date: '2020-01-01', title: 'Far before', id: 'x' },
    ];
    const clusterId = layoutTimeline(parseTimeline(events), { width: 960 }).clusters[0]!.id;
    const tricky = parseTimeline(events.map((e) => (e.id === 'x' ? { ...e, id: clusterId } : e)));
    const geometry = layoutTimeline(tricky, { width: 960 });
    const { window } = new JSDOM('');
    const svg = renderTimeline(geometry, window.document);
    for (let pass = 0; pass < 2; pass++) {
      expect(svg.querySelectorAll(`[data-cluster-id="${clusterId}"]`)).toHaveLength(1);
      expect(svg.querySelectorAll(`[data-event-id="${clusterId}"]`)).toHaveLength(1);
      expect(svg.querySelectorAll('[data-event-id][data-cluster-id]')).toHaveLength(0);
      renderTimeline(geometry, svg);
    }
    // Zoom from the cluster alone to the event alone: the cluster's node must not become the event's.
    renderTimeline(layoutTimeline(tricky, { width: 960, domain: [Date.UTC(2024, 5, 1), Date.UTC(2024, 6, 1)] }), svg);
    expect(svg.querySelectorAll('[data-cluster-id]')).toHaveLength(1);
    renderTimeline(layoutTimeline(tricky, { width: 960, domain: [Date.UTC(2019, 11, 1), Date.UTC(2020, 1, 1)] }), svg);
    expect(svg.querySelectorAll('[data-cluster-id]')).toHaveLength(0);
    expect(svg.querySelectorAll(`g.el-event[data-event-id="${clusterId}"]`)).toHaveLength(1);
  });
});
