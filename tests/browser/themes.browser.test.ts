import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rgb } from 'd3';
import { expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { PALETTES } from '../../src/render/theme.js';
import { renderToString } from '../../src/server/renderToString.js';
import { describeBrowser, getConsoleErrors, withPage } from '../helpers/chromium.js';

const css = (hex: string) => rgb(hex).toString();
const root = resolve(__dirname, '../..');
const classic = pathToFileURL(join(root, 'examples/classic.html')).href;

/** Eight events, one per category colour, the last a link. */
const categorized = ['war', 'treaty', 'trade', 'visit', 'rail', 'summit', 'sanction', 'aid'].map((category, i) => ({
  id: `e${i}`,
  date: `${1950 + 9 * i}`,
  title: `Event ${i}`,
  category,
  ...(i === 7 ? { url: 'https://example.org/' } : {}),
}));

/** Canvas, CanvasText, Highlight and LinkText as this browser resolves them now. */
const SYSTEM_COLOURS = () =>
  Object.fromEntries(
    ['Canvas', 'CanvasText', 'Highlight', 'LinkText'].map((name) => {
      const probe = document.body.appendChild(document.createElement('i'));
      probe.style.cssText = `forced-color-adjust:none;color:${name}`;
      const value = getComputedStyle(probe).color;
      probe.remove();
      return [name, value];
    }),
  );

describeBrowser('themes in Chromium', () => {
  it('auto follows the page’s color-scheme, prefers-contrast and print; fixed themes ignore them', async () => {
    const auto = renderToString(russiaDprk, { theme: 'auto', idPrefix: 'auto', width: 960 });
    const fixed = renderToString(russiaDprk, { theme: 'light', idPrefix: 'fixed', width: 960 });
    const seen = await withPage(async (page) => {
      const read = async (scheme: string) => {
        await page.setContent(`<!doctype html><html style="${scheme}"><body>${auto}${fixed}</body></html>`);
        return page.evaluate(() =>
          ['auto', 'fixed'].map((id) => {
            const svg = document.getElementById(id)!;
            return [getComputedStyle(svg.querySelector('.el-bg')!).fill, getComputedStyle(svg.querySelector('.el-title')!).fill];
          }),
        );
      };
      const out: Record<string, string[][]> = {};
      out.light = await read('');
      await page.emulateMedia({ colorScheme: 'dark' });
      // A page that says nothing of colour schemes is light: so is the timeline in it, even on a dark system.
      out.lightPageDarkSystem = await read('');
      out.bothDarkSystem = await read('color-scheme:light dark');
      await page.emulateMedia({ colorScheme: 'light' });
      out.bothLightSystem = await read('color-scheme:light dark');
      out.darkPage = await read('color-scheme:dark');
      await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
      out.more = await read('');
      await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference', media: 'print' });
      out.print = await read('');
      return out;
    });
    const light = [css(PALETTES.light.bg), css(PALETTES.light.fg)];
    const dark = [css(PALETTES.dark.bg), css(PALETTES.dark.fg)];
    expect(seen.light![0]).toEqual(light);
    expect(seen.lightPageDarkSystem![0]).toEqual(light);
    expect(seen.bothDarkSystem![0]).toEqual(dark);
    expect(seen.bothLightSystem![0]).toEqual(light);
    expect(seen.darkPage![0]).toEqual(dark);
    expect(seen.more![0]).toEqual([css(PALETTES['high-contrast'].bg), css(PALETTES['high-contrast'].fg)]);
    expect(seen.print![0]).toEqual([css(PALETTES.print.bg), css(PALETTES.print.fg)]);
    for (const [k, v] of Object.entries(seen)) expect(v[1], k).toEqual(light);
  });

  it('forced colours: system colours for every theme, the page’s colours ignored, categories told apart by their strokes', async () => {
    const r = await withPage(async (page) => {
      await page.emulateMedia({ forcedColors: 'active' });
      const out = [];
      for (const theme of ['auto', 'dark'] as const) {
        const svg = renderToString(categorized, { theme, idPrefix: `fc-${theme}`, width: 960 });
        await page.setContent(
          `<!doctype html><html><body style="--eventline-fg:#ff0000;--eventline-category-1:#00ff00">${svg}</body></html>`,
        );
        out.push(
          await page.evaluate(
            (system) => {
              const svg = document.querySelector('svg.eventline')!;
              const s = (el: Element) => getComputedStyle(el);
              const way = (m: Element) => [s(m).fill, s(m).stroke, s(m).strokeDasharray].join(' / ');
              const marks = [...svg.querySelectorAll('[data-event-id] .el-mark')].map(way);
              // Each category's mark and its legend swatch, drawn the same way: filled, or a ring of a stroke and its dashes.
              const look = (m: Element) => [s(m).fill, s(m).fill === system.Canvas ? s(m).stroke : '', s(m).strokeDasharray].join(' / ');
              const pairs = [...svg.querySelectorAll('.el-legend rect.el-swatch')].map((swatch) => {
                const cat = [...swatch.classList].find((c) => c.startsWith('el-cat-'))!;
                return [look(swatch), look(svg.querySelector(`[data-event-id].${cat} .el-mark`)!)];
              });
              return {
                system,
                bg: s(svg.querySelector('.el-bg')!).fill,
                label: s(svg.querySelector('.el-label')!).fill,
                tick: s(svg.querySelector('.el-tick text')!).fill,
                link: s(svg.querySelector('a .el-title')!).fill,
                marks,
                pairs,
              };
            },
            await page.evaluate(SYSTEM_COLOURS),
          ),
        );
      }
      return out;
    });
    for (const { system, bg, label, tick, link, marks, pairs } of r) {
      expect(pairs.length).toBe(8);
      for (const [swatch, mark] of pairs) expect(swatch).toBe(mark);
      expect(bg).toBe(system.Canvas);
      expect(label).toBe(system.CanvasText);
      expect(tick).toBe(system.CanvasText);
      expect(link).toBe(system.LinkText);
      expect(new Set(marks).size).toBe(8);
      // Every mark shows against the background: drawn in a system colour, filled or ringed.
      for (const m of marks)
        expect(
          m
            .split(' / ')
            .slice(0, 2)
            .some((c) => c === system.CanvasText || c === system.Highlight),
          m,
        ).toBe(true);
    }
    expect(r[0]!.marks).toEqual(r[1]!.marks);
  });

  it('forced colours: the tooltip keeps its border and focus stays visible', async () => {
    const r = await withPage(async (page) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(classic);
      await page.evaluate((data) => {
        document.body.innerHTML = '<div id="host"></div>';
        (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline.createTimeline('#host', { data, width: 960 });
      }, categorized);
      await page.keyboard.press('Tab');
      await page.waitForSelector('.eventline-tooltip:not([hidden])');
      return page.evaluate(
        (system) => {
          const tip = getComputedStyle(document.querySelector('.eventline-tooltip')!);
          const focused = document.activeElement!;
          // The ring goes round the focused item's label (and its mark), not its whole group.
          const f = getComputedStyle(focused.querySelector('.el-label')!);
          return {
            system,
            border: [tip.borderTopStyle, tip.borderTopWidth, tip.borderTopColor],
            tipBackground: tip.backgroundColor,
            focusedId: focused.getAttribute('data-event-id'),
            outline: [f.outlineStyle, f.outlineWidth, f.outlineColor],
            markStroke: getComputedStyle(focused.querySelector('.el-mark')!).stroke,
          };
        },
        await page.evaluate(SYSTEM_COLOURS),
      );
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(r.border[0]).toBe('solid');
    expect(r.border[1]).toBe('1px');
    expect(r.border[2]).not.toBe(r.tipBackground);
    expect(r.focusedId).toBe('e0');
    expect(r.outline[0]).toBe('solid');
    expect(parseFloat(r.outline[1]!)).toBeGreaterThanOrEqual(2);
    expect(r.outline[2]).toBe(r.system.Highlight);
    expect(r.markStroke).toBe(r.system.Highlight);
  });
});
