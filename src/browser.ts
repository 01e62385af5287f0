/**
 * Entry of the classic-script build (`eventline.min.js`, global `eventline`): the whole
 * browser API, plus `<event-timeline>` registered on load, since a page without a
 * bundler has no place to call `defineEventTimeline` before its markup is parsed.
 *
 * @packageDocumentation
 */
import { defineEventTimeline } from './interact/defineEventTimeline.js';

export * from './index.js';

defineEventTimeline();
