import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { ValidationError } from '../../src/model/ValidationError.js';
import { renderToHtml } from '../../src/server/renderToHtml.js';
import { renderToString } from '../../src/server/renderToString.js';
import { decodeStoryConfig } from '../../src/story/storyConfig.js';

/** Parses HTML as a browser would, with scripts not run. */
const parse = (html: string) => new JSDOM(html).window.document;
const texts = (doc: Document, selector: string) => Array.from(doc.querySelectorAll(selector), (e) => e.textContent);

const timeOrder = [...parseTimeline(russiaDprk).events].sort((a, b) => a.date.start - b.date.start || a.index - b.index).map((e) => e.id);

const full = {
  title: 'Full',
  events: [
    {
      id: 'summit-2024',
      date: '2024-06-19',
      title: { en: 'Pyongyang summit', ar: 'قمة بيونجيانج' },
      description: { en: 'Putin and Kim sign a pact.', ar: 'يوقع بوتين وكيم معاهدة.' },
      url: 'https://example.org/summit',
      category: 'diplomacy',
      source: { publication: 'Oman', agency: 'Reuters', quote: 'وقع الرئيس الروسي', url: 'https://example.org/source' },
      media: {
        src: 'images/summit.png',
        alt: { en: 'Two leaders shake hands', ar: 'زعيمان يتصافحان' },
        caption: 'At the airport',
        credit: 'Eventline drawing',
        link: 'https://example.org/photo',
      },
    },
    { id: 'founded', date: '1948', title: 'Founded' },
  ],
};

describe('renderToHtml: one h1', () => {
  /** Level-1 headings with one layout shown: the other one (`hidden`) is display: none, for assistive technology too. */
  const levelOne = (doc: Document, hidden = 'svg.eventline[id$="-narrow"]') =>
    [...Array.from(doc.querySelectorAll('h1')), ...Array.from(doc.querySelectorAll('[role=heading][aria-level="1"]'))]
      .filter((h) => !h.closest(hidden))
      .map((h) => h.textContent);
  it("the drawing's title is the page's only level-1 heading, said once; a fragment keeps level 2 under the host page's h1", () => {
    const page = parse(renderToHtml(russiaDprk, { locale: 'en', script: false }));
    expect(levelOne(page)).toEqual(['Russia and North Korea: from 1948 to the 2024 Pyongyang summit']);
    // On a phone, the narrow layout's heading (on three lines) is the one.
    expect(levelOne(page, 'svg.eventline[id$="-wide"]')).toHaveLength(1);
    expect(parse(renderToHtml(russiaDprk, { locale: 'en', script: false, width: 960 })).querySelectorAll('[aria-level="1"]')).toHaveLength(
      1,
    );
    const fragment = parse(`<!DOCTYPE html><body>${renderToHtml(russiaDprk, { locale: 'en', script: false, fragment: true })}`);
    expect(levelOne(fragment)).toEqual([]);
    expect(fragment.querySelector('.el-heading')!.getAttribute('aria-level')).toBe('2');
    // Untitled, the drawing has no heading: a visually hidden h1 holds what it shows.
    const untitled = parse(renderToHtml(russiaDprk.events, { locale: 'en', script: false }));
    expect(untitled.querySelectorAll('h1.el-visually-hidden')).toHaveLength(1);
    expect(untitled.querySelector('.el-heading')).toBeNull();
    // The page's script draws again with the same level.
    const scripted = parse(renderToHtml(russiaDprk, { locale: 'en' }));
    expect(JSON.parse(scripted.querySelector('script.el-story-data')!.textContent!).options.headingLevel).toBe(1);
    expect(() => renderToHtml(russiaDprk, { headingLevel: 7 })).toThrow(
      /^options\.headingLevel: expected a whole number from 1 to 6, got 7$/,
    );
  });
});

