/**
 * Single days: "October 8, 2018", "Oct. 8", "8th of October", "the first of March", "March
 * third 2015", numeric "2015-3-3", "10/22/2016", "10.31.1974", "2/15", weekday-led "Monday,
 * Feb 18", "Tuesday the 19th", "20th of next month", "third day of October", "first Tuesday
 * of October", "last day of October 2015".
 */
import { AMBIGUOUS_MONTHS, CLAUSE_GOES_ON, DOTTED_DATE_CUES, EVENT_AFTER_DATE, MONTHS, NOT_YEAR_AFTER, ODDS_AFTER, ORDINAL_SUFFIXES, ORDINALS, RATING_BEFORE, UNITS, VERSION_WORDS, WEEKDAYS } from '../../lexicon/periods';
import type { MonthRef, PeriodSpec, YearRef } from '../../resolve/period/spec';
import { isValidDate } from '../../resolve/period/calendar';
import { isContractCode, namesEventAfterThe, readMonthPhrase } from './month';
import { readLetterPeriod } from './quarter';
import {
  digitsAt, endsAt, expandYear, glued, hyphenAt, intAt, isDigits, isWordAt, match, punctAt, readDayNumber, readDayWords, readMonth, readOrdinal,
  readWeekday, readYear, readYearSuffix, shortYearEndsAt, splitYearTailAt, wordAt, wordIn, type Match, type Read, type Rule, type Toks,
} from './read';

const IMPLIED: YearRef = { kind: 'implied' };

const isCapitalisedAt = (toks: Toks, i: number): boolean => {
  const t = toks[i];
  return !!t && t.kind === 'word' && t.text[0] !== t.lower[0];
};

/** A day number may not run on into a quantity ("May 5 pct", "March 3 mln"). */
export function dayEndsCleanlyAt(toks: Toks, j: number): boolean {
  const t = toks[j];
  if (!t) return true;
  if (t.kind === 'symbol') return false;
  // "January 10-year bond": the number belongs to a compound.
  if (t.kind === 'punct' && !t.space && (t.text === '-' || t.text === '\u2013') && toks[j + 1]?.kind === 'word' && !toks[j + 1]!.space && !MONTHS.has(toks[j + 1]!.lower)) return false;
  if (t.kind === 'number' && !t.space) return false;
  if (t.kind === 'punct' && !t.space && (t.text === ':' || t.text === '.') && toks[j + 1]?.kind === 'number' && !toks[j + 1]!.space) return false;
  const w = wordAt(toks, j);
  return !(w !== undefined && NOT_YEAR_AFTER.has(w) && !MONTHS.has(w));
}

/** The year after a day: ", 2018", " 2018", " of 2020", " in 2019", "'18", "next year". */
function readDayYear(toks: Toks, j: number): Read<YearRef> | undefined {
  const ys = readYearSuffix(toks, j);
  if (ys) {
    if (ys.value.year.kind === 'abs' && digitsAt(toks, ys.next - 1) === 4 && !dayEndsCleanlyAt(toks, ys.next)) return undefined;
    // ("the week ended March 27 of the 1985/86 season": a day in a split year is in neither half of it alone.)
    if (splitYearTailAt(toks, ys.next)) return undefined;
    return { value: ys.value.year, next: ys.next };
  }
  return undefined;
}

const day = (d: number, month: MonthRef, year: YearRef): PeriodSpec => ({ t: 'day', d, month, year });

/** Nouns an ordinal word after a month belongs to ("December fourth quarter"). */
const ORDINAL_NOUNS: ReadonlySet<string> = new Set(['quarter', 'qtr', 'half', 'largest', 'biggest', 'time', 'straight', 'consecutive']);
/** Words after "May 2" that keep an ambiguous month a date ("May 2 and 3"). */
const AFTER_DAY_JOINERS: ReadonlySet<string> = new Set(['and', 'to', 'through', 'thru', 'till', 'until', 'or', 'at', 'in', 'on', 'for']);
/** Modifiers in "3/1 of next year", "12/15 of each year" that make a slashed pair a date, not a fraction. */
const FRACTION_DATE_MODIFIERS: ReadonlySet<string> = new Set(['next', 'this', 'last', 'each', 'every', 'that', 'current', 'following', 'previous']);

