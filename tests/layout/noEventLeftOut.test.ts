import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

/** Events drawn on their own plus events inside drawn clusters. */
const accounted = (g: ReturnType<typeof layoutTimeline>) => g.events.length + g.clusters.reduce((n, c) => n + c.count, 0);

// Found by the render fuzzer: at 120 px an Arabic vertical timeline of one event and a
// horizontal one with a 200-letter word drew no event at all, since no arrangement of the
// rows allowed fit and the layouts kept nothing.
describe('no event is left out of the drawing for want of room', () => {
  // Found by the render fuzzer: with no room beside a vertical axis (deep-time tick labels
  // and a today strip at 120 px), the last resort's one column of whole labels was refused
  // by a rounding error in its spacing, for some label heights (five-line titles).
  it('vertical, no room beside the axis at all, titles of any number of lines', () => {
    const events = [
      { date: '0000', title: 'Summit' },
      { date: '0000', title: 'Summit', category: 'x'.repeat(200) },
      { date: '0000', title: 'Summit' },
      { date: '0355~', title: 'Summit', category: 'war' },
    ];
    for (let maxLines = 1; maxLines <= 8; maxLines++) {
      const g = layoutTimeline(parseTimeline({ events }), { width: 120, orientation: 'vertical', today: 'Y-66000000', maxLines });
      expect(accounted(g), `maxLines ${maxLines}`).toBe(events.length);
    }
  });

  const long = 'Summit' + 'x'.repeat(200);
  for (const orientation of ['horizontal', 'vertical'] as const)
    for (const locale of ['en', 'ar'])
      it(`${orientation}, ${locale}, a narrow axis and titles of one long word`, () => {
        for (const width of [120, 160, 240]) {
          for (const events of [
            [{ date: '0000', title: 'Summit' }],
            [{ date: '2000-01-01', title: long }],
            [
              { date: '2000', title: long },
              { date: '2001', title: long },
            ],
          ]) {
            const g = layoutTimeline(parseTimeline({ events }), { width, orientation, locale });
            expect(accounted(g), `${width} px, ${events.length} events`).toBe(events.length);
            for (const e of g.events) expect(e.label.title.lines.length).toBeGreaterThan(0);
          }
        }
      });

  it('any events at any width: each drawn alone or counted in a drawn cluster', () => {
    const title = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.stringMatching(/^[a-z]{30,120}$/));
    const event = fc.record({ date: fc.integer({ min: 1900, max: 2030 }).map(String), title });
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 120, max: 400 }),
        fc.constantFrom('horizontal', 'vertical'),
        fc.constantFrom('en', 'ar'),
        (events, width, orientation, locale) => {
          const kept = events.filter((e) => e.title.trim());
          const input = kept.length ? kept : [{ date: '2000', title: 'x' }];
          expect(accounted(layoutTimeline(parseTimeline({ events: input }), { width, orientation, locale }))).toBe(input.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
