import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventId } from '../../src/model/eventId.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { parseTimelineText } from '../../src/model/parseTimelineText.js';
import { ValidationError } from '../../src/model/ValidationError.js';
import { bestOfEach } from '../helpers/cost.js';

/** The documented rule, written the slow obvious way: the smallest free suffix from -2, in input order. */
function referenceIds(events: { date: string; title: string; id?: string }[]): string[] {
  const used = new Set(events.flatMap((e) => (e.id === undefined ? [] : [e.id])));
  return events.map((e) => {
    if (e.id !== undefined) return e.id;
    const base = eventId(e);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

describe('derived ids', () => {
  it('skip explicit ids that look like suffixes, whatever their order', () => {
    const base = eventId({ date: '2000', title: 'A' });
    const a = { date: '2000', title: 'A' };
    const input = [a, a, { date: '1900', title: 'x', id: `${base}-3` }, a, a, { date: '1901', title: 'y', id: `${base}-5` }, a, a];
    const ids = parseTimeline(input).events.map((e) => e.id);
    expect(ids).toEqual([base, `${base}-2`, `${base}-3`, `${base}-4`, `${base}-6`, `${base}-5`, `${base}-7`, `${base}-8`]);
    expect(parseTimeline(input).events.map((e) => e.id)).toEqual(ids);
  });

  it('follow the documented rule for any mix of repeats and explicit ids', () => {
    const contents = [
      { date: '2000', title: 'A' },
      { date: '2000', title: 'B' },
      { date: '1948', title: 'A' },
    ];
    const bases = contents.map((c) => eventId(c));
    const event = fc.oneof(
      fc.constantFrom(...contents).map((c) => ({ ...c })),
      fc.record({ base: fc.constantFrom(...bases, 'e-x'), n: fc.integer({ min: 0, max: 6 }) }).map(({ base, n }) => ({
        date: '1900',
        title: 'explicit',
        id: n < 2 ? base : `${base}-${n}`,
      })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), (events) => {
        const explicit = events.flatMap((e) => ('id' in e ? [e.id] : []));
        fc.pre(new Set(explicit).size === explicit.length);
        const ids = parseTimeline(events).events.map((e) => e.id);
        expect(ids).toEqual(referenceIds(events));
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });

  it('are eventId of the raw input, whatever white space and blank entries the titles carry', () => {
    // parseTimeline hashes the titles it has already trimmed; eventId trims what it is given.
    const pad = fc.constantFrom('', ' ', '\t', '\u00a0', '\u3000 ', '\ufeff');
    const text = fc.tuple(pad, fc.string({ minLength: 1, maxLength: 8 }), pad).map(([a, t, b]) => a + t + b);
    const title = fc.oneof(text, fc.dictionary(fc.constantFrom('en', 'ar', 'fr-CA', 'zh-Hant'), fc.oneof(text, pad), { minKeys: 1 }));
    fc.assert(
      fc.property(fc.constantFrom('1948', '2000-07~', '2022-02-24/..', '1900/1910'), title, (date, t) => {
        const texts = typeof t === 'string' ? [t] : Object.values(t);
        fc.pre(texts.some((x) => x.trim() !== '' && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/.test(x)));
        expect(parseTimeline([{ date, title: t }]).events[0]!.id).toBe(eventId({ date, title: t }));
      }),
      { numRuns: 300 },
    );
  });

  it('still refuse a repeated explicit id', () => {
    expect(() =>
      parseTimeline([
        { date: '2000', title: 'A', id: 'x' },
        { date: '2000', title: 'A', id: 'x' },
      ]),
    ).toThrow(ValidationError);
  });

  it('cost about as much for 20,000 identical rows as for 20,000 distinct ones, in every format', () => {
    const n = 20_000;
    const year = (i: number) => String(1000 + (i % 1000));
    const formats = {
      csv: (k: (i: number) => number) => 'date,title' + Array.from({ length: n }, (_, i) => `\n${year(k(i))},E${k(i)}`).join(''),
      json: (k: (i: number) => number) => JSON.stringify(Array.from({ length: n }, (_, i) => ({ date: year(k(i)), title: `E${k(i)}` }))),
      timelinejs: (k: (i: number) => number) =>
        JSON.stringify({
          events: Array.from({ length: n }, (_, i) => ({ start_date: { year: Number(year(k(i))) }, text: { headline: `E${k(i)}` } })),
        }),
      vis: (k: (i: number) => number) => JSON.stringify(Array.from({ length: n }, (_, i) => ({ start: year(k(i)), content: `E${k(i)}` }))),
    };
    for (const [format, make] of Object.entries(formats)) {
      const distinct = make((i) => i);
      const identical = make(() => 0);
      const ids = parseTimelineText(identical).events.map((e) => e.id);
      expect(new Set(ids).size, format).toBe(n);
      expect(ids[n - 1], format).toBe(`${ids[0]}-${n}`);
      const [distinctMs, identicalMs] = bestOfEach([() => parseTimelineText(distinct), () => parseTimelineText(identical)]) as [
        number,
        number,
      ];
      console.log(`${format}: ${n} identical ${identicalMs.toFixed(1)} ms, ${n} distinct ${distinctMs.toFixed(1)} ms (CPU)`);
      expect(identicalMs, format).toBeLessThanOrEqual(3 * distinctMs);
    }
  });
});
