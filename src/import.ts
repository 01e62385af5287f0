/**
 * `eventline/import`: timelines written for other tools, and text in any format. Its own
 * entry (and its own classic script, `eventline-import.min.js`, global `eventlineImport`)
 * so that pages which only draw eventline data do not ship the TimelineJS and vis readers.
 *
 * @example
 * ```ts
 * import { parseTimelineText, fromTimelineJs } from 'eventline/import';
 * import { renderSvg } from 'eventline';
 * document.body.append(renderSvg(parseTimelineText(await (await fetch('timeline.json')).text())));
 * const input = fromTimelineJs(timelineJsDocument); // plain eventline JSON, to save or render
 * ```
 * @packageDocumentation
 * @module eventline/import
 */
export { parseTimelineText } from './model/parseTimelineText.js';
export { detectFormat, type TimelineFormat } from './model/detectFormat.js';
export { fromTimelineJs } from './model/fromTimelineJs.js';
export { fromVisItems } from './model/fromVisItems.js';
