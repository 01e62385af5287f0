import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { measureTextWidth } from '../../src/layout/measureText.js';
import { balancedWidth, lineCount, measureWords, wrapWords } from '../../src/layout/wrapText.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { edtfDate, eventList } from '../helpers/arbitraries.js';

/** 7 px a character at any size: widths a test can count. */
const fixed = (text: string) => [...text].length * 7;

describe('wrapWords', () => {
  it('breaks at spaces into lines no wider than asked, and keeps every word', () => {
    const m = measureWords('North Korea founded with Soviet support', 13, fixed);
    const lines = wrapWords(m, 140, 3, 13, fixed);
    expect(lines.map((l) => l.text)).toEqual(['North Korea founded', 'with Soviet support']);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(140);
    expect(lines.every((l) => !l.truncated)).toBe(true);
  });

  it('never begins a line with punctuation set apart (French « », :, ?) nor ends one with an opening «', () => {
    const title = 'Premier référendum : le « non » l’emporte ( de peu ) ; pourquoi ? « Oui » !';
    const m = measureWords(title, 13, fixed);
    expect(m.words).toEqual(['Premier', 'référendum :', 'le', '« non »', 'l’emporte', '( de', 'peu ) ;', 'pourquoi ?', '« Oui » !']);
    // From the widest of those words (84 px) up.
    for (const width of [84, 90, 110, 140, 200]) {
      const lines = wrapWords(m, width, 10, 13, fixed).map((l) => l.text);
      expect(lines.join(' '), `at ${width}`).toBe(title);
      for (const line of lines) {
        expect(line, `at ${width}`).not.toMatch(/^[:;!?»)]/u);
        expect(line, `at ${width}`).not.toMatch(/[«(]$/u);
      }
    }
  });

  it('cuts with "…" only what does not fit in maxLines lines', () => {
    const m = measureWords('one two three four five six seven eight', 13, fixed);
    const lines = wrapWords(m, 70, 2, 13, fixed);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.truncated).toBe(false);
    expect(lines[1]!.truncated).toBe(true);
    expect(lines[1]!.text.endsWith('…')).toBe(true);
  });

  it('breaks a long word at its zero-width spaces before between other characters', () => {
    const word = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].join('\u200b');
    const lines = wrapWords(measureWords(word, 13, fixed), 100, 10, 13, fixed).map((l) => l.text);
    expect(lines.join('')).toBe(word);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('\u200b'), JSON.stringify(line)).toBe(true);
  });

  it('breaks a word wider than a line between characters, never inside a cluster', () => {
    const m = measureWords('e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301', 13, (t) => [...t].filter((c) => c !== '\u0301').length * 7);
    const lines = wrapWords(m, 14, 3, 13, (t) => [...t].filter((c) => c !== '\u0301').length * 7);
    expect(lines.map((l) => l.text)).toEqual(['e\u0301e\u0301', 'e\u0301e\u0301', 'e\u0301e\u0301']);
  });

  it('balances lines: the narrowest width that keeps the line count', () => {
    const m = measureWords('North Korea founded with Soviet support', 13, fixed);
    const greedy = wrapWords(m, 260, 3, 13, fixed);
    expect(greedy.map((l) => l.text)).toEqual(['North Korea founded with Soviet', 'support']);
    const even = balancedWidth(m, 2, 0, 260)!;
    expect(lineCount(m, even)).toBe(2);
    expect(even).toBeLessThan(140);
    expect(balancedWidth(m, 1, 0, 100)).toBeUndefined();
  });

  it('wraps Arabic at spaces with the same measurer, each line read in its own direction', () => {
    const title = 'بوتين في فيتنام: لا يستبعد إرسال أسلحة إلى كوريا الشمالية';
    const g = layoutTimeline(parseTimeline([{ date: '2024-06-20', title }]), { width: 320, locale: 'en', maxLabelWidth: 150 });
    const lines = g.events[0]!.label.title.lines;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join(' ')).toBe(title);
    // Every line is Arabic: right to left, anchored so its right edge touches the stem side's x.
    for (const l of lines) expect(l.direction).toBe('rtl');
    expect(g.events[0]!.label.title.truncated).toBe(false);
  });
});

