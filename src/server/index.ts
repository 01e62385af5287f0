/**
 * Server-side rendering: the browser renderer run against a jsdom document.
 *
 * @packageDocumentation
 */
export { renderToString, renderTimelineToString, type StringOptions } from './renderToString.js';
export * from '../index.js';
