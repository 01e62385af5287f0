import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listVisible, nextVisibleStart, positionAt, sortedEvents, visibleEnd, visibleEvents } from '../../src/layout/sortedEvents.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

const pad = (n: number) => String(n).padStart(4, '0');

/** Events from 1900 to 1999: points of a year, month or day, and ranges of up to 80 years. */
const events = fc
  .array(
    fc.record({
      year: fc.integer({ min: 1900, max: 1999 }),
      month: fc.integer({ min: 1, max: 12 }),
      kind: fc.constantFrom('year', 'month', 'day', 'range'),
      length: fc.integer({ min: 0, max: 80 }),
    }),
    { minLength: 1, maxLength: 200 },
  )
  .map((list) =>
    list.map(({ year, month, kind, length }, i) => {
      const date =
        kind === 'year' || kind === 'range'
          ? pad(year)
          : kind === 'month'
            ? `${pad(year)}-${String(month).padStart(2, '0')}`
            : `${pad(year)}-${String(month).padStart(2, '0')}-1${i % 10}`;
      return kind === 'range' ? { date, end: pad(Math.min(2100, year + length)), title: `Event ${i}` } : { date, title: `Event ${i}` };
    }),
  );

describe('visibleEvents', () => {
  it('finds exactly the events that overlap a window, in time order', () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 1890, max: 2010 }), fc.integer({ min: 0, max: 3650 }), (input, fromYear, days) => {
        const t = parseTimeline(input);
        const d0 = Date.UTC(fromYear, 0, 1);
        const d1 = d0 + (days + 1) * 86_400_000;
        const end = (e: (typeof t.events)[number]) => (e.end ?? e.date).end;
        const naive = [...t.events]
          .filter((e) => end(e) > d0 && e.date.start < d1)
          .sort((a, b) => a.date.start - b.date.start || end(a) - end(b) || a.index - b.index);
        const sorted = sortedEvents(t.events);
        const vis = visibleEvents(sorted, [d0, d1]);
        const found = listVisible(vis);
        expect(vis.count).toBe(naive.length);
        expect(Array.from(found.positions, (p) => sorted.events[p]!.id)).toEqual(naive.map((e) => e.id));
        expect(Array.from(found.starts)).toEqual(naive.map((e) => e.date.start));
        expect(Array.from(found.ends)).toEqual(naive.map(end));
        // Each one found alone, as a zoom step asks for the ends of a run.
        naive.forEach((e, k) => expect(sorted.events[positionAt(vis, k)]!.id).toBe(e.id));
        if (naive.length) {
          const from = Math.floor(naive.length / 3);
          const to = naive.length - from;
          expect(visibleEnd(vis, from, to)).toBe(Math.max(...naive.slice(from, to).map(end)));
          const after = (t0: number) => naive.map((x) => x.date.start).find((s) => s > t0);
          expect(nextVisibleStart(vis, naive[from]!.date.start)).toBe(after(naive[from]!.date.start));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sorts once per events array: a zoom step reuses the order', () => {
    const t = parseTimeline([
      { date: '2001', title: 'b' },
      { date: '2000', title: 'a' },
    ]);
    expect(sortedEvents(t.events)).toBe(sortedEvents(t.events));
    expect(sortedEvents(t.events).events.map((e) => e.title)).toEqual(['a', 'b']);
    expect(sortedEvents([...t.events])).not.toBe(sortedEvents(t.events));
  });
});
