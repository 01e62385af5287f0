import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY } from '../layout/font.js';
import { parseTimeline } from '../model/parseTimeline.js';
import type { Timeline } from '../model/types.js';
import { jsdomWindow } from './jsdomWindow.js';
import { renderTimelineToString, type StringOptions } from './renderToString.js';
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
    throw new RangeError(`options.scale: expected a number more than 0 and at most ${MAX_SCALE}, got ${typeof scale === 'number' ? scale : JSON.stringify(scale)}`);
  }
  return scale;
}

// ------------------------------------------------------------------ styles → attributes

/** One declaration of a rule: `fill: var(--_bg)`. */
interface Declaration {
  property: string;
  value: string;
  important: boolean;
}

interface StyleRule {
  selector: string;
  specificity: number;
  order: number;
  declarations: Declaration[];
}

/** Splits on `separator` where it is not inside parentheses, brackets or quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function parseDeclarations(block: string): Declaration[] {
  const out: Declaration[] = [];
  for (const part of splitTopLevel(block, ';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim();
    let value = part.slice(colon + 1).trim();
    const important = /!\s*important$/i.test(value);
    if (important) value = value.replace(/!\s*important$/i, '').trim();
    if (property && value) out.push({ property: property.startsWith('--') ? property : property.toLowerCase(), value, important });
  }
  return out;
}

/** (ids, classes + attributes + pseudo-classes, types) packed into one comparable number. */
function specificity(selector: string): number {
  const s = selector.replace(/\[[^\]]*\]/g, '.').replace(/"[^"]*"|'[^']*'/g, '');
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]*|:(?!:)[\w-]+/g) ?? []).length;
  const types = (s.replace(/#[\w-]+|\.[\w-]*|:(?!:)[\w-]+(\([^)]*\))?/g, ' ').match(/(^|[\s>+~(])[a-zA-Z][\w-]*|::[\w-]+/g) ?? []).length;
  return ids * 1e6 + classes * 1e3 + types;
}

/**
 * Reads the style rules of a stylesheet. Rules inside at-rules (`@media`, `@supports`)
 * are skipped: a PNG has no screen to query, and the theme is chosen by `data-theme`.
 */
function parseStylesheet(css: string, rules: StyleRule[]): void {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    while (j < text.length && depth > 0) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
      j++;
    }
    const body = text.slice(open + 1, j - 1);
    // A statement at-rule (`@import …;`) before this block belongs to no rule.
    const selectorText = prelude.replace(/^(@[^;{]*;\s*)+/, '');
    if (!selectorText.startsWith('@')) {
      const declarations = parseDeclarations(body);
      for (const selector of splitTopLevel(selectorText, ',').map((s) => s.trim()).filter(Boolean)) {
        rules.push({ selector, specificity: specificity(selector), order: rules.length, declarations });
      }
    }
    i = j;
  }
}

const VAR = /var\(\s*(--[\w-]+)\s*(?:,((?:[^()]|\([^()]*\))*))?\)/;

/** Replaces every `var(--x, fallback)` with its value; undefined when one has neither. */
function substitute(value: string, custom: ReadonlyMap<string, string>): string | undefined {
  let out = value;
  // Each pass replaces the first var() (a fallback may hold another, replaced on a later
  // pass); the bound stops a value that keeps growing.
  for (let n = 0; n < 64; n++) {
    const m = VAR.exec(out);
    if (!m) return out;
    const replacement = custom.get(m[1]!) ?? m[2]?.trim();
    if (replacement === undefined) return undefined;
    out = out.slice(0, m.index) + replacement + out.slice(m.index + m[0].length);
  }
  return undefined;
}

