/**
 * eventline: dated events → an accessible SVG timeline. This entry is browser-safe;
 * `eventline/server` renders to a string or PNG in Node, `eventline/import` reads
 * TimelineJS, vis-timeline and text files, `eventline/data` holds datasets.
 *
 * @packageDocumentation
 */
export * from './api.js';
export { createStory } from './interact/createStory.js';
export type { Story, StoryChangeEvent, StoryEventMap, StoryOptions } from './interact/storyTypes.js';
export type { StoryWords } from './story/storyWords.js';