/** "Oct 28 2019 (Monday)", "3 June (Thu)": the weekday in brackets after a date is part of it; the index after ")", else `j`. */
function afterWeekdayAside(toks: Toks, j: number): number {
  if (!punctAt(toks, j, '(')) return j;
  const wd = readWeekday(toks, j + 1);
  return wd && punctAt(toks, wd.next, ')') ? wd.next + 1 : j;
}

/** Month-first: "October 8, 2018", "march the 3rd", "Feb13", "sep-20", "May thirty first". */
export function readMonthDay(toks: Toks, i: number): Read<PeriodSpec> | undefined {
  const mo = readMonth(toks, i);
  if (!mo) return undefined;
  let j = mo.next;
  if (punctAt(toks, j, '-', '/') && glued(toks, j) && glued(toks, j + 1) && digitsAt(toks, j + 1) <= 2 && digitsAt(toks, j + 1) > 0) j++;
  else if (isWordAt(toks, j, 'the')) j++;
  const d = readDayNumber(toks, j) ?? readDayWords(toks, j);
  if (!d || !dayEndsCleanlyAt(toks, d.next)) return undefined;
  if (j === mo.next && isContractCode(toks, i, j)) return undefined;
  // "December fourth quarter": an ordinal word that belongs to the next noun.
  if (toks[j]!.kind === 'word' && (wordIn(toks, d.next, ORDINAL_NOUNS) || punctAt(toks, d.next, '-'))) return undefined;
  // "May 2" needs the number to read as a day, not "May 2 people" — ambiguous months need a digit day plus no noun.
  if (AMBIGUOUS_MONTHS.has(wordAt(toks, i)!) && toks[i]!.text === wordAt(toks, i) && toks[d.next]?.kind === 'word' && !readYearSuffix(toks, d.next)
    && !wordIn(toks, d.next, AFTER_DAY_JOINERS)) return undefined;
  if (!isValidDate(2000, mo.value, d.value)) return undefined;
  const y = readDayYear(toks, d.next);
  let next = y ? y.next : d.next;
  // "Jul 18, Fri"
  if (punctAt(toks, next, ',') && readWeekday(toks, next + 1) && endsAt(toks, readWeekday(toks, next + 1)!.next)) next = readWeekday(toks, next + 1)!.next;
  return { value: day(d.value, { kind: 'abs', m: mo.value }, y ? y.value : IMPLIED), next: afterWeekdayAside(toks, next) };
}

/** Day-first: "8 October 2018", "14april 2015", "the 15th of February", "31-Oct-74", "31/Oct/1974". */
export function readDayMonth(toks: Toks, i: number): Read<PeriodSpec> | undefined {
  const d = readDayNumber(toks, i);
  if (!d) return undefined;
  let j = d.next;
  let sep: string | undefined;
  // "16. Nov. 2016": the European ordinal dot after the day, a space, then the month; only with
  // its four-digit year (a sentence ending in a number before "Nov." is no date).
  let dottedDay = false;
  if (punctAt(toks, j, '-', '/', '.') && glued(toks, j) && glued(toks, j + 1)) { sep = toks[j]!.text; j++; }
  else if (punctAt(toks, j, '.') && glued(toks, j) && toks[i]!.kind === 'number' && readMonth(toks, j + 1)) { dottedDay = true; j++; }
  else if (isWordAt(toks, j, 'of')) { j++; if (isWordAt(toks, j, 'the')) j++; }
  const mo = readMonth(toks, j);
  if (!mo) return undefined;
  const mw = wordAt(toks, j)!;
  if (!isValidDate(2000, mo.value, d.value)) return undefined;
  let next = mo.next;
  let year: YearRef = IMPLIED;
  if (sep && punctAt(toks, next, sep) && glued(toks, next)) {
    const y = readYear(toks, next + 1, true);
    if (!y) return undefined;
    year = { kind: 'abs', y: y.value }; next = y.next;
  } else {
    const y = readDayYear(toks, next);
    if (y) { year = y.value; next = y.next; }
    else if (digitsAt(toks, next) === 2 && !glued(toks, next) && (toks[d.next - 1]!.kind === 'word' || isCapitalisedAt(toks, j))
      && (shortYearEndsAt(toks, next + 1) || (toks[d.next - 1]!.kind === 'word' && endsAt(toks, next + 1)) || (intAt(toks, next)! > 31 && toks[next + 1]?.kind === 'word' && CLAUSE_GOES_ON.has(toks[next + 1]!.text) && !isWordAt(toks, next + 1, 'to', 'and')))) {
      // "14th April 15", "05 Oct 98": a two-digit year after an ordinal day or a capitalised
      // month, at the end of the phrase ("on 5 march 15 people" counts people), or one that
      // cannot be a day before a word that goes on with the clause ("2nd Mar 91 after the strike"; not
      // "to" or "and", which can join counts: "on 5 March 40 to 50 ships").
      year = { kind: 'abs', y: expandYear(intAt(toks, next)!) }; next++;
    }
  }
  if (dottedDay && !(year.kind === 'abs' && digitsAt(toks, next - 1) === 4)) return undefined;
  // "10 may …": an ambiguous lower-case month word needs a year or a capital.
  if (AMBIGUOUS_MONTHS.has(mw) && year.kind === 'implied' && toks[j]!.text === mw && !isWordAt(toks, d.next, 'of') && !endsAt(toks, next)) return undefined;
  return { value: day(d.value, { kind: 'abs', m: mo.value }, year), next: afterWeekdayAside(toks, next) };
}

