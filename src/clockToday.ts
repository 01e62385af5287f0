/**
 * Options with `today: true` turned into the date the clock gives now (the local
 * calendar date, as its reader names today, `"2024-06-19"`); other options as they are.
 * Only the entry points that may read the clock call this (`createTimeline`, `hydrate`,
 * `renderSvg`, the server): the layout draws the date it is given, so its output stays
 * the same for the same options.
 *
 * @internal
 * @example
 * ```ts
 * withClockToday({ today: true }, new Date(2024, 5, 19)) // { today: '2024-06-19' }
 * ```
 */
export function withClockToday<O extends { today?: string | true }>(options: O, now: Date = new Date()): O {
  if (options.today !== true) return options;
  const two = (v: number) => String(v).padStart(2, '0');
  return { ...options, today: `${String(now.getFullYear()).padStart(4, '0')}-${two(now.getMonth() + 1)}-${two(now.getDate())}` };
}
