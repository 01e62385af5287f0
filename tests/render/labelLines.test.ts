import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { ensureFocusStyles } from '../../src/interact/focusStyles.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { attributePainter } from '../../src/render/attributePainter.js';
import { paintTimeline, renderTimeline } from '../../src/render/renderTimeline.js';
import { jsdomWindow } from '../../src/server/jsdomWindow.js';
import { renderToString } from '../../src/server/renderToString.js';
import { parseSvg } from '../helpers/svg.js';

/** One layout: without a width the SVG would hold a wide and a narrow one. */
const renderOne = (input: Parameters<typeof renderToString>[0], options: Parameters<typeof renderToString>[1] = {}) =>
  renderToString(input, { width: 960, ...options });

const title = 'Putin in Vietnam: arms for North Korea not ruled out';

describe('wrapped titles in the SVG', () => {
  it('draw one tspan per line, each placed and read on its own; the full title stays in <title> and the name', () => {
    const events = [{ id: 'vn', date: '2024-06-20', title }];
    const g = layoutTimeline(parseTimeline(events), { width: 260 });
    const lines = g.events[0]!.label.title.lines;
    expect(lines.length).toBeGreaterThan(1);
    const doc = parseSvg(renderOne(events, { width: 260 }));
    const group = doc.querySelector('[data-event-id="vn"]')!;
    const tspans = Array.from(group.querySelectorAll('text.el-label > tspan.el-title'));
    expect(tspans.map((t) => t.textContent)).toEqual(lines.map((l) => l.text));
    expect(tspans.map((t) => Number(t.getAttribute('y')))).toEqual(lines.map((l) => Math.round(l.y * 100) / 100));
    expect(new Set(tspans.map((t) => t.getAttribute('y'))).size).toBe(tspans.length);
    for (const t of tspans) expect(t.getAttribute('unicode-bidi')).toBe('embed');
    expect(group.querySelector('title')!.textContent).toBe(`20 June 2024: ${title}`);
    expect(group.hasAttribute('aria-label')).toBe(false);
  });

  it('say their language where the title is in another than the timeline’s, and only there', () => {
    const events = [
      { id: 'en', date: '2000', title: { en: 'Only in English, and long enough to take two lines at this width' } },
      { id: 'both', date: '2001', title: { en: 'Summit', ar: 'قمة' } },
      { id: 'plain', date: '2002', title: 'Unsaid language' },
      { id: 'region', date: '2003', title: { 'ar-EG': 'قمة القاهرة' } },
    ];
    const doc = parseSvg(renderOne(events, { locale: 'ar', width: 400 }));
    const langs = (id: string) => Array.from(doc.querySelectorAll(`[data-event-id="${id}"] tspan`), (t) => t.getAttribute('lang'));
    expect(langs('en').length).toBeGreaterThan(2);
    // The date line is the timeline's own; every title line is English.
    expect(langs('en')).toEqual([
      null,
      ...langs('en')
        .slice(1)
        .map(() => 'en'),
    ]);
    for (const id of ['both', 'plain', 'region']) expect(new Set(langs(id)), id).toEqual(new Set([null]));
    // Redrawn in English, the English title no longer says so.
    const document = new JSDOM('').window.document;
    const t = parseTimeline(events);
    const svg = renderTimeline(layoutTimeline(t, { locale: 'ar', width: 400 }), document);
    renderTimeline(layoutTimeline(t, { locale: 'en', width: 400 }), svg);
    expect(Array.from(svg.querySelectorAll('[data-event-id="en"] tspan.el-title'), (x) => x.getAttribute('lang'))).not.toContain('en');
  });

  it('gain and lose lines when redrawn narrower and wider, in the same nodes', () => {
    const document = new JSDOM('').window.document;
    const t = parseTimeline([{ id: 'vn', date: '2024-06-20', title }]);
    const svg = renderTimeline(layoutTimeline(t, { width: 960 }), document);
    const text = svg.querySelector('text.el-label')!;
    expect(text.querySelectorAll('tspan.el-title')).toHaveLength(1);
    renderTimeline(layoutTimeline(t, { width: 200 }), svg);
    expect(svg.querySelector('text.el-label')).toBe(text);
    expect(text.querySelectorAll('tspan.el-title').length).toBeGreaterThan(1);
    renderTimeline(layoutTimeline(t, { width: 960 }), svg);
    expect(Array.from(text.querySelectorAll('tspan.el-title')).map((s) => s.textContent)).toEqual([title]);
  });
});

