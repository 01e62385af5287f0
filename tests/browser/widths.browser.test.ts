import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { renderToString } from '../../src/server/renderToString.js';
import { describeBrowser, getConsoleErrors, withPage } from '../helpers/chromium.js';
import { denseTimeline } from '../helpers/dense.js';

const root = resolve(__dirname, '../..');
/** Screenshots to look at, not compared: `out/` is not committed. */
const shots = join(root, 'out/widths');

/** A page as an article would hold the SVG: a centred column with padding, in the SVG's language. */
const articlePage = (svg: string, locale: string, column = 'max-width:1000px;padding:0 16px') =>
  `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>Article</title>` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"></head>` +
  `<body style="margin:0"><main style="margin:0 auto;${column};font:16px/1.5 sans-serif"><h1>Article</h1><p>Before.</p>${svg}<p>After.</p></main></body></html>`;

interface Reading {
  scrollWidth: number;
  viewport: number;
  /** Ids of the layouts that are displayed. */
  shown: string[];
  /** Visible texts whose size on screen (font-size × scale) is under 11 CSS px. */
  small: { text: string; px: number }[];
  /** Pairs of visible texts whose boxes intersect. */
  overlaps: [string, string][];
  /** Visible texts that leave the viewport sideways. */
  outside: string[];
  texts: number;
  /** Shown event and cluster labels. */
  labels: number;
  /** Visible texts cut with "…". */
  cut: string[];
  /** Height of the outer SVG as drawn. */
  height: number;
}

/** What a reader of the page gets from the inlined SVG, measured in the page. */
function readPage(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const shownSvgs = [...document.querySelectorAll<SVGSVGElement>('svg.eventline')].filter((s) => getComputedStyle(s).display !== 'none');
    const texts = shownSvgs
      .flatMap((s) => [...s.querySelectorAll<SVGTextElement>('text')])
      .filter((t) => (t.textContent ?? '').trim() !== '');
    const small: { text: string; px: number }[] = [];
    const boxes: { text: string; r: DOMRect }[] = [];
    for (const t of texts) {
      const scale = Math.hypot(t.getScreenCTM()!.a, t.getScreenCTM()!.b);
      // Each line of a label (tspan) has its own size.
      for (const line of [t, ...t.querySelectorAll('tspan')]) {
        if (!line.textContent?.trim()) continue;
        const px = parseFloat(getComputedStyle(line).fontSize) * scale;
        if (px < 11) small.push({ text: line.textContent, px });
      }
      boxes.push({ text: t.textContent!, r: t.getBoundingClientRect() });
    }
    const overlaps: [string, string][] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 0 && h > 0 && w * h > 0.5) overlaps.push([a.text, b.text]);
      }
    });
    const vw = document.documentElement.clientWidth;
    return {
      scrollWidth: document.scrollingElement!.scrollWidth,
      viewport: window.innerWidth,
      shown: shownSvgs.map((s) => s.id),
      small,
      overlaps,
      outside: boxes.filter((b) => b.r.left < -0.5 || b.r.right > vw + 0.5).map((b) => b.text),
      texts: texts.length,
      labels: shownSvgs.flatMap((s) => [...s.querySelectorAll('text.el-label')]).length,
      cut: texts.filter((t) => t.textContent!.includes('…')).map((t) => t.textContent!),
      height: Math.round(document.querySelector('svg')!.getBoundingClientRect().height),
    };
  });
}

/** Heights of the shown drawing, by case and width, printed once the suite has measured them all. */
const heights = new Map<string, number>();
afterAll(() => {
  if (heights.size)
    console.log(`Heights of the default SVG as shown (CSS px):\n${[...heights].map(([k, h]) => `  ${k}: ${h}`).join('\n')}`);
});

const cases = [
  { name: 'article-en', locale: 'en', input: russiaDprk, labels: russiaDprk.events.length },
  { name: 'article-ar', locale: 'ar', input: russiaDprk, labels: russiaDprk.events.length },
  { name: 'dense-en', locale: 'en', input: denseTimeline('en'), labels: 35 },
  { name: 'dense-ar', locale: 'ar', input: denseTimeline('ar'), labels: 35 },
];

