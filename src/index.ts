/**
 * eventline: dated events → an accessible SVG timeline. This entry is browser-safe;
 * `eventline/server` renders to a string or PNG in Node, `eventline/import` reads
 * TimelineJS, vis-timeline and text files, `eventline/data` holds datasets.
 *
 * @packageDocumentation
 */
export type {
  EdtfInterval,
  EraInput,
  EventDate,
  EventInput,
  EventMedia,
  EventSource,
  LocalizedText,
  MediaInput,
  OpenEnd,
  OpenStart,
  Precision,
  Timeline,
  TimelineEra,
  TimelineEvent,
  TimelineInput,
  ValidationIssue,
} from './model/types.js';
export { ValidationError, isValidationError } from './model/ValidationError.js';
export { EdtfError, parseEdtf } from './model/parseEdtf.js';
export { parseTimeline } from './model/parseTimeline.js';
export { formatEventDate, formatEventSpan } from './format/formatEventDate.js';
export { registerLocale, getLocaleSpec, type LocaleSpec, type PluralForms } from './format/locales.js';
export { layoutTimeline } from './layout/layoutTimeline.js';
export type * from './layout/types.js';
export { measureTextWidth, createCanvasMeasurer, type TextMeasurer, type CanvasTextContext } from './layout/measureText.js';
export { renderGeometry } from './renderGeometry.js';
export { renderSvg } from './renderSvg.js';
export type { TimelineOptions, ThemeName } from './options.js';
export { createTimeline } from './interact/createTimeline.js';
export { hydrate } from './interact/hydrate.js';
export { defineEventTimeline } from './interact/defineEventTimeline.js';
export type { InteractiveOptions, InteractiveTimeline, TimelineEventMap, TimelineItemEvent, TimelineZoomEvent } from './interact/types.js';
export { createStory } from './interact/createStory.js';
export type { Story, StoryChangeEvent, StoryEventMap, StoryOptions } from './interact/storyTypes.js';
export type { StoryWords } from './story/storyWords.js';