/**
 * "Zoom 5.17.11", "version 3.10.12": a dotted number with a two-digit last part is a version
 * after a version word, or after a capitalised name that is no date word ("On", "March");
 * "ended 31.12.19", "for 17.05.11" and a first part over 12 (only a day) stay dates.
 */
const isVersionAt = (toks: Toks, i: number, first: number): boolean => {
  const prev = toks[i - 1];
  if (first > 12 || !prev || prev.kind !== 'word') return false;
  const w = prev.lower;
  if (VERSION_WORDS.has(w)) return true;
  return prev.text[0] !== w[0] && !DOTTED_DATE_CUES.has(w) && !MONTHS.has(w) && !WEEKDAYS.has(w);
};

/**
 * "back on 4-22", "due in 4-22": a hyphened month and day with no year, only after "on" (or after
 * "in" when the day is past 12, so no small pair such as a score or "in 1-2" counts), and ending
 * the phrase (not "in 3-4 weeks", "on 1-2 pct"). Month first, as for slashes.
 */
function hyphenedMonthDayAt(toks: Toks, i: number, d: number): boolean {
  const prev = wordAt(toks, i - 1);
  if (!(prev === 'on' || (prev === 'in' && d > 12)) || toks[i - 2]?.kind === 'number') return false;
  const after = toks[i + 3];
  return !after || after.newline || (after.kind === 'punct' && after.text !== '-' && after.text !== '/' && after.text !== '%');
}

