/**
 * Calendar maths on plain `{ y, m, d }` dates. date-fns does the month lengths, month
 * arithmetic and ISO weekdays, on UTC dates (@date-fns/utc): in local time a day can be
 * missing (Samoa skipped 30 December 2011, Kiritimati 31 December 1994), so local dates
 * would make results depend on the machine's `TZ`. In UTC every calendar day exists.
 */
// Per-function entry points: the date-fns barrel costs ~300 ms to import.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays as dfAddDays } from 'date-fns/addDays';
import { addMonths as dfAddMonths } from 'date-fns/addMonths';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { getISODay } from 'date-fns/getISODay';

/** A calendar date; `m` is 1–12. */
export interface YMD {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** An inclusive interval of days. */
export interface Interval {
  readonly start: YMD;
  readonly end: YMD;
}

const toDate = (p: YMD): Date => {
  const dt = new UTCDateMini(0);
  // setFullYear, not Date.UTC: it reads years 0–99 as written, not as 1900–1999.
  dt.setFullYear(p.y, p.m - 1, p.d);
  return dt;
};
const fromDate = (dt: Date): YMD => ({ y: dt.getFullYear(), m: dt.getMonth() + 1, d: dt.getDate() });

export const ymd = (y: number, m: number, d: number): YMD => ({ y, m, d });

const monthLengths = new Map<number, number>();

/** Days in month `m` of year `y` (asked of date-fns once per month, then remembered: periods resolve by the thousand). */
export function daysInMonth(y: number, m: number): number {
  const key = y * 12 + m;
  let days = monthLengths.get(key);
  if (days === undefined) {
    days = getDaysInMonth(toDate({ y, m, d: 1 }));
    if (monthLengths.size < 10_000) monthLengths.set(key, days);
  }
  return days;
}

/** True when `y-m-d` is a real calendar date. */
export const isValidDate = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** One integer for an ordinary date (years 0–9999) and a small whole second operand, else undefined. */
const dayKey = ({ y, m, d }: YMD, n: number): number | undefined =>
  Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && Number.isInteger(n) &&
  y >= 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && n > -2048 && n < 2048
    ? ((y * 16 + m) * 32 + d) * 4096 + n + 2048 : undefined;

/**
 * Remembers what date-fns answered for `(p, n)`. "today", "last week" and "Monday" resolve
 * against the same few document dates thousands of times; each answer costs two Dates.
 */
function remembered<T>(compute: (p: YMD, n: number) => T): (p: YMD, n: number) => T {
  const known = new Map<number, T>();
  return (p, n) => {
    const key = dayKey(p, n);
    if (key === undefined) return compute(p, n);
    let v = known.get(key);
    if (v === undefined) {
      v = compute(p, n);
      if (known.size >= 10_000) known.clear();
      known.set(key, v);
    }
    return v;
  };
}

export const addDays: (p: YMD, n: number) => YMD = remembered((p, n) => fromDate(dfAddDays(toDate(p), n)));

/** Adds calendar months, clamping the day to the target month's length (Jan 31 + 1 → Feb 28/29). */
export const addMonths: (p: YMD, n: number) => YMD = remembered((p, n) => fromDate(dfAddMonths(toDate(p), n)));

const weekdayOf = remembered((p) => getISODay(toDate(p)));

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const isoWeekday = (p: YMD): number => weekdayOf(p, 0);

export const compare = (a: YMD, b: YMD): number => a.y - b.y || a.m - b.m || a.d - b.d;

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: YMD, b: YMD): number => (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000;

const pad = (n: number, w: number): string => String(Math.abs(n)).padStart(w, '0');
const formatISO = (p: YMD): string => `${p.y < 0 ? '-' : ''}${pad(p.y, 4)}-${pad(p.m, 2)}-${pad(p.d, 2)}`;

const isoStrings = new Map<number, string>();

/**
 * `YYYY-MM-DD`. Every period figure formats two dates and a text names few distinct ones,
 * so the strings of ordinary dates (years 0–9999) are remembered by an integer key.
 */
export function toISO(p: YMD): string {
  const { y, m, d } = p;
  if (!(Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return formatISO(p);
  const key = (y * 16 + m) * 32 + d;
  let iso = isoStrings.get(key);
  if (iso === undefined) {
    iso = formatISO(p);
    if (isoStrings.size < 10_000) isoStrings.set(key, iso);
  }
  return iso;
}

/** The whole months `m` … `m + count - 1` starting in year `y` (month may overflow into later years). */
export function monthsInterval(y: number, m: number, count: number): Interval {
  // Whole months from the 1st never clamp a day, so the last month is index arithmetic.
  const lastIndex = y * 12 + (m - 1) + (count - 1);
  const ly = Math.floor(lastIndex / 12), lm = lastIndex - ly * 12 + 1;
  return { start: ymd(y, m, 1), end: ymd(ly, lm, daysInMonth(ly, lm)) };
}

export const monthInterval = (y: number, m: number): Interval => monthsInterval(y, m, 1);
export const yearInterval = (y: number): Interval => monthsInterval(y, 1, 12);
export const quarterInterval = (y: number, q: number): Interval => monthsInterval(y, 3 * (q - 1) + 1, 3);
export const halfInterval = (y: number, h: number): Interval => monthsInterval(y, 6 * (h - 1) + 1, 6);
export const dayInterval = (p: YMD): Interval => ({ start: p, end: p });

/** Monday–Sunday week containing `p`. */
export function isoWeekInterval(p: YMD): Interval {
  const start = addDays(p, 1 - isoWeekday(p));
  return { start, end: addDays(start, 6) };
}

/** Shifts both ends of an interval by whole months, keeping month ends at month ends. */
export function shiftMonths(iv: Interval, n: number): Interval {
  const start = addMonths(iv.start, n);
  let end = addMonths(iv.end, n);
  if (iv.end.d === daysInMonth(iv.end.y, iv.end.m)) end = ymd(end.y, end.m, daysInMonth(end.y, end.m));
  return { start, end };
}

/** Whole months covered by an interval that starts on a 1st and ends on a month end, else undefined. */
export function wholeMonths(iv: Interval): number | undefined {
  if (iv.start.d !== 1 || iv.end.d !== daysInMonth(iv.end.y, iv.end.m)) return undefined;
  return (iv.end.y - iv.start.y) * 12 + iv.end.m - iv.start.m + 1;
}
