/**
 * The order of mixed-direction text in the PNG against Chromium drawing the same SVG.
 * Chromium says where each character of a title line is (getExtentOfChar); in the PNG,
 * the Latin words ("probes") are found by the ink profile of each word drawn alone by
 * resvg in the line's own font, and all other ink is the rest of the line. Both give
 * the line as a left-to-right sequence of probes and stretches of other text, which
 * must agree.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { renderTimelineToPng, svgForResvg } from '../../src/server/renderToPng.js';
import { renderToString } from '../../src/server/renderToString.js';
import { describeBrowser, withPage } from '../helpers/chromium.js';
import { columnInk, decodePng, findProfile, trimProfile } from '../helpers/png.js';
import { parseSvg } from '../helpers/svg.js';

const SCALE = 3;
const WHITE = [255, 255, 255];
const OTHER = '·';

interface Case {
  name: string;
  locale: 'ar' | 'en';
  title: string;
  /** Latin words to find in the PNG, each drawn once in the line. */
  probes: readonly string[];
  /** Left to right, as a reader sees the line; OTHER for the text between probes. */
  seen: readonly string[];
}

// prettier-ignore
const CASES: readonly Case[] = [
  { name: 'Latin words in an Arabic title', locale: 'ar', title: 'قمة G7 في إيطاليا بحضور Joe Biden', probes: ['Joe Biden', 'G7'], seen: ['Joe Biden', OTHER, 'G7', OTHER] },
  { name: 'an Arabic title in an English timeline', locale: 'en', title: 'قمة G7 في إيطاليا بحضور Joe Biden', probes: ['Joe Biden', 'G7'], seen: ['Joe Biden', OTHER, 'G7', OTHER] },
  { name: 'brackets in an Arabic title', locale: 'ar', title: 'قمة (G7) و (EU) في [إيطاليا]', probes: ['G7', 'EU'], seen: [OTHER, 'EU', OTHER, 'G7', OTHER] },
  { name: 'numbers in an Arabic title', locale: 'ar', title: 'اجتماع 19 يونيو 2024 في بيونغ يانغ', probes: ['19', '2024'], seen: [OTHER, '2024', OTHER, '19', OTHER] },
  { name: 'an English title with an Arabic word in an Arabic timeline', locale: 'ar', title: 'Summit (قمة) in Italy', probes: ['Summit', 'in Italy'], seen: ['Summit', OTHER, 'in Italy'] },
];

const RESVG: ResvgRenderOptions = {
  fitTo: { mode: 'zoom', value: SCALE },
  font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans' },
  shapeRendering: 2,
  textRendering: 1,
  logLevel: 'off',
};

/** Consecutive equal items once: ['a', 'a', 'b'] → ['a', 'b']. */
const collapse = (items: readonly string[]): string[] => items.filter((k, i) => k !== items[i - 1]);

/** What a probe covers of `text`: the probe's index for each of its characters, else -1. */
function probeOfChar(text: string, probes: readonly string[]): number[] {
  const owner = Array<number>(text.length).fill(-1);
  probes.forEach((p, n) => {
    const at = text.indexOf(p);
    if (at < 0 || text.indexOf(p, at + 1) >= 0) throw new Error(`probe "${p}" must be in "${text}" once`);
    owner.fill(n, at, at + p.length);
  });
  return owner;
}

/** Chromium: every visible character of the title line, left to right, as its probe or OTHER. */
async function chromiumSequence(svg: string, id: string, probes: readonly string[]): Promise<string[]> {
  const chars = await withPage(async (page) => {
    await page.setContent(`<!doctype html><meta charset="utf-8"><body style="margin:0">${svg}</body>`);
    return page.evaluate((sel) => {
      const line = document.querySelector<SVGTSpanElement>(sel)!;
      const text = line.textContent ?? '';
      return { text, boxes: Array.from(text, (_, i) => line.getExtentOfChar(i)).map((b) => ({ x: b.x, width: b.width })) };
    }, `[data-event-id="${id}"] tspan.el-title`);
  });
  const owner = probeOfChar(chars.text, probes);
  const order = chars.boxes
    .map((box, i) => ({
      centre: box.x + box.width / 2,
      kind: owner[i]! >= 0 ? probes[owner[i]!]! : OTHER,
      blank: /\s/.test(chars.text[i]!),
    }))
    .filter((c) => !c.blank)
    .sort((a, b) => a.centre - b.centre);
  return collapse(order.map((c) => c.kind));
}

const attr = (el: Element, name: string): string | undefined => el.closest(`[${name}]`)?.getAttribute(name) ?? undefined;
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A word drawn alone by resvg with the font, size, weight and colour of `line`: its ink profile over the same rows. */
function wordProfile(word: string, line: Element, above: number, below: number): number[] {
  const size = Number(attr(line, 'font-size'));
  const baseline = 2 * size;
  const style = ['font-family', 'font-size', 'font-weight', 'fill']
    .map((a) => (attr(line, a) ? ` ${a}="${escapeAttr(attr(line, a)!)}"` : ''))
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${word.length * size + 8}" height="${4 * size}"><rect width="100%" height="100%" fill="#ffffff"/><text x="4" y="${baseline}"${style}>${word}</text></svg>`;
  const img = decodePng(new Resvg(svg, RESVG).render().asPng());
  return trimProfile(columnInk(img, WHITE, { y0: Math.round((baseline - above) * SCALE), y1: Math.round((baseline + below) * SCALE) }))
    .profile;
}