describeBrowser('every width, without scripts', () => {
  for (const c of cases) {
    for (const width of [375, 1280]) {
      it(`${c.name}, ${width} px: the default SVG fits the column, its text is 11 px or more, nothing overlaps, no title is cut`, async () => {
        const svg = renderToString(c.input, { locale: c.locale, idPrefix: 'tl' });
        mkdirSync(shots, { recursive: true });
        const r = await withPage(async (page) => {
          await page.setViewportSize({ width, height: 900 });
          await page.setContent(articlePage(svg, c.locale));
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: join(shots, `${c.name}-${width}.png`), fullPage: true });
          return readPage(page);
        });
        heights.set(`${c.name} at ${width} px`, r.height);
        expect(getConsoleErrors()).toEqual([]);
        expect(r.scrollWidth).toBeLessThanOrEqual(r.viewport);
        expect(r.shown).toEqual([width < 960 ? 'tl-narrow' : 'tl-wide']);
        // Every label, the heading and the ticks.
        expect(r.labels).toBe(c.labels);
        expect(r.texts).toBeGreaterThan(c.labels + 3);
        expect(r.small).toEqual([]);
        expect(r.overlaps).toEqual([]);
        expect(r.outside).toEqual([]);
        // Every title here, and the heading, is 80 characters or fewer: none may be cut.
        expect(r.cut).toEqual([]);
      });
    }
  }

  it('a column that declares itself a container decides, whatever the viewport', async () => {
    const svg = renderToString(russiaDprk, { locale: 'en', idPrefix: 'tl' });
    const r = await withPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.setContent(articlePage(svg, 'en', 'max-width:640px;container-type:inline-size'));
      const narrow = await readPage(page);
      await page.setContent(articlePage(svg, 'en', 'max-width:1100px;container-type:inline-size'));
      await page.setViewportSize({ width: 1000, height: 900 });
      return { narrow, wide: await readPage(page) };
    });
    // A 640 px column on a wide screen: the media query alone would pick the wide layout.
    expect(r.narrow.shown).toEqual(['tl-narrow']);
    expect(r.narrow.small).toEqual([]);
    // A 1000 px column on a 1000 px screen holds the wide layout at its own size, which the viewport rule alone would not show.
    expect(r.wide.shown).toEqual(['tl-wide']);
    expect(r.wide.small).toEqual([]);
    expect(r.wide.scrollWidth).toBeLessThanOrEqual(r.wide.viewport);
  });

  it('the box of the SVG takes the shown layout’s size, so nothing is cut and no space is left', async () => {
    const svg = renderToString(russiaDprk, { locale: 'en', idPrefix: 'tl' });
    const r = await withPage(async (page) => {
      const out: Record<string, { outer: number[]; inner: number[] }> = {};
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.setContent(articlePage(svg, 'en'));
        out[width] = await page.evaluate(() => {
          const box = (el: Element) => {
            const b = el.getBoundingClientRect();
            return [b.left, b.top, b.width, b.height].map((v) => Math.round(v * 10) / 10);
          };
          const shown = [...document.querySelectorAll('svg.eventline')].find((s) => getComputedStyle(s).display !== 'none')!;
          return { outer: box(document.getElementById('tl')!), inner: box(shown.querySelector('.el-bg')!) };
        });
      }
      return out;
    });
    expect(r[375]!.inner).toEqual(r[375]!.outer);
    expect(r[375]!.outer[2]).toBe(320);
    expect(r[1280]!.inner).toEqual(r[1280]!.outer);
    expect(r[1280]!.outer[2]).toBe(960);
  });

  it('shows the wide layout as a file, whatever the window', async () => {
    const svg = renderToString(russiaDprk, { locale: 'en', idPrefix: 'tl', xmlDeclaration: true });
    const shown = await withPage(async (page) => {
      await page.setViewportSize({ width: 375, height: 700 });
      await page.goto(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      return page.evaluate(() =>
        [...document.querySelectorAll('svg.eventline')].filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.id),
      );
    });
    expect(shown).toEqual(['tl-wide']);
  });

  it('exposes only the shown layout to assistive technology, and axe finds no violations', async () => {
    const svg = renderToString(russiaDprk, { locale: 'en', idPrefix: 'tl' });
    const r = await withPage(async (page) => {
      const out: { width: number; tree: string; violations: string[] }[] = [];
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.setContent(articlePage(svg, 'en'));
        await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map((v) => v.id);
        });
        out.push({ width, tree: await page.locator('main').ariaSnapshot(), violations });
      }
      return out;
    });
    for (const { width, tree, violations } of r) {
      expect(violations, `${width}`).toEqual([]);
      expect(tree.match(/- 'document "Russia and North Korea/g), `${width}: ${tree}`).toHaveLength(1);
      expect(tree.match(/- list:/g), `${width}`).toHaveLength(1);
      expect(tree.match(/- 'listitem /g), `${width}`).toHaveLength(9);
    }
  });
});
