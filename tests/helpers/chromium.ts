/**
 * Shared harness for tests that need a real browser: one system Chromium per test file,
 * driven by playwright-core, with the network shut off.
 *
 * Chromium is Debian's package, at the path tests/helpers/systemFiles.txt lists (the list
 * .ci/run installs from), or the path in $EVENTLINE_CHROMIUM; nothing here downloads a browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';

/**
 * The system files the tests use (Chromium and the fonts it draws with), each with the
 * Debian package that installs it, from tests/helpers/systemFiles.txt.
 *
 * @example
 * systemFiles.find((f) => f.package === 'chromium')?.path; // '/usr/bin/chromium'
 */
export const systemFiles: readonly { path: string; package: string }[] = readFileSync(join(__dirname, 'systemFiles.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [path = '', pkg = ''] = line.split(/\s+/);
    return { path, package: pkg };
  });

/**
 * Where the Chromium binary is expected: $EVENTLINE_CHROMIUM, else the listed one.
 *
 * @example
 * // EVENTLINE_CHROMIUM=/opt/chromium/chrome npx vitest run tests/browser
 * console.log(chromiumPath); // '/opt/chromium/chrome'
 */
export const chromiumPath: string = process.env.EVENTLINE_CHROMIUM || systemFiles.find((f) => f.package === 'chromium')!.path;

/**
 * Whether the Chromium binary exists, i.e. whether browser tests can run here.
 *
 * @example
 * it.skipIf(!hasChromium)('draws in a browser', async () => { ... });
 */
export const hasChromium: boolean = existsSync(chromiumPath);

/**
 * What a browser suite does here: run; skip (no Chromium on a developer's machine); or
 * fail, in CI, when Chromium or any listed font is missing, since a CI run that skipped
 * the browser checks, or ran them with other fonts, would pass while checking nothing.
 *
 * @example
 * browserSuitePlan({ ci: true, chromium: '/usr/bin/chromium', missing: ['/usr/bin/chromium'] });
 * // { action: 'fail', reason: 'missing /usr/bin/chromium …' }
 */
export function browserSuitePlan({ ci, chromium: path, missing }: { ci: boolean; chromium: string; missing: readonly string[] }): {
  action: 'run' | 'skip' | 'fail';
  reason?: string;
} {
  if (ci && missing.length) {
    return {
      action: 'fail',
      reason: `CI must run the browser tests, but these are missing: ${missing.join(', ')} (.ci/run installs them; see tests/helpers/systemFiles.txt)`,
    };
  }
  if (missing.includes(path))
    return { action: 'skip', reason: `${path} not found: install Debian's chromium (apt-get install chromium) or set EVENTLINE_CHROMIUM` };
  return { action: 'run' };
}

const LAUNCH_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'];

/** CI services set CI=true (or 1); an explicit CI=false / 0 means a developer's run. */
const isCI = (): boolean => !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

let browserPromise: Promise<Browser> | undefined;
let consoleErrors: string[] = [];
let blockedRequests: string[] = [];

function getBrowser(): Promise<Browser> {
  browserPromise ??= chromium.launch({ executablePath: chromiumPath, headless: true, args: LAUNCH_ARGS });
  return browserPromise;
}

async function closeBrowser(): Promise<void> {
  const pending = browserPromise;
  browserPromise = undefined;
  if (pending) await (await pending).close();
}

/**
 * `describe` for browser suites. Without Chromium the suite is skipped with a loud
 * warning on a developer's machine, but FAILS when `CI` is set, as it does when a listed
 * font is missing (see {@link browserSuitePlan}); .ci/run also checks afterwards that no
 * browser suite skipped.
 *
 * @example
 * describeBrowser('labels in Chromium', () => {
 *   it('do not overlap', async () => {
 *     const { overlaps } = await measureSvgInChromium(svg);
 *     expect(overlaps).toEqual([]);
 *   });
 * });
 */
export function describeBrowser(name: string, fn: () => void): void {
  const fonts = systemFiles.filter((f) => f.package !== 'chromium').map((f) => f.path);
  const plan = browserSuitePlan({ ci: isCI(), chromium: chromiumPath, missing: [chromiumPath, ...fonts].filter((p) => !existsSync(p)) });
  if (plan.action === 'fail') {
    describe(name, () => {
      it('needs Chromium and its fonts', () => {
        throw new Error(plan.reason);
      });
    });
    return;
  }
  if (plan.action === 'skip') console.warn(`SKIPPING browser tests: ${plan.reason}`);
  describe.skipIf(plan.action === 'skip')(name, () => {
    afterAll(closeBrowser);
    fn();
  });
}

/**
 * Runs `fn` with a fresh page (own context, 1× scale) in this file's shared Chromium,
 * launched on first use and closed after the suite. Only `file:`, `data:`, `about:` and
 * `blob:` URLs load; every other request is aborted and recorded. Console errors and
 * uncaught page errors of this page are available from {@link getConsoleErrors} until
 * the next `withPage` call. `options` go to the page's context, e.g. `javaScriptEnabled: false`
 * for a reader without JavaScript, `reducedMotion: 'reduce'`, or a `viewport`.
 *
 * @example
 * const title = await withPage(async (page) => {
 *   await page.setContent('<title>hi</title>');
 *   return page.title();
 * });
 * await withPage((page) => page.goto(url), { javaScriptEnabled: false });
 */
