import { describe, expect, it } from 'vitest';
import { clusterKey, eventKey, focusTarget, type FocusItem } from '../../src/interact/focusTarget.js';

const event = (id: string, start: number): FocusItem => ({ key: eventKey(id), start, end: start + 1, members: [id] });
const cluster = (id: string, members: string[], start: number, end: number): FocusItem => ({ key: clusterKey(id), start, end, members });

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
    expect(focusTarget([a, b, c], b)).toBe(b.key);
  });

  it('starts at the first item when nothing had focus, and gives nothing when nothing is drawn', () => {
    expect(focusTarget([a, b], undefined)).toBe(a.key);
    expect(focusTarget([], b)).toBeUndefined();
  });

  it('lands on the first member of a cluster that opened', () => {
    const opened = cluster('c-ab', ['b', 'c'], 20, 31);
    expect(focusTarget([a, b, c], opened)).toBe(b.key);
  });

  it('lands on the part that holds the first member when a cluster splits into clusters', () => {
    const whole = cluster('c-all', ['a', 'b', 'c'], 10, 31);
    const left = cluster('c-a', ['a'], 10, 11);
    const right = cluster('c-bc', ['b', 'c'], 20, 31);
    expect(focusTarget([right, left], whole)).toBe(left.key);
  });

  it('lands on the cluster an event was folded into', () => {
    expect(focusTarget([a, cluster('c-bc', ['b', 'c'], 20, 31)], c)).toBe(clusterKey('c-bc'));
  });

  it('falls back to the item nearest in time', () => {
    expect(focusTarget([a, c], event('gone', 26))).toBe(c.key);
    expect(focusTarget([a, c], event('gone', 12))).toBe(a.key);
  });

  it('does not take an event whose id looks like a cluster key for that cluster', () => {
    const impostor = event('cluster:c-bc', 100);
    const real = cluster('c-bc', ['b', 'c'], 20, 31);
    expect(focusTarget([impostor, a], real)).toBe(a.key);
  });
});
