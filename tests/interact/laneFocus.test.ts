import { describe, expect, it } from 'vitest';
import { eventKey, clusterKey, focusTarget, type FocusItem } from '../../src/interact/focusTarget.js';

// Two lanes of a timeline whose events in time order are a0 b0 a1 b1 a2 (positions 0–4):
// lane 0 holds a0, a1, a2; lane 1 holds b0, b1. Items go lane by lane.
const item = (key: string, first: number, start: number, lane: number): FocusItem => ({ key, start, end: start + 1, first, lane });
const a0 = item(eventKey('a0'), 0, 0, 0);
const a1 = item(eventKey('a1'), 2, 20, 0);
const a2 = item(eventKey('a2'), 4, 40, 0);
const b0 = item(eventKey('b0'), 1, 10, 1);
const b1 = item(eventKey('b1'), 3, 30, 1);
const shownAll = () => true;

describe('focusTarget in lanes', () => {
  it('keeps focus in its lane: an opened cluster of lane 1 lands on its first member, not on a later event of lane 0', () => {
    const cluster = item(clusterKey('c-b'), 1, 10, 1);
    // By `first` alone, a1 (position 2) would not hold position 1, but a0 (position 0) would: the wrong lane.
    expect(focusTarget([a0, a1, a2, b0, b1], cluster, shownAll)).toBe(b0.key);
  });

  it('lands on the cluster of its own lane that now holds the event', () => {
    const folded = item(clusterKey('c-a01'), 0, 0, 0);
    expect(focusTarget([folded, a2, b0, b1], a1, shownAll)).toBe(folded.key);
    const foldedB = item(clusterKey('c-b01'), 1, 10, 1);
    expect(focusTarget([a0, a1, a2, foldedB], b1, shownAll)).toBe(foldedB.key);
  });

  it('goes to the nearest item in time in the lane, or in any lane when its own shows nothing now', () => {
    const gone = item(eventKey('gone'), 3, 28, 1);
    expect(focusTarget([a0, a1, a2, b0], gone, (p) => p !== 3)).toBe(b0.key);
    expect(focusTarget([a0, a1, a2], gone, (p) => p !== 3)).toBe(a1.key);
  });
});
