import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { describeBrowser, getConsoleErrors, withPage } from '../helpers/chromium.js';

const root = resolve(__dirname, '../..');
const page = (name: string) => pathToFileURL(join(root, 'examples', name)).href;

describeBrowser('<event-timeline> in Chromium', () => {
  it('renders inline JSON, re-renders on attribute changes and dispatches DOM events', async () => {
    const r = await withPage(async (p) => {
      await p.goto(page('custom-element.html'));
      await p.waitForSelector('event-timeline svg');
      const first = await p.evaluate(() => {
        const svg = document.querySelector('event-timeline svg')!;
        return {
          events: svg.querySelectorAll('[data-event-id]').length,
          dir: svg.getAttribute('direction'),
          theme: svg.getAttribute('data-theme'),
        };
      });
      await p.click('#lang');
      await p.click('#theme');
      const after = await p.evaluate(() => {
        const svg = document.querySelector('event-timeline svg')!;
        return {
          svgs: document.querySelectorAll('event-timeline svg').length,
          dir: svg.getAttribute('direction'),
          lang: svg.getAttribute('lang'),
          theme: svg.getAttribute('data-theme'),
          title: svg.querySelector('[data-event-id="summit"] .el-title')!.textContent,
        };
      });
      await p.focus('event-timeline [tabindex="0"]');
      await p.keyboard.press('Enter');
      const log = await p.textContent('#log');
      const zoomed = await p.evaluate(
        () =>
          new Promise<string>((done) => {
            const el = document.querySelector('event-timeline')!;
            el.addEventListener('zoom', (e) => done(String((e as CustomEvent).detail.k > 1)), { once: true });
            (el as unknown as { controller: { zoomTo(a: Date, b: Date): void } }).controller.zoomTo(
              new Date('2024-01-01'),
              new Date('2024-12-31'),
            );
          }),
      );
      return { first, after, log, zoomed };
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(r.first).toEqual({ events: 3, dir: 'ltr', theme: 'light' });
    expect(r.after).toEqual({ svgs: 1, dir: 'rtl', lang: 'ar', theme: 'dark', title: 'قمة بيونجيانج' });
    expect(r.log).toMatch(/^select: .*— halt$/);
    expect(r.zoomed).toBe('true');
  });

  it('loads src over http(s), and shows a clear error for bad data without throwing', async () => {
    const r = await withPage(async (p) => {
      await p.route('https://news.example/events.json', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': '*' },
          body: JSON.stringify([{ date: '1961', title: 'Treaty' }]),
        }),
      );
      await p.route('https://news.example/bad.json', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': '*' },
          body: JSON.stringify([{ date: '2024-13-01', title: 'x', id: 'summit' }]),
        }),
      );
      await p.goto(page('classic.html'));
      return p.evaluate(async () => {
        const good = document.createElement('event-timeline');
        good.setAttribute('src', 'https://news.example/events.json');
        document.body.appendChild(good);
        const bad = document.createElement('event-timeline');
        const errors: string[] = [];
        bad.addEventListener('error', (e) => errors.push((e as unknown as CustomEvent<{ message: string }>).detail.message));
        const failed = new Promise((done) => bad.addEventListener('error', done, { once: true }));
        bad.setAttribute('src', 'https://news.example/bad.json');
        document.body.appendChild(bad);
        const loaded = new Promise<void>((done) => {
          const check = () => (good.querySelector('[data-event-id]') ? done() : requestAnimationFrame(check));
          check();
        });
        await Promise.all([failed, loaded]);
        const alert = bad.querySelector('[role="alert"]')?.textContent ?? '';
        const events = good.querySelectorAll('[data-event-id]').length;
        good.remove();
        return { events, alert, errors, leftAfterRemove: good.childNodes.length };
      });
    });
    expect(r.events).toBe(1);
    expect(r.leftAfterRemove).toBe(0);
    expect(r.alert).toContain('events[0] (id "summit").date');
    expect(r.errors).toHaveLength(1);
  });

  it('fetches its src once when the page it is written in upgrades it, whatever attributes it has', async () => {
    let fetched = 0;
    const r = await withPage(async (p) => {
      await p.route('https://news.example/feed.json', (route) => {
        fetched++;
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': '*' },
          body: JSON.stringify([{ date: '1961', title: 'Treaty' }]),
        });
      });
      await p.goto(page('classic.html'));
      return p.evaluate(async () => {
        // Written in the page, as a CMS would: upgraded with its attributes already set.
        document.body.insertAdjacentHTML(
          'afterbegin',
          '<event-timeline src="https://news.example/feed.json" locale="en" theme="dark" orientation="horizontal"></event-timeline>',
        );
        const el = document.querySelector('event-timeline')!;
        await new Promise<void>((done) => {
          const check = () => (el.querySelector('[data-event-id]') ? done() : requestAnimationFrame(check));
          check();
        });
        return el.querySelectorAll('[data-event-id]').length;
      });
    });
    expect(r).toBe(1);
    expect(fetched).toBe(1);
  });

  it('shows a readable alert for a file with thousands of bad events: the first problems and a count of the rest', async () => {
    const r = await withPage(async (p) => {
      await p.goto(page('classic.html'));
      return p.evaluate(async () => {
        const el = document.createElement('event-timeline');
        const failed = new Promise((done) => el.addEventListener('error', done, { once: true }));
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(Array.from({ length: 3000 }, (_, i) => ({ date: 'soon', title: `t${i}` })));
        el.appendChild(script);
        document.body.appendChild(el);
        await failed;
        return el.querySelector('[role="alert"]')?.textContent ?? '';
      });
    });
    const lines = r.split('\n');
    expect(lines[0]).toMatch(/3000 problems/);
    expect(lines.length).toBeLessThanOrEqual(102);
    expect(lines.at(-1)).toMatch(/and 2900 more problems/);
  });

  it('reports a bad attribute set after load on the element (by the attribute written), and recovers when it goes', async () => {
    const r = await withPage(async (p) => {
      await p.goto(page('custom-element.html'));
      await p.waitForSelector('event-timeline svg');
      await p.evaluate(() => {
        const el = document.querySelector('event-timeline')!;
        const w = window as unknown as { errors: string[] };
        w.errors = [];
        el.addEventListener('error', (e) => w.errors.push((e as CustomEvent<{ message: string }>).detail.message));
      });
      const state = () =>
        p.evaluate(() => {
          const el = document.querySelector('event-timeline')!;
          const svg = el.querySelector('svg');
          return {
            errors: (window as unknown as { errors: string[] }).errors.splice(0),
            alert: el.querySelector('[role="alert"]')?.textContent ?? null,
            svg: svg && { width: svg.getAttribute('width'), theme: svg.getAttribute('data-theme'), lang: svg.getAttribute('lang') },
            boxWidth: Math.floor(el.clientWidth),
            height: svg && Number(svg.getAttribute('height')),
          };
        });
      const set = (name: string, value: string | null) =>
        p.evaluate(
          ([name, value]) => {
            const el = document.querySelector('event-timeline')!;
            if (value === null) el.removeAttribute(name!);
            else el.setAttribute(name!, value);
          },
          [name, value] as const,
        );
      const drawn = () => p.waitForSelector('event-timeline svg', { timeout: 5000 }).then(() => state());

      await set('width', '50');
      const tooNarrow = await state();
      await set('width', null);
      const widthRemoved = await drawn();
      await set('width', 'wide');
      const notANumber = await state();
      await set('width', '700');
      const fixed = await drawn();
      // `height` sets the least height: its errors must name the attribute, not an option the page never wrote.
      await set('height', '-5');
      const negativeHeight = await state();
      await set('height', '900');
      const tall = await drawn();
      await set('height', null);
      const heightRemoved = await drawn();
      await set('theme', null);
      await set('locale', null);
      const defaults = await state();
      return { tooNarrow, widthRemoved, notANumber, fixed, negativeHeight, tall, heightRemoved, defaults };
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(r.tooNarrow.errors).toEqual([expect.stringContaining('width')]);
    expect(r.tooNarrow.alert).toContain('width');
    expect(r.tooNarrow.svg).toBeNull();
    expect(r.widthRemoved.alert).toBeNull();
    expect(r.widthRemoved.errors).toEqual([]);
    expect(r.widthRemoved.svg!.width).toBe(String(r.widthRemoved.boxWidth));
    expect(r.notANumber.errors).toEqual([expect.stringContaining('width="wide"')]);
    expect(r.fixed.svg!.width).toBe('700');
    expect(r.negativeHeight.errors).toEqual([expect.stringMatching(/^height="-5": expected a number of CSS pixels/)]);
    expect(r.negativeHeight.svg).toBeNull();
    expect(r.tall.height).toBe(900);
    expect(r.heightRemoved.height).toBeLessThan(900);
    // The page set theme="light" and locale="en"; without them the defaults come back.
    expect(r.fixed.svg!.theme).toBe('light');
    expect(r.defaults.svg).toEqual({ width: '700', theme: 'auto', lang: 'en' });
  });
});
