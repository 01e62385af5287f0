import fc from 'fast-check';
import { expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { renderToString } from '../../src/server/renderToString.js';
import { eventList } from '../helpers/arbitraries.js';
import { namedCases, syntheticTimeline } from '../helpers/cases.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { describeBrowser, measureSvgInChromium, withPage } from '../helpers/chromium.js';

/** Label boxes against the axis band (line, marks, tick labels), as Chromium draws them. */
async function labelsClearOfAxis(svg: string): Promise<string[]> {
  return withPage(async (page) => {
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    return page.evaluate(() => {
      const boxes = (sel: string) => [...document.querySelectorAll(sel)].map((el) => ({ el, r: el.getBoundingClientRect() }));
      const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const axis = [...boxes('.el-tick text'), ...boxes('.el-axis-line'), ...boxes('.el-mark')];
      const bad: string[] = [];
      for (const l of boxes('text.el-label'))
        for (const a of axis) if (hit(l.r, a.r)) bad.push(`${l.el.textContent} × ${a.el.getAttribute('class') ?? a.el.textContent}`);
      return bad;
    });
  });
}

describeBrowser('timelines measured in Chromium', () => {
  for (const c of namedCases) {
    it(`${c.name}: no label overlaps another, leaves the SVG or touches the axis`, async () => {
      const svg = renderToString(c.input, c.options);
      const m = await measureSvgInChromium(svg);
      expect(m.labels.length).toBeGreaterThan(0);
      expect(m.overlaps).toEqual([]);
      expect(m.outside).toEqual([]);
      if (c.options.orientation !== 'vertical') expect(await labelsClearOfAxis(svg)).toEqual([]);
    });
  }

  it('the article keeps all its events, with the Arabic one running right to left', async () => {
    const en = await measureSvgInChromium(renderToString(russiaDprk, { locale: 'en' }));
    const ar = await measureSvgInChromium(renderToString(russiaDprk, { locale: 'ar' }));
    expect(en.labels).toHaveLength(russiaDprk.events.length);
    expect(ar.labels).toHaveLength(russiaDprk.events.length);
    const x = (m: typeof en, id: string) => m.labels.find((l) => l.id === id)!.box;
    // 1948 starts the English timeline on the left and the Arabic one on the right.
    expect(x(en, 'dprk-founded').x).toBeLessThan(x(en, 'pyongyang-summit').x);
    expect(x(ar, 'dprk-founded').x).toBeGreaterThan(x(ar, 'pyongyang-summit').x);
  });

  it('random event sets (dense clusters, BCE, Arabic, long titles) render without overlaps', async () => {
    const samples = fc.sample(
      fc.tuple(eventList(50), fc.constantFrom('en', 'ar'), fc.integer({ min: 360, max: 1280 }), fc.constantFrom('horizontal' as const, 'vertical' as const)),
      { numRuns: 16, seed: 20240619 },
    );
    for (const [events, locale, width, orientation] of samples) {
      const m = await measureSvgInChromium(renderToString(events, { locale, width, orientation }));
      expect(m.overlaps, `${locale} ${width}px ${orientation}: ${JSON.stringify(events).slice(0, 200)}`).toEqual([]);
      expect(m.outside).toEqual([]);
    }
  });

  it('20,000 events: clusters and lone events, no label overlaps another, leaves the SVG or touches the axis', async () => {
    const events = syntheticTimeline(20_000, 2024);
    const geometry = layoutTimeline(parseTimeline(events), { width: 960 });
    expect(geometry.clusters.length).toBeGreaterThan(0);
    const svg = renderToString(events, { width: 960 });
    const m = await measureSvgInChromium(svg);
    expect(m.labels).toHaveLength(geometry.events.length + geometry.clusters.length);
    expect(m.overlaps).toEqual([]);
    expect(m.outside).toEqual([]);
    expect(await labelsClearOfAxis(svg)).toEqual([]);
  });

  it('zoom steps into clusters (Arabic, right to left) render without overlaps', async () => {
    const events = syntheticTimeline(5000, 1948);
    const timeline = parseTimeline(events);
    let domain: readonly [number, number] | undefined;
    for (let step = 0; step < 3; step++) {
      const options = { width: 720, locale: 'ar', ...(domain ? { domain } : {}) };
      const geometry = layoutTimeline(timeline, options);
      const m = await measureSvgInChromium(renderToString(events, options));
      expect(m.labels).toHaveLength(geometry.events.length + geometry.clusters.length);
      expect(m.overlaps, `step ${step}`).toEqual([]);
      expect(m.outside, `step ${step}`).toEqual([]);
      const biggest = [...geometry.clusters].sort((a, b) => b.count - a.count)[0];
      if (!biggest) break;
      domain = biggest.zoomDomain;
    }
  });

  it('each label line reads in its own direction, whatever the timeline direction', async () => {
    // An English date in a right-to-left timeline, and an Arabic title in a left-to-right one.
    const he = renderToString({ locale: 'he', events: [{ date: '1948-05-14', title: 'הכרזת העצמאות' }] });
    const en = renderToString([{ date: '2024-06-19', title: 'قال كيم (40) نعم' }], { locale: 'en' });
    const read = (svg: string) =>
      withPage(async (page) => {
        await page.setContent(`<!doctype html><html><body>${svg}</body></html>`);
        return page.evaluate(() => {
          const x = (sel: string, i: number) => (document.querySelector(sel) as SVGTextContentElement).getStartPositionOfChar(i).x;
          return { day: x('.el-date', 0), month: x('.el-date', 3), first: x('.el-title', 0), paren: x('.el-title', 8) };
        });
      });
    const h = await read(he);
    expect(h.day).toBeLessThan(h.month); // "14 May 1948" reads left to right
    const e = await read(en);
    expect(e.first).toBeGreaterThan(e.paren); // the Arabic title starts on the right
  });
});
