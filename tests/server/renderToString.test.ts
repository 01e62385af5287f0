import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { measureTextWidth } from '../../src/layout/measureText.js';
import { renderTimeline } from '../../src/render/renderTimeline.js';
import { renderTimelineToString, renderToString } from '../../src/server/renderToString.js';
import { renderSvg } from '../../src/renderSvg.js';
import { parseEdtf } from '../../src/model/parseEdtf.js';
import { ValidationError } from '../../src/model/ValidationError.js';
import { markupInventory, parseSvg } from '../helpers/svg.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

describe('renderToString', () => {
  it('returns a standalone, well-formed SVG with namespace, style, title and description', () => {
    const text = renderToString(russiaDprk, { locale: 'en', width: 960 });
    const doc = parseSvg(text);
    const svg = doc.documentElement;
    expect(svg.namespaceURI).toBe(SVG_NS);
    expect(svg.localName).toBe('svg');
    expect(text.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
    const id = svg.getAttribute('id')!;
    expect(svg.getAttribute('aria-labelledby')).toBe(`${id}-title`);
    expect(doc.getElementById(`${id}-title`)!.textContent).toMatch(/Russia/);
    expect(doc.getElementById(`${id}-desc`)!.textContent).toMatch(/events/);
    const style = svg.getElementsByTagName('style')[0]!;
    expect(style.textContent).toContain(`#${id} .el-label`);
  });

  it('draws one group per event holding its mark and a two-line label, in time order', () => {
    const doc = parseSvg(renderToString(russiaDprk, { locale: 'en', width: 960 }));
    const groups = Array.from(doc.querySelectorAll('[data-event-id]'));
    const timeline = parseTimeline(russiaDprk);
    expect(groups).toHaveLength(timeline.events.length);
    const sortedIds = [...timeline.events].sort((a, b) => a.date.start - b.date.start || a.index - b.index).map((e) => e.id);
    expect(groups.map((g) => g.getAttribute('data-event-id'))).toEqual(sortedIds);
    for (const g of groups) {
      expect(g.getAttribute('role')).toBe('listitem');
      // Named by its <title> alone: an aria-label too would make the <title> a description saying the same.
      expect(g.hasAttribute('aria-label')).toBe(false);
      expect(g.firstElementChild!.localName).toBe('title');
      expect(g.firstElementChild!.textContent).toMatch(/^.+: .+$/);
      expect(g.querySelectorAll('circle.el-mark, rect.el-mark')).toHaveLength(1);
      const tspans = g.querySelectorAll('text.el-label > tspan');
      expect(tspans).toHaveLength(2);
      // Absolute positions on every line: resvg mis-shifts RTL text that uses dy.
      for (const t of Array.from(tspans)) {
        expect(t.hasAttribute('dy')).toBe(false);
        expect(Number(t.getAttribute('y'))).toBeGreaterThan(0);
      }
    }
    // Marks advance left to right in time order.
    const x = groups.map((g) => Number(g.querySelector('.el-stem')!.getAttribute('x1')));
    for (let i = 1; i < x.length; i++) expect(x[i]!).toBeGreaterThanOrEqual(x[i - 1]!);
  });

  it('says its count and span once: as the description under a title, as the title without one', () => {
    const events = [
      { date: '1948', title: 'A' },
      { date: '2024-06', title: 'B' },
    ];
    const titled = parseSvg(renderToString(events, { width: 600, title: 'Talks', idPrefix: 'tl' })).documentElement;
    expect(titled.getAttribute('aria-describedby')).toBe('tl-desc');
    expect([titled.querySelector('title')!.textContent, titled.querySelector('#tl-desc')!.textContent]).toEqual([
      'Talks',
      '2 events: 1948 – June 2024',
    ]);
    const plain = parseSvg(renderToString(events, { width: 600, idPrefix: 'tl' })).documentElement;
    expect(plain.querySelector(':scope > title')!.textContent).toBe('2 events: 1948 – June 2024');
    expect(plain.querySelector('desc')).toBeNull();
    expect([plain.hasAttribute('aria-describedby'), plain.hasAttribute('aria-labelledby')]).toEqual([false, false]);
    // Drawn again with a title, in the same node, it gains the description back; and loses it without.
    const document = new JSDOM('').window.document;
    const timeline = parseTimeline(events);
    const svg = renderTimeline(layoutTimeline(timeline, { width: 600 }), document, { idPrefix: 'tl' });
    renderTimeline(layoutTimeline(timeline, { width: 600, title: 'Talks' }), svg);
    expect([svg.getAttribute('aria-describedby'), svg.querySelectorAll('desc').length]).toEqual(['tl-desc', 1]);
    renderTimeline(layoutTimeline(timeline, { width: 600 }), svg);
    expect([svg.getAttribute('aria-describedby'), svg.querySelectorAll('desc').length]).toEqual([null, 0]);
  });

  it('draws the title as a heading (level 2) on as many lines as it needs', () => {
    const title = 'Russia and North Korea: from Soviet patronage to a new mutual defence treaty';
    for (const width of [960, 320]) {
      const doc = parseSvg(renderToString(russiaDprk, { width, title, orientation: width < 400 ? 'vertical' : 'horizontal' }));
      const heading = doc.querySelector('text.el-heading')!;
      expect([heading.getAttribute('role'), heading.getAttribute('aria-level'), heading.hasAttribute('aria-label')]).toEqual([
        'heading',
        '2',
        false,
      ]);
      const lines = Array.from(heading.querySelectorAll('tspan'), (t) => t.textContent);
      expect(lines.join(' ')).toBe(title);
      expect(lines.length).toBe(width === 960 ? 1 : 3);
    }
  });

  it('shows the article dates as the text gives them', () => {
    const doc = parseSvg(renderToString(russiaDprk, { locale: 'en' }));
    const dates = Array.from(doc.querySelectorAll('.el-date')).map((t) => t.textContent);
    expect(dates).toEqual(expect.arrayContaining(['1948', '1961', 'July 2000', 'since February 2022', '19 June 2024', 'July 2024']));
    expect(dates.join(' ')).not.toMatch(/January 1948|1 January/);
  });

  it('mirrors the Arabic timeline: rtl direction, lang, and 1948 on the right of 2024', () => {
    const doc = parseSvg(renderToString(russiaDprk, { locale: 'ar', width: 960 }));
    const svg = doc.documentElement;
    expect(svg.getAttribute('direction')).toBe('rtl');
    expect(svg.getAttribute('lang')).toBe('ar');
    const stemX = (id: string) => Number(doc.querySelector(`[data-event-id="${id}"] .el-stem`)!.getAttribute('x1'));
    expect(stemX('dprk-founded')).toBeGreaterThan(stemX('trains-resume'));
    expect(doc.querySelector('[data-event-id="putin-visit-2000"] .el-date')!.textContent).toBe('يوليو 2000');
  });

  it('is byte-for-byte deterministic', () => {
    expect(renderToString(russiaDprk, { locale: 'ar' })).toBe(renderToString(russiaDprk, { locale: 'ar' }));
  });

  it('renders through the document it is given (the browser path) ', () => {
    const { window } = new JSDOM('');
    const geometry = layoutTimeline(parseTimeline(russiaDprk), { locale: 'en' });
    const svg = renderTimeline(geometry, window.document);
    expect(svg.ownerDocument).toBe(window.document);
    expect(svg.namespaceURI).toBe(SVG_NS);
    for (const el of Array.from(svg.querySelectorAll('*'))) expect(el.ownerDocument).toBe(window.document);
  });

  it('re-rendering into the same svg keeps one node per event', () => {
    const { window } = new JSDOM('');
    const t = parseTimeline(russiaDprk);
    const svg = renderTimeline(layoutTimeline(t, { locale: 'en' }), window.document);
    const first = svg.querySelector('[data-event-id="pyongyang-summit"]');
    renderTimeline(layoutTimeline(t, { locale: 'en', width: 700 }), svg);
    expect(svg.querySelectorAll('[data-event-id]')).toHaveLength(t.events.length);
    expect(svg.querySelector('[data-event-id="pyongyang-summit"]')).toBe(first);
    expect(svg.getAttribute('width')).toBe('700');
  });

  it('refuses bad input with a ValidationError naming event and field', () => {
    expect(() => renderToString([{ date: '2024-13-01', title: 'x', id: 'summit' }])).toThrow(ValidationError);
    expect(() => renderToString([{ date: '2024-13-01', title: 'x', id: 'summit' }])).toThrow(/events\[0\] \(id "summit"\)\.date/);
  });
});

describe('renderToString without a width: a wide and a narrow layout', () => {
  const text = renderToString(russiaDprk, { locale: 'ar', idPrefix: 'tl' });
  const doc = parseSvg(text);
  const outer = doc.documentElement;
  const layouts = Array.from(doc.querySelectorAll('svg.eventline'));
  const [wide, narrow] = layouts as [Element, Element];
  const size = (el: Element) => [Number(el.getAttribute('width')), Number(el.getAttribute('height'))] as [number, number];

  it('holds two complete timelines: horizontal at 960 px and vertical at 320 px, the narrow one hidden', () => {
    expect(outer.localName).toBe('svg');
    expect(outer.getAttribute('class')).toBe('eventline-layouts');
    expect(
      layouts.map((l) => [
        l.id,
        l.getAttribute('data-orientation'),
        l.getAttribute('width'),
        l.getAttribute('lang'),
        l.getAttribute('direction'),
      ]),
    ).toEqual([
      ['tl-wide', 'horizontal', '960', 'ar', 'rtl'],
      ['tl-narrow', 'vertical', '320', 'ar', 'rtl'],
    ]);
    expect(wide.getAttribute('display')).toBeNull();
    expect(narrow.getAttribute('display')).toBe('none');
    for (const l of layouts) {
      // Each as renderToString draws it alone, so hydrate can take either: its own title, description, list and stylesheet.
      expect(l.getAttribute('aria-labelledby')).toBe(`${l.id}-title`);
      expect(doc.getElementById(`${l.id}-title`)!.textContent).toMatch(/روسيا/);
      expect(l.querySelector(':scope > style')!.textContent).toContain(`#${l.id} .el-label`);
      const ids = Array.from(l.querySelectorAll('[data-event-id]'), (g) => g.getAttribute('data-event-id'));
      expect(ids).toEqual(Array.from(wide.querySelectorAll('[data-event-id]'), (g) => g.getAttribute('data-event-id')));
      expect(ids).toHaveLength(9);
    }
  });

  it('keeps ids unique across the layouts, and the outer svg out of the accessibility tree', () => {
    const ids = Array.from(doc.querySelectorAll('[id]'), (el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(outer.getAttribute('role')).toBe('none');
    expect(outer.hasAttribute('aria-labelledby')).toBe(false);
  });

  it('has the wide layout’s size and viewBox, and scales the narrow one to fill a box of its own proportions', () => {
    const [w1, h1] = size(wide);
    const [w2, h2] = size(narrow);
    expect(size(outer)).toEqual([w1, h1]);
    expect(outer.getAttribute('viewBox')).toBe(`0 0 ${w1} ${h1}`);
    expect(outer.getAttribute('preserveAspectRatio')).toBe('xMinYMin meet');
    // A box of the narrow proportions shows the viewBox at the scale that fits one side
    // exactly and shows more of the other: the scaled narrow layout must cover that region.
    const k = Number(/^scale\(([\d.]+)\)$/.exec(narrow.parentElement!.getAttribute('transform')!)![1]);
    const cover = [(w2 * k) / w1, (h2 * k) / h1];
    expect(Math.min(...cover)).toBeCloseTo(1, 5);
    expect(Math.max(...cover)).toBeGreaterThanOrEqual(1);
  });

  it('switches by the column (container query) or else the viewport, never when it is a file', () => {
    const css = outer.querySelector(':scope > style')!.textContent!;
    expect(css).toContain('@media (max-width:1023.98px){#tl:not(:root){width:320px;');
    expect(css).toContain('@container (min-width:960px){#tl:not(:root){width:960px;');
    expect(css).toContain('@container (max-width:959.98px){#tl:not(:root){width:320px;');
    expect(css).toContain(`aspect-ratio:320/${narrow.getAttribute('height')}`);
    // Outside the queries only the narrow one is hidden, and only the outer svg is made to fit its column.
    expect(css.split('\n').slice(0, 2)).toEqual(['#tl:not(:root){max-width:100%;height:auto}', '#tl #tl-narrow{display:none}']);
  });

  it('is one timeline with a width given, as before', () => {
    const single = parseSvg(renderToString(russiaDprk, { locale: 'ar', idPrefix: 'tl', width: 320, orientation: 'vertical' }));
    expect(single.documentElement.getAttribute('class')).toBe('eventline');
    expect(single.querySelectorAll('svg')).toHaveLength(1);
    // The narrow layout is that same drawing.
    const alone = single.documentElement.querySelector('.el-events')!.outerHTML.replaceAll('tl-', 'tl-narrow-');
    expect(narrow.querySelector('.el-events')!.outerHTML).toBe(alone);
  });

  it('is the markup renderSvg builds in a page measuring with the same width table', () => {
    const { window } = new JSDOM('');
    const svg = renderSvg(russiaDprk, { locale: 'ar', idPrefix: 'tl', measureText: measureTextWidth }, window.document);
    expect(new window.XMLSerializer().serializeToString(svg) + '\n').toBe(text);
  });
});

describe('untrusted text', () => {
  const hostile = [
    { id: 'x1', date: '2024-01-01', title: '<script>alert(1)</script>', description: '</desc><script>alert(2)</script>' },
    { id: 'x2', date: '2024-02-01', title: '"><img src=x onerror=alert(3)>', category: '"><svg onload=alert(4)>' },
    {
      id: 'x3"><script>alert(5)</script>',
      date: '2024-03-01',
      title: { en: "']]><![CDATA[<foreignObject/>", ar: '<a href="javascript:alert(6)">x</a>' },
    },
    { id: 'x4', date: '2024-04-01', title: 'Controls \u0001\u0008 and lone \uD800 surrogate & ampersand' },
  ];

  it('stays text: no element or attribute comes from the data', () => {
    for (const locale of ['en', 'ar']) {
      const text = renderToString(hostile, { locale, title: '<script>alert(7)</script>' });
      const doc = parseSvg(text);
      const { elements, attributes } = markupInventory(doc);
      const allowedElements = ['svg', 'title', 'desc', 'style', 'rect', 'text', 'tspan', 'g', 'line', 'circle', 'a'];
      expect([...elements].filter((e) => !allowedElements.includes(e))).toEqual([]);
      expect([...attributes].filter((a) => /^on/i.test(a))).toEqual([]);
      expect(doc.getElementsByTagName('a')).toHaveLength(0);
      const labels = Array.from(doc.querySelectorAll('.el-title')).map((t) => t.textContent);
      expect(labels.some((l) => l!.includes('<script>'))).toBe(true);
      expect(text).not.toMatch(/<script|<img|<foreignObject|<svg onload/i);
      expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('defends itself when handed events that skipped validation', () => {
    // The model refuses such ids and links; the renderer must still never emit bad XML or links.
    const timeline = { events: [{ id: 'a\u0001b', index: 0, date: parseEdtf('2024'), title: 'x', url: 'https://example.org/\uFFFF' }] };
    const doc = parseSvg(renderTimelineToString(timeline));
    expect(doc.querySelector('[data-event-id]')!.getAttribute('data-event-id')).toBe('ab');
    expect(doc.getElementsByTagName('a')).toHaveLength(0);
    const js = { events: [{ id: 'j', index: 0, date: parseEdtf('2024'), title: 'x', url: 'javascript:alert(1)' }] };
    expect(parseSvg(renderTimelineToString(js)).getElementsByTagName('a')).toHaveLength(0);
  });

  it('only links http(s) urls', () => {
    const doc = parseSvg(renderToString([{ date: '2024', title: 'ok', url: 'https://example.org/a?b=1&c=<2>' }], { width: 960 }));
    const a = doc.getElementsByTagName('a');
    expect(a).toHaveLength(1);
    expect(a[0]!.getAttribute('href')).toBe('https://example.org/a?b=1&c=<2>');
    expect(() => renderToString([{ date: '2024', title: 'bad', url: 'javascript:alert(1)' }])).toThrow(/events\[0\]\.url/);
  });
});
