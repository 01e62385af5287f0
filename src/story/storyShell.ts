import type { ThemeName } from '../options.js';
import { STORY_CLASS } from './storyCss.js';
import type { StoryWords } from './storyWords.js';

/** The elements of a story, as built by {@link buildStoryShell} and found again by {@link findStoryParts}. */
export interface StoryParts {
  readonly root: HTMLElement;
  /** Holds the timeline's `<svg>`. */
  readonly timelineBox: HTMLElement;
  /** Previous / position / Next; `hidden` until a script makes the page a story. */
  readonly nav: HTMLElement;
  readonly previous: HTMLButtonElement;
  readonly next: HTMLButtonElement;
  /** The visible position, "3 / 9". */
  readonly position: HTMLElement;
  /** Read out with the position (the current event's date and title); not shown. */
  readonly announcement: HTMLElement;
  readonly list: HTMLOListElement;
}

/** What the shell is written in. */
export interface ShellSetup {
  readonly locale: string;
  readonly direction: 'ltr' | 'rtl';
  readonly theme: ThemeName;
  readonly prefix: string;
  readonly words: StoryWords;
}

/**
 * Makes `root` a story: the box for the timeline, the navigation (hidden: without a
 * script there is nothing to step through, and every card is shown), and the cards.
 * Built from the root's document, so the same markup comes from the server and the page.
 *
 * @example
 * ```ts
 * const parts = buildStoryShell(document.createElement('div'), cards, { locale: 'en', direction: 'ltr', theme: 'auto', prefix: 'el-x', words: storyWords('en') });
 * parts.timelineBox.append(svg);
 * ```
 */
export function buildStoryShell(root: HTMLElement, list: HTMLOListElement, setup: ShellSetup): StoryParts {
  const doc = root.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
    const e = doc.createElement(tag);
    e.className = className;
    return e;
  };
  root.classList.add(STORY_CLASS);
  root.id = `${setup.prefix}-story`;
  root.setAttribute('lang', setup.locale);
  root.setAttribute('dir', setup.direction);
  root.setAttribute('data-theme', setup.theme);
  const timelineBox = el('div', 'el-story-timeline');
  const nav = el('nav', 'el-story-nav');
  nav.setAttribute('aria-label', setup.words.events);
  nav.hidden = true;
  const button = (className: string, text: string) => {
    const b = el('button', className);
    b.type = 'button';
    b.textContent = text;
    return b;
  };
  const previous = button('el-story-previous', setup.words.previous);
  const next = button('el-story-next', setup.words.next);
  const count = el('p', 'el-story-count');
  count.setAttribute('aria-live', 'polite');
  count.setAttribute('aria-atomic', 'true');
  const position = el('span', 'el-story-position');
  const announcement = el('span', 'el-visually-hidden');
  count.append(position, announcement);
  nav.append(previous, count, next);
  root.append(timelineBox, nav, list);
  return { root, timelineBox, nav, previous, next, position, announcement, list };
}

/**
 * The parts of a story already in the page (rendered by the server), or undefined when
 * `root` does not hold one.
 *
 * @example
 * ```ts
 * findStoryParts(document.querySelector('.eventline-story'))?.list.children.length
 * ```
 */
export function findStoryParts(root: Element): StoryParts | undefined {
  const one = <T extends Element>(selector: string) => root.querySelector<T>(`:scope > ${selector}`) ?? undefined;
  const timelineBox = one<HTMLElement>('.el-story-timeline');
  const nav = one<HTMLElement>('.el-story-nav');
  const list = one<HTMLOListElement>('ol.el-cards');
  const previous = nav?.querySelector<HTMLButtonElement>('.el-story-previous');
  const next = nav?.querySelector<HTMLButtonElement>('.el-story-next');
  const position = nav?.querySelector<HTMLElement>('.el-story-position');
  const announcement = nav?.querySelector<HTMLElement>('.el-visually-hidden');
  if (!root.classList.contains(STORY_CLASS) || !timelineBox || !nav || !list || !previous || !next || !position || !announcement)
    return undefined;
  return { root: root as HTMLElement, timelineBox, nav, previous, next, position, announcement, list };
}
