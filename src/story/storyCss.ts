import { FONT_FAMILY } from '../layout/font.js';
import { PALETTES, type Palette } from '../render/theme.js';
import { svgNumber as n } from '../render/svgNumber.js';
import { narrowQuery } from '../render/renderLayouts.js';

/** The class of a story's root element, which every rule of {@link storyCss} hangs from. */
export const STORY_CLASS = 'eventline-story';

function variables(p: Palette): string {
  const roles = (['bg', 'fg', 'muted', 'axis', 'mark'] as const).map((role) => `--_${role}:var(--eventline-${role},${p[role]});`).join('');
  return roles + p.categories.map((c, i) => `--_c${i}:var(--eventline-category-${i},${c});`).join('');
}

/**
 * The stylesheet of a story page (cards and navigation), in the timeline's themes: each
 * colour reads the same public custom property as the SVG does (`--eventline-bg`,
 * `--eventline-fg`, `--eventline-muted`, `--eventline-axis`, `--eventline-mark`,
 * `--eventline-category-0`…), so one declaration on any ancestor restyles both. `data-theme`
 * on the root picks the palette as it does on the SVG.
 *
 * @example
 * ```ts
 * style.textContent = storyCss(); // rules for .eventline-story and what it holds
 * ```
 */
export function storyCss(): string {
  const r = `.${STORY_CLASS}`;
  const auto = `${r}[data-theme=auto]`;
  const cats = PALETTES.light.categories.map((_, i) => `${r} .el-card.el-cat-${i}{--_cat:var(--_c${i})}`).join('');
  return [
    `${r}{${variables(PALETTES.light)}background:var(--_bg);color:var(--_fg);font-family:${FONT_FAMILY};line-height:1.5}`,
    `${r}[data-theme=dark]{${variables(PALETTES.dark)}}`,
    `${r}[data-theme=high-contrast]{${variables(PALETTES['high-contrast'])}}`,
    `${r}[data-theme=print]{${variables(PALETTES.print)}}`,
    `@media (prefers-color-scheme:dark){${auto}{${variables(PALETTES.dark)}}}`,
    `@media (prefers-contrast:more){${auto}{${variables(PALETTES['high-contrast'])}}}`,
    `@media print{${auto}{${variables(PALETTES.print)}}}`,
    // A drawing wider than the page scrolls on its own instead of shrinking its labels.
    `${r} .el-story-timeline{overflow-x:auto;overflow-y:hidden}`,
    `${r} .el-story-timeline>svg{display:block;max-width:none}`,
    `${r} .el-story-timeline:focus-visible{outline:3px solid var(--_mark);outline-offset:2px}`,
    // The SVG paints its marks from its own id-scoped rules; the current event's emphasis must win over them.
    `${r} .eventline [aria-current=true] .el-mark{stroke:var(--_fg)!important;stroke-width:2.5px!important}`,
    `${r} .eventline [aria-current=true] .el-stem{opacity:1!important;stroke-width:2px!important}`,
    `${r} .el-story-nav{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem;margin:.75rem 0}`,
    `${r} .el-story-nav[hidden]{display:none}`,
    `${r} .el-story-nav button{font:inherit;color:var(--_fg);background:var(--_bg);border:1px solid var(--_axis);border-radius:6px;padding:.35rem 1rem;cursor:pointer}`,
    `${r} .el-story-nav button:hover{border-color:var(--_mark)}`,
    `${r} .el-story-nav button[aria-disabled=true]{opacity:.55;cursor:default;border-color:var(--_axis)}`,
    `${r} .el-story-nav button:focus-visible{outline:3px solid var(--_mark);outline-offset:2px}`,
    `${r} .el-story-count{color:var(--_muted);font-variant-numeric:tabular-nums;min-width:4.5em;text-align:center}`,
    // A long URL or a word of hundreds of letters breaks anywhere rather than widen the page.
    `${r} .el-cards{list-style:none;margin:0;padding:0;display:grid;gap:1.25rem;overflow-wrap:anywhere}`,
    `${r} .el-card{--_cat:var(--_mark);border-inline-start:4px solid var(--_cat);padding:.25rem 1rem .5rem;scroll-margin:1rem}`,
    cats,
    `${r} .el-card>article{display:grid;gap:0 1.5rem;grid-template-columns:minmax(0,1fr)}`,
    `@media (min-width:48rem){${r} .el-card-has-media>article{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}${r} .el-card-has-media .el-card-media{grid-column:2;grid-row:1/span 6}}`,
    `${r} .el-card-date{margin:.25rem 0 0;color:var(--_muted);font-weight:700}`,
    `${r} .el-card-title{margin:.1rem 0 .5rem;font-size:1.3rem;line-height:1.3}`,
    `${r} .el-card-description{margin:0 0 .75rem}`,
    `${r} .el-card-media{margin:.25rem 0 .75rem}`,
    `${r} .el-card-media img{display:block;max-width:100%;height:auto;border-radius:4px}`,
    `${r} .el-card-media figcaption{color:var(--_muted);font-size:.875rem;margin-top:.35rem}`,
    `${r} .el-card-credit{display:block;font-size:.8rem}`,
    `${r} .el-card-source{color:var(--_muted);font-size:.875rem;margin:0 0 .5rem}`,
    `${r} .el-card-source p{margin:0}`,
    `${r} .el-card-source blockquote{margin:.35rem 0 0;padding-inline-start:.75rem;border-inline-start:2px solid var(--_axis)}`,
    `${r} .el-card-link{margin:0 0 .5rem}`,
    `${r} a{color:var(--_mark)}`,
    `${r} .el-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}`,
  ].join('\n');
}

/**
 * The rules of a story whose SVG holds a wide and a narrow layout (drawn without a
 * width), for the story element with id `storyId`. The story is the size container that
 * the SVG's own rules ask, so the layout the page shows without a script is the one its
 * script chooses, by the column's width and not the window's. Below `wideWidth`, the
 * narrow layout runs down the page, as tall as there are events: its box then stops at
 * 60% of the screen's height and scrolls on its own, so the current event's mark, the
 * Previous/Next buttons and its card can be seen together, and the story scrolls the
 * box, not the page, to the current event.
 *
 * @example
 * ```ts
 * style.textContent += storyLayoutsCss('el-abc-story', 960);
 * ```
 */
export function storyLayoutsCss(storyId: string, wideWidth: number): string {
  const story = `#${storyId}`;
  return [
    // A size container has no width from its content: in a flex row, an inline-block or a
    // float it would shrink to nothing. So it takes its containing block's whole width, and
    // where that width comes from the content, counts as wide as the wide layout or the
    // screen, whichever is less; min 0 lets a flex row shrink it below that.
    `${story}{container-type:inline-size;box-sizing:border-box;inline-size:100%;min-inline-size:0;contain-intrinsic-inline-size:min(${n(wideWidth)}px,100vw)}`,
    // svh: the screen without a phone's collapsing address bar; vh before it for older browsers.
    `${narrowQuery(wideWidth)}{${story}>.el-story-timeline{max-height:60vh;max-height:60svh;overflow-y:auto}}`,
  ].join('\n');
}
