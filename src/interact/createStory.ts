import { localDigits } from '../format/localeTag.js';
import { resolveOptions } from '../layout/resolveOptions.js';
import { sortedEvents } from '../layout/sortedEvents.js';
import { parseTimeline } from '../model/parseTimeline.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { CONFIG_CLASS, decodeStoryConfig } from '../story/storyConfig.js';
import { STORY_CLASS } from '../story/storyCss.js';
import { ensureStoryStyles } from '../story/storyStyles.js';
import { renderCards } from '../story/renderCards.js';
import { buildStoryShell, findStoryParts, type StoryParts } from '../story/storyShell.js';
import { hashOf, idFromHash, storyPrefix, cardIds } from '../story/storyIds.js';
import { storyWords } from '../story/storyWords.js';
import { fnv1a32 } from '../util/hash.js';
import { createTimeline, resolveContainer } from './createTimeline.js';
import { Emitter } from './emitter.js';
import { hydrate } from './hydrate.js';
import { keyAction } from './keyAction.js';
import type { Story, StoryEventMap, StoryOptions } from './storyTypes.js';
import type { InteractiveOptions, InteractiveTimeline } from './types.js';

/** How a change of event shows: scroll its card into view, and write the URL fragment. */
interface Show {
  readonly scroll: boolean;
  readonly hash: boolean;
}

/**
 * The wiring of a story: the timeline's `select` and the Previous/Next buttons, the
 * arrow keys and the URL fragment all move one current event, whose card alone is shown
 * and whose mark carries `aria-current="true"` in the SVG.
 */
class StoryController implements Story {
  readonly timeline: InteractiveTimeline;
  readonly root: HTMLElement;
  private readonly parts: StoryParts;
  private readonly events: readonly TimelineEvent[];
  private readonly cards: HTMLLIElement[];
  private readonly byEventId = new Map<string, number>();
  private readonly byCardId = new Map<string, number>();
  private readonly emitter = new Emitter<StoryEventMap & Record<string, unknown>>();
  private readonly disposers: (() => void)[] = [];
  private index = -1;

  constructor(
    parts: StoryParts,
    timeline: InteractiveTimeline,
    data: Timeline,
    private readonly locale: string,
    private readonly direction: 'ltr' | 'rtl',
    private readonly options: StoryOptions,
    /** Undoes what building or adopting the story did to the page. */
    private readonly teardown: () => void,
  ) {
    this.parts = parts;
    this.root = parts.root;
    this.timeline = timeline;
    this.events = sortedEvents(data.events).events;
    const byId = new Map(Array.from(parts.list.children, (li) => [li.getAttribute('data-event-id'), li as HTMLLIElement]));
    this.cards = this.events.map((e) => {
      const card = byId.get(e.id);
      if (!card) throw new Error(`createStory: the page has no card for event "${e.id}"; pass the data the story was rendered from`);
      return card;
    });
    this.events.forEach((e, i) => this.byEventId.set(e.id, i));
    this.cards.forEach((card, i) => this.byCardId.set(card.id, i));
    parts.nav.hidden = false;
    this.attach();
    const fromHash = this.hashIndex();
    this.show(fromHash ?? 0, { scroll: false, hash: false });
    // The browser looked for the fragment's element while every card was shown; it has moved since.
    if (fromHash !== undefined) this.cards[fromHash]!.scrollIntoView?.({ block: 'start' });
  }

  get current(): TimelineEvent | undefined {
    return this.events[this.index];
  }

  private listen(target: EventTarget, type: string, fn: (e: Event) => void): void {
    target.addEventListener(type, fn);
    this.disposers.push(() => target.removeEventListener(type, fn));
  }

