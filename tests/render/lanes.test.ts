import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { renderTimeline } from '../../src/render/renderTimeline.js';
import { PALETTES } from '../../src/render/theme.js';
import { renderToPng, svgForResvg } from '../../src/server/renderToPng.js';
import { renderToString } from '../../src/server/renderToString.js';
import { visLanes } from '../helpers/lanes.js';
import { decodePng } from '../helpers/png.js';
import { markupInventory, parseSvg } from '../helpers/svg.js';

const input = visLanes('en', 45, 30);
const render = (data: unknown = input, options: Parameters<typeof renderToString>[1] = {}) =>
  parseSvg(renderToString(data, { width: 960, ...options }));

describe('lanes in the SVG', () => {
  it('puts each lane’s events in a list named for the lane, in lane order, each event a list item', () => {
    const doc = render();
    const events = doc.querySelector('g.el-events')!;
    // The lists are the lanes; the group holding them is not a list of lists.
    expect(events.hasAttribute('role')).toBe(false);
    const lists = Array.from(events.querySelectorAll(':scope > g'));
    expect(lists.map((l) => [l.getAttribute('class'), l.getAttribute('role'), l.getAttribute('aria-label')])).toEqual([
      ['el-lane', 'list', 'Diplomacy'],
      ['el-lane', 'list', 'Military'],
      ['el-lane', 'list', 'Economy'],
    ]);
    const timeline = parseTimeline(input);
    const laneOf = new Map(timeline.events.map((e) => [e.id, e.lane]));
    for (const list of lists) {
      const items = Array.from(list.querySelectorAll(':scope > g'));
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.getAttribute('role')).toBe('listitem');
        const id = item.getAttribute('data-event-id');
        if (id !== null) expect(laneOf.get(id)).toBe(list.getAttribute('aria-label'));
      }
    }
    // Ids stay unique across lanes; events are read lane by lane.
    const ids = Array.from(doc.querySelectorAll('[id]'), (el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Array.from(events.querySelectorAll('[data-event-id]'), (g) => g.getAttribute('data-event-id'))).toEqual(
      layoutTimeline(timeline, { width: 960 }).events.map((e) => e.id),
    );
  });

  it('draws the bands behind the events, hidden from screen readers: every other one tinted, rules between, a line per lane, the names', () => {
    const doc = render();
    const bands = doc.querySelector('g.el-lanes')!;
    expect(bands.getAttribute('aria-hidden')).toBe('true');
    const order = Array.from(doc.documentElement.children, (c) => c.getAttribute('class'));
    expect(order.indexOf('el-lanes')).toBeLessThan(order.indexOf('el-axis'));
    expect(order.indexOf('el-lanes')).toBeLessThan(order.indexOf('el-events'));
    expect(bands.querySelectorAll('rect.el-lane-tint')).toHaveLength(1);
    expect(bands.querySelectorAll('line.el-lane-rule')).toHaveLength(2);
    expect(bands.querySelectorAll('line.el-lane-line')).toHaveLength(3);
    expect(Array.from(bands.querySelectorAll('text.el-lane-name'), (t) => t.textContent)).toEqual(['Diplomacy', 'Military', 'Economy']);
    const g = layoutTimeline(parseTimeline(input), { width: 960 });
    const tint = bands.querySelector('rect.el-lane-tint')!;
    expect(['x', 'y', 'width', 'height'].map((a) => Number(tint.getAttribute(a)))).toEqual(
      [0, g.lanes![1]!.band.y, 960, g.lanes![1]!.band.height].map((v) => Math.round(v * 100) / 100),
    );
    const css = doc.querySelector('style')!.textContent!;
    expect(css).toMatch(/\.el-lane-tint\{fill:var\(--_fg\);fill-opacity:\.05\}/);
    // Forced colours keep only Canvas and CanvasText: the rules, drawn solid, tell the bands apart.
    expect(css).toMatch(/@media \(forced-colors:active\)\{#[\w-]+ \.el-lane-rule\{stroke-opacity:1;stroke-width:1\.5\}\}/);
    // A timeline without lanes carries none of it.
    const plain = render({ events: input.events.map(({ lane: _, ...e }) => e) });
    expect(plain.querySelector('.el-lanes, .el-lane')).toBeNull();
    expect(plain.querySelector('style')!.textContent).not.toMatch(/el-lane/);
    expect(plain.querySelector('g.el-events')!.getAttribute('role')).toBe('list');
  });

  it('draws no name over the band of events without a lane, but a screen reader hears one; names from data are text only', () => {
    const hostile = '<script>alert(1)</script>"&\u202Eevil';
    const doc = render({
      lanes: [hostile],
      events: [
        { date: '2000', title: 'In the lane', lane: hostile },
        { date: '2001', title: 'In no lane' },
      ],
    });
    const lists = Array.from(doc.querySelectorAll('g.el-events > g.el-lane'));
    expect(lists.map((l) => l.getAttribute('aria-label'))).toEqual(['<script>alert(1)</script>"&evil', 'Other events']);
    expect(lists[1]!.getAttribute('role')).toBe('list');
    expect(Array.from(doc.querySelectorAll('text.el-lane-name'), (t) => t.textContent)).toEqual(['<script>alert(1)</script>"&evil']);
    const { elements } = markupInventory(doc);
    expect(elements.has('script')).toBe(false);
  });

  it("names the band without a lane in the timeline's language, and keeps it apart from a lane named so in the data", () => {
    const events = [
      { date: '2000', title: 'In the lane', lane: 'Other events' },
      { date: '2001', title: 'In no lane' },
    ];
    const en = render({ lanes: ['Other events'], events });
    const lists = Array.from(en.querySelectorAll('g.el-events > g.el-lane'));
    expect(lists.map((l) => [l.getAttribute('aria-label'), l.hasAttribute('data-unnamed')])).toEqual([
      ['Other events', false],
      ['Other events', true],
    ]);
    const ar = render({
      locale: 'ar',
      events: [
        { date: '2000', title: 'أ', lane: 'موسكو' },
        { date: '2001', title: 'ب' },
      ],
    });
    expect(Array.from(ar.querySelectorAll('g.el-lane'), (l) => l.getAttribute('aria-label'))).toEqual(['موسكو', 'أحداث أخرى']);
  });

  it('re-draws into the same SVG: lanes, then `lanes: false`, then lanes again, leaving nothing of the other drawing', () => {
    const { window } = new JSDOM('');
    const timeline = parseTimeline(input);
    const svg = renderTimeline(layoutTimeline(timeline, { width: 960 }), window.document);
    const count = () => svg.querySelectorAll('[data-event-id],[data-cluster-id]').length;
    renderTimeline(layoutTimeline(timeline, { width: 960, lanes: false }), svg);
    expect(svg.querySelector('.el-lanes, .el-lane')).toBeNull();
    expect(svg.querySelector('g.el-events')!.getAttribute('role')).toBe('list');
    const together = layoutTimeline(timeline, { width: 960, lanes: false });
    expect(count()).toBe(together.events.length + together.clusters.length);
    const laned = layoutTimeline(timeline, { width: 960 });
    renderTimeline(laned, svg);
    expect(svg.querySelectorAll('g.el-events > g.el-event, g.el-events > g.el-cluster')).toHaveLength(0);
    expect(svg.querySelectorAll('g.el-lane')).toHaveLength(3);
    expect(count()).toBe(laned.events.length + laned.clusters.length);
    expect(svg.querySelectorAll('g.el-lanes')).toHaveLength(1);
  });

  it('is painted with attributes for the PNG: tint, rules, lines and names in the palette, no CSS', () => {
    const { svg } = svgForResvg(parseTimeline(input), { width: 960, theme: 'dark' });
    expect(svg).not.toMatch(/var\(|--_|<style/);
    const doc = parseSvg(svg);
    const tint = doc.querySelector('.el-lane-tint')!;
    expect([tint.getAttribute('fill'), tint.getAttribute('fill-opacity')]).toEqual([PALETTES.dark.fg, '.05']);
    for (const rule of Array.from(doc.querySelectorAll('.el-lane-rule, .el-lane-line')))
      expect(rule.getAttribute('stroke')).toBe(PALETTES.dark.axis);
    for (const name of Array.from(doc.querySelectorAll('.el-lane-name')))
      expect([name.getAttribute('fill'), name.getAttribute('font-weight')]).toEqual([PALETTES.dark.fg, '700']);
  });

  it('shows in the PNG: the second band tinted, the first and third not', () => {
    const g = layoutTimeline(parseTimeline(input), { width: 960 });
    const png = decodePng(renderToPng(input, { width: 960 }));
    // A column at the far right edge, clear of every label, halfway down each band.
    const at = (k: number) => png.at(958, Math.round(g.lanes![k]!.band.y + g.lanes![k]!.band.height / 2));
    expect(at(0)).toEqual([255, 255, 255, 255]);
    expect(at(2)).toEqual([255, 255, 255, 255]);
    const [r, gr, b] = at(1);
    expect(r).toBeLessThan(250);
    expect(r).toBeGreaterThan(235);
    expect([gr, b].every((c) => Math.abs(c - r) <= 3)).toBe(true);
  });
});
