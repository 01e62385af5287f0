import type { TimelineEvent } from '../model/types.js';
import type { StoryWords } from '../story/storyWords.js';
import type { InteractiveOptions, InteractiveTimeline } from './types.js';

/**
 * Options of `createStory`: those of `createTimeline`, and how the story behaves.
 *
 * @example
 * ```ts
 * createStory('#story', { data: events, locale: 'ar', hash: false, words: { readMore: 'المقال كاملاً' } });
 * ```
 */
export interface StoryOptions extends Omit<InteractiveOptions, 'data'> {
  /**
   * The events, as `createTimeline` takes them. Needed unless the container holds a story
   * rendered by `renderToHtml`, which carries its own data.
   */
  data?: unknown;
  /**
   * Keep the URL's `#fragment` on the current event's card (with `history.replaceState`,
   * so Back leaves the page as before), follow it when it changes, and start at the card
   * it names. Default true.
   */
  hash?: boolean;
  /** Words to use instead of the language's own ("Previous", "Next", "Source", …). */
  words?: Partial<StoryWords>;
}

/**
 * What `change` handlers receive: the event now shown.
 *
 * @example
 * ```ts
 * story.on('change', (e: StoryChangeEvent) => console.log(`${e.index + 1} / ${e.count}`, e.event.id));
 * ```
 */
export interface StoryChangeEvent {
  readonly type: 'change';
  readonly event: TimelineEvent;
  /** Its place in time order, from 0. */
  readonly index: number;
  /** How many events the story steps through. */
  readonly count: number;
  /** Its card, the `<li>` whose `id` the URL fragment names. */
  readonly card: HTMLLIElement;
}

/**
 * The events a story fires, by name.
 *
 * @example
 * ```ts
 * story.on('change', (e: StoryEventMap['change']) => console.log(e.event.title));
 * ```
 */
export interface StoryEventMap {
  change: StoryChangeEvent;
}

/**
 * A timeline and its event cards, stepped through together.
 *
 * @example
 * ```ts
 * const story: Story = createStory('#story', { data: events });
 * story.next().on('change', (e) => console.log(e.event.id));
 * ```
 */
export interface Story {
  /** The timeline it drives, for zooming, `update` and its own events. */
  readonly timeline: InteractiveTimeline;
  /** The story's root element (class `eventline-story`). */
  readonly root: HTMLElement;
  /** The event shown now; undefined only when there are no events. */
  readonly current: TimelineEvent | undefined;
  /** Shows an event's card, by event id. Throws a RangeError for an id the story does not have. */
  go(id: string): Story;
  /** The next event in time, if any. */
  next(): Story;
  /** The previous event in time, if any. */
  previous(): Story;
  /** Listens for `change`: another event is shown, whatever moved the story there. */
  on<K extends keyof StoryEventMap>(type: K, handler: (e: StoryEventMap[K]) => void): Story;
  /** Stops calling a handler given to `on`. */
  off<K extends keyof StoryEventMap>(type: K, handler: (e: StoryEventMap[K]) => void): Story;
  /** Removes listeners and the timeline's interaction; a story `createStory` drew is removed, a server-rendered one shows every card again. */
  destroy(): void;
}