/** Numeric dates: "2015-3-3", "10/22/2016", "10-31-74", "20/10/2012", "10.31.1974", "01.03.2022" (day first), "2019-aug-01", "2/15". */
export function readNumericDate(toks: Toks, i: number): Read<PeriodSpec> | undefined {
  const t = toks[i];
  if (!t || t.kind !== 'number') return undefined;
  // A number glued after another by a mark is part of it ("3-1/2", "2015-3-3"), unless a full
  // date with its year ends there and this one has a year too ("01/15/2024-01/19/2024").
  let needYear = false;
  if (punctAt(toks, i - 1, '/', '-', '.') && glued(toks, i) && toks[i - 2]?.kind === 'number') {
    if (!(punctAt(toks, i - 1, '-') && digitsAt(toks, i - 2) === 4 && punctAt(toks, i - 3, '/') && glued(toks, i - 2))) return undefined;
    needYear = true;
  }
  // One token with dots: 10.31.1974, 2015.08.13
  if (t.text.includes('.')) {
    const parts = t.text.split('.');
    if (parts.length !== 3 || !parts.every(isDigits)) return undefined;
    const [a, b, c] = parts as [string, string, string];
    let y: number, m: number, d: number;
    if (a.length === 4 && b.length <= 2 && c.length <= 2) { y = +a; m = +b; d = +c; }
    else if (a.length <= 2 && b.length <= 2 && (c.length === 4 || (c.length === 2 && !isVersionAt(toks, i, +a)))) {
      y = c.length === 2 ? expandYear(+c) : +c;
      // Dots are the day-first style ("01.03.2022" is 1 March): month first only where the
      // second part can only be a day ("10.31.1974").
      if (+b > 12) { m = +a; d = +b; } else { d = +a; m = +b; }
    } else return undefined;
    if (!isValidDate(y, m, d) || y < 1900 || y > 2099) return undefined;
    return { value: day(d, { kind: 'abs', m }, { kind: 'abs', y }), next: i + 1 };
  }
  const n1 = intAt(toks, i);
  if (n1 === undefined) return undefined;
  const sep = toks[i + 1];
  if (!sep || sep.kind !== 'punct' || !['-', '/', '.'].includes(sep.text) || !glued(toks, i + 1) || !glued(toks, i + 2)) return undefined;
  const len1 = digitsAt(toks, i);
  // Year-first: 2015-3-3, 2019-aug-01, 2019/aug/01
  if (len1 === 4) {
    const mo = readMonth(toks, i + 2);
    const m = mo ? mo.value : digitsAt(toks, i + 2) <= 2 ? intAt(toks, i + 2) : undefined;
    const k = mo ? mo.next : i + 3;
    if (m === undefined || !punctAt(toks, k, sep.text) || !glued(toks, k) || !glued(toks, k + 1) || digitsAt(toks, k + 1) > 2 || digitsAt(toks, k + 1) === 0) return undefined;
    const d = intAt(toks, k + 1)!;
    if (!isValidDate(n1, m, d) || n1 < 1000) return undefined;
    if (punctAt(toks, k + 2, sep.text, ':') && glued(toks, k + 2)) return undefined;
    return { value: day(d, { kind: 'abs', m }, { kind: 'abs', y: n1 }), next: k + 2 };
  }
  if (len1 > 2 || sep.text === '.') return undefined;
  const len2 = digitsAt(toks, i + 2);
  if (len2 === 0 || len2 > 2) return undefined;
  const n2 = intAt(toks, i + 2)!;
  let m = n1, d = n2;
  if (m > 12 && d <= 12) { m = n2; d = n1; }
  if (punctAt(toks, i + 3, sep.text) && glued(toks, i + 3) && glued(toks, i + 4)) {
    const len3 = digitsAt(toks, i + 4);
    if (len3 !== 2 && len3 !== 4) return undefined;
    const y = len3 === 2 ? expandYear(intAt(toks, i + 4)!) : intAt(toks, i + 4)!;
    if (!isValidDate(y, m, d)) return undefined;
    if (punctAt(toks, i + 5, sep.text) && glued(toks, i + 5)) return undefined;
    return { value: day(d, { kind: 'abs', m }, { kind: 'abs', y }), next: i + 5 };
  }
  if (needYear) return undefined;
  // Month/day without a year: only with a slash, month first unless the first number can only be
  // a day ("22/04"), and not a fraction ("1/2 pct", "3-1/2", "24/7").
  if (sep.text === '-' && m === n1 && isValidDate(2000, m, d) && hyphenedMonthDayAt(toks, i, d)) return { value: day(d, { kind: 'abs', m }, IMPLIED), next: i + 3 };
  if (sep.text !== '/' || !isValidDate(2000, m, d)) return undefined;
  if (m !== n1 && !(len2 === 2 && toks[i + 2]!.text[0] === '0')) return undefined;
  if (punctAt(toks, i - 1, '-') && glued(toks, i)) return undefined;
  if (toks[i - 1]?.kind === 'number') return undefined;
  // "X1/9" is a model name; "8/10 of a share", "1/10 of one pct" are fractions, while
  // "3/1 of next year", "12/15 of each year", "3/12 of 2019" are dates.
  if (toks[i - 1]?.kind === 'word' && glued(toks, i)) return undefined;
  if (isWordAt(toks, i + 3, 'of') && !(digitsAt(toks, i + 4) === 4 || (wordIn(toks, i + 4, FRACTION_DATE_MODIFIERS) && UNITS.has(wordAt(toks, i + 5) ?? '')))) return undefined;
  if (!dayEndsCleanlyAt(toks, i + 3) || (toks[i + 3] && glued(toks, i + 3) && !punctAt(toks, i + 3, ',', '.', ')', ';'))) return undefined;
  const prev = wordAt(toks, i - 1);
  const dateCue = prev !== undefined && ['on', 'from', 'until', 'till', 'since', 'through', 'by', 'to', 'before', 'after', 'dated'].includes(prev);
  const fractionLike = [2, 3, 4, 8, 16, 32, 64].includes(d) && m < d;
  // "1/4 to 3/8 point": a fraction after a number and a joiner stays a fraction.
  if (fractionLike && (!dateCue || prev === 'to' || prev === 'from' || toks[i - 2]?.kind === 'number')) return undefined;
  // "rates rose by 1/4 to 14 pct", "dipped by 1/4 to 1/2 point": a fraction that a "to" and a number follow.
  if (fractionLike && isWordAt(toks, i + 3, 'to') && toks[i + 4]?.kind === 'number') return undefined;
  if (!dateCue && (prev === 'up' || prev === 'down' || prev === 'off' || prev === 'at' || prev === 'or')) return undefined;
  // "rated it 8/10", "a 3/1 favourite": a score or odds.
  if (wordIn(toks, i - 1, RATING_BEFORE) || wordIn(toks, i - 2, RATING_BEFORE) || wordIn(toks, i - 3, RATING_BEFORE) || wordIn(toks, i + 3, ODDS_AFTER)) return undefined;
  // "06/06, 2015", "8/12,2015": a four-digit year after a comma closes the slashed date.
  if (punctAt(toks, i + 3, ',') && digitsAt(toks, i + 4) === 4 && dayEndsCleanlyAt(toks, i + 5)) {
    const y = intAt(toks, i + 4)!;
    if (y >= 1900 && y <= 2099 && isValidDate(y, m, d)) return { value: day(d, { kind: 'abs', m }, { kind: 'abs', y }), next: i + 5 };
  }
  return { value: day(d, { kind: 'abs', m }, IMPLIED), next: i + 3 };
}

