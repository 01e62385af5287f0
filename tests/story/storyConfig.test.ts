import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { decodeStoryConfig, encodeStoryConfig, timelineInput } from '../../src/story/storyConfig.js';

describe('timelineInput', () => {
  it('parses back to the same timeline: ids, dates, open sides, media, lanes and eras', () => {
    const input = {
      title: { en: 'T', ar: 'ت' },
      locale: 'en',
      lanes: ['b', 'a'],
      eras: [
        { date: '1950', end: '1953', title: 'War' },
        { date: '196X', title: 'Sixties' },
      ],
      events: [
        { date: '2022-02-24/..', title: 'Ongoing', lane: 'a' },
        { date: '../1950', title: 'Open start', category: 'x' },
        { date: '1950', end: '1953', title: 'Range', id: 'range' },
        {
          date: '1948~',
          title: 'Circa',
          url: 'https://example.org/a',
          source: { agency: 'Reuters', quote: 'q', url: 'https://example.org/q' },
        },
        {
          date: '2024-06-19',
          title: 'Media',
          media: { src: 'img/a.png', alt: { en: 'A', ar: 'أ' }, caption: 'c', credit: 'r', link: 'https://example.org/m' },
        },
      ],
    };
    const timeline = parseTimeline(input);
    expect(parseTimeline(timelineInput(timeline))).toEqual(timeline);
    expect(parseTimeline(timelineInput(parseTimeline(russiaDprk)))).toEqual(parseTimeline(russiaDprk));
  });
});

describe('encodeStoryConfig', () => {
  it('cannot close its <script> element or open a comment, whatever the data holds', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028 end';
    const timeline = parseTimeline([{ date: '2000', title: hostile }]);
    const json = encodeStoryConfig(timeline, { title: hostile });
    expect(json).not.toMatch(/[<>&\u2028]/);
    const back = decodeStoryConfig(json);
    expect(back.data.events[0]!.title).toBe(hostile);
    expect(back.options.title).toBe(hostile);
  });

  it('keeps Infinity and Date domains through JSON, and drops functions', () => {
    const timeline = parseTimeline([{ date: '2000', title: 'x' }]);
    const config = decodeStoryConfig(
      encodeStoryConfig(timeline, {
        maxRows: Infinity,
        clusterRows: 4,
        domain: [new Date(Date.UTC(1990, 0, 1)), Date.UTC(2010, 0, 1)],
        measureText: () => 1,
      } as never),
    );
    expect(config.options).toEqual({ maxRows: Infinity, clusterRows: 4, domain: [Date.UTC(1990, 0, 1), Date.UTC(2010, 0, 1)] });
  });
});
