import { parseEdtf } from '../model/parseEdtf.js';
import type { EventDate } from '../model/types.js';

const HINT = 'expected an EDTF date such as "2024-06-19" or "2024-06"';

/**
 * The `today` option read: its date, or a RangeError naming the option. `true` (the
 * clock) is refused here: the layout is pure, and the entry points that may read the
 * clock turn it into the date first.
 *
 * @example
 * ```ts
 * readToday('2024-06-19')?.precision // 'day'
 * readToday(true) // RangeError: options.today: true reads the clock, …
 * ```
 */
export function readToday(value: unknown): EventDate | undefined {
  if (value === undefined) return undefined;
  if (value === true) {
    throw new RangeError(
      'options.today: true reads the clock, which createTimeline, hydrate, renderSvg and the server do; layoutTimeline and renderGeometry draw a given date, e.g. "2024-06-19"',
    );
  }
  if (typeof value !== 'string')
    throw new RangeError(`options.today: ${HINT}, or true for the clock; got ${JSON.stringify(value) ?? String(value)}`);
  try {
    return parseEdtf(value.trim());
  } catch (e) {
    throw new RangeError(`options.today: ${HINT} (one date, not a range); got ${JSON.stringify(value)}`, { cause: e });
  }
}