/** Words that make "20th of next month" relative. */
export const MONTH_REL: ReadonlyMap<string, number> = new Map([
  ['this', 0], ['current', 0], ['next', 1], ['coming', 1], ['following', 1], ['last', -1], ['previous', -1], ['past', -1],
]);

/** "20 of next month", "20th of the current month", "22 this month", "20th day of next month", "the 15th of the month". */
function readDayOfRelativeMonth(toks: Toks, i: number): Read<PeriodSpec> | undefined {
  const d = readDayNumber(toks, i);
  if (!d) return undefined;
  // "M-1 last month": a number glued to a word by a hyphen is part of a code.
  if (punctAt(toks, i - 1, '-') && glued(toks, i) && toks[i - 2]?.kind === 'word' && glued(toks, i - 1)) return undefined;
  let j = d.next;
  if (isWordAt(toks, j, 'day') && toks[i]!.kind !== 'number') j++;
  else if (isWordAt(toks, j, 'day') && readOrdinal(toks, i)) j++;
  if (isWordAt(toks, j, 'of', 'in')) j++;
  if (isWordAt(toks, j, 'the')) j++;
  const w = wordAt(toks, j);
  const off = w === undefined ? undefined : MONTH_REL.get(w);
  if (off === undefined || !isWordAt(toks, j + 1, 'month')) return undefined;
  return { value: day(d.value, { kind: 'rel', offset: off }, IMPLIED), next: j + 2 };
}

