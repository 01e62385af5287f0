import { checkEras } from './checkEras.js';
import { readCategoryNames } from './categoryNames.js';
import { checkMedia } from './checkMedia.js';
import { idHash, idText, intervalText } from './eventId.js';
import { readLane, readLanes } from './lanes.js';
import { Uint32Set } from '../util/uint32Set.js';
import { httpUrl, localized, optionalString, readSpan, type Report } from './readFields.js';
import type { EventSource, LocalizedText, Timeline, TimelineEra, TimelineEvent, ValidationIssue } from './types.js';
import { IssueList } from './ValidationError.js';
import { edtfFastPath } from './edtfFastPath.js';
import { isLanguageTag, LANGUAGE_TAG_HINT } from './languageTag.js';
import { codePoint, isObject, kind, NOT_XML_CHAR, quote } from './valueKind.js';

const INPUT_SHAPE = 'input: expected an array of events or an object with an "events" array';

/**
 * Validates user input (an array of events, or `{ title?, locale?, events, lanes?, eras? }`,
 * see `TimelineInput`) and returns a normalised timeline. Every problem is collected into one
 * {@link ValidationError}, each naming its event and field, e.g.
 * `events[3] (id "summit").date: "2024-13-01" is not a valid date: month 13`.
 *
 * Normalisation: text is trimmed at both ends; `null`, blank optional strings and blank
 * entries of language maps are treated as absent; unknown fields are ignored; events keep
 * input order and their `index`. An event without an `id` gets one from {@link eventId};
 * repeats get `-2`, `-3`, … in input order, and a derived id never takes an explicit one.
 * `lanes` in the result lists every lane: the input's `lanes`, then those only events name,
 * in order of first use. Problems with the timeline's own fields are named `input.eras[2].end`.
 *
 * @throws {ValidationError} listing every problem found.
 * @example
 * ```ts
 * const t = parseTimeline({ title: { en: 'Talks', ar: 'محادثات' }, events: [
 *   { date: '2024-06-19', title: 'Summit', id: 'summit' },
 *   { date: '2000/2004', title: 'Negotiations', url: 'https://example.org' },
 * ] })
 * t.events[1].end?.year // 2004
 * ```
 */
export function parseTimeline(input: unknown): Timeline {
  const issues = new IssueList();
  const top: Report = (field, problem) => issues.push({ field, message: `input.${field}: ${problem}` });
  let raw: unknown[] | undefined;
  let title: LocalizedText | undefined;
  let locale: string | undefined;
  let listedLanes: string[] | undefined;
  let eras: TimelineEra[] | undefined;
  let categories: Map<string, LocalizedText> | undefined;

  if (Array.isArray(input)) {
    raw = input;
  } else if (isObject(input) && 'events' in input) {
    if (Array.isArray(input.events)) raw = input.events;
    else top('events', `expected an array of events, got ${kind(input.events)}`);
    title = localized(input.title, 'title', false, top);
    locale = checkLocale(input.locale, top);
    listedLanes = readLanes(input.lanes, top);
    eras = checkEras(input.eras, top);
    categories = readCategoryNames(input.categories, top);
  } else {
    issues.push({ message: INPUT_SHAPE });
  }

  const drafts: Draft[] = [];
  // Each explicit id → the event holding it.
  const explicitIds = new Map<string, number>();
  let explicitLikeDerived = false;
  // The event being read, whom the messages name: one reporter for all of them, where
  // one made per event cost 100,000 events as many closures.
  let atIndex = 0;
  let atId: string | undefined;
  const report: Report = (field, problem) => issues.push(issueFor(atIndex, atId, field, problem));
  // A loop in this function, not forEach's callback: V8 can then optimise it while it runs
  // (on-stack replacement), where 100,000 events otherwise pass mostly through cold code.
  const list = raw ?? [];
  for (let index = 0; index < list.length; index++) {
    // Holes are skipped, as forEach skips them.
    if (!(index in list)) continue;
    const value = list[index];
    if (!isObject(value)) {
      issues.push({ index, message: `events[${index}]: expected an object, got ${kind(value)}` });
      continue;
    }
    const id = explicitId(value);
    atIndex = index;
    atId = id;
    const draft = checkEvent(value, index, id, issues, report);
    // Duplicates are reported even for events with other problems, so one pass shows all.
    if (id !== undefined) {
      const first = explicitIds.get(id);
      if (first !== undefined) {
        issues.push(issueFor(index, id, 'id', `duplicate id ${JSON.stringify(id)} (also used by events[${first}])`));
      } else {
        explicitIds.set(id, index);
        if (id.startsWith('e-')) explicitLikeDerived = true;
      }
    }
    if (draft) drafts.push(draft);
  }

  if (issues.count > 0) throw issues.error();

  // Derived ids come second so that none takes an explicit one, whatever the order.
  // A derived base is `e-` and seven base-36 digits of its hash, a suffixed id the same
  // and `-n`, so the two kinds never meet: bases are told apart by their hash alone, and
  // explicit ids are consulted only when one has a derived id's `e-` shape.
  const bases = new Uint32Set(drafts.length);
  const suffixedIds = new Set<string>();
  const isTaken = (id: string) => explicitIds.has(id) || suffixedIds.has(id);
  // The next suffix to try for each derived id: probing from -2 for every repeat made
  // n events with the same date and title cost n².
  const nextSuffix = new Map<string, number>();
  // Index loops here and below: of 100,000 events, an iterator's result objects were megabytes to collect.
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.id !== undefined) continue;
    const h = idHash(
      d.end !== undefined || d.openStart !== undefined || d.openEnd !== undefined ? intervalText(d) : d.date.edtf,
      d.title,
      true,
    );
    const base = idText(h);
    const repeat = !bases.add(h);
    if (!repeat && !(explicitLikeDerived && explicitIds.has(base))) {
      d.id = base;
    } else {
      d.id = suffixed(base, isTaken, nextSuffix);
      suffixedIds.add(d.id);
    }
  }
  // Every draft now has its id.
  const events = drafts as TimelineEvent[];

  const lanes = laneOrder(listedLanes, events);
  return {
    ...(title !== undefined && { title }),
    ...(locale !== undefined && { locale }),
    events,
    ...(lanes.length > 0 && { lanes }),
    ...(eras !== undefined && eras.length > 0 && { eras }),
    ...(categories !== undefined && categories.size > 0 && { categories: [...categories] }),
  };
}

