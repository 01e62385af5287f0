import { rgb } from 'd3';
import { expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { PALETTES } from '../../src/render/theme.js';
import { renderToString } from '../../src/server/renderToString.js';
import { describeBrowser, withPage } from '../helpers/chromium.js';

const css = (hex: string) => rgb(hex).toString();

describeBrowser('themes in Chromium', () => {
  it('auto follows prefers-color-scheme, prefers-contrast and print; fixed themes ignore them', async () => {
    const auto = renderToString(russiaDprk, { theme: 'auto', idPrefix: 'auto' });
    const fixed = renderToString(russiaDprk, { theme: 'light', idPrefix: 'fixed' });
    const seen = await withPage(async (page) => {
      await page.setContent(`<!doctype html><html><body>${auto}${fixed}</body></html>`);
      const read = () =>
        page.evaluate(() =>
          ['auto', 'fixed'].map((id) => {
            const svg = document.getElementById(id)!;
            return [getComputedStyle(svg.querySelector('.el-bg')!).fill, getComputedStyle(svg.querySelector('.el-title')!).fill];
          }),
        );
      const out: Record<string, string[][]> = {};
      out.light = await read();
      await page.emulateMedia({ colorScheme: 'dark' });
      out.dark = await read();
      await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
      out.more = await read();
      await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference', media: 'print' });
      out.print = await read();
      return out;
    });
    expect(seen.light![0]).toEqual([css(PALETTES.light.bg), css(PALETTES.light.fg)]);
    expect(seen.dark![0]).toEqual([css(PALETTES.dark.bg), css(PALETTES.dark.fg)]);
    expect(seen.more![0]).toEqual([css(PALETTES['high-contrast'].bg), css(PALETTES['high-contrast'].fg)]);
    expect(seen.print![0]).toEqual([css(PALETTES.print.bg), css(PALETTES.print.fg)]);
    for (const k of ['light', 'dark', 'more', 'print']) expect(seen[k]![1]).toEqual([css(PALETTES.light.bg), css(PALETTES.light.fg)]);
  });
});
