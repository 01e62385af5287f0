import { otherLanguage } from '../format/locales.js';
import { cleanText } from '../layout/cleanText.js';
import { sortedEvents } from '../layout/sortedEvents.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { safeHref } from '../render/renderEvents.js';
import { CATEGORY_COLORS } from '../render/theme.js';
import { cardDate } from './cardDate.js';
import { pickedText } from '../model/pickText.js';
import { putText } from './putText.js';
import { cardIds } from './storyIds.js';
import type { StoryWords } from './storyWords.js';

/** What the cards are written in, and the prefix of the ids they make. */
export interface CardSetup {
  /** The timeline's locale tag as it was drawn (digits and month names in it). */
  readonly locale: string;
  /** Prefix of the ids inside the cards (their headings); see `storyPrefix`. */
  readonly prefix: string;
  readonly words: StoryWords;
}

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  return el;
}

function dateLine(doc: Document, event: TimelineEvent, setup: CardSetup): HTMLParagraphElement {
  const p = make(doc, 'p', 'el-card-date');
  const { parts, separator } = cardDate(event, setup.locale);
  parts.forEach((part, i) => {
    if (i > 0) p.append(separator);
    if (part.datetime === undefined) p.append(part.text);
    else {
      const time = make(doc, 'time');
      time.setAttribute('datetime', part.datetime);
      time.textContent = part.text;
      p.append(time);
    }
  });
  return p;
}

function mediaFigure(doc: Document, media: NonNullable<TimelineEvent['media']>, setup: CardSetup): HTMLElement {
  const figure = make(doc, 'figure', 'el-card-media');
  const img = make(doc, 'img');
  // The model let only http(s), relative and raster data: URLs through; it stays an attribute.
  img.setAttribute('src', media.src);
  const alt = pickedText(media.alt, setup.locale);
  img.setAttribute('alt', cleanText(alt.text));
  const altLang = otherLanguage(alt.lang, setup.locale);
  if (altLang) img.setAttribute('lang', altLang);
  img.setAttribute('loading', 'lazy');
  const href = safeHref(media.link);
  if (href) {
    const a = make(doc, 'a');
    a.setAttribute('href', href);
    a.append(img);
    figure.append(a);
  } else figure.append(img);
  const caption = make(doc, 'figcaption');
  const text = make(doc, 'span', 'el-card-caption');
  if (putText(text, media.caption, setup.locale)) caption.append(text);
  const credit = make(doc, 'small', 'el-card-credit');
  const who = make(doc, 'span');
  if (putText(who, media.credit, setup.locale)) {
    credit.append(`${setup.words.image}: `, who);
    // A space, not only a line break in the style: read aloud or copied, the two stay apart.
    caption.append(...(caption.hasChildNodes() ? [' ', credit] : [credit]));
  }
  if (caption.hasChildNodes()) figure.append(caption);
  return figure;
}

function sourceBlock(doc: Document, source: NonNullable<TimelineEvent['source']>, setup: CardSetup): HTMLElement | undefined {
  const footer = make(doc, 'footer', 'el-card-source');
  const names = [source.publication, source.agency].flatMap((text) => {
    const span = make(doc, 'span');
    return putText(span, text, setup.locale) ? [span] : [];
  });
  const href = safeHref(source.url);
  if (names.length > 0 || href) {
    const line = make(doc, 'p');
    line.append(`${setup.words.source}: `);
    const holder: HTMLElement = href ? make(doc, 'a') : make(doc, 'cite');
    if (href) holder.setAttribute('href', href);
    names.forEach((name, i) => holder.append(...(i > 0 ? [' · ', name] : [name])));
    if (names.length === 0) holder.textContent = href ?? '';
    line.append(holder);
    footer.append(line);
  }
  const quote = make(doc, 'blockquote');
  if (putText(quote, source.quote, setup.locale)) {
    if (href) quote.setAttribute('cite', href);
    footer.append(quote);
  }
  return footer.hasChildNodes() ? footer : undefined;
}

/**
 * One card: the date at its precision, the title, the description, the image as a
 * `<figure>` (alt, caption, credit, its link), the source (publication, agency, quote,
 * link) and the event's link. Every text from data goes in as text, every URL as an
 * attribute.
 */
function renderCard(
  doc: Document,
  event: TimelineEvent,
  id: string,
  colorIndex: number | undefined,
  n: number,
  setup: CardSetup,
): HTMLLIElement {
  const li = make(doc, 'li', 'el-card');
  li.id = id;
  li.setAttribute('data-event-id', event.id);
  if (colorIndex !== undefined) li.classList.add(`el-cat-${colorIndex % CATEGORY_COLORS}`);
  const article = make(doc, 'article');
  const headingId = `${setup.prefix}-card${n}`;
  article.setAttribute('aria-labelledby', headingId);
  article.append(dateLine(doc, event, setup));
  const title = make(doc, 'h2', 'el-card-title');
  title.id = headingId;
  putText(title, event.title, setup.locale);
  article.append(title);
  const description = make(doc, 'p', 'el-card-description');
  if (putText(description, event.description, setup.locale)) article.append(description);
  if (event.media) {
    li.classList.add('el-card-has-media');
    article.append(mediaFigure(doc, event.media, setup));
  }
  const source = event.source && sourceBlock(doc, event.source, setup);
  if (source) article.append(source);
  const href = safeHref(event.url);
  if (href) {
    const p = make(doc, 'p', 'el-card-link');
    const a = make(doc, 'a');
    a.setAttribute('href', href);
    a.textContent = setup.words.readMore;
    p.append(a);
    article.append(p);
  }
  li.append(article);
  return li;
}

/**
 * The cards of a timeline's events, in time order (the order the timeline draws and
 * reads them), as an `<ol class="el-cards">` built from `doc`: a browser's or jsdom's,
 * the same code for both. Each card's `id` is its event's id (see `cardIds`), so a link
 * to `#id` finds it without JavaScript.
 *
 * @example
 * ```ts
 * const list = renderCards(parseTimeline(data), document, { locale: 'en', prefix: 'el-x', words: storyWords('en') });
 * list.querySelector('#summit-2024 h2')?.textContent // 'Pyongyang summit'
 * ```
 */
export function renderCards(timeline: Timeline, doc: Document, setup: CardSetup): HTMLOListElement {
  const sorted = sortedEvents(timeline.events);
  const ids = cardIds(sorted.events.map((e) => e.id));
  const list = make(doc, 'ol', 'el-cards');
  sorted.events.forEach((event, i) => {
    const color = event.category === undefined ? undefined : sorted.categoryIndex.get(event.category);
    list.append(renderCard(doc, event, ids[i]!, color, i, setup));
  });
  return list;
}
