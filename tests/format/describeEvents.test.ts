import { describe, expect, it } from 'vitest';
import { describeEvents } from '../../src/format/describeEvents.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

/** Parsed events in the order given (already by start). */
const parsed = (input: { date: string; end?: string; title: string }[]) => parseTimeline(input).events;

describe('describeEvents', () => {
  it('says how many events and from when to when, each date at its precision', () => {
    const [a, , c] = parsed([
      { date: '1948', title: 'a' },
      { date: '2000-07', title: 'b' },
      { date: '2024-07', title: 'c' },
    ]);
    expect(describeEvents(3, a, c, 'en')).toBe('3 events: 1948 – July 2024');
    expect(describeEvents(3, a, c, 'ar')).toBe('3 أحداث: 1948 – يوليو 2024');
  });

  it('ends with the end of the last event given, at its precision', () => {
    const [war] = parsed([{ date: '1939-09-01', end: '1945-09-02', title: 'war' }]);
    expect(describeEvents(2, war, war, 'en')).toBe('2 events: 1 September 1939 – 2 September 1945');
  });

  it('is what the layout says of a drawing whose last-starting event ends first', async () => {
    const { layoutTimeline } = await import('../../src/layout/layoutTimeline.js');
    const g = layoutTimeline(
      parseTimeline([
        { date: '1939-09-01', end: '1945-09-02', title: 'war' },
        { date: '1941', title: 'later start, earlier end' },
      ]),
      { locale: 'en' },
    );
    expect(g.description).toBe('2 events: 1 September 1939 – 2 September 1945');
  });

  it('gives one date when first and last say the same, and only the count when there is nothing', () => {
    const [a] = parsed([{ date: '1948', title: 'a' }]);
    expect(describeEvents(1, a, a, 'en')).toBe('1 event: 1948');
    expect(describeEvents(0, undefined, undefined, 'en')).toBe('0 events');
  });
});
