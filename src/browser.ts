/**
 * Entry of the classic-script build (`eventline.min.js`, global `eventline`): the browser
 * API but the story, plus `<event-timeline>` registered on load, since a page without a
 * bundler has no place to call `defineEventTimeline` before its markup is parsed.
 *
 * @packageDocumentation
 */
import { defineEventTimeline } from './interact/defineEventTimeline.js';

export * from './api.js';

defineEventTimeline();
