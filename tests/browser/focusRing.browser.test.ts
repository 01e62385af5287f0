import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { ensureFocusStyles } from '../../src/interact/focusStyles.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { renderToString } from '../../src/server/renderToString.js';
import { describeBrowser, withPage } from '../helpers/chromium.js';
import { colorDistance, decodePng, hexToRgb } from '../helpers/png.js';

/** The focus styles a live timeline adds to its page, as text. */
function focusCss(): string {
  const document = new JSDOM('<!doctype html><html><head></head><body></body></html>').window.document;
  ensureFocusStyles(document);
  return document.querySelector('style')!.textContent!;
}

describeBrowser('the keyboard focus ring in Chromium', () => {
  it('surrounds the focused label and its mark, and nothing between: not the stem, not the labels beside it', async () => {
    // The invasion's label stands rows above its mark, among the labels of its neighbours.
    const options = { locale: 'en', width: 960, legend: false, theme: 'light' } as const;
    const g = layoutTimeline(parseTimeline(russiaDprk), options);
    const invasion = g.events.find((e) => e.id === 'invasion-ukraine')!;
    expect(invasion.stem.y1 - invasion.stem.y2).toBeGreaterThan(60);
    const svg = renderToString(russiaDprk, options);
    const seen = await withPage(async (page) => {
      await page.setContent(`<!doctype html><html><head><style>${focusCss()}</style></head><body style="margin:0">${svg}</body></html>`);
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(() => document.querySelector('[data-event-id="invasion-ukraine"]')!.setAttribute('tabindex', '0'));
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
      const boxes = await page.evaluate(() => {
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { x: r.left, y: r.top, w: r.width, h: r.height };
        };
        const group = document.querySelector('[data-event-id="invasion-ukraine"]')!;
        return { label: box(group.querySelector('text.el-label')!), mark: box(group.querySelector('.el-mark')!) };
      });
      const png = await page.locator('svg').first().screenshot();
      return { focused, boxes, png };
    });
    expect(seen.focused).toBe('invasion-ukraine');
    const img = decodePng(seen.png);
    const ring = hexToRgb('#0969da');
    const near = (b: { x: number; y: number; w: number; h: number }, px: number, x: number, y: number) =>
      x >= b.x - px && x <= b.x + b.w + px && y >= b.y - px && y <= b.y + b.h + px;
    let aroundLabel = 0;
    let aroundMark = 0;
    const elsewhere: string[] = [];
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++) {
        if (colorDistance(img.at(x, y), ring) > 30) continue;
        // Outline 3 px, 2 px off the label; the mark's edge 3 px wide.
        if (near(seen.boxes.label, 7, x, y)) aroundLabel++;
        else if (near(seen.boxes.mark, 4, x, y)) aroundMark++;
        else if (elsewhere.length < 5) elsewhere.push(`${x},${y}`);
      }
    expect(elsewhere).toEqual([]);
    // A ring all round the label: at least its perimeter, three pixels deep, less the corners.
    expect(aroundLabel).toBeGreaterThan(2 * (seen.boxes.label.w + seen.boxes.label.h) * 2);
    expect(aroundMark).toBeGreaterThan(10);
  });
});
