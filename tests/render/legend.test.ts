import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { legendWords } from '../../src/layout/legendWords.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { renderTimeline } from '../../src/render/renderTimeline.js';
import { renderToString } from '../../src/server/renderToString.js';
import { parseSvg } from '../helpers/svg.js';

/** One layout: without a width the SVG would hold a wide and a narrow one. */
const renderOne = (input: Parameters<typeof renderToString>[0], options: Parameters<typeof renderToString>[1] = {}) =>
  renderToString(input, { width: 960, ...options });

/** The article's categories as its `categories` names them in English. */
const categories = ['History', 'Diplomacy', 'Transport', 'War'];

describe('the legend', () => {
  it('is on by default with two or more categories: one list, named once, of the category names in order', () => {
    const doc = parseSvg(renderOne(russiaDprk, { locale: 'en' }));
    const legends = doc.querySelectorAll('g.el-legend');
    expect(legends).toHaveLength(1);
    const legend = legends[0]!;
    expect(legend.getAttribute('role')).toBe('list');
    expect(legend.getAttribute('aria-label')).toBe('Legend');
    const items = Array.from(legend.querySelectorAll(':scope > g'));
    expect(items.every((i) => i.getAttribute('role') === 'listitem')).toBe(true);
    expect(items.map((i) => i.querySelector('text')!.textContent)).toEqual([...categories, 'approximate or uncertain date']);
    // Swatches are decoration; the words are what a screen reader reads.
    for (const s of Array.from(legend.querySelectorAll('.el-swatch'))) expect(s.getAttribute('aria-hidden')).toBe('true');
    expect(Array.from(legend.querySelectorAll('rect.el-swatch')).map((s) => s.getAttribute('class'))).toEqual(
      categories.map((_, i) => `el-swatch el-cat-${i}`),
    );
    expect(legend.querySelectorAll('circle.el-swatch.el-approx')).toHaveLength(1);
  });

  it('is read once, before the events, and no event repeats it', () => {
    const doc = parseSvg(renderOne(russiaDprk, { locale: 'en' }));
    const svg = doc.documentElement;
    const order = Array.from(svg.children).map((c) => c.getAttribute('class'));
    expect(order.indexOf('el-legend')).toBeLessThan(order.indexOf('el-events'));
    for (const g of Array.from(doc.querySelectorAll('[data-event-id]'))) {
      const name = g.querySelector(':scope > title')!.textContent!;
      expect(name).not.toMatch(/Legend/);
      for (const c of categories) expect(name.toLowerCase()).not.toContain(c.toLowerCase());
      expect(g.querySelector('.el-legend')).toBeNull();
    }
  });

  it('is absent with legend: false, with one category and with none', () => {
    expect(parseSvg(renderOne(russiaDprk, { legend: false })).querySelector('.el-legend')).toBeNull();
    expect(layoutTimeline(parseTimeline(russiaDprk), { legend: false }).legend).toBeUndefined();
    const one = [
      { date: '1948', title: 'Founded', category: 'history' },
      { date: '1961~', title: 'Treaty', category: 'history' },
    ];
    expect(parseSvg(renderOne(one)).querySelector('.el-legend')).toBeNull();
    expect(parseSvg(renderOne(one.map(({ date, title }) => ({ date, title })))).querySelector('.el-legend')).toBeNull();
    expect(() => layoutTimeline(parseTimeline(one), { legend: 'yes' as never })).toThrow(/^options\.legend: /);
  });

  it('names events without a category "other", after the categories, with a swatch of no category colour', () => {
    // A third of the article's events lose their category.
    const some = { ...russiaDprk, events: russiaDprk.events.map((e, i) => (i % 3 === 1 ? { ...e, category: undefined } : e)) };
    for (const [locale, other] of [
      ['en', 'other'],
      ['ar', 'أخرى'],
    ] as const) {
      const legend = parseSvg(renderOne(some, { locale })).querySelector('g.el-legend')!;
      const items = Array.from(legend.querySelectorAll(':scope > g'));
      const words = items.map((i) => i.querySelector('text')!.textContent);
      expect(words.at(-2)).toBe(other);
      expect(words.at(-1)).toBe(legendWords(locale).approximate);
      expect(items.at(-2)!.querySelector('.el-swatch')!.getAttribute('class')).toBe('el-swatch');
    }
    // Only where some event has none.
    const all = parseSvg(renderOne(russiaDprk, { locale: 'en' })).querySelector('g.el-legend')!;
    expect(Array.from(all.querySelectorAll('text'), (t) => t.textContent)).not.toContain('other');
  });

  it('speaks the timeline language and reads right to left in Arabic: first category at the right', () => {
    const g = layoutTimeline(parseTimeline(russiaDprk), { locale: 'ar', width: 960 });
    const legend = g.legend!;
    expect(legend.name).toBe(legendWords('ar').legend);
    expect(legend.items.at(-1)!.label.text).toBe(legendWords('ar').approximate);
    const xs = legend.items.filter((i) => i.label.y === legend.items[0]!.label.y).map((i) => i.swatch.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeLessThan(xs[i - 1]!);
    expect(legend.items[0]!.swatch.x + legend.items[0]!.swatch.width).toBeCloseTo(960 - 16, 6);
    expect(legend.items.slice(0, 4).map((i) => i.label.full)).toEqual(['تاريخ', 'دبلوماسية', 'نقل', 'حرب']);
    expect(legend.items.at(-1)!.label.direction).toBe('rtl');
    expect(legend.items.at(-1)!.label.anchor).toBe('start');
    // Each name reads in its own direction, against its swatch: keys without a name stay as written, in Latin letters.
    const unnamed = layoutTimeline(parseTimeline({ ...russiaDprk, categories: undefined }), { locale: 'ar', width: 960 }).legend!;
    expect(unnamed.items[0]!.label.full).toBe('history');
    expect(unnamed.items[0]!.label.direction).toBe('ltr');
    expect(unnamed.items[0]!.label.anchor).toBe('end');
    expect(legend.items[0]!.label.direction).toBe('rtl');
    expect(legend.items[0]!.label.anchor).toBe('start');
    expect(legendWords('de').legend).toBe('Legend');
    expect(legendWords('constructor').legend).toBe('Legend');
  });

  it('flows onto more lines when narrow, counts what is beyond two dozen categories, and keeps names from data as text', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      date: `${1950 + i}`,
      title: `Event ${i}`,
      category: i === 0 ? '<b>bold</b>' : `category ${i}`,
    }));
    const g = layoutTimeline(parseTimeline(many), { width: 360 });
    const legend = g.legend!;
    expect(legend.items).toHaveLength(24);
    expect(legend.items.at(-1)).toMatchObject({ kind: 'more', label: { text: '+7' } });
    expect(new Set(legend.items.map((i) => i.label.y)).size).toBeGreaterThan(2);
    for (const i of legend.items) expect(i.swatch.x).toBeGreaterThanOrEqual(16);
    const doc = parseSvg(renderOne(many, { width: 360 }));
    expect(doc.querySelector('.el-legend b')).toBeNull();
    expect(doc.querySelector('.el-legend text')!.textContent).toBe('<b>bold</b>');
  });

  it('is drawn once however often the drawing is redrawn, and goes when the legend does', () => {
    const document = new JSDOM('').window.document;
    const t = parseTimeline(russiaDprk);
    const svg = renderTimeline(layoutTimeline(t, { width: 960 }), document);
    renderTimeline(layoutTimeline(t, { width: 720 }), svg);
    expect(svg.querySelectorAll('g.el-legend')).toHaveLength(1);
    expect(svg.querySelectorAll('g.el-legend > g')).toHaveLength(5);
    renderTimeline(layoutTimeline(t, { width: 720, legend: false }), svg);
    expect(svg.querySelectorAll('g.el-legend')).toHaveLength(0);
  });
});
