import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { describeBrowser, getBlockedRequests, getConsoleErrors, withPage } from '../helpers/chromium.js';

const root = resolve(__dirname, '../..');
const example = (name: string) => pathToFileURL(join(root, 'examples', name)).href;
const examples = ['index.html', 'article.html', 'vertical.html', 'zoom.html', 'hydrated.html', 'classic.html', 'custom-element.html'];

/** Event ids of the article in time order, computed from the data, not from the page. */
const articleOrder = [...parseTimeline(russiaDprk).events]
  .sort((a, b) => a.date.start - b.date.start || a.index - b.index)
  .map((e) => e.id);

beforeAll(async () => {
  // hydrated.html is written from a template by the same code `npm start` runs.
  const { buildExamples } = await import(pathToFileURL(join(root, 'scripts/build-examples.mjs')).href);
  await buildExamples();
});

/** Counts listeners added and removed through addEventListener, from before any page script runs. */
const COUNT_LISTENERS = () => {
  const w = window as unknown as { __listeners: number; __observers: number };
  w.__listeners = 0;
  w.__observers = 0;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const live = new WeakMap<object, Set<unknown>>();
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, fn: unknown, opts?: unknown) {
    const key = `${type}`;
    let set = live.get(this);
    if (!set) live.set(this, (set = new Set()));
    if (fn && !set.has(`${key}\u0000${String((fn as { name?: string }).name)}\u0000${set.size}`)) w.__listeners++;
    (fn as { __counted?: boolean }).__counted = true;
    return add.call(this, type, fn as EventListener, opts as boolean);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, fn: unknown, opts?: unknown) {
    if (fn && (fn as { __counted?: boolean }).__counted) w.__listeners--;
    return remove.call(this, type, fn as EventListener, opts as boolean);
  };
  const RO = window.ResizeObserver;
  window.ResizeObserver = class extends RO {
    constructor(cb: ResizeObserverCallback) {
      super(cb);
      w.__observers++;
    }
    override disconnect() {
      w.__observers--;
      super.disconnect();
    }
  };
};

async function focusedId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null);
}

/** Label boxes as Chromium lays them out, and the pairs that overlap. */
async function labelOverlaps(page: Page, selector: string): Promise<{ count: number; overlaps: string[] }> {
  return page.evaluate((sel) => {
    const labels = [...document.querySelectorAll(`${sel} [data-event-id] text.el-label, ${sel} [data-cluster-id] text.el-label`)].map(
      (el) => ({
        id:
          el.closest('[data-event-id],[data-cluster-id]')!.getAttribute('data-event-id') ??
          el.closest('[data-cluster-id]')!.getAttribute('data-cluster-id'),
        r: el.getBoundingClientRect(),
      }),
    );
    const overlaps: string[] = [];
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!.r;
        const b = labels[j]!.r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0 && h > 0 && w * h > 0.5) overlaps.push(`${labels[i]!.id} × ${labels[j]!.id}`);
      }
    return { count: labels.length, overlaps };
  }, selector);
}

async function axisDomain(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => [...document.querySelectorAll(`${sel} .el-tick text`)].map((t) => t.textContent ?? ''), selector);
}

