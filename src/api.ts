// Everything the `eventline` entry exports but the story: what the classic script
// `eventline.min.js` carries. The story's code (createStory, its cards and styles) is a
// classic script of its own, `eventline-story.min.js`, so that pages without a story do
// not download it.
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