export async function withPage<T>(
  fn: (page: Page) => Promise<T>,
  options: Pick<BrowserContextOptions, 'javaScriptEnabled' | 'reducedMotion' | 'viewport'> = {},
): Promise<T> {
  const browser = await getBrowser();
  const context = await browser.newContext({ deviceScaleFactor: 1, offline: true, ...options });
  consoleErrors = [];
  blockedRequests = [];
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(file|data|about|blob):/i.test(url)) return route.continue();
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    return await fn(page);
  } finally {
    await context.close();
  }
}

/**
 * Console errors and uncaught exceptions of the page from the latest {@link withPage}.
 *
 * @example
 * await withPage((page) => page.setContent(html));
 * expect(getConsoleErrors()).toEqual([]);
 */
export function getConsoleErrors(): string[] {
  return [...consoleErrors];
}

/**
 * URLs the latest {@link withPage} page tried to fetch over the network (all aborted).
 *
 * @example
 * await measureSvgInChromium(svg);
 * expect(getBlockedRequests()).toEqual([]); // the SVG is self-contained
 */
export function getBlockedRequests(): string[] {
  return [...blockedRequests];
}

/**
 * A box in CSS px, relative to the top-left corner of the SVG.
 *
 * @example
 * const box: Box = { x: 10, y: 4, width: 80, height: 16 };
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What {@link measureSvgInChromium} saw.
 *
 * @example
 * const { labels, overlaps, outside }: SvgMeasurement = await measureSvgInChromium(svg);
 */
export interface SvgMeasurement {
  /** Rendered size of the SVG element. */
  width: number;
  height: number;
  /** Every shown `[data-event-id] text.el-label`, in document order. */
  labels: { id: string; text: string; box: Box }[];
  /** Pairs of label ids whose boxes intersect by more than 0.5 px². */
  overlaps: [string, string][];
  /** Ids of labels whose box leaves the SVG by more than 0.5 px. */
  outside: string[];
}

const OVERLAP_AREA = 0.5;
const EDGE_TOLERANCE = 0.5;

const pageFor = (svg: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}` +
  `body>svg{display:block}</style></head><body>${svg}</body></html>`;

/** Loads the SVG inline and waits until its fonts are ready, so boxes are final. */
async function showSvg(page: Page, svg: string): Promise<void> {
  await page.setContent(pageFor(svg));
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

function intersection(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Renders an SVG string in Chromium and returns the box of every event label
 * (`[data-event-id] text.el-label`, id taken from the closest `[data-event-id]`), the
 * pairs that overlap and the labels that stick out of the SVG.
 *
 * @example
 * const { overlaps, outside } = await measureSvgInChromium(renderTimeline(events));
 * expect(overlaps).toEqual([]);
 * expect(outside).toEqual([]);
 */
export async function measureSvgInChromium(svg: string): Promise<SvgMeasurement> {
  const seen = await withPage(async (page) => {
    await showSvg(page, svg);
    return page.evaluate(() => {
      const root = document.querySelector('svg');
      if (!root) throw new Error('no <svg> element in the markup');
      const frame = root.getBoundingClientRect();
      // Only what is shown: an SVG drawn without a width holds a second, hidden layout.
      const shown = (el: Element) => getComputedStyle(el.closest('svg.eventline') ?? el).display !== 'none';
      const labels = [...root.querySelectorAll('[data-event-id] text.el-label, [data-cluster-id] text.el-label')]
        .filter(shown)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            id:
              el.closest('[data-event-id]')?.getAttribute('data-event-id') ??
              el.closest('[data-cluster-id]')?.getAttribute('data-cluster-id') ??
              '',
            text: el.textContent ?? '',
            box: { x: r.x - frame.x, y: r.y - frame.y, width: r.width, height: r.height },
          };
        });
      return { width: frame.width, height: frame.height, labels };
    });
  });

  const overlaps: [string, string][] = [];
  seen.labels.forEach((a, i) => {
    for (const b of seen.labels.slice(i + 1)) {
      if (intersection(a.box, b.box) > OVERLAP_AREA) overlaps.push([a.id, b.id]);
    }
  });
  const outside = seen.labels
    .filter(
      ({ box }) =>
        box.x < -EDGE_TOLERANCE ||
        box.y < -EDGE_TOLERANCE ||
        box.x + box.width > seen.width + EDGE_TOLERANCE ||
        box.y + box.height > seen.height + EDGE_TOLERANCE,
    )
    .map(({ id }) => id);
  return { ...seen, overlaps, outside };
}

/**
 * Renders the SVG alone to a PNG at its own size (device scale 1), e.g. for README
 * pictures. Creates the folder of `pngPath` if needed.
 *
 * @example
 * await screenshotSvg(renderTimeline(events), 'docs/images/timeline.png');
 */
export async function screenshotSvg(svg: string, pngPath: string): Promise<void> {
  await mkdir(dirname(pngPath), { recursive: true });
  await withPage(async (page) => {
    await showSvg(page, svg);
    const box = await page.locator('svg').first().boundingBox();
    if (!box) throw new Error('the SVG has no rendered box');
    // A viewport at least as big as the SVG keeps scrollbars out of the picture.
    await page.setViewportSize({ width: Math.max(1, Math.ceil(box.width)), height: Math.max(1, Math.ceil(box.height)) });
    await page.locator('svg').first().screenshot({ path: pngPath });
  });
}
