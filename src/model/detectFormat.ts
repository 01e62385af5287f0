import { isObject } from './valueKind.js';

/**
 * The text formats {@link parseTimelineText} reads:
 * - `json`: eventline's own JSON (an array of events, or `{ title?, locale?, events }`).
 * - `csv`: eventline's CSV (a header row with `date`, `title`, …).
 * - `timelinejs`: a TimelineJS3 JSON file (`{ title?, events: [{ start_date: {year, …}, text: {headline} }] }`),
 *   or an older one that wraps it all in `timeline`: TimelineJS 2 (`{ timeline: { headline, date:
 *   [{ startDate: "1932,2,27", headline }] } }`) or TimelineJS 3 beta (`{ timeline: { slides } }`).
 * - `vis`: vis-timeline items (`[{ id, start, end?, content, title?, group? }]`, or `{ items, groups? }`).
 *
 * @example
 * ```ts
 * parseTimelineText(text, 'timelinejs' satisfies TimelineFormat);
 * ```
 */
export type TimelineFormat = 'json' | 'csv' | 'timelinejs' | 'vis';

/**
 * Every {@link TimelineFormat}, in the order they are documented. For command lines: `--from json|csv|timelinejs|vis`.
 *
 * @example
 * ```ts
 * TIMELINE_FORMATS.join('|') // 'json|csv|timelinejs|vis'
 * ```
 */
export const TIMELINE_FORMATS: readonly TimelineFormat[] = Object.freeze(['json', 'csv', 'timelinejs', 'vis'] as const);

/**
 * True for a string that names a {@link TimelineFormat}.
 *
 * @example
 * ```ts
 * isTimelineFormat('vis') // true
 * isTimelineFormat('xml') // false
 * ```
 */
export function isTimelineFormat(value: unknown): value is TimelineFormat {
  return typeof value === 'string' && (TIMELINE_FORMATS as readonly string[]).includes(value);
}

/**
 * Guesses the format of a text or of an already parsed value. Never throws.
 *
 * A **string** is text: after an optional byte-order mark and white space, `[` or `{` means
 * JSON (then its value decides between `json`, `timelinejs` and `vis`; JSON that does not
 * parse is `json`, so the JSON error is what gets reported), anything else `csv`.
 *
 * Any **other value** is a parsed document:
 * - `timelinejs`: an object whose `events` hold more `start_date` slides than `date` events,
 *   or, when that does not decide, whose `title` is a slide (`title.text` is an object);
 *   or, without `events`, an object whose `timeline` is an object (the older TimelineJS shapes).
 * - `vis`: an array with more items that have `start` than events that have `date`; or an
 *   object with an `items` array and no `events`.
 * - `json` otherwise, including empty arrays and values that are none of these (so
 *   eventline's own validation explains what is wrong).
 *
 * @example
 * ```ts
 * detectFormat('date,title\n1948,Nakba')                               // 'csv'
 * detectFormat('[{"start": "2024-06-19", "content": "Summit"}]')       // 'vis'
 * detectFormat({ events: [{ start_date: { year: 1963 }, text: { headline: 'March' } }] }) // 'timelinejs'
 * ```
 */
export function detectFormat(input: unknown): TimelineFormat {
  if (typeof input === 'string') {
    const body = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const first = body.trimStart()[0];
    if (first !== '[' && first !== '{') return 'csv';
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return 'json';
    }
    return detectValueFormat(value);
  }
  return detectValueFormat(input);
}

/** The format of a parsed JSON value (see {@link detectFormat}). */
export function detectValueFormat(value: unknown): TimelineFormat {
  if (Array.isArray(value)) return countKey(value, 'start') > countKey(value, 'date') ? 'vis' : 'json';
  if (!isObject(value)) return 'json';
  if ('events' in value) {
    if (Array.isArray(value.events)) {
      const slides = countKey(value.events, 'start_date');
      const events = countKey(value.events, 'date');
      if (slides !== events) return slides > events ? 'timelinejs' : 'json';
    }
    return isObject(value.title) && isObject(value.title.text) ? 'timelinejs' : 'json';
  }
  if (Array.isArray(value.items)) return 'vis';
  // TimelineJS 2 ({ timeline: { date } }) and TimelineJS 3 beta ({ timeline: { slides } }).
  if (isObject(value.timeline)) return 'timelinejs';
  return 'json';
}

function countKey(items: readonly unknown[], key: string): number {
  let n = 0;
  for (const item of items) if (isObject(item) && Object.prototype.hasOwnProperty.call(item, key)) n++;
  return n;
}
