import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { HEADING_LINES, MARGIN, metrics } from '../../src/layout/labels.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { measureTextWidth } from '../../src/layout/measureText.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

const timeline = parseTimeline(russiaDprk);

/** Headings of up to 80 characters as newsrooms write them: mixed case, capitals, Arabic, long words. */
const headings = [
  'Russia and North Korea: from Soviet patronage to a new mutual defence treaty 202',
  'WHAT MOSCOW AND PYONGYANG SIGNED: SEVENTY-SIX YEARS OF TREATIES AND SUMMITS 1948',
  'Internationalization, interoperability and intergovernmental counterintelligence',
  'روسيا وكوريا الشمالية: من الرعاية السوفيتية إلى معاهدة دفاع مشترك جديدة في 2024م',
];

describe('the heading', () => {
  it('is never cut at 80 characters or fewer in the 320 px layout a 375 px phone shows: it wraps onto more lines', () => {
    for (const title of headings) {
      expect(title.length).toBeLessThanOrEqual(80);
      for (const locale of ['en', 'ar']) {
        const g = layoutTimeline(timeline, { width: 320, orientation: 'vertical', title, locale });
        const h = g.heading!;
        expect(h.truncated, title).toBe(false);
        expect(h.lines.map((l) => l.text).join(' ')).toBe(title);
        expect(h.lines.length).toBeLessThanOrEqual(HEADING_LINES);
        const size = metrics(13).headingSize;
        for (const l of h.lines) {
          expect(measureTextWidth(l.text, size, 'bold')).toBeLessThanOrEqual(320 - 2 * MARGIN + 0.01);
          // One paragraph: one direction and one anchor for every line.
          expect([l.direction, l.anchor, l.x]).toEqual([h.lines[0]!.direction, h.lines[0]!.anchor, h.lines[0]!.x]);
        }
        expect(new Set(h.lines.map((l) => l.y)).size).toBe(h.lines.length);
      }
    }
  });

  it('pushes the legend and the drawing down by the height of its extra lines', () => {
    const short = { title: 'Talks' };
    const long = { title: headings[0] };
    // Horizontal: everything under the heading moves down as one.
    const one = layoutTimeline(timeline, { width: 480, ...short });
    const more = layoutTimeline(timeline, { width: 480, ...long });
    const extra = (more.heading!.lines.length - 1) * metrics(13).headingStep;
    expect(extra).toBeGreaterThan(0);
    expect(more.legend!.box.y - one.legend!.box.y).toBe(extra);
    expect(more.height - one.height).toBe(extra);
    expect(more.axis.y1 - one.axis.y1).toBe(extra);
    const top = (g: typeof one) => Math.min(...g.events.map((e) => e.label.box.y));
    expect(top(more) - top(one)).toBeCloseTo(extra, 6);
    // Vertical: the legend moves down as much, and the labels stay under it.
    for (const g of [layoutTimeline(timeline, { width: 320, orientation: 'vertical', ...long })]) {
      expect(g.legend!.box.y).toBeGreaterThan(g.heading!.lines.at(-1)!.y);
      expect(top(g)).toBeGreaterThanOrEqual(g.legend!.box.y + g.legend!.box.height);
    }
  });

  it('stays on one line when it fits, and cuts with "…" only beyond its last line', () => {
    expect(layoutTimeline(timeline, { width: 960, title: headings[0] }).heading!.lines).toHaveLength(1);
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const h = layoutTimeline(timeline, { width: 320, orientation: 'vertical', title: long }).heading!;
    expect(h.lines).toHaveLength(HEADING_LINES);
    expect(h.truncated).toBe(true);
    expect(h.lines.at(-1)!.text.endsWith('…')).toBe(true);
    expect(h.full).toBe(long);
  });
});
