import { describe, expect, it } from 'vitest';
import { flipMoves, stemPositions } from '../../src/interact/flip.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

describe('flipMoves', () => {
  const options = { width: 800, domain: [Date.UTC(1995, 0, 1), Date.UTC(2015, 0, 1)] as const };
  const before = layoutTimeline(
    parseTimeline([
      { id: 'a', date: '2000', title: 'A' },
      { id: 'b', date: '2010', title: 'B' },
    ]),
    options,
  );
  const after = layoutTimeline(
    parseTimeline([
      { id: 'a', date: '2001', title: 'A moved' },
      { id: 'b', date: '2010', title: 'B' },
      { id: 'c', date: '2012', title: 'C' },
    ]),
    options,
  );

  it('moves kept events from their old place, fades new ones in, and leaves still ones alone', () => {
    const moves = flipMoves(stemPositions(before), after);
    const was = (id: string) => before.events.find((e) => e.id === id)!.stem;
    const now = (id: string) => after.events.find((e) => e.id === id)!.stem;
    expect(moves.map((m) => m.id)).toEqual(['a', 'c']);
    expect(moves.find((m) => m.id === 'a')).toEqual({ id: 'a', dx: was('a').x1 - now('a').x1, dy: was('a').y1 - now('a').y1 });
    expect(moves.find((m) => m.id === 'c')).toEqual({ id: 'c', enter: true });
    expect(flipMoves(stemPositions(after), after)).toEqual([]);
  });
});
