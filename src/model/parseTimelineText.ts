import { detectValueFormat, isTimelineFormat, TIMELINE_FORMATS, type TimelineFormat } from './detectFormat.js';
import { parseTimelineJsValue } from './fromTimelineJs.js';
import { parseVisValue } from './fromVisItems.js';
import { parseTimeline } from './parseTimeline.js';
import { parseTimelineCsv, stripBom } from './parseTimelineCsv.js';
import { jsonProblem } from './jsonProblem.js';
import { kind } from './valueKind.js';
import type { Timeline } from './types.js';
import { ValidationError } from './ValidationError.js';

/**
 * Parses a timeline from JSON text (an array of events or `{ title?, locale?, events }`).
 * A leading byte-order mark is ignored.
 *
 * @throws {ValidationError} with `input: not valid JSON at line 3, column 2 (near "…"): …` for malformed JSON, or the
 *   problems {@link parseTimeline} finds.
 * @example
 * ```ts
 * parseTimelineJson('[{"date": "1948", "title": "Nakba"}]').events[0].date.year // 1948
 * ```
 */
export function parseTimelineJson(text: string): Timeline {
  return parseTimeline(readJson(text));
}

function readJson(text: string): unknown {
  const body = stripBom(text);
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new ValidationError([{ message: `input: not valid JSON${jsonProblem(body, e)}` }]);
  }
}

/**
 * Parses a timeline from text in any {@link TimelineFormat}: eventline JSON (`json`), CSV
 * (`csv`), a TimelineJS JSON file (`timelinejs`: TimelineJS3, or the older TimelineJS 2 and
 * 3 beta files wrapped in `timeline`; see {@link fromTimelineJs}) or
 * vis-timeline items (`vis`, see {@link fromVisItems}). Without `format` it is detected
 * (see {@link detectFormat}): text starting with `[` or `{` is JSON, whose shape then tells
 * the three JSON formats apart; anything else is CSV. A leading byte-order mark is ignored.
 *
 * Problems in TimelineJS and vis files are named in their own terms
 * (`events[3].start_date.month: …`, `timeline.date[3].startDate: …`, `items[2] (id "7").start: …`).
 *
 * @throws {ValidationError} for empty text, an unknown format, malformed JSON, or whatever
 *   the format's reader finds.
 * @example
 * ```ts
 * parseTimelineText('date,title\n2024-06-19,Summit').events[0].title          // 'Summit'
 * parseTimelineText('{"events":[{"date":"1948","title":"Nakba"}]}').events.length // 1
 * parseTimelineText('[{"start":"2024-06","content":"<b>Summit</b>"}]').events[0].date.precision // 'month'
 * ```
 */
export function parseTimelineText(text: string, format?: TimelineFormat): Timeline {
  if (format !== undefined && !isTimelineFormat(format)) {
    const names = TIMELINE_FORMATS.map((f) => JSON.stringify(f));
    throw new ValidationError([
      {
        message: `input: unknown format ${JSON.stringify(format)} (expected ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]})`,
      },
    ]);
  }
  if (typeof text !== 'string') throw new ValidationError([{ message: `input: expected text, got ${kind(text)}` }]);
  const body = stripBom(text);
  if (format === 'csv') return parseTimelineCsv(body);
  if (format === undefined) {
    const first = body.trimStart()[0];
    if (first === undefined) throw new ValidationError([{ message: 'input: empty text (expected JSON or CSV)' }]);
    if (first !== '[' && first !== '{') return parseTimelineCsv(body);
  }
  const value = readJson(body);
  const chosen = format ?? detectValueFormat(value);
  if (chosen === 'timelinejs') return parseTimelineJsValue(value);
  if (chosen === 'vis') return parseVisValue(value);
  return parseTimeline(value);
}
