import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectItems } from '../../src/interact/focusItems.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { positionOf, sortedEvents } from '../../src/layout/sortedEvents.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import type { Timeline } from '../../src/model/types.js';
import { renderTimeline } from '../../src/render/renderTimeline.js';
import { syntheticTimeline } from '../helpers/cases.js';

/** A parsed timeline whose events count the reads of their `id`, and the same events unwatched. */
function watched(input: unknown) {
  const parsed = parseTimeline(input);
  const reads = { id: 0 };
  const events = parsed.events.map((e) => new Proxy(e, { get: (t, p, r) => (p === 'id' && reads.id++, Reflect.get(t, p, r)) }));
  const timeline: Timeline = { ...parsed, events };
  return { timeline, reads };
}

function drawn(timeline: Timeline, domain?: [number, number]) {
  const geometry = layoutTimeline(timeline, { width: 960, ...(domain ? { domain } : {}) });
  const svg = renderTimeline(geometry, new JSDOM('').window.document);
  return { geometry, svg };
}

describe('collectItems', () => {
  it('finds where each drawn event and cluster stands in time order, as the id index does', () => {
    const input = [
      ...syntheticTimeline(3_000, 11),
      // Many starting together, some from an indefinite past and some going on: the runs it reads through.
      ...Array.from({ length: 40 }, (_, i) => ({ date: '1950', title: `Same year ${i}` })),
      { date: '../1930', title: 'Indefinite past' },
      { date: '1990/..', title: 'Going on' },
    ];
    const timeline = parseTimeline(input);
    const sorted = sortedEvents(timeline.events);
    for (const domain of [
      undefined,
      [Date.UTC(1949, 11, 1), Date.UTC(1950, 1, 1)],
      [Date.UTC(1925, 0, 1), Date.UTC(1935, 0, 1)],
    ] as const) {
      const { geometry, svg } = drawn(timeline, domain ? [domain[0], domain[1]] : undefined);
      const items = collectItems(svg, geometry, sorted);
      expect(items.length).toBe(geometry.events.length + geometry.clusters.length);
      const want = [
        ...geometry.events.map((e) => positionOf(sorted, e.id)),
        ...geometry.clusters.map((c) => positionOf(sorted, c.firstId)),
      ].sort((a, b) => a! - b!);
      expect(items.map((i) => i.first)).toEqual(want);
    }
  });

  it('reads about the ids of what is drawn, not those of every event', () => {
    const { timeline, reads } = watched(syntheticTimeline(20_000, 7));
    const { geometry, svg } = drawn(timeline);
    const sorted = sortedEvents(timeline.events);
    reads.id = 0;
    const items = collectItems(svg, geometry, sorted);
    expect(items.length).toBeGreaterThan(5);
    // Events that start with a drawn one are read too: a few dozen share each 1 January here.
    expect(reads.id).toBeLessThan(2_000);
  });
});