/** "of October", "of this month", "of the month", "in October 2015", "of 2019" after an nth-phrase. */
function readOfPeriod(toks: Toks, j: number): Read<PeriodSpec> | undefined {
  if (!isWordAt(toks, j, 'of', 'in')) return undefined;
  j++;
  const mp = readMonthPhrase(toks, j);
  if (mp) return mp;
  let k = j;
  if (isWordAt(toks, k, 'the')) k++;
  const w = wordAt(toks, k);
  if (w !== undefined && isWordAt(toks, k + 1, 'month')) {
    const off = MONTH_REL.get(w);
    if (off !== undefined) return { value: { t: 'rel', unit: 'month', offset: off }, next: k + 2 };
  }
  if (isWordAt(toks, k, 'month') && k > j) return { value: { t: 'rel', unit: 'month', offset: 0 }, next: k + 1 };
  // "of next year", "of this year", "of the year"
  if (w !== undefined && isWordAt(toks, k + 1, 'year')) {
    const off = MONTH_REL.get(w);
    if (off !== undefined) return { value: { t: 'year', year: { kind: 'rel', offset: off } }, next: k + 2 };
  }
  if (isWordAt(toks, k, 'year') && k > j) return { value: { t: 'year', year: { kind: 'rel', offset: 0 } }, next: k + 1 };
  const y = readYear(toks, j);
  if (y && digitsAt(toks, j) === 4) return { value: { t: 'year', year: { kind: 'abs', y: y.value } }, next: y.next };
  const q = readLetterPeriod(toks, j, 'q');
  if (q) {
    const ys = readYearSuffix(toks, q.next);
    return { value: { t: 'quarter', q: q.value, year: ys ? ys.value.year : { kind: 'implied' } }, next: ys ? ys.next : q.next };
  }
  return undefined;
}

/** "third day of October", "7th day of 2019", "last day of October 2015", "fifth last day of May", "first Tuesday of October". */
function readNth(toks: Toks, i: number): Read<PeriodSpec> | undefined {
  let n: number | undefined, j: number;
  if (isWordAt(toks, i, 'last')) { n = -1; j = i + 1; }
  else {
    const o = readOrdinal(toks, i);
    if (!o) return undefined;
    n = o.value; j = o.next;
    if (isWordAt(toks, j, 'last')) { n = -n; j++; }
  }
  // "second month of next year", "last month of the year"
  if (isWordAt(toks, j, 'month') && n !== 0 && Math.abs(n) <= 12) {
    const of = readOfPeriod(toks, j + 1);
    if (of && of.value.t === 'year') return { value: { t: 'month', m: n > 0 ? n : 13 + n, year: of.value.year }, next: of.next };
    return undefined;
  }
  if (isWordAt(toks, j, 'day')) {
    const of = readOfPeriod(toks, j + 1);
    return of ? { value: { t: 'nth-day', n, of: of.value }, next: of.next } : undefined;
  }
  const wd = readWeekday(toks, j);
  if (wd && Math.abs(n) <= 5) {
    const of = readOfPeriod(toks, wd.next);
    if (of && (of.value.t === 'month' || of.value.t === 'rel')) return { value: { t: 'nth-weekday', n, wd: wd.value, of: of.value }, next: of.next };
  }
  return undefined;
}

/** A day read after its weekday keeps the weekday, which can pin a year that is not written. */
const withWeekday = (r: Read<PeriodSpec>, wd: number): Read<PeriodSpec> =>
  r.value.t === 'day' && r.value.year.kind === 'implied' ? { value: { ...r.value, wd }, next: r.next } : r;

/**
 * "Friday (June 15)", "Friday-Jun-15": a date in brackets, or hyphened on, right after its
 * weekday (at `j`) is one day with it, and the weekday can pin its year.
 */
export function readDateAfterWeekday(toks: Toks, j: number, wd: number): Read<PeriodSpec> | undefined {
  const bracket = punctAt(toks, j, '(');
  if (!(bracket || hyphenAt(toks, j)) || readWeekday(toks, j + 1)) return undefined;
  const inner = readMonthDay(toks, j + 1) ?? readDayMonth(toks, j + 1);
  if (!inner || (bracket && !punctAt(toks, inner.next, ')'))) return undefined;
  return withWeekday({ value: inner.value, next: bracket ? inner.next + 1 : inner.next }, wd);
}

