import { expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { renderToString } from '../../src/server/renderToString.js';
import { describeBrowser, getConsoleErrors, withPage } from '../helpers/chromium.js';

const input = {
  ...russiaDprk,
  eras: [
    { date: '1950-06-25/1953-07-27', title: { en: 'Korean War', ar: 'الحرب الكورية' } },
    { date: '1991-12-26', end: '2024-07', title: { en: 'After the Soviet Union', ar: 'ما بعد الاتحاد السوفيتي' } },
  ],
};

interface Seen {
  clashes: string[];
  words: number;
  labels: number;
  todayX: number;
  summitX: number;
  todayText: string;
}

/** Draws the SVG in Chromium and reports era titles or the today label meeting an event label, and where the today line and the summit's dot stand. */
async function look(svg: string, vertical: boolean): Promise<Seen> {
  return withPage(async (page) => {
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    return page.evaluate((vertical) => {
      const hit = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const words = [...document.querySelectorAll('text.el-era-title, text.el-today-label')].filter((t) => t.textContent);
      const labels = [...document.querySelectorAll('text.el-label')];
      const clashes: string[] = [];
      for (const w of words)
        for (const l of labels)
          if (hit(w.getBoundingClientRect(), l.getBoundingClientRect())) clashes.push(`${w.textContent} × ${l.textContent}`);
      const line = document.querySelector('line.el-today-line')!.getBoundingClientRect();
      const dot = document.querySelector('[data-event-id="pyongyang-summit"] .el-mark')!.getBoundingClientRect();
      return {
        clashes,
        words: words.length,
        labels: labels.length,
        todayX: vertical ? line.top + line.height / 2 : line.left + line.width / 2,
        summitX: vertical ? dot.top + dot.height / 2 : dot.left + dot.width / 2,
        todayText: document.querySelector('text.el-today-label')!.textContent ?? '',
      };
    }, vertical);
  });
}

describeBrowser('eras and the today line in Chromium', () => {
  for (const locale of ['en', 'ar'])
    for (const [width, orientation] of [
      [1280, 'horizontal'],
      [375, 'horizontal'],
      [375, 'vertical'],
    ] as const) {
      it(`${locale}, ${width} px ${orientation}: no era title or today label meets an event label; the line stands on 19 June 2024`, async () => {
        const svg = renderToString(input, { locale, width, orientation, today: '2024-06-19' });
        const seen = await look(svg, orientation === 'vertical');
        expect(getConsoleErrors()).toEqual([]);
        expect(seen.labels).toBe(russiaDprk.events.length);
        expect(seen.words).toBeGreaterThanOrEqual(2);
        expect(seen.clashes).toEqual([]);
        // The summit was on 19 June 2024: its dot is where the line is, as Chromium draws both.
        expect(Math.abs(seen.todayX - seen.summitX)).toBeLessThan(0.75);
        expect(seen.todayText).toBe(locale === 'en' ? 'Today: 19 June 2024' : 'اليوم: 19 يونيو 2024');
      });
    }
});
