import fc from 'fast-check';
import { expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { renderToString } from '../../src/server/renderToString.js';
import { eventList } from '../helpers/arbitraries.js';
import { namedCases, syntheticTimeline } from '../helpers/cases.js';
import { denseTimeline } from '../helpers/dense.js';
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
      const hit = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const axis = [...boxes('.el-tick text'), ...boxes('.el-axis-line'), ...boxes('.el-mark')];
      const bad: string[] = [];
      for (const l of boxes('text.el-label'))
        for (const a of axis) if (hit(l.r, a.r)) bad.push(`${l.el.textContent} × ${a.el.getAttribute('class') ?? a.el.textContent}`);
      return bad;
    });
  });
}

/**
 * What Chromium draws where it must not: a leader (line or polyline, with its own
 * coordinates: the SVG is at the page's corner at 1 px a unit) running through another
 * label's text as laid out, and the legend meeting a label or a leader.
 */
async function stemsAndLegendClear(svg: string): Promise<string[]> {
  return withPage(async (page) => {
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    return page.evaluate(() => {
      const root = document.querySelector('svg')!.getBoundingClientRect();
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.left - root.left, y: r.top - root.top, w: r.width, h: r.height };
      };
      type B = ReturnType<typeof box>;
      const crosses = (x1: number, y1: number, x2: number, y2: number, b: B, t = 0.5) => {
        const [l, r, top, bottom] = [b.x + t, b.x + b.w - t, b.y + t, b.y + b.h - t];
        let t0 = 0;
        let t1 = 1;
        for (const [p, q] of [
          [x1 - x2, x1 - l],
          [x2 - x1, r - x1],
          [y1 - y2, y1 - top],
          [y2 - y1, bottom - y1],
        ] as const) {
          if (p === 0) {
            if (q <= 0) return false;
            continue;
          }
          const v = q / p;
          if (p < 0) t0 = Math.max(t0, v);
          else t1 = Math.min(t1, v);
          if (t0 >= t1) return false;
        }
        return true;
      };
      // Only the shown layout: the hidden one of an SVG drawn without a width has stems in its own coordinates.
      const shown = (el: Element) => getComputedStyle(el.closest('svg.eventline') ?? el).display !== 'none';
      const drawn = [...document.querySelectorAll('[data-event-id], [data-cluster-id]')].filter(shown).map((g) => {
        const stem = g.querySelector(':scope > .el-stem')!;
        const n = (a: string) => Number(stem.getAttribute(a));
        const points =
          stem.localName === 'polyline' ? stem.getAttribute('points')!.split(' ').map(Number) : [n('x1'), n('y1'), n('x2'), n('y2')];
        const segments: [number, number, number, number][] = [];
        for (let i = 0; i + 3 < points.length; i += 2) segments.push([points[i]!, points[i + 1]!, points[i + 2]!, points[i + 3]!]);
        return {
          id: g.getAttribute('data-event-id') ?? g.getAttribute('data-cluster-id')!,
          segments,
          label: box(g.querySelector('text.el-label')!),
        };
      });
      const bad: string[] = [];
      for (const a of drawn)
        for (const b of drawn)
          if (a !== b) for (const s of a.segments) if (crosses(...s, b.label)) bad.push(`stem ${a.id} × label ${b.id}`);
      const legend = [...document.querySelectorAll('g.el-legend')].find(shown);
      if (legend) {
        const l = box(legend);
        for (const d of drawn) {
          const b = d.label;
          if (l.x < b.x + b.w && b.x < l.x + l.w && l.y < b.y + b.h && b.y < l.y + l.h) bad.push(`legend × label ${d.id}`);
          for (const s of d.segments) if (crosses(...s, l, 0)) bad.push(`legend × stem ${d.id}`);
        }
      }
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
      expect(await stemsAndLegendClear(svg)).toEqual([]);
    });
  }

  it('the article at 1280 and 960 px, English and Arabic, both orientations: not one "…", nothing over anything', async () => {
    for (const width of [1280, 960])
      for (const locale of ['en', 'ar'])
        for (const orientation of ['horizontal', 'vertical'] as const) {
          const svg = renderToString(russiaDprk, { locale, width, orientation });
          const m = await measureSvgInChromium(svg);
          const at = `${locale} ${orientation} ${width}`;
          expect(m.labels, at).toHaveLength(russiaDprk.events.length);
          expect(
            m.labels.filter((l) => l.text.includes('…')),
            at,
          ).toEqual([]);
          expect(m.overlaps, at).toEqual([]);
          expect(m.outside, at).toEqual([]);
          expect(await stemsAndLegendClear(svg), at).toEqual([]);
        }
  });

  it('a dense set, 35 events with 20 in 15 years, at 960 px in English and Arabic: every title whole, nothing over anything', async () => {
    for (const language of ['en', 'ar'] as const) {
      const svg = renderToString(denseTimeline(language), { width: 960 });
      const m = await measureSvgInChromium(svg);
      expect(m.labels).toHaveLength(35);
      expect(m.labels.filter((l) => l.text.includes('…'))).toEqual([]);
      expect(m.overlaps).toEqual([]);
      expect(m.outside).toEqual([]);
      expect(await labelsClearOfAxis(svg)).toEqual([]);
      expect(await stemsAndLegendClear(svg)).toEqual([]);
    }
  });

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
      fc.tuple(
        eventList(50),
        fc.constantFrom('en', 'ar'),
        fc.integer({ min: 360, max: 1280 }),
        fc.constantFrom('horizontal' as const, 'vertical' as const),
      ),
      { numRuns: 16, seed: 20240619 },
    );
    for (const [plain, locale, width, orientation] of samples) {
      // Half with categories, so that a legend is drawn too.
      const events = plain.map((e, i) => (i % 2 ? { ...e, category: ['war', 'حرب', 'trade'][i % 3] } : e));
      const svg = renderToString(events, { locale, width, orientation });
      const m = await measureSvgInChromium(svg);
      expect(m.overlaps, `${locale} ${width}px ${orientation}: ${JSON.stringify(events).slice(0, 200)}`).toEqual([]);
      expect(m.outside).toEqual([]);
      expect(await stemsAndLegendClear(svg)).toEqual([]);
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