/** Weekday-led: "Monday, Feb 18", "Sunday, 10 January", "Tuesday the 19th", "Thu 15th". */
export function readWeekdayDate(toks: Toks, i: number): Read<PeriodSpec> | undefined {
  const wd = readWeekday(toks, i);
  if (!wd) return undefined;
  let j = wd.next;
  if (punctAt(toks, j, ',')) j++;
  const r = readMonthDay(toks, j) ?? readDayMonth(toks, j) ?? readNumericDate(toks, j);
  if (r) return withWeekday(r, wd.value);
  const aside = readDateAfterWeekday(toks, j, wd.value);
  if (aside) return aside;
  if (isWordAt(toks, j, 'the')) {
    j++;
    // "Tuesday, the 12th of February, 2013"
    const dm = readDayMonth(toks, j);
    if (dm) return withWeekday(dm, wd.value);
  }
  const o = readOrdinal(toks, j);
  if (!o || o.value > 31 || readMonth(toks, o.next) || isWordAt(toks, o.next, 'of')) return undefined;
  // "Friday, the second-largest budget", "Monday, the third day of talks": an ordinal word that
  // belongs to what follows it, not a date.
  if (hyphenAt(toks, o.next) || (toks[j]!.kind === 'word' && toks[o.next]?.kind === 'word')) return undefined;
  return { value: day(o.value, { kind: 'implied' }, IMPLIED), next: o.next };
}

const wrap = (id: string, f: (toks: Toks, i: number) => Read<PeriodSpec> | undefined) => (toks: Toks, i: number): Match | undefined => {
  const r = f(toks, i);
  return r ? match(i, r.next, r.value, id) : undefined;
};

/** A year-less date that names an event: "the 9/11 attacks" ({@link EVENT_AFTER_DATE}). */
const namesEvent = (toks: Toks, r: Read<PeriodSpec>): boolean =>
  r.value.t === 'day' && r.value.year.kind === 'implied' && wordIn(toks, r.next, EVENT_AFTER_DATE);

/** `wrap` for numeric dates, which can name an event. (A written month would be read alone instead.) */
const wrapDate = (id: string, f: (toks: Toks, i: number) => Read<PeriodSpec> | undefined) => (toks: Toks, i: number): Match | undefined => {
  const r = f(toks, i);
  return r && !namesEvent(toks, r) ? match(i, r.next, r.value, id) : undefined;
};

const ORDINAL_STARTS = [...ORDINALS.keys(), 'twenty', 'thirty'];

export const dayRules: readonly Rule[] = [
  /** period.day.month-first: "October 8, 2018". Why: the usual US/newswire date. */
  { id: 'period.day.month-first', words: MONTHS.keys(), read: (toks, i) => (namesEventAfterThe(toks, i) ? undefined : wrap('period.day.month-first', readMonthDay)(toks, i)) },
  /** period.day.day-first: "8 October 2018", "the 8th of October". */
  { id: 'period.day.day-first', numbers: true, words: ORDINAL_STARTS, digits: [1, 3], after: { any: [...MONTHS.keys(), 'of'], glued: [...ORDINAL_SUFFIXES, '-', '/', '.'] }, read: wrap('period.day.day-first', readDayMonth) },
  /** period.day.numeric: ISO and slashed dates. */
  { id: 'period.day.numeric', numbers: true, dotted: true, digits: [1, 4], after: { glued: ['-', '/', '.'] }, read: wrapDate('period.day.numeric', readNumericDate) },
  /** period.day.relative-month: "20th of next month". */
  { id: 'period.day.relative-month', numbers: true, words: ORDINAL_STARTS, digits: [1, 3], after: { any: ['of', 'in', 'the', ...MONTH_REL.keys()], glued: ORDINAL_SUFFIXES }, read: wrap('period.day.relative-month', readDayOfRelativeMonth) },
  /** period.day.nth: "third day of October", "first Tuesday of October", "last day of 2015". */
  { id: 'period.day.nth', numbers: true, words: [...ORDINAL_STARTS, 'last'], digits: [1, 3], after: { glued: ORDINAL_SUFFIXES }, read: wrap('period.day.nth', readNth) },
  /** period.day.weekday: a date led by its weekday ("Monday, Feb 18"). */
  { id: 'period.day.weekday', words: WEEKDAYS.keys(), read: wrap('period.day.weekday', readWeekdayDate) },
];
