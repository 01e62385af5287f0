// @vitest-environment jsdom
// (d3-zoom reads the global `navigator`, which Node 20 lacks; the page itself is a JSDOM of its own.)
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hydrate } from '../../src/interact/hydrate.js';
import { measureTextWidth } from '../../src/layout/measureText.js';
import { createTimeline } from '../../src/interact/createTimeline.js';
import { renderToString } from '../../src/server/renderToString.js';
import { visLanes } from '../helpers/lanes.js';

const data = visLanes('en', 45, 300);

function page() {
  const { window } = new JSDOM('<!doctype html><body><div id="host"></div></body>');
  return window.document.getElementById('host')!;
}

const lanesOf = (root: Element) => Array.from(root.querySelectorAll('g.el-events > g.el-lane'));

describe('lanes in a live timeline', () => {
  it('hydrates a server SVG drawn in lanes, and zooming keeps the lane lists and the events that stay', async () => {
    const host = page();
    host.innerHTML = renderToString(data, { width: 960 });
    const svg = host.querySelector('svg')!;
    const before = lanesOf(svg);
    const t = hydrate(svg, { data });
    const drawn = () => new Map(Array.from(svg.querySelectorAll('[data-event-id]'), (g) => [g.getAttribute('data-event-id'), g]));
    const first = drawn();
    const clusters = svg.querySelectorAll('[data-cluster-id]').length;
    t.zoomTo(new Date('2021-06-01'), new Date('2023-06-01'));
    // A zoom step is drawn at the next frame.
    await new Promise((r) => setTimeout(r, 100));
    // Redrawn: the busy lane's clusters split as the view narrows.
    expect(t.domain[0].toISOString().slice(0, 7)).toBe('2021-06');
    expect(svg.querySelectorAll('[data-cluster-id]').length).not.toBe(clusters);
    // The same nodes: hydrated lists are matched by their names, not drawn anew.
    expect(lanesOf(svg).map((l, i) => l === before[i])).toEqual([true, true, true]);
    expect(lanesOf(svg).map((l) => l.getAttribute('aria-label'))).toEqual(['Diplomacy', 'Military', 'Economy']);
    // Events drawn before and after are the same nodes.
    const stayed = [...drawn()].filter(([id]) => first.has(id));
    expect(stayed.length).toBeGreaterThan(0);
    expect(stayed.filter(([id, g]) => first.get(id) !== g).map(([id]) => id)).toEqual([]);
    t.destroy();
  });

  it('gives the tab stop to the first item of the first lane, and update({ lanes: false }) draws one list', () => {
    const host = page();
    const t = createTimeline(host, { data, width: 960, measureText: measureTextWidth });
    const svg = host.querySelector('svg')!;
    const stop = svg.querySelector('[tabindex="0"]')!;
    expect(stop.closest('g.el-lane')).toBe(lanesOf(svg)[0]);
    expect(stop).toBe(lanesOf(svg)[0]!.querySelector('[data-event-id],[data-cluster-id]'));
    t.update({ lanes: false });
    expect(lanesOf(svg)).toHaveLength(0);
    expect(svg.querySelector('g.el-events')!.getAttribute('role')).toBe('list');
    expect(svg.querySelector('g.el-lanes')).toBeNull();
    t.destroy();
  });
});
