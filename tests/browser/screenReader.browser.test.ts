import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { renderToString } from '../../src/server/renderToString.js';
import { syntheticTimeline } from '../helpers/cases.js';
import { describeBrowser, getConsoleErrors, withPage } from '../helpers/chromium.js';

const classic = pathToFileURL(join(resolve(__dirname, '../..'), 'examples/classic.html')).href;

interface AxNode {
  role: string;
  name: string;
  description: string;
  level?: number;
  focused: boolean;
}

/** Chromium's accessibility tree, as screen readers get it: the nodes that are not ignored. */
async function axNodes(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
      description?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
    }[];
  };
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => {
      const prop = (name: string) => n.properties?.find((p) => p.name === name)?.value.value;
      return {
        role: n.role?.value ?? '',
        name: n.name?.value ?? '',
        description: n.description?.value ?? '',
        ...(prop('level') !== undefined ? { level: Number(prop('level')) } : {}),
        focused: prop('focused') === true,
      };
    });
}

const page = (svg: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main><h1>Article</h1>${svg}</main></body></html>`;

describeBrowser('what a screen reader hears, from Chromium’s accessibility tree', () => {
  it('each event and cluster says its name once: no description that repeats it', async () => {
    const cases = [renderToString(russiaDprk, { locale: 'en', width: 960 }), renderToString(syntheticTimeline(3000, 1900), { width: 800 })];
    for (const svg of cases) {
      const nodes = await withPage(async (p) => {
        await p.setContent(page(svg));
        return axNodes(p);
      });
      const items = nodes.filter((n) => n.role === 'listitem' && /: |events, /.test(n.name));
      expect(items.length).toBeGreaterThan(5);
      for (const item of items) expect(item.description, item.name).toBe('');
    }
  });

  it('the title is a level-2 heading, and the drawing’s description adds to its name', async () => {
    const r = await withPage(async (p) => {
      await p.setContent(page(renderToString(russiaDprk, { locale: 'en', width: 960 })));
      const titled = await axNodes(p);
      await p.setContent(page(renderToString(russiaDprk.events, { locale: 'en', width: 960 })));
      return { titled, plain: await axNodes(p) };
    });
    const doc = (nodes: AxNode[]) => nodes.find((n) => n.role === 'graphics-document')!;
    expect(r.titled.filter((n) => n.role === 'heading').map((n) => [n.name, n.level])).toEqual([
      ['Article', 1],
      ['Russia and North Korea: from 1948 to the 2024 Pyongyang summit', 2],
    ]);
    expect(doc(r.titled).name).toBe('Russia and North Korea: from 1948 to the 2024 Pyongyang summit');
    expect(doc(r.titled).description).toBe('9 events: since 1948');
    // No title: the count and span name it, and are not said a second time.
    expect(doc(r.plain).name).toBe('9 events: since 1948');
    expect(doc(r.plain).description).toBe('');
    expect(r.plain.filter((n) => n.role === 'heading').map((n) => n.name)).toEqual(['Article']);
  });

  it('the focused event is described by its tooltip’s description and source only, each text in its own language', async () => {
    const data = [
      {
        id: 'summit',
        date: '2024-06-19',
        title: { ar: 'قمة بيونجيانج', en: 'Pyongyang summit' },
        description: { ar: 'بوتين وكيم يوقعان معاهدة' },
        source: { publication: { ar: 'جريدة عمان' }, agency: { en: 'Reuters' }, quote: { en: 'A very important strategic step' } },
      },
      { id: 'treaty', date: '1961-07-06', title: { en: 'Treaty of friendship' } },
    ];
    const r = await withPage(async (p) => {
      await p.goto(classic);
      await p.evaluate((data) => {
        const host = document.createElement('div');
        host.id = 'host';
        document.body.prepend(host);
        (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline.createTimeline(host, {
          data,
          locale: 'ar',
          width: 800,
        });
      }, data);
      const out: { focused: AxNode; langs: [string, string][] }[] = [];
      await p.focus('#host [tabindex="0"]');
      for (let i = 0; i < 2; i++) {
        const focused = (await axNodes(p)).filter((n) => n.focused).at(-1)!;
        const langs = await p.evaluate(() =>
          [...document.querySelectorAll('[role="tooltip"]:not([hidden]) [lang]')].map(
            (e) => [e.textContent!, e.getAttribute('lang')!] as [string, string],
          ),
        );
        out.push({ focused, langs });
        // Later in time is to the left in Arabic.
        await p.keyboard.press('ArrowLeft');
      }
      return out;
    });
    expect(getConsoleErrors()).toEqual([]);
    const [treaty, summit] = r;
    expect(treaty!.focused.name).toBe('6 يوليو 1961: Treaty of friendship');
    // Nothing beyond the date and title to say: no description at all.
    expect(treaty!.focused.description).toBe('');
    expect(treaty!.langs).toEqual([['Treaty of friendship', 'en']]);
    expect(summit!.focused.name).toBe('19 يونيو 2024: قمة بيونجيانج');
    expect(summit!.focused.description).toBe('بوتين وكيم يوقعان معاهدة جريدة عمان · Reuters «A very important strategic step»');
    expect(summit!.langs).toEqual([
      ['Reuters', 'en'],
      ['«A very important strategic step»', 'en'],
    ]);
  });
});
