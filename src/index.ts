/**
 * eventline: dated events → an accessible SVG timeline. This entry is browser-safe;
 * `eventline/server` renders to a string in Node, `eventline/data` holds datasets.
 *
 * @packageDocumentation
 */
export * from './model/index.js';
export { formatEventDate, formatEventSpan, formatTick, formatYear, type TickUnit } from './format/formatEventDate.js';
export { registerLocale, getLocaleSpec, hasLocale, directionOf, baseLanguage, BUILT_IN_LOCALES, type LocaleSpec } from './format/locales.js';
export { layoutTimeline, timeDomain } from './layout/layoutTimeline.js';
export { resolveOptions, defaultLocale, DEFAULT_MAX_ROWS, DEFAULT_CLUSTER_ROWS, type ResolvedOptions, type LayoutOptions } from './layout/resolveOptions.js';
export { clusterText, clusterSpanText } from './format/clusterText.js';
export { measureTextWidth, createCanvasMeasurer, truncateToWidth, type TextMeasurer, type TruncatedText, type CanvasTextContext } from './layout/measureText.js';
export { FONT_FAMILY } from './layout/font.js';
export type * from './layout/types.js';
export { renderTimeline, defaultIdPrefix, type RenderOptions } from './render/renderTimeline.js';
export { renderSvg, type SvgOptions } from './renderSvg.js';
export type { TimelineOptions, ThemeName } from './options.js';
export * from './interact/index.js';
