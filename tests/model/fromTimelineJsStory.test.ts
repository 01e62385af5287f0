import { describe, expect, it } from 'vitest';
import { settle, type Conversion } from '../../src/model/importShared.js';
import { timelineJsMediaKind } from '../../src/model/timelineJsMedia.js';
import { IssueList } from '../../src/model/ValidationError.js';
import { fromTimelineJs, parseTimeline } from '../../src/model/index.js';
import { problemMessages } from '../helpers/validation.js';

const messages = problemMessages;

const slide = (year: number, extra: Record<string, unknown> = {}) => ({ start_date: { year }, text: { headline: 'Event' }, ...extra });
const only = (s: Record<string, unknown>) => fromTimelineJs({ events: [s] }).events[0]!;

describe('fromTimelineJs: media', () => {
  it('makes an image media, alt from alt, else the caption, else the headline, as plain text', () => {
    const url = 'https://example.org/a.jpg?w=800';
    expect(
      only(
        slide(1, {
          media: {
            url,
            alt: '<b>Two</b> men',
            caption: 'Cap',
            credit: '<a href="x">AP</a>',
            link: 'https://example.org/a',
            title: 'ignored',
            link_target: '_blank',
          },
        }),
      ).media,
    ).toEqual({
      src: url,
      alt: 'Two men',
      caption: 'Cap',
      credit: 'AP',
      link: 'https://example.org/a',
    });
    expect(only(slide(1, { media: { url, caption: '<i>Cap</i>' } })).media).toEqual({ src: url, alt: 'Cap', caption: 'Cap' });
    expect(only(slide(1, { text: { headline: '<b>Summit</b>' }, media: { url } })).media).toEqual({ src: url, alt: 'Summit' });
  });

  it('keeps relative paths and data URLs as images; reads //host as https', () => {
    expect(only(slide(1, { media: { url: 'img/a' } })).media?.src).toBe('img/a');
    expect(only(slide(1, { media: { url: '//cdn.example/a.png' } })).media?.src).toBe('https://cdn.example/a.png');
    expect(only(slide(1, { media: { url: 'data:image/png;base64,AAAA' } })).media?.src).toBe('data:image/png;base64,AAAA');
  });

  it('keeps a video or page as the event’s url, its thumbnail as the image linking to it', () => {
    const e = only(
      slide(1, {
        media: { url: '//www.youtube.com/watch?v=x', thumbnail: 'https://i.ytimg.com/vi/x/0.jpg', caption: 'Speech', credit: 'C-SPAN' },
      }),
    );
    expect(e.url).toBe('https://www.youtube.com/watch?v=x');
    expect(e.media).toEqual({
      src: 'https://i.ytimg.com/vi/x/0.jpg',
      alt: 'Speech',
      caption: 'Speech',
      credit: 'C-SPAN',
      link: 'https://www.youtube.com/watch?v=x',
    });
    const page = only(slide(1, { media: { url: 'https://en.wikipedia.org/wiki/Babylon', caption: 'Babylon' } }));
    expect(page).toEqual({ date: '0001', title: 'Event', url: 'https://en.wikipedia.org/wiki/Babylon' });
  });

  it('takes the link of an HTML embed and adds its text to the description', () => {
    const tweet =
      '<blockquote class="twitter-tweet"><p>Talks went well <a href="https://t.co/x">pic</a></p>&mdash; Envoy (@envoy) ' +
      '<a href="https://twitter.com/envoy/status/1?ref_src=twsrc%5Etfw&amp;lang=en">June 19, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>';
    const e = only(slide(1, { text: { headline: 'Talks', text: 'Body' }, media: { url: tweet } }));
    expect(e.url).toBe('https://twitter.com/envoy/status/1?ref_src=twsrc%5Etfw&lang=en');
    expect(e.description).toBe('Body\nTalks went well pic\n— Envoy (@envoy) June 19, 2024');
    expect(e).not.toHaveProperty('media');
    const frame = only(slide(1, { media: { url: "<iframe width=560 src='//player.vimeo.com/video/1' allowfullscreen></iframe>" } }));
    expect(frame.url).toBe('https://player.vimeo.com/video/1');
    expect(frame).not.toHaveProperty('description');
  });

  it('leaves out blank media, as spreadsheet exports write it', () => {
    expect(only(slide(1, { media: { url: '', caption: '', credit: '', thumbnail: '', alt: '' } }))).toEqual({
      date: '0001',
      title: 'Event',
    });
    expect(only(slide(1, { media: null }))).toEqual({ date: '0001', title: 'Event' });
  });

  it('reports bad media in TimelineJS terms: media.url, media.thumbnail, media.link', () => {
    expect(
      messages(() =>
        fromTimelineJs({
          events: [
            slide(1, { unique_id: 'svg', media: { url: 'data:image/svg+xml,<svg/onload=alert(1)>' } }),
            slide(2, { media: { url: 'javascript:alert(1)' } }),
            slide(3, { media: { url: 'https://youtu.be/x', thumbnail: 'javascript:alert(1)' } }),
            slide(4, { media: { url: 'a.jpg', link: 'ftp://x' } }),
            slide(5, { media: 'a.jpg' }),
            slide(6, { media: { url: 7 } }),
          ],
        }),
      ),
    ).toEqual([
      'events[0] (id "svg").media.url: "data:image/svg+xml,<svg/onload=alert(1)>" is not a data URL of a raster image (data:image/png, jpeg, gif, webp or avif; SVG can carry script)',
      'events[1].media.url: "javascript:alert(1)" has the scheme javascript:, which is refused (expected an http(s) URL, a relative path, or a data:image/png, jpeg, gif, webp or avif URL)',
      'events[2].media.thumbnail: "javascript:alert(1)" has the scheme javascript:, which is refused (expected an http(s) URL, a relative path, or a data:image/png, jpeg, gif, webp or avif URL)',
      'events[3].media.link: "ftp://x" is not an http(s) URL',
      'events[4].media: expected an object with url, caption and credit, got string "a.jpg"',
      'events[5].media.url: expected a URL string, got number',
    ]);
  });
});

