import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { pickText } from '../../src/model/pickText.js';
import type { TimelineInput } from '../../src/model/types.js';
import { renderToHtml, type HtmlOptions } from '../../src/server/renderToHtml.js';
import { describeBrowser, getConsoleErrors, withPage } from '../helpers/chromium.js';

const root = resolve(__dirname, '../..');
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** The article with a picture on the summit, so a card shows every part. */
const article: TimelineInput = {
  ...russiaDprk,
  events: russiaDprk.events.map((e) =>
    e.id === 'pyongyang-summit'
      ? {
          ...e,
          media: {
            src: 'summit.svg',
            alt: { en: 'Two flags side by side', ar: 'علمان متجاوران' },
            caption: { en: 'The summit', ar: 'القمة' },
            credit: 'Test drawing',
            link: 'https://example.org/photo',
          },
        }
      : e,
  ),
};
const order = [...parseTimeline(article).events].sort((a, b) => a.date.start - b.date.start || a.index - b.index).map((e) => e.id);
const EVIL = '<img src=x onerror=alert(1)></script><script>alert(2)</script><!--';

let dir: string;
const url = (name: string, hash = '') => pathToFileURL(join(dir, name)).href + hash;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eventline-story-'));
  writeFileSync(
    join(dir, 'summit.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40" fill="#4e79a7"/></svg>',
  );
  const pages: [string, unknown, HtmlOptions][] = [
    ['en.html', article, { locale: 'en' }],
    ['ar.html', article, { locale: 'ar' }],
    ['nojs.html', article, { locale: 'en', script: false }],
    ['nojs-ar.html', article, { locale: 'ar', script: false }],
    // A width asks for one layout: on a phone it scrolls sideways in its box.
    ['ar960.html', article, { locale: 'ar', width: 960 }],
    ['dark.html', article, { locale: 'en', theme: 'dark' }],
    [
      'evil.html',
      {
        title: EVIL,
        events: [
          {
            id: 'evil',
            date: '2000',
            title: EVIL,
            description: EVIL,
            media: { src: 'summit.svg', alt: EVIL, caption: EVIL, credit: EVIL },
          },
          { id: 'b', date: '2001', title: 'B' },
        ],
      },
      {},
    ],
  ];
  for (const [name, data, options] of pages) writeFileSync(join(dir, name), renderToHtml(data, options));
});

interface StoryState {
  position: string | null;
  shown: string[];
  current: string[];
  hash: string;
  history: number;
}

function storyState(page: Page): Promise<StoryState> {
  return page.evaluate(() => ({
    position: document.querySelector('.el-story-position')?.textContent ?? null,
    shown: [...document.querySelectorAll<HTMLElement>('li.el-card')].filter((li) => !li.hidden).map((li) => li.id),
    // In the layout shown: the page has a wide and a narrow one, and CSS (then the script) shows one.
    current: [...document.querySelectorAll<SVGSVGElement>('svg.eventline')]
      .filter((svg) => getComputedStyle(svg).display !== 'none')
      .flatMap((svg) => [...svg.querySelectorAll('[aria-current]')])
      .map((g) => `${g.getAttribute('data-event-id')}=${g.getAttribute('aria-current')}`),
    hash: location.hash,
    history: history.length,
  }));
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: it also runs in a page whose own scripts are off.
  return page.evaluate(async (source) => {
    (0, eval)(source);
    const axe = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  }, axeSource);
}

