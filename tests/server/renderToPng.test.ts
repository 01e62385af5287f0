import { describe, expect, it } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { ValidationError } from '../../src/model/ValidationError.js';
import { PALETTES } from '../../src/render/theme.js';
import { renderToPng, svgForResvg } from '../../src/server/renderToPng.js';
import { renderToString, type StringOptions } from '../../src/server/renderToString.js';
import { colorDistance, decodePng, hexToRgb, inkBox, PNG_SIGNATURE, pngSize } from '../helpers/png.js';
import { parseSvg } from '../helpers/svg.js';

const WHITE = [255, 255, 255];
const LRM = '\u200e';
const RLM = '\u200f';

/**
 * The SVG a browser gets for the same options, to know where things are; colours from the
 * theme's palette. At the PNG's width: without one, a browser's SVG holds a narrow layout too.
 */
function svgOf(options: StringOptions & { theme: 'light' | 'dark' }) {
  const doc = parseSvg(renderToString(russiaDprk, { width: 960, ...options }));
  const svg = doc.documentElement;
  const palette = PALETTES[options.theme];
  const colour = (name: 'bg' | 'mark' | number) => hexToRgb(typeof name === 'number' ? palette.categories[name]! : palette[name]);
  return { doc, width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')), colour };
}

describe('renderToPng', () => {
  it('returns a PNG the size of the SVG, times the scale', () => {
    const { width, height } = svgOf({ locale: 'en', theme: 'light' });
    const png = renderToPng(russiaDprk, { locale: 'en' });
    expect(png).toBeInstanceOf(Uint8Array);
    expect(Array.from(png.subarray(0, 8))).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width, height });
    expect(pngSize(renderToPng(russiaDprk, { locale: 'en', scale: 2 }))).toEqual({ width: width * 2, height: height * 2 });
    expect(pngSize(renderToPng(russiaDprk, { locale: 'en', scale: 1.5 }))).toEqual({
      width: Math.round(width * 1.5),
      height: Math.round(height * 1.5),
    });
  });

  it('draws in colour: the light palette by default and for auto, the dark one on request', () => {
    for (const theme of [undefined, 'auto', 'light', 'dark'] as const) {
      const { colour } = svgOf({ locale: 'en', theme: theme === 'dark' ? 'dark' : 'light' });
      const img = decodePng(renderToPng(russiaDprk, { locale: 'en', ...(theme ? { theme } : {}) }));
      expect(colorDistance(img.at(3, 3), colour('bg')), `background, theme ${theme}`).toBeLessThanOrEqual(1);
      // Not blank: the heading, labels, axis and marks leave plenty of ink.
      expect(inkBox(img, colour('bg')).count, `ink, theme ${theme}`).toBeGreaterThan(5000);
    }
  });

  it("fills each mark with its category's colour (resvg has no CSS variables: they must be resolved)", () => {
    for (const theme of ['light', 'dark'] as const) {
      const { doc, colour } = svgOf({ locale: 'en', theme });
      const img = decodePng(renderToPng(russiaDprk, { locale: 'en', theme }));
      const centre = (mark: Element) =>
        mark.localName === 'circle'
          ? [Number(mark.getAttribute('cx')), Number(mark.getAttribute('cy'))]
          : [
              Number(mark.getAttribute('x')) + Number(mark.getAttribute('width')) / 2,
              Number(mark.getAttribute('y')) + Number(mark.getAttribute('height')) / 2,
            ];
      // Approximate dates are drawn pale on purpose (see tests/render/paint.test.ts): solid marks only.
      const marks = Array.from(doc.querySelectorAll('.el-mark:not(.el-approx)'));
      // Marks of events days apart overlap; a later one is drawn over an earlier one.
      const visible = marks.filter((m, i) =>
        marks.slice(i + 1).every((later) => Math.hypot(centre(m)[0]! - centre(later)[0]!, centre(m)[1]! - centre(later)[1]!) > 8),
      );
      expect(new Set(visible.map((m) => m.parentElement!.getAttribute('class'))).size).toBeGreaterThanOrEqual(3);
      for (const mark of visible) {
        const category = /el-cat-(\d)/.exec(mark.parentElement!.getAttribute('class')!)?.[1];
        const [x, y] = centre(mark) as [number, number];
        const expected = colour(category === undefined ? 'mark' : Number(category));
        expect(
          colorDistance(img.at(Math.floor(x), Math.floor(y)), expected),
          `${theme} ${mark.parentElement!.getAttribute('data-event-id')}`,
        ).toBeLessThanOrEqual(2);
      }
    }
  });

  it('lays Arabic out right to left: the 1948 label grows leftwards from its stem, in the right half', () => {
    const { doc, width } = svgOf({ locale: 'ar', theme: 'light' });
    const img = decodePng(renderToPng(russiaDprk, { locale: 'ar' }));
    const title = doc.querySelector('[data-event-id="dprk-founded"] .el-title')!;
    const x = Number(title.getAttribute('x'));
    const y = Number(title.getAttribute('y'));
    expect(x).toBeGreaterThan(width / 2);
    // Up to just before the event's stem, which runs 4 px beyond the label's edge.
    const ink = inkBox(img, WHITE, { x0: Math.round(width / 2), y0: y - 14, x1: Math.floor(x) + 3, y1: y + 5 });
    expect(ink.count).toBeGreaterThan(300);
    // Right-to-left `text-anchor: start` puts the start of the line (its right end) at x.
    expect(ink.maxX).toBeGreaterThanOrEqual(x - 4);
    expect(ink.maxX).toBeLessThanOrEqual(x + 1);
    expect(ink.minX).toBeLessThan(x - 100);
  });

  it('clips nothing: the side margins stay empty, in both directions and orientations', () => {
    for (const options of [{ locale: 'en' }, { locale: 'ar' }, { locale: 'ar', orientation: 'vertical', width: 420 }] as const) {
      const img = decodePng(renderToPng(russiaDprk, { ...options, scale: 2 }));
      const left = inkBox(img, WHITE, { x0: 0, y0: 0, x1: 12, y1: img.height });
      const right = inkBox(img, WHITE, { x0: img.width - 12, y0: 0, x1: img.width, y1: img.height });
      expect(left.count, `left margin, ${JSON.stringify(options)}`).toBe(0);
      expect(right.count, `right margin, ${JSON.stringify(options)}`).toBe(0);
    }
  });

  it('gives the same bytes for the same input', () => {
    expect(Buffer.from(renderToPng(russiaDprk, { locale: 'ar' })).equals(Buffer.from(renderToPng(russiaDprk, { locale: 'ar' })))).toBe(
      true,
    );
  });

  it('refuses a bad scale and a picture too big to allocate, with a RangeError', () => {
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 10.5, '2' as unknown as number]) {
      expect(() => renderToPng(russiaDprk, { scale }), String(scale)).toThrow(RangeError);
    }
    expect(() => renderToPng(russiaDprk, { scale: 0 })).toThrow(/options\.scale/);
    expect(() => renderToPng(russiaDprk, { width: 20000, scale: 10 })).toThrow(/pixels/);
  });

  it('refuses bad input with a ValidationError', () => {
    expect(() => renderToPng([{ date: '2024-13-01', title: 'x' }])).toThrow(ValidationError);
  });
});

