import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { describeBrowser, getConsoleErrors, withPage } from '../helpers/chromium.js';

const root = resolve(__dirname, '../..');
const classic = pathToFileURL(join(root, 'examples/classic.html')).href;
const WIDTH = 600;

/** A lone event, 80 events a day apart (drawn as clusters at this width), and another lone event. */
function burst(lastId: string) {
  const day = (i: number) => new Date(Date.UTC(2000, 2, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return [
    { id: 'early', date: '1950', title: 'Early event' },
    ...Array.from({ length: 80 }, (_, i) => ({ id: `burst-${i}`, date: day(i), title: `Burst ${i + 1}` })),
    { id: lastId, date: '2020', title: 'Late event' },
  ];
}

/** Draws `data` with createTimeline in the classic-script page and keeps it as `window.t`. */
async function draw(page: Page, data: unknown): Promise<void> {
  await page.goto(classic);
  await page.evaluate(
    ({ data, width }) => {
      const w = window as unknown as { eventline: typeof import('../../src/index.js'); t: unknown; zooms: number };
      // The page has a timeline of its own; this one goes first, in its own box.
      const host = document.createElement('div');
      host.id = 'host';
      document.body.prepend(host);
      w.zooms = 0;
      w.t = w.eventline.createTimeline(host, { data, width }).on('zoom', () => w.zooms++);
    },
    { data, width: WIDTH },
  );
}

/** What has focus: `event <id>`, `cluster <id>`, or the element's name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (a?.hasAttribute('data-event-id')) return `event ${a.getAttribute('data-event-id')}`;
    if (a?.hasAttribute('data-cluster-id')) return `cluster ${a.getAttribute('data-cluster-id')}`;
    return a?.localName ?? 'none';
  });

/** Waits until the timeline has redrawn for `n` zoom steps in all (at most 5 s; the assertions then tell what went wrong). */
const zoomed = (page: Page, n: number) =>
  page
    .waitForFunction((n) => (window as unknown as { zooms: number }).zooms >= n, n, { timeout: 5000 })
    .then(
      () => true,
      () => false,
    );

describeBrowser('keyboard focus across redraws in Chromium', () => {
  it('Enter on a cluster zooms in and puts focus on its first member', async () => {
    const data = burst('late');
    const cluster = layoutTimeline(parseTimeline(data), { width: WIDTH }).clusters[0]!;
    expect(cluster.memberIds[0]).toBe('burst-0');
    const r = await withPage(async (page) => {
      await draw(page, data);
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      const onCluster = await focused(page);
      // A zoom shows the members apart or in smaller clusters; the focus follows the first member down.
      let zooms = 0;
      let zoomedIn = true;
      let afterEnter = onCluster;
      while (afterEnter.startsWith('cluster') && zooms < 4 && zoomedIn) {
        await page.keyboard.press('Enter');
        zoomedIn = await zoomed(page, ++zooms);
        afterEnter = await focused(page);
      }
      const tabStops = await page.evaluate(() =>
        [...document.querySelectorAll('#host [tabindex="0"]')].map((e) => e.getAttribute('data-event-id')),
      );
      // Zooming out again folds the event back into a cluster, which takes the focus.
      await page.keyboard.press('0');
      await zoomed(page, zooms + 1);
      return { onCluster, zoomedIn, afterEnter, tabStops, afterReset: await focused(page) };
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(r.onCluster).toBe(`cluster ${cluster.id}`);
    expect(r.zoomedIn).toBe(true);
    expect(r.afterEnter).toBe('event burst-0');
    expect(r.tabStops).toEqual(['burst-0']);
    expect(r.afterReset).toBe(`cluster ${cluster.id}`);
  });

  it('an event whose id looks like a cluster key leaves that cluster working', async () => {
    const plain = layoutTimeline(parseTimeline(burst('late')), { width: WIDTH });
    const spoof = `cluster:${plain.clusters[0]!.id}`;
    const data = burst(spoof);
    const g = layoutTimeline(parseTimeline(data), { width: WIDTH });
    // Ids do not move anything: the same clusters, with the event in place of 'late'.
    expect(g.clusters.map((c) => c.id)).toEqual(plain.clusters.map((c) => c.id));
    expect(g.events.map((e) => e.id)).toEqual(['early', spoof]);
    const r = await withPage(async (page) => {
      await draw(page, data);
      const untabbable = await page.evaluate(
        () =>
          [...document.querySelectorAll('#host [data-event-id], #host [data-cluster-id]')].filter((e) => !e.hasAttribute('tabindex'))
            .length,
      );
      await page.keyboard.press('Tab');
      const walk = [await focused(page)];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('ArrowRight');
        walk.push(await focused(page));
      }
      await page.click(`#host [data-cluster-id="${g.clusters[0]!.id}"] .el-label`, { timeout: 5000 });
      await zoomed(page, 1);
      const zooms = await page.evaluate(() => (window as unknown as { zooms: number }).zooms);
      return { untabbable, walk, zooms };
    });
    expect(getConsoleErrors()).toEqual([]);
    expect(r.untabbable).toBe(0);
    expect(r.walk).toEqual(['event early', ...g.clusters.map((c) => `cluster ${c.id}`), `event ${spoof}`]);
    expect(r.zooms).toBeGreaterThan(0);
  });
});