describe('a wrapped date in the SVG', () => {
  it('draws its second line as a second el-date tspan before the title, painted as a date; the <title> says the date once', () => {
    const events = [{ id: 'aid', date: '2023-12-12/2024-11-30', title: 'Aid corridor negotiations' }];
    const t = parseTimeline(events);
    const narrow = layoutTimeline(t, { width: 240, orientation: 'vertical' });
    const { date, dateRest } = narrow.events[0]!.label;
    expect([date.text, dateRest?.text]).toEqual(['12 December 2023 –', '30 November 2024']);
    const document = jsdomWindow('test').document;
    const svg = paintTimeline(narrow, document, {}, attributePainter('light'));
    const text = svg.querySelector('[data-event-id="aid"] text.el-label')!;
    const tspans = Array.from(text.children);
    const round = (y: number) => Math.round(y * 100) / 100;
    expect(tspans.map((s) => [s.getAttribute('class'), s.textContent, Number(s.getAttribute('y'))])).toEqual([
      ['el-date', date.text, round(date.y)],
      ['el-date', dateRest!.text, round(dateRest!.y)],
      ...narrow.events[0]!.label.title.lines.map((l) => ['el-title', l.text, round(l.y)]),
    ]);
    expect(tspans[1]!.getAttribute('font-weight')).toBe('700');
    expect(svg.querySelector('[data-event-id="aid"] > title')!.textContent).toBe(
      '12 December 2023 – 30 November 2024: Aid corridor negotiations',
    );
    // Redrawn wide, the date is one line again, in the same node.
    renderTimeline(layoutTimeline(t, { width: 960 }), svg);
    expect(Array.from(svg.querySelectorAll('text.el-label > tspan.el-date'), (s) => s.textContent)).toEqual([date.full]);
    expect(svg.querySelector('text.el-label > tspan.el-date')).toBe(tspans[0]);
  });
});

describe('approximate and uncertain dates', () => {
  it('draw their marks with a soft, dashed edge, and only theirs', () => {
    const doc = parseSvg(
      renderOne([
        { id: 'sure', date: '2000', title: 'Sure', category: 'a' },
        { id: 'circa', date: '2010~', title: 'About then', category: 'b' },
        { id: 'unsure', date: '2015-05?', title: 'Maybe', category: 'a' },
        { id: 'ends', date: '2018', end: '2020~', title: 'Ends about then', category: 'b' },
      ]),
    );
    const mark = (id: string) => doc.querySelector(`[data-event-id="${id}"] .el-mark`)!.getAttribute('class');
    expect(mark('sure')).toBe('el-mark');
    for (const id of ['circa', 'unsure', 'ends']) expect(mark(id)).toBe('el-mark el-approx');
    const css = doc.querySelector('style')!.textContent!;
    expect(css).toMatch(/ \.el-approx\{fill-opacity:\.35;stroke:var\(--_cat\);stroke-width:1\.5;stroke-dasharray:2\.5 1\.5\}/);
    // After the mark's own rule, which it overrides.
    expect(css.indexOf('.el-approx{')).toBeGreaterThan(css.indexOf('.el-mark{'));
  });

  it('leave the stylesheet of a drawing without them as it was', () => {
    const css = parseSvg(renderOne([{ date: '2000', title: 'Sure' }])).querySelector('style')!.textContent!;
    expect(css).not.toContain('el-approx');
    expect(css).not.toContain('el-legend');
  });
});

describe('leaders', () => {
  it('that turn are drawn as one polyline through the turn; the rest stay lines, and change back when redrawn', () => {
    const t = parseTimeline(russiaDprk);
    const narrow = layoutTimeline(t, { width: 375, orientation: 'vertical', locale: 'en' });
    const bent = narrow.events.find((e) => e.stem.bend)!;
    expect(bent).toBeDefined();
    const document = new JSDOM('').window.document;
    const svg = renderTimeline(narrow, document);
    const stem = svg.querySelector(`[data-event-id="${bent.id}"] .el-stem`)!;
    expect(stem.localName).toBe('polyline');
    const { x1, y1, x2, y2, bend } = bent.stem;
    expect(stem.getAttribute('points')!.split(' ').map(Number)).toEqual(
      [x1, y1, bend!.x, bend!.y, x2, y2].map((v) => Math.round(v * 100) / 100),
    );
    const straight = narrow.events.find((e) => !e.stem.bend)!;
    expect(svg.querySelector(`[data-event-id="${straight.id}"] .el-stem`)!.localName).toBe('line');
    renderTimeline(layoutTimeline(t, { width: 960, locale: 'en' }), svg);
    expect(svg.querySelectorAll('polyline.el-stem')).toHaveLength(0);
    expect(svg.querySelectorAll('[data-event-id] > line.el-stem')).toHaveLength(russiaDprk.events.length);
    // Leaders are lines, never filled shapes.
    expect(parseSvg(renderOne(russiaDprk)).querySelector('style')!.textContent).toMatch(/\.el-stem\{fill:none;/);
  });
});

describe('the focus ring', () => {
  it('goes round the focused label and mark, not round the whole group', () => {
    const document = new JSDOM('<!doctype html><html><head></head><body></body></html>').window.document;
    ensureFocusStyles(document);
    const css = document.querySelector('style[data-eventline-focus-styles]')!.textContent!;
    expect(css).toMatch(/\[data-event-id\]:focus-visible \.el-label[^{]*\{outline:3px solid/);
    expect(css).toMatch(/\[data-cluster-id\]:focus-visible \.el-mark[^{]*\{stroke-width:3!important/);
    // No outline on the group itself: its box spans the stem and the labels beside it.
    expect(css).not.toMatch(/:focus-visible(,|\{)[^}]*outline:3px/);
    expect(css).toMatch(/:focus\{outline:none\}/);
  });
});