describeBrowser('story page (renderToHtml) with JavaScript off', () => {
  it('shows every card in time order with date, title, description, figure, source and link', async () => {
    const cards = await withPage(
      async (page) => {
        await page.goto(url('en.html'));
        return page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('li.el-card')].map((li) => ({
            id: li.id,
            visible: li.offsetHeight > 0,
            date: li.querySelector('.el-card-date')?.textContent,
            title: li.querySelector('h2')?.textContent,
            description: li.querySelector('.el-card-description')?.textContent,
            alt: li.querySelector('figure img')?.getAttribute('alt'),
            imageLoaded: (li.querySelector('figure img') as HTMLImageElement | null)?.naturalWidth,
            caption: li.querySelector('figcaption')?.textContent,
            source: li.querySelector('.el-card-source p')?.textContent,
            link: li.querySelector('figure a')?.getAttribute('href'),
          })),
        );
      },
      { javaScriptEnabled: false },
    );
    expect(cards.map((c) => c.id)).toEqual(order);
    expect(cards.every((c) => c.visible)).toBe(true);
    const summit = cards.find((c) => c.id === 'pyongyang-summit')!;
    expect(summit).toMatchObject({
      date: '19 June 2024',
      title: pickText(parseTimeline(article).events.find((e) => e.id === 'pyongyang-summit')!.title, 'en'),
      alt: 'Two flags side by side',
      caption: 'The summit Image: Test drawing',
      source: 'Source: Oman (Omani daily newspaper) · Reuters',
      link: 'https://example.org/photo',
    });
    expect(summit.description).toMatch(/\S/);
    expect(cards.find((c) => c.id === 'putin-visit-2000')!.date).toBe('July 2000');
  });

  it('opens page.html#id scrolled to that card, in the page with the script too when the script does not run', async () => {
    for (const name of ['nojs.html', 'en.html']) {
      const r = await withPage(
        async (page) => {
          await page.goto(url(name, '#putin-visit-2000'));
          return page.evaluate(() => ({
            top: document.getElementById('putin-visit-2000')!.getBoundingClientRect().top,
            scrolled: scrollY,
            hidden: document.querySelectorAll('li[hidden]').length,
          }));
        },
        { javaScriptEnabled: false, viewport: { width: 800, height: 500 } },
      );
      expect(r.scrolled, name).toBeGreaterThan(0);
      // The card's scroll margin (1rem) above it.
      expect(Math.abs(r.top - 16), name).toBeLessThanOrEqual(2);
      expect(r.hidden, name).toBe(0);
    }
  });

  it('has no accessibility violations', async () => {
    // axe needs timers, which a page without JavaScript does not run; nojs.html has no script,
    // so with scripting on it is the very page a reader without JavaScript gets.
    const r = await withPage(async (page) => {
      await page.goto(url('nojs.html'));
      return {
        nav: await page.isVisible('nav.el-story-nav'),
        scripts: await page.locator('script').count(),
        violations: await axeViolations(page),
      };
    });
    expect(r).toEqual({ nav: false, scripts: 0, violations: [] });
  });
});

