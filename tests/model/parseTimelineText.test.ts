import { describe, expect, it } from 'vitest';
import { parseTimelineCsv, parseTimelineJson, parseTimelineText } from '../../src/model/index.js';
import { problemMessages } from '../helpers/validation.js';

const messages = problemMessages;

describe('parseTimelineJson', () => {
  it('parses an array and an object', () => {
    expect(parseTimelineJson('[{"date": "1948", "title": "Nakba"}]').events[0]!.date.year).toBe(1948);
    const t = parseTimelineJson('{"title": "T", "locale": "ar", "events": [{"date": "2000-07", "title": "x"}]}');
    expect(t.title).toBe('T');
    expect(t.events[0]!.date.month).toBe(7);
  });

  it('ignores a byte-order mark', () => {
    expect(parseTimelineJson('\uFEFF[{"date": "1948", "title": "x"}]').events).toHaveLength(1);
  });

  it('reports invalid JSON as a single input issue', () => {
    const m = messages(() => parseTimelineJson('[{"date": "1948",]'));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^input: not valid JSON at line 1, column \d+ \(near "[^"]*"\): \S/);
  });

  it('passes validation problems through', () => {
    expect(messages(() => parseTimelineJson('[{"date": "2024-13-01", "title": "x", "id": "s"}]'))).toEqual([
      'events[0] (id "s").date: "2024-13-01" is not a valid date: month 13',
    ]);
    expect(messages(() => parseTimelineJson('"just a string"'))).toEqual([
      'input: expected an array of events or an object with an "events" array',
    ]);
  });
});

describe('parseTimelineCsv', () => {
  it('reads the known columns and ignores others', () => {
    const t = parseTimelineCsv(
      'date,end,title,description,category,id,url,notes\n' +
        '2024-06-19,2024-06-21,Summit,Three days,diplomacy,summit,https://example.org,ignored\n',
    );
    expect(t.events).toHaveLength(1);
    expect(t.events[0]).toEqual({
      id: 'summit',
      index: 0,
      date: expect.objectContaining({ edtf: '2024-06-19' }),
      end: expect.objectContaining({ edtf: '2024-06-21' }),
      title: 'Summit',
      description: 'Three days',
      category: 'diplomacy',
      url: 'https://example.org',
    });
  });

  it('reads a lane column, and open intervals in date or ".." in end', () => {
    const t = parseTimelineCsv('date,end,title,Lane\n2022-02-24/..,,War,Europe\n2022-02,..,Sanctions,\n../1950,,Before,Asia\n');
    expect(t.events.map((e) => [e.lane, e.openStart, e.openEnd])).toEqual([
      ['Europe', undefined, 'ongoing'],
      [undefined, undefined, 'ongoing'],
      ['Asia', 'open', undefined],
    ]);
    expect(t.lanes).toEqual(['Europe', 'Asia']);
  });

  it('treats empty cells as absent', () => {
    const [e] = parseTimelineCsv('date,end,title,description,url,id\n1948,,Nakba,, ,\n').events;
    expect(Object.keys(e!).sort()).toEqual(['date', 'id', 'index', 'title']);
  });

  it('handles quoted fields with commas, quotes and line breaks', () => {
    const t = parseTimelineCsv('date,title,description\n2024-06-19,"Summit, day one","He said ""yes""\nand left"\n');
    expect(t.events[0]!.title).toBe('Summit, day one');
    expect(t.events[0]!.description).toBe('He said "yes"\nand left');
  });

  it('keeps Arabic text, including quoted cells with commas', () => {
    const t = parseTimelineCsv('date,title\n1948,النكبة\n2024-06-19,"القمة، اليوم الأول, الجلسة"\n');
    expect(t.events.map((e) => e.title)).toEqual(['النكبة', 'القمة، اليوم الأول, الجلسة']);
  });

  it('builds language maps from title_xx and description_xx columns', () => {
    const t = parseTimelineCsv('date,title_en,title_ar,description_ar\n1948,Nakba,النكبة,"تهجير, ولجوء"\n2000,Only English,,\n');
    expect(t.events[0]!.title).toEqual({ en: 'Nakba', ar: 'النكبة' });
    expect(t.events[0]!.description).toEqual({ ar: 'تهجير, ولجوء' });
    expect(t.events[1]!.title).toEqual({ en: 'Only English' });
  });

  it('reads a plain column next to language columns as English, in every row', () => {
    const t = parseTimelineCsv('date,title,title_ar\n2000,Plain,عربي\n2001,Plain only,\n2002,,عربي فقط\n');
    expect(t.events.map((e) => e.title)).toEqual([{ en: 'Plain', ar: 'عربي' }, { en: 'Plain only' }, { ar: 'عربي فقط' }]);
  });

  it('builds the source from source columns', () => {
    const t = parseTimelineCsv(
      'date,title,source,source_agency,source_quote,source_quote_ar,source_url\n' +
        '2024-06-19,Summit,Oman,Reuters,"They met, briefly.",التقيا,https://example.org/a\n' +
        '2024-06-20,Other,,,,,\n',
    );
    expect(t.events[0]!.source).toEqual({
      publication: 'Oman',
      agency: 'Reuters',
      quote: { en: 'They met, briefly.', ar: 'التقيا' },
      url: 'https://example.org/a',
    });
    expect('source' in t.events[1]!).toBe(false);
  });

  it('matches header names case-insensitively and trims them', () => {
    const t = parseTimelineCsv(' Date , Title ,TITLE_ar\n1948,Nakba,النكبة\n');
    expect(t.events[0]!.date.year).toBe(1948);
    expect(t.events[0]!.title).toEqual({ en: 'Nakba', ar: 'النكبة' });
  });

  it('handles CRLF line endings and skips blank rows', () => {
    const t = parseTimelineCsv('date,title\r\n1948,A\r\n\r\n,\r\n2000,B\r\n');
    expect(t.events.map((e) => [e.index, e.title])).toEqual([
      [0, 'A'],
      [1, 'B'],
    ]);
  });

  it('requires date and title columns', () => {
    expect(messages(() => parseTimelineCsv('when,title\n1948,x\n'))).toEqual([
      'input: CSV header has no "date" column (read as comma-separated, its columns are "when", "title")',
    ]);
    expect(messages(() => parseTimelineCsv('date,name\n1948,x\n'))).toEqual([
      'input: CSV header has no "title" column (nor title_<language> columns such as title_en)',
    ]);
    expect(messages(() => parseTimelineCsv('a,b\n1,2\n'))).toHaveLength(2);
    expect(messages(() => parseTimelineCsv(''))).toHaveLength(2);
  });

  it('accepts a header with no rows', () => {
    expect(parseTimelineCsv('date,title\n').events).toEqual([]);
  });

  it('names rows by event index and CSV line', () => {
    const csv = 'date,title,id\n1948,Nakba,\n\n2024-13-01,Summit,summit\n"2000",,\n';
    expect(messages(() => parseTimelineCsv(csv))).toEqual([
      'events[1] (CSV line 4) (id "summit").date: "2024-13-01" is not a valid date: month 13',
      'events[2] (CSV line 5).title: missing',
    ]);
  });

  it('counts line breaks inside quoted cells', () => {
    const csv = 'date,title,description\n1948,"A","two\nlines"\n2024-02-30,B,\n';
    expect(messages(() => parseTimelineCsv(csv))).toEqual([
      'events[1] (CSV line 4).date: "2024-02-30" is not a valid date: day 30 does not exist in 2024-02 (February 2024 has 29 days)',
    ]);
  });

  it('reads any header names, even ones that are special to JavaScript objects', () => {
    // d3's csvParse compiles a row constructor from the header: a repeated "__proto__" broke it.
    const t = parseTimelineCsv('date,title,__proto__,__proto__,constructor,toString\n1948,Nakba,a,b,c,d\n');
    expect(t.events.map((e) => e.title)).toEqual(['Nakba']);
    expect(parseTimelineCsv('__proto__,date,title\nx,2000,A\n').events[0]!.date.year).toBe(2000);
    expect(messages(() => parseTimelineCsv('__proto__\nx\n'))).toHaveLength(2);
  });

  it('names duplicate ids by event index', () => {
    const m = messages(() => parseTimelineCsv('date,title,id\n2000,A,x\n2001,B,x\n'));
    expect(m).toEqual(['events[1] (CSV line 3) (id "x").id: duplicate id "x" (also used by events[0])']);
  });
});