function cascade(el: Element, rules: readonly StyleRule[], inherited: ReadonlyMap<string, string>): void {
  const matched = rules.filter((r) => {
    try {
      return el.matches(r.selector);
    } catch {
      return false; // a selector jsdom cannot match (pseudo-elements) styles nothing here
    }
  });
  // Cascade order: rules by specificity then source order, the element's own style
  // attribute after them, and !important declarations after everything (a stable sort).
  const declarations = [
    ...matched.sort((a, b) => a.specificity - b.specificity || a.order - b.order).flatMap((r) => r.declarations),
    ...parseDeclarations(el.getAttribute('style') ?? ''),
  ].sort((a, b) => Number(a.important) - Number(b.important));

  const custom = new Map(inherited);
  const own = new Map<string, string>();
  const declared = new Set<string>();
  for (const d of declarations) {
    if (d.property.startsWith('--')) {
      custom.set(d.property, d.value);
      declared.add(d.property);
    } else own.set(d.property, d.value);
  }
  // As in CSS, a custom property is resolved on the element that declares it and
  // inherited as a value; one that cannot be resolved (a cycle) falls back to inheriting.
  for (const name of declared) {
    const resolved = substitute(custom.get(name)!, withoutSelf(custom, name));
    if (resolved !== undefined) custom.set(name, resolved);
    else if (inherited.has(name)) custom.set(name, inherited.get(name)!);
    else custom.delete(name);
  }
  const style: string[] = [];
  for (const [property, value] of own) {
    const resolved = substitute(value, custom);
    // A var() with no value and no fallback makes the declaration invalid: the property inherits.
    if (resolved !== undefined) style.push(`${property}:${resolved}`);
  }
  if (style.length) el.setAttribute('style', style.join(';'));
  else el.removeAttribute('style');
  for (const child of Array.from(el.children)) cascade(child, rules, custom);
}

function withoutSelf(custom: ReadonlyMap<string, string>, name: string): Map<string, string> {
  const m = new Map(custom);
  m.delete(name);
  return m;
}

// ------------------------------------------------------------------ text for resvg

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
/** What Noto Sans Arabic (2.x) has glyphs for, besides the Arabic blocks: a few marks, digits, «», spaces. */
const NOTO_SANS_ARABIC_HAS = /^[\u0020\u0021\u002c-\u002e\u0030-\u003a\u00a0\u00ab\u00bb\u034f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u200b-\u2011\u200e\u200f\u204f\u25cc\u2e41\ufb50-\ufdff\ufe70-\ufefc]*$/;
const ARABIC_FONT_FAMILY = `"Noto Sans Arabic", "Noto Naskh Arabic", ${FONT_FAMILY}`;
const MIXED_FONT_FAMILY = `"DejaVu Sans", ${ARABIC_FONT_FAMILY}`;
const RLM = '\u200f';

