import type { ThemeName } from '../options.js';

/**
 * The colours of a theme by role. In the stylesheet each becomes a CSS custom property
 * `--_x` that reads a public `--eventline-x` first, so a page can restyle an inlined
 * timeline from any ancestor without touching the SVG.
 */
export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  axis: string;
  mark: string;
  halo: string;
  categories: readonly string[];
}

/**
 * WCAG relative luminance of a `#rrggbb` colour.
 *
 * @example
 * ```ts
 * luminance('#ffffff') // 1
 * ```
 */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const x = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/**
 * WCAG contrast ratio between two `#rrggbb` colours (1 to 21).
 *
 * @example
 * ```ts
 * contrast('#000000', '#ffffff') // 21
 * ```
 */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/**
 * Built-in themes; `auto` picks among them with media queries. Category colours are
 * the first eight of d3's Tableau 10, with their lightness moved (hue kept) until they
 * reach the theme's contrast target against its background: 3:1 in light and dark,
 * 4.5:1 in print, 7:1 in high contrast. They are written out rather than computed so
 * the classic-script build does not carry d3's colour schemes; tests/render/theme.test.ts
 * checks hues and ratios.
 *
 * @example
 * ```ts
 * PALETTES.dark.bg // '#0d1117'
 * ```
 */
export const PALETTES = {
  light: {
    bg: '#ffffff', fg: '#1b1f24', muted: '#57606a', axis: '#6e7781', mark: '#0969da', halo: '#ffffff',
    categories: ['#4e79a7', '#dc7c16', '#e15759', '#5e9f9a', '#59a14f', '#af9100', '#af7aa1', '#d57882'],
  },
  dark: {
    bg: '#0d1117', fg: '#e6edf3', muted: '#9da7b3', axis: '#8b949e', mark: '#58a6ff', halo: '#0d1117',
    categories: ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7'],
  },
  'high-contrast': {
    bg: '#ffffff', fg: '#000000', muted: '#000000', axis: '#000000', mark: '#0000c0', halo: '#ffffff',
    categories: ['#2d5b87', '#943f00', '#aa2130', '#1d615d', '#186516', '#6c5500', '#7a486d', '#913a48'],
  },
  print: {
    bg: '#ffffff', fg: '#000000', muted: '#333333', axis: '#555555', mark: '#1f3a93', halo: '#ffffff',
    categories: ['#4e79a7', '#b85d00', '#cf464b', '#3f7f7b', '#3b8434', '#8d7200', '#99668c', '#b35864'],
  },
} as const satisfies Record<string, Palette>;

const light = PALETTES.light;
const dark = PALETTES.dark;

/** Number of distinct category colours before they repeat. */
export const CATEGORY_COLORS = light.categories.length;

/**
 * The colours a theme paints with where no reader can be asked for a colour scheme
 * (a PNG): `auto` is light.
 *
 * @example
 * ```ts
 * themePalette('auto').bg // '#ffffff'
 * ```
 */
export function themePalette(theme: ThemeName): Palette {
  return PALETTES[theme === 'auto' ? 'light' : theme];
}

/**
 * How each part of the drawing is painted, written once for both paths: the stylesheet
 * a browser gets, where each `$role` becomes `var(--_role)` (so media queries and the page
 * can change it), and the presentation attributes of a raster, where it becomes that
 * colour of one theme. `$cat` is the category colour of an event (`mark` for events
 * without one, and for clusters).
 */
export const PARTS = {
  background: ['.el-bg', 'fill:$bg'],
  heading: ['.el-heading', 'fill:$fg;font-weight:700'],
  axisLine: ['.el-axis-line', 'stroke:$axis;stroke-width:1.5'],
  tickLine: ['.el-tick line', 'stroke:$axis'],
  tickLabel: ['.el-tick text', 'fill:$muted'],
  mark: ['.el-mark', 'fill:$cat;stroke:$bg;stroke-width:1.5'],
  stem: ['.el-stem', 'fill:none;stroke:$cat;stroke-width:1;opacity:.7'],
  label: ['.el-label', 'fill:$fg;paint-order:stroke;stroke:$halo;stroke-width:3px;stroke-linejoin:round'],
  date: ['.el-date', 'fill:$muted;font-weight:700'],
  linkedTitle: ['a .el-title', 'text-decoration:underline'],
  clusterMark: ['.el-cluster-mark', 'fill-opacity:.3;stroke:$cat'],
  density: ['.el-density path', 'fill:$axis'],
  // Approximate and uncertain dates: a pale mark with a dashed edge in its colour.
  approxMark: ['.el-approx', 'fill-opacity:.35;stroke:$cat;stroke-width:1.5;stroke-dasharray:2.5 1.5'],
  legendText: ['.el-legend text', 'fill:$fg'],
  swatch: ['.el-swatch', 'fill:$cat'],
} as const;