/** The listed lanes, then those only events name, in order of first use. */
function laneOrder(listed: readonly string[] | undefined, events: readonly TimelineEvent[]): string[] {
  const order = new Set(listed);
  for (let k = 0; k < events.length; k++) {
    const lane = events[k]!.lane;
    if (lane !== undefined) order.add(lane);
  }
  return [...order];
}

/**
 * `base-2`, `base-3`, …: the first not yet taken. A suffix passed over is taken for good
 * (ids are never released), so the counter only moves forward, and each taken id is passed
 * over at most once: `x-n` has only one base, `x`. Linear in all.
 */
function suffixed(base: string, isTaken: (id: string) => boolean, nextSuffix: Map<string, number>): string {
  let n = nextSuffix.get(base) ?? 2;
  while (isTaken(`${base}-${n}`)) n++;
  nextSuffix.set(base, n + 1);
  return `${base}-${n}`;
}

/**
 * An event that passed its own checks, before ids are settled across the timeline. It
 * becomes the {@link TimelineEvent} itself once its id is set: one object per event,
 * built with its fields in their final order.
 */
type Draft = Omit<{ -readonly [K in keyof TimelineEvent]: TimelineEvent[K] }, 'id'> & { id: string | undefined };

function issueFor(index: number, id: string | undefined, field: string, problem: string): ValidationIssue {
  const where = id === undefined ? `events[${index}]` : `events[${index}] (id ${JSON.stringify(id)})`;
  return { index, ...(id !== undefined && { id }), field, message: `${where}.${field}: ${problem}` };
}

/** The event's own id, trimmed; `undefined` when absent or not a usable string (checkEvent says why). */
function explicitId(value: Record<string, unknown>): string | undefined {
  if (typeof value.id !== 'string') return undefined;
  const id = value.id.trim();
  return id === '' ? undefined : id;
}

/** `report` names this event (index and id) in each message. */
function checkEvent(
  value: Record<string, unknown>,
  index: number,
  id: string | undefined,
  issues: IssueList,
  report: Report,
): Draft | undefined {
  const before = issues.count;
  // The id is checked first because every other message about this event names it.
  if (id === undefined && value.id !== undefined && value.id !== null) {
    report('id', `expected a non-empty string, got ${kind(value.id)}`);
  }
  // The id is written into the SVG (data-event-id); XML has no way to carry these characters.
  const badChar = id === undefined ? null : NOT_XML_CHAR.exec(id);
  if (badChar) report('id', `contains ${codePoint(badChar[0])}, a control character or lone surrogate that SVG cannot hold`);

  // A canonical date without an end, as nearly every event has, is read at once; any other
  // by the general reader (which says what is wrong), whose result wraps the date.
  const date = value.date;
  const end = value.end;
  const fast = typeof date === 'string' && (end === undefined || end === null) ? edtfFastPath(date) : undefined;
  const when = fast === undefined ? readSpan(date, end, '', true, report) : undefined;

  const title = localized(value.title, 'title', true, report);
  const description = localized(value.description, 'description', false, report);
  const category = optionalString(value.category, 'category', report);
  const url = httpUrl(value.url, 'url', report);
  const source = checkSource(value.source, report);
  const media = checkMedia(value.media, report);
  const lane = readLane(value.lane, 'lane', report);

  const eventDate = fast ?? when?.date;
  if (issues.count > before || eventDate === undefined || title === undefined) return undefined;
  const draft: Draft = { id, index, date: eventDate, title };
  if (when?.end !== undefined) draft.end = when.end;
  if (when?.openStart !== undefined) draft.openStart = when.openStart;
  if (when?.openEnd !== undefined) draft.openEnd = when.openEnd;
  if (description !== undefined) draft.description = description;
  if (category !== undefined) draft.category = category;
  if (url !== undefined) draft.url = url;
  if (source !== undefined) draft.source = source;
  if (media !== undefined) draft.media = media;
  if (lane !== undefined) draft.lane = lane;
  return draft;
}

function checkSource(value: unknown, report: Report): EventSource | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    report('source', `expected an object with publication, agency, quote or url, got ${kind(value)}`);
    return undefined;
  }
  const publication = localized(value.publication, 'source.publication', false, report);
  const agency = localized(value.agency, 'source.agency', false, report);
  const quote = localized(value.quote, 'source.quote', false, report);
  const url = httpUrl(value.url, 'source.url', report);
  const source: EventSource = {
    ...(publication !== undefined && { publication }),
    ...(agency !== undefined && { agency }),
    ...(quote !== undefined && { quote }),
    ...(url !== undefined && { url }),
  };
  return Object.keys(source).length > 0 ? source : undefined;
}

function checkLocale(value: unknown, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    report('locale', `expected a non-empty string, got ${kind(value)}`);
    return undefined;
  }
  const locale = value.trim();
  if (!isLanguageTag(locale)) {
    report('locale', `${quote(locale)} ${LANGUAGE_TAG_HINT}`);
    return undefined;
  }
  return locale;
}