describe('timelineJsMediaKind', () => {
  it.each([
    ['https://example.org/a.JPG', 'image'],
    ['https://example.org/a.webp#x', 'image'],
    ['https://www.youtube.com/watch?v=x', 'embed'],
    ['https://vimeo.com/1', 'embed'],
    ['https://example.org/report.pdf', 'embed'],
    ['https://example.org/story', 'embed'],
    ['story/a', 'image'],
    ['javascript:alert(1)', 'image'], // for parseTimeline to refuse, with a reason
  ])('sorts %s as %s', (url, kind) => {
    expect('image' in timelineJsMediaKind(url) ? 'image' : 'embed').toBe(kind);
  });

  it('scans an embed of many unclosed tags in linear time', () => {
    const html = '<iframe '.repeat(50_000);
    const t0 = performance.now();
    expect(timelineJsMediaKind(html)).toEqual({ embed: true });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('fromTimelineJs: groups and eras', () => {
  it('makes group the lane, and orders lanes by first use in time, as TimelineJS rows them', () => {
    const input = fromTimelineJs({
      events: [
        slide(2000, { group: 'Later' }),
        slide(1990, { group: ' <b>Earlier</b>\n row ' }),
        slide(1995),
        slide(2010, { group: 'Later' }),
      ],
    });
    expect(input.events.map((e) => e.lane)).toEqual(['Later', 'Earlier row', undefined, 'Later']);
    expect(input.lanes).toEqual(['Earlier row', 'Later']);
    expect(input.events.map((e) => e.category)).toEqual(['Later', 'Earlier row', undefined, 'Later']);
  });

  it('names a lane problem by the slide’s group, once', () => {
    expect(messages(() => fromTimelineJs({ events: [slide(1, { group: 'x'.repeat(101) })] }))).toEqual([
      `events[0].group: "${'x'.repeat(40)}…" is longer than 100 characters (a lane's name labels its row)`,
    ]);
  });

  it('makes eras from start_date, end_date and headline; an era without a headline is left out', () => {
    const input = fromTimelineJs({
      events: [slide(1960)],
      eras: [
        {
          start_date: { year: 1950, month: 6, day: 25 },
          end_date: { year: 1953, month: 7, day: 27 },
          text: { headline: '<i>Korean</i> War' },
        },
        { start_date: { year: 1961 }, end_date: { year: 1961 }, text: { headline: 'One year' } },
        { start_date: { year: 1970 }, end_date: { year: 1980 } },
      ],
    });
    expect(input.eras).toEqual([
      { date: '1950-06-25', end: '1953-07-27', title: 'Korean War' },
      { date: '1961', title: 'One year' },
    ]);
    expect(parseTimeline(input).eras!.map((e) => e.date.edtf)).toEqual(['1950-06-25', '1961']);
  });

  it('names era problems input.eras[i].field', () => {
    expect(
      messages(() =>
        fromTimelineJs({
          events: [slide(1960)],
          eras: [
            { start_date: { year: 1953 }, end_date: { year: 1950 }, text: { headline: 'Backwards' } },
            { start_date: { year: 1950, month: 13 }, end_date: { year: 1953 }, text: { headline: 'x' } },
            { start_date: { year: 1950 }, text: { headline: 'No end' } },
            { start_date: { year: 1950 }, end_date: { year: '', month: '' }, text: { headline: 'Blank end' } },
            'Cold War',
            { start_date: { year: 1950 }, end_date: { year: 1953 }, text: 'x' },
          ],
        }),
      ),
    ).toEqual([
      'input.eras[0].end_date: (year 1950) is before start_date (year 1953)',
      'input.eras[1].start_date.month: 13 is not a month (1–12)',
      'input.eras[2].end_date: missing (an era needs a start and an end)',
      'input.eras[3].end_date: missing (an era needs a start and an end)',
      'input.eras[4]: expected an era object such as {"start_date": {"year": 1950}, "end_date": {"year": 1953}, "text": {"headline": "…"}}, got string "Cold War"',
      'input.eras[5].text: expected an object with headline, got string "x"',
    ]);
    expect(messages(() => fromTimelineJs({ events: [slide(1)], eras: {} }))).toEqual(['input.eras: expected an array of eras, got object']);
  });
});

describe('settle: problems parseTimeline finds in converted eras', () => {
  it('are named in the source’s terms through the conversion’s era source', () => {
    const conversion: Conversion = {
      input: { events: [{ date: '2000', title: 'x' }], eras: [{ date: '1950', end: '1940', title: { en: 'Backwards' } }] },
      issues: new IssueList(),
      list: 'items',
      sourceIndex: [0],
      sourceId: [undefined],
      fields: {},
      topFields: {},
      eras: {
        sourceIndex: [4],
        fields: { date: 'start', end: 'end', title: 'content' },
        issue: (index, field, problem) => ({ index, field, message: `items[${index}].${field}: ${problem}` }),
      },
    };
    expect(messages(() => settle(conversion))).toEqual(['items[4].end: 1940 is before date 1950']);
  });
});
