export { createTimeline } from './createTimeline.js';
export { hydrate } from './hydrate.js';
export { keyAction, type KeyAction } from './keyAction.js';
export type { InteractiveOptions, InteractiveTimeline, TimelineEventMap, TimelineItemEvent, TimelineZoomEvent } from './types.js';
export { defineEventTimeline } from './defineEventTimeline.js';
