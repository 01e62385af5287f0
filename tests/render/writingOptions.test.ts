import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { measureTextWidth } from '../../src/layout/measureText.js';
import { renderSvg } from '../../src/renderSvg.js';
import { parseSvg } from '../helpers/svg.js';

const ARABIC_INDIC = /[\u0660-\u0669]/;

/** Titles without digits, so every digit in the drawing is one eventline wrote. */
function events(n: number): { date: string; end?: string; title: string }[] {
  const words = ['قمة', 'زيارة', 'معاهدة', 'محادثات'];
  return Array.from({ length: n }, (_, i) => {
    const year = 1900 + ((i * 37) % 125);
    const date = i % 3 === 0 ? `${year}` : i % 3 === 1 ? `${year}-0${1 + (i % 9)}` : `${year}-1${i % 3}-2${i % 8}`;
    return { date, ...(i % 17 === 0 ? { end: `${year + 3}` } : {}), title: `${words[i % 4]} ${words[(i + 1) % 4]}` };
  });
}

/** Every text node, `<title>`, `<desc>` and aria-label of a drawing. */
function shownTexts(doc: Document): string[] {
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.localName !== 'style' && node.textContent!.trim() !== '') out.push(node.textContent!);
  }
  for (const el of Array.from(doc.querySelectorAll('[aria-label]'))) out.push(el.getAttribute('aria-label')!);
  return out;
}

describe('renderSvg with numberingSystem "arab"', () => {
  const { document } = new JSDOM('').window;
  // jsdom has no canvas to measure with.
  const measureText = measureTextWidth;

  it.each([
    ['a few labelled events', 12, {}],
    ['hundreds of events in clusters', 400, { maxRows: 3 }],
    ['a vertical timeline', 40, { orientation: 'vertical' as const }],
  ])('writes every number in Arabic-Indic digits: %s', (_name, n, extra) => {
    const svg = renderSvg(events(n), { locale: 'ar', numberingSystem: 'arab', width: 720, measureText, ...extra }, document);
    const doc = parseSvg(svg.outerHTML);
    const texts = shownTexts(doc);
    expect(texts.filter((t) => /[0-9]/.test(t))).toEqual([]);
    // Ticks, dates and (with clusters) counts are there, in the digits asked for.
    expect(Array.from(doc.querySelectorAll('.el-tick text')).every((t) => ARABIC_INDIC.test(t.textContent!))).toBe(true);
    expect(doc.querySelectorAll('.el-tick text').length).toBeGreaterThan(1);
    expect(texts.filter((t) => ARABIC_INDIC.test(t)).length).toBeGreaterThan(n > 100 ? 20 : n);
    if (n > 100) expect(doc.querySelectorAll('.el-cluster').length).toBeGreaterThan(0);
  });

  it('writes Latin digits by default, as before', () => {
    const doc = parseSvg(renderSvg(events(12), { locale: 'ar', width: 720, measureText }, document).outerHTML);
    expect(shownTexts(doc).filter((t) => ARABIC_INDIC.test(t))).toEqual([]);
  });
});
