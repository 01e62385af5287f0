import { describe, expect, it } from 'vitest';
import { detectFormat, isTimelineFormat, TIMELINE_FORMATS } from '../../src/model/index.js';

describe('detectFormat', () => {
  it('tells CSV from JSON by the first character', () => {
    expect(detectFormat('date,title\n1948,Nakba')).toBe('csv');
    expect(detectFormat('\uFEFF  date,title')).toBe('csv');
    expect(detectFormat('')).toBe('csv');
    expect(detectFormat('  [{"date": "1948", "title": "x"}]')).toBe('json');
    expect(detectFormat('\uFEFF{"events": []}')).toBe('json');
  });

  it('calls JSON that does not parse json, so its error is reported', () => {
    expect(detectFormat('{"events": [')).toBe('json');
    expect(detectFormat('[oops')).toBe('json');
  });

  it('recognises TimelineJS by start_date slides or a title slide', () => {
    expect(detectFormat({ events: [{ start_date: { year: 1963 }, text: { headline: 'March' } }] })).toBe('timelinejs');
    expect(detectFormat('{"title": {"text": {"headline": "T"}}, "events": []}')).toBe('timelinejs');
    expect(detectFormat({ title: { text: { headline: 'T' } }, events: [{ start_date: { year: 1 } }, { date: '2000', title: 'x' }] })).toBe(
      'timelinejs',
    );
  });

  it('recognises vis items in an array or an {items} object', () => {
    expect(detectFormat('[{"id": 1, "start": "2024-06-19", "content": "Summit"}]')).toBe('vis');
    expect(detectFormat({ items: [{ start: '2024', content: 'x' }], groups: [] })).toBe('vis');
    expect(detectFormat({ items: [] })).toBe('vis');
  });

  it('falls back to eventline JSON', () => {
    expect(detectFormat([])).toBe('json');
    expect(detectFormat([{ date: '1948', title: 'x' }])).toBe('json');
    expect(detectFormat({ title: { en: 'T', ar: 'ع' }, events: [{ date: '1948', title: 'x' }] })).toBe('json');
    expect(detectFormat({ events: [{ date: '1948', title: 'x' }, { start_date: { year: 1 } }] })).toBe('json'); // a tie
    expect(detectFormat({ events: 'nope' })).toBe('json');
    expect(detectFormat(null)).toBe('json');
    expect(detectFormat(42)).toBe('json');
    expect(detectFormat({ something: 'else' })).toBe('json');
  });

  it('prefers the majority when an array mixes shapes', () => {
    expect(
      detectFormat([
        { start: '2024', content: 'a' },
        { start: '2025', content: 'b' },
        { date: '2000', title: 'c' },
      ]),
    ).toBe('vis');
    expect(
      detectFormat([
        { start: '2024', content: 'a' },
        { date: '2000', title: 'c' },
      ]),
    ).toBe('json');
  });
});

describe('TIMELINE_FORMATS', () => {
  it('lists the formats parseTimelineText reads', () => {
    expect(TIMELINE_FORMATS).toEqual(['json', 'csv', 'timelinejs', 'vis']);
    expect(Object.isFrozen(TIMELINE_FORMATS)).toBe(true);
    expect(TIMELINE_FORMATS.every(isTimelineFormat)).toBe(true);
    expect(isTimelineFormat('xml')).toBe(false);
    expect(isTimelineFormat(undefined)).toBe(false);
  });
});
