import { storyCss } from './storyCss.js';

const MARK = 'data-eventline-story-styles';

/**
 * Adds the story stylesheet to a document once, for stories drawn in the page; a page
 * from `renderToHtml` carries it already.
 *
 * @example
 * ```ts
 * ensureStoryStyles(document);
 * ```
 */
export function ensureStoryStyles(doc: Document): void {
  if (doc.querySelector(`style[${MARK}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(MARK, '');
  style.textContent = storyCss();
  (doc.head ?? doc.documentElement).appendChild(style);
}
