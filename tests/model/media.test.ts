import { describe, expect, it } from 'vitest';
import { imageSrcProblem, linkProblem } from '../../src/model/mediaUrl.js';
import { parseTimeline, type ValidationIssue } from '../../src/model/index.js';
import { validationError } from '../helpers/validation.js';

const issuesOf = (input: unknown): readonly ValidationIssue[] => validationError(() => parseTimeline(input)).issues;

/** Messages for media on the third event (id "x"), so messages show index and id. */
function mediaMessages(media: unknown): string[] {
  const ok = { date: '2000', title: 'Fine' };
  return issuesOf([ok, ok, { id: 'x', date: '2000', title: 'Summit', media }]).map((i) => i.message);
}

describe('parseTimeline: media', () => {
  it('keeps src, alt, caption, credit and link, trimmed, with alt as a language map', () => {
    const [e] = parseTimeline([
      {
        date: '2024-06-19',
        title: 'Summit',
        media: {
          src: ' https://example.org/summit.jpg ',
          alt: { en: ' Putin and Kim shake hands ', ar: 'بوتين وكيم يتصافحان' },
          caption: 'At the airport',
          credit: { en: 'Reuters' },
          link: 'https://example.org/summit',
          unknown: 'ignored',
        },
      },
    ]).events;
    expect(e!.media).toEqual({
      src: 'https://example.org/summit.jpg',
      alt: { en: 'Putin and Kim shake hands', ar: 'بوتين وكيم يتصافحان' },
      caption: 'At the airport',
      credit: { en: 'Reuters' },
      link: 'https://example.org/summit',
    });
  });

  it.each([
    'img/summit.jpg',
    '/img/summit.jpg',
    './summit.png',
    '../pictures/summit.webp',
    'summit%20day.jpg',
    'http://example.org/a.gif',
    'HTTPS://example.org/a',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/jpeg,abc',
    'data:image/avif;base64,AAAA',
    'DATA:IMAGE/WEBP;base64,UklG',
  ])('accepts the image source %s', (src) => {
    expect(parseTimeline([{ date: '2000', title: 'x', media: { src, alt: 'a' } }]).events[0]!.media?.src).toBe(src);
  });

  it('leaves blank caption, credit and link out, and media out when absent or null', () => {
    const t = parseTimeline([
      { date: '2000', title: 'a', media: { src: 'a.jpg', alt: 'A', caption: ' ', credit: null, link: '' } },
      { date: '2000', title: 'b', media: null },
      { date: '2000', title: 'c' },
    ]);
    expect(t.events[0]!.media).toEqual({ src: 'a.jpg', alt: 'A' });
    expect('media' in t.events[1]!).toBe(false);
    expect('media' in t.events[2]!).toBe(false);
  });

  it('requires alt, naming the event and field', () => {
    expect(mediaMessages({ src: 'a.jpg' })).toEqual([
      'events[2] (id "x").media.alt: required when media is given (say what the image shows, for readers who cannot see it)',
    ]);
    expect(mediaMessages({ src: 'a.jpg', alt: '  ' })[0]).toMatch(
      /^events\[2\] \(id "x"\)\.media\.alt: is empty; required when media is given/,
    );
    expect(mediaMessages({ src: 'a.jpg', alt: { en: '' } })[0]).toMatch(
      /^events\[2\] \(id "x"\)\.media\.alt: has no non-blank text in any language; required/,
    );
  });

  it('requires src and an object', () => {
    expect(mediaMessages({ alt: 'A' })).toEqual([
      'events[2] (id "x").media.src: missing (expected an http(s) URL, a relative path or a data:image URL)',
    ]);
    expect(mediaMessages('a.jpg')).toEqual(['events[2] (id "x").media: expected an object with src and alt, got string "a.jpg"']);
    expect(mediaMessages({ src: 5, alt: 'A' })).toEqual(['events[2] (id "x").media.src: expected a string, got number']);
  });

  it('checks caption, credit and alt like titles: strings or language maps with valid keys', () => {
    expect(mediaMessages({ src: 'a.jpg', alt: 'A', caption: 3, credit: { 'not a tag': 'x' } })).toEqual([
      'events[2] (id "x").media.caption: expected a string or an object of language → string, got number',
      expect.stringMatching(/^events\[2\] \(id "x"\)\.media\.credit: language key "not a tag" /),
    ]);
  });

  it.each([
    ['javascript:alert(1)', 'has the scheme javascript:'],
    ['JavaScript:alert(1)', 'has the scheme javascript:'],
    ['vbscript:msgbox(1)', 'has the scheme vbscript:'],
    ['file:///etc/passwd', 'has the scheme file:'],
    ['data:image/svg+xml,<svg/onload=alert(1)>', 'not a data URL of a raster image'],
    ['data:image/svg+xml;base64,PHN2Zz4=', 'not a data URL of a raster image'],
    ['data:text/html,<script>alert(1)</script>', 'not a data URL of a raster image'],
    ['data:image/png', 'not a data URL of a raster image'],
    ['//evil.example/a.jpg', 'is protocol-relative'],
    ['\\\\evil.example\\a.jpg', 'contains a backslash'],
    ['/\\evil.example/a.jpg', 'contains a backslash'],
    ['java\tscript:alert(1)', 'contains white space (U+0009'],
    ['java\nscript:alert(1)', 'contains white space (U+000A'],
    ['a b.jpg', 'contains white space (U+0020'],
    ['java\u0000script:alert(1)', 'U+0000, an invisible or control character'],
    ['\u202Egpj.exe', 'U+202E, an invisible or control character'],
    ['java\u200Bscript:alert(1)', 'U+200B, an invisible or control character'],
    ['https://exa\u00ADmple.org/a.jpg', 'U+00AD, an invisible or control character'],
    ['http:evil.example/a.jpg', 'is not an absolute http(s) URL'],
    ['https:/evil.example/a.jpg', 'is not an absolute http(s) URL'],
    ['https://', 'is not an absolute http(s) URL'],
    ['https://[::1/a.jpg', 'is not a valid URL'],
  ])('refuses the image source %j', (src, why) => {
    const [message] = mediaMessages({ src, alt: 'A' });
    expect(message).toMatch(/^events\[2\] \(id "x"\)\.media\.src: /);
    expect(message).toContain(why);
  });

  it.each([
    ['javascript:alert(1)', 'is not an http(s) URL'],
    ['img/page.html', 'is not an absolute http(s) URL'],
    ['//example.org/page', 'is not an absolute http(s) URL'],
    ['data:image/png;base64,AAAA', 'is not an http(s) URL'],
    ['https://example.org/\u0007', 'U+0007'],
  ])('refuses the link %j (http(s) only, like url)', (link, why) => {
    const [message] = mediaMessages({ src: 'a.jpg', alt: 'A', link });
    expect(message).toMatch(/^events\[2\] \(id "x"\)\.media\.link: /);
    expect(message).toContain(why);
  });

  it('reports every media problem of an event at once', () => {
    expect(mediaMessages({ src: 'javascript:x', link: 'ftp://x' }).map((m) => m.split(':')[0])).toEqual([
      'events[2] (id "x").media.src',
      'events[2] (id "x").media.alt',
      'events[2] (id "x").media.link',
    ]);
  });
});

describe('imageSrcProblem and linkProblem', () => {
  it('answer undefined for what they accept', () => {
    expect(imageSrcProblem('https://example.org/a.jpg')).toBeUndefined();
    expect(imageSrcProblem('a.jpg')).toBeUndefined();
    expect(linkProblem('https://example.org/watch?v=1')).toBeUndefined();
  });

  it('quote long sources shortened, so a huge data URL cannot flood the message', () => {
    const problem = imageSrcProblem(`data:image/svg+xml;base64,${'A'.repeat(100_000)}`)!;
    expect(problem.length).toBeLessThan(300);
  });
});
