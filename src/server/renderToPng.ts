import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY } from '../layout/font.js';
import { withClockToday } from '../clockToday.js';
import { layoutTimeline } from '../layout/layoutTimeline.js';
import { parseTimeline } from '../model/parseTimeline.js';
import type { Timeline } from '../model/types.js';
import { attributePainter } from '../render/attributePainter.js';
import { paintTimeline } from '../render/renderTimeline.js';
import { visualRuns } from './bidiRuns.js';
import { jsdomWindow } from './jsdomWindow.js';
import type { StringOptions } from './renderToString.js';
import { requirePackage } from './requirePackage.js';

/**
 * Options for {@link renderToPng}: the layout and drawing options of
 * {@link renderToString}, plus the raster settings. `theme` is `light` unless `dark`.
 *
 * @example
 * ```ts
 * const options: PngOptions = { locale: 'ar', width: 720, theme: 'dark', scale: 2 };
 * writeFileSync('timeline@2x.png', renderToPng(events, options));
 * ```
 */
export interface PngOptions extends Omit<StringOptions, 'xmlDeclaration'> {
  /**
   * Pixels per SVG px: `2` gives a PNG twice as wide and twice as tall, for sharp
   * pictures on high-density screens. Default 1. More than 0, at most 10.
   */
  scale?: number;
  /**
   * Extra font files (`.ttf`, `.otf`, `.ttc`) to draw with, besides the system fonts:
   * for a script the system fonts lack, or to pin the faces on a build server.
   * Text still picks faces by the family names of our font stack (`FONT_FAMILY`).
   */
  fontFiles?: readonly string[];
  /** Extra folders to load fonts from, as `fontFiles`. */
  fontDirs?: readonly string[];
}

const MAX_SCALE = 10;
/** The most pixels a PNG may have: 2²⁸ RGBA pixels are 1 GiB while it is drawn. */
const MAX_PIXELS = 2 ** 28;

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: ResvgModule | undefined;

/**
 * Loads the native rasterizer on first use, so that importing `eventline/server` only
 * for `renderToString` never loads (or needs) a platform binary.
 */
function loadResvg(): ResvgModule {
  resvg ??= requirePackage<ResvgModule>('@resvg/resvg-js', `renderToPng (on ${process.platform}-${process.arch})`);
  return resvg;
}

function checkScale(scale: unknown): number {
  if (scale === undefined) return 1;
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new RangeError(
      `options.scale: expected a number more than 0 and at most ${MAX_SCALE}, got ${typeof scale === 'number' ? scale : JSON.stringify(scale)}`,
    );
  }
  return scale;
}

// ------------------------------------------------------------------ text for resvg

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
/** What Noto Sans Arabic (2.x) has glyphs for, besides the Arabic blocks: a few marks, digits, «», spaces. */
const NOTO_SANS_ARABIC_HAS =
  /^[\u0020\u0021\u002c-\u002e\u0030-\u003a\u00a0\u00ab\u00bb\u034f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u200b-\u2011\u200e\u200f\u204f\u25cc\u2e41\ufb50-\ufdff\ufe70-\ufefc]*$/;
const ARABIC_FONT_FAMILY = `"Noto Sans Arabic", "Noto Naskh Arabic", ${FONT_FAMILY}`;
const MIXED_FONT_FAMILY = `"DejaVu Sans", ${ARABIC_FONT_FAMILY}`;
const LRM = '\u200e';
const RLM = '\u200f';

/**
 * A line of text as resvg must get it to draw it as a browser does. resvg (2.6) runs the
 * bidi algorithm, but always in a left-to-right paragraph, whatever `direction` says: on
 * a right-to-left line, a Latin word splits the line, and the pieces come out in
 * left-to-right order ("قمة G7 في إيطاليا بحضور Joe Biden" with its Latin words
 * swapped). So the runs go in visual order, from {@link visualRuns}, each between marks
 * of its own direction: a right-to-left run is reversed on its own and shaped right to
 * left (which mirrors its brackets), the marks between runs keep neighbours from being
 * reordered with each other, and the last mark keeps a run's trailing space from being
 * moved to the end of the line. resvg measures and places the glyphs itself, so the runs
 * touch exactly as they would in one run. Marks, not embeddings or isolates: the Arabic
 * face lacks those, and a character missing from a face sends the line to fallback fonts.
 * Returns `undefined` when resvg draws the text right as it is: one left-to-right run.
 */
function resvgLineText(text: string, direction: 'ltr' | 'rtl'): string | undefined {
  const runs = visualRuns(text, direction);
  if (direction === 'ltr' && runs.every((r) => !r.rtl)) return undefined;
  return runs.map((r) => (r.rtl ? RLM + r.text + RLM + LRM : LRM + r.text + LRM)).join('');
}

