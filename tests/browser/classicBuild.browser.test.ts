import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { formatEventDate } from '../../src/format/formatEventDate.js';
import { BUILT_IN_LOCALES } from '../../src/format/locales.js';
import { parseEdtf } from '../../src/model/parseEdtf.js';
import { describeBrowser, withPage } from '../helpers/chromium.js';

const root = resolve(__dirname, '../..');
const dates = Array.from({ length: 12 }, (_, i) => [
  `2024-${String(i + 1).padStart(2, '0')}`,
  `2024-${String(i + 1).padStart(2, '0')}-09`,
]).flat();

describeBrowser('classic-script build', () => {
  it('writes every month in every built-in language exactly as the Node build does', async () => {
    // Month names come from each runtime's Intl: a page must write the dates a server wrote.
    const inBrowser = await withPage(async (page) => {
      await page.goto(pathToFileURL(join(root, 'examples/classic.html')).href);
      return page.evaluate(
        ({ dates, locales }) => {
          const el = (window as unknown as { eventline: typeof import('../../src/index.js') }).eventline;
          return locales.flatMap((l) => dates.map((d) => el.formatEventDate(el.parseEdtf(d), l)));
        },
        { dates, locales: [...BUILT_IN_LOCALES] },
      );
    });
    const inNode = BUILT_IN_LOCALES.flatMap((l) => dates.map((d) => formatEventDate(parseEdtf(d), l)));
    expect(inBrowser).toEqual(inNode);
    expect(new Set(inNode).size).toBe(inNode.length);
  });
});
