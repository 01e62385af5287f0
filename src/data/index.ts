/**
 * Datasets that ship with eventline, starting with the Arabic news article on the
 * Russia–North Korea summit.
 *
 * @example
 * ```ts
 * import { russiaDprk } from 'eventline/data';
 * ```
 * @packageDocumentation
 * @module eventline/data
 */
import type { TimelineInput } from '../model/types.js';
import { russiaDprk } from './russiaDprk.js';

export { russiaDprk, russiaDprkArticle } from './russiaDprk.js';

/**
 * Every bundled dataset under a URL- and CLI-friendly name, so a demo or the CLI can
 * offer them by name. `satisfies` (not an annotation) keeps the literal keys, so a
 * lookup by a known name is typed as present.
 *
 * @example
 * ```ts
 * import { datasets } from 'eventline/data';
 *
 * Object.keys(datasets); // ['russia-dprk']
 * parseTimeline(datasets['russia-dprk']);
 * ```
 */
export const datasets = {
  'russia-dprk': russiaDprk,
} as const satisfies Readonly<Record<string, TimelineInput>>;

/**
 * The name of a bundled dataset.
 *
 * @example
 * ```ts
 * const name: DatasetName = 'russia-dprk';
 * ```
 */
export type DatasetName = keyof typeof datasets;