describe('layoutTimeline titles', () => {
  it('keeps every title of 80 characters or less whole at 960 px: wrapped, never cut', () => {
    const words = ['Summit', 'treaty', 'talks', 'Pyongyang', 'قمة', 'معاهدة', 'بيونجيانج', 'Пхеньян', 'ceasefire', 'railway'];
    const title = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 })
      .map((w) => w.join(' '))
      .filter((t) => t.length <= 80);
    fc.assert(
      fc.property(
        fc.array(fc.record({ date: edtfDate(1900, 2030), title }), { minLength: 1, maxLength: 35 }),
        fc.constantFrom('en', 'ar'),
        (events, locale) => {
          const g = layoutTimeline(parseTimeline(events), { width: 960, locale });
          for (const e of g.events) {
            expect(e.label.title.truncated, e.label.title.full).toBe(false);
            expect(e.label.title.lines.map((l) => l.text).join(' ')).toBe(e.label.title.full);
            expect(e.label.title.lines.length).toBeLessThanOrEqual(3);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('grows a label to one line where there is room, and wraps it where there is not', () => {
    const title = 'North Korea founded with Soviet support';
    const alone = layoutTimeline(parseTimeline([{ date: '1948', title }]), { width: 960 });
    expect(alone.events[0]!.label.title.lines).toHaveLength(1);
    const narrow = layoutTimeline(parseTimeline([{ date: '1948', title }]), { width: 200 });
    expect(narrow.events[0]!.label.title.lines.length).toBeGreaterThan(1);
    expect(narrow.events[0]!.label.title.truncated).toBe(false);
  });

  it('follows maxLines, and names the option when it is wrong', () => {
    const long = 'A title long enough to need several lines in a label of a narrow drawing';
    const t = parseTimeline([{ date: '2000', title: long }]);
    const one = layoutTimeline(t, { width: 240, maxLines: 1 }).events[0]!.label.title;
    expect(one.lines).toHaveLength(1);
    expect(one.truncated).toBe(true);
    expect(one.full).toBe(long);
    expect(layoutTimeline(t, { width: 240, maxLines: 4 }).events[0]!.label.title.truncated).toBe(false);
    expect(() => layoutTimeline(t, { maxLines: 0 })).toThrow(/^options\.maxLines: /);
    expect(() => layoutTimeline(t, { maxLines: 1.5 })).toThrow(/^options\.maxLines: /);
  });

  it('never draws a label wider than maxLabelWidth, whatever room it has', () => {
    fc.assert(
      fc.property(
        eventList(30),
        fc.integer({ min: 40, max: 400 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('horizontal' as const, 'vertical' as const),
        (events, maxLabelWidth, maxLines, orientation) => {
          const g = layoutTimeline(parseTimeline(events), { width: 1280, maxLabelWidth, maxLines, orientation });
          for (const e of [...g.events, ...g.clusters]) {
            expect(e.label.box.width).toBeLessThanOrEqual(maxLabelWidth + 4 + 1e-9);
            expect(e.label.title.lines.length).toBeLessThanOrEqual(maxLines);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('measures only with the measurer it is given', () => {
    const seen: string[] = [];
    const measureText = (text: string, size: number, weight?: 'normal' | 'bold') => (seen.push(text), measureTextWidth(text, size, weight));
    layoutTimeline(parseTimeline([{ date: '1948', title: 'North Korea founded with Soviet support' }]), { width: 200, measureText });
    expect(seen).toContain('Soviet');
  });
});

describe('a wrapped title is one paragraph', () => {
  // Titles of a Red Sea timeline: Latin operation names inside Arabic sentences.
  const arabic = [
    'الولايات المتحدة تعلن عملية Prosperity Guardian لحماية الملاحة في البحر الأحمر من هجمات الحوثيين',
    'الاتحاد الأوروبي يطلق مهمة Aspides البحرية لحماية السفن التجارية في البحر الأحمر وخليج عدن',
  ];
  const english = 'The European Union launches its naval mission called أسبيدس to protect merchant ships in the Red Sea';
  const events = [...arabic.map((title, i) => ({ date: `2024-0${i + 1}-10`, title })), { date: '2024-03-01', title: english }];

  it("every line reads in the whole title's direction, whatever script the line begins with", () => {
    let latinFirst = 0;
    for (const width of [320, 375, 600, 960])
      for (const orientation of ['horizontal', 'vertical'] as const) {
        const g = layoutTimeline(parseTimeline(events), { width, orientation, locale: 'ar', maxLines: 6 });
        for (const e of g.events) {
          const want = arabic.includes(e.label.title.full) ? 'rtl' : 'ltr';
          expect(e.label.title.lines.map((l) => l.direction)).toEqual(e.label.title.lines.map(() => want));
          if (want === 'rtl') latinFirst += e.label.title.lines.filter((l) => /^[A-Za-z]/.test(l.text)).length;
        }
      }
    // Lines of the Arabic titles that begin with a Latin name: what the rule is for.
    expect(latinFirst).toBeGreaterThan(0);
  });
});
