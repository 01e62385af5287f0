import { expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { attributePainter } from '../../src/render/attributePainter.js';
import { paintTimeline } from '../../src/render/renderTimeline.js';
import { jsdomWindow } from '../../src/server/jsdomWindow.js';
import { describeBrowser, withPage } from '../helpers/chromium.js';
import { syntheticTimeline } from '../helpers/cases.js';

const linked = { ...russiaDprk, events: russiaDprk.events.map((e, i) => (i < 2 ? { ...e, url: `https://example.org/${i}` } : e)) };
const mixed = syntheticTimeline(600, 1948);
// Events with and without categories, and with none at all: an event without one (and a
// cluster) is painted in the accent only where no event has a category.
const plain = mixed.map(({ category: _, ...e }) => e);
const inputs = { article: linked, clusters: mixed, plain };

function svgText(
  input: unknown,
  theme: 'light' | 'dark' | 'high-contrast' | 'print',
  mode: 'css' | 'attributes',
  idPrefix: string,
): string {
  const window = jsdomWindow('test');
  const geometry = layoutTimeline(parseTimeline(input), { width: 960 });
  const painter = mode === 'attributes' ? attributePainter(theme, geometry.categories.length > 0) : undefined;
  const svg = paintTimeline(geometry, window.document, { theme, idPrefix }, painter);
  return new window.XMLSerializer().serializeToString(svg);
}

describeBrowser('paint modes in Chromium', () => {
  // The raster path must paint what the stylesheet paints: both come from one table in
  // theme.ts, and this compares what a browser computes for each, element by element.
  it('presentation attributes give every shape and line of text the computed style the stylesheet gives it', async () => {
    const pairs: string[] = [];
    let html = '';
    for (const theme of ['light', 'dark', 'high-contrast', 'print'] as const) {
      for (const [name, input] of Object.entries(inputs)) {
        const id = `${name}-${theme}`;
        pairs.push(id);
        html += svgText(input, theme, 'css', `css-${id}`) + svgText(input, theme, 'attributes', `attr-${id}`);
      }
    }
    const result = await withPage(async (page) => {
      await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
      return page.evaluate((ids) => {
        const props = [
          'fill',
          'stroke',
          'stroke-width',
          'opacity',
          'fill-opacity',
          'font-weight',
          'font-family',
          'paint-order',
          'stroke-linejoin',
          'text-decoration-line',
        ];
        const painted = (id: string) => Array.from(document.getElementById(id)!.querySelectorAll('rect, circle, line, text, tspan'));
        const mismatches: string[] = [];
        let compared = 0;
        for (const id of ids) {
          const css = painted(`css-${id}`);
          const attr = painted(`attr-${id}`);
          if (css.length !== attr.length) mismatches.push(`${id}: ${css.length} vs ${attr.length} elements`);
          css.forEach((el, i) => {
            const a = getComputedStyle(el);
            const b = getComputedStyle(attr[i]!);
            for (const p of props) {
              compared++;
              if (a.getPropertyValue(p) !== b.getPropertyValue(p))
                mismatches.push(
                  `${id} ${el.localName}.${el.getAttribute('class')} ${p}: ${a.getPropertyValue(p)} vs ${b.getPropertyValue(p)}`,
                );
            }
          });
        }
        return { compared, mismatches: mismatches.slice(0, 20), total: mismatches.length };
      }, pairs);
    });
    expect(result.mismatches).toEqual([]);
    // Thousands of elements: the density strip is one path now, not a rect per bin.
    expect(result.compared).toBeGreaterThan(5_000);
  });

  it('paints events without a category apart from every category where others have one', async () => {
    const few = syntheticTimeline(30, 1948);
    const html = [
      svgText(few, 'light', 'css', 'few'),
      svgText(inputs.clusters, 'light', 'css', 'clusters'),
      svgText(
        few.map(({ category: _, ...e }) => e),
        'light',
        'css',
        'plain',
      ),
    ].join('');
    const fills = await withPage(async (page) => {
      await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
      return page.evaluate(() => {
        const fillOf = (id: string, selector: string) =>
          Array.from(document.getElementById(id)!.querySelectorAll(selector), (el) => getComputedStyle(el).fill);
        return {
          uncategorized: fillOf('few', '.el-event:not([class*="el-cat-"]) > .el-mark:not(.el-approx)'),
          categories: fillOf('few', '[class*="el-cat-"] > .el-mark:not(.el-approx)'),
          clusters: Array.from(document.querySelectorAll('#clusters .el-cluster-mark'), (el) => getComputedStyle(el).stroke),
          text: getComputedStyle(document.querySelector('#clusters .el-label')!).fill,
          axis: getComputedStyle(document.querySelector('#clusters .el-axis-line')!).stroke,
          plain: fillOf('plain', '.el-event > .el-mark:not(.el-approx)'),
        };
      });
    });
    expect(fills.uncategorized.length).toBeGreaterThan(0);
    expect(new Set(fills.uncategorized)).toEqual(new Set([fills.text]));
    expect(fills.categories).not.toContain(fills.text);
    // Nor the axis's grey, under a bar on it.
    expect(fills.text).not.toBe(fills.axis);
    expect(new Set(fills.categories).size).toBe(3);
    expect(new Set(fills.clusters)).toEqual(new Set([fills.text]));
    // Without categories, the accent blue.
    expect(new Set(fills.plain)).toEqual(new Set(['rgb(9, 105, 218)']));
  });
});
