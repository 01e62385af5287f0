import { describe, expect, it } from 'vitest';
import { describeEvents } from '../../src/format/describeEvents.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

/** Parsed events in the order given (already by start) and their ends. */
function parsed(input: { date: string; end?: string; title: string }[]) {
  const events = parseTimeline(input).events;
  return { events, ends: events.map((e) => (e.end ?? e.date).end) };
}

describe('describeEvents', () => {
  it('says how many events and from when to when, each date at its precision', () => {
    const { events, ends } = parsed([
      { date: '1948', title: 'a' },
      { date: '2000-07', title: 'b' },
      { date: '2024-07', title: 'c' },
    ]);
    expect(describeEvents(events, ends, 'en')).toBe('3 events: 1948 – July 2024');
    expect(describeEvents(events, ends, 'ar')).toBe('3 أحداث: 1948 – يوليو 2024');
  });

  it('ends at the event that ends last, not at the one that starts last', () => {
    const { events, ends } = parsed([
      { date: '1939-09-01', end: '1945-09-02', title: 'war' },
      { date: '1941', title: 'later start, earlier end' },
    ]);
    expect(describeEvents(events, ends, 'en')).toBe('2 events: 1 September 1939 – 2 September 1945');
  });

  it('gives one date when first and last say the same, and only the count when there is nothing', () => {
    const { events, ends } = parsed([{ date: '1948', title: 'a' }]);
    expect(describeEvents(events, ends, 'en')).toBe('1 event: 1948');
    expect(describeEvents([], [], 'en')).toBe('0 events');
  });
});
