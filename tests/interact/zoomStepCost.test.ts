import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { focusTarget } from '../../src/interact/focusTarget.js';
import { panTarget, stateFor, visibleDomain, zoomFrame } from '../../src/interact/zoomModel.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { measureTextWidth } from '../../src/layout/measureText.js';
import { positionOf, sortedEvents } from '../../src/layout/sortedEvents.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import type { Timeline } from '../../src/model/types.js';
import { renderTimeline } from '../../src/render/renderTimeline.js';
import { syntheticTimeline } from '../helpers/cases.js';

/** What one zoom step costs: text measured, events read, elements drawn. */
interface Cost {
  measured: number;
  eventsRead: number;
  elements: number;
}

/**
 * A timeline whose events count every read of them, and a measurer that counts its calls:
 * the work of a step, seen from outside the layout.
 */
function instrumented(n: number) {
  const parsed = parseTimeline(syntheticTimeline(n, 7));
  const read = new Set<object>();
  const events = parsed.events.map((e) => new Proxy(e, { get: (t, p, r) => (read.add(t), Reflect.get(t, p, r)) }));
  const timeline: Timeline = { ...parsed, events };
  let measured = 0;
  const measureText = (text: string, size: number, weight?: 'normal' | 'bold') => (measured++, measureTextWidth(text, size, weight));
  const reset = () => {
    measured = 0;
    read.clear();
  };
  const cost = (svg: SVGSVGElement): Cost => ({ measured, eventsRead: read.size, elements: svg.getElementsByTagName('*').length });
  return { timeline, measureText, reset, cost };
}

/**
 * What the controller does for a zoom to `k` times, centred a third of the way along:
 * the range from the zoom model, a layout of it, the join into the same SVG, the tab
 * stop found again, and where the arrows would pan next.
 */
function zoomStep(t: ReturnType<typeof instrumented>, svg: SVGSVGElement, full: ReturnType<typeof layoutTimeline>, k: number): Cost {
  const frame = zoomFrame(full);
  const [f0, f1] = frame.domain;
  const centre = f0 + (f1 - f0) * 0.37;
  const half = (f1 - f0) / k / 2;
  t.reset();
  const visible = visibleDomain(frame, stateFor(frame, centre - half, centre + half));
  const g = layoutTimeline(t.timeline, { width: 960, minHeight: full.height, domain: visible, measureText: t.measureText });
  renderTimeline(g, svg);
  const sorted = sortedEvents(t.timeline.events);
  const items = [
    ...g.events.map((e) => ({ key: e.id, start: e.event.date.start, end: e.event.date.end, first: positionOf(sorted, e.id)! })),
    ...g.clusters.map((c) => ({ key: c.id, start: c.start, end: c.end, first: positionOf(sorted, c.firstId)! })),
  ].sort((a, b) => a.first - b.first);
  focusTarget(items, items[Math.floor(items.length / 2)], () => true);
  panTarget(sorted, visible, 1);
  panTarget(sorted, visible, -1);
  return t.cost(svg);
}

function costs(n: number): { first: Cost; steps: Cost[] } {
  const t = instrumented(n);
  const svg = renderTimeline(layoutTimeline(t.timeline, { width: 960 }), new JSDOM('').window.document);
  // The index is built once per data set: the first render pays for it, not the steps.
  positionOf(sortedEvents(t.timeline.events), '');
  t.reset();
  const full = layoutTimeline(t.timeline, { width: 960, measureText: t.measureText });
  renderTimeline(full, svg);
  const first = t.cost(svg);
  return { first, steps: [1, 2, 8].map((k) => zoomStep(t, svg, full, k)) };
}

describe('a zoom step', () => {
  const small = costs(1_000);
  const large = costs(100_000);

  it('costs no more at 100,000 events than at 1,000: text measured, events read, elements drawn', () => {
    const report = large.steps.map((l, i) => ({ k: [1, 2, 8][i], small: small.steps[i], large: l }));
    for (const { small: s, large: l } of report) {
      for (const metric of ['measured', 'eventsRead', 'elements'] as const) {
        expect(l[metric], `${metric}: ${JSON.stringify(report)}`).toBeLessThanOrEqual(1.5 * s![metric]);
      }
    }
  });

  it('reads and measures about what it draws, not what it groups', () => {
    for (const step of large.steps) {
      // About a dozen labels drawn, each two lines measured (long titles a few times to cut them).
      expect(step.eventsRead).toBeLessThan(60);
      expect(step.measured).toBeLessThan(200);
    }
  });

  it('draws the first view of 1,000 events for no more than that of 100,000', () => {
    expect(small.first.measured).toBeLessThanOrEqual(1.5 * large.first.measured);
    expect(small.first.eventsRead).toBeLessThanOrEqual(1.5 * large.first.eventsRead);
  });
});
