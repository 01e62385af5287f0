// Language tags, title-map keys and categories are user data. Named like Object.prototype
// members they must behave as any other unknown name, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { formatEventDate } from '../../src/format/formatEventDate.js';
import { BUILT_IN_LOCALES, getLocaleSpec, hasLocale } from '../../src/format/locales.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseEdtf } from '../../src/model/parseEdtf.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { parseTimelineCsv } from '../../src/model/parseTimelineCsv.js';
import { pickText } from '../../src/model/pickText.js';
import { renderToString } from '../../src/server/renderToString.js';
import { parseSvg } from '../helpers/svg.js';

const PROTOTYPE_NAMES = ['toString', 'valueOf', 'constructor', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];
/** The prototype names that are also well-formed language tags (5–8 letters), so reach rendering. */
const TAG_LIKE = ['toString', 'valueOf'];

function titles(svg: string): string[] {
  // The first (wide) layout: an SVG drawn without a width holds a narrow one too.
  return Array.from(parseSvg(svg).querySelector('svg.eventline')!.querySelectorAll('.el-title')).map((t) => t.textContent ?? '');
}

describe('names of Object.prototype members as languages', () => {
  it('are not built-in locales and get the English fallback spec', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(hasLocale(name), name).toBe(false);
      expect(getLocaleSpec(name), name).toBe(getLocaleSpec('en'));
      expect(formatEventDate(parseEdtf('2000-07'), name), name).toBe('July 2000');
    }
    expect(BUILT_IN_LOCALES).toEqual(['en', 'ar', 'ru', 'ko', 'fr']);
  });

  it('pickText falls back as for any missing language instead of returning a prototype member', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(pickText({ fr: 'Sommet', ar: 'قمة' }, name), name).toBe('Sommet');
      expect(pickText({ ar: 'قمة', en: 'Summit' }, name), name).toBe('Summit');
    }
  });

  for (const name of TAG_LIKE) {
    it(`renders with locale option "${name}" when no title has that language`, () => {
      const svg = renderToString({ events: [{ date: '1948', title: { fr: 'Sommet', ar: 'قمة' } }] }, { locale: name });
      expect(titles(svg)).toEqual(['Sommet']);
      expect(parseSvg(svg).querySelector('svg.eventline')!.getAttribute('lang')).toBe(name);
    });

    it(`renders an input whose own locale is "${name}" with titles in other languages`, () => {
      const input = { locale: name, title: { en: 'Talks' }, events: [{ date: '1948', title: { en: 'Summit' }, category: name }] };
      const svg = renderToString(input, {});
      expect(titles(svg)).toEqual(['Summit']);
      expect(parseSvg(svg).querySelector('[role="heading"], .el-heading')?.textContent).toBe('Talks');
    });

    it(`keeps a title-map key "${name}" as text in that language`, () => {
      const timeline = parseTimeline(JSON.parse(`[{"date": "1948", "title": {"${name}": "Own", "en": "Summit"}}]`));
      expect(Object.keys(timeline.events[0]!.title)).toEqual([name, 'en']);
      expect(
        titles(
          renderToString(
            timeline.events.map((e) => ({ date: e.date.edtf, title: e.title })),
            { locale: name },
          ),
        ),
      ).toEqual(['Own']);
      expect(
        titles(
          renderToString(
            timeline.events.map((e) => ({ date: e.date.edtf, title: e.title })),
            { locale: 'en' },
          ),
        ),
      ).toEqual(['Summit']);
    });

    it(`reads a CSV title_${name} column and lays it out`, () => {
      const g = layoutTimeline(parseTimelineCsv(`date,title_fr,category\n1948,Sommet,${name}\n1950,Guerre,constructor`), { locale: name });
      expect(g.events.map((e) => e.label.title.lines[0]!.text)).toEqual(['Sommet', 'Guerre']);
      expect(g.categories).toEqual([name, 'constructor']);
    });
  }
});
