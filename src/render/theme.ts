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

/** Colours of the palette by role; `cat` is the category colour of an event (`mark` when it has none, and for clusters). */
type Role = 'bg' | 'fg' | 'muted' | 'axis' | 'mark' | 'halo' | 'cat';
/** A property and its value: a colour of the palette, or the value itself. */
type Declaration = readonly [property: string, value: string | { readonly role: Role }];

const role = (name: Role) => ({ role: name });

/**
 * How each part of the drawing is painted, written once for both paths: the stylesheet
 * a browser gets (each colour a `var(--_x)`, so media queries and the page can change it)
 * and the presentation attributes of a raster (each colour resolved from one theme).
 */
const PARTS = {
  background: { selector: '.el-bg', declarations: [['fill', role('bg')]] },
  heading: { selector: '.el-heading', declarations: [['fill', role('fg')], ['font-weight', '700']] },
  axisLine: { selector: '.el-axis-line', declarations: [['stroke', role('axis')], ['stroke-width', '1.5']] },
  tickLine: { selector: '.el-tick line', declarations: [['stroke', role('axis')]] },
  tickLabel: { selector: '.el-tick text', declarations: [['fill', role('muted')]] },
  mark: { selector: '.el-mark', declarations: [['fill', role('cat')], ['stroke', role('bg')], ['stroke-width', '1.5']] },
  stem: { selector: '.el-stem', declarations: [['stroke', role('cat')], ['stroke-width', '1'], ['opacity', '.7']] },
  label: {
    selector: '.el-label',
    declarations: [['fill', role('fg')], ['paint-order', 'stroke'], ['stroke', role('halo')], ['stroke-width', '3px'], ['stroke-linejoin', 'round']],
  },
  date: { selector: '.el-date', declarations: [['fill', role('muted')], ['font-weight', '700']] },
  linkedTitle: { selector: 'a .el-title', declarations: [['text-decoration', 'underline']] },
  clusterMark: { selector: '.el-cluster-mark', declarations: [['fill-opacity', '.3'], ['stroke', role('cat')]] },
  density: { selector: '.el-density rect', declarations: [['fill', role('axis')]] },
} satisfies Record<string, { selector: string; declarations: readonly Declaration[] }>;

/** A part of the drawing that is painted: `mark`, `label`, `axisLine`, … */
export type PartName = keyof typeof PARTS;

/** High contrast: solid stems and a heavier axis, not only darker colours. */
const HIGH_CONTRAST: Partial<Record<PartName, readonly Declaration[]>> = {
  stem: [['opacity', '1'], ['stroke-width', '1.5']],
  axisLine: [['stroke-width', '2']],
};

/**
 * The presentation attributes of one part in one theme, every colour resolved: what a
 * renderer with no stylesheet (resvg has no CSS variables) writes on the element.
 *
 * @param colorIndex the event's category colour index; below 0 (no category, or a cluster) paints with `mark`
 * @example
 * ```ts
 * presentationAttributes('dark', 'mark', 1) // Map { 'fill' => '#f28e2c', 'stroke' => '#0d1117', 'stroke-width' => '1.5' }
 * ```
 */
export function presentationAttributes(theme: ThemeName, part: PartName, colorIndex = -1): Map<string, string> {
  const palette = themePalette(theme);
  const colour = (r: Role) => (r !== 'cat' ? palette[r] : colorIndex < 0 ? palette.mark : palette.categories[colorIndex % CATEGORY_COLORS]!);
  const declarations: readonly Declaration[] = [...PARTS[part].declarations, ...((theme === 'high-contrast' && HIGH_CONTRAST[part]) || [])];
  return new Map(declarations.map(([property, value]) => [property, typeof value === 'string' ? value : colour(value.role)]));
}

function variables(p: Palette): string {
  const base = `--_bg:var(--eventline-bg,${p.bg});--_fg:var(--eventline-fg,${p.fg});--_muted:var(--eventline-muted,${p.muted});--_axis:var(--eventline-axis,${p.axis});--_mark:var(--eventline-mark,${p.mark});--_halo:var(--eventline-halo,${p.halo});`;
  return base + p.categories.map((c, i) => `--_c${i}:var(--eventline-category-${i},${c});`).join('');
}

function rule(scope: string, part: PartName, declarations: readonly Declaration[] = PARTS[part].declarations): string {
  const body = declarations.map(([property, value]) => `${property}:${typeof value === 'string' ? value : `var(--_${value.role})`}`).join(';');
  return `${scope} ${PARTS[part].selector}{${body}}`;
}

/**
 * The stylesheet embedded in every SVG, scoped to its root id so that several
 * timelines inlined in one page keep their own themes.
 *
 * @example
 * ```ts
 * timelineCss('el-1x2y', 'Noto Sans, sans-serif')
 * timelineCss('el-1x2y', 'Noto Sans, sans-serif', { clusters: true }) // with the cluster and density rules
 * ```
 */
export function timelineCss(rootId: string, fontFamily: string, parts: { clusters?: boolean } = {}): string {
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
  ].join('\n');
}
