/**
 * The timeline model: types, EDTF dates, validation and text formats. Runs in browsers
 * and Node alike.
 *
 * @example
 * ```ts
 * import { parseTimelineText, pickText } from './model/index.js'
 * const t = parseTimelineText('date,title_en,title_ar\n1948,Nakba,النكبة')
 * pickText(t.events[0].title, 'ar') // 'النكبة'
 * ```
 * @module
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
} from './types.js';
export { ValidationError, isValidationError } from './ValidationError.js';
export { pickText, textLanguages } from './pickText.js';
export { EdtfError, parseEdtf, parseEdtfInterval } from './parseEdtf.js';
export { dateFromJs } from './dateFromJs.js';
export { eventId, type EventIdInput } from './eventId.js';
export { parseTimeline } from './parseTimeline.js';
export { parseTimelineJson, parseTimelineText } from './parseTimelineText.js';
export { parseTimelineCsv } from './parseTimelineCsv.js';
export { detectFormat, isTimelineFormat, TIMELINE_FORMATS, type TimelineFormat } from './detectFormat.js';
export { fromTimelineJs } from './fromTimelineJs.js';
export { fromVisItems } from './fromVisItems.js';
export { htmlToText } from './htmlToText.js';