describe('renderToHtml: the page', () => {
  it('is one HTML document: the SVG timeline, then the cards in time order, each with its event id', () => {
    const html = renderToHtml(russiaDprk, { locale: 'en', script: false });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')).toBe(true);
    const doc = parse(html);
    expect(doc.title).toMatch(/^Russia and North Korea/);
    const main = doc.querySelector('main.eventline-story')!;
    expect(Array.from(main.children, (c) => c.localName + (c.className ? `.${c.className.split(' ')[0]}` : ''))).toEqual([
      'div.el-story-timeline',
      'nav.el-story-nav',
      'ol.el-cards',
    ]);
    expect(main.querySelector('.el-story-timeline > svg.eventline-layouts > svg.eventline')).not.toBeNull();
    // Without a script there is nothing to step through: the navigation stays hidden.
    expect((main.querySelector('nav') as HTMLElement).hidden).toBe(true);
    const cards = Array.from(doc.querySelectorAll('ol.el-cards > li.el-card'));
    expect(cards.map((c) => c.id)).toEqual(timeOrder);
    expect(cards.map((c) => c.getAttribute('data-event-id'))).toEqual(timeOrder);
    expect(texts(doc, '.el-card-date')).toEqual(
      expect.arrayContaining(['1948', 'July 2000', 'c. 2020', 'since February 2022', '19 June 2024']),
    );
    // Styles inline, nothing fetched.
    expect(doc.querySelectorAll('link, script, img')).toHaveLength(0);
    expect(doc.head.querySelector('style')!.textContent).toContain('--eventline-bg');
  });

  it('writes every part of a card: date at its precision, title, description, figure with alt, caption and credit, source and link', () => {
    const doc = parse(renderToHtml(full, { locale: 'en', script: false }));
    const card = doc.getElementById('summit-2024')!;
    expect(card.querySelector('.el-card-date time')!.getAttribute('datetime')).toBe('2024-06-19');
    expect(card.querySelector('.el-card-date')!.textContent).toBe('19 June 2024');
    expect(card.querySelector('h2.el-card-title')!.textContent).toBe('Pyongyang summit');
    expect(card.querySelector('article')!.getAttribute('aria-labelledby')).toBe(card.querySelector('h2')!.id);
    expect(card.querySelector('.el-card-description')!.textContent).toBe('Putin and Kim sign a pact.');
    const figure = card.querySelector('figure.el-card-media')!;
    const img = figure.querySelector('a[href="https://example.org/photo"] > img')!;
    expect(img.getAttribute('src')).toBe('images/summit.png');
    expect(img.getAttribute('alt')).toBe('Two leaders shake hands');
    expect(figure.querySelector('figcaption .el-card-caption')!.textContent).toBe('At the airport');
    expect(figure.querySelector('figcaption .el-card-credit')!.textContent).toBe('Image: Eventline drawing');
    const source = card.querySelector('.el-card-source')!;
    expect(source.querySelector('a[href="https://example.org/source"]')!.textContent).toBe('Oman · Reuters');
    expect(source.querySelector('blockquote')!.textContent).toBe('وقع الرئيس الروسي');
    expect(card.querySelector('.el-card-link a')!.getAttribute('href')).toBe('https://example.org/summit');
    expect(card.querySelector('.el-card-link a')!.textContent).toBe('Read more');
    expect(card.classList.contains('el-cat-0')).toBe(true);
  });

  it('says the language of the page, and of each text in another language', () => {
    const ar = parse(renderToHtml(full, { locale: 'ar', script: false }));
    expect(ar.documentElement.getAttribute('lang')).toBe('ar');
    expect(ar.documentElement.getAttribute('dir')).toBe('rtl');
    expect(ar.querySelector('#summit-2024 h2')!.textContent).toBe('قمة بيونجيانج');
    expect(ar.querySelector('#summit-2024 h2')!.hasAttribute('lang')).toBe(false);
    expect(ar.querySelector('#summit-2024 .el-card-source')!.textContent).toMatch(/^المصدر: /);
    // Only English given: it says so, and reads left to right inside the Arabic page.
    const en = ar.querySelector('#summit-2024 .el-card-caption')!;
    expect([en.getAttribute('lang'), en.getAttribute('dir')]).toEqual([null, 'auto']);
    const mixed = parse(
      renderToHtml(
        {
          events: [
            {
              id: 'a',
              date: '2000',
              title: { en: 'Only English' },
              media: { src: 'a.png', alt: { en: 'A picture' } },
              source: { quote: { en: 'We agree' }, agency: { ar: 'رويترز' } },
            },
          ],
        },
        { locale: 'ar', script: false },
      ),
    );
    const h2 = mixed.querySelector('#a h2')!;
    expect([h2.getAttribute('lang'), h2.getAttribute('dir')]).toEqual(['en', 'ltr']);
    expect(mixed.querySelector('#a img')!.getAttribute('lang')).toBe('en');
    // A quote keeps its own language too; the agency, in the page's, needs none.
    const quote = mixed.querySelector('#a blockquote')!;
    expect([quote.textContent, quote.getAttribute('lang'), quote.getAttribute('dir')]).toEqual(['We agree', 'en', 'ltr']);
    expect(mixed.querySelector('#a .el-card-source cite span')!.hasAttribute('lang')).toBe(false);
  });

  it('keeps every id in the document unique and valid, and refuses an id prefix that an event id starts with', () => {
    const events = [
      { id: 'peace talks', date: '2003', title: 'D' },
      { id: 'peace-talks', date: '2004', title: 'E' },
      { id: 'story-title', date: '2005', title: 'F' },
    ];
    // Two layouts (no width) hold twice the SVG's ids: "tl-wide-…" and "tl-narrow-…".
    for (const [script, width] of [
      [false, undefined],
      ['inline', undefined],
      [false, 800],
      ['inline', 800],
    ] as const) {
      const doc = parse(renderToHtml(events, { script, idPrefix: 'tl', width }));
      const ids = Array.from(doc.querySelectorAll('[id]'), (e) => e.id);
      expect(new Set(ids).size, ids.join(' ')).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^\S+$/);
      expect(doc.querySelector('li[data-event-id="peace talks"]')!.id).toBe('peace-talks-2');
      expect(doc.querySelector('svg')!.id).toBe('tl');
      const svgIds = Array.from(doc.querySelectorAll('svg [id]'), (e) => e.id);
      expect(svgIds.length).toBeGreaterThan(width ? 3 : 7);
      for (const id of svgIds) expect(id).toMatch(width ? /^tl-/ : /^tl-(wide|narrow)(-|$)/);
    }
    // Without a given prefix, the default one moves aside from an event whose id the narrow layout would take.
    const taken = parse(renderToHtml(events, { script: false })).querySelector('svg')!.id;
    const clash = parse(renderToHtml([...events, { id: `${taken}-narrow-title`, date: '2006', title: 'G' }], { script: false }));
    const clashIds = Array.from(clash.querySelectorAll('[id]'), (e) => e.id);
    expect(new Set(clashIds).size, clashIds.join(' ')).toBe(clashIds.length);
    expect(clash.getElementById(`${taken}-narrow-title`)!.localName).toBe('li');
    // "story" is the prefix of the card "story-title": the SVG's "story-title" would take its id.
    expect(() => renderToHtml(events, { idPrefix: 'story', script: false })).toThrow(RangeError);
    expect(() => renderToHtml(events, { idPrefix: 'story', script: false })).toThrow(
      /^options\.idPrefix: "story" starts the id of an event/,
    );
  });

  it('never turns text from the data into markup', () => {
    const evil = '<img src=x onerror=alert(1)></script><script>alert(2)</script><!--';
    const input = {
      title: evil,
      events: [
        {
          id: 'e',
          date: '2000',
          title: evil,
          description: evil,
          source: { publication: evil, quote: evil },
          media: { src: 'a.png', alt: evil, caption: evil, credit: evil },
        },
      ],
    };
    const html = renderToHtml(input, { words: { readMore: evil } });
    const doc = parse(html);
    // One image (the card's), three scripts (data, library, start), no others.
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(Array.from(doc.querySelectorAll('script'), (s) => s.getAttribute('type'))).toEqual(['application/json', null, null]);
    expect(doc.querySelectorAll('[onerror]')).toHaveLength(0);
    expect(doc.querySelector('#e h2')!.textContent).toBe(evil);
    expect(doc.querySelector('#e .el-card-caption')!.textContent).toBe(evil);
    expect(doc.querySelector('#e img')!.getAttribute('alt')).toBe(evil);
    const config = decodeStoryConfig(doc.querySelector('script.el-story-data')!.textContent!);
    expect(config.data.events[0]!.title).toBe(evil);
  });

  it('carries the data and options the page script needs to lay the timeline out as drawn', () => {
    const doc = parse(renderToHtml(russiaDprk, { locale: 'ar', maxRows: Infinity, width: 800, hash: false }));
    const svg = doc.querySelector('svg')!;
    const config = decodeStoryConfig(doc.querySelector('script.el-story-data')!.textContent!);
    expect(parseTimeline(config.data)).toEqual(parseTimeline(russiaDprk));
    expect(config.options).toMatchObject({ idPrefix: svg.id, width: 800, locale: 'ar', maxRows: Infinity, hash: false, theme: 'auto' });
    const scripts = doc.querySelectorAll('main > script');
    expect(scripts[1]!.textContent!.length).toBeGreaterThan(10_000);
    expect(scripts[1]!.textContent).not.toMatch(/<\/script/i);
    // The story's own classic script: eventline.min.js has no createStory.
    expect(scripts[1]!.textContent).toContain('createStory');
    expect(scripts[2]!.textContent).toBe('eventline.createStory(document.currentScript.parentElement);');
  });
});

