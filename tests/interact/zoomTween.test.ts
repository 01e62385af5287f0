// @vitest-environment jsdom
// (d3-zoom reads the global `navigator`, which Node 20 lacks.)
import { interpolateZoom as d3InterpolateZoom } from 'd3';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ZoomBinding } from '../../src/interact/zoomBinding.js';
import { interpolateZoom, interrupt, runZoom } from '../../src/interact/zoomTween.js';
import { select } from 'd3';

type Transition = Parameters<ZoomBehavior<SVGSVGElement, unknown>['transform']>[0];

/** An <svg> with d3-zoom on it and the zoom events it emits, `[type, k, x]` each. */
function zoomed(frames = false) {
  const { window } = new JSDOM('<!doctype html><svg width="400" height="100"></svg>', { pretendToBeVisual: frames });
  const svg = window.document.querySelector('svg')!;
  const events: [string, number, number][] = [];
  const behavior = zoom<SVGSVGElement, unknown>()
    .extent([
      [0, 0],
      [400, 100],
    ])
    .on('start end zoom', (e: { type: string; transform: ZoomTransform }) => events.push([e.type, e.transform.k, e.transform.x]));
  select(svg).call(behavior);
  return { window, svg, behavior, events };
}

describe('interpolateZoom', () => {
  it('follows d3-interpolate’s smooth zoom, for a zoom in place and for a far move', () => {
    for (const [a, b] of [
      [
        [100, 50, 400],
        [100, 50, 100],
      ],
      [
        [0, 0, 400],
        [3000, 20, 250],
      ],
    ] as [number[], number[]][]) {
      const ours = interpolateZoom(a, b);
      const d3 = d3InterpolateZoom(a as [number, number, number], b as [number, number, number]);
      for (const t of [0, 0.25, 0.5, 0.9, 1]) ours(t).forEach((v, i) => expect(v).toBeCloseTo(d3(t)[i]!, 6));
    }
  });
});

describe('runZoom', () => {
  it('applies a programmatic zoom through d3-zoom before it returns: start, zoom, end', () => {
    const { svg, behavior, events } = zoomed();
    runZoom(svg, 0, (t) => behavior.transform(t as unknown as Transition, zoomIdentity.translate(-50, 0).scale(2)));
    expect(events).toEqual([
      ['start', 1, 0],
      ['zoom', 2, -50],
      ['end', 2, -50],
    ]);
    expect(zoomTransform(svg)).toMatchObject({ k: 2, x: -50 });
  });

  it('animates a double click’s zoom over frames, ending exactly on the target', async () => {
    const { svg, behavior, events } = zoomed(true);
    const done = new Promise<void>((resolve) => behavior.on('end.test', () => resolve()));
    runZoom(svg, 100, (t) => behavior.scaleBy(t as unknown as Transition, 2, [100, 50]));
    expect(events).toEqual([['start', 1, 0]]);
    await done;
    const ks = events.filter(([type]) => type === 'zoom').map(([, k]) => k);
    expect(ks.length).toBeGreaterThan(2);
    expect(ks).toEqual([...ks].sort((a, b) => a - b));
    // ×2 around x = 100 keeps that point where it was: x = 100 - 2 * 100.
    expect(zoomTransform(svg)).toMatchObject({ k: 2, x: -100 });
  });

  it('stops where it is when a gesture interrupts it, and the next zoom starts from there', async () => {
    const { window, svg, behavior, events } = zoomed(true);
    runZoom(svg, 1000, (t) => behavior.scaleBy(t as unknown as Transition, 4, [0, 0]));
    await new Promise((resolve) => window.setTimeout(resolve, 100));
    interrupt(svg);
    const k = zoomTransform(svg).k;
    expect(k).toBeGreaterThan(1);
    expect(k).toBeLessThan(4);
    expect(events.at(-1)).toEqual(['end', k, expect.any(Number)]);
    await new Promise((resolve) => window.setTimeout(resolve, 100));
    expect(zoomTransform(svg).k).toBe(k);
    runZoom(svg, 0, (t) => behavior.transform(t as unknown as Transition, zoomIdentity));
    expect(events.slice(-3).map(([type]) => type)).toEqual(['start', 'zoom', 'end']);
  });
});

describe('ZoomBinding with runZoom', () => {
  const DAY = 86_400_000;
  // A thousand days: zooming stops at about a day, so there is room for ×2.
  const frame = { domain: [0, 1000 * DAY], range: [0, 400], axis: 'x' } as const;
  /** jsdom lays nothing out: give the <svg> the 400 × 100 px box a browser would, for d3's extent and pointer. */
  const laidOut = (svg: SVGSVGElement) => {
    Object.defineProperties(svg, { clientWidth: { value: 400 }, clientHeight: { value: 100 }, createSVGPoint: { value: undefined } });
    return svg;
  };
  const dblclick = (window: { MouseEvent: typeof MouseEvent }, svg: Element, shiftKey = false) =>
    svg.dispatchEvent(new window.MouseEvent('dblclick', { bubbles: true, cancelable: true, clientX: 200, clientY: 50, shiftKey }));

  it('zooms a double click ×2 about the pointer over frames, and Shift back out', async () => {
    const { window, svg } = zoomed(true);
    const seen: [number, number][] = [];
    const binding = new ZoomBinding(laidOut(svg), frame, true, (visible) => seen.push([...visible]));
    dblclick(window, svg);
    await new Promise((resolve) => window.setTimeout(resolve, 500));
    expect(seen.length).toBeGreaterThan(2);
    // jsdom lays nothing out, so the pointer is at x = 200 of 400: the middle stays put.
    expect(binding.visible[0] / DAY).toBeCloseTo(250, 6);
    expect(binding.visible[1] / DAY).toBeCloseTo(750, 6);
    dblclick(window, svg, true);
    await new Promise((resolve) => window.setTimeout(resolve, 500));
    expect(binding.visible).toEqual([0, 1000 * DAY]);
    binding.destroy();
  });

  it('stops a running double-click zoom when destroyed or given a new view', async () => {
    for (const stop of ['destroy', 'reframe'] as const) {
      const { window, svg } = zoomed(true);
      let changes = 0;
      const binding = new ZoomBinding(laidOut(svg), frame, true, () => changes++);
      dblclick(window, svg);
      await new Promise((resolve) => window.setTimeout(resolve, 60));
      if (stop === 'destroy') binding.destroy();
      else binding.reframe(frame);
      const at = changes;
      await new Promise((resolve) => window.setTimeout(resolve, 400));
      expect(changes, stop).toBe(at);
      expect(at, stop).toBeGreaterThan(0);
      if (stop === 'reframe') expect(binding.visible).toEqual([0, 1000 * DAY]);
    }
  });
});
