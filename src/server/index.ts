/**
 * Server-side rendering in Node: the browser renderer run against a jsdom document, to
 * an SVG string ({@link renderToString}), a story page in HTML ({@link renderToHtml}) or,
 * through resvg, a PNG ({@link renderToPng}).
 * Everything the `eventline` entry exports is here too.
 *
 * @example
 * ```ts
 * import { renderToString, renderToPng } from 'eventline/server';
 * import { russiaDprk } from 'eventline/data';
 * const svg = renderToString(russiaDprk, { locale: 'ar' });
 * const png = renderToPng(russiaDprk, { locale: 'ar', scale: 2 });
 * ```
 * @packageDocumentation
 * @module eventline/server
 */
export { renderToString, renderTimelineToString, type StringOptions } from './renderToString.js';
export { renderToPng, renderTimelineToPng, type PngOptions } from './renderToPng.js';
export { renderToHtml, renderTimelineToHtml, type HtmlOptions } from './renderToHtml.js';
export { MissingScriptError } from './classicScript.js';
export { MissingPackageError } from './requirePackage.js';
export * from '../index.js';
