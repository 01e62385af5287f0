// Renders SVG files to PNG in Debian's Chromium, to look at them (golden review, README pictures).
// Usage: node scripts/screenshot.mjs IN.svg OUT.png [IN.svg OUT.png ...] [--scale 2]
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args.splice(scaleAt, 2)[1]) : 1;
if (args.length === 0 || args.length % 2) {
  console.error('usage: node scripts/screenshot.mjs IN.svg OUT.png [...] [--scale 2]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.EVENTLINE_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: scale });
  await page.route('**/*', (r) => (/^(data|about|file):/.test(r.request().url()) ? r.continue() : r.abort()));
  for (let i = 0; i < args.length; i += 2) {
    const svg = readFileSync(args[i], 'utf8').replace(/^<\?xml[^>]*>\s*/, '');
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    await page.locator('svg').first().screenshot({ path: args[i + 1] });
    console.log(args[i + 1]);
  }
} finally {
  await browser.close();
}
