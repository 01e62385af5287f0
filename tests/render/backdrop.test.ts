import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { attributePainter } from '../../src/render/attributePainter.js';
import { paintTimeline, renderTimeline } from '../../src/render/renderTimeline.js';
import { contrast, PALETTES, timelineCss } from '../../src/render/theme.js';
import { jsdomWindow } from '../../src/server/jsdomWindow.js';
import { renderToString } from '../../src/server/renderToString.js';
import { markupInventory, parseSvg } from '../helpers/svg.js';

const eras = [
  { date: '1950-06-25/1953-07-27', title: { en: 'Korean War', ar: 'الحرب الكورية' } },
  { date: '1991-12-26', end: '2024-07', title: { en: 'After the Soviet Union', ar: 'ما بعد الاتحاد السوفيتي' } },
];
const input = { ...russiaDprk, eras };

describe('eras, the today line and open ends in the SVG', () => {
  const doc = parseSvg(renderToString(input, { locale: 'en', width: 960, today: '2024-06-19' }));
  const root = doc.documentElement;

  it('draws the eras first of the plot, as one list screen readers reach once, each era an item with its dates and title', () => {
    const children = Array.from(root.children).map((c) => c.getAttribute('class'));
    expect(children.indexOf('el-eras')).toBeGreaterThan(children.indexOf('el-heading'));
    expect(children.indexOf('el-eras')).toBeLessThan(children.indexOf('el-today'));
    expect(children.indexOf('el-today')).toBeLessThan(children.indexOf('el-axis'));
    expect(children.indexOf('el-axis')).toBeLessThan(children.indexOf('el-events'));
    const list = root.querySelectorAll('[aria-label="Eras"]');
    expect(list).toHaveLength(1);
    expect(list[0]!.getAttribute('role')).toBe('list');
    const items = Array.from(list[0]!.querySelectorAll(':scope > g.el-era'));
    expect(items.map((i) => [i.getAttribute('role'), i.getAttribute('aria-label')])).toEqual([
      ['listitem', '25 June 1950 – 27 July 1953: Korean War'],
      ['listitem', '26 December 1991 – July 2024: After the Soviet Union'],
    ]);
    // The band and the drawn title are hidden from readers: the item's name says it all, the cut title in full.
    const war = items[0]!;
    expect(war.querySelector('title')!.textContent).toBe('25 June 1950 – 27 July 1953: Korean War');
    expect(war.querySelector('text.el-era-title')!.textContent).toMatch(/…$/);
    expect(war.querySelector('text.el-era-title')!.getAttribute('aria-hidden')).toBe('true');
    expect(war.querySelector('rect.el-era-band')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('puts the bands where the layout put them, behind the events', () => {
    const g = layoutTimeline(parseTimeline(input), { locale: 'en', width: 960, today: '2024-06-19' });
    const band = root.querySelector('g.el-era rect')!;
    const b = g.eras![0]!.band;
    expect([band.getAttribute('x'), band.getAttribute('y'), band.getAttribute('width'), band.getAttribute('height')].map(Number)).toEqual(
      [b.x, b.y, b.width, b.height].map((v) => Math.round(v * 100) / 100),
    );
    const line = root.querySelector('g.el-today line.el-today-line')!;
    expect(Number(line.getAttribute('x1'))).toBeCloseTo(g.today!.x1, 2);
    expect(root.querySelector('g.el-today')!.getAttribute('aria-label')).toBe('Today: 19 June 2024');
    expect(root.querySelector('g.el-today text')!.textContent).toBe('Today: 19 June 2024');
  });

  it('gives the ongoing event an arrowhead after its bar, in its colour', () => {
    const invasion = root.querySelector('[data-event-id="invasion-ukraine"]')!;
    const mark = invasion.querySelector('.el-mark')!;
    expect(mark.localName).toBe('rect');
    expect(mark.nextElementSibling!.getAttribute('class')).toBe('el-open');
    expect(invasion.querySelector(':scope > title')!.textContent).toBe('since February 2022: Russia invades Ukraine');
    expect(root.querySelector('style')!.textContent).toMatch(/\.el-open\{fill:var\(--_cat\)\}/);
  });

  it('turns the titles of a vertical timeline about their anchor', () => {
    const v = parseSvg(renderToString(input, { locale: 'ar', width: 375, orientation: 'vertical', today: '2024-06-19' })).documentElement;
    const title = v.querySelector('g.el-era:last-child text')!;
    expect(title.getAttribute('transform')).toBe(`rotate(-90 ${title.getAttribute('x')} ${title.getAttribute('y')})`);
    expect(v.querySelector('[role=list][aria-label="الحقب"]')).not.toBeNull();
  });

  it('writes titles from data as text: nothing becomes markup', () => {
    const hostile = {
      events: [{ date: '1961', title: 'x' }],
      eras: [{ date: '1950/1990', title: '<script>alert(1)</script>"><img src=x onerror=alert(1)>' }],
    };
    const svg = parseSvg(renderToString(hostile, { width: 960 }));
    const { elements, attributes } = markupInventory(svg);
    expect(elements.has('script')).toBe(false);
    expect(elements.has('img')).toBe(false);
    expect(attributes.has('onerror')).toBe(false);
    expect(svg.querySelector('text.el-era-title')!.textContent).toContain('<script>');
  });

  it('removes the backdrop on a redraw without it, and draws it again after', () => {
    const { document } = jsdomWindow('test');
    const t = parseTimeline(input);
    const svg = renderTimeline(layoutTimeline(t, { today: '2024-06-19' }), document);
    renderTimeline(layoutTimeline(t, { domain: [Date.UTC(1960, 0, 1), Date.UTC(1970, 0, 1)] }), svg);
    expect(svg.querySelector('g.el-eras')).toBeNull();
    expect(svg.querySelector('g.el-today')).toBeNull();
    expect(svg.querySelector('.el-open')).toBeNull();
    renderTimeline(layoutTimeline(t, { today: '2024-06-19' }), svg);
    const order = Array.from(svg.children).map((c) => c.getAttribute('class'));
    expect(order.indexOf('el-eras')).toBeLessThan(order.indexOf('el-axis'));
    expect(order.indexOf('el-today')).toBeLessThan(order.indexOf('el-events'));
  });
});

describe('backdrop colours', () => {
  it('are custom properties a page can set (--eventline-era, --eventline-today), system colours under forced colours', () => {
    const css = timelineCss('t', 'sans-serif', { backdrop: true });
    expect(css).toContain('--_era:var(--eventline-era,#8c959f)');
    expect(css).toContain('--_today:var(--eventline-today,light-dark(#cf222e,#ff7b72))');
    expect(css).toMatch(/#t \.el-era-band\{fill:var\(--_era\)/);
    expect(css).toMatch(/#t \.el-today-line\{stroke:var\(--_today\)/);
    const forced = css.slice(css.indexOf('@media (forced-colors:active)'));
    expect(forced).toContain('--_era:CanvasText;--_today:Highlight;');
    // A drawing without them carries none of it.
    expect(timelineCss('t', 'sans-serif')).not.toMatch(/era|today/);
  });

  it('keep the today label readable: 4.5:1 against the background (7:1 in high contrast)', () => {
    for (const [name, p] of Object.entries(PALETTES))
      expect(contrast(p.today, p.bg), name).toBeGreaterThanOrEqual(name === 'high-contrast' ? 7 : 4.5);
  });

  it('are painted as attributes for the PNG path, in every theme', () => {
    for (const theme of ['light', 'dark', 'print', 'high-contrast'] as const) {
      const p = PALETTES[theme];
      const g = layoutTimeline(parseTimeline(input), { width: 960, today: '2024-06-19' });
      const svg = paintTimeline(g, jsdomWindow('test').document, { theme }, attributePainter(theme));
      const band = svg.querySelector('.el-era-band')!;
      expect([band.getAttribute('fill'), band.getAttribute('fill-opacity')]).toEqual([p.era, '.12']);
      expect(svg.querySelector('.el-era-title')!.getAttribute('fill')).toBe(p.muted);
      expect(svg.querySelector('.el-today-line')!.getAttribute('stroke')).toBe(p.today);
      expect(svg.querySelector('.el-today-label')!.getAttribute('fill')).toBe(p.today);
      const invasion = svg.querySelector('[data-event-id="invasion-ukraine"]')!;
      expect(invasion.querySelector('.el-open')!.getAttribute('fill')).toBe(invasion.querySelector('.el-mark')!.getAttribute('fill'));
    }
  });
});
