import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { resolveOptions } from '../../src/layout/resolveOptions.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import type { TimelineOptions } from '../../src/options.js';

const timeline = parseTimeline([
  { date: '2000-07', title: 'زيارة' },
  { date: '2024-06-19', title: 'قمة' },
]);
const resolve = (options: Record<string, unknown>) => resolveOptions(timeline, options as TimelineOptions);

describe('numberingSystem and monthNames options', () => {
  it('reach every date the layout writes, through the locale it resolves', () => {
    const g = layoutTimeline(timeline, { locale: 'ar', numberingSystem: 'arab', monthNames: ['ar-EG', 'ar-SY'] });
    expect(g.events.map((e) => e.label.date.full)).toEqual(['يوليو تموز ٢٠٠٠', '١٩ يونيو حزيران ٢٠٢٤']);
    expect(g.locale).toBe('ar-u-nu-arab-x-m-ar-eg-m-ar-sy');
    expect(layoutTimeline(timeline, { locale: 'ar', monthNames: 'ar-SY' }).events[1]!.label.date.full).toBe('19 حزيران 2024');
  });

  it("are read back from the resolved locale, as a page hydrated from the SVG's lang reads them", () => {
    const g = layoutTimeline(timeline, { locale: 'ar', numberingSystem: 'arab', monthNames: ['ar-EG', 'ar-SY'] });
    const again = layoutTimeline(timeline, { locale: g.locale });
    expect(again.locale).toBe(g.locale);
    expect(again.events.map((e) => e.label.date.full)).toEqual(g.events.map((e) => e.label.date.full));
    expect(again.description).toBe(g.description);
  });

  it('leave the locale as given when they are not used', () => {
    expect(resolve({ locale: 'ar-EG' }).locale).toBe('ar-EG');
    expect(resolve({ locale: 'ar-u-nu-arab' }).locale).toBe('ar-u-nu-arab');
  });

  it('name the option and what it takes when the value is wrong', () => {
    expect(() => resolve({ numberingSystem: 'roman' })).toThrow(
      /^options\.numberingSystem: expected a numbering system of Intl, one of "adlm", .*"arab", .*"latn", .*; got "roman"$/,
    );
    expect(() => resolve({ numberingSystem: 42 })).toThrow(/^options\.numberingSystem: expected .*; got 42$/);
    expect(() => resolve({ locale: 'ar-u-nu-nosuch' })).toThrow(
      /^options\.locale: its -u-nu- key: expected a numbering system of Intl, .*; got "nosuch"$/,
    );
    // The option decides, so a tag's unknown key does not matter beside it.
    expect(resolve({ locale: 'ar-u-nu-nosuch', numberingSystem: 'arab' }).locale).toBe('ar-u-nu-arab');
    const hint = 'expected a language tag without extensions such as "ar-SY", or a list of them such as ["ar-EG", "ar-SY"]';
    expect(() => resolve({ monthNames: [] })).toThrow(`options.monthNames: ${hint}; got []`);
    expect(() => resolve({ monthNames: 'not a tag' })).toThrow(`options.monthNames: ${hint}; got "not a tag"`);
    expect(() => resolve({ monthNames: ['ar-EG', 7] })).toThrow(`options.monthNames[1]: ${hint}; got 7`);
    expect(() => resolve({ monthNames: ['ar-u-nu-arab'] })).toThrow(`options.monthNames[0]: ${hint}; got "ar-u-nu-arab"`);
    expect(() => resolve({ locale: 'en-a', numberingSystem: 'arab' })).toThrow(
      'options.locale: expected a language tag such as "en" or "ar-EG", got "en-a"',
    );
  });
});