/** A part of the drawing that is painted: `mark`, `label`, `axisLine`, … */
export type PartName = keyof typeof PARTS;

/** High contrast: solid stems and a heavier axis, not only darker colours. */
export const HIGH_CONTRAST: Partial<Record<PartName, string>> = { stem: 'opacity:1;stroke-width:1.5', axisLine: 'stroke-width:2' };

function variables(p: Palette): string {
  const base = `--_bg:var(--eventline-bg,${p.bg});--_fg:var(--eventline-fg,${p.fg});--_muted:var(--eventline-muted,${p.muted});--_axis:var(--eventline-axis,${p.axis});--_mark:var(--eventline-mark,${p.mark});--_halo:var(--eventline-halo,${p.halo});`;
  return base + p.categories.map((c, i) => `--_c${i}:var(--eventline-category-${i},${c});`).join('');
}

function rule(scope: string, part: PartName, declarations: string = PARTS[part][1]): string {
  return `${scope} ${PARTS[part][0]}{${declarations.replace(/\$(\w+)/g, 'var(--_$1)')}}`;
}

/**
 * The stylesheet embedded in every SVG, scoped to its root id so that several
 * timelines inlined in one page keep their own themes.
 *
 * @example
 * ```ts
 * timelineCss('el-1x2y', 'Noto Sans, sans-serif')
 * timelineCss('el-1x2y', 'Noto Sans, sans-serif', { clusters: true }) // with the cluster and density rules
 * timelineCss('el-1x2y', 'Noto Sans, sans-serif', { legend: true, approximate: true }) // with the legend's and approximate marks' rules
 * ```
 */
export function timelineCss(rootId: string, fontFamily: string, parts: { clusters?: boolean; legend?: boolean; approximate?: boolean } = {}): string {
  const r = `#${rootId}`;
  const cats = light.categories.map((_, i) => `${r} .el-cat-${i}{--_cat:var(--_c${i})}`).join('');
  const hc = `${r}[data-theme=high-contrast]`;
  return [
    `${r}{${variables(light)}font-family:${fontFamily}}`,
    `${r}[data-theme=dark]{${variables(dark)}}`,
    `${hc}{${variables(PALETTES['high-contrast'])}}`,
    `${r}[data-theme=print]{${variables(PALETTES.print)}}`,
    `@media (prefers-color-scheme:dark){${r}[data-theme=auto]{${variables(dark)}}}`,
    `@media (prefers-contrast:more){${r}[data-theme=auto]{${variables(PALETTES['high-contrast'])}}}`,
    `@media print{${r}[data-theme=auto]{${variables(PALETTES.print)}}}`,
    ...(['background', 'heading', 'axisLine', 'tickLine', 'tickLabel'] as const).map((part) => rule(r, part)),
    `${r} .el-event{--_cat:var(--_mark)}`,
    cats,
    ...(['mark', 'stem', 'label', 'date', 'linkedTitle'] as const).map((part) => rule(r, part)),
    rule(hc, 'stem', HIGH_CONTRAST.stem),
    rule(hc, 'axisLine', HIGH_CONTRAST.axisLine),
    `@media (prefers-contrast:more){${rule(`${r}[data-theme=auto]`, 'stem', HIGH_CONTRAST.stem)}}`,
    // Only drawings with clusters carry their rules, so small timelines stay as they were.
    ...(parts.clusters ? [`${r} .el-cluster{--_cat:var(--_mark)}`, rule(r, 'clusterMark'), rule(r, 'density')] : []),
    // After the mark's rule, which it overrides.
    ...(parts.approximate ? [rule(r, 'approxMark')] : []),
    ...(parts.legend ? [`${r} .el-legend{--_cat:var(--_mark)}`, rule(r, 'legendText'), rule(r, 'swatch')] : []),
  ].join('\n');
}
