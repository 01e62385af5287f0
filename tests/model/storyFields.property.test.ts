import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edtfDate } from '../helpers/arbitraries.js';
import { hostileString, localized, urlish } from '../fuzz/arbitraries.js';
import { parseEdtf, parseEdtfInterval, parseTimeline, ValidationError } from '../../src/model/index.js';

/** What an image source may be once accepted, checked independently of the validator's own rules. */
function isSafeSrc(src: string): boolean {
  if (/[\s\u0000-\u001f\u007f-\u009f\\]/.test(src)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  if (scheme === undefined) return !src.startsWith('//');
  if (scheme === 'http' || scheme === 'https') return /^https?:\/\/[^/]/i.test(src);
  return /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i.test(src);
}

const srcish = fc.oneof(
  urlish,
  fc.constantFrom(
    'img/a.jpg',
    '/a.png',
    'data:image/png;base64,AA',
    'data:image/svg+xml,<svg/>',
    'DaTa:image/gif,x',
    '\\\\host\\a',
    '/\\host/a',
    'java\tscript:x',
    ' //host/a.jpg',
  ),
  fc.tuple(fc.constantFrom('https://', 'data:image/png,', 'img/', '//', 'javascript:'), hostileString).map(([a, b]) => a + b),
);

const media = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ src: srcish, alt: localized, caption: localized, credit: localized, link: urlish }, { requiredKeys: [] }),
  },
  { weight: 1, arbitrary: fc.anything() },
);

const lane = fc.oneof(hostileString, fc.constantFrom('Moscow', 'Pyongyang', ' Moscow '), fc.anything());
const era = fc.oneof(
  fc.record(
    {
      date: fc.oneof(edtfDate(), fc.constantFrom('2000/..', '../..', '1950/1953', 'x')),
      end: fc.oneof(edtfDate(), fc.constant('..')),
      title: localized,
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('story fields: properties', () => {
  it('parseTimeline only throws ValidationError, and only keeps safe image sources, lanes and eras', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ date: edtfDate(), title: fc.constant('x'), media, lane }, { requiredKeys: ['date', 'title'] }), {
          maxLength: 5,
        }),
        fc.oneof(fc.array(lane, { maxLength: 4 }), fc.anything()),
        fc.oneof(fc.array(era, { maxLength: 3 }), fc.anything()),
        (events, lanes, eras) => {
          let t;
          try {
            t = parseTimeline({ events, lanes, eras });
          } catch (e) {
            if (!(e instanceof ValidationError)) throw e;
            for (const issue of e.issues) expect(issue.message).toMatch(/^(input\.(lanes|eras)|events\[\d+\])/);
            return;
          }
          for (const e of t.events) {
            if (e.media) {
              expect(isSafeSrc(e.media.src), e.media.src).toBe(true);
              expect(e.media.alt).toBeTruthy();
              if (e.media.link !== undefined) expect(e.media.link).toMatch(/^https?:\/\/\S+$/i);
            }
            if (e.lane !== undefined) expect(e.lane).toMatch(/^\S(.*\S)?$/su);
          }
          expect(new Set(t.lanes ?? []).size).toBe((t.lanes ?? []).length);
          for (const x of t.eras ?? []) if (x.end) expect(x.end.start).toBeGreaterThanOrEqual(x.date.start);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('an open or unknown side keeps the other side exactly as parseEdtf reads it', () => {
    fc.assert(
      fc.property(edtfDate(-9999, 9999), fc.constantFrom('..', ''), fc.boolean(), (d, open, atEnd) => {
        const r = parseEdtfInterval(atEnd ? `${d}/${open}` : `${open}/${d}`);
        expect(r.date).toEqual(parseEdtf(d));
        expect(r.end).toBeUndefined();
        if (atEnd) expect([r.openEnd, r.openStart]).toEqual([open === '..' ? 'ongoing' : 'unknown', undefined]);
        else expect([r.openStart, r.openEnd]).toEqual([open === '..' ? 'open' : 'unknown', undefined]);
      }),
      { numRuns: 500 },
    );
  });
});
