import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { parseTimelineCsv } from '../../src/model/parseTimelineCsv.js';
import { renderTimelineToString } from '../../src/server/renderToString.js';
import { parseSvg } from '../helpers/svg.js';
import { problemMessages } from '../helpers/validation.js';

const problems = problemMessages;

// The first (wide) layout: an SVG drawn without a width holds a narrow one too.
const titles = (svg: string) =>
  Array.from(parseSvg(svg).querySelector('svg.eventline')!.querySelectorAll('.el-title')).map((t) => t.textContent);

describe('CSV: a plain text column beside language columns', () => {
  const csv = 'date,title,title_ar\n1948,North Korea founded,تأسيس كوريا الشمالية\n2024-06-19,Pyongyang summit,قمة بيونغ يانغ\n';

  it('is the English text, so English readers see it and Arabic readers the Arabic column', () => {
    const timeline = parseTimelineCsv(csv);
    expect(timeline.events[0]!.title).toEqual({ en: 'North Korea founded', ar: 'تأسيس كوريا الشمالية' });
    expect(titles(renderTimelineToString(timeline, { locale: 'en' }))).toEqual(['North Korea founded', 'Pyongyang summit']);
    expect(titles(renderTimelineToString(timeline, { locale: 'ar' }))).toEqual(['تأسيس كوريا الشمالية', 'قمة بيونغ يانغ']);
    // Without a locale the timeline is English, as for the same title maps written in JSON.
    expect(titles(renderTimelineToString(timeline))).toEqual(['North Korea founded', 'Pyongyang summit']);
  });

  it('gives the same events as the JSON title map a reader would write', () => {
    const json = parseTimeline([
      { date: '1948', title: { en: 'North Korea founded', ar: 'تأسيس كوريا الشمالية' } },
      { date: '2024-06-19', title: { en: 'Pyongyang summit', ar: 'قمة بيونغ يانغ' } },
    ]);
    expect(parseTimelineCsv(csv)).toEqual(json);
  });

  it('applies to description and source columns too, and leaves a CSV without language columns alone', () => {
    const t = parseTimelineCsv(
      'date,title,description,description_fr,source_agency,source_agency_ar\n1948,A,Plain,Français,Reuters,رويترز\n',
    );
    expect(t.events[0]!.title).toBe('A');
    expect(t.events[0]!.description).toEqual({ en: 'Plain', fr: 'Français' });
    expect(t.events[0]!.source?.agency).toEqual({ en: 'Reuters', ar: 'رويترز' });
  });

  it('is refused beside a title_en column, which would fill the same text', () => {
    expect(problems(() => parseTimelineCsv('date,title,TITLE_EN,title_ar\n1948,a,b,c\n'))).toEqual([
      'input: CSV columns "title" and "TITLE_EN" both hold the English title: next to title_<language> columns a plain "title" column is English; rename it for its language (e.g. "title_ar") or drop one',
    ]);
  });

  it('refuses two columns for the same field or language instead of keeping the last', () => {
    expect(problems(() => parseTimelineCsv('date,title_ar,title_AR,Date\n1948,a,b,1949\n'))).toEqual([
      'input: CSV columns "title_ar" and "title_AR" hold the same title; keep one',
      'input: CSV columns "date" and "Date" hold the same date; keep one',
    ]);
  });
});
