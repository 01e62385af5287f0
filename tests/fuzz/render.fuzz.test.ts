/**
 * Fuzzing the whole pipeline: every input that parses renders to well-formed SVG in
 * which no element or attribute comes from the data.
 * Runs: FUZZ_RUNS / 5 per property (a render through jsdom and a strict XML parse cost
 * ~30 ms, a parse alone well under 1 ms), so 200 by default and 20,000 under `npm run fuzz`.
 * Seed: FUZZ_SEED (printed).
 *
 * If the renderer or layout learns new elements or attributes, add them to the allowlists
 * below: they are what the renderer emits, nothing else may appear.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromTimelineJs, fromVisItems, parseTimeline, parseTimelineText, ValidationError, type Timeline } from '../../src/model/index.js';
import { renderTimelineToString, renderToString, type StringOptions } from '../../src/server/renderToString.js';
import { markupInventory, parseSvg } from '../helpers/svg.js';
import {
  anyFormat,
  anyText,
  hostileString,
  oursDoc,
  tljsDoc,
  validOursDoc,
  validText,
  validTljsDoc,
  validVisDoc,
  visDoc,
} from './arbitraries.js';
import { FUZZ_RUNS, fuzzParams, timeoutFor } from './config.js';

/** Runs per render property: a fifth of FUZZ_RUNS (see the header). */
const RENDER_RUNS = Math.max(1, Math.round(FUZZ_RUNS / 5));

// polygon: the arrowhead of an event still going on.
const ELEMENTS = new Set([
  'svg',
  'title',
  'desc',
  'style',
  'rect',
  'text',
  'tspan',
  'g',
  'line',
  'circle',
  'a',
  'polyline',
  'path',
  'polygon',
]);
// prettier-ignore
const ATTRIBUTES = new Set([
  'xmlns', 'id', 'class', 'width', 'height', 'viewBox', 'role', 'aria-roledescription', 'aria-labelledby',
  'aria-describedby', 'aria-label', 'aria-hidden', 'lang', 'data-theme', 'data-orientation', 'data-event-id',
  'direction', 'unicode-bidi', 'font-size', 'text-anchor', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'href',
  // The two layouts of an SVG drawn without a width.
  'preserveAspectRatio', 'transform', 'display',
  // Clusters drawn where labels do not fit.
  'data-cluster-id', 'data-count',
  // Leaders that turn (vertical labels in columns).
  'points',
  // The density strip (one path per shade).
  'd',
  // Eras' bands, joined by their place in the input.
  'data-era-index',
  // The lane of events that have none.
  'data-unnamed',
  // The title as a heading.
  'aria-level',
]);

const options: fc.Arbitrary<StringOptions> = fc.record(
  {
    locale: fc.constantFrom('en', 'ar', 'fr', 'ko', 'ru', 'he', 'zh-Hant', 'ar-EG', 'de'),
    width: fc.integer({ min: 120, max: 1600 }),
    orientation: fc.constantFrom('horizontal', 'vertical'),
    direction: fc.constantFrom('ltr', 'rtl'),
    theme: fc.constantFrom('light', 'dark', 'auto'),
    title: hostileString,
    xmlDeclaration: fc.boolean(),
    today: fc.constantFrom('2024-06-19', '1950', '-0043-03-15', 'Y-66000000'),
  },
  { requiredKeys: [] },
);

/** The checks every rendered SVG must pass. */
function checkSvg(text: string, events: readonly { id: string; url?: string }[]): void {
  const doc = parseSvg(text); // throws unless well-formed XML
  const root = doc.documentElement;
  expect(root.localName).toBe('svg');
  expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
  const { elements, attributes } = markupInventory(doc);
  expect([...elements].filter((e) => !ELEMENTS.has(e))).toEqual([]);
  expect([...attributes].filter((a) => !ATTRIBUTES.has(a))).toEqual([]);
  expect([...attributes].filter((a) => /^on/i.test(a))).toEqual([]);
  for (const a of Array.from(doc.getElementsByTagName('a'))) expect(a.getAttribute('href')).toMatch(/^https?:\/\/\S+$/i);
  for (const style of Array.from(doc.getElementsByTagName('style'))) expect(style.textContent).not.toMatch(/<|\]\]>/);
  // In each layout every event is drawn once: in a group carrying its id unchanged through
  // serialization, or counted by a drawn cluster.
  const known = new Set(events.map((e) => e.id));
  for (const layout of Array.from(doc.querySelectorAll('svg.eventline'))) {
    const ids = Array.from(layout.querySelectorAll('[data-event-id]')).map((g) => g.getAttribute('data-event-id')!);
    const clustered = Array.from(layout.querySelectorAll('[data-count]')).reduce((n, g) => n + Number(g.getAttribute('data-count')), 0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
    expect(ids.length + clustered).toBe(events.length);
  }
}

/** Calls `f`; returns undefined when the input is refused with a ValidationError. */
function unlessInvalid<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof ValidationError) return undefined;
    throw e;
  }
}

describe('fuzz: whatever parses renders to safe, well-formed SVG', () => {
  it('text of every format through parseTimelineText and renderTimelineToString', { timeout: timeoutFor(30_000, RENDER_RUNS * 5) }, () => {
    let rendered = 0;
    const input = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(validText, fc.constant(undefined)) },
      { weight: 1, arbitrary: fc.tuple(anyText, anyFormat) },
    );
    fc.assert(
      fc.property(input, options, ([text, format], opts) => {
        const timeline: Timeline | undefined = unlessInvalid(() => parseTimelineText(text, format));
        if (!timeline) return;
        rendered++;
        checkSvg(renderTimelineToString(timeline, opts), timeline.events);
      }),
      fuzzParams(RENDER_RUNS),
    );
    console.log(`[fuzz] text: rendered ${rendered} of ${RENDER_RUNS}`);
    // The generators are meant to produce valid input often enough to exercise rendering.
    expect(rendered).toBeGreaterThan(RENDER_RUNS / 4);
  });

  it('documents of every format through the converters and renderToString', { timeout: timeoutFor(30_000, RENDER_RUNS * 5) }, () => {
    let rendered = 0;
    const input = fc.oneof(
      { weight: 2, arbitrary: validOursDoc.map((d) => () => d) },
      { weight: 2, arbitrary: validTljsDoc.map((d) => () => fromTimelineJs(d)) },
      { weight: 2, arbitrary: validVisDoc.map((d) => () => fromVisItems(d)) },
      { weight: 1, arbitrary: oursDoc.map((d) => () => d) },
      { weight: 1, arbitrary: tljsDoc.map((d) => () => fromTimelineJs(d)) },
      { weight: 1, arbitrary: visDoc.map((d) => () => fromVisItems(d)) },
    );
    fc.assert(
      fc.property(input, options, (make, opts) => {
        const value = unlessInvalid(make);
        if (value === undefined) return;
        const svg = unlessInvalid(() => renderToString(value, opts));
        if (svg === undefined) return;
        rendered++;
        checkSvg(svg, parseTimeline(value).events);
      }),
      fuzzParams(RENDER_RUNS),
    );
    console.log(`[fuzz] documents: rendered ${rendered} of ${RENDER_RUNS}`);
    expect(rendered).toBeGreaterThan(RENDER_RUNS / 4);
  });
});
