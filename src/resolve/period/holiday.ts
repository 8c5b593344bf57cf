/**
 * The day of a named holiday in a given year, by the rule of its date in lexicon/holidays.ts.
 */
import type { HolidayDate } from '../../lexicon/holidays';
import { addDays, daysInMonth, isoWeekday, ymd, type YMD } from './calendar';

/**
 * Easter Sunday of year `y` in the Gregorian calendar (the anonymous algorithm of Meeus), the
 * day the moveable feasts are counted from.
 */
export function easterSunday(y: number): YMD {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const l = (32 + 2 * e + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return ymd(y, Math.floor(n / 31), (n % 31) + 1);
}

/** The day holiday `date` falls on in year `y`. */
export function holidayDay(date: HolidayDate, y: number): YMD {
  if ('easter' in date) return addDays(easterSunday(y), date.easter);
  if (!('wd' in date)) return ymd(y, date.m, date.d);
  let day: YMD;
  if (date.n > 0) {
    const first = ymd(y, date.m, 1);
    day = addDays(first, (date.wd - isoWeekday(first) + 7) % 7 + 7 * (date.n - 1));
  } else {
    const last = ymd(y, date.m, daysInMonth(y, date.m));
    day = addDays(last, -((isoWeekday(last) - date.wd + 7) % 7));
  }
  return date.plus ? addDays(day, date.plus) : day;
}