interface Located {
  probe: string;
  x0: number;
  x1: number;
  misfit: number;
}

/** resvg: the title line's ink, left to right, as its probes (found by their profiles) or OTHER. */
function pngSequence(c: Case, id: string): { seen: string[]; located: Located[]; profile: number[] } {
  const timeline = parseTimeline([{ id, date: '2024-06-13', title: c.title }]);
  const options = { locale: c.locale, width: 720, theme: 'light' } as const;
  const copy = parseSvg(svgForResvg(timeline, options).svg);
  const event = copy.querySelector(`[data-event-id="${id}"]`)!;
  const line = event.querySelector('tspan.el-title')!;
  const titleY = Number(line.getAttribute('y'));
  const dateY = Number(event.querySelector('tspan.el-date')!.getAttribute('y'));
  const size = Number(attr(line, 'font-size'));
  // From above the tallest glyphs (brackets, Arabic dots) to below the descenders; the date line ends higher.
  const above = 0.85 * size;
  expect(titleY - dateY, 'the date line clears the rows looked at').toBeGreaterThan(above + 0.3 * size);
  const below = 0.45 * size;
  const rows = { y0: Math.round((titleY - above) * SCALE), y1: Math.round((titleY + below) * SCALE) };
  const img = decodePng(renderTimelineToPng(timeline, { ...options, scale: SCALE }));
  const profile = columnInk(img, WHITE, rows);
  const stem = Number(event.querySelector('.el-stem')!.getAttribute('x1')) * SCALE;
  for (let x = Math.floor(stem - 2 * SCALE); x <= Math.ceil(stem + 2 * SCALE); x++) profile[x] = 0;
  const located = c.probes.map((probe) => {
    const needle = wordProfile(probe, line, above, below);
    const { offset, misfit } = findProfile(profile, needle);
    return { probe, x0: offset - 1, x1: offset + needle.length + 1, misfit };
  });
  const kinds: string[] = [];
  profile.forEach((ink, x) => {
    if (ink > 0.05) kinds.push(located.find((l) => x >= l.x0 && x < l.x1)?.probe ?? OTHER);
  });
  return { seen: collapse(kinds), located, profile };
}

/** The column profile of the glyph beside a located word, on its left (-1) or right (1): the ink up to the next blank column. */
function glyphBeside(profile: readonly number[], word: Located, side: -1 | 1): number[] {
  let x = side < 0 ? word.x0 : word.x1 - 1;
  while (profile[x]! > 0.05) x += side; // the word's own ink, if the fit left any
  while (profile[x]! <= 0.05) x += side;
  const ink: number[] = [];
  for (; profile[x]! > 0.05; x += side) ink.push(profile[x]!);
  return side < 0 ? ink.reverse() : ink;
}

/**
 * Where a glyph's ink leans: its right half's ink less its left half's, as a share of
 * all of it. A "(" has its long stroke on the left and only its tips on the right (below
 * 0), a ")" the other way round.
 */
function lean(ink: readonly number[]): number {
  const middle = ink.length / 2;
  let left = 0;
  let right = 0;
  ink.forEach((v, i) => {
    const share = Math.min(1, Math.max(0, middle - i)); // of this column, left of the middle
    left += v * share;
    right += v * (1 - share);
  });
  return (right - left) / (left + right);
}

describeBrowser('mixed-direction lines in the PNG, against Chromium', () => {
  for (const [n, c] of CASES.entries()) {
    it(`puts the runs in Chromium's order: ${c.name}`, async () => {
      const id = `case-${n}`;
      const browser = await chromiumSequence(
        renderToString([{ id, date: '2024-06-13', title: c.title }], { locale: c.locale, width: 720, theme: 'light' }),
        id,
        c.probes,
      );
      expect(browser, 'Chromium').toEqual(c.seen);
      const png = pngSequence(c, id);
      for (const l of png.located) expect(l.misfit, `"${l.probe}" is drawn in the PNG as resvg draws it alone`).toBeLessThan(0.3);
      expect(png.seen, 'PNG').toEqual(browser);
    });
  }

  it('mirrors brackets in right-to-left runs, as a browser does: "(G7)" and "(EU)" read with their brackets facing in', () => {
    const c = CASES.find((k) => k.name === 'brackets in an Arabic title')!;
    const { located, profile } = pngSequence(c, 'brackets');
    for (const word of located) {
      expect(lean(glyphBeside(profile, word, -1)), `left of ${word.probe}: "("`).toBeLessThan(-0.15);
      expect(lean(glyphBeside(profile, word, 1)), `right of ${word.probe}: ")"`).toBeGreaterThan(0.15);
    }
  });
});
