import { localized, type Report } from './readFields.js';
import type { LocalizedText } from './types.js';
import { isObject, kind } from './valueKind.js';

/**
 * The timeline's `categories`: each category key an event uses, and the name to show for
 * it (in the legend), in one or several languages. Keys are any strings, so they are read
 * into a Map, never looked up on an object.
 *
 * @example
 * ```ts
 * readCategoryNames({ war: { en: 'War', ar: 'حرب' } }, report)?.get('war') // { en: 'War', ar: 'حرب' }
 * ```
 */
export function readCategoryNames(value: unknown, report: Report): Map<string, LocalizedText> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value) || Array.isArray(value)) {
    report('categories', `expected an object of category names, e.g. { "war": { "en": "War", "ar": "حرب" } }, got ${kind(value)}`);
    return undefined;
  }
  const names = new Map<string, LocalizedText>();
  for (const key of Object.keys(value)) {
    const name = localized(value[key], `categories[${JSON.stringify(key)}]`, true, report);
    if (name !== undefined) names.set(key, name);
  }
  return names;
}
