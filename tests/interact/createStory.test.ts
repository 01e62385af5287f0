// @vitest-environment jsdom
// (d3-zoom reads the global `navigator`, which Node 20 lacks; the pages themselves are JSDOMs of their own.)
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createStory } from '../../src/interact/createStory.js';
import { measureTextWidth } from '../../src/layout/measureText.js';
import { renderToHtml } from '../../src/server/renderToHtml.js';

const DATA = [
  { id: 'b', date: '2010', title: 'B' },
  { id: 'a', date: '2000', title: 'A', description: 'First' },
  { id: 'c', date: '2020', title: 'C' },
];

/** A page holding a story fragment from the server, without its script, inside a wrapper of the page's own. */
function serverPage(data: unknown = DATA, locale = 'en') {
  const fragment = renderToHtml(data, { fragment: true, script: false, locale });
  const { window } = new JSDOM(`<!doctype html><body><div id="wrap">${fragment}</div></body>`, { url: 'https://example.org/page.html' });
  return window.document;
}

const state = (doc: Document) => ({
  position: doc.querySelector('.el-story-position')!.textContent,
  shown: Array.from(doc.querySelectorAll<HTMLElement>('li.el-card'))
    .filter((li) => !li.hidden)
    .map((li) => li.id),
  current: Array.from(doc.querySelectorAll('svg [aria-current]'), (g) => g.getAttribute('data-event-id')),
  nav: (doc.querySelector('nav.el-story-nav') as HTMLElement).hidden,
});

describe('createStory on a server-rendered story', () => {
  it('finds the story in the container it is given, and steps through its cards in time order', () => {
    const doc = serverPage();
    const story = createStory(doc.getElementById('wrap')!, { data: DATA });
    // Marked in both layouts of the SVG (wide, narrow): the one shown, and the one a resize may show.
    expect(state(doc)).toEqual({ position: '1 / 3', shown: ['a'], current: ['a', 'a'], nav: false });
    story.next().next();
    expect(state(doc)).toEqual({ position: '3 / 3', shown: ['c'], current: ['c', 'c'], nav: false });
    expect(doc.querySelector('.el-visually-hidden')!.textContent).toBe(' 2020: C');
    expect(doc.defaultView!.location.hash).toBe('#c');
    story.destroy();
    expect(state(doc)).toEqual({ position: '3 / 3', shown: ['a', 'b', 'c'], current: [], nav: true });
  });

  it('reads the language and direction from the layouts inside a two-layout SVG: in Arabic, ArrowLeft is next', () => {
    const doc = serverPage(DATA, 'ar');
    expect(doc.querySelector('.el-story-timeline > svg')!.getAttribute('class')).toBe('eventline-layouts');
    createStory(doc.getElementById('wrap')!, { data: DATA });
    const next = doc.querySelector('button.el-story-next')!;
    next.dispatchEvent(new doc.defaultView!.KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(state(doc)).toMatchObject({ position: '2 / 3', shown: ['b'] });
  });

  it('refuses data that does not match the cards, and one without data', () => {
    const doc = serverPage();
    const wrap = doc.getElementById('wrap')!;
    expect(() => createStory(wrap, { data: [...DATA, { id: 'd', date: '2030', title: 'D' }] })).toThrow(
      /^hydrate: the SVG does not match the data/,
    );
    expect(() => createStory(wrap)).toThrow(/^createStory: options\.data is required \(this story carries no data of its own\)/);
    // Nothing was left half-made.
    expect(state(doc).nav).toBe(true);
  });
});

describe('createStory drawing a story', () => {
  it('builds the cards with the same markup as the server', () => {
    const { window } = new JSDOM('<!doctype html><body><div id="host"></div></body>');
    const host = window.document.getElementById('host')!;
    const story = createStory(host, { data: DATA, width: 600, measureText: measureTextWidth, locale: 'en' });
    const drawn = host.querySelector('ol.el-cards')!.outerHTML.replace(/ hidden=""/g, '');
    const served = serverPage().querySelector('ol.el-cards')!.outerHTML;
    // Only the id prefix of the headings differs (the server derives it from the drawing).
    const prefixless = (html: string) => html.replace(/(aria-labelledby|id)="[^"]*-card(\d+)"/g, '$1="-card$2"');
    expect(prefixless(drawn)).toBe(prefixless(served));
    expect(window.document.head.querySelectorAll('style[data-eventline-story-styles]')).toHaveLength(1);
    story.destroy();
    expect(host.innerHTML).toBe('');
  });

  it('refuses an idPrefix that an event id starts with', () => {
    const { window } = new JSDOM('<!doctype html><body><div id="host"></div></body>');
    const host = window.document.getElementById('host')!;
    expect(() =>
      createStory(host, { data: [{ id: 'x-title', date: '2000', title: 'X' }], idPrefix: 'x', measureText: measureTextWidth }),
    ).toThrow(/^options\.idPrefix: "x" starts the id of an event/);
    expect(host.innerHTML).toBe('');
  });
});