describe('parseTimelineText', () => {
  it('detects JSON by its first non-space character', () => {
    expect(parseTimelineText('  \n [{"date": "1948", "title": "x"}]').events).toHaveLength(1);
    expect(parseTimelineText('{"events": [{"date": "1948", "title": "x"}]}').events).toHaveLength(1);
  });

  it('treats anything else as CSV', () => {
    expect(parseTimelineText('date,title\n2024-06-19,Summit').events[0]!.title).toBe('Summit');
  });

  it('strips a byte-order mark before detecting', () => {
    expect(parseTimelineText('\uFEFF[{"date": "1948", "title": "x"}]').events).toHaveLength(1);
    expect(parseTimelineText('\uFEFFdate,title\n1948,x').events[0]!.date.year).toBe(1948);
  });

  it('honours an explicit format', () => {
    expect(messages(() => parseTimelineText('date,title\n1948,x', 'json'))[0]).toMatch(/^input: not valid JSON\b/);
    expect(messages(() => parseTimelineText('[{"date":"1948","title":"x"}]', 'csv'))[0]).toMatch(
      /^input: CSV header has no "date" column \(read as comma-separated/,
    );
    expect(messages(() => parseTimelineText('[]', 'xml' as 'json'))).toEqual([
      'input: unknown format "xml" (expected "json", "csv", "timelinejs" or "vis")',
    ]);
  });

  it('reports malformed JSON', () => {
    expect(messages(() => parseTimelineText('{"events": ['))[0]).toMatch(/^input: not valid JSON at line \d+, column \d+/);
  });

  it('reports empty text', () => {
    expect(messages(() => parseTimelineText(' \n\uFEFF'))).toEqual(['input: empty text (expected JSON or CSV)']);
    expect(messages(() => parseTimelineText('\uFEFF'))).toEqual(['input: empty text (expected JSON or CSV)']);
  });
});
