// @vitest-environment jsdom
// (d3-zoom reads the global `navigator`, which Node 20 lacks; the pages themselves are JSDOMs of their own.)
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { createTimeline } from '../../src/interact/createTimeline.js';
import { measureTextWidth } from '../../src/layout/measureText.js';

/** A zoom step is drawn on the next frame. */
const frame = () => new Promise((resolve) => setTimeout(resolve, 40));

it('takes its own height again when the zoom is reset, after a burst that needed more rows', async () => {
  // Thirty events in one March, and a hundred over twenty years around them.
  const burst = Array.from({ length: 30 }, (_, i) => ({
    date: `2020-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    title: `Update ${i + 1} on the outbreak and the measures taken`,
  }));
  const spread = Array.from({ length: 100 }, (_, i) => ({
    date: `${2004 + Math.floor(i / 5)}-${String(1 + ((i * 7) % 12)).padStart(2, '0')}`,
    title: `Report ${i + 1}`,
  }));
  const { window } = new JSDOM('<!doctype html><body><div id="host"></div></body>');
  const host = window.document.getElementById('host')!;
  const t = createTimeline(host, { data: [...burst, ...spread], width: 960, measureText: measureTextWidth, animate: false });
  const height = () => Number(host.querySelector('svg')!.getAttribute('height'));
  const first = height();
  t.zoomTo(new Date(Date.UTC(2020, 2, 1)), new Date(Date.UTC(2020, 2, 29)));
  await frame();
  const zoomed = height();
  expect(zoomed).toBeGreaterThan(first);
  t.resetZoom();
  await frame();
  expect(height()).toBe(first);
  t.destroy();
});
