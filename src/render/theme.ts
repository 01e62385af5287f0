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
  /** Eras' bands (drawn faint) and the edges between them. */
  era: string;
  /** The today line and its label. */
  today: string;
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
 * Built-in themes; `auto` is light or dark as the page is (see `timelineCss`), and high
 * contrast or print by media queries. Category colours are
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
    bg: '#ffffff',
    fg: '#1b1f24',
    muted: '#57606a',
    axis: '#6e7781',
    mark: '#0969da',
    halo: '#ffffff',
    era: '#8c959f',
    today: '#cf222e',
    categories: ['#4e79a7', '#dc7c16', '#e15759', '#5e9f9a', '#59a14f', '#af9100', '#af7aa1', '#d57882'],
  },
  dark: {
    bg: '#0d1117',
    fg: '#e6edf3',
    muted: '#9da7b3',
    axis: '#8b949e',
    mark: '#58a6ff',
    halo: '#0d1117',
    era: '#8b949e',
    today: '#ff7b72',
    categories: ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7'],
  },
  'high-contrast': {
    bg: '#ffffff',
    fg: '#000000',
    muted: '#000000',
    axis: '#000000',
    mark: '#0000c0',
    halo: '#ffffff',
    era: '#000000',
    today: '#a40e26',
    categories: ['#2d5b87', '#943f00', '#aa2130', '#1d615d', '#186516', '#6c5500', '#7a486d', '#913a48'],
  },
  print: {
    bg: '#ffffff',
    fg: '#000000',
    muted: '#333333',
    axis: '#555555',
    mark: '#1f3a93',
    halo: '#ffffff',
    era: '#555555',
    today: '#a40e26',
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
 * colour of one theme. `$cat` is the category colour of an event; events without one and
 * clusters take `mark`, or the text colour `fg` in a drawing whose events have categories,
 * where the accent would read as one more category (a blue beside the first one's), and
 * a grey as part of the axis.
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
  // Lanes: every other band faintly tinted with the text colour (so in every theme), ruled
  // off from the next, its marks on a thin line, its name in bold.
  laneTint: ['.el-lane-tint', 'fill:$fg;fill-opacity:.05'],
  laneRule: ['.el-lane-rule', 'stroke:$axis;stroke-opacity:.6'],
  laneLine: ['.el-lane-line', 'stroke:$axis;stroke-opacity:.5'],
  laneName: ['.el-lane-name', 'fill:$fg;font-weight:700'],
  // Eras lie faint behind everything; their titles and the today line are drawn in their own colours.
  eraBand: ['.el-era-band', 'fill:$era;fill-opacity:.12;stroke:$era;stroke-opacity:.45;stroke-width:1'],
  eraTitle: ['.el-era-title', 'fill:$muted;font-style:italic'],
  todayLine: ['.el-today-line', 'stroke:$today;stroke-width:1.5;stroke-dasharray:4 3'],
  todayLabel: ['.el-today-label', 'fill:$today;font-weight:700'],
  // The arrowhead past the open end of a bar still going on.
  openSide: ['.el-open', 'fill:$cat'],
} as const;

/** A part of the drawing that is painted: `mark`, `label`, `axisLine`, … */
export type PartName = keyof typeof PARTS;

/** High contrast: solid stems and a heavier axis, not only darker colours. */
export const HIGH_CONTRAST: Partial<Record<PartName, string>> = { stem: 'opacity:1;stroke-width:1.5', axisLine: 'stroke-width:2' };

type Role = Exclude<keyof Palette, 'categories'>;
const BASE_ROLES: readonly Role[] = ['bg', 'fg', 'muted', 'axis', 'mark', 'halo'];
/** Only drawings with eras or a today line carry their colours. */
const BACKDROP_ROLES: readonly Role[] = [...BASE_ROLES, 'era', 'today'];

/**
 * The `--_x` properties of a palette, each reading the page's `--eventline-x` first. With
 * `dark`, for `auto`: only the colours that differ, as `light-dark()`, which picks by the
 * `color-scheme` the SVG inherits from its page; so an SVG inlined in a light page stays
 * light on a dark system, and turns dark where the page says it is dark
 * (`color-scheme: dark`, or `light dark` on a dark system).
 */
function variables(p: Palette, dark?: Palette, roles: readonly Role[] = BASE_ROLES): string {
  const one = (name: string, publicName: string, light: string, other?: string) =>
    other === light ? '' : `--_${name}:var(--eventline-${publicName},${other ? `light-dark(${light},${other})` : light});`;
  return (
    roles.map((k) => one(k, k, p[k], dark?.[k])).join('') +
    p.categories.map((c, i) => one(`c${i}`, `category-${i}`, c, dark?.categories[i])).join('')
  );
}

/**
 * Forced colours (Windows high contrast) replace the page's colours but not an SVG's
 * fills and strokes: so the drawing takes the system colours itself, ignoring the page's
 * `--eventline-*`. Categories then share two colours (CanvasText for the first four,
 * Highlight for the next four), so within each colour they are drawn four ways: filled,
 * ring, dashed ring, dotted ring, in the legend too. The focused item's mark is ringed in Highlight.
 */
function forcedColorsCss(r: string, backdrop = false): string {
  const cats = light.categories.map((_, i) => `--_c${i}:${i < 4 ? 'CanvasText' : 'Highlight'};`).join('');
  // The legend's swatches are drawn the same four ways, so that it still says which is which.
  const ways = (from: number) => `:is(.el-cat-${from},.el-cat-${from + 4}) .el-mark,.el-swatch:is(.el-cat-${from},.el-cat-${from + 4})`;
  return (
    `@media (forced-colors:active){${r}[data-theme]{--_bg:Canvas;--_fg:CanvasText;--_muted:CanvasText;--_axis:CanvasText;--_mark:CanvasText;--_halo:Canvas;${backdrop ? '--_era:CanvasText;--_today:Highlight;' : ''}${cats}}` +
    `${r} a .el-title{fill:LinkText}` +
    `${r} :is(${ways(1)},${ways(2)},${ways(3)}){fill:Canvas;stroke:var(--_cat);stroke-width:2}` +
    `${r} :is(${ways(2)}){stroke-dasharray:3 2}${r} :is(${ways(3)}){stroke-dasharray:.1 2.5;stroke-linecap:round}` +
    `${r} :focus-visible>.el-mark{stroke:Highlight}}`
  );
}

/**
 * Lanes' rules. High contrast and forced colours rule the bands off solidly: there the
 * tint may be all but gone (Canvas and CanvasText are the only colours), and the rules
 * alone must tell one band from the next.
 */
function laneCss(r: string, hc: string): string[] {
  const solid = (scope: string) => `${scope} .el-lane-rule{stroke-opacity:1;stroke-width:1.5}`;
  return [
    ...(['laneTint', 'laneRule', 'laneLine', 'laneName'] as const).map((part) => rule(r, part)),
    solid(hc),
    `@media (prefers-contrast:more){${solid(`${r}[data-theme=auto]`)}}`,
    `@media (forced-colors:active){${solid(r)}}`,
  ];
}

function rule(scope: string, part: PartName, declarations: string = PARTS[part][1]): string {
  return `${scope} ${PARTS[part][0]}{${declarations.replace(/\$(\w+)/g, 'var(--_$1)')}}`;
}

/**
 * The stylesheet embedded in every SVG, scoped to its root id so that several
 * timelines inlined in one page keep their own themes. `auto` follows the page's
 * `color-scheme` (not the system's alone: a light page stays light), `prefers-contrast`
 * and print; every theme gives way to forced colours.
 *
 * @example
 * ```ts
 * timelineCss('el-1x2y', 'Noto Sans, sans-serif')
 * timelineCss('el-1x2y', 'Noto Sans, sans-serif', { clusters: true }) // with the cluster and density rules
 * timelineCss('el-1x2y', 'Noto Sans, sans-serif', { legend: true, approximate: true }) // with the legend's and approximate marks' rules
 * timelineCss('el-1x2y', 'Noto Sans, sans-serif', { backdrop: true, open: true }) // with the eras', today line's and open ends' rules
 * ```
 */
export function timelineCss(rootId: string, fontFamily: string, parts: CssParts = {}): string {
  // A zoom step draws again with the same sheet: it is built once per root and set of parts.
  const key = `${rootId}\u0000${fontFamily}\u0000${CSS_PARTS.map((p) => (parts[p] ? 1 : 0)).join('')}`;
  if (key !== lastCss.key) lastCss = { key, css: buildCss(rootId, fontFamily, parts) };
  return lastCss.css;
}

type CssParts = {
  clusters?: boolean;
  legend?: boolean;
  approximate?: boolean;
  lanes?: boolean;
  backdrop?: boolean;
  open?: boolean;
  categorized?: boolean;
};
const CSS_PARTS = [
  'clusters',
  'legend',
  'approximate',
  'lanes',
  'backdrop',
  'open',
  'categorized',
] as const satisfies readonly (keyof CssParts)[];
let lastCss = { key: '', css: '' };

function buildCss(rootId: string, fontFamily: string, parts: CssParts): string {
  const r = `#${rootId}`;
  const cats = light.categories.map((_, i) => `${r} .el-cat-${i}{--_cat:var(--_c${i})}`).join('');
  const hc = `${r}[data-theme=high-contrast]`;
  const uncategorized = parts.categorized ? 'var(--_fg)' : 'var(--_mark)';
  const vars = (p: Palette, dark?: Palette) => variables(p, dark, parts.backdrop ? BACKDROP_ROLES : BASE_ROLES);
  return [
    `${r}{${vars(light)}font-family:${fontFamily}}`,
    `${r}[data-theme=dark]{${vars(dark)}}`,
    `${hc}{${vars(PALETTES['high-contrast'])}}`,
    `${r}[data-theme=print]{${vars(PALETTES.print)}}`,
    `@supports (color:light-dark(#000,#fff)){${r}[data-theme=auto]{${vars(light, dark)}}}`,
    `@media (prefers-contrast:more){${r}[data-theme=auto]{${vars(PALETTES['high-contrast'])}}}`,
    `@media print{${r}[data-theme=auto]{${vars(PALETTES.print)}}}`,
    ...(['background', 'heading', 'axisLine', 'tickLine', 'tickLabel'] as const).map((part) => rule(r, part)),
    `${r} .el-event{--_cat:${uncategorized}}`,
    cats,
    ...(['mark', 'stem', 'label', 'date', 'linkedTitle'] as const).map((part) => rule(r, part)),
    rule(hc, 'stem', HIGH_CONTRAST.stem),
    rule(hc, 'axisLine', HIGH_CONTRAST.axisLine),
    `@media (prefers-contrast:more){${rule(`${r}[data-theme=auto]`, 'stem', HIGH_CONTRAST.stem)}}`,
    // Only drawings with clusters carry their rules, so small timelines stay as they were.
    ...(parts.clusters ? [`${r} .el-cluster{--_cat:${uncategorized}}`, rule(r, 'clusterMark'), rule(r, 'density')] : []),
    // After the mark's rule, which it overrides.
    ...(parts.approximate ? [rule(r, 'approxMark')] : []),
    ...(parts.legend ? [`${r} .el-legend{--_cat:${uncategorized}}`, rule(r, 'legendText'), rule(r, 'swatch')] : []),
    ...(parts.lanes ? laneCss(r, hc) : []),
    ...(parts.backdrop ? (['eraBand', 'eraTitle', 'todayLine', 'todayLabel'] as const).map((part) => rule(r, part)) : []),
    ...(parts.open ? [rule(r, 'openSide')] : []),
    forcedColorsCss(r, parts.backdrop),
  ].join('\n');
}
