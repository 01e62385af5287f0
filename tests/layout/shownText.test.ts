import { describe, expect, it } from 'vitest';
import { getLocaleSpec, registerLocale } from '../../src/format/locales.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { syntheticTimeline } from '../helpers/cases.js';

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/** Every string in the geometry: what the renderer turns into text, <title>, aria-label and <desc>. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('layoutTimeline text', () => {
  it('takes bidi controls out of the words of a registered locale, as out of data', () => {
    const en = getLocaleSpec('en');
    registerLocale('zz', {
      ...en,
      events: { other: `\u202E${en.events.other}` },
      rangeSeparator: ' \u2066–\u2069 ',
      bce: (y) => `\u202E${en.bce(y)}`,
      decade: (y) => `\u2067${en.decade(y)}`,
    });
    const busy = layoutTimeline(parseTimeline(syntheticTimeline(3000, 7)), { width: 960, locale: 'zz' });
    expect(busy.clusters.length).toBeGreaterThan(0);
    const ancient = layoutTimeline(
      parseTimeline([
        { date: '-0043-03-15', title: 'Caesar' },
        { date: '-0300', title: 'Euclid' },
      ]),
      { locale: 'zz' },
    );
    // The events as given are data, not shown text: only what layout made of them counts.
    const shown = [busy, ancient].flatMap((g) => strings({ ...g, events: g.events.map((e) => ({ ...e, event: undefined })) }));
    expect(shown.some((s) => /events/.test(s))).toBe(true);
    expect(shown.some((s) => /BCE/.test(s))).toBe(true);
    expect(shown.filter((s) => BIDI.test(s))).toEqual([]);
  });
});
