import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, getBlockedRequests, getConsoleErrors, withPage } from '../helpers/chromium.js';

const root = resolve(__dirname, '../..');
/** examples/lanes.html: vis-timeline items in three groups, drawn by the classic script at the page's width. */
const page = (lang: 'en' | 'ar') => `${pathToFileURL(join(root, 'examples', 'lanes.html')).href}?lang=${lang}`;

interface Seen {
  /** Label boxes as Chromium draws the text, with the lane (list) each is in. */
  labels: { id: string; lane: number; top: number; bottom: number; left: number; right: number }[];
  /** Where each lane's band begins (its rule; the top of the drawing for the first) and the axis line. */
  edges: number[];
  width: number;
  lanes: (string | null)[];
}

/** Every label's real text box, and the bands' edges, in px from the SVG's corner. */
function look(p: Page): Promise<Seen> {
  return p.evaluate(() => {
    const svg = document.querySelector('#timeline svg.eventline')!;
    const frame = svg.getBoundingClientRect();
    const lists = [...svg.querySelectorAll('g.el-events > g.el-lane')];
    const labels = lists.flatMap((list, lane) =>
      [...list.querySelectorAll('text.el-label')].map((el) => {
        const r = el.getBoundingClientRect();
        const owner = el.closest('[data-event-id],[data-cluster-id]')!;
        return {
          id: owner.getAttribute('data-event-id') ?? owner.getAttribute('data-cluster-id')!,
          lane,
          top: r.top - frame.top,
          bottom: r.bottom - frame.top,
          left: r.left - frame.left,
          right: r.right - frame.left,
        };
      }),
    );
    const rules = [...svg.querySelectorAll('.el-lane-rule')].map((l) => l.getBoundingClientRect().top - frame.top);
    const names = [...svg.querySelectorAll('.el-lane-name')].map((t) => t.getBoundingClientRect().top - frame.top);
    const axis = svg.querySelector('.el-axis-line')!.getBoundingClientRect().top - frame.top;
    return {
      labels,
      edges: [Math.min(...names) - 4, ...rules, axis],
      width: frame.width,
      lanes: lists.map((l) => l.getAttribute('aria-label')),
    };
  });
}

/** Pairs of labels whose text boxes meet by more than half a px², and labels outside their lane's band. */
function problems(seen: Seen): string[] {
  const out: string[] = [];
  const { labels, edges } = seen;
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    if (a.top < edges[a.lane]! - 0.5 || a.bottom > edges[a.lane + 1]! + 0.5)
      out.push(`${a.id} leaves lane ${a.lane} (${a.top}–${a.bottom} in ${edges[a.lane]}–${edges[a.lane + 1]})`);
    if (a.left < -0.5 || a.right > seen.width + 0.5) out.push(`${a.id} leaves the drawing`);
    for (const b of labels.slice(i + 1)) {
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 0 && h > 0 && w * h > 0.5) out.push(`${a.id} × ${b.id}`);
    }
  }
  return out;
}

const frame = (p: Page) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

const focusedLane = (p: Page) => p.evaluate(() => document.activeElement?.closest('g.el-lane')?.getAttribute('aria-label') ?? null);

describeBrowser('lanes in Chromium', () => {
  for (const lang of ['en', 'ar'] as const)
    for (const width of [375, 1280]) {
      it(`${lang} at ${width} px: three bands, no label over another or out of its band, before and after zooming in with the keyboard`, async () => {
        const steps = await withPage(
          async (p) => {
            await p.goto(page(lang));
            await p.evaluate(() => document.fonts.ready);
            const out = [await look(p)];
            await p.locator('#timeline svg [tabindex="0"]').focus();
            for (const key of ['+', '+', '+', 'ArrowRight', '+']) {
              await p.keyboard.press(key);
              await frame(p);
              out.push(await look(p));
            }
            return out;
          },
          { viewport: { width, height: 900 } },
        );
        expect(getConsoleErrors()).toEqual([]);
        expect(getBlockedRequests()).toEqual([]);
        expect(steps[0]!.lanes).toEqual(
          lang === 'en' ? ['Diplomacy', 'Military', 'Economy'] : ['الدبلوماسية', 'الشؤون العسكرية', 'الاقتصاد'],
        );
        for (const [i, s] of steps.entries()) {
          expect(s.labels.length, `step ${i}`).toBeGreaterThan(0);
          expect(problems(s), `step ${i}`).toEqual([]);
        }
        // Zooming changed what is drawn.
        expect(steps.at(-1)!.labels.map((l) => l.id)).not.toEqual(steps[0]!.labels.map((l) => l.id));
      });
    }

  it('keeps the bands apart in forced colours: the rules between them drawn solid in a system colour', async () => {
    const rules = await withPage(async (p) => {
      await p.emulateMedia({ forcedColors: 'active' });
      await p.goto(page('en'));
      return p.evaluate(() =>
        [...document.querySelectorAll('#timeline .el-lane-rule')].map((l) => {
          const s = getComputedStyle(l);
          const bg = getComputedStyle(document.querySelector('#timeline .el-bg')!).fill;
          return { opacity: s.strokeOpacity, width: s.strokeWidth, differs: s.stroke !== bg && s.stroke !== 'none' };
        }),
      );
    });
    expect(rules).toEqual([
      { opacity: '1', width: '1.5px', differs: true },
      { opacity: '1', width: '1.5px', differs: true },
    ]);
  });

  it('walks lane by lane with the arrows, each lane in time order, and keeps the lane when zooming splits a cluster', async () => {
    const r = await withPage(
      async (p) => {
        await p.goto(page('en'));
        await p.locator('#timeline svg [tabindex="0"]').focus();
        const counts = await p.evaluate(() =>
          [...document.querySelectorAll('#timeline g.el-lane')].map((l) => l.querySelectorAll('[data-event-id],[data-cluster-id]').length),
        );
        const walk: (string | null)[] = [await focusedLane(p)];
        for (let i = 1; i < counts.reduce((a, b) => a + b, 0); i++) {
          await p.keyboard.press('ArrowRight');
          walk.push(await focusedLane(p));
        }
        // A cluster of the Military lane: focus it, zoom into it with Enter.
        const cluster = p.locator('#timeline g.el-lane[aria-label="Military"] [data-cluster-id]').first();
        const hasCluster = (await cluster.count()) > 0;
        let after: string | null = null;
        if (hasCluster) {
          await cluster.focus();
          await p.keyboard.press('Enter');
          await frame(p);
          await frame(p);
          after = await focusedLane(p);
        }
        return { counts, walk, hasCluster, after };
      },
      // Narrow, so that the busy lane groups its crowd into clusters.
      { viewport: { width: 375, height: 900 } },
    );
    const expected = r.counts.flatMap((n, k) => new Array<string>(n).fill(['Diplomacy', 'Military', 'Economy'][k]!));
    expect(r.walk).toEqual(expected);
    expect(r.hasCluster).toBe(true);
    expect(r.after).toBe('Military');
  });
});