/** The nearest value of an attribute or `style` property on the element or an ancestor. */
function inheritedValue(el: Element, property: string): string | undefined {
  const pattern = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`);
  for (let e: Element | null = el; e; e = e.parentElement) {
    const fromStyle = pattern.exec(e.getAttribute('style') ?? '')?.[1]?.trim();
    if (fromStyle) return fromStyle;
    const attr = e.getAttribute(property)?.trim();
    if (attr) return attr;
  }
  return undefined;
}

function setStyle(el: Element, property: string, value: string): void {
  const rest = splitTopLevel(el.getAttribute('style') ?? '', ';').filter((d) => d.trim() && d.split(':')[0]!.trim() !== property);
  el.setAttribute('style', [...rest, `${property}:${value}`].join(';'));
}

/**
 * Works around what resvg 2.6 does differently from browsers with text. The SVG a
 * browser gets is untouched; this is only the copy that is rasterized.
 *
 * - It anchors right-to-left text as if it ran left to right (`start` = left edge),
 *   and lays every line out in a left-to-right paragraph whatever its `direction`:
 *   "19 يونيو 2024" came out as "يونيو 2024 19", a trailing "…" on the wrong side.
 *   So on right-to-left lines `start` and `end` swap, and the text is wrapped in
 *   right-to-left marks, which make the whole line one right-to-left run.
 * - It takes the first installed family of `font-family` for a whole line, and for a
 *   glyph that face lacks, the first face on the system that has it, in any weight —
 *   and gives up, drawing a box, when the two faces shape to different glyph counts
 *   (Arabic lam-alef is one glyph). A browser picks from our stack glyph by glyph:
 *   Latin from Noto Sans, Arabic from Noto Sans Arabic. Here a line with Arabic
 *   letters gets Noto Sans Arabic first when that face has every character of it
 *   (a "…" becomes "...", which it has), else DejaVu Sans, which has Arabic, Latin
 *   and punctuation, so no fallback is needed.
 */
function adaptTextForResvg(root: Element): void {
  const changes: Array<() => void> = [];
  for (const el of Array.from(root.querySelectorAll('text, tspan'))) {
    const rtl = inheritedValue(el, 'direction') === 'rtl';
    const anchor = el.getAttribute('text-anchor') ?? (el.localName === 'text' ? inheritedValue(el, 'text-anchor') : undefined);
    if (rtl && (anchor === 'start' || anchor === 'end')) changes.push(() => el.setAttribute('text-anchor', anchor === 'start' ? 'end' : 'start'));
    const texts = Array.from(el.childNodes).filter((n) => n.nodeType === 3 && n.textContent);
    if (!texts.length) continue;
    const own = texts.map((n) => n.textContent).join('');
    if (ARABIC_SCRIPT.test(own)) {
      const dotted = own.replace(/\u2026/g, '...');
      if (NOTO_SANS_ARABIC_HAS.test(dotted)) {
        changes.push(() => {
          for (const n of texts) n.textContent = n.textContent!.replace(/\u2026/g, '...');
          setStyle(el, 'font-family', ARABIC_FONT_FAMILY);
        });
      } else changes.push(() => setStyle(el, 'font-family', MIXED_FONT_FAMILY));
    }
    if (rtl) {
      changes.push(() => {
        texts[0]!.textContent = RLM + texts[0]!.textContent;
        texts.at(-1)!.textContent += RLM;
      });
    }
  }
  for (const change of changes) change();
}

// ------------------------------------------------------------------ rendering

/**
 * The SVG of {@link renderToString} made ready for resvg: the stylesheet resolved into
 * `style` attributes (resvg has no CSS variables, so every colour came out black) and
 * the text adapted (see {@link adaptTextForResvg}). Exported for tests, not from the package.
 *
 * @internal
 */
export function svgForResvg(svg: string): string {
  const window = jsdomWindow('renderToPng');
  const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.localName !== 'svg' || root.getElementsByTagName('parsererror').length) throw new Error('renderToPng: the SVG is not well-formed');
  const rules: StyleRule[] = [];
  for (const style of Array.from(root.getElementsByTagName('style'))) {
    parseStylesheet(style.textContent ?? '', rules);
    style.remove();
  }
  cascade(root, rules, new Map());
  adaptTextForResvg(root);
  return new window.XMLSerializer().serializeToString(doc);
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
  // `auto` follows the reader's colour scheme; a picture is drawn before it has a reader.
  const theme = svgOptions.theme === undefined || svgOptions.theme === 'auto' ? 'light' : svgOptions.theme;
  const svg = renderTimelineToString(timeline, { ...svgOptions, theme, xmlDeclaration: false });
  const size = /^<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
  if (size && Math.ceil(Number(size[1]) * scale) * Math.ceil(Number(size[2]) * scale) > MAX_PIXELS) {
    throw new RangeError(`options.scale: ${size[1]}×${size[2]} px at scale ${scale} is more than ${MAX_PIXELS} pixels; use a smaller scale`);
  }
  const { Resvg } = loadResvg();
  const resvgOptions: ResvgRenderOptions = {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, fontFiles: [...fontFiles], fontDirs: [...fontDirs], defaultFontFamily: 'Noto Sans' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
  const png = new Resvg(svgForResvg(svg), resvgOptions).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/**
 * Renders events to a PNG in Node: the SVG of {@link renderToString}, rasterized by
 * resvg, with no browser. Arabic is shaped and runs right to left, in Noto Sans Arabic
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