describe('renderToHtml: phones (two layouts when no width is given)', () => {
  it("draws the two layouts of renderToString, a wide one and a narrow vertical one for phones, under the story's id prefix", () => {
    const doc = parse(renderToHtml(russiaDprk, { locale: 'ar', script: false }));
    const outer = doc.querySelector('.el-story-timeline > svg')!;
    expect(outer.getAttribute('class')).toBe('eventline-layouts');
    const layouts = Array.from(outer.querySelectorAll('svg.eventline'), (s) => [
      s.id,
      s.getAttribute('width'),
      s.getAttribute('data-orientation'),
    ]);
    expect(layouts).toEqual([
      [`${outer.id}-wide`, '960', 'horizontal'],
      [`${outer.id}-narrow`, '320', 'vertical'],
    ]);
    // The very drawing renderToString makes, so both follow one rule for the narrow layout.
    const alone = parse(`<!DOCTYPE html><body>${renderToString(russiaDprk, { locale: 'ar', idPrefix: outer.id, headingLevel: 1 })}`);
    const drawn = alone.querySelector('svg')!;
    // Only the XML serializer's namespace declaration differs, which HTML leaves implied.
    drawn.removeAttribute('xmlns');
    expect(outer.outerHTML).toBe(drawn.outerHTML);
    // Named by the wide layout's title, which a name given by id reads even while it is hidden.
    const box = doc.querySelector('.el-story-timeline')!;
    expect(doc.getElementById(box.getAttribute('aria-labelledby')!)!.localName).toBe('title');
    // A width asks for one layout: it keeps it, in a box that scrolls sideways where the screen is narrower.
    const fixed = parse(renderToHtml(russiaDprk, { locale: 'ar', script: false, width: 960 }));
    const one = fixed.querySelector('.el-story-timeline > svg')!;
    expect([one.getAttribute('class'), one.getAttribute('width'), one.querySelectorAll('svg').length]).toEqual(['eventline', '960', 0]);
    expect(fixed.getElementById(fixed.querySelector('.el-story-timeline')!.getAttribute('aria-labelledby')!)!.localName).toBe('title');
  });

  it("makes the story the size container that its SVG's rules ask, and limits the narrow layout's box to 60% of the screen's height", () => {
    const doc = parse(renderToHtml(russiaDprk, { locale: 'en', fragment: true, script: false }));
    const story = doc.querySelector('.eventline-story')!;
    const css = story.querySelector(':scope > style')!.textContent!;
    expect(css).toMatch(new RegExp(`#${story.id}\\{container-type:inline-size;[^}]*inline-size:100%`));
    expect(css).toContain(
      `@container (max-width:959.98px){#${story.id}>.el-story-timeline{max-height:60vh;max-height:60svh;overflow-y:auto}}`,
    );
    // The SVG switches layouts at the same width, below which the box is limited.
    expect(story.querySelector('svg > style.el-layouts-style')!.textContent).toContain('@container (max-width:959.98px)');
    const fixed = parse(renderToHtml(russiaDprk, { locale: 'en', fragment: true, script: false, width: 960 }));
    expect(fixed.querySelector('style')!.textContent).not.toMatch(/container-type|@container/);
  });

  it("gives the page's script no width, orientation or id prefix, which differ between the layouts and which hydrate reads from each", () => {
    const doc = parse(renderToHtml(russiaDprk, { locale: 'ar', orientation: 'horizontal', maxRows: Infinity, hash: false }));
    const config = decodeStoryConfig(doc.querySelector('script.el-story-data')!.textContent!);
    expect(config.options).toMatchObject({ locale: 'ar', maxRows: Infinity, hash: false, theme: 'auto', headingLevel: 1 });
    for (const key of ['width', 'orientation', 'idPrefix']) expect(config.options).not.toHaveProperty(key);
    const layouts = Array.from(doc.querySelectorAll('svg.eventline'), (s) => [
      s.id,
      s.getAttribute('width'),
      s.getAttribute('data-orientation'),
    ]);
    expect(layouts.map((l) => l.slice(1))).toEqual([
      ['960', 'horizontal'],
      ['320', 'vertical'],
    ]);
  });
});

