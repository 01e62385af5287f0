// Renders SVG files to PNG in Debian's Chromium, to look at them (golden review, README pictures).
// Usage: node scripts/screenshot.mjs IN.svg OUT.png [IN.svg OUT.png ...] [--scale 2] [--viewport 375]
// Each SVG is inlined in a page as wide as --viewport (1280 px by default): an SVG drawn
// without a width shows the layout that page width gets (the narrow one below 1024 px).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const scale = option('--scale', 1);
const viewport = option('--viewport', 1280);
if (args.length === 0 || args.length % 2) {
  console.error('usage: node scripts/screenshot.mjs IN.svg OUT.png [...] [--scale 2] [--viewport 375]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.EVENTLINE_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: scale, viewport: { width: viewport, height: 900 } });
  await page.route('**/*', (r) => (/^(data|about|file):/.test(r.request().url()) ? r.continue() : r.abort()));
  for (let i = 0; i < args.length; i += 2) {
    const svg = readFileSync(args[i], 'utf8').replace(/^<\?xml[^>]*>\s*/, '');
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    await page
      .locator('svg')
      .first()
      .screenshot({ path: args[i + 1] });
    console.log(args[i + 1]);
  }
} finally {
  await browser.close();
}
