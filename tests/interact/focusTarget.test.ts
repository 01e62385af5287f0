import { describe, expect, it } from 'vitest';
import { clusterKey, eventKey, focusTarget, type FocusItem } from '../../src/interact/focusTarget.js';

// Positions in time order of the timeline a, b, c, d, e; items show runs of them.
const at = { a: 0, b: 1, c: 2, d: 3, e: 4 } as const;
const event = (id: keyof typeof at, start: number): FocusItem => ({ key: eventKey(id), start, end: start + 1, first: at[id] });
const cluster = (id: string, first: keyof typeof at, start: number, end: number): FocusItem => ({
  key: clusterKey(id),
  start,
  end,
  first: at[first],
});
const all = () => true;

describe('eventKey and clusterKey', () => {
  it('never give an event and a cluster the same key, whatever the event id', () => {
    for (const id of ['c-1x', 'cluster:c-1x', 'event:c-1x', '']) {
      expect(eventKey(id)).not.toBe(clusterKey(id));
      expect(eventKey(`cluster:${id}`)).not.toBe(clusterKey(id));
    }
  });
});

describe('focusTarget', () => {
  const a = event('a', 10);
  const b = event('b', 20);
  const c = event('c', 30);

  it('keeps the item that had focus when it is still drawn', () => {
    expect(focusTarget([a, b, c], b, all)).toBe(b.key);
  });

  it('starts at the first item when nothing had focus, and gives nothing when nothing is drawn', () => {
    expect(focusTarget([a, b], undefined, all)).toBe(a.key);
    expect(focusTarget([], b, all)).toBeUndefined();
  });

  it('lands on the first member of a cluster that opened', () => {
    const opened = cluster('c-bc', 'b', 20, 31);
    expect(focusTarget([a, b, c], opened, all)).toBe(b.key);
  });

  it('lands on the part that holds the first member when a cluster splits into clusters', () => {
    const whole = cluster('c-all', 'a', 10, 31);
    const left = cluster('c-a', 'a', 10, 11);
    const right = cluster('c-bc', 'b', 20, 31);
    expect(focusTarget([left, right], whole, all)).toBe(left.key);
  });

  it('lands on the cluster an event was folded into', () => {
    expect(focusTarget([a, cluster('c-bc', 'b', 20, 31)], c, all)).toBe(clusterKey('c-bc'));
  });

  it('falls back to the item nearest in time when its event is no longer shown', () => {
    const gone = (start: number, first: number): FocusItem => ({ key: eventKey('gone'), start, end: start + 1, first });
    expect(focusTarget([a, c], gone(26, at.b), (p) => p !== at.b)).toBe(c.key);
    expect(focusTarget([a, c], gone(12, at.b), (p) => p !== at.b)).toBe(a.key);
    // Halfway: the earlier one.
    expect(focusTarget([a, c], gone(20, at.b), (p) => p !== at.b)).toBe(a.key);
    // Past either end, and an event no longer in the data (position -1).
    expect(focusTarget([a, c], gone(99, at.e), () => false)).toBe(c.key);
    expect(focusTarget([b, c], gone(0, -1), () => false)).toBe(b.key);
  });

  it('takes the first of items that begin together when falling back', () => {
    const early = cluster('c-ab', 'a', 10, 12);
    const same = event('c', 10);
    expect(focusTarget([early, same], { key: eventKey('gone'), start: 15, end: 16, first: -1 }, all)).toBe(early.key);
  });

  it('does not take an event whose id looks like a cluster key for that cluster', () => {
    const impostor: FocusItem = { key: eventKey('cluster:c-bc'), start: 100, end: 101, first: at.e };
    const real = cluster('c-bc', 'b', 20, 31);
    expect(focusTarget([a, impostor], real, (p) => p !== at.b)).toBe(a.key);
  });

  it('searches: a thousand items cost a few comparisons, not a scan', () => {
    let reads = 0;
    const items = Array.from({ length: 1000 }, (_, i): FocusItem => {
      const item = { key: eventKey(`e${i}`), start: i * 10, end: i * 10 + 1, first: i };
      return new Proxy(item, { get: (t, p) => ((reads += p === 'first' || p === 'start' ? 1 : 0), t[p as keyof typeof item]) });
    });
    focusTarget(items, { key: eventKey('gone'), start: 5003, end: 5004, first: 5000 }, () => false);
    expect(reads).toBeLessThan(60);
  });
});
