import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import type { LayoutOptions } from '../../src/layout/resolveOptions.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import type { ThemeName } from '../../src/options.js';
import { attributePainter } from '../../src/render/attributePainter.js';
import { paintTimeline } from '../../src/render/renderTimeline.js';
import { PALETTES } from '../../src/render/theme.js';
import { jsdomWindow } from '../../src/server/jsdomWindow.js';
import { syntheticTimeline } from '../helpers/cases.js';

/** The article with links on its first two events, so some titles are links. */
const linked = { ...russiaDprk, events: russiaDprk.events.map((e, i) => (i < 2 ? { ...e, url: `https://example.org/${i}` } : e)) };

function draw(input: unknown, theme: ThemeName, mode: 'css' | 'attributes', options: LayoutOptions = {}): SVGSVGElement {
  return paintTimeline(
    layoutTimeline(parseTimeline(input), options),
    jsdomWindow('test').document,
    { theme },
    mode === 'attributes' ? attributePainter(theme) : undefined,
  );
}

const attrs = (el: Element | null, ...names: string[]) => Object.fromEntries(names.map((n) => [n, el?.getAttribute(n) ?? null]));

describe('paintTimeline with an attribute painter: colours resolved from the theme, for rasterizers without CSS', () => {
  for (const theme of ['light', 'dark', 'print', 'high-contrast'] as const) {
    const p = PALETTES[theme];

    it(`${theme}: marks and stems in their category colour (mark colour without one), labels with a halo, no stylesheet`, () => {
      const svg = draw(linked, theme, 'attributes');
      expect(svg.querySelector('style')).toBeNull();
      expect(svg.outerHTML).not.toMatch(/var\(|style=|undefined/);
      // Every colour is one of the theme's: a misspelt role in the table would not be.
      const colours = new Set([p.bg, p.fg, p.muted, p.axis, p.mark, p.halo, ...p.categories, 'none']);
      for (const el of Array.from(svg.querySelectorAll('[fill], [stroke]'))) {
        for (const a of ['fill', 'stroke'])
          if (el.hasAttribute(a)) expect(colours, `${el.getAttribute('class')} ${a}`).toContain(el.getAttribute(a));
      }
      expect(svg.getAttribute('font-family')).toMatch(/^"Noto Sans"/);
      expect(attrs(svg.querySelector('.el-bg'), 'fill')).toEqual({ fill: p.bg });
      const events = Array.from(svg.querySelectorAll('g.el-event'));
      expect(events.length).toBe(russiaDprk.events.length);
      for (const g of events) {
        const category = /el-cat-(\d)/.exec(g.getAttribute('class')!)?.[1];
        const colour = category === undefined ? p.mark : p.categories[Number(category)]!;
        // Approximate dates: a pale mark with a dashed edge in its colour.
        const approximate = g.querySelector('.el-mark')!.classList.contains('el-approx');
        expect(attrs(g.querySelector('.el-mark'), 'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'fill-opacity')).toEqual(
          approximate
            ? { fill: colour, stroke: colour, 'stroke-width': '1.5', 'stroke-dasharray': '2.5 1.5', 'fill-opacity': '.35' }
            : { fill: colour, stroke: p.bg, 'stroke-width': '1.5', 'stroke-dasharray': null, 'fill-opacity': null },
        );
        expect(attrs(g.querySelector('.el-stem'), 'stroke', 'opacity', 'fill')).toEqual({
          stroke: colour,
          opacity: theme === 'high-contrast' ? '1' : '.7',
          fill: 'none',
        });
        expect(attrs(g.querySelector('.el-label'), 'fill', 'stroke', 'paint-order')).toEqual({
          fill: p.fg,
          stroke: p.halo,
          'paint-order': 'stroke',
        });
        expect(attrs(g.querySelector('.el-date'), 'fill', 'font-weight')).toEqual({ fill: p.muted, 'font-weight': '700' });
        // Only titles that are links are underlined.
        expect(g.querySelector('.el-title')!.getAttribute('text-decoration')).toBe(g.querySelector('a') ? 'underline' : null);
      }
      expect(svg.querySelectorAll('a .el-title[text-decoration=underline]')).toHaveLength(2);
      expect(attrs(svg.querySelector('.el-axis-line'), 'stroke', 'stroke-width')).toEqual({
        stroke: p.axis,
        'stroke-width': theme === 'high-contrast' ? '2' : '1.5',
      });
      expect(attrs(svg.querySelector('.el-tick line'), 'stroke')).toEqual({ stroke: p.axis });
      expect(attrs(svg.querySelector('.el-tick text'), 'fill')).toEqual({ fill: p.muted });
      expect(attrs(svg.querySelector('.el-heading'), 'fill', 'font-weight')).toEqual({ fill: p.fg, 'font-weight': '700' });
      expect(svg.querySelectorAll('g.el-event .el-approx').length).toBeGreaterThan(0);
      // The legend: names in the text colour, swatches in their category's, the approximate one drawn as such a mark.
      for (const t of Array.from(svg.querySelectorAll('.el-legend text'))) expect(attrs(t, 'fill')).toEqual({ fill: p.fg });
      const swatches = Array.from(svg.querySelectorAll('.el-legend .el-swatch'));
      expect(swatches.filter((w) => w.classList.contains('el-approx')).map((w) => attrs(w, 'fill', 'stroke', 'stroke-dasharray'))).toEqual([
        { fill: p.mark, stroke: p.mark, 'stroke-dasharray': '2.5 1.5' },
      ]);
      for (const w of swatches.filter((x) => !x.classList.contains('el-approx'))) expect(p.categories).toContain(w.getAttribute('fill'));
    });

    it(`${theme}: cluster bars translucent in the mark colour, the density strip in the axis colour`, () => {
      const svg = draw(syntheticTimeline(600, 1948), theme, 'attributes', { width: 960 });
      const bars = Array.from(svg.querySelectorAll('.el-cluster-mark'));
      expect(bars.length).toBeGreaterThan(3);
      for (const bar of bars)
        expect(attrs(bar, 'fill', 'stroke', 'fill-opacity')).toEqual({ fill: p.mark, stroke: p.mark, 'fill-opacity': '.3' });
      expect(attrs(svg.querySelector('.el-cluster .el-stem'), 'stroke')).toEqual({ stroke: p.mark });
      expect(svg.querySelectorAll('g.el-density path')).toHaveLength(1);
      expect(attrs(svg.querySelector('g.el-density'), 'fill')).toEqual({ fill: p.axis });
    });
  }

  it('paints `auto` as light; without a painter no colour attribute is written and the stylesheet stays', () => {
    expect(draw(russiaDprk, 'auto', 'attributes').querySelector('.el-bg')!.getAttribute('fill')).toBe(PALETTES.light.bg);
    const css = draw(linked, 'dark', 'css');
    expect(css.querySelector('style')).not.toBeNull();
    const painted = [
      'fill',
      'stroke',
      'stroke-width',
      'opacity',
      'fill-opacity',
      'font-weight',
      'font-family',
      'paint-order',
      'text-decoration',
    ];
    expect(Array.from(css.querySelectorAll('*')).filter((el) => painted.some((a) => el.hasAttribute(a)))).toEqual([]);
  });
});
