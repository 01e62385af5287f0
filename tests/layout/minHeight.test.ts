import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { resolveOptions } from '../../src/layout/resolveOptions.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

const timeline = parseTimeline([
  { date: '1948', title: 'Founded' },
  { date: '2024-06-19', title: 'Summit' },
]);

describe('minHeight', () => {
  it('is the least height: a taller drawing is allowed, a shorter one is not', () => {
    const natural = layoutTimeline(timeline).height;
    expect(layoutTimeline(timeline, { minHeight: natural + 200 }).height).toBe(natural + 200);
    // Below what the labels need, the labels win.
    expect(layoutTimeline(timeline, { minHeight: 10 }).height).toBe(natural);
  });

  it('still reads the former name, height, as the same thing; with both, the larger counts', () => {
    expect(resolveOptions(timeline, { height: 500 }).minHeight).toBe(500);
    expect(resolveOptions(timeline, { minHeight: 300, height: 500 }).minHeight).toBe(500);
    expect(resolveOptions(timeline, { minHeight: 700, height: 500 }).minHeight).toBe(700);
    expect(resolveOptions(timeline, { orientation: 'vertical' }).minHeight).toBe(600);
    expect(resolveOptions(timeline, { orientation: 'vertical', minHeight: 400 }).minHeight).toBe(400);
  });

  it('names the option that is wrong', () => {
    expect(() => resolveOptions(timeline, { minHeight: -1 })).toThrow(/^options\.minHeight: expected a number from 0 to 1000000, got -1$/);
    expect(() => resolveOptions(timeline, { height: Number.NaN })).toThrow(/^options\.height: /);
  });
});
