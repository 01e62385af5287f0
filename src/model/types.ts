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
 * A parsed EDTF (level 0/1) date. Years are astronomical: 0 is 1 BCE, -43 is 44 BCE. Years
 * run to thirteen digits either way (`Y-13800000000`, the Big Bang), beyond what a JS `Date`
 * holds; `start` and `end` are then milliseconds computed by calendar arithmetic, on the
 * same axis (see README, "Deep time").
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
  /** Canonical EDTF text of this date, e.g. `"-0043-03-15"`, `"2000-07~"`, `"Y-13800000000"`. */
  readonly edtf: string;
  /**
   * How many leading digits of `year` are known, when the text says so (EDTF `S`:
   * `Y-4567000000S2`); dates beyond a million years ago are then written to that many
   * digits ("4.6 billion years ago").
   */
  readonly significantDigits?: number;
}

/**
 * What an open interval's missing end is (EDTF `A/..` and `A/`): `'ongoing'` when written
 * `..` (the event has not ended: it is drawn to the end of the view, "since …"), `'unknown'` when left empty (it ended,
 * but when is not known).
 *
 * @example
 * ```ts
 * parseTimeline([{ date: '2022-02-24/..', title: 'War' }]).events[0].openEnd // 'ongoing'
 * ```
 */
export type OpenEnd = 'ongoing' | 'unknown';

/**
 * What an open interval's missing start is (EDTF `../B` and `/B`): `'open'` when written `..`
 * (from an indefinite past), `'unknown'` when left empty (it began, but when is not known).
 *
 * @example
 * ```ts
 * parseTimeline([{ date: '../1950', title: 'Before the war' }]).events[0].openStart // 'open'
 * ```
 */
export type OpenStart = 'open' | 'unknown';

/**
 * A parsed EDTF date or interval. A closed interval has `end`. An open one has no `end`:
 * `date` is its one known side (the start for `A/..`, the end for `../B`), and
 * `openStart` or `openEnd` says what the other side is.
 *
 * @example
 * ```ts
 * parseEdtfInterval('2022-02-24/..') // { date: { year: 2022, … }, openEnd: 'ongoing' }
 * ```
 */
