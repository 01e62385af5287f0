import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { renderToString } from '../../src/server/renderToString.js';
import { describeBrowser, getConsoleErrors, withPage } from '../helpers/chromium.js';

const root = resolve(__dirname, '../..');
const example = (name: string) => pathToFileURL(join(root, 'examples', name)).href;
const firstId = [...parseTimeline(russiaDprk).events].sort((a, b) => a.date.start - b.date.start || a.index - b.index)[0]!.id;

type Eventline = typeof import('../../src/index.js');

beforeAll(async () => {
  // hydrated.html is written from a template by the same code `npm start` runs.
  const { buildExamples } = await import(pathToFileURL(join(root, 'scripts/build-examples.mjs')).href);
  await buildExamples();
});

const ticks = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('svg.eventline .el-tick text')].map((t) => t.textContent).join('|'));

/** The classic example page at `width`, a server SVG first in its body (in `#host`). */
async function withSvg(page: Page, width: number, svgText: string): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(example('classic.html'));
  await page.evaluate((svgText) => {
    const host = document.createElement('div');
    host.id = 'host';
    host.innerHTML = svgText.replace(/^<\?xml[^>]*>\s*/, '');
    document.body.prepend(host);
  }, svgText);
}

describeBrowser('hydrate in Chromium', () => {
  it('+ zooms the server-rendered timeline, keeping the focused node', async () => {
    const r = await withPage(async (page) => {
      await page.goto(example('hydrated.html'));
      await page.keyboard.press('Tab');
      const focused = await page.evaluateHandle(() => document.activeElement);
      const before = await ticks(page);
      await page.keyboard.press('+');
      // The redraw happens in the next frame; wait for the axis it draws (or give up and report).
      await page
        .waitForFunction(
          (old) => [...document.querySelectorAll('svg.eventline .el-tick text')].map((t) => t.textContent).join('|') !== old,
          before,
          { timeout: 5000 },
        )
        .catch(() => undefined);
      const after = await ticks(page);
      const sameNode = await page.evaluate((el) => document.activeElement === el, focused);
      const focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
      return { before, after, sameNode, focusedId };
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(r.after).not.toBe(r.before);
    expect(r.focusedId).toBe(firstId);
    expect(r.sameNode).toBe(true);
  });

  it('honours options.domain, and zoomTo redraws inside it', async () => {
    const data = [
      { id: 'a', date: '2001-06', title: 'A' },
      { id: 'b', date: '2004-02', title: 'B' },
      { id: 'c', date: '2008-09', title: 'C' },
    ];
    const domain: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)];
    const svg = renderToString(data, { width: 800, domain, idPrefix: 'hyd' });
    const r = await withPage(async (page) => {
      await page.goto(example('classic.html'));
      return page.evaluate(
        async ({ svg, data, domain }) => {
          const el = (window as unknown as { eventline: Eventline }).eventline;
          const host = document.createElement('div');
          host.innerHTML = svg;
          document.body.appendChild(host);
          const node = host.querySelector('svg')!;
          const t = el.hydrate(node, { data, domain: [new Date(domain[0]), new Date(domain[1])] });
          const shown = t.domain.map((d) => d.getTime());
          const zoomed = new Promise<number[]>((done, fail) => {
            t.on('zoom', (e) => done(e.domain.map((d) => d.getTime())));
            setTimeout(() => fail(new Error('no zoom event within 5 s')), 5000);
          });
          t.zoomTo(Date.UTC(2003, 0, 1), Date.UTC(2005, 0, 1));
          const after = await zoomed.catch((e: Error) => [e.message]);
          // The zoom event fires once the redraw is done.
          const ticks = [...node.querySelectorAll('.el-tick text')].map((x) => x.textContent);
          const sameB = node.querySelector('[data-event-id="b"]') !== null;
          t.resetZoom();
          const reset = t.domain.map((d) => d.getTime());
          return { shown, after, ticks, sameB, reset };
        },
        { svg, data, domain },
      );
    });
    expect(r.shown).toEqual(domain);
    expect(r.reset).toEqual(domain);
    expect(getConsoleErrors()).toEqual([]);
    expect(r.after).toEqual([Date.UTC(2003, 0, 1), Date.UTC(2005, 0, 1)]);
    expect(r.ticks.length).toBeGreaterThan(0);
    expect(r.ticks.every((t) => /2003|2004|2005|[A-Za-z]/.test(t ?? ''))).toBe(true);
    expect(r.sameB).toBe(true);
  });

  it('hydrates both layouts of a default server SVG as one timeline, at phone and desktop widths', async () => {
    const svgText = renderToString(russiaDprk, { locale: 'en' });
    for (const width of [375, 1280]) {
      const r = await withPage(async (page) => {
        await withSvg(page, width, svgText);
        return page.evaluate(
          ({ data }) => {
            const outer = document.querySelector<SVGSVGElement>('#host > svg')!;
            const eventline = (window as unknown as { eventline: Eventline }).eventline;
            const timeline = eventline.hydrate(outer, { data });
            const layouts = [...outer.querySelectorAll<SVGSVGElement>('svg.eventline')];
            const shown = layouts.findIndex((l) => getComputedStyle(l).display !== 'none');
            const before = timeline.domain.map(Number);
            timeline.zoomTo(Date.UTC(2020, 0, 1), Date.UTC(2024, 11, 31));
            const tabStops = layouts.map((l) => l.querySelectorAll('[tabindex="0"]').length);
            const isOuter = timeline.svg === outer;
            timeline.destroy();
            const leftAfter = layouts.map((l) => l.querySelectorAll('[tabindex]').length);
            return { n: layouts.length, shown, before, tabStops, isOuter, leftAfter };
          },
          { data: russiaDprk },
        );
      });
      expect(r.n).toBe(2);
      // The wide layout shows on a desktop, the narrow one on a phone.
      expect(r.shown).toBe(width >= 1024 ? 0 : 1);
      expect(r.isOuter).toBe(true);
      expect(r.tabStops).toEqual([1, 1]);
      expect(r.leftAfter).toEqual([0, 0]);
      expect(r.before[0]!).toBeLessThan(Date.UTC(1948, 0, 1));
    }
    expect(getConsoleErrors()).toEqual([]);
  });

  it('keeps each layout its own width, orientation and ids, whatever hydrate and update are given', async () => {
    const svgText = renderToString(russiaDprk, { locale: 'en' });
    const r = await withPage(async (page) => {
      await withSvg(page, 375, svgText);
      return page.evaluate(
        ({ data }) => {
          const outer = document.querySelector<SVGSVGElement>('#host > svg')!;
          const eventline = (window as unknown as { eventline: Eventline }).eventline;
          const layouts = [...outer.querySelectorAll<SVGSVGElement>('svg.eventline')];
          const state = () => {
            const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
            return {
              orientations: layouts.map((l) => l.getAttribute('data-orientation')),
              widths: layouts.map((l) => Number(l.getAttribute('width'))),
              duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i).length,
              scrolls: document.documentElement.scrollWidth > window.innerWidth,
            };
          };
          const timeline = eventline.hydrate(outer, { data, width: 900, orientation: 'horizontal', idPrefix: 'mine' });
          const hydrated = state();
          timeline.update({ width: 1200, orientation: 'horizontal', idPrefix: 'other' });
          const updated = state();
          timeline.destroy();
          return { hydrated, updated };
        },
        { data: russiaDprk },
      );
    });
    for (const s of [r.hydrated, r.updated]) {
      expect(s.orientations).toEqual(['horizontal', 'vertical']);
      expect(s.duplicateIds).toBe(0);
      expect(s.scrolls).toBe(false);
      // The narrow layout, shown, fits the phone's column.
      expect(s.widths[1]!).toBeLessThanOrEqual(375);
    }
  });

  it('keeps keyboard focus on the same event when a turned phone shows the other layout', async () => {
    const svgText = renderToString(russiaDprk, { locale: 'en' });
    const r = await withPage(async (page) => {
      await withSvg(page, 375, svgText);
      await page.evaluate(
        ({ data }) => {
          const outer = document.querySelector<SVGSVGElement>('#host > svg')!;
          (window as unknown as { eventline: Eventline }).eventline.hydrate(outer, { data });
        },
        { data: russiaDprk },
      );
      await page.evaluate(() => {
        const shown = [...document.querySelectorAll('#host svg.eventline')].find((l) => getComputedStyle(l).display !== 'none')!;
        shown.querySelector<SVGElement>('[tabindex="0"]')!.focus();
      });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const focused = () =>
        page.evaluate(() => {
          const a = document.activeElement!;
          return {
            id: a.closest('[data-event-id]')?.getAttribute('data-event-id'),
            layout: a.closest('svg.eventline')?.getAttribute('data-orientation'),
          };
        });
      const before = await focused();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.waitForTimeout(300);
      const wide = await focused();
      await page.setViewportSize({ width: 375, height: 900 });
      await page.waitForTimeout(300);
      return { before, wide, narrow: await focused() };
    });
    expect(r.before.layout).toBe('vertical');
    expect(r.before.id).toBeTruthy();
    expect(r.wide).toEqual({ id: r.before.id, layout: 'horizontal' });
    expect(r.narrow).toEqual({ id: r.before.id, layout: 'vertical' });
  });

  it('lays a default server SVG out again for its column, and for the new width in the very frame the column changes', async () => {
    const svgText = renderToString(russiaDprk, { locale: 'en', idPrefix: 'tl' });
    const r = await withPage(async (page) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(example('classic.html'));
      await page.evaluate(
        ({ svgText, data }) => {
          const w = window as unknown as {
            eventline: Eventline;
            records: unknown[];
            errors: string[];
            timeline: ReturnType<Eventline['hydrate']>;
          };
          w.errors = [];
          window.addEventListener('error', (e) => w.errors.push(e.message));
          document.body.style.cssText = 'margin:0;padding:0;max-width:none';
          const column = document.createElement('div');
          column.id = 'column';
          column.innerHTML = svgText;
          document.body.replaceChildren(column);
          const outer = column.querySelector('svg')!;
          const layouts = [...outer.querySelectorAll<SVGSVGElement>('svg.eventline')];
          w.timeline = w.eventline.hydrate(outer, { data });
          // What each frame shows: this observer comes after hydrate's, so it sees the column's new width
          // as the frame will be painted, after hydrate has answered it.
          w.records = [];
          const record = () => {
            const shown = layouts.filter((l) => getComputedStyle(l).display !== 'none');
            const box = (el: Element) => {
              const b = el.getBoundingClientRect();
              return [Math.round(b.width * 10) / 10, Math.round(b.height * 10) / 10];
            };
            w.records.push({
              column: column.clientWidth,
              shown: shown.map((l) => l.id),
              laidOut: shown.map((l) => Number(l.getAttribute('width'))),
              outer: box(outer),
              drawing: shown.map((l) => box(l.querySelector('.el-bg')!)),
              labels: shown.map((l) => l.querySelectorAll('text.el-label').length),
              overflow: document.scrollingElement!.scrollWidth - window.innerWidth,
            });
          };
          record();
          // Observed again from the next frame, as hydrate does: the column's new height would go unreported (an error) otherwise.
          const checker = new ResizeObserver(() => {
            record();
            checker.unobserve(column);
            requestAnimationFrame(() => checker.observe(column));
          });
          checker.observe(column);
        },
        { svgText, data: russiaDprk },
      );
      const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await frames();
      for (const width of [1280, 700, 375]) {
        await page.setViewportSize({ width, height: 800 });
        await frames();
      }
      return page.evaluate(() => {
        const w = window as unknown as { records: unknown[]; errors: string[]; timeline: { destroy(): void } };
        w.timeline.destroy();
        const outer = document.getElementById('tl')!;
        const after = {
          outer: ['width', 'height', 'viewBox', 'style'].map((a) => outer.getAttribute(a)),
          layouts: [...outer.querySelectorAll('svg.eventline')].map((l) => [l.getAttribute('width'), l.getAttribute('style')]),
          scale: outer.querySelector(':scope > g')!.getAttribute('transform'),
        };
        return { records: w.records, errors: w.errors, after };
      });
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(r.errors).toEqual([]);
    type Frame = {
      column: number;
      shown: string[];
      laidOut: number[];
      outer: number[];
      drawing: number[][];
      labels: number[];
      overflow: number;
    };
    const records = r.records as Frame[];
    // Hydrated in a 375 px column: the narrow layout, laid out at 375 px rather than the server's 320.
    expect(records[0]).toMatchObject({ column: 375, shown: ['tl-narrow'], laidOut: [375] });
    expect(records.map((f) => f.column)).toEqual(expect.arrayContaining([1280, 700, 375]));
    for (const f of records) {
      // Every frame: one layout, laid out for this very width, filling the SVG's box, labels drawn, no sideways scroll.
      expect(f.shown, JSON.stringify(f)).toHaveLength(1);
      expect(f.laidOut, JSON.stringify(f)).toEqual([f.column]);
      expect(f.outer[0], JSON.stringify(f)).toBe(f.column);
      expect(f.drawing[0], JSON.stringify(f)).toEqual(f.outer);
      expect(f.labels[0]).toBe(russiaDprk.events.length);
      expect(f.overflow).toBeLessThanOrEqual(0);
      expect(f.shown[0]).toBe(f.column >= 960 ? 'tl-wide' : 'tl-narrow');
    }
    // destroy() leaves the SVG as the server wrote it: each layout at its width, the CSS choosing again.
    const served = renderToString(russiaDprk, { locale: 'en', idPrefix: 'tl' });
    const attr = (name: string) => served.match(new RegExp(`<svg[^>]* ${name}="([^"]*)"`))![1]!;
    expect(r.after.outer).toEqual([attr('width'), attr('height'), attr('viewBox'), '']);
    expect(r.after.layouts).toEqual([
      ['960', ''],
      ['320', ''],
    ]);
    expect(r.after.scale).toMatch(/^scale\(/);
  });
});
