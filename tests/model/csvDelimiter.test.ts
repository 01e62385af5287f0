import { describe, expect, it } from 'vitest';
import { csvDelimiter } from '../../src/model/csvDelimiter.js';
import { parseTimelineCsv } from '../../src/model/parseTimelineCsv.js';
import { parseTimelineText } from '../../src/model/parseTimelineText.js';
import { problemMessages } from '../helpers/validation.js';

const problems = problemMessages;

const expected = [
  { date: '1948', title: 'North Korea founded, 9 September' },
  { date: '2024-06-19', title: 'Pyongyang summit' },
];

describe('CSV separated by semicolons or tabs', () => {
  it.each([
    ['semicolons', 'date;title;notes\n1948;"North Korea founded, 9 September";x\n2024-06-19;Pyongyang summit;\n'],
    ['tabs', 'date\ttitle\n1948\tNorth Korea founded, 9 September\n2024-06-19\tPyongyang summit\n'],
    ['an Excel sep= line', 'sep=;\r\ndate;title\r\n1948;North Korea founded, 9 September\r\n2024-06-19;Pyongyang summit\r\n'],
    ['commas, as before', 'date,title\n1948,"North Korea founded, 9 September"\n2024-06-19,Pyongyang summit\n'],
  ])('reads a file separated by %s', (_, text) => {
    const t = parseTimelineText(text);
    expect(t.events.map((e) => ({ date: e.date.edtf, title: e.title }))).toEqual(expected);
  });

  it('counts CSV lines in messages with the detected separator', () => {
    expect(problems(() => parseTimelineCsv('date;title\n1948;"a;\nb"\n2024-13;x\n'))).toEqual([
      'events[1] (CSV line 4).date: "2024-13" is not a valid date: month 13',
    ]);
    expect(problems(() => parseTimelineCsv('sep=;\ndate;title\n2024-13;x\n'))).toEqual([
      'events[0] (CSV line 3).date: "2024-13" is not a valid date: month 13',
    ]);
  });

  it('decides by the header, outside quoted names, the most frequent separator winning', () => {
    expect(csvDelimiter('date;title;"notes, misc, more"\n1,2,3,4,5').delimiter).toBe(';');
    expect(csvDelimiter('"a;b;c",title\n').delimiter).toBe(',');
    expect(csvDelimiter('date\ttitle\tend;x\n').delimiter).toBe('\t');
    expect(csvDelimiter('date;title,end\n').delimiter).toBe(',');
    expect(csvDelimiter('date\n1948').delimiter).toBe(',');
  });

  it('says how it split a header whose columns it cannot find', () => {
    expect(problems(() => parseTimelineCsv('datum|titel\n1948|x\n'))).toEqual([
      'input: CSV header has no "date" column (read as comma-separated, its columns are "datum|titel")',
      'input: CSV header has no "title" column (nor title_<language> columns such as title_en)',
    ]);
  });
});