describeBrowser('interactive timelines in Chromium', () => {
  for (const name of examples) {
    it(`${name} loads from file:// with no console errors and no network`, async () => {
      const shown = await withPage(async (page) => {
        await page.goto(example(name));
        await page.waitForLoadState('load');
        return page.evaluate(() => ({
          svgs: document.querySelectorAll('svg.eventline').length,
          error: document.getElementById('error')?.textContent ?? '',
        }));
      });
      expect(getConsoleErrors()).toEqual([]);
      expect(getBlockedRequests()).toEqual([]);
      expect(shown.error).toBe('');
      if (name !== 'index.html') expect(shown.svgs).toBeGreaterThan(0);
    });
  }

  it('Tab reaches the timeline once, then arrows walk the events in time order (LTR)', async () => {
    const walk = await withPage(async (page) => {
      await page.goto(example('article.html'));
      await page.keyboard.press('Tab');
      const seen = [await focusedId(page)];
      for (let i = 1; i < articleOrder.length + 1; i++) {
        await page.keyboard.press('ArrowRight');
        seen.push(await focusedId(page));
      }
      await page.keyboard.press('Home');
      const home = await focusedId(page);
      await page.keyboard.press('End');
      const end = await focusedId(page);
      await page.keyboard.press('ArrowLeft');
      const back = await focusedId(page);
      // One tab stop per timeline: the next Tab leaves the English timeline for the Arabic one.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement?.closest('.timeline')?.id);
      const tabStops = await page.evaluate(() => document.querySelectorAll('#en [tabindex="0"]').length);
      return { seen, home, end, back, next, tabStops };
    });
    expect(walk.seen).toEqual([...articleOrder, articleOrder.at(-1)]);
    expect(walk.home).toBe(articleOrder[0]);
    expect(walk.end).toBe(articleOrder.at(-1));
    expect(walk.back).toBe(articleOrder.at(-2));
    expect(walk.next).toBe('ar');
    expect(walk.tabStops).toBe(1);
  });

  it('in the Arabic timeline ArrowLeft is later and ArrowRight earlier', async () => {
    const walk = await withPage(async (page) => {
      await page.goto(example('article.html'));
      await page.focus('#ar [tabindex="0"]');
      const seen = [await focusedId(page)];
      for (let i = 1; i < articleOrder.length; i++) {
        await page.keyboard.press('ArrowLeft');
        seen.push(await focusedId(page));
      }
      await page.keyboard.press('ArrowRight');
      return { seen, back: await focusedId(page) };
    });
    expect(walk.seen).toEqual(articleOrder);
    expect(walk.back).toBe(articleOrder.at(-2));
  });

  it('Enter selects, with the typed event and its date', async () => {
    const log = await withPage(async (page) => {
      await page.goto(example('article.html'));
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      return page.textContent('#log-en');
    });
    expect(log).toBe(`1961 — ${articleOrder[1]}`);
  });

  it('focus and hover show a tooltip inside the viewport; Escape closes it; data stays text', async () => {
    const r = await withPage(async (page) => {
      await page.setViewportSize({ width: 700, height: 600 });
      await page.goto(example('article.html'));
      await page.keyboard.press('Tab');
      const tip = page.locator('[role="tooltip"]').first();
      const onFocus = { visible: await tip.isVisible(), text: await tip.textContent(), box: await tip.boundingBox() };
      const describedBy = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'));
      const tipId = await tip.getAttribute('id');
      await page.keyboard.press('Escape');
      const afterEscape = await tip.isVisible();
      await page.hover(`#en [data-event-id="${articleOrder.at(-1)}"] .el-label`);
      const onHover = { visible: await tip.isVisible(), box: await tip.boundingBox(), text: await tip.textContent() };
      const elementsInTips = await page.evaluate(() => [...document.querySelectorAll('[role="tooltip"] *')].map((e) => e.localName));
      return { onFocus, describedBy, tipId, afterEscape, onHover, elementsInTips };
    });
    expect(r.onFocus.visible).toBe(true);
    expect(r.onFocus.text).toContain('1948');
    // Described by what the tooltip adds to the name (description, source), not by the date and title again.
    // Each part by its own id, so that every browser joins their texts with spaces.
    expect(r.describedBy).toMatch(new RegExp(`^${r.tipId}-details-0( ${r.tipId}-details-\\d+)*$`));
    expect(r.afterEscape).toBe(false);
    expect(r.onHover.visible).toBe(true);
    expect(r.onHover.text).toContain('2024');
    for (const box of [r.onFocus.box!, r.onHover.box!]) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(700);
      expect(box.y + box.height).toBeLessThanOrEqual(600);
    }
    expect(new Set(r.elementsInTips)).toEqual(new Set(['div', 'p', 'span', 'blockquote']));
  });

  it('each zoom step changes the axis and leaves zero label overlaps', async () => {
    const steps = await withPage(async (page) => {
      await page.goto(example('article.html'));
      await page.keyboard.press('Tab');
      await page.keyboard.press('End');
      const out = [{ ticks: await axisDomain(page, '#en'), ...(await labelOverlaps(page, '#en')) }];
      for (const key of ['+', '+', '+', '+', '+', '+', 'ArrowLeft', '-', '+']) {
        await page.keyboard.press(key);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        out.push({ ticks: await axisDomain(page, '#en'), ...(await labelOverlaps(page, '#en')) });
      }
      return out;
    });
    for (const s of steps) expect(s.overlaps).toEqual([]);
    expect(steps[1]!.ticks).not.toEqual(steps[0]!.ticks);
    expect(steps[3]!.ticks).not.toEqual(steps[2]!.ticks);
    // Zoomed 64× into 2024, the axis counts months, not decades.
    expect(steps[6]!.ticks.some((t) => /[A-Za-z]/.test(t))).toBe(true);
    expect(steps[6]!.count).toBeGreaterThan(0);
  });

  it('createTimeline sizes labels with the page canvas (hydrate with the table) and leaves no overlaps in any script', async () => {
    const r = await withPage(async (page) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __measured: number };
        w.__measured = 0;
        const measure = CanvasRenderingContext2D.prototype.measureText;
        CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
          w.__measured++;
          return measure.call(this, text);
        };
      });
      await page.goto(example('hydrated.html'));
      const byHydrate = await page.evaluate(() => (window as unknown as { __measured: number }).__measured);
      const host = await page.evaluate(() => {
        const el = (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline;
        const div = document.createElement('div');
        div.id = 'mixed';
        document.body.appendChild(div);
        const titles = [
          'Treaty signed',
          'وقع الرئيسان معاهدة',
          '条約に署名',
          '조약 체결',
          'Договор подписан',
          'Summit 🤝🇰🇵',
          'شراكة استراتيجية شاملة',
        ];
        const data = Array.from({ length: 42 }, (_, i) => ({
          id: `e${i}`,
          date: `20${String(10 + (i % 14)).padStart(2, '0')}-0${1 + (i % 9)}`,
          title: titles[i % titles.length]!,
        }));
        const t = el.createTimeline(div, { data, width: 720 });
        (window as unknown as { __t: unknown }).__t = t;
        return (window as unknown as { __measured: number }).__measured;
      });
      const steps = [await labelOverlaps(page, '#mixed')];
      for (const [a, b] of [
        ['2012-01-01', '2018-01-01'],
        ['2015-01-01', '2016-06-01'],
        ['2010-01-01', '2024-01-01'],
      ]) {
        await page.evaluate(
          ([a, b]) => (window as unknown as { __t: { zoomTo(a: Date, b: Date): void } }).__t.zoomTo(new Date(a!), new Date(b!)),
          [a, b],
        );
        await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res))));
        steps.push(await labelOverlaps(page, '#mixed'));
      }
      return { byHydrate, byCreate: host - byHydrate, steps };
    });
    expect(r.byHydrate).toBe(0);
    expect(r.byCreate).toBeGreaterThan(0);
    for (const step of r.steps) {
      expect(step.count).toBeGreaterThan(0);
      expect(step.overlaps).toEqual([]);
    }
  });

  it('zoomTo, resetZoom and the zoom event report the visible range', async () => {
    const r = await withPage(async (page) => {
      await page.goto(example('classic.html'));
      return page.evaluate(async () => {
        const el = (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline;
        const host = document.createElement('div');
        document.body.appendChild(host);
        const t = el.createTimeline(host, {
          data: [
            { date: '2000', title: 'a' },
            { date: '2020', title: 'b' },
          ],
          width: 800,
        });
        const seen: string[] = [];
        t.on('zoom', (e) => seen.push(`${e.domain[0].getUTCFullYear()}-${e.domain[1].getUTCFullYear()}`));
        // The zoom event comes once the step is drawn.
        const drawn = (step: () => void) =>
          new Promise<void>((done, fail) => {
            const handler = () => {
              t.off('zoom', handler);
              done();
            };
            t.on('zoom', handler);
            setTimeout(() => fail(new Error('no zoom event within 5 s')), 5000);
            step();
          });
        await drawn(() => t.zoomTo(new Date('2005-01-01'), new Date('2010-01-01')));
        const zoomed = t.domain.map((d) => d.getUTCFullYear());
        await drawn(() => t.resetZoom());
        const reset = t.domain.map((d) => d.getUTCFullYear());
        // Never closer than about a day.
        await drawn(() => t.zoomTo(new Date('2010-01-01T00:00:00Z'), new Date('2010-01-01T00:00:01Z')));
        const span = t.domain[1].getTime() - t.domain[0].getTime();
        t.destroy();
        return { seen, zoomed, reset, span };
      });
    });
    expect(r.zoomed).toEqual([2005, 2010]);
    expect(r.reset[0]).toBeLessThanOrEqual(2000);
    expect(r.reset[1]).toBeGreaterThanOrEqual(2020);
    expect(r.seen.length).toBeGreaterThanOrEqual(2);
    expect(r.span).toBeGreaterThanOrEqual(86_400_000 * 0.99);
  });

  it('double click zooms in ×2 over several frames, Shift+double click back out, Ctrl+wheel and drag still zoom and pan', async () => {
    const r = await withPage(async (page) => {
      await page.goto(example('classic.html'));
      await page.evaluate(() => {
        const el = (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline;
        const host = document.createElement('div');
        document.body.prepend(host);
        const w = window as unknown as { spans: number[]; t: ReturnType<typeof el.createTimeline> };
        w.t = el.createTimeline(host, {
          data: [
            { date: '2000', title: 'a' },
            { date: '2020', title: 'b' },
          ],
          width: 800,
        });
        w.spans = [];
        w.t.on('zoom', (e) => w.spans.push(e.domain[1].getTime() - e.domain[0].getTime()));
      });
      const box = (await page.locator('svg.eventline').first().boundingBox())!;
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const settle = () => page.waitForTimeout(600);
      const read = () => page.evaluate(() => (window as unknown as { spans: number[] }).spans.splice(0));
      const full = await page.evaluate(() => {
        const { t } = window as unknown as { t: { domain: Date[] } };
        return t.domain[1]!.getTime() - t.domain[0]!.getTime();
      });
      await page.mouse.dblclick(centre.x, centre.y);
      await settle();
      const zoomIn = await read();
      await page.keyboard.down('Shift');
      await page.mouse.dblclick(centre.x, centre.y);
      await page.keyboard.up('Shift');
      await settle();
      const zoomOut = await read();
      await page.mouse.move(centre.x, centre.y);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -300);
      await page.keyboard.up('Control');
      await settle();
      const wheel = await read();
      const before = await page.evaluate(() => (window as unknown as { t: { domain: Date[] } }).t.domain[0]!.getTime());
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.down();
      await page.mouse.move(centre.x + 120, centre.y, { steps: 5 });
      await page.mouse.up();
      await settle();
      const after = await page.evaluate(() => (window as unknown as { t: { domain: Date[] } }).t.domain[0]!.getTime());
      return { full, zoomIn, zoomOut, wheel, panned: before - after };
    });
    // Animated: several steps, each narrower than the last, ending at half the range.
    expect(r.zoomIn.length).toBeGreaterThan(3);
    expect(r.zoomIn).toEqual([...r.zoomIn].sort((a, b) => b - a));
    expect(r.zoomIn.at(-1)! / r.full).toBeCloseTo(0.5, 2);
    expect(r.zoomOut.at(-1)! / r.full).toBeCloseTo(1, 2);
    expect(r.wheel.at(-1)!).toBeLessThan(r.full * 0.9);
    // Dragged to the right: earlier times come into view.
    expect(r.panned).toBeGreaterThan(0);
    expect(getConsoleErrors()).toEqual([]);
  });

  it('Home and End in a zoomed view go to the first and last events of the timeline, past the view', async () => {
    const r = await withPage(async (page) => {
      await page.goto(example('classic.html'));
      await page.evaluate(async () => {
        const el = (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline;
        const host = document.createElement('div');
        host.id = 'host';
        document.body.prepend(host);
        const t = el.createTimeline(host, {
          data: [1990, 1995, 2000, 2005, 2010, 2015, 2020].map((y) => ({ id: `y${y}`, date: `${y}`, title: `Year ${y}` })),
          width: 800,
          animate: false,
        });
        t.zoomTo(new Date(Date.UTC(1999, 0, 1)), new Date(Date.UTC(2007, 0, 1)));
        await new Promise((done) => setTimeout(done, 100));
      });
      await page.focus('#host [tabindex="0"]');
      const focused = () => page.evaluate(() => document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id'));
      const inView = await focused();
      await page.keyboard.press('Home');
      await page.waitForTimeout(300);
      const home = await focused();
      await page.keyboard.press('End');
      await page.waitForTimeout(300);
      return { inView, home, end: await focused() };
    });
    expect(r.inView).toMatch(/^y200[05]$/);
    expect(r.home).toBe('y1990');
    expect(r.end).toBe('y2020');
  });

  it('a tooltip shown by the keyboard does not stay where it was when the column narrows', async () => {
    const r = await withPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(example('classic.html'));
      await page.evaluate(() => {
        const el = (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline;
        const host = document.createElement('div');
        host.id = 'host';
        document.body.prepend(host);
        el.createTimeline(host, {
          data: [
            { date: '2000', title: 'First', description: 'The first event of all' },
            { date: '2020', title: 'Last', description: 'The last event, at the far end' },
          ],
        });
      });
      await page.focus('#host [tabindex="0"]');
      await page.keyboard.press('End');
      await page.waitForTimeout(100);
      await page.evaluate(() => (document.getElementById('host')!.style.width = '360px'));
      await page.waitForTimeout(300);
      return page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[role="tooltip"]')]
          .filter((t) => !t.hidden)
          .map((t) => t.getBoundingClientRect().right),
      );
    });
    for (const right of r) expect(right).toBeLessThanOrEqual(360 + 16);
  });

  it('double click zooms at once, in one step, when the reader prefers reduced motion', async () => {
    const steps = await withPage(async (page) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(example('classic.html'));
      await page.evaluate(() => {
        const el = (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline;
        const host = document.createElement('div');
        document.body.prepend(host);
        const w = window as unknown as { spans: number[] };
        const t = el.createTimeline(host, {
          data: [
            { date: '2000', title: 'a' },
            { date: '2020', title: 'b' },
          ],
          width: 800,
        });
        w.spans = [];
        t.on('zoom', (e) => w.spans.push(e.domain[1].getTime() - e.domain[0].getTime()));
      });
      const box = (await page.locator('svg.eventline').first().boundingBox())!;
      await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(600);
      return page.evaluate(() => (window as unknown as { spans: number[] }).spans);
    });
    expect(steps).toHaveLength(1);
  });

  it('update keys by id and destroy leaves no nodes, observers or listeners behind', async () => {
    const r = await withPage(async (page) => {
      await page.addInitScript(COUNT_LISTENERS);
      await page.goto(example('classic.html'));
      return page.evaluate(async () => {
        const w = window as unknown as { __listeners: number; __observers: number; eventline: typeof import('../../src/index.js') };
        const host = document.createElement('div');
        document.body.appendChild(host);
        const before = { listeners: w.__listeners, observers: w.__observers, tips: document.querySelectorAll('[role="tooltip"]').length };
        const t = w.eventline.createTimeline(host, {
          data: [
            { id: 'a', date: '2000', title: 'A' },
            { id: 'b', date: '2010', title: 'B' },
          ],
        });
        const a = host.querySelector('[data-event-id="a"]');
        t.update({
          data: [
            { id: 'a', date: '2001', title: 'A moved' },
            { id: 'c', date: '2012', title: 'C' },
          ],
        });
        const afterUpdate = {
          ids: [...host.querySelectorAll('[data-event-id]')].map((g) => g.getAttribute('data-event-id')),
          sameNode: host.querySelector('[data-event-id="a"]') === a,
          title: host.querySelector('[data-event-id="a"] .el-title')!.textContent,
        };
        t.update({ locale: 'ar' });
        const rtl = host.querySelector('svg')!.getAttribute('direction');
        const during = w.__listeners;
        t.destroy();
        // Anything destroy left scheduled (a zoom frame, a transition tick) would run within two frames.
        await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
        return {
          afterUpdate,
          rtl,
          addedListeners: during - before.listeners,
          leftListeners: w.__listeners - before.listeners,
          leftObservers: w.__observers - before.observers,
          nodes: host.childNodes.length,
          tips: document.querySelectorAll('[role="tooltip"]').length - before.tips,
        };
      });
    });
    expect(r.afterUpdate).toEqual({ ids: ['a', 'c'], sameNode: true, title: 'A moved' });
    expect(r.rtl).toBe('rtl');
    expect(r.addedListeners).toBeGreaterThan(0);
    expect(r.leftListeners).toBe(0);
    expect(r.leftObservers).toBe(0);
    expect(r.nodes).toBe(0);
    expect(r.tips).toBe(0);
  });

  it('update glides kept events from where they were and fades new ones in, unless animate is false', async () => {
    const r = await withPage(async (page) => {
      await page.goto(example('classic.html'));
      return page.evaluate(() => {
        const el = (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline;
        const run = (animate: boolean) => {
          const host = document.createElement('div');
          document.body.appendChild(host);
          const domain = [Date.UTC(1995, 0, 1), Date.UTC(2015, 0, 1)] as const;
          const t = el.createTimeline(host, {
            data: [
              { id: 'a', date: '2000', title: 'A' },
              { id: 'b', date: '2010', title: 'B' },
            ],
            width: 800,
            domain,
            animate,
          });
          t.update({
            data: [
              { id: 'a', date: '2004', title: 'A' },
              { id: 'b', date: '2010', title: 'B' },
              { id: 'c', date: '2012', title: 'C' },
            ],
          });
          const frames = (id: string) =>
            host
              .querySelector(`[data-event-id="${id}"]`)!
              .getAnimations()
              .map((a) => (a.effect as KeyframeEffect).getKeyframes().map((k) => k.transform ?? k.opacity));
          const out = {
            a: frames('a'),
            b: frames('b'),
            c: frames('c'),
            attr: host.querySelector('[data-event-id="a"]')!.getAttribute('transform'),
          };
          t.destroy();
          return out;
        };
        return { on: run(true), off: run(false) };
      });
    });
    expect(r.on.a).toHaveLength(1);
    expect(r.on.a[0]![0]).toMatch(/^translate\(-\d/);
    expect(r.on.a[0]![1]).toBe('none');
    expect(r.on.b).toEqual([]);
    expect(r.on.c).toEqual([['0', '1']]);
    expect(r.on.attr).toBeNull();
    expect(r.off).toEqual({ a: [], b: [], c: [], attr: null });
  });

  it('a rejected update leaves the timeline as it was, not stuck on the bad option', async () => {
    const r = await withPage(async (page) => {
      await page.goto(example('classic.html'));
      return page.evaluate(() => {
        const el = (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline;
        const host = document.createElement('div');
        document.body.appendChild(host);
        const t = el.createTimeline(host, { data: [{ id: 'a', date: '2000', title: 'A' }], width: 800 });
        const svg = host.querySelector('svg')!;
        let error = '';
        try {
          t.update({ width: 50 });
        } catch (e) {
          error = (e as Error).message;
        }
        const kept = svg.getAttribute('width');
        t.update({ theme: 'dark' });
        return { error, kept, after: { width: svg.getAttribute('width'), theme: svg.getAttribute('data-theme') } };
      });
    });
    expect(r.error).toContain('options.width');
    expect(r.kept).toBe('800');
    expect(r.after).toEqual({ width: '800', theme: 'dark' });
  });

  it('update takes the fields to change by name: data and options together, undefined restores a default, events alone are refused', async () => {
    const r = await withPage(async (page) => {
      await page.goto(example('classic.html'));
      return page.evaluate(() => {
        const el = (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline;
        const host = document.createElement('div');
        host.style.width = '640px';
        document.body.appendChild(host);
        const t = el.createTimeline(host, { data: [{ id: 'a', date: '2000', title: 'A' }], width: 800 });
        const svg = host.querySelector('svg')!;
        t.update({
          data: [
            { id: 'b', date: '2001', title: 'B' },
            { id: 'c', date: '2002', title: 'C' },
          ],
          theme: 'dark',
        });
        const both = {
          ids: [...svg.querySelectorAll('[data-event-id]')].map((g) => g.getAttribute('data-event-id')),
          theme: svg.getAttribute('data-theme'),
        };
        t.update({ width: undefined });
        const followsHost = svg.getAttribute('width');
        // What the old update(eventsOrOptions) guessed to be events is now an error, never a silent no-op.
        const refused = (changes: unknown) => {
          try {
            t.update(changes as never);
            return '';
          } catch (e) {
            return `${(e as Error).name}: ${(e as Error).message}`;
          }
        };
        const errors = [refused([{ id: 'd', date: '2003', title: 'D' }]), refused(null)];
        const kept = [...svg.querySelectorAll('[data-event-id]')].map((g) => g.getAttribute('data-event-id'));
        t.destroy();
        return { both, followsHost, errors, kept };
      });
    });
    expect(r.both).toEqual({ ids: ['b', 'c'], theme: 'dark' });
    expect(r.followsHost).toBe('640');
    for (const error of r.errors)
      expect(error).toMatch(/^TypeError: update: expected an object of the options to change, such as \{ data: events \}/);
    expect(r.kept).toEqual(['b', 'c']);
  });

  it('hydrate makes the server-rendered SVG interactive without redrawing it, in a column as wide as the server drew it', async () => {
    const r = await withPage(async (page) => {
      // In a column of another width, hydrate lays the shown layout out again for it (tests/browser/hydrate.browser.test.ts).
      await page.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => (document.getElementById('timeline')!.style.width = '960px')),
      );
      await page.goto(example('hydrated.html'));
      // The live SVG, less the tab stops, the touch-action and the size hydration adds, must be the server's markup unchanged.
      const served = readFileSync(join(root, 'examples/hydrated.html'), 'utf8');
      const untouched = await page.evaluate((html) => {
        const original = new DOMParser().parseFromString(html, 'text/html').querySelector('svg')!;
        const live = document.querySelector('svg')!.cloneNode(true) as Element;
        for (const el of [live, ...live.querySelectorAll('[tabindex]')]) el.removeAttribute('tabindex');
        for (const el of [live, ...live.querySelectorAll('svg.eventline')]) el.removeAttribute('style');
        return live.outerHTML === original.outerHTML;
      }, served);
      await page.keyboard.press('Tab');
      const first = await focusedId(page);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      return { first, untouched, log: await page.textContent('#log'), svgs: await page.locator('svg.eventline').count() };
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(r.untouched).toBe(true);
    expect(r.first).toBe(articleOrder[0]);
    expect(r.log).toBe(`1961 — ${articleOrder[1]}`);
    // Its wide and its narrow layout, each hydrated.
    expect(r.svgs).toBe(2);
  });

  for (const name of examples) {
    it(`axe-core finds no WCAG 2.2 AA violations on ${name}`, async () => {
      const violations = await withPage(async (page) => {
        await page.goto(example(name));
        await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
        return page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
            }
          ).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
          );
        });
      });
      expect(violations).toEqual([]);
    });
  }
});
