// Inputs whose size must not decide the stack depth, nor make the work grow faster than
// the text: each case here overflowed the stack or went quadratic before.
import { describe, expect, it } from 'vitest';
import { fromTimelineJs } from '../../src/model/fromTimelineJs.js';
import { htmlToText } from '../../src/model/htmlToText.js';
import { EdtfError, parseEdtf } from '../../src/model/parseEdtf.js';
import { parseTimelineText } from '../../src/model/parseTimelineText.js';
import { isValidationError } from '../../src/model/ValidationError.js';
import { bestOfEach } from '../helpers/cost.js';

const MANY = 125_000;

describe('htmlToText with very many line breaks', () => {
  it('turns 125,000 <br> or <p> into lines without overflowing the stack', () => {
    expect(htmlToText('a<br>'.repeat(MANY)).split('\n')).toHaveLength(MANY);
    expect(htmlToText('<p>b</p>'.repeat(MANY)).split('\n')).toHaveLength(MANY);
    expect(htmlToText('<br>'.repeat(MANY))).toBe('');
  });

  it('reads TimelineJS and vis text holding them', () => {
    const tjs = fromTimelineJs({ events: [{ start_date: { year: 1963 }, text: { headline: 'March', text: 'x<br>'.repeat(MANY) } }] });
    expect((tjs.events[0]!.description as string).length).toBe(2 * MANY - 1);
    const vis = parseTimelineText(JSON.stringify([{ start: '2024-06-19', content: 'Summit<p>'.repeat(MANY) }]));
    expect((vis.events[0]!.title as string).split('\n')).toHaveLength(MANY);
  });
});

describe('nested and repeated input', () => {
  it('describes a TimelineJS date part nested 100,000 objects deep without recursing into it', () => {
    let year: unknown = 1963;
    for (let i = 0; i < 100_000; i++) year = { year };
    let error: unknown;
    try {
      fromTimelineJs({ events: [{ start_date: { year }, text: { headline: 'March' } }] });
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error), String(error)).toBe(true);
    expect((error as Error).message).toContain('events[0].start_date.year: (year object) is not a whole number');
  });

  it('finds EDTF qualifiers in time linear in a long run of them', () => {
    const n = 100_000;
    const refuse = (text: string) => () => expect(() => parseEdtf(text)).toThrow(EdtfError);
    // The same length of text that is refused at once: a run of qualifiers must cost about as much.
    const [baseline, run] = bestOfEach([refuse('1'.repeat(n) + 'x'), refuse('~'.repeat(n) + 'x')], 1) as [number, number];
    expect(run).toBeLessThan(20 * baseline + 100);
    expect(() => parseEdtf('1948' + '~'.repeat(n))).toThrow(/qualifiers/);
  });
});
