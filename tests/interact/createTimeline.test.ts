// @vitest-environment jsdom
// (d3-zoom reads the global `navigator`, which Node 20 lacks; the pages themselves are JSDOMs of their own.)
import { describe, expect, it } from 'vitest';
import { createTimeline } from '../../src/interact/createTimeline.js';
import { hydrate } from '../../src/interact/hydrate.js';
import { measureTextWidth } from '../../src/layout/measureText.js';
import { renderSvg } from '../../src/renderSvg.js';
import { canvasPage } from '../helpers/canvasPage.js';

const DATA = [
  { id: 'a', date: '2000', title: 'A' },
  { id: 'b', date: '2010', title: 'B' },
];

const ids = (root: Element) => Array.from(root.querySelectorAll('[data-event-id]'), (g) => g.getAttribute('data-event-id'));

describe('createTimeline', () => {
  it('measures labels with a canvas of the page unless measureText is given', () => {
    const p = canvasPage(true);
    createTimeline(p.host, { data: DATA, width: 600 }).destroy();
    expect(p.calls.measured).toBeGreaterThan(0);

    const q = canvasPage(true);
    let given = 0;
    createTimeline(q.host, { data: DATA, width: 600, measureText: (t, size, w) => (given++, measureTextWidth(t, size, w)) }).destroy();
    expect(given).toBeGreaterThan(0);
    expect(q.calls.measured).toBe(0);
  });

  it('without a canvas (jsdom) asks for measureText, and leaves nothing behind', () => {
    const p = canvasPage(false);
    expect(() => createTimeline(p.host, { data: DATA })).toThrow(
      /^createTimeline: this document has no canvas to measure text with; pass options\.measureText/,
    );
    expect(p.host.childNodes).toHaveLength(0);
    const t = createTimeline(p.host, { data: DATA, width: 600, measureText: measureTextWidth });
    expect(ids(p.host)).toEqual(['a', 'b']);
    t.destroy();
  });
});

describe('hydrate', () => {
  it('measures with the width table, as the server did, so it adopts the server layout without a canvas', () => {
    const p = canvasPage(true);
    // As the server draws it: with the table.
    p.host.append(renderSvg(DATA, { width: 600, measureText: measureTextWidth }, p.document));
    const t = hydrate(p.host.querySelector('svg')!, { data: DATA });
    expect(p.calls.measured).toBe(0);
    t.destroy();
  });
});

describe('update', () => {
  it('takes data and options by name, together or apart', () => {
    const p = canvasPage(true);
    const t = createTimeline(p.host, { data: DATA, width: 600 });
    const svg = p.host.querySelector('svg')!;
    t.update({ data: [{ id: 'c', date: '2005', title: 'C' }], theme: 'dark' });
    expect(ids(svg)).toEqual(['c']);
    expect(svg.getAttribute('data-theme')).toBe('dark');
    t.update({ width: 700 });
    expect([ids(svg), svg.getAttribute('width'), svg.getAttribute('data-theme')]).toEqual([['c'], '700', 'dark']);
    t.destroy();
  });

  it('refuses what is not an object of options (events alone were once guessed), and changes nothing', () => {
    const p = canvasPage(true);
    const t = createTimeline(p.host, { data: DATA, width: 600 });
    for (const wrong of [[{ id: 'c', date: '2005', title: 'C' }], null, 'dark', 3]) {
      expect(() => t.update(wrong as never)).toThrow(
        new TypeError('update: expected an object of the options to change, such as { data: events } or { theme: "dark" }'),
      );
    }
    // { events } is the shape of data, not an option: it must go in `data`.
    t.update({ data: { events: [{ id: 'd', date: '2001', title: 'D' }] } });
    expect(ids(p.host)).toEqual(['d']);
    t.destroy();
  });

  it('names the event and field of bad data, and keeps what was drawn', () => {
    const p = canvasPage(true);
    const t = createTimeline(p.host, { data: DATA, width: 600 });
    expect(() => t.update({ data: [{ id: 'x', date: 'soon', title: 'X' }] })).toThrow(/events\[0\] \(id "x"\)\.date/);
    expect(ids(p.host)).toEqual(['a', 'b']);
    t.destroy();
  });
});
