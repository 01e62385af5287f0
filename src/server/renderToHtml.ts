import { withClockToday } from '../clockToday.js';
import { layoutTimeline } from '../layout/layoutTimeline.js';
import { sortedEvents } from '../layout/sortedEvents.js';
import { parseTimeline } from '../model/parseTimeline.js';
import type { Timeline } from '../model/types.js';
import type { TimelineOptions } from '../options.js';
import { narrowOptions, renderLayouts } from '../render/renderLayouts.js';
import { defaultIdPrefix, renderTimeline } from '../render/renderTimeline.js';
import { renderCards } from '../story/renderCards.js';
import { CONFIG_CLASS, encodeStoryConfig, type StoryConfig } from '../story/storyConfig.js';
import { storyCss, storyLayoutsCss } from '../story/storyCss.js';
import { cardIds, storyPrefix } from '../story/storyIds.js';
import { buildStoryShell } from '../story/storyShell.js';
import { storyWords, type StoryWords } from '../story/storyWords.js';
import { classicScript } from './classicScript.js';
import { jsdomWindow } from './jsdomWindow.js';

/**
 * Options for {@link renderToHtml}: {@link TimelineOptions}, and what the page is made of.
 *
 * @example
 * ```ts
 * renderToHtml(data, { locale: 'ar', fragment: true, script: 'src', scriptSrc: '/js/eventline-story.min.js' });
 * ```
 */
export interface HtmlOptions extends TimelineOptions {
  /** Only the story's `<div>` (with its style and scripts), to put inside a page of your own. Default false: a whole document. */
  fragment?: boolean;
  /**
   * The script that makes the page a story: `'inline'` (default) puts `eventline-story.min.js`
   * inside the page, `'src'` loads it from `scriptSrc`, `false` leaves the page without
   * JavaScript (every card shown, `#id` links still work).
   */
  script?: 'inline' | 'src' | false;
  /** Where the page loads `eventline-story.min.js` from, with `script: 'src'`. */
  scriptSrc?: string;
  /** Whether the story keeps the URL's `#fragment` on the current card. Default true. */
  hash?: boolean;
  /** Words to use instead of the language's own ("Previous", "Next", "Source", …). */
  words?: Partial<StoryWords>;
}

/** Layout and drawing options that are JSON: the page's script lays the timeline out again with them. */
const LAYOUT_KEYS = [
  'width',
  'minHeight',
  'height',
  'locale',
  'numberingSystem',
  'monthNames',
  'direction',
  'orientation',
  'title',
  'theme',
  'fontSize',
  'maxLabelWidth',
  'maxRows',
  'clusterRows',
  'domain',
  'today',
  'headingLevel',
] as const satisfies readonly (keyof TimelineOptions)[];

/** A whole page fills the window with the story's background. */
const PAGE_CSS =
  'html,body{margin:0}main.eventline-story{box-sizing:border-box;min-height:100vh;padding:1rem clamp(1rem,4vw,3rem)}main.eventline-story .el-cards{max-width:60rem}';

function checkHtmlOptions(options: HtmlOptions): 'inline' | 'src' | false {
  const script = options.script ?? 'inline';
  if (script !== 'inline' && script !== 'src' && script !== false) {
    throw new RangeError(`options.script: expected "inline", "src" or false, got ${JSON.stringify(script)}`);
  }
  if (script === 'src' && (typeof options.scriptSrc !== 'string' || options.scriptSrc.trim() === '')) {
    throw new RangeError('options.scriptSrc: script: "src" needs the URL of eventline-story.min.js, e.g. "/js/eventline-story.min.js"');
  }
  if (script !== 'src' && options.scriptSrc !== undefined) {
    throw new RangeError(`options.scriptSrc: only used with script: "src" (script is ${JSON.stringify(script)})`);
  }
  return script;
}

/**
 * Writes an already validated timeline as a story page: see {@link renderToHtml}.
 *
 * @example
 * ```ts
 * const html = renderTimelineToHtml(parseTimeline(events), { locale: 'ar' });
 * ```
 */