  private attach(): void {
    const { previous, next, root, timelineBox } = this.parts;
    this.listen(previous, 'click', () => this.previous());
    this.listen(next, 'click', () => this.next());
    this.listen(root, 'keydown', (e) => this.onKey(e as KeyboardEvent, timelineBox));
    const select = (e: { event: TimelineEvent }) => this.go(e.event.id, { scroll: true, hash: true });
    this.timeline.on('select', select);
    this.disposers.push(() => this.timeline.off('select', select));
    const win = root.ownerDocument.defaultView;
    if (win && this.options.hash !== false) {
      this.listen(win, 'hashchange', () => {
        const i = this.hashIndex();
        if (i !== undefined && i !== this.index) this.show(i, { scroll: true, hash: false });
      });
    }
    // A turned phone or a resized window can show the other layout, or the same one at another width: the box
    // scrolls to the current mark again. (Hydration observed the box first, so the layout is fitted by then.)
    // Only for a new width: a zoom step changes the box's height, and the reader zooming
    // elsewhere must not be scrolled back to the current mark.
    if (typeof ResizeObserver !== 'undefined') {
      let width = -1;
      const resized = new ResizeObserver(([entry]) => {
        if (!entry || entry.contentRect.width === width) return;
        width = entry.contentRect.width;
        this.revealMark('auto');
      });
      resized.observe(timelineBox);
      this.disposers.push(() => resized.disconnect());
    }
    // Zoom steps and resizes draw events anew; the current one keeps its mark, in each layout of a two-layout SVG.
    const drawn = this.timeline.svg.querySelectorAll('g.el-events');
    if (drawn.length > 0 && typeof MutationObserver !== 'undefined') {
      const observer = new MutationObserver(() => this.markCurrent());
      // Subtree: in lanes, events are drawn in each lane's list.
      for (const g of Array.from(drawn)) observer.observe(g, { childList: true, subtree: true });
      this.disposers.push(() => observer.disconnect());
    }
  }

  private onKey(e: KeyboardEvent, timelineBox: Element): void {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
    const target = e.target as Element | null;
    // The timeline has keys of its own, and text fields need their arrows.
    if (!target || timelineBox.contains(target) || target.closest('input,textarea,select,[contenteditable]:not([contenteditable=false])'))
      return;
    const action = keyAction(e.key, 'horizontal', this.direction);
    // Home and End keep scrolling the page, except on the story's own buttons.
    const onNav = this.parts.nav.contains(target);
    if (action === 'next') this.next();
    else if (action === 'previous') this.previous();
    else if (action === 'first' && onNav) this.go(this.events[0]?.id ?? '', { scroll: false, hash: true });
    else if (action === 'last' && onNav) this.go(this.events[this.events.length - 1]?.id ?? '', { scroll: false, hash: true });
    else return;
    e.preventDefault();
  }

  /** The card the URL fragment names, when it is one of this story's. */
  private hashIndex(): number | undefined {
    if (this.options.hash === false) return undefined;
    const hash = this.root.ownerDocument.defaultView?.location.hash ?? '';
    if (hash.length < 2) return undefined;
    const id = idFromHash(hash);
    return this.byCardId.get(id) ?? this.byEventId.get(id);
  }

  private show(index: number, how: Show): void {
    const count = this.events.length;
    if (count === 0) {
      this.parts.position.textContent = localDigits('0 / 0', this.locale);
      this.parts.previous.setAttribute('aria-disabled', 'true');
      this.parts.next.setAttribute('aria-disabled', 'true');
      return;
    }
    const changed = index !== this.index;
    this.index = index;
    this.cards.forEach((card, i) => {
      card.hidden = i !== index;
    });
    const event = this.events[index]!;
    const card = this.cards[index]!;
    this.markCurrent();
    this.parts.position.textContent = localDigits(`${index + 1} / ${count}`, this.locale);
    // Read out after the position: the card's own date and title, as the reader will see them.
    const text = (selector: string) => card.querySelector(selector)?.textContent ?? '';
    this.parts.announcement.textContent = ` ${text('.el-card-date')}: ${text('.el-card-title')}`;
    // aria-disabled, not disabled: a button that takes itself out of the focus order drops the reader's focus.
    this.parts.previous.setAttribute('aria-disabled', String(index === 0));
    this.parts.next.setAttribute('aria-disabled', String(index === count - 1));
    if (how.hash && this.options.hash !== false) this.writeHash(card.id);
    const win = this.root.ownerDocument.defaultView;
    const behavior = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    this.revealMark(behavior);
    // Optional: a DOM without layout (jsdom) has no scrolling.
    if (how.scroll) card.scrollIntoView?.({ block: 'nearest', behavior });
    if (changed) this.emitter.emit('change', { type: 'change', event, index, count, card });
  }

