import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../fastCheckSeed.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { measureTextWidth } from '../../src/layout/measureText.js';
import type { TimelineGeometry } from '../../src/layout/types.js';
import { yearStartMs } from '../../src/model/civilCalendar.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
/** Room kept between neighbouring tick labels, in px as the measurer counts them. */
const MIN_GAP = 4;

/**
 * Each tick label's box from the measurer and the label's anchor: [x0, x1, y0, y1]. The
 * anchor is read in the drawing's direction, as SVG does: in RTL a label's start is its right.
 */
function tickBoxes(g: TimelineGeometry): [number, number, number, number][] {
  const size = g.axis.fontSize;
  return g.axis.ticks.map((t) => {
    const w = measureTextWidth(t.label, size);
    const leftEdge = (t.anchor === 'start') === (g.direction === 'ltr');
    const x0 = t.anchor === 'middle' ? t.labelX - w / 2 : leftEdge ? t.labelX : t.labelX - w;
    // A line of text at its baseline: ascenders above, descenders below, one font size in all.
    return [x0, x0 + w, t.labelY - size * 0.8, t.labelY + size * 0.2];
  });
}

/** Problems with the tick labels: pairs that overlap or nearly touch, labels out of the drawing. */
function tickLabelFaults(g: TimelineGeometry): string[] {
  const boxes = tickBoxes(g);
  const faults: string[] = [];
  const along = g.orientation === 'horizontal' ? 0 : 2;
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]![along]! - boxes[b]![along]!);
  for (let k = 1; k < order.length; k++) {
    const a = boxes[order[k - 1]!]!;
    const b = boxes[order[k]!]!;
    const gap = b[along]! - a[along + 1]!;
    if (gap < MIN_GAP)
      faults.push(`"${g.axis.ticks[order[k - 1]!]!.label}" and "${g.axis.ticks[order[k]!]!.label}" ${gap.toFixed(1)} px apart`);
  }
  boxes.forEach(([x0, x1], i) => {
    if (x0 < 0 || x1 > g.width) faults.push(`"${g.axis.ticks[i]!.label}" spans ${x0.toFixed(1)}–${x1.toFixed(1)} in ${g.width} px`);
  });
  return faults;
}

const ancient = parseTimeline([
  { date: 'Y-13800000000', title: 'Big Bang' },
  { date: 'Y-4567000000S2', title: 'Formation of the Solar System' },
  { date: '-2999', title: 'Early dynastic period in Egypt begins' },
  { date: '0476', title: 'Fall of the Western Roman Empire' },
  { date: '1969-07-20', title: 'Apollo 11 Moon landing' },
  { date: '2024-07-26/2024-08-11', title: 'Paris Olympics' },
]);

// Two lanes, drawn apart or not: a laned axis chooses its ticks on its own path.
const timeline = parseTimeline([
  { date: '2000-01-01', title: 'One', lane: 'a' },
  { date: '1900', title: 'Two', lane: 'b' },
]);

describe('axis tick labels', () => {
  it('keeps "14 billion years ago", moved in from the edge, apart from "12 billion years ago"', () => {
    for (const width of [1280, 960, 640, 375])
      for (const locale of ['en', 'ar']) {
        const g = layoutTimeline(ancient, { width, locale });
        expect(g.axis.ticks.length, `${width} px ${locale}`).toBeGreaterThan(1);
        expect(tickLabelFaults(g), `${width} px ${locale}`).toEqual([]);
      }
  });

  it('never overlap or leave the drawing, from deep time to days, at any width, both ways', () => {
    const spanDays = fc.double({ min: Math.log10(2), max: Math.log10(14e9 * 365.25), noNaN: true }).map((u) => 10 ** u);
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 2100 }),
        fc.integer({ min: 0, max: 364 }),
        spanDays,
        fc.integer({ min: 320, max: 1600 }),
        fc.constantFrom('horizontal' as const, 'vertical' as const),
        fc.constantFrom('en', 'ar', 'fr', 'ko'),
        fc.constantFrom('ltr' as const, 'rtl' as const),
        fc.boolean(),
        (year, day, days, width, orientation, locale, direction, lanes) => {
          const end = yearStartMs(year) + day * DAY;
          const start = end - Math.round(days) * DAY;
          const g = layoutTimeline(timeline, { width, orientation, locale, direction, lanes, domain: [start, end] });
          const where = `${orientation} ${direction} ${locale} ${width} px, ${((end - start) / YEAR).toPrecision(3)} years to ${year}`;
          expect(tickLabelFaults(g), where).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
