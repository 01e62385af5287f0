import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { describeBrowser, getConsoleErrors, withPage } from '../helpers/chromium.js';

const classic = pathToFileURL(join(resolve(__dirname, '../..'), 'examples/classic.html')).href;

/** Bidi embeddings, overrides and isolates: in shown text they can make a title read as a date. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const RLO = '\u202E';
const LRI = '\u2066';
const PDI = '\u2069';

const spoofed = [
  {
    id: 'summit',
    date: '2024-06-19',
    title: `Summit ${RLO}4202 enuJ 91`,
    description: `Held in ${LRI}Pyongyang${PDI}, ${RLO}not in Moscow`,
    source: { publication: `${RLO}KCNA`, agency: `Tass${LRI}`, quote: `${RLO}We agree` },
  },
  { id: 'treaty', date: '1961-07-06', title: { en: `Treaty ${RLO}1691`, ar: `معاهدة ${RLO}1691` } },
];

describeBrowser('text from data, wherever it is shown, in Chromium', () => {
  it('carries no bidi controls: labels, <title>, tooltip and the element alert', async () => {
    const r = await withPage(async (page) => {
      await page.goto(classic);
      const tooltips: string[] = [];
      await page.evaluate(
        ({ data, title }) => {
          const el = (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline;
          const host = document.createElement('div');
          host.id = 'host';
          document.body.prepend(host);
          el.createTimeline(host, { data, title, width: 800 });
        },
        { data: spoofed, title: `Talks ${RLO}2024` },
      );
      await page.focus('#host [tabindex="0"]');
      for (let i = 0; i < spoofed.length; i++) {
        tooltips.push((await page.locator('[role="tooltip"]:not([hidden])').first().textContent()) ?? '');
        await page.keyboard.press('ArrowRight');
      }
      // An element whose data is rejected quotes the bad value in its alert.
      await page.evaluate(async (bad) => {
        const el = document.createElement('event-timeline');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify([{ id: 'x', date: bad, title: 'Bad date' }]);
        el.appendChild(script);
        const failed = new Promise((done) => el.addEventListener('error', done, { once: true }));
        document.body.appendChild(el);
        await failed;
      }, `${RLO}2024-13-01`);
      const shown = await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
          if (n.parentElement?.closest('script, style')) continue;
          if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
          else for (const a of (n as Element).attributes) out.push(`${a.name}=${a.value}`);
        }
        return { out, alert: document.querySelector('event-timeline [role="alert"]')?.textContent ?? '' };
      });
      return { tooltips, ...shown };
    });
    expect(getConsoleErrors()).toEqual([]);
    // The data did reach each place (so the checks below look at real text).
    expect(r.tooltips).toHaveLength(2);
    expect(r.tooltips.join('\n')).toMatch(/Treaty[\s\S]*Summit.*Pyongyang.*KCNA.*Tass.*We agree/);
    // The accessible name, in the item's <title>.
    expect(r.out.some((t) => /^.+: .*Summit/.test(t))).toBe(true);
    expect(r.alert).toContain('2024-13-01');
    for (const text of [...r.tooltips, ...r.out, r.alert]) expect(text).not.toMatch(BIDI);
  });
});
