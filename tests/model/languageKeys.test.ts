import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { parseTimelineCsv } from '../../src/model/parseTimelineCsv.js';
import { parseTimelineText } from '../../src/model/parseTimelineText.js';
import { renderToString } from '../../src/server/renderToString.js';
import { problemMessages } from '../helpers/validation.js';

const HINT = 'is not a valid BCP 47 language tag (e.g. "en", "ar" or "ar-EG")';

const problems = problemMessages;

describe('language keys are BCP 47 tags', () => {
  it('refuses a title key that is not a tag, naming the event and field, before layout sees it', () => {
    const input = { events: [{ date: '2024-06-19', id: 'summit', title: { 'not a tag': 'Summit' } }] };
    const expected = [`events[0] (id "summit").title: language key "not a tag" ${HINT}`];
    expect(problems(() => parseTimeline(input))).toEqual(expected);
    // The whole pipeline: a ValidationError, not a RangeError about options.locale.
    expect(problems(() => renderToString(input))).toEqual(expected);
  });

  it('checks description, source texts and the timeline title too', () => {
    const input = {
      title: { en: 'Talks', 'en.GB': 'Talks' },
      events: [
        { date: '1948', title: 'A', description: { en_US: 'x' } },
        { date: '1949', title: 'B', source: { quote: { 'ar EG': 'y' }, agency: { '': 'z' } } },
      ],
    };
    expect(problems(() => parseTimeline(input))).toEqual([
      `input.title: language key "en.GB" ${HINT}`,
      `events[0].description: language key "en_US" ${HINT}`,
      `events[1].source.agency: language key "" ${HINT}`,
      `events[1].source.quote: language key "ar EG" ${HINT}`,
    ]);
  });

  it('refuses keys named like Object.prototype members that are no tags, and keeps those that are', () => {
    const input = JSON.parse('[{"date": "1948", "title": {"__proto__": "a", "constructor": "b", "hasOwnProperty": "c", "en": "d"}}]');
    expect(problems(() => parseTimeline(input))).toEqual(
      ['__proto__', 'constructor', 'hasOwnProperty'].map((k) => `events[0].title: language key "${k}" ${HINT}`),
    );
    expect(parseTimeline([{ date: '1948', title: { valueOf: 'v', en: 'd' } }]).events[0]!.title).toEqual({ valueOf: 'v', en: 'd' });
  });

  it('accepts real tags as written, with script, region and extensions', () => {
    const title = { 'zh-Hant-TW': '峰會', 'ar-EG': 'قمة', EN: 'Summit', 'en-u-ca-gregory': 'Summit' };
    expect(parseTimeline([{ date: '1948', title }]).events[0]!.title).toEqual(title);
  });

  it('refuses a timeline locale that is not a tag', () => {
    expect(problems(() => parseTimelineText('{"locale": "not a tag", "events": [{"date": "1948", "title": "A"}]}'))).toEqual([
      `input.locale: "not a tag" ${HINT}`,
    ]);
  });

  it('refuses a CSV language column once, in the header, not once per row', () => {
    const rows = '\n1948,A,B'.repeat(5);
    expect(problems(() => parseTimelineCsv(`date,title_en,title_en-a${rows}`))).toEqual([
      `input: CSV column "title_en-a": language "en-a" ${HINT}`,
    ]);
  });
});
