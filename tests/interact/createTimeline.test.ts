// @vitest-environment jsdom
// (d3-zoom reads the global `navigator`, which Node 20 lacks; the pages themselves are JSDOMs of their own.)
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createTimeline } from '../../src/interact/createTimeline.js';
import { hydrate } from '../../src/interact/hydrate.js';
import { measureTextWidth } from '../../src/layout/measureText.js';
import { renderSvg } from '../../src/renderSvg.js';

const DATA = [
  { id: 'a', date: '2000', title: 'A' },
  { id: 'b', date: '2010', title: 'B' },
];

/** A jsdom page; with `canvas`, a 2D context that answers 7 px a character and counts its calls. */
function page(canvas: boolean) {
  const { window } = new JSDOM('<!doctype html><body><div id="host"></div></body>');
  const calls = { measured: 0 };
  if (canvas) {
    class Context {
      font = '';
      measureText(text: string) {
        calls.measured++;
        return { width: text.length * 7 };
      }
    }
    Object.assign(window, { CanvasRenderingContext2D: Context });
    window.HTMLCanvasElement.prototype.getContext = (() => new Context()) as never;
  }
  return { document: window.document, host: window.document.getElementById('host')!, calls };
}

const ids = (root: Element) => Array.from(root.querySelectorAll('[data-event-id]'), (g) => g.getAttribute('data-event-id'));

describe('createTimeline', () => {
  it('measures labels with a canvas of the page unless measureText is given', () => {
    const p = page(true);
    createTimeline(p.host, { data: DATA, width: 600 }).destroy();
    expect(p.calls.measured).toBeGreaterThan(0);

    const q = page(true);
    let given = 0;
    createTimeline(q.host, { data: DATA, width: 600, measureText: (t, size, w) => (given++, measureTextWidth(t, size, w)) }).destroy();
    expect(given).toBeGreaterThan(0);
    expect(q.calls.measured).toBe(0);
  });

  it('without a canvas (jsdom) asks for measureText, and leaves nothing behind', () => {
    const p = page(false);
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
    const p = page(true);
    p.host.append(renderSvg(DATA, { width: 600 }, p.document));
    const t = hydrate(p.host.querySelector('svg')!, { data: DATA });
    expect(p.calls.measured).toBe(0);
    t.destroy();
  });
});

describe('update', () => {
  it('takes data and options by name, together or apart', () => {
    const p = page(true);
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
    const p = page(true);
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
    const p = page(true);
    const t = createTimeline(p.host, { data: DATA, width: 600 });
    expect(() => t.update({ data: [{ id: 'x', date: 'soon', title: 'X' }] })).toThrow(/events\[0\] \(id "x"\)\.date/);
    expect(ids(p.host)).toEqual(['a', 'b']);
    t.destroy();
  });
});