export interface EdtfInterval {
  readonly date: EventDate;
  readonly end?: EventDate;
  readonly openStart?: OpenStart;
  readonly openEnd?: OpenEnd;
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
 * An image shown with an event, as users write it.
 *
 * @example
 * ```ts
 * const media: MediaInput = { src: 'https://example.org/summit.jpg', alt: { en: 'Putin and Kim shake hands', ar: '…' }, credit: 'Reuters' };
 * ```
 */
export interface MediaInput {
  /**
   * The image: an `http:`/`https:` URL, a relative path (`img/summit.jpg`, `/img/summit.jpg`),
   * or a `data:image/png|jpeg|gif|webp|avif` URL. Refused: other schemes (`javascript:`,
   * `file:`, `data:image/svg+xml`, which can hold script), protocol-relative `//host/…`,
   * backslashes, and white space or control characters anywhere in it.
   */
  src: string;
  /** What the image shows, for readers who cannot see it. Required. */
  alt: LocalizedText;
  caption?: LocalizedText | null;
  /** Who made the image, e.g. `"Reuters/Sputnik"`. */
  credit?: LocalizedText | null;
  /** Where the image leads (`http:`/`https:` only), e.g. its page or the video it stands for. */
  link?: string | null;
}

/**
 * A validated image of an event: text trimmed, blank optional fields absent.
 *
 * @example
 * ```ts
 * parseTimeline(input).events[0].media?.alt // 'Putin and Kim shake hands'
 * ```
 */
export interface EventMedia {
  readonly src: string;
  readonly alt: LocalizedText;
  readonly caption?: LocalizedText;
  readonly credit?: LocalizedText;
  readonly link?: string;
}

/**
 * A labelled period drawn as a background band, as users write it. Dates as for events:
 * `date` may be an interval `A/B` instead of giving `end`; without either the band covers
 * `date` itself (the year 1948, the 1950s).
 *
 * @example
 * ```ts
 * const era: EraInput = { date: '1950-06-25', end: '1953-07-27', title: { en: 'Korean War', ar: 'الحرب الكورية' } };
 * ```
 */
export interface EraInput {
  date: string | Date;
  end?: string | Date | null;
  title: LocalizedText;
}

/**
 * A validated era: from the start of `date` to the end of `end` (or of `date` when absent).
 *
 * @example
 * ```ts
 * const band = parseTimeline(input).eras?.[0]; band?.end?.year // 1953
 * ```
 */
export interface TimelineEra {
  /** Position in the input `eras` array. */
  readonly index: number;
  readonly date: EventDate;
  readonly end?: EventDate;
  readonly title: LocalizedText;
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
  /**
   * EDTF string (`"1948"`, `"2000-07"`, `"2024-06-19"`, `"-0043"`, `"1950~"`, `"2000/2004"`,
   * open `"2022-02-24/.."`, `"../1950"`, unknown `"2022-02-24/"`) or a `Date`.
   */
  date: string | Date;
  /** Optional end (EDTF string or Date); the event then spans `date`…`end`. `".."` means it is ongoing. */
  end?: string | Date | null;
  title: LocalizedText;
  description?: LocalizedText | null;
  category?: string | null;
  /** Stable identifier; derived from the content when absent. */
  id?: string | null;
  /** http(s) link for the event. */
  url?: string | null;
  source?: EventSource | null;
  /** An image for the event. */
  media?: MediaInput | null;
  /** The row the event is drawn in (trimmed; at most 100 characters); events without one share a row. */
  lane?: string | null;
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
  /** The order of the lanes; lanes that events use but this omits come after, in order of first use. */
  lanes?: string[];
  /** Labelled background bands. */
  eras?: EraInput[];
  /** The name to show for each category key events use (in the legend), e.g. `{ war: { en: 'War', ar: 'حرب' } }`; a key without one shows as written. */
  categories?: Record<string, LocalizedText>;
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
  /**
   * The event's date; for an interval with an open or unknown start (`../1950`), its known
   * end, with `openStart` set.
   */
  readonly date: EventDate;
  /** Present when the event spans a closed range (from `end` or an EDTF interval `A/B`). */
  readonly end?: EventDate;
  /**
   * Present when the start is open (`../1950`: `'open'`) or unknown (`/1950`: `'unknown'`).
   * `date` is then the known end. An open start is drawn from the start of the view ("until
   * 1950"); an unknown one as `date` alone ("? – 1950").
   */
  readonly openStart?: OpenStart;
  /**
   * Present when the end is open (`2022-02-24/..` or `end: ".."`: `'ongoing'`) or unknown
   * (`2022-02-24/`: `'unknown'`). There is no `end`: `date` is the known start. An ongoing
   * event is drawn to the end of the view ("since 24 February 2022"); an unknown end as
   * `date` alone ("24 February 2022 – ?").
   */
  readonly openEnd?: OpenEnd;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly category?: string;
  readonly url?: string;
  readonly source?: EventSource;
  readonly media?: EventMedia;
  readonly lane?: string;
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
  /**
   * Every lane, in order: those the input's `lanes` lists, then the others in the order
   * events first use them. Present when there is at least one.
   */
  readonly lanes?: readonly string[];
  /** Present when the input has at least one era; in input order. */
  readonly eras?: readonly TimelineEra[];
  /** Names for category keys, present when the input gives any: `[key, name]` pairs in input order. */
  readonly categories?: readonly (readonly [string, LocalizedText])[];
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
  /** The field, e.g. `"date"`, `"title"`, `"source.url"`, or for the timeline `"eras[2].end"`. */
  readonly field?: string;
  /** Human-readable message, already prefixed with the location, e.g. `events[3] (id "summit").date: …`. */
  readonly message: string;
}
