/**
 * The fiscal calendar. A fiscal year is named by the calendar year in which it ends (the US
 * convention): with `fiscalYearStart = 10`, FY2019 runs 2018-10-01 … 2019-09-30. With the
 * default start month 1, fiscal years are calendar years.
 */
import { addMonths, monthsInterval, type Interval, type YMD } from './calendar';

/** Fiscal year `fy` for a year starting in month `start` (1–12). */
export function fiscalYearInterval(fy: number, start: number): Interval {
  return start === 1 ? monthsInterval(fy, 1, 12) : monthsInterval(fy - 1, start, 12);
}

/** `months` months from the start of fiscal year `fy`, skipping `skip` months ("Q3" = skip 6, 3 months). */
export function fiscalMonthsInterval(fy: number, start: number, skip: number, months: number): Interval {
  const first = fiscalYearInterval(fy, start).start;
  const s = addMonths(first, skip);
  return monthsInterval(s.y, s.m, months);
}

/** The fiscal year that contains day `p`. */
export const fiscalYearOf = (p: YMD, start: number): number => (start === 1 || p.m < start ? p.y : p.y + 1);

/**
 * The first month of the fiscal year that ends on `end`: the month after it, or the end's
 * own month when the year ends early in a month (a 52–53-week year "ended January 3").
 */
export function fiscalStartAfter(end: YMD): number {
  const m = end.d >= 15 ? end.m + 1 : end.m;
  return m > 12 ? 1 : m;
}
