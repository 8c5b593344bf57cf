/**
 * Weeks and weekends that are not simply relative: "the week of October 6th", "the week
 * ended February 22", "the first week of October 2014", "the last week of September", "the
 * second last week of October 2018", "the last weekend of October", "all week". ("this
 * week", "last weekend" are in relative.ts.)
 */
import { ORDINAL_SUFFIXES } from '../../lexicon/periods';
import { MONTH_REL, readDayMonth, readMonthDay, readNumericDate, readWeekdayDate } from './day';
import { readMonthPhrase } from './month';
import { hyphenAt, isWordAt, match, readOrdinal, readWeekday, readYear, readYearSuffix, wordAt, type Match, type Read, type Rule, type Toks } from './read';
import type { PeriodSpec } from '../../resolve/period/spec';

/** "week", "weekend", "week-end", "week end", "wkend" at `j`. */
function readWeekWord(toks: Toks, j: number): Read<boolean> | undefined {
  const w = wordAt(toks, j);
  if (w === 'weekend' || w === 'wkend') return { value: true, next: j + 1 };
  if (w === 'week') {
    if (hyphenAt(toks, j + 1) && isWordAt(toks, j + 2, 'end')) return { value: true, next: j + 3 };
    if (isWordAt(toks, j + 1, 'end') && isWordAt(toks, j + 2, 'of', 'in')) return { value: true, next: j + 2 };
    return { value: false, next: j + 1 };
  }
  return undefined;
}

/** "of October", "in October 2014", "of 2018", "of this month". */
function readOf(toks: Toks, j: number): Read<PeriodSpec> | undefined {
  if (!isWordAt(toks, j, 'of', 'in')) return undefined;
  const m = readMonthPhrase(toks, j + 1);
  if (m) return m;
  const y = readYear(toks, j + 1);
  if (y) return { value: { t: 'year', year: { kind: 'abs', y: y.value } }, next: y.next };
  // "of this month", "of next month", "of the current month"
  const k = isWordAt(toks, j + 1, 'the') ? j + 2 : j + 1;
  const off = MONTH_REL.get(wordAt(toks, k) ?? '');
  if (off !== undefined && isWordAt(toks, k + 1, 'month')) return { value: { t: 'rel', unit: 'month', offset: off }, next: k + 2 };
  // "of the year", "of next year"
  const ys = readYearSuffix(toks, j);
  if (ys && !ys.value.fiscal) return { value: { t: 'year', year: ys.value.year }, next: ys.next };
  return undefined;
}

/** period.week.nth: "first week of October 2014", "last weekend of October", "third last week of 2018". */
function readNthWeek(toks: Toks, i: number): Match | undefined {
  let n: number, j: number;
  if (isWordAt(toks, i, 'last')) { n = -1; j = i + 1; }
  else {
    const o = readOrdinal(toks, i);
    if (!o || o.value > 5) return undefined;
    n = o.value; j = o.next;
    if (isWordAt(toks, j, 'last')) { n = -n; j++; }
  }
  const ww = readWeekWord(toks, j);
  if (!ww) return undefined;
  const of = readOf(toks, ww.next);
  if (!of) return undefined;
  return match(i, of.next, { t: 'nth-week', n, of: of.value, weekend: ww.value }, 'period.week.nth');
}

/**
 * period.week.of: "the week of October 6th"; period.week.beginning: "the week beginning
 * February 4"; period.week.ended: "the week ended February 22".
 */
function readWeekOf(toks: Toks, i: number): Match | undefined {
  if (!isWordAt(toks, i, 'week')) return undefined;
  if (isWordAt(toks, i + 1, 'of')) {
    const d = readMonthDay(toks, i + 2) ?? readDayMonth(toks, i + 2) ?? readNumericDate(toks, i + 2);
    if (d) return match(i, d.next, { t: 'week-of', day: d.value }, 'period.week.of');
  }
  // "the week beginning February 4", "week commencing 4 March", "the week starting on May 6":
  // the seven days from that day (a Monday in practice; the text names the first day either way).
  if (isWordAt(toks, i + 1, 'beginning', 'commencing', 'starting')) {
    const j = isWordAt(toks, i + 2, 'on') ? i + 3 : i + 2;
    const d = readMonthDay(toks, j) ?? readDayMonth(toks, j) ?? readNumericDate(toks, j);
    if (d) return match(i, d.next, { t: 'range', from: d.value, to: { t: 'shift', of: d.value, unit: 'day', n: 6 } }, 'period.week.beginning');
  }
  if (isWordAt(toks, i + 1, 'ended', 'ending', 'to', 'through')) {
    const d = readMonthDay(toks, i + 2) ?? readDayMonth(toks, i + 2) ?? readNumericDate(toks, i + 2) ?? readWeekdayDate(toks, i + 2);
    if (d) return match(i, d.next, { t: 'ending', days: 7, end: d.value }, 'period.week.ended');
    // "the week ended Friday", "in the week to Wednesday": the latest such weekday. ("to" only
    // after "the": "postponed by a week to Friday" moves a date.)
    const wd = readWeekday(toks, i + 2);
    if (wd && (isWordAt(toks, i + 1, 'ended', 'ending') || isWordAt(toks, i - 1, 'the'))) return match(i, wd.next, { t: 'ending', days: 7, end: { t: 'weekday', wd: wd.value, pick: 'bare' } }, 'period.week.ended');
  }
  return undefined;
}

/** period.week.all: "all week" — the current week. */
function readAllWeek(toks: Toks, i: number): Match | undefined {
  if (isWordAt(toks, i + 1, 'week') && !isWordAt(toks, i + 2, 'long')) return match(i, i + 2, { t: 'rel', unit: 'week', offset: 0 }, 'period.week.all');
  return undefined;
}

export const weekRules: readonly Rule[] = [
  { id: 'period.week.nth', numbers: true, words: ['first', 'second', 'third', 'fourth', 'fifth', 'last'], digits: [1, 3], after: { glued: ORDINAL_SUFFIXES }, read: readNthWeek },
  { id: 'period.week.of', words: ['week'], read: readWeekOf },
  { id: 'period.week.all', words: ['all'], read: readAllWeek },
];