/**
 * Works around what resvg 2.6 does differently from browsers with text. The SVG a
 * browser gets is untouched; this is only the copy that is rasterized.
 *
 * - It anchors right-to-left text as if it ran left to right (`start` = left edge), and
 *   orders every line as a left-to-right paragraph: so on right-to-left lines `start`
 *   and `end` swap, and the text of every line with right-to-left runs is written in
 *   visual order (see {@link resvgLineText}).
 * - It takes the first installed family of `font-family` for a whole line, and for a
 *   glyph that face lacks, the first face on the system that has it, in any weight —
 *   and gives up, drawing a box, when the two faces shape to different glyph counts
 *   (Arabic lam-alef is one glyph). A browser picks from our stack glyph by glyph:
 *   Latin from Noto Sans, Arabic from Noto Sans Arabic. Here a line with Arabic
 *   letters gets Noto Sans Arabic first when that face has every character of it
 *   (a "…" becomes "...", which it has), else DejaVu Sans, which has Arabic, Latin
 *   and punctuation, so no fallback is needed. (Runs cannot take faces of their own:
 *   resvg shapes a whole line with the face of each of its spans.)
 */
function adaptTextForResvg(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('text, tspan'))) {
    const direction = el.closest('[direction]')?.getAttribute('direction') === 'rtl' ? 'rtl' : 'ltr';
    // A tspan without its own anchor takes its text's, which is swapped already.
    const anchor = el.localName === 'text' ? el.closest('[text-anchor]')?.getAttribute('text-anchor') : el.getAttribute('text-anchor');
    if (direction === 'rtl' && (anchor === 'start' || anchor === 'end'))
      el.setAttribute('text-anchor', anchor === 'start' ? 'end' : 'start');
    const texts = Array.from(el.childNodes).filter((n) => n.nodeType === 3 && n.textContent);
    if (!texts.length) continue;
    const own = texts.map((n) => n.textContent).join('');
    if (ARABIC_SCRIPT.test(own)) {
      if (NOTO_SANS_ARABIC_HAS.test(own.replace(/\u2026/g, '...'))) {
        for (const n of texts) n.textContent = n.textContent!.replace(/\u2026/g, '...');
        el.setAttribute('font-family', ARABIC_FONT_FAMILY);
      } else el.setAttribute('font-family', MIXED_FONT_FAMILY);
    }
    for (const n of texts) {
      const visual = resvgLineText(n.textContent!, direction);
      if (visual !== undefined) n.textContent = visual;
    }
  }
}

// ------------------------------------------------------------------ rendering

/**
 * The SVG that resvg draws, with its size: painted with presentation attributes from
 * the theme's palette (resvg has no CSS variables, so a stylesheet came out black) and
 * its text adapted (see {@link adaptTextForResvg}). `auto` is drawn light: a picture is
 * drawn before it has a reader whose colour scheme it could follow. Exported for tests,
 * not from the package.
 *
 * @internal
 */
export function svgForResvg(timeline: Timeline, given: StringOptions = {}): { svg: string; width: number; height: number } {
  const options = withClockToday(given);
  const geometry = layoutTimeline(timeline, options);
  const window = jsdomWindow('renderToPng');
  const svg = paintTimeline(geometry, window.document, options, attributePainter(options.theme ?? 'auto', geometry.categories.length > 0));
  adaptTextForResvg(svg);
  return { svg: new window.XMLSerializer().serializeToString(svg), width: geometry.width, height: geometry.height };
}

/**
 * Draws an already validated timeline to PNG bytes. See {@link renderToPng}.
 *
 * @example
 * ```ts
 * const png = renderTimelineToPng(parseTimelineText(csv, 'csv'), { scale: 2 });
 * ```
 */
export function renderTimelineToPng(timeline: Timeline, options: PngOptions = {}): Uint8Array {
  const { scale: rawScale, fontFiles = [], fontDirs = [], ...svgOptions } = options;
  const scale = checkScale(rawScale);
  const { svg, width, height } = svgForResvg(timeline, svgOptions);
  if (Math.ceil(width * scale) * Math.ceil(height * scale) > MAX_PIXELS) {
    throw new RangeError(`options.scale: ${width}×${height} px at scale ${scale} is more than ${MAX_PIXELS} pixels; use a smaller scale`);
  }
  const { Resvg } = loadResvg();
  const resvgOptions: ResvgRenderOptions = {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, fontFiles: [...fontFiles], fontDirs: [...fontDirs], defaultFontFamily: 'Noto Sans' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
  const png = new Resvg(svg, resvgOptions).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/**
 * Renders events to a PNG in Node: the drawing of {@link renderToString}, with its
 * colours written as attributes instead of a stylesheet, rasterized by resvg, with no browser. Arabic is shaped and runs right to left, in Noto Sans Arabic
 * when it is installed (Debian: `fonts-noto-core`). The theme is light unless
 * `theme: 'dark'`: `auto` has no reader to follow in a picture. Throws
 * `ValidationError` on bad input and `RangeError` on bad options.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { renderToPng } from 'eventline/server';
 * import { russiaDprk } from 'eventline/data';
 * writeFileSync('timeline.png', renderToPng(russiaDprk, { locale: 'ar', scale: 2 }));
 * ```
 */
export function renderToPng(input: unknown, options: PngOptions = {}): Uint8Array {
  return renderTimelineToPng(parseTimeline(input), options);
}
