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

  it('every theme is named in the embedded style and chosen by data-theme', () => {
    for (const theme of ['light', 'dark', 'high-contrast', 'print', 'auto'] as const) {
      const doc = parseSvg(renderToString([{ date: '2024', title: 'x' }], { theme }));
      const svg = doc.documentElement;
      expect(svg.getAttribute('data-theme')).toBe(theme);
      const css = svg.getElementsByTagName('style')[0]!.textContent!;
      expect(css).toContain(`[data-theme=high-contrast]{--_bg:var(--eventline-bg,${PALETTES['high-contrast'].bg})`);
      expect(css).toContain('@media (prefers-color-scheme:dark)');
      expect(css).toContain('@media (prefers-contrast:more)');
      expect(css).toContain('@media print');
    }
    expect(() => renderToString([{ date: '2024', title: 'x' }], { theme: 'neon' as never })).toThrow(/options\.theme: expected "light", "dark", "high-contrast", "print", "auto"/);
  });
});
