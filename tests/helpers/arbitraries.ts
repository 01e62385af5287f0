import fc from 'fast-check';
import type { EventInput } from '../../src/model/types.js';

const pad = (n: number, w: number) => String(Math.abs(n)).padStart(w, '0');

/** An EDTF date string at a random precision, years -2999..2100 (BCE included). */
export const edtfDate = (minYear = -2999, maxYear = 2100) =>
  fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      precision: fc.constantFrom('year', 'month', 'day'),
      qualifier: fc.constantFrom('', '', '', '~', '?', '%'),
    })
    .map(({ year, month, day, precision, qualifier }) => {
      const y = (year < 0 ? '-' : '') + pad(year, 4);
      const body = precision === 'year' ? y : precision === 'month' ? `${y}-${pad(month, 2)}` : `${y}-${pad(month, 2)}-${pad(day, 2)}`;
      return body + qualifier;
    });

const words = ['Summit', 'treaty', 'قمة', 'معاهدة', 'بوتين', 'Пхеньян', '평양', 'visit', 'trains', '"quoted"', '<b>', '&amp;', 'x'];

/** Titles mixing scripts, lengths from one word to far too long for a label. */
export const title = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));

export const eventInput: fc.Arbitrary<EventInput> = fc.record({ date: edtfDate(), title });

/** Event lists where many events may share a date (dense clusters). */
export const eventList = (maxLength = 60) =>
  fc.oneof(
    fc.array(eventInput, { minLength: 1, maxLength }),
    fc
      .tuple(edtfDate(1900, 2030), fc.array(title, { minLength: 2, maxLength }))
      .map(([date, titles]) => titles.map((t) => ({ date, title: t }))),
  );
