/**
 * Entry of the story's classic script (`eventline-story.min.js`): all of `eventline.min.js`
 * (the same global `eventline`) and `createStory`, which the page `renderToHtml` writes
 * calls. One script for a story page, and no story code in pages without one.
 *
 * @packageDocumentation
 */
export * from './browser.js';
export { createStory } from './interact/createStory.js';
