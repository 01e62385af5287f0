import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../src/model/parseEdtf.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { cardDate, machineDate } from '../../src/story/cardDate.js';

const event = (date: string, end?: string) => parseTimeline([{ date, ...(end ? { end } : {}), title: 'x' }]).events[0]!;
const text = (d: ReturnType<typeof cardDate>) => d.parts.map((p) => p.text).join(d.separator);

describe('cardDate', () => {
  it('writes the date at its precision, with a machine-readable form where HTML has one', () => {
    expect(cardDate(event('1948'), 'en').parts).toEqual([{ text: '1948', datetime: '1948' }]);
    expect(cardDate(event('2000-07'), 'en').parts).toEqual([{ text: 'July 2000', datetime: '2000-07' }]);
    expect(cardDate(event('2024-06-19'), 'ar').parts).toEqual([{ text: '19 يونيو 2024', datetime: '2024-06-19' }]);
  });

  it('writes ranges and open sides as the timeline does, the date alone in <time>', () => {
    expect(text(cardDate(event('1950', '1953'), 'en'))).toBe('1950 – 1953');
    expect(cardDate(event('2022-02/..'), 'en').parts).toEqual([{ text: 'since ' }, { text: 'February 2022', datetime: '2022-02' }]);
    expect(text(cardDate(event('2022-02/..'), 'ar'))).toBe('منذ فبراير 2022');
    expect(text(cardDate(event('2022-02/'), 'en'))).toBe('February 2022 – ?');
    expect(text(cardDate(event('../1950'), 'en'))).toBe('until 1950');
    expect(text(cardDate(event('/1950'), 'en'))).toBe('? – 1950');
  });
});

describe('machineDate', () => {
  it('leaves out what HTML cannot state or would state too surely', () => {
    expect(machineDate(parseEdtf('0079'))).toBe('0079');
    for (const d of ['1950~', '1950?', '195X', '19XX', '2001-21', '-0043']) expect(machineDate(parseEdtf(d)), d).toBeUndefined();
  });
});
