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

const light: Palette = {
  bg: '#ffffff',
  fg: '#1b1f24',
  muted: '#57606a',
  axis: '#6e7781',
  mark: '#0969da',
  halo: '#ffffff',
  categories: ['#0969da', '#c2410c', '#1a7f37', '#8250df', '#bf3989', '#9a6700', '#0e7490', '#57606a'],
};

const dark: Palette = {
  bg: '#0d1117',
  fg: '#e6edf3',
  muted: '#9da7b3',
  axis: '#8b949e',
  mark: '#58a6ff',
  halo: '#0d1117',
  categories: ['#58a6ff', '#fb923c', '#3fb950', '#bc8cff', '#f778ba', '#d29922', '#22d3ee', '#9da7b3'],
};

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
    `@media (prefers-color-scheme:dark){${r}[data-theme=auto]{${variables(dark)}}}`,
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
    // Only drawings with clusters carry their rules, so small timelines stay as they were.
    ...(parts.clusters
      ? [
          `${r} .el-cluster{--_cat:var(--_mark)}`,
          `${r} .el-cluster-mark{fill-opacity:.3;stroke:var(--_cat)}`,
          `${r} .el-density rect{fill:var(--_axis)}`,
        ]
      : []),
  ].join('\n');
}