describe('svgForResvg (the copy of the SVG that resvg draws)', () => {
  const timeline = parseTimeline(russiaDprk);
  const ar = svgForResvg(timeline, { locale: 'ar', theme: 'light' });
  const doc = parseSvg(ar.svg);

  it('is painted with presentation attributes from the palette: no stylesheet, no CSS variable, no style attribute', () => {
    expect(doc.getElementsByTagName('style')).toHaveLength(0);
    expect(ar.svg).not.toMatch(/var\(|--_|style=/);
    expect(doc.querySelector('.el-bg')!.getAttribute('fill')).toBe(PALETTES.light.bg);
    expect(doc.querySelector('.el-cat-1 .el-mark')!.getAttribute('fill')).toBe(PALETTES.light.categories[1]);
    expect(doc.documentElement.getAttribute('font-family')).toMatch(/^"Noto Sans"/);
    expect({ width: ar.width, height: ar.height }).toEqual({
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
    });
  });

  it('draws `auto` light: a picture has no reader whose colour scheme it could follow', () => {
    const auto = parseSvg(svgForResvg(timeline, { locale: 'en', theme: 'auto' }).svg);
    expect(auto.querySelector('.el-bg')!.getAttribute('fill')).toBe(PALETTES.light.bg);
    expect(auto.querySelector('.el-label')!.getAttribute('fill')).toBe(PALETTES.light.fg);
  });

  it('swaps start and end on right-to-left lines, and writes each line with right-to-left runs in visual order between marks', () => {
    const before = parseSvg(renderToString(russiaDprk, { locale: 'ar', theme: 'light', width: 960 }));
    const title = (d: Document) => d.querySelector('[data-event-id="dprk-founded"] .el-title')!;
    expect(title(before).getAttribute('text-anchor')).toBe('start');
    expect(title(doc).getAttribute('text-anchor')).toBe('end');
    // One right-to-left run: between right-to-left marks, then a left-to-right mark that ends the line.
    expect(title(doc).textContent).toBe(`${RLM}${title(before).textContent}${RLM}${LRM}`);
    const en = parseSvg(svgForResvg(timeline, { locale: 'en', theme: 'light' }).svg);
    expect(en.querySelector('[data-event-id="dprk-founded"] .el-title')!.getAttribute('text-anchor')).toBe('start');
    expect(en.documentElement.textContent).not.toMatch(/[\u200e\u200f]/);
  });

  it('writes a mixed line as its runs from left to right: Latin words in an Arabic title, in either timeline', () => {
    const events = [
      { id: 'g7', date: '2024-06-13', title: 'قمة G7 في إيطاليا بحضور Joe Biden' },
      { id: 'en', date: '2024-06-20', title: 'Summit in Italy' },
    ];
    for (const locale of ['ar', 'en']) {
      const copy = parseSvg(svgForResvg(parseTimeline(events), { locale, theme: 'light' }).svg);
      const browser = parseSvg(renderToString(events, { locale, theme: 'light', width: 960 }));
      const line = (d: Document, id: string) => d.querySelector(`[data-event-id="${id}"] .el-title`)!;
      // The line reads right to left in both timelines (its first strong letter is Arabic).
      expect(line(browser, 'g7').getAttribute('direction'), locale).toBe('rtl');
      expect(line(copy, 'g7').textContent, locale).toBe(
        `${LRM}Joe Biden${LRM}${RLM} في إيطاليا بحضور ${RLM}${LRM}${LRM}G7${LRM}${RLM}قمة ${RLM}${LRM}`,
      );
      const anchor = line(browser, 'g7').getAttribute('text-anchor');
      expect(line(copy, 'g7').getAttribute('text-anchor'), locale).toBe(anchor === 'start' ? 'end' : 'start');
      // An English line, in either timeline, is one left-to-right run: resvg draws it right as it is.
      expect(line(copy, 'en').textContent, locale).toBe('Summit in Italy');
      expect(line(copy, 'en').getAttribute('text-anchor'), locale).toBe(line(browser, 'en').getAttribute('text-anchor'));
    }
  });

  it('draws Arabic lines in Noto Sans Arabic, with "..." for the "…" it lacks, and mixed lines in DejaVu Sans', () => {
    const lines = Array.from(doc.querySelectorAll('.el-title'));
    // Titles wrap whole: one line of at most 200 px is what cuts this one.
    const cut = parseSvg(svgForResvg(timeline, { locale: 'ar', theme: 'light', maxLines: 1, maxLabelWidth: 200 }).svg);
    const truncated = Array.from(cut.querySelectorAll('.el-title')).find((l) => /بوتين في فيتنام/.test(l.textContent!))!;
    expect(truncated.textContent).toMatch(/\.\.\.\u200f\u200e$/);
    expect(truncated.getAttribute('font-family')).toMatch(/^"Noto Sans Arabic"/);
    const quoted = lines.find((l) => l.textContent!.includes('"'))!;
    expect(quoted.getAttribute('font-family')).toMatch(/^"DejaVu Sans"/);
  });
});