export function renderTimelineToHtml(timeline: Timeline, asked: HtmlOptions = {}): string {
  // The clock is read once: the page's script lays the timeline out again with the same date.
  const clocked = withClockToday(asked);
  // A page of its own: the drawing's title is the page's one h1 (for screen readers; it looks the same).
  const options = clocked.fragment || clocked.headingLevel !== undefined ? clocked : { ...clocked, headingLevel: 1 };
  const script = checkHtmlOptions(options);
  const geometry = layoutTimeline(timeline, options);
  const ids = cardIds(sortedEvents(timeline.events).events.map((e) => e.id));
  const given = options.idPrefix;
  if (given !== undefined && storyPrefix(given, ids) !== given) {
    throw new RangeError(
      `options.idPrefix: ${JSON.stringify(given)} starts the id of an event, whose card has that id; choose another prefix`,
    );
  }
  // The SVG's ids give way to the events': a card's id is its event's, so links to it keep working.
  const prefix = given ?? storyPrefix(defaultIdPrefix(geometry), ids);
  // Without a width, the two layouts of renderToString: a phone gets the narrow one, not a sideways scroll.
  const narrow = options.width === undefined ? layoutTimeline(timeline, narrowOptions(options)) : undefined;
  const doc = jsdomWindow('renderToHtml').document.implementation.createHTMLDocument('');
  const theme = options.theme ?? 'auto';
  const svg = narrow
    ? renderLayouts(geometry, narrow, doc, { theme, idPrefix: prefix })
    : renderTimeline(geometry, doc, { theme, idPrefix: prefix });
  const words = storyWords(geometry.locale, options.words);
  const setup = { locale: geometry.locale, direction: geometry.direction, theme, prefix, words };
  const root = doc.createElement(options.fragment ? 'div' : 'main');
  const parts = buildStoryShell(root, renderCards(timeline, doc, setup), setup);
  parts.timelineBox.append(svg);
  // A drawing wider than the page scrolls; without a script nothing in it takes focus, so the box does.
  parts.timelineBox.setAttribute('tabindex', '0');
  parts.timelineBox.setAttribute('role', 'region');
  // The wide layout's title even when it is hidden: a name given by id is read from hidden text too.
  parts.timelineBox.setAttribute('aria-labelledby', `${narrow ? `${prefix}-wide` : prefix}-title`);

  if (script !== false) {
    const config = doc.createElement('script');
    config.type = 'application/json';
    config.className = CONFIG_CLASS;
    // Each of two layouts has its own width, orientation and ids, which hydrate reads from its <svg>: one value for both would break one.
    const shown: Record<string, unknown> = narrow ? { theme } : { idPrefix: prefix, width: geometry.width, theme };
    for (const key of LAYOUT_KEYS) {
      if (options[key] !== undefined && !(key in shown) && !(narrow && key === 'orientation')) shown[key] = options[key];
    }
    if (options.hash !== undefined) shown.hash = options.hash;
    if (options.words !== undefined) shown.words = options.words;
    config.textContent = encodeStoryConfig(timeline, shown as StoryConfig['options']);
    const library = doc.createElement('script');
    if (script === 'src') library.setAttribute('src', options.scriptSrc!);
    else library.textContent = classicScript('renderToHtml');
    const boot = doc.createElement('script');
    // The story is the script's own parent, so two stories in one page each find theirs.
    boot.textContent = 'eventline.createStory(document.currentScript.parentElement);';
    root.append(config, library, boot);
  }

  const style = doc.createElement('style');
  style.textContent = storyCss() + (narrow ? `\n${storyLayoutsCss(root.id, geometry.width)}` : '');
  if (options.fragment) {
    root.prepend(style);
    return `${root.outerHTML}\n`;
  }
  const title = geometry.title || geometry.description;
  const html = doc.documentElement;
  html.setAttribute('lang', geometry.locale);
  html.setAttribute('dir', geometry.direction);
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const viewport = doc.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  doc.title = title;
  style.textContent += `\n${PAGE_CSS}`;
  doc.head.prepend(charset, viewport);
  doc.head.append(style);
  // Without a title the drawing has no heading: the page's outline still needs one.
  if (!geometry.heading) {
    const heading = doc.createElement('h1');
    heading.className = 'el-visually-hidden';
    heading.textContent = title;
    root.prepend(heading);
  }
  doc.body.append(root);
  return `<!DOCTYPE html>\n${html.outerHTML}\n`;
}

/**
 * Writes events as one self-contained, accessible HTML page (or, with `fragment: true`,
 * the part to put in a page of your own): the SVG timeline (without `width`, the wide and
 * the narrow layout of `renderToString`, so a phone gets the narrow one and nothing
 * scrolls sideways; with `width`, that one drawing, in a box that scrolls sideways on a
 * narrower screen), then a list of event cards in time order, each with the date at its precision, the title, the description, the image
 * as a `<figure>` (alt text, caption, credit), the source and the link. Each card's `id`
 * is its event's id, so `page.html#summit-2024` opens at it, with or without JavaScript.
 * With the script (inlined by default), the page becomes a story: see `createStory`.
 * Every text from the data goes in as text, never as markup. The same input and options
 * give the same bytes. Throws `ValidationError` on bad input.
 *
 * @example
 * ```ts
 * import { renderToHtml } from 'eventline/server';
 * import { russiaDprk } from 'eventline/data';
 * fs.writeFileSync('story.html', renderToHtml(russiaDprk, { locale: 'ar' }));
 * ```
 */
export function renderToHtml(input: unknown, options: HtmlOptions = {}): string {
  return renderTimelineToHtml(parseTimeline(input), options);
}