describe('renderToHtml: options', () => {
  it('writes a fragment: the story element with its style and scripts, no document around it', () => {
    const html = renderToHtml(russiaDprk, { fragment: true, script: 'src', scriptSrc: '../dist/eventline-story.min.js' });
    expect(html).toMatch(/^<div class="eventline-story" id="[^"]+-story" lang="en" dir="ltr" data-theme="auto"><style>/);
    expect(html).not.toMatch(/<html|<body|<head|<h1/);
    const doc = parse(html);
    const root = doc.body.firstElementChild!;
    expect(doc.body.children).toHaveLength(1);
    expect(root.querySelector('script[src]')!.getAttribute('src')).toBe('../dist/eventline-story.min.js');
  });

  it('refuses script options that do not fit together, naming the option', () => {
    expect(() => renderToHtml(russiaDprk, { script: 'src' })).toThrow(/^options\.scriptSrc: /);
    expect(() => renderToHtml(russiaDprk, { scriptSrc: 'x.js' })).toThrow(/^options\.scriptSrc: only used with script: "src"/);
    expect(() => renderToHtml(russiaDprk, { script: 'defer' as never })).toThrow(/^options\.script: expected "inline", "src" or false/);
  });

  it('throws ValidationError on bad input', () => {
    expect(() => renderToHtml([{ date: 'nope', title: 'x' }])).toThrow(ValidationError);
  });

  it('is byte-for-byte deterministic', () => {
    expect(renderToHtml(russiaDprk, { locale: 'ar' })).toBe(renderToHtml(russiaDprk, { locale: 'ar' }));
    expect(renderToHtml(full, { fragment: true, script: false })).toBe(renderToHtml(full, { fragment: true, script: false }));
  });
});
