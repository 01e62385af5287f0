import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdtfError, eventId, parseEdtf } from '../../src/model/index.js';

/** Reference FNV-1a 32-bit over UTF-8, written independently of the implementation. */
function fnv1a(text: string): number {
  let h = 2166136261;
  for (const b of Buffer.from(text, 'utf8')) {
    h = (h ^ b) >>> 0;
    h = Number((BigInt(h) * 16777619n) % 4294967296n);
  }
  return h;
}

describe('eventId', () => {
  it('has a reference FNV-1a that matches published vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('is e- plus base-36 FNV-1a of the canonical date and title', () => {
    const expected = 'e-' + fnv1a('1948\u0000Nakba').toString(36).padStart(7, '0');
    expect(eventId({ date: '1948', title: 'Nakba' })).toBe(expected);
  });

  it('hashes UTF-8, so Arabic titles get the reference value', () => {
    const expected = 'e-' + fnv1a('1948\u0000النكبة').toString(36).padStart(7, '0');
    expect(eventId({ date: parseEdtf('1948'), title: 'النكبة' })).toBe(expected);
  });

  it('is stable across calls and has a fixed shape', () => {
    const a = eventId({ date: '2024-06-19', title: { en: 'Summit', ar: 'قمة' } });
    const b = eventId({ date: '2024-06-19', title: { en: 'Summit', ar: 'قمة' } });
    expect(a).toBe(b);
    expect(a).toMatch(/^e-[0-9a-z]{7}$/);
  });

  it('ignores key order, outer whitespace and blank entries of a title map', () => {
    const a = eventId({ date: '2024-06-19', title: { en: 'Summit', ar: 'قمة' } });
    expect(eventId({ date: '2024-06-19', title: { ar: ' قمة ', en: 'Summit' } })).toBe(a);
    expect(eventId({ date: '2024-06-19', title: { ar: 'قمة', en: 'Summit', fr: '  ' } })).toBe(a);
  });

  it('uses the canonical date, so equivalent inputs agree', () => {
    const a = eventId({ date: parseEdtf('-0043-03-15'), title: 'Ides' });
    expect(eventId({ date: ' -0043-03-15 ', title: ' Ides ' })).toBe(a);
  });

  it('changes with the date, the end and the title', () => {
    const base = eventId({ date: '2000', title: 'A' });
    const ids = [
      base,
      eventId({ date: '2001', title: 'A' }),
      eventId({ date: '2000', title: 'B' }),
      eventId({ date: '2000~', title: 'A' }),
      eventId({ date: '2000/2004', title: 'A' }),
      eventId({ date: '2000', title: { en: 'A' } }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('treats an interval string and an explicit end alike', () => {
    expect(eventId({ date: '2000/2004', title: 'A' })).toBe(eventId({ date: parseEdtf('2000'), end: parseEdtf('2004'), title: 'A' }));
    expect(eventId({ date: '2000', end: '2004', title: 'A' })).toBe(eventId({ date: '2000/2004', title: 'A' }));
  });

  it('is the reference hash of the joined text for any title, in any script, surrogates included', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', ' ', '\u0000', 'é', 'ق', '€', '😀', '\uD800', '\uDC00'),
        fc.string({ unit: 'binary', maxLength: 1 }),
      ),
      maxLength: 12,
    });
    const title = fc.oneof(text, fc.dictionary(fc.constantFrom('en', 'ar', 'ar-EG', 'fr', 'zh-Hant'), text));
    const date = fc.constantFrom('1948', '-0043-03-15', '2000-07~', '2000/2004', '196X', 'Y17000', '2001-21');
    fc.assert(
      fc.property(date, title, (d, t) => {
        const entries =
          typeof t === 'string'
            ? null
            : Object.entries(t)
                .map(([k, v]) => [k, v.trim()])
                .filter(([, v]) => v !== '');
        const titleText =
          entries === null
            ? (t as string).trim()
            : entries
                .sort(([a], [b]) => (a! < b! ? -1 : 1))
                .map(([k, v]) => `${k}\u0001${v}`)
                .join('\u0002');
        const dateText = d.includes('/') ? d : parseEdtf(d).edtf;
        expect(eventId({ date: d, title: t })).toBe('e-' + fnv1a(`${dateText}\u0000${titleText}`).toString(36).padStart(7, '0'));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes small hashes with their leading zeros', async () => {
    const { fnv1a32 } = await import('../../src/util/hash.js');
    // Titles found by search whose ids' hashes are small and large.
    const small = Array.from({ length: 200_000 }, (_, i) => `t${i}`).find((t) => fnv1a32(`2000\u0000${t}`) < 36 ** 5)!;
    expect(eventId({ date: '2000', title: small })).toBe('e-' + fnv1a32(`2000\u0000${small}`).toString(36).padStart(7, '0'));
    expect(eventId({ date: '2000', title: small })).toMatch(/^e-00[0-9a-z]{5}$/);
  });

  it('writes any 32-bit hash as toString(36) does, zero-padded, across the split at 36³', async () => {
    const { idText } = await import('../../src/model/eventId.js');
    const edges = [0, 1, 35, 36, 36 ** 3 - 1, 36 ** 3, 36 ** 3 + 1, 36 ** 6 - 1, 36 ** 6, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1];
    const hash = fc.oneof(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom(...edges));
    fc.assert(
      fc.property(hash, (h) => {
        expect(idText(h)).toBe(`e-${h.toString(36).padStart(7, '0')}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('throws EdtfError for a date string that does not parse', () => {
    expect(() => eventId({ date: '2024-13', title: 'A' })).toThrow(EdtfError);
  });
});

describe('fnv1a32', () => {
  it('hashes the UTF-8 bytes exactly as TextEncoder gives them, surrogates included', async () => {
    const { fnv1a32 } = await import('../../src/util/hash.js');
    const reference = (text: string) => {
      let h = 0x811c9dc5;
      for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193);
      return h >>> 0;
    };
    for (const s of ['', 'a', '1948\u0000Nakba', 'قمة بيونجيانج', 'é€😀👩‍👩‍👧', 'lone \uD800 high', 'lone \uDC00 low', '\uDBFF\uDFFF'])
      expect(fnv1a32(s)).toBe(reference(s));
    // Short, medium and long texts take different paths; joined and sliced strings too.
    const unit = fc.oneof(
      fc.constantFrom('a', ' ', 'é', 'ق', '€', '😀', '\uD800', '\uDC00', '\uDBFF\uDFFF'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.integer({ min: 0, max: 5000 }), (piece, times) => {
        const text = piece.repeat(Math.ceil(times / Math.max(1, piece.length)));
        expect(fnv1a32(text)).toBe(reference(text));
        expect(fnv1a32(`x${text}`.slice(1))).toBe(reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it('continues a hash part by part as over the joined text', async () => {
    const { FNV1A32_START, fnv1a32, fnv1a32Add } = await import('../../src/util/hash.js');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 6 }), (parts) => {
        const h = parts.reduce((acc, part) => fnv1a32Add(acc, part), FNV1A32_START) >>> 0;
        expect(h).toBe(fnv1a32(parts.join('')));
      }),
      { numRuns: 300 },
    );
  });
});