  private writeHash(id: string): void {
    const win = this.root.ownerDocument.defaultView;
    if (!win) return;
    const url = new URL(win.location.href);
    url.hash = hashOf(id);
    try {
      win.history.replaceState(win.history.state, '', url.href);
    } catch {
      // A sandboxed or opaque-origin page may refuse; the story works without the fragment.
    }
  }

  /**
   * A drawing larger than its box scrolls inside it (a wide one drawn at a set width,
   * sideways on a phone; a narrow layout, down a box of limited height): the current
   * event's mark is brought to the middle of the box, without moving the page.
   */
  private revealMark(behavior: ScrollBehavior): void {
    const box = this.parts.timelineBox;
    // Each layout of a two-layout SVG marks the event; the hidden one has no box on screen.
    const current = Array.from(this.timeline.svg.querySelectorAll('[aria-current="true"]')).find((g) => g.getClientRects().length > 0);
    // The dot, not its label, which may stretch far to one side.
    const mark = current?.querySelector('.el-mark') ?? current;
    if (!mark) return;
    const m = mark.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const by = (scrolls: boolean, lo: number, hi: number, boxLo: number, boxHi: number) =>
      scrolls && (lo < boxLo || hi > boxHi) ? (lo + hi - boxLo - boxHi) / 2 : 0;
    const left = by(box.scrollWidth > box.clientWidth, m.left, m.right, b.left, b.right);
    const top = by(box.scrollHeight > box.clientHeight, m.top, m.bottom, b.top, b.bottom);
    if (left || top) box.scrollBy?.({ left, top, behavior });
  }

  /** `aria-current="true"` on the current event's mark in the SVG, and on nothing else. */
  private markCurrent(): void {
    const id = this.current?.id;
    for (const g of Array.from(this.timeline.svg.querySelectorAll('[data-event-id]'))) {
      const want = g.getAttribute('data-event-id') === id;
      if (want && g.getAttribute('aria-current') !== 'true') g.setAttribute('aria-current', 'true');
      else if (!want && g.hasAttribute('aria-current')) g.removeAttribute('aria-current');
    }
  }

  go(id: string, how: Show = { scroll: true, hash: true }): this {
    const index = this.byEventId.get(id);
    if (index === undefined) throw new RangeError(`story.go: no event has the id ${JSON.stringify(id)}`);
    this.show(index, how);
    return this;
  }

  next(): this {
    if (this.index < this.events.length - 1) this.show(this.index + 1, { scroll: false, hash: true });
    return this;
  }

  previous(): this {
    if (this.index > 0) this.show(this.index - 1, { scroll: false, hash: true });
    return this;
  }

  on<K extends keyof StoryEventMap>(type: K, handler: (e: StoryEventMap[K]) => void): this {
    this.emitter.on(type, handler);
    return this;
  }

  off<K extends keyof StoryEventMap>(type: K, handler: (e: StoryEventMap[K]) => void): this {
    this.emitter.off(type, handler);
    return this;
  }

  destroy(): void {
    for (const dispose of this.disposers.splice(0)) dispose();
    this.emitter.clear();
    for (const g of Array.from(this.timeline.svg.querySelectorAll('[aria-current]'))) g.removeAttribute('aria-current');
    this.teardown();
  }
}

/** The options of the timeline inside a story: the story's own fields are not the timeline's. */
function timelineOptions(options: StoryOptions, data: unknown): InteractiveOptions {
  const { hash: _hash, words: _words, ...rest } = options;
  return { ...rest, data };
}

