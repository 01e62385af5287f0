import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { describeBrowser, getConsoleErrors, withPage } from '../helpers/chromium.js';

const root = resolve(__dirname, '../..');
const classic = pathToFileURL(join(root, 'examples/classic.html')).href;

/** A long page with an interactive timeline 300 px down, so the page can scroll both ways around it. */
async function timelinePage(page: Page, locale = 'en'): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(classic);
  await page.evaluate(
    ({ data, locale }) => {
      document.body.innerHTML = '<div style="height:300px"></div><div id="host"></div><div style="height:3000px"></div>';
      const w = window as unknown as {
        eventline: typeof import('../../src/index.js');
        tl: import('../../src/index.js').InteractiveTimeline;
        zooms: number;
      };
      w.zooms = 0;
      w.tl = w.eventline.createTimeline('#host', { data, locale, width: 960 });
      w.tl.on('zoom', () => w.zooms++);
    },
    { data: russiaDprk, locale },
  );
}

/** The page's scroll, the visible time range and the zoom events so far. */
const state = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { tl: import('../../src/index.js').InteractiveTimeline; zooms: number };
    return { scrollY: window.scrollY, domain: w.tl.domain.map((d) => d.getTime()), zooms: w.zooms };
  });

const hint = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.eventline-zoom-hint')!;
    return {
      text: el.textContent,
      role: el.getAttribute('role'),
      live: el.getAttribute('aria-live'),
      lang: el.lang,
      dir: el.dir,
      opacity: getComputedStyle(el).opacity,
    };
  });

/** Moves the pointer over the middle of the timeline's axis, wherever the page has scrolled it. */
async function overTimeline(page: Page): Promise<void> {
  const box = (await page.locator('#host svg').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 40);
}

describeBrowser('the page keeps scrolling over a timeline', () => {
  it('the wheel scrolls the page; with Ctrl it zooms, and the page stays', async () => {
    const r = await withPage(async (page) => {
      await timelinePage(page);
      await overTimeline(page);
      const before = await state(page);
      await page.mouse.wheel(0, 200);
      await page.waitForFunction((y) => window.scrollY > y, before.scrollY, { timeout: 3000 }).catch(() => undefined);
      await page.waitForTimeout(100);
      const scrolled = await state(page);
      const hinted = await hint(page);
      await overTimeline(page);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -100);
      await page.keyboard.up('Control');
      await page
        .waitForFunction(() => (window as unknown as { zooms: number }).zooms > 0, undefined, { timeout: 3000 })
        .catch(() => undefined);
      const zoomed = await state(page);
      return { before, scrolled, hinted, zoomed, afterZoom: await hint(page) };
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(r.scrolled.scrollY).toBeGreaterThan(r.before.scrollY);
    expect(r.scrolled.domain).toEqual(r.before.domain);
    expect(r.scrolled.zooms).toBe(0);
    expect(r.hinted).toEqual({ text: 'Ctrl + scroll to zoom', role: 'status', live: 'polite', lang: 'en', dir: 'ltr', opacity: '1' });
    expect(r.zoomed.zooms).toBeGreaterThan(0);
    expect(r.zoomed.domain[1]! - r.zoomed.domain[0]!).toBeLessThan(r.before.domain[1]! - r.before.domain[0]!);
    expect(r.zoomed.scrollY).toBe(r.scrolled.scrollY);
    // Zooming is the next interaction: the hint has gone.
    expect(r.afterZoom.text).toBe('');
  });

  it('the hint is in the timeline’s language, shows once, and goes by itself or at the next pointer', async () => {
    const r = await withPage(async (page) => {
      await timelinePage(page, 'ar');
      await overTimeline(page);
      await page.mouse.wheel(0, 50);
      await page.waitForTimeout(100);
      const shown = await hint(page);
      await page.waitForTimeout(3200);
      const later = await hint(page);
      await overTimeline(page);
      await page.mouse.wheel(0, 50);
      await page.waitForTimeout(100);
      const again = await hint(page);
      return { shown, later, again };
    });
    expect(r.shown).toMatchObject({ text: 'مرّر مع الضغط على Ctrl للتكبير', lang: 'ar', dir: 'rtl', opacity: '1' });
    expect(r.later.text).toBe('');
    expect(r.later.opacity).toBe('0');
    expect(r.again.text).toBe('');

    const pointer = await withPage(async (page) => {
      await timelinePage(page, 'fr');
      await overTimeline(page);
      await page.mouse.wheel(0, 50);
      await page.waitForTimeout(100);
      const shown = await hint(page);
      await overTimeline(page);
      await page.mouse.down();
      await page.mouse.up();
      return { shown, after: await hint(page) };
    });
    // No French words yet: English.
    expect(pointer.shown.text).toBe('Ctrl + scroll to zoom');
    expect(pointer.after.text).toBe('');
  });

  it('on a touch screen one finger scrolls the page and two fingers pinch-zoom', async () => {
    const r = await withPage(async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      await timelinePage(page);
      const touchAction = await page.evaluate(() => getComputedStyle(document.querySelector('#host svg')!).touchAction);
      const box = (await page.locator('#host svg').boundingBox())!;
      const x = box.x + box.width / 2;
      const y = box.y + box.height - 60;
      const before = await state(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
      await touch('touchStart', [{ x, y }]);
      for (let i = 1; i <= 10; i++) await touch('touchMove', [{ x, y: y - 15 * i }]);
      await touch('touchEnd', []);
      await page.waitForTimeout(300);
      const swiped = await state(page);
      const box2 = (await page.locator('#host svg').boundingBox())!;
      const cy = box2.y + box2.height - 60;
      await touch('touchStart', [
        { x: x - 20, y: cy },
        { x: x + 20, y: cy },
      ]);
      for (let i = 1; i <= 10; i++)
        await touch('touchMove', [
          { x: x - 20 - 10 * i, y: cy },
          { x: x + 20 + 10 * i, y: cy },
        ]);
      await touch('touchEnd', []);
      await page
        .waitForFunction(() => (window as unknown as { zooms: number }).zooms > 0, undefined, { timeout: 3000 })
        .catch(() => undefined);
      return { touchAction, before, swiped, pinched: await state(page) };
    });
    expect(r.touchAction).toBe('pan-y');
    expect(r.swiped.scrollY).toBeGreaterThan(r.before.scrollY + 50);
    expect(r.swiped.domain).toEqual(r.before.domain);
    expect(r.pinched.zooms).toBeGreaterThan(0);
    expect(r.pinched.domain[1]! - r.pinched.domain[0]!).toBeLessThan(r.before.domain[1]! - r.before.domain[0]!);
  });
});
