import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCount } from '../../src/format/formatCount.js';
import { monthName } from '../../src/format/monthNames.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

afterEach(() => vi.restoreAllMocks());

/** What Intl itself writes for a month in `tag`, as the table of any other language is made. */
function intlName(tag: string, month: number, width: 'long' | 'short', withDay: boolean): string {
  const format = new Intl.DateTimeFormat(tag, {
    timeZone: 'UTC',
    calendar: 'gregory',
    numberingSystem: 'latn',
    month: width,
    ...(withDay ? { day: 'numeric' } : {}),
  });
  return format.formatToParts(Date.UTC(2000, month - 1, 19, 12)).find((p) => p.type === 'month')!.value;
}

describe('monthName', () => {
  it('writes English as Intl does, in both widths and contexts', () => {
    for (let month = 1; month <= 12; month++) {
      expect(monthName('en', month, 'wide', 'formatting')).toBe(intlName('en', month, 'long', true));
      expect(monthName('en', month, 'wide', 'standalone')).toBe(intlName('en', month, 'long', false));
      expect(monthName('en', month, 'abbreviated', 'formatting')).toBe(intlName('en', month, 'short', true));
      expect(monthName('en', month, 'abbreviated', 'standalone')).toBe(intlName('en', month, 'short', false));
    }
    // A language the runtime does not know is written in English too.
    expect(monthName('qaa', 9, 'abbreviated', 'standalone')).toBe('Sep');
  });

  it('lays out an English timeline without starting Intl.DateTimeFormat or Intl.Locale (their locale data costs a fresh page ~10 ms)', () => {
    const started: string[] = [];
    const refuse = (name: string) => () => {
      started.push(name);
      throw new Error(`${name} asked`);
    };
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(refuse('DateTimeFormat'));
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockImplementation(refuse('DateTimeFormat.supportedLocalesOf'));
    vi.spyOn(Intl, 'Locale').mockImplementation(refuse('Locale'));
    const timeline = parseTimeline([
      { date: '2024-06-19', title: 'Summit' },
      { date: '2024-06', title: 'Talks' },
      ...Array.from({ length: 300 }, (_, i) => ({ date: `2023-0${1 + (i % 9)}-1${i % 10}`, title: `Visit ${i}` })),
    ]);
    const g = layoutTimeline(timeline, { width: 960 });
    expect(g.events.length + g.clusters.length).toBeGreaterThan(0);
    expect(JSON.stringify(g)).toMatch(/June|Jun/);
    expect(formatCount(3, 'en')).toBe('3 events');
    expect(started).toEqual([]);
  });
});