/** Takes over a story `renderToHtml` wrote: the SVG is hydrated, the cards are the page's. */
function adoptStory(parts: StoryParts, options: StoryOptions): StoryController {
  const script = parts.root.querySelector(`:scope > script.${CONFIG_CLASS}`);
  const config = script?.textContent ? decodeStoryConfig(script.textContent) : undefined;
  const data = options.data ?? config?.data;
  if (data === undefined) throw new TypeError('createStory: options.data is required (this story carries no data of its own)');
  const merged: StoryOptions = { ...config?.options, ...options };
  const svg = parts.timelineBox.querySelector('svg');
  if (!svg) throw new Error('createStory: the story has no timeline <svg>');
  const timeline = hydrate(svg, timelineOptions(merged, data));
  // The drawing's marks are focusable now, so its box needs no tab stop of its own.
  const tabindex = parts.timelineBox.getAttribute('tabindex');
  parts.timelineBox.removeAttribute('tabindex');
  // A two-layout SVG records the language on each layout, not on the <svg> around them.
  const drawn = svg.matches('svg.eventline') ? svg : (svg.querySelector('svg.eventline') ?? svg);
  const locale = drawn.getAttribute('lang') ?? 'en';
  const direction = drawn.getAttribute('direction') === 'rtl' ? 'rtl' : 'ltr';
  try {
    return new StoryController(parts, timeline, parseTimeline(data), locale, direction, merged, () => {
      timeline.destroy();
      for (const card of Array.from(parts.list.children) as HTMLElement[]) card.hidden = false;
      parts.nav.hidden = true;
      if (tabindex !== null) parts.timelineBox.setAttribute('tabindex', tabindex);
    });
  } catch (e) {
    timeline.destroy();
    throw e;
  }
}

/** Draws a story into an empty container: a timeline (`createTimeline`) and the cards. */
function drawStory(container: Element, options: StoryOptions): StoryController {
  if (options.data === undefined) throw new TypeError('createStory: options.data is required (an array of events or { events })');
  const data = parseTimeline(options.data);
  const resolved = resolveOptions(data, options);
  const ids = cardIds(sortedEvents(data.events).events.map((e) => e.id));
  const given = options.idPrefix;
  const prefix = given ?? storyPrefix(`el-${fnv1a32(ids.join('\u0000')).toString(36)}`, ids);
  if (given !== undefined && storyPrefix(given, ids) !== given) {
    throw new RangeError(`options.idPrefix: ${JSON.stringify(given)} starts the id of an event; choose another prefix`);
  }
  const doc = container.ownerDocument;
  ensureStoryStyles(doc);
  const words = storyWords(resolved.locale, options.words);
  const setup = { locale: resolved.locale, direction: resolved.direction, theme: options.theme ?? 'auto', prefix, words };
  const root = doc.createElement('div');
  const parts = buildStoryShell(root, renderCards(data, doc, setup), setup);
  container.appendChild(root);
  let timeline: InteractiveTimeline | undefined;
  try {
    timeline = createTimeline(parts.timelineBox, timelineOptions({ ...options, idPrefix: prefix }, options.data));
    const drawn = timeline;
    return new StoryController(parts, drawn, data, resolved.locale, resolved.direction, options, () => {
      drawn.destroy();
      root.remove();
    });
  } catch (e) {
    timeline?.destroy();
    root.remove();
    throw e;
  }
}

/**
 * Wires a timeline to a list of event cards: a story. Selecting an event on the timeline
 * (click, Enter) opens its card and marks the event `aria-current="true"`; Previous/Next
 * and the arrow keys (mirrored in right-to-left languages) step through the events in
 * time order, showing "3 / 9"; the URL fragment follows the current card, and a page
 * opened at `#id` starts there. Scrolling is instant when the reader prefers reduced motion.
 *
 * Give it an empty container and `data` to draw the story there (with `createTimeline`),
 * or a story rendered by `renderToHtml` from `eventline/server` to bring it to life
 * (the data is read from the page unless given).
 *
 * @example
 * ```ts
 * import { createStory } from 'eventline';
 * const story = createStory('#story', { data: events, locale: 'ar' });
 * story.on('change', (e) => console.log(e.index, e.event.id));
 * // a page written by renderToHtml:
 * createStory(document.querySelector('.eventline-story'));
 * ```
 */
export function createStory(container: Element | string, options: StoryOptions = {}): Story {
  const host = resolveContainer(container, 'createStory');
  if (!options || typeof options !== 'object') throw new TypeError('createStory: options must be an object');
  // The story element itself, or a container that holds one (a page's <div> around renderToHtml's fragment).
  const parts = findStoryParts(host) ?? findStoryParts(host.querySelector(`:scope > .${STORY_CLASS}`) ?? host);
  return parts ? adoptStory(parts, options) : drawStory(host, options);
}
