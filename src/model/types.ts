/**
 * How finely a date is known. It decides both the label ("1948", "July 2000",
 * "19 June 2024") and the extent the event covers on the axis.
 *
 * @example
 * ```ts
 * parseEdtf('2000-07').precision // 'month'
 * ```
 */
export type Precision = 'century' | 'decade' | 'year' | 'season' | 'month' | 'day';

/**
 * A parsed EDTF (level 0/1) date. Years are astronomical: 0 is 1 BCE, -43 is 44 BCE.
 *
 * @example
 * ```ts
 * parseEdtf('2000-07') // { year: 2000, month: 7, precision: 'month', start: 962409600000, ... }
 * ```
 */
export interface EventDate {
  /** Astronomical year (0 = 1 BCE). For `century`/`decade` precision, the first year of the period. */
  readonly year: number;
  /** 1–12, present for `month` and `day` precision. */
  readonly month?: number;
  /** 1–31, present for `day` precision. */
  readonly day?: number;
  /** 21–24 (spring, summer, autumn, winter), present for `season` precision. */
  readonly season?: number;
  readonly precision: Precision;
  /** EDTF `~` (or `%`): "circa". */
  readonly approximate: boolean;
  /** EDTF `?` (or `%`): the source is not sure. */
  readonly uncertain: boolean;
  /** UTC milliseconds of the first instant of the period. */
  readonly start: number;
  /** UTC milliseconds of the first instant after the period (exclusive). */
  readonly end: number;
  /** Canonical EDTF text of this date, e.g. `"-0043-03-15"`, `"2000-07~"`. */
  readonly edtf: string;
}

/**
 * A string, or a map of BCP-47 language tag → string, e.g. `{ en: "…", ar: "…" }`.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { en: 'Summit', ar: 'قمة' }; // or just 'Summit'
 * ```
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * Where an event's claim comes from.
 *
 * @example
 * ```ts
 * const source: EventSource = { publication: 'Oman', agency: 'Reuters', quote: 'وقع الرئيس الروسي…' };
 * ```
 */
export interface EventSource {
  /** The publication that printed it, e.g. "Oman (newspaper)". */
  readonly publication?: LocalizedText;
  /** The agency it quotes, e.g. "Reuters". */
  readonly agency?: LocalizedText;
  /** The sentence the event rests on, quoted verbatim. */
  readonly quote?: LocalizedText;
  /** Link to the source (http/https only). */
  readonly url?: string;
}

/**
 * An event as users write it (JSON, CSV row, or object).
 *
 * @example
 * ```ts
 * const event: EventInput = { date: '2024-06-19', title: { en: 'Pyongyang summit', ar: 'قمة بيونجيانج' }, category: 'diplomacy' };
 * ```
 */
export interface EventInput {
  /** EDTF string (`"1948"`, `"2000-07"`, `"2024-06-19"`, `"-0043"`, `"1950~"`, `"2000/2004"`) or a `Date`. */
  date: string | Date;
  /** Optional end (EDTF string or Date); the event then spans `date`…`end`. */
  end?: string | Date | null;
  title: LocalizedText;
  description?: LocalizedText | null;
  category?: string | null;
  /** Stable identifier; derived from the content when absent. */
  id?: string | null;
  /** http(s) link for the event. */
  url?: string | null;
  source?: EventSource | null;
}

/**
 * A whole timeline as users write it: an array of events, or this object.
 *
 * @example
 * ```ts
 * const input: TimelineInput = { title: 'Russia and North Korea', locale: 'en', events: [{ date: '1948', title: 'DPRK founded' }] };
 * ```
 */
export interface TimelineInput {
  title?: LocalizedText;
  /** Default language of the timeline, e.g. `"ar"`. */
  locale?: string;
  events: EventInput[];
}

/**
 * A validated event.
 *
 * @example
 * ```ts
 * const first: TimelineEvent = parseTimeline(input).events[0];
 * first.date.precision // 'year'
 * ```
 */
export interface TimelineEvent {
  readonly id: string;
  /** Position in the input array, for error messages and stable ordering. */
  readonly index: number;
  readonly date: EventDate;
  /** Present when the event spans a range (from `end` or an EDTF interval). */
  readonly end?: EventDate;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly category?: string;
  readonly url?: string;
  readonly source?: EventSource;
}

/**
 * A validated timeline.
 *
 * @example
 * ```ts
 * const timeline: Timeline = parseTimeline(input);
 * timeline.events.length
 * ```
 */
export interface Timeline {
  readonly title?: LocalizedText;
  readonly locale?: string;
  readonly events: readonly TimelineEvent[];
}

/**
 * One problem found in the input.
 *
 * @example
 * ```ts
 * e.issues[0] // { index: 3, id: 'summit', field: 'date', message: 'events[3] (id "summit").date: …' }
 * ```
 */
export interface ValidationIssue {
  /** Index of the event in the input, or `undefined` for problems with the whole input. */
  readonly index?: number;
  /** The event's id when it has one. */
  readonly id?: string;
  /** The field, e.g. `"date"`, `"title"`, `"source.url"`. */
  readonly field?: string;
  /** Human-readable message, already prefixed with the location, e.g. `events[3] (id "summit").date: …`. */
  readonly message: string;
}
