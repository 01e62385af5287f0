import { daysFromCivil, MS_PER_DAY } from '../../src/model/civilCalendar.js';

/** UTC ms of a calendar day (month from 0, as Date.UTC), for years 0–99 and BCE too. */
export const utcTime = (year: number, monthIndex: number, day: number): number => daysFromCivil(year, monthIndex + 1, day) * MS_PER_DAY;
