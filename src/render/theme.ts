/**
 * Colours as CSS custom properties. Each internal `--_x` reads a public
 * `--eventline-x` first, so a page can restyle an inlined timeline from any ancestor
 * without touching the SVG.
 */
interface Palette {
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

function variables(p: Palette): string {
  const base = `--_bg:var(--eventline-bg,${p.bg});--_fg:var(--eventline-fg,${p.fg});--_muted:var(--eventline-muted,${p.muted});--_axis:var(--eventline-axis,${p.axis});--_mark:var(--eventline-mark,${p.mark});--_halo:var(--eventline-halo,${p.halo});`;
  return base + p.categories.map((c, i) => `--_c${i}:var(--eventline-category-${i},${c});`).join('');
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
  return [
    `${r}{${variables(light)}font-family:${fontFamily}}`,
    `${r}[data-theme=dark]{${variables(dark)}}`,
    `${r}[data-theme=high-contrast]{${variables(PALETTES['high-contrast'])}}`,
    `${r}[data-theme=print]{${variables(PALETTES.print)}}`,
    `@media (prefers-color-scheme:dark){${r}[data-theme=auto]{${variables(dark)}}}`,
    `@media (prefers-contrast:more){${r}[data-theme=auto]{${variables(PALETTES['high-contrast'])}}}`,
    `@media print{${r}[data-theme=auto]{${variables(PALETTES.print)}}}`,
    `${r} .el-bg{fill:var(--_bg)}`,
    `${r} .el-heading{fill:var(--_fg);font-weight:700}`,
    `${r} .el-axis-line{stroke:var(--_axis);stroke-width:1.5}`,
    `${r} .el-tick line{stroke:var(--_axis)}`,
    `${r} .el-tick text{fill:var(--_muted)}`,
    `${r} .el-event{--_cat:var(--_mark)}`,
    cats,
    `${r} .el-mark{fill:var(--_cat);stroke:var(--_bg);stroke-width:1.5}`,
    `${r} .el-stem{stroke:var(--_cat);stroke-width:1;opacity:.7}`,
    `${r} .el-label{fill:var(--_fg);paint-order:stroke;stroke:var(--_halo);stroke-width:3px;stroke-linejoin:round}`,
    `${r} .el-date{fill:var(--_muted);font-weight:700}`,
    `${r} a .el-title{text-decoration:underline}`,
    // High contrast: solid stems and a heavier axis, not only darker colours.
    `${r}[data-theme=high-contrast] .el-stem{opacity:1;stroke-width:1.5}`,
    `${r}[data-theme=high-contrast] .el-axis-line{stroke-width:2}`,
    `@media (prefers-contrast:more){${r}[data-theme=auto] .el-stem{opacity:1;stroke-width:1.5}}`,
    // Only drawings with clusters carry their rules, so small timelines stay as they were.
    ...(parts.clusters
      ? [
          `${r} .el-cluster{--_cat:var(--_mark)}`,
          `${r} .el-cluster-mark{fill-opacity:.3;stroke:var(--_cat)}`,
          `${r} .el-density path{fill:var(--_axis)}`,
        ]
      : []),
  ].join('\n');
}
