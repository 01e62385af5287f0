/** ASCII white space, which an HTML id may not contain. */
const ASCII_SPACE = /[\t\n\f\r ]+/g;

/**
 * The `id` of each event's card, in the order given: the event's own id, so
 * `page.html#summit-2024` finds it; where that is not a valid HTML id (it holds white
 * space) the same with each run of white space as `-`, then `-2`, `-3`… until it is
 * unique in the document.
 *
 * @example
 * ```ts
 * cardIds(['summit', 'peace talks', 'peace-talks']) // ['summit', 'peace-talks-2', 'peace-talks']
 * ```
 */
export function cardIds(eventIds: readonly string[]): string[] {
  const valid = (id: string) => id !== '' && !/[\t\n\f\r ]/.test(id);
  const taken = new Set(eventIds.filter(valid));
  return eventIds.map((id) => {
    if (valid(id)) return id;
    const base = id.replace(ASCII_SPACE, '-');
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}

/**
 * The prefix of every id the story itself makes (the SVG's and its own): `base`, or
 * `base` followed by a number, so that no card id is the prefix or starts with it and
 * `-`. Card ids are the events' ids and are kept as they are; the story's ids give way.
 *
 * @example
 * ```ts
 * storyPrefix('el-abc', ['summit'])          // 'el-abc'
 * storyPrefix('el-abc', ['el-abc-title'])    // 'el-abc2'
 * ```
 */
export function storyPrefix(base: string, ids: readonly string[]): string {
  const clashes = (prefix: string) => ids.some((id) => id === prefix || id.startsWith(`${prefix}-`));
  let prefix = base;
  for (let n = 2; clashes(prefix); n++) prefix = `${base}${n}`;
  return prefix;
}

/**
 * The card id that a URL fragment names: the fragment percent-decoded (as browsers do
 * when they look for the element), or as written when it does not decode.
 *
 * @example
 * ```ts
 * idFromHash('#summit-2024') // 'summit-2024'
 * idFromHash('#%D9%82%D9%85%D8%A9') // 'قمة'
 * ```
 */
export function idFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The URL fragment for a card id: `#` and the id, with only what a fragment cannot hold
 * as it is (controls, space, `"<>\``, and `#` and `%` themselves) percent-encoded, so
 * `#summit-2024` stays readable; the browser encodes the rest.
 *
 * @example
 * ```ts
 * hashOf('summit-2024') // '#summit-2024'
 * hashOf('50%"off"')    // '#50%25%22off%22'
 * ```
 */
export function hashOf(id: string): string {
  return `#${id.replace(/[\u0000-\u0020"<>`#%\u007F]/g, encodeURIComponent)}`;
}
