import type { TextMeasurer } from './layout/measureText.js';
import type { LocalizedText } from './model/types.js';

/**
 * Colour theme. `auto` (the default) is light, turns dark when the page it is inlined in
 * is (its inherited `color-scheme`), high-contrast with `prefers-contrast: more`, and
 * print-friendly when printed.
 *
 * @example
 * ```ts
 * renderToString(data, { theme: 'dark' satisfies ThemeName });
 * ```
 */
export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'print' | 'auto';

/** Every theme name, for checking input. */
export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast', 'print', 'auto'];

/**
 * How a timeline is laid out and drawn: the one options object of `renderSvg`,
 * `layoutTimeline`, `renderGeometry` and (with a few more fields) `renderToString` and
 * `createTimeline`. Every field is optional; defaults are listed.
 *
 * @example
 * ```ts
 * const svg = renderToString(events, { width: 720, locale: 'ar', theme: 'dark' });
 * ```
 */
export interface TimelineOptions {
  /**
   * Width of the SVG in px. Default 960; without it, `renderSvg` and `renderToString` also
   * draw a 320 px vertical layout and show the one that fits where the SVG is inlined.
   */
  width?: number;
  /**
   * Least height in px: the drawing is never shorter, and grows past it when its labels
   * need more room, so no label is ever hidden. A vertical timeline spreads its time axis
   * over this height. Default: just what the labels need (horizontal), 600 (vertical).
   */
  minHeight?: number;
  /**
   * The former name of {@link TimelineOptions.minHeight}, read the same way; when both are
   * given the larger counts.
   *
   * @deprecated Use `minHeight`: the drawing can be taller than this.
   */
  height?: number;
  /** Language for dates, labels and titles (BCP-47, e.g. `"ar"`, `"en-GB"`). Default: the input's `locale`, else Arabic when most titles are in Arabic script, else `"en"`. */
  locale?: string;
  /**
   * Digits of every number the timeline writes (dates, years, ticks, counts): a numbering
   * system of `Intl` (`Intl.supportedValuesOf('numberingSystem')`), such as `latn`
   * (0123), `arab` (٠١٢٣) or `arabext` (۰۱۲۳). Text from the data keeps its own digits.
   * Default: the `-u-nu-` key of `locale` (`"ar-u-nu-arab"`), else `latn`, whatever the
   * locale's usual digits, so the same options give the same output everywhere.
   *
   * @example
   * ```ts
   * renderToString(events, { locale: 'ar', numberingSystem: 'arab' }); // «١٩ يونيو ٢٠٢٤», «١٠٠ حدث»
   * ```
   */
  numberingSystem?: string;
  /**
   * Whose month names to write: a language tag, whose names `Intl` gives (`"ar-SY"`:
   * Levantine «حزيران», `"ar-EG"`: «يونيو»), or several, each name written side by side
   * as some Arabic newsrooms do (`["ar-EG", "ar-SY"]`: «يونيو حزيران»). Default: those
   * of `locale` itself (`ar` and `ar-EG` give «يونيو», `ar-LB` «حزيران»).
   *
   * @example
   * ```ts
   * renderToString(events, { locale: 'ar', monthNames: ['ar-EG', 'ar-SY'] }); // «يوليو تموز 2000»
   * ```
   */
  monthNames?: string | readonly string[];
  /** `rtl` mirrors the whole timeline: time runs right to left. Default: the locale's direction. */
  direction?: 'ltr' | 'rtl';
  /** Default `horizontal`. */
  orientation?: 'horizontal' | 'vertical';
  /** Heading and accessible title. Default: the input's `title`. Pass `''` for none. */
  title?: LocalizedText;
  /** `light`, `dark`, `high-contrast`, `print` or `auto` (default: follows the page's colour scheme, the reader's contrast setting and print). */
  theme?: ThemeName;
  /** Label font size in px. Default 13. */
  fontSize?: number;
  /**
   * Widest a label may be. Titles wrap onto more lines at about 20 em (260 px at the default
   * font size, or this width if narrower), and a label grows wider where there is room.
   * Default: no limit but the drawing's width.
   */
  maxLabelWidth?: number;
  /** Most lines a title wraps onto; only what does not fit in them is cut with "…" (the full title stays in `<title>` and the accessible name). Default 3; 5 in a vertical timeline, where height is cheap and width scarce. */
  maxLines?: number;
  /** Whether the drawing carries a legend of its categories (and of how approximate dates look) when events have two or more categories. Default `true`. */
  legend?: boolean;
  /**
   * The level the drawing's title is announced at as a heading (`aria-level`), 1 to 6.
   * Default 2, under the page's own `<h1>`; `renderToHtml` makes it 1 in a page of its own.
   */
  headingLevel?: number;
  /**
   * Text width function. Default: in `renderSvg` and `createTimeline`, a canvas of the page
   * (a document without one, such as jsdom's, needs this option); in `layoutTimeline`, the
   * server, the CLI and `hydrate`, `measureTextWidth`, a width table for Latin, Arabic,
   * Cyrillic, CJK and more that needs no browser.
   */
  measureText?: TextMeasurer;
  /** Prefix for element ids inside the SVG, to keep several timelines on one page apart. Default: derived from the content. */
  idPrefix?: string;
  /**
   * Most rows of labels (slots, in a vertical timeline) before nearby events are grouped
   * into clusters ("37 events, 1969 – 1971"). While every label fits in this many rows,
   * every event keeps its own label; beyond it, the closest events are grouped, as little
   * as needed for the labels to fit. A vertical timeline also keeps every label that fits
   * in its `minHeight`. Default 50, so any timeline of up to 50 events shows every label.
   * `Infinity` never groups (the drawing then grows with the number of events).
   */
  maxRows?: number;
  /**
   * Most rows of labels once events are grouped (never more than `maxRows`): overviews
   * put clusters side by side rather than in a tall staircase. Default 8.
   */
  clusterRows?: number;
  /** Visible time range `[start, end]` (Dates or UTC ms). Default: all events (their eras and `today` too), padded. */
  domain?: readonly [Date | number, Date | number];
  /**
   * Whether events are drawn in their lanes (the input's `lane` and `lanes`): one band per
   * lane, stacked top to bottom (side by side in a vertical timeline), each named at its
   * reading start, all on one time axis; events without a lane go in an unnamed band after
   * the named ones. `false` draws every event together, as a timeline without lanes is.
   * Default `true`.
   *
   * @example
   * ```ts
   * renderToString({ events, lanes: ['Moscow', 'Pyongyang'] }, { lanes: false }); // one band
   * ```
   */
  lanes?: boolean;
  /**
   * Draws a "today" line (labelled «اليوم», "Today", with the date) at an EDTF date,
   * such as `"2024-06-19"`, and takes it into the default time range. `true` reads the
   * clock (the local date): only `createTimeline`, `hydrate`, `renderSvg` and the server
   * do, so output depends on the day only when asked; `layoutTimeline` needs the date.
   * Default: no line.
   *
   * @example
   * ```ts
   * renderToString(events, { today: '2024-06-19' }); // the same bytes every day
   * createTimeline('#timeline', { data: events, today: true });
   * ```
   */
  today?: string | true;
}
