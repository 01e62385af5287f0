import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { spanTracks } from '../../src/layout/spanTracks.js';
import type { Box } from '../../src/layout/types.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

const meets = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('spans that overlap along the axis', () => {
  it('share the band in tracks, where one alone keeps all of it', () => {
    expect(
      spanTracks(
        [
          { lo: 0, hi: 100 },
          { lo: 50, hi: 200 },
          { lo: 300, hi: 400 },
        ],
        8,
      ),
    ).toEqual([
      [0, 3.5],
      [4.5, 3.5],
      [0, 8],
    ]);
    // A span that begins where another ends takes its track again.
    expect(
      spanTracks(
        [
          { lo: 0, hi: 100 },
          { lo: 50, hi: 200 },
          { lo: 100, hi: 150 },
        ],
        8,
      ),
    ).toEqual([
      [0, 3.5],
      [4.5, 3.5],
      [0, 3.5],
    ]);
  });

  it('never draw one bar over another, in at most three tracks inside the band', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 300 })).map(([lo, d]) => ({ lo, hi: lo + d }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
        const tracks = spanTracks(spans, 8);
        tracks.forEach(([offset, thickness]) => {
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset + thickness).toBeLessThanOrEqual(8 + 1e-9);
          expect(thickness).toBeGreaterThanOrEqual(2 - 1e-9);
        });
        // Spans that overlap stand on different tracks while two or three share a run.
        for (let i = 0; i < spans.length; i++)
          for (let j = i + 1; j < spans.length; j++) {
            const [a, b] = [spans[i]!, spans[j]!];
            const together = spans.filter((s) => s.lo < Math.min(a.hi, b.hi) && Math.max(a.lo, b.lo) < s.hi).length;
            if (a.lo < b.hi && b.lo < a.hi && together <= 3) expect(tracks[i]![0], `${i} ${j}`).not.toBe(tracks[j]![0]);
          }
      }),
    );
  });

  it('are drawn apart, each whole, across and down the page, in English and Arabic', () => {
    const events = [
      { date: '2023-12-12', end: '2024-11-30', title: 'Aid corridor negotiations' },
      { date: '2024-03-01', end: '..', title: 'Famine warnings across Gaza' },
      { date: '2023-10-07', title: 'Attack' },
    ];
    for (const [orientation, width] of [
      ['horizontal', 960],
      ['vertical', 320],
    ] as const)
      for (const locale of ['en', 'ar']) {
        const g = layoutTimeline(parseTimeline(events), { width, orientation, locale });
        const bars = g.events.filter((e) => e.mark.kind === 'span').map((e) => e.mark as Box & { kind: 'span' });
        expect(bars, `${orientation} ${locale}`).toHaveLength(2);
        expect(meets(bars[0]!, bars[1]!), `${orientation} ${locale}`).toBe(false);
      }
  });
});
