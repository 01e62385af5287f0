import { eraWords } from '../format/eraWords.js';
import { formatEventDate } from '../format/formatEventDate.js';
import type { EventDate } from '../model/types.js';
import type { TodayGeometry } from './backdropTypes.js';
import { cleanText } from './cleanText.js';
import { metrics } from './labels.js';
import { laneText, WORDS_INSET, type Frame } from './strip.js';

/**
 * The today line at the middle of `date`'s period (where an event of that date has its
 * dot), across the plot, with its label in the strip: on from the line the way time runs
 * when it fits before the end of the view, else back from it, else cut to the wider side.
 * `undefined` when the date is out of view.
 *
 * @example
 * ```ts
 * layoutToday(parseEdtf('2024-06-19'), frame)?.label.text // 'Today: 19 June 2024'
 * ```
 */
export function layoutToday(date: EventDate, f: Frame): TodayGeometry | undefined {
  const { o, scale, along, across, forward } = f;
  const value = (date.start + date.end) / 2;
  const at = scale(value);
  if (!(at >= along[0] - 1e-9 && at <= along[1] + 1e-9)) return undefined;
  const text = cleanText(`${eraWords(o.locale).today}: ${formatEventDate(date, o.locale)}`);
  const width = o.measure(text, metrics(o.fontSize).dateSize, 'bold');
  const ahead = (forward > 0 ? along[1] - at : at - along[0]) - WORDS_INSET;
  const behind = (forward > 0 ? at - along[0] : along[1] - at) - WORDS_INSET;
  const way = width <= ahead || ahead >= behind ? forward : (-forward as 1 | -1);
  const { line, rotate } = laneText(f, f.todayLane ?? 0, text, at + way * WORDS_INSET, way, way === forward ? ahead : behind, 'bold');
  // Across the plot from its label's lane, so that it never crosses an era's title.
  const lane = f.laneStart(f.todayLane ?? 0);
  const inner = !f.horizontal && o.direction === 'rtl' ? [across[0], lane + f.lane] : [lane, across[1]];
  const [x1, y1, x2, y2] = f.horizontal ? [at, inner[0]!, at, inner[1]!] : [inner[0]!, at, inner[1]!, at];
  return { value, x1, y1, x2, y2, label: line, rotate, ariaLabel: text };
}