describeBrowser('story page (renderToHtml) with JavaScript on', () => {
  it('starts at the first event: its card alone, 1 / 9, aria-current on its mark', async () => {
    const s = await withPage(async (page) => {
      await page.goto(url('en.html'));
      return storyState(page);
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(s).toMatchObject({ position: `1 / ${order.length}`, shown: [order[0]], current: [`${order[0]}=true`], hash: '' });
  });

  it('clicking an event on the timeline opens its card, marks it current and puts it in the URL without a history entry', async () => {
    const [before, after] = await withPage(async (page) => {
      await page.goto(url('en.html'));
      const before = await storyState(page);
      await page.click('[data-event-id="putin-visit-2000"] .el-mark');
      return [before, await storyState(page)];
    });
    const i = order.indexOf('putin-visit-2000');
    expect(after).toEqual({
      position: `${i + 1} / ${order.length}`,
      shown: ['putin-visit-2000'],
      current: ['putin-visit-2000=true'],
      hash: '#putin-visit-2000',
      history: before.history,
    });
  });

  it('Enter on a focused event opens its card', async () => {
    const s = await withPage(async (page) => {
      await page.goto(url('en.html'));
      await page.focus('[data-event-id="invasion-ukraine"]');
      await page.keyboard.press('Enter');
      return storyState(page);
    });
    expect(s.shown).toEqual(['invasion-ukraine']);
    expect(s.current).toEqual(['invasion-ukraine=true']);
  });

  it('Previous and Next step through every event in time order, with "N / M"', async () => {
    const steps = await withPage(async (page) => {
      await page.goto(url('en.html'));
      const seen: StoryState[] = [await storyState(page)];
      const disabledAtStart = await page.getAttribute('button.el-story-previous', 'aria-disabled');
      for (let i = 1; i < order.length; i++) {
        await page.click('button.el-story-next');
        seen.push(await storyState(page));
      }
      const disabled = await page.getAttribute('button.el-story-next', 'aria-disabled');
      // Playwright waits for an aria-disabled button to be enabled; the reader can still press it.
      await page.click('button.el-story-next', { force: true });
      seen.push(await storyState(page));
      await page.click('button.el-story-previous');
      seen.push(await storyState(page));
      return { seen, disabled, disabledAtStart, focused: await page.evaluate(() => document.activeElement?.className) };
    });
    const forward = steps.seen.slice(0, order.length);
    expect(forward.map((s) => s.shown[0])).toEqual(order);
    expect(forward.map((s) => s.position)).toEqual(order.map((_, i) => `${i + 1} / ${order.length}`));
    expect(forward.map((s) => s.current)).toEqual(order.map((id) => [`${id}=true`]));
    // Next at the end stays on the last event; Previous goes back one.
    expect(steps.seen[order.length]!.shown).toEqual([order.at(-1)]);
    expect(steps.seen[order.length + 1]!.shown).toEqual([order.at(-2)]);
    expect(steps.seen[order.length + 1]!.hash).toBe(`#${order.at(-2)}`);
    expect([steps.disabledAtStart, steps.disabled]).toEqual(['true', 'true']);
    expect(steps.focused).toBe('el-story-previous');
  });

  for (const [name, later, earlier] of [
    ['en.html', 'ArrowRight', 'ArrowLeft'],
    ['ar.html', 'ArrowLeft', 'ArrowRight'],
  ] as const) {
    it(`${name}: ${later} steps to the next event, ${earlier} back`, async () => {
      const r = await withPage(async (page) => {
        await page.goto(url(name));
        await page.focus('button.el-story-next');
        await page.keyboard.press(later);
        await page.keyboard.press(later);
        const two = await storyState(page);
        await page.keyboard.press(earlier);
        const back = await storyState(page);
        const mirrored = await page.evaluate(() => {
          const prev = document.querySelector('.el-story-previous')!.getBoundingClientRect();
          const next = document.querySelector('.el-story-next')!.getBoundingClientRect();
          return {
            dir: document.documentElement.dir,
            nextIsLeft: next.left < prev.left,
            nextText: document.querySelector('.el-story-next')!.textContent,
          };
        });
        return { two, back, mirrored };
      });
      expect(r.two.shown).toEqual([order[2]]);
      expect(r.two.position).toBe(`3 / ${order.length}`);
      expect(r.back.shown).toEqual([order[1]]);
      expect(r.mirrored.nextIsLeft).toBe(name === 'ar.html');
      expect(r.mirrored.nextText).toBe(name === 'ar.html' ? 'التالي' : 'Next');
    });
  }

  it('opening page.html#id starts at that event, and a changed fragment moves the story', async () => {
    const r = await withPage(async (page) => {
      await page.goto(url('en.html', '#vietnam-remarks'));
      const start = await storyState(page);
      await page.evaluate(() => {
        location.hash = '#treaty-1961';
      });
      await page.waitForFunction(() => document.querySelector('.el-story-position')!.textContent!.startsWith('2 /'));
      return { start, moved: await storyState(page) };
    });
    const i = order.indexOf('vietnam-remarks');
    expect(r.start).toMatchObject({
      position: `${i + 1} / ${order.length}`,
      shown: ['vietnam-remarks'],
      current: ['vietnam-remarks=true'],
    });
    expect(r.moved).toMatchObject({ shown: ['treaty-1961'], current: ['treaty-1961=true'] });
  });

  it('on a narrow screen a drawing rendered at a width scrolls sideways in its box to show the current event, in Arabic too', async () => {
    const r = await withPage(
      async (page) => {
        const inView = () =>
          page.evaluate(() => {
            const box = document.querySelector('.el-story-timeline')!.getBoundingClientRect();
            const mark = document.querySelector('svg [aria-current="true"] .el-mark')!.getBoundingClientRect();
            return { inside: mark.left >= box.left && mark.right <= box.right, pageX: scrollX };
          });
        await page.goto(url('ar960.html', '#pyongyang-summit'));
        const start = await inView();
        await page.click('button.el-story-previous');
        await page.click('button.el-story-previous');
        await page.click('button.el-story-previous');
        return { start, back: await inView() };
      },
      { viewport: { width: 375, height: 700 }, reducedMotion: 'reduce' },
    );
    expect(r).toEqual({ start: { inside: true, pageX: 0 }, back: { inside: true, pageX: 0 } });
  });

  for (const [motion, behavior] of [
    ['reduce', 'auto'],
    ['no-preference', 'smooth'],
  ] as const) {
    it(`scrolls to the opened card ${behavior === 'auto' ? 'instantly when the reader prefers reduced motion' : 'smoothly otherwise'}`, async () => {
      const scrolls = await withPage(
        async (page) => {
          await page.addInitScript(() => {
            const w = window as unknown as { scrolls: unknown[] };
            w.scrolls = [];
            const original = Element.prototype.scrollIntoView;
            Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
              w.scrolls.push(typeof arg === 'object' ? arg.behavior : arg);
              return original.call(this, arg);
            };
          });
          await page.goto(url('en.html'));
          await page.click('[data-event-id="treaty-1961"] .el-mark');
          return page.evaluate(() => (window as unknown as { scrolls: unknown[] }).scrolls);
        },
        { reducedMotion: motion },
      );
      expect(scrolls).toEqual([behavior]);
    });
  }

  for (const name of ['en.html', 'ar.html', 'dark.html']) {
    it(`axe-core finds no WCAG 2.2 AA violations on ${name}, before and after stepping`, async () => {
      const r = await withPage(async (page) => {
        await page.goto(url(name));
        const first = await axeViolations(page);
        await page.click('[data-event-id="treaty-1961"] .el-mark');
        return { first, summit: await axeViolations(page) };
      });
      expect(r).toEqual({ first: [], summit: [] });
    });
  }

  it('hostile text in the title, caption and alt stays text: no element, no script, no dialog', async () => {
    const r = await withPage(async (page) => {
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(url('evil.html'));
      await page.click('button.el-story-next');
      await page.click('button.el-story-previous');
      return page.evaluate(
        (shown) => ({
          dialogs: shown,
          images: document.querySelectorAll('img').length,
          scripts: document.querySelectorAll('script').length,
          title: document.querySelector('#evil h2')!.textContent,
          caption: document.querySelector('#evil .el-card-caption')!.textContent,
          svgTitle: document.querySelector('svg title')!.textContent,
          position: document.querySelector('.el-story-position')!.textContent,
        }),
        dialogs,
      );
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(r).toEqual({ dialogs: [], images: 1, scripts: 3, title: EVIL, caption: EVIL, svgTitle: EVIL, position: '1 / 2' });
  });
});

interface WidthReading {
  /** The layouts shown, as "narrow:vertical". */
  layouts: string[];
  /** Events marked current in the layout shown. */
  current: (string | null)[];
  shown: string[];
  /** How far the page and the drawing's box scroll sideways (0: not at all). */
  pageScrolls: number;
  boxScrolls: number;
  /** The current event's mark lies inside the box as the box is scrolled, and on the screen. */
  markInBox: boolean;
  markOnScreen: boolean;
}

function readWidth(page: Page): Promise<WidthReading> {
  return page.evaluate(() => {
    const box = document.querySelector('.el-story-timeline')!;
    const svgs = [...document.querySelectorAll<SVGSVGElement>('svg.eventline')].filter((svg) => getComputedStyle(svg).display !== 'none');
    const current = svgs.flatMap((svg) => [...svg.querySelectorAll('[aria-current="true"]')]);
    const b = box.getBoundingClientRect();
    const m = current[0]?.querySelector('.el-mark')?.getBoundingClientRect();
    const within = (r: DOMRect, lo: { left: number; top: number; right: number; bottom: number }) =>
      r.width > 0 && r.left >= lo.left - 0.5 && r.right <= lo.right + 0.5 && r.top >= lo.top - 0.5 && r.bottom <= lo.bottom + 0.5;
    return {
      layouts: svgs.map((svg) => `${svg.id.slice(svg.id.lastIndexOf('-') + 1)}:${svg.getAttribute('data-orientation')}`),
      current: current.map((g) => g.getAttribute('data-event-id')),
      shown: [...document.querySelectorAll<HTMLElement>('li.el-card')].filter((li) => !li.hidden).map((li) => li.id),
      pageScrolls: document.scrollingElement!.scrollWidth - document.documentElement.clientWidth,
      boxScrolls: box.scrollWidth - box.clientWidth,
      markInBox: !!m && within(m, b),
      markOnScreen: !!m && within(m, { left: 0, top: 0, right: innerWidth, bottom: innerHeight }),
    };
  });
}

describeBrowser('story page (renderToHtml, no width) on a 375 px phone and a 1280 px screen', () => {
  for (const locale of ['en', 'ar'] as const) {
    for (const width of [375, 1280]) {
      const layout = width === 375 ? 'narrow:vertical' : 'wide:horizontal';
      it(`${locale}, ${width} px: the ${layout} layout, no sideways scroll; Next, a click and #id mark the event in it and bring its mark into the box`, async () => {
        const r = await withPage(
          async (page) => {
            await page.goto(url(`${locale}.html`));
            const start = await readWidth(page);
            for (let i = 0; i < 6; i++) await page.click('button.el-story-next');
            const stepped = await readWidth(page);
            for (let i = 0; i < 4; i++) await page.click('button.el-story-previous');
            const back = await readWidth(page);
            await page.locator('[data-event-id="putin-visit-2000"] .el-mark').filter({ visible: true }).click();
            const clicked = await readWidth(page);
            await page.goto('about:blank');
            await page.goto(url(`${locale}.html`, '#treaty-1961'));
            const linked = await readWidth(page);
            await page.goto('about:blank');
            await page.goto(url(`${locale}.html`, '#vietnam-remarks'));
            return { start, stepped, back, clicked, linked, late: await readWidth(page), errors: getConsoleErrors() };
          },
          { viewport: { width, height: 800 }, reducedMotion: 'reduce' },
        );
        const at = (id: string) => ({ layouts: [layout], current: [id], shown: [id], pageScrolls: 0, boxScrolls: 0, markInBox: true });
        expect(r.errors).toEqual([]);
        expect(r.start).toMatchObject({ ...at(order[0]!), markOnScreen: true });
        // Stepping far down the narrow layout scrolls its box, not the page; the button stays under the reader's finger.
        expect(r.stepped).toMatchObject({ ...at(order[6]!), markOnScreen: true });
        expect(r.back).toMatchObject({ ...at(order[2]!), markOnScreen: true });
        expect(r.clicked).toMatchObject(at('putin-visit-2000'));
        expect(r.linked).toMatchObject(at('treaty-1961'));
        expect(r.late).toMatchObject(at('vietnam-remarks'));
      });
    }
  }

  it('a screen turned or resized to the other layout shows the current event marked and in its box', async () => {
    const r = await withPage(
      async (page) => {
        await page.goto(url('ar.html', '#vietnam-remarks'));
        const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await page.setViewportSize({ width: 375, height: 800 });
        await frames();
        const narrow = await readWidth(page);
        await page.setViewportSize({ width: 1280, height: 800 });
        await frames();
        return { narrow, wide: await readWidth(page) };
      },
      { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' },
    );
    const at = (layout: string) => ({ layouts: [layout], current: ['vietnam-remarks'], pageScrolls: 0, boxScrolls: 0, markInBox: true });
    expect(r).toMatchObject({ narrow: at('narrow:vertical'), wide: at('wide:horizontal') });
  });

  for (const name of ['en.html', 'ar.html', 'nojs.html']) {
    it(`axe-core finds no WCAG 2.2 AA violations on ${name} at 375 px, before and after stepping`, async () => {
      const r = await withPage(
        async (page) => {
          await page.goto(url(name));
          const first = await axeViolations(page);
          if (name !== 'nojs.html') for (let i = 0; i < 6; i++) await page.click('button.el-story-next');
          return { first, stepped: await axeViolations(page) };
        },
        { viewport: { width: 375, height: 800 } },
      );
      expect(r).toEqual({ first: [], stepped: [] });
    });
  }

  it('with JavaScript off, a 375 px phone gets the narrow layout and no sideways scroll, in English and Arabic', async () => {
    for (const name of ['nojs.html', 'nojs-ar.html']) {
      const r = await withPage(
        async (page) => {
          await page.goto(url(name));
          return page.evaluate(() => ({
            layouts: [...document.querySelectorAll<SVGSVGElement>('svg.eventline')]
              .filter((svg) => getComputedStyle(svg).display !== 'none')
              .map((svg) => svg.getAttribute('data-orientation')),
            pageScrolls: document.scrollingElement!.scrollWidth - document.documentElement.clientWidth,
            boxScrolls: (({ scrollWidth, clientWidth }) => scrollWidth - clientWidth)(document.querySelector('.el-story-timeline')!),
            boxHeight: document.querySelector('.el-story-timeline')!.getBoundingClientRect().height,
            drawnHeight: document.querySelector('.el-story-timeline > svg')!.getBoundingClientRect().height,
          }));
        },
        { javaScriptEnabled: false, viewport: { width: 375, height: 800 } },
      );
      expect(r, name).toMatchObject({ layouts: ['vertical'], pageScrolls: 0, boxScrolls: 0 });
      // Taller than the box, which stops at 60% of the screen and scrolls down.
      expect(r.boxHeight, name).toBeCloseTo(480, 0);
      expect(r.drawnHeight, name).toBeGreaterThan(700);
    }
  });
});

describeBrowser('a story fragment (renderToHtml, fragment: true) in a page of your own', () => {
  // The story is a size container, which takes no width from its content: in a flex row,
  // an inline-block or a float it shrank to nothing.
  it('breaks a long URL or a word of hundreds of letters in a card rather than widen the page', async () => {
    const long = {
      events: [
        {
          date: '2024-06-19',
          title: `Summit ${'x'.repeat(300)}`,
          description: `See https://example.org/${'a/'.repeat(120)}index.html for the ${'y'.repeat(200)} text.`,
        },
        { date: '2024-07', title: 'Trains' },
      ],
    };
    for (const locale of ['en', 'ar']) {
      const page = renderToHtml(long, { locale, script: false });
      const scrolls = await withPage(
        async (p) => {
          await p.setContent(page);
          return p.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);
        },
        { javaScriptEnabled: false, viewport: { width: 375, height: 800 } },
      );
      expect(scrolls, locale).toBe(0);
    }
  });

  it('keeps a readable width in a flex row, an inline-block, a float and a grid, on a phone and a screen', async () => {
    const fragment = renderToHtml(article, { locale: 'en', fragment: true, script: false });
    const holders = {
      block: '<div>X</div>',
      flex: '<div style="display:flex">X</div>',
      'inline-block': '<div style="display:inline-block">X</div>',
      float: '<div style="float:left">X</div>',
      grid: '<div style="display:grid;grid-template-columns:auto">X</div>',
    };
    for (const width of [375, 1280]) {
      for (const [name, holder] of Object.entries(holders)) {
        const r = await withPage(
          async (page) => {
            await page.setContent(`<!doctype html><html><body style="margin:0">${holder.replace('X', fragment)}</body></html>`);
            return page.evaluate(() => ({
              story: document.querySelector('.eventline-story')!.getBoundingClientRect().width,
              layout: [...document.querySelectorAll<SVGSVGElement>('svg.eventline')]
                .filter((svg) => getComputedStyle(svg).display !== 'none')
                .map((svg) => svg.getAttribute('data-orientation')),
              pageScrolls: document.scrollingElement!.scrollWidth - document.documentElement.clientWidth,
            }));
          },
          { javaScriptEnabled: false, viewport: { width, height: 800 } },
        );
        const at = `${name} at ${width}`;
        // As wide as its column, or, where the column is as wide as its content, the wide layout or the screen.
        expect(r.story, at).toBe(['block', 'flex', 'grid'].includes(name) ? width : Math.min(960, width));
        expect(r.layout, at).toEqual([width >= 960 ? 'horizontal' : 'vertical']);
        expect(r.pageScrolls, at).toBe(0);
      }
    }
  });
});

const example = (query = '', hash = '') => pathToFileURL(join(root, 'examples/story.html')).href + query + hash;

describeBrowser('createStory (examples/story.html: the story drawn in the page)', () => {
  it('draws the timeline and the cards in time order, the first open, with its picture', async () => {
    const r = await withPage(async (page) => {
      await page.goto(example());
      await page.waitForFunction(() => (document.querySelector('li.el-card:not([hidden]) img') as HTMLImageElement | null)?.complete);
      return page.evaluate(() => ({
        cards: [...document.querySelectorAll('#story li.el-card')].map((li) => li.id),
        figures: document.querySelectorAll('#story li.el-card figure img[alt]').length,
        picture: (document.querySelector('li.el-card:not([hidden]) img') as HTMLImageElement).naturalWidth,
        svgInStory: !!document.querySelector('#story .eventline-story > .el-story-timeline > svg.eventline'),
        error: document.getElementById('error')!.hidden ? '' : document.getElementById('error')!.textContent,
      }));
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(r.error).toBe('');
    expect(r.cards).toEqual(order);
    expect(r.figures).toBe(order.length);
    expect(r.picture).toBeGreaterThan(0);
    expect(r.svgInStory).toBe(true);
  });

  it('steps with Next and the timeline, marks the current event, and keeps it in the URL and the language links', async () => {
    const r = await withPage(async (page) => {
      await page.goto(example());
      await page.click('button.el-story-next');
      const next = await storyState(page);
      // Near its start: the war goes on, and its bar runs on under the later events' marks.
      await page.click('[data-event-id="invasion-ukraine"] .el-mark', { position: { x: 3, y: 4 } });
      const clicked = await storyState(page);
      const arabic = await page.getAttribute('a[data-lang="ar"]', 'href');
      return { next, clicked, arabic };
    });
    expect(r.next).toMatchObject({
      position: `2 / ${order.length}`,
      shown: [order[1]],
      current: [`${order[1]}=true`],
      hash: `#${order[1]}`,
    });
    expect(r.clicked).toMatchObject({ shown: ['invasion-ukraine'], current: ['invasion-ukraine=true'], hash: '#invasion-ukraine' });
    expect(r.arabic).toBe('?lang=ar#invasion-ukraine');
  });

  it('in Arabic: mirrored, starts at the event in the URL, ArrowLeft is next', async () => {
    const r = await withPage(async (page) => {
      await page.goto(example('?lang=ar', '#treaty-1961'));
      const start = await storyState(page);
      await page.focus('button.el-story-previous');
      await page.keyboard.press('ArrowLeft');
      const after = await storyState(page);
      const layout = await page.evaluate(() => {
        const story = document.querySelector('.eventline-story')!;
        const x = (id: string) => document.querySelector(`[data-event-id="${id}"] .el-mark`)!.getBoundingClientRect().left;
        return {
          lang: story.getAttribute('lang'),
          dir: story.getAttribute('dir'),
          laterIsLeft: x('trains-resume') < x('dprk-founded'),
          next: document.querySelector('.el-story-next')!.textContent,
        };
      });
      return { start, after, layout };
    });
    expect(r.start.shown).toEqual(['treaty-1961']);
    expect(r.after).toMatchObject({
      shown: [order[order.indexOf('treaty-1961') + 1]],
      position: `${order.indexOf('treaty-1961') + 2} / ${order.length}`,
    });
    expect(r.layout).toEqual({ lang: 'ar', dir: 'rtl', laterIsLeft: true, next: 'التالي' });
  });

  it('keeps aria-current on the current event when zooming draws its mark anew', async () => {
    const r = await withPage(async (page) => {
      await page.goto(example());
      await page.evaluate(() => {
        const w = window as unknown as { story: import('../../src/interact/storyTypes.js').Story };
        w.story.go('putin-visit-2000');
        w.story.timeline.zoomTo(Date.UTC(1950, 0, 1), Date.UTC(1970, 0, 1));
      });
      await page.waitForFunction(() => !document.querySelector('svg [data-event-id="putin-visit-2000"]'));
      await page.evaluate(() =>
        (window as unknown as { story: import('../../src/interact/storyTypes.js').Story }).story.timeline.resetZoom(),
      );
      await page.waitForFunction(() => !!document.querySelector('svg [data-event-id="putin-visit-2000"]'));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
      return storyState(page);
    });
    expect(r.current).toEqual(['putin-visit-2000=true']);
  });

  for (const query of ['', '?lang=ar']) {
    it(`axe-core finds no WCAG 2.2 AA violations on story.html${query}`, async () => {
      const violations = await withPage(async (page) => {
        await page.goto(example(query));
        await page.click('button.el-story-next');
        return axeViolations(page);
      });
      expect(violations).toEqual([]);
    });
  }

  it('go, change events, errors that say what is wrong, and destroy that leaves nothing behind', async () => {
    const r = await withPage(async (page) => {
      await page.goto(example());
      return page.evaluate(() => {
        const w = window as unknown as {
          story: import('../../src/interact/storyTypes.js').Story;
          eventline: typeof import('../../src/index.js');
        };
        const changes: string[] = [];
        w.story.on('change', (e) => changes.push(`${e.index}/${e.count}:${e.event.id}:${e.card.id}`));
        w.story.go('trains-resume').previous().previous();
        const error = (fn: () => unknown) => {
          try {
            fn();
            return '';
          } catch (e) {
            return `${(e as Error).name}: ${(e as Error).message}`;
          }
        };
        const unknown = error(() => w.story.go('nope'));
        const noData = error(() => w.eventline.createStory(document.createElement('div')));
        const current = w.story.current?.id;
        w.story.destroy();
        return {
          changes,
          unknown,
          noData,
          current,
          left: document.getElementById('story')!.innerHTML,
          tooltips: document.querySelectorAll('.eventline-tooltip').length,
        };
      });
    });
    const n = order.length;
    expect(r.changes).toEqual([
      `${n - 1}/${n}:${order[n - 1]}:${order[n - 1]}`,
      `${n - 2}/${n}:${order[n - 2]}:${order[n - 2]}`,
      `${n - 3}/${n}:${order[n - 3]}:${order[n - 3]}`,
    ]);
    expect(r.unknown).toBe('RangeError: story.go: no event has the id "nope"');
    expect(r.noData).toBe('TypeError: createStory: options.data is required (an array of events or { events })');
    expect(r.current).toBe(order[n - 3]);
    expect(r.left).toBe('');
    expect(r.tooltips).toBe(0);
  });
});
