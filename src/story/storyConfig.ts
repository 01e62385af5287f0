import { intervalText } from '../model/eventId.js';
import type { EventInput, Timeline, TimelineInput } from '../model/types.js';
import type { TimelineOptions } from '../options.js';
import type { StoryWords } from './storyWords.js';

/** Class of the `<script type="application/json">` that carries a server-rendered story's data and options. */
export const CONFIG_CLASS = 'el-story-data';

/**
 * What a server-rendered story hands the page's script: the data and the options the
 * timeline was drawn with, so the script lays it out as the server did.
 *
 * @example
 * ```ts
 * const config: StoryConfig = { data: { events: [{ date: '1948', title: 'Founded' }] }, options: { width: 960 } };
 * ```
 */
export interface StoryConfig {
  readonly data: TimelineInput;
  readonly options: Omit<TimelineOptions, 'measureText'> & { words?: Partial<StoryWords> };
}

/** Options whose value may be `Infinity`, which JSON cannot hold. */
const UNBOUNDED = ['maxRows', 'clusterRows'] as const;

/**
 * The input that `parseTimeline` reads back as this timeline: the same events, ids,
 * order, dates (as canonical EDTF) and fields.
 *
 * @example
 * ```ts
 * parseTimeline(timelineInput(timeline)) // deep-equals timeline
 * ```
 */
export function timelineInput(timeline: Timeline): TimelineInput {
  const events = timeline.events.map((e) => {
    const out: EventInput = { id: e.id, date: intervalText(e), title: e.title };
    if (e.description !== undefined) out.description = e.description;
    if (e.category !== undefined) out.category = e.category;
    if (e.url !== undefined) out.url = e.url;
    if (e.source !== undefined) out.source = e.source;
    if (e.media !== undefined) out.media = e.media;
    if (e.lane !== undefined) out.lane = e.lane;
    return out;
  });
  return {
    ...(timeline.title !== undefined && { title: timeline.title }),
    ...(timeline.locale !== undefined && { locale: timeline.locale }),
    events,
    ...(timeline.lanes !== undefined && { lanes: [...timeline.lanes] }),
    ...(timeline.eras !== undefined && {
      eras: timeline.eras.map((era) => ({ date: era.date.edtf, ...(era.end !== undefined && { end: era.end.edtf }), title: era.title })),
    }),
    // fromEntries defines own properties, so a key such as "__proto__" stays a key.
    ...(timeline.categories !== undefined && { categories: Object.fromEntries(timeline.categories) }),
  };
}

/**
 * The story's data and options as JSON fit to sit inside `<script type="application/json">`:
 * `<`, `>` and `&` are written as `\u003c`… so no text from the data can close the
 * element or open a comment; dates in `domain` become numbers, `Infinity` the string
 * `"Infinity"`.
 *
 * @example
 * ```ts
 * encodeStoryConfig(timeline, { width: 960, maxRows: Infinity }) // '{"data":{…},"options":{"width":960,"maxRows":"Infinity"}}'
 * ```
 */
export function encodeStoryConfig(timeline: Timeline, options: StoryConfig['options']): string {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || typeof value === 'function') continue;
    out[key] = value;
  }
  for (const key of UNBOUNDED) if (out[key] === Infinity) out[key] = 'Infinity';
  const domain = options.domain;
  if (domain) out.domain = [+domain[0], +domain[1]];
  const json = JSON.stringify({ data: timelineInput(timeline), options: out });
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Reads what {@link encodeStoryConfig} wrote.
 *
 * @example
 * ```ts
 * decodeStoryConfig(script.textContent).options.maxRows // Infinity
 * ```
 */
export function decodeStoryConfig(text: string): StoryConfig {
  const parsed = JSON.parse(text) as { data: TimelineInput; options?: Record<string, unknown> };
  const options = { ...parsed.options };
  for (const key of UNBOUNDED) if (options[key] === 'Infinity') options[key] = Infinity;
  return { data: parsed.data, options: options as StoryConfig['options'] };
}
