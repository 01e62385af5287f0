import { describe, expect, it } from 'vitest';
import { schemeTableau10, hcl } from 'd3';
import { contrast, PALETTES, timelineCss } from '../../src/render/theme.js';
import { renderToString } from '../../src/server/renderToString.js';
import { parseSvg } from '../helpers/svg.js';

describe('themes', () => {
  const need = { light: 3, dark: 3, 'high-contrast': 7, print: 4.5 } as const;

  for (const [name, p] of Object.entries(PALETTES)) {
    it(`${name}: text meets AA (4.5:1), axis and every category colour their target against the background`, () => {
      expect(contrast(p.fg, p.bg)).toBeGreaterThanOrEqual(name === 'high-contrast' ? 7 : 4.5);
      expect(contrast(p.muted, p.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.axis, p.bg)).toBeGreaterThanOrEqual(3);
      expect(contrast(p.mark, p.bg)).toBeGreaterThanOrEqual(3);
      for (const c of p.categories) expect(contrast(c, p.bg), `${name} ${c}`).toBeGreaterThanOrEqual(need[name as keyof typeof need]);
      expect(new Set(p.categories).size).toBe(p.categories.length);
    });

    it(`${name}: category colours keep the hues of d3's Tableau 10`, () => {
      p.categories.forEach((c, i) => {
        const want = hcl(schemeTableau10[i]!).h;
        const got = hcl(c).h;
        if (Number.isNaN(want)) return; // grey has no hue
        const diff = Math.abs(((got - want + 540) % 360) - 180);
        expect(diff, `${c} vs ${schemeTableau10[i]}`).toBeLessThan(25);
      });
    });
  }

  it('every colour the stylesheet uses is one it defines', () => {
    const css = timelineCss('t', 'sans-serif', { clusters: true });
    const defined = new Set(Array.from(css.matchAll(/(--_[\w-]+):/g), (m) => m[1]));
    const used = new Set(Array.from(css.matchAll(/var\((--_[\w-]+)\)/g), (m) => m[1]));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(defined, name).toContain(name);
  });

  it('auto is light or dark as the page is: light-dark() of the two palettes, no colour-scheme media query', () => {
    const css = timelineCss('t', 'sans-serif');
    const auto = /@supports \(color:light-dark\(#000,#fff\)\)\{#t\[data-theme=auto\]\{([^}]*)\}\}/.exec(css)![1]!;
    const roles = ['bg', 'fg', 'muted', 'axis', 'mark', 'halo'] as const;
    for (const role of roles) {
      const pair = `light-dark(${PALETTES.light[role]},${PALETTES.dark[role]})`;
      expect(auto, role).toContain(`--_${role}:var(--eventline-${role},${pair});`);
    }
    PALETTES.light.categories.forEach((c, i) => {
      const d = PALETTES.dark.categories[i]!;
      // Colours both palettes share stay as the light rule gives them.
      if (c === d) expect(auto).not.toContain(`--_c${i}:`);
      else expect(auto).toContain(`--_c${i}:var(--eventline-category-${i},light-dark(${c},${d}));`);
    });
    expect(css).not.toContain('prefers-color-scheme');
  });

  it('forced colours: system colours over every theme and the page’s, and the first four categories drawn four ways', () => {
    const css = timelineCss('t', 'sans-serif');
    const forced = css.slice(css.indexOf('@media (forced-colors:active){'));
    expect(forced).toContain('#t[data-theme]{--_bg:Canvas;--_fg:CanvasText;');
    expect(forced).not.toContain('var(--eventline');
    expect(forced).toContain('#t a .el-title{fill:LinkText}');
    // Rings for the 2nd–4th category of each colour, dashed and dotted for the 3rd and 4th; the 1st stays filled.
    const ring = /#t :is\(([^{]*)\)\{fill:Canvas;stroke:var\(--_cat\);stroke-width:2\}/.exec(forced)![1]!;
    expect([...new Set(ring.match(/el-cat-\d/g))].sort()).toEqual(['el-cat-1', 'el-cat-2', 'el-cat-3', 'el-cat-5', 'el-cat-6', 'el-cat-7']);
    // The legend's swatches too, and every selector under the timeline's id.
    expect(forced).toContain('#t :is(:is(.el-cat-2,.el-cat-6) .el-mark,.el-swatch:is(.el-cat-2,.el-cat-6)){stroke-dasharray:3 2}');
    expect(forced).toContain(
      '#t :is(:is(.el-cat-3,.el-cat-7) .el-mark,.el-swatch:is(.el-cat-3,.el-cat-7)){stroke-dasharray:.1 2.5;stroke-linecap:round}',
    );
    // Top-level selectors of each rule inside the media query, split at commas outside brackets.
    const topLevel = (list: string) => {
      const out = [''];
      let depth = 0;
      for (const ch of list) {
        depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
        if (ch === ',' && depth === 0) out.push('');
        else out[out.length - 1] += ch;
      }
      return out;
    };
    const rules = forced
      .slice(forced.indexOf('{') + 1)
      .split('}')
      .filter((r) => r.includes('{'));
    for (const rule of rules)
      for (const selector of topLevel(rule.slice(0, rule.indexOf('{')))) expect(selector.trim(), rule).toMatch(/^#t\b/);
    // It comes last, so it wins over the themes' rules of the same weight.
    expect(css.trimEnd().endsWith('}}')).toBe(true);
    expect(css.lastIndexOf('@media')).toBe(css.indexOf('@media (forced-colors:active)'));
  });

  it('every theme is named in the embedded style and chosen by data-theme', () => {
    for (const theme of ['light', 'dark', 'high-contrast', 'print', 'auto'] as const) {
      const doc = parseSvg(renderToString([{ date: '2024', title: 'x' }], { theme, width: 960 }));
      const svg = doc.documentElement;
      expect(svg.getAttribute('data-theme')).toBe(theme);
      const css = svg.getElementsByTagName('style')[0]!.textContent!;
      expect(css).toContain(`[data-theme=high-contrast]{--_bg:var(--eventline-bg,${PALETTES['high-contrast'].bg})`);
      expect(css).toContain('@supports (color:light-dark(#000,#fff))');
      expect(css).toContain('@media (forced-colors:active)');
      expect(css).toContain('@media (prefers-contrast:more)');
      expect(css).toContain('@media print');
    }
    expect(() => renderToString([{ date: '2024', title: 'x' }], { theme: 'neon' as never })).toThrow(
      /options\.theme: expected "light", "dark", "high-contrast", "print", "auto"/,
    );
  });
});
