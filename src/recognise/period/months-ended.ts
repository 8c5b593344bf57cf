/**
 * Periods given by their length and end: "nine months ended September 30, 2019", "the six
 * months to June 30", "the twelve months to March", "the three-month period ended",
 * "52 weeks ended", "year ended December 31", "quarter ended June 30", "the year to March
 * 31"; and by their length from the start of a year: "the first six months", "first nine
 * months of 2019", "the first two quarters of fiscal 2020"; and from its end: "the last
 * three months of 2023"; and days from the start of a month: "the first 10 days of March". A
 * length alone ("six months of talks") is a duration, not a period.
 */
import { ENDING_WORDS, FISCAL_START_WORDS, PERIOD_BEFORE_ARTICLE, RATE_BEFORE_UNIT, UNITS } from '../../lexicon/periods';
import type { PeriodSpec } from '../../resolve/period/spec';
import { readDayMonth, readMonthDay, readNumericDate } from './day';
import { readMonthPhrase } from './month';
import { COUNT_WORDS, digitsAt, expandYear, glued, gluedToTextBefore, hyphenAt, HYPHENS, isWordAt, match, punctAt, readCount, readYear, readYearSuffix, textGluedAt, wordAt, wordIn, type Match, type Read, type Rule, type Toks } from './read';

/**
 * The end date after "ended"/"ending"/"to": a day ("September 30, 2019", "June 30") or a month
 * ("March", "March 2019"). With `needWord`, reads the "ended" word first.
 */
export function readEndDate(toks: Toks, j: number, needWord: boolean): Read<PeriodSpec> | undefined {
  if (needWord) {
    const w = wordAt(toks, j);
    if (w === undefined || !ENDING_WORDS.has(w)) return undefined;
    j++;
    if (isWordAt(toks, j, 'on', 'in')) j++;
  }
  const d = readMonthDay(toks, j) ?? readDayMonth(toks, j) ?? readNumericDate(toks, j);
  if (d) return d;
  const m = readMonthPhrase(toks, j);
  return m ?? readEndOf(toks, j);
}

/**
 * A restrictive "that"/"which" before "ended"/"ending" joins the end to its unit as "ended"
 * alone does: "for the year that ended on March 31", "the six months which ended June 30".
 * Returns the index of the ending word, or `j` unchanged.
 */
const skipRelativeThat = (toks: Toks, j: number): number =>
  isWordAt(toks, j, 'that', 'which') && isWordAt(toks, j + 1, 'ended', 'ending') ? j + 1 : j;

/** Words before "five years to 2020" that make it a period ("delayed four years to 1994" is a postponement). */
const YEARS_TO_BEFORE: ReadonlySet<string> = new Set(['the', 'over', 'during', 'for', 'in', 'past', 'last', 'next', 'previous', 'preceding', 'following', 'coming']);

/**
 * "the five years to 2020", "the three years through 1985": years ending with a written year
 * (after "to", "through", "ended", "ending"; not a span of years "2015 to 2020").
 */
function readEndYear(toks: Toks, j: number): Read<PeriodSpec> | undefined {
  if (!isWordAt(toks, j, 'to', 'through', 'ended', 'ending') || digitsAt(toks, j + 1) !== 4) return undefined;
  const y = readYear(toks, j + 1);
  if (!y || y.value < 1900 || y.value > 2099 || punctAt(toks, y.next, '/', '-')) return undefined;
  return { value: { t: 'year', year: { kind: 'abs', y: y.value } }, next: y.next };
}

/** Words before "five years from 2025" that make it a span of years ("in five years from 2025" is a point after it). */
const YEARS_FROM_BEFORE: ReadonlySet<string> = new Set(['the', 'over', 'during', 'for']);
/** Words after "five years from 2025" that make the year the start of a range, read whole: "from 2015 to 2020". */
const YEARS_FROM_NOT_BEFORE: ReadonlySet<string> = new Set(['to', 'through', 'thru', 'until', 'till', 'and', 'onwards', 'onward']);

/**
 * "over five years from 2025", "the three years starting 2026": as many whole calendar years
 * from a written year (2025 to 2029). `n`: the count of years; `j`: the word after "years".
 */
function readYearsFrom(toks: Toks, j: number, n: number): { value: PeriodSpec; next: number } | undefined {
  if (!isWordAt(toks, j, 'from', 'starting', 'beginning') || digitsAt(toks, j + 1) !== 4 || n < 2) return undefined;
  const y = readYear(toks, j + 1);
  if (!y || y.value < 1900 || y.value > 2099 || punctAt(toks, y.next, '/', '-', '\u2013') || wordIn(toks, y.next, YEARS_FROM_NOT_BEFORE)) return undefined;
  return { value: { t: 'years', from: y.value, to: y.value + n - 1 }, next: y.next };
}

/**
 * `near` for a period "ending" a day or month written without its year ("the year ending June
 * 30", "the week ending March 27"): the coming end unless it is at most three months back.
 * "ended", "to" and "through" keep the latest past one, and so does a calendar named with "a"
 * ("changed to a calendar year from a year ending November 30"). `first`: the period's first token.
 */
export const presentEnd = (toks: Toks, first: number, j: number): { near?: true } =>
  (isWordAt(toks, j, 'ending') && !isWordAt(toks, first - 1, 'a', 'an') ? { near: true } : {});

/**
 * "end-June", "end July 31, 1987", "the end of March 1988", "end-1986": the end of a month,
 * a day or a year, as the end of a period ("the year to end-June"). Only a month, a day or
 * (after "end-" or "end of") a year may follow: "a week to end their strike" is no date.
 */
function readEndOf(toks: Toks, j: number): Read<PeriodSpec> | undefined {
  let k = j;
  if (isWordAt(toks, k, 'the')) k++;
  if (!isWordAt(toks, k, 'end')) return undefined;
  k++;
  const joined = hyphenAt(toks, k) || isWordAt(toks, k, 'of');
  if (k === j + 2 && !isWordAt(toks, k, 'of')) return undefined; // "the end" needs "of"
  if (joined) k++;
  const d = readMonthDay(toks, k) ?? readDayMonth(toks, k) ?? readMonthPhrase(toks, k);
  if (d) return d;
  const y = joined && digitsAt(toks, k) === 4 ? readYear(toks, k) : undefined;
  return y && y.value >= 1900 && y.value <= 2099 ? { value: { t: 'year', year: { kind: 'abs', y: y.value } }, next: y.next } : undefined;
}

/** Months in one of a unit ("quarter" 3); undefined for weeks and days. */
export const monthsOf = (unit: string | undefined): number | undefined =>
  unit === 'month' ? 1 : unit === 'quarter' ? 3 : unit === 'year' ? 12 : unit === 'half' ? 6 : undefined;

/** period.months-ended: "nine months ended September 30", "52 weeks ended", "the 12 months to March". */
function readCountEnded(toks: Toks, i: number): Match | undefined {
  const c = readCount(toks, i, 104);
  if (!c) return undefined;
  // "extended by three months to June 30" is a postponement, not a period.
  if (isWordAt(toks, i - 1, 'by', 'for', 'within', 'over') && !isWordAt(toks, i - 2, 'the')) {
    if (isWordAt(toks, i - 1, 'by')) return undefined;
  }
  let j = c.next;
  if (hyphenAt(toks, j)) j++;
  const unit = UNITS.get(wordAt(toks, j) ?? '');
  if (!unit || unit === 'day') return undefined;
  j++;
  if (isWordAt(toks, j, 'period', 'periods')) j++;
  j = skipRelativeThat(toks, j);
  if (isWordAt(toks, j, 'to') && isWordAt(toks, j + 1, 'date')) return undefined;
  if (unit === 'year' && wordIn(toks, i - 1, YEARS_FROM_BEFORE)) {
    const from = readYearsFrom(toks, j, c.value);
    if (from) return match(i, from.next, from.value, 'period.years-from');
  }
  const end = readEndDate(toks, j, true) ?? (unit === 'year' && wordIn(toks, i - 1, YEARS_TO_BEFORE) ? readEndYear(toks, j) : undefined);
  if (!end) return undefined;
  const near = presentEnd(toks, i, j);
  const spec: PeriodSpec = unit === 'week' ? { t: 'ending', days: 7 * c.value, end: end.value, ...near } : { t: 'ending', months: c.value * monthsOf(unit)!, end: end.value, ...near };
  return match(i, end.next, spec, 'period.months-ended');
}

/**
 * period.months-ended: the first count of "the three and nine months ended September 30":
 * its own period with the shared unit and end (the second is read from "nine" on).
 */
function readCountAndCount(toks: Toks, i: number): Match | undefined {
  const c = readCount(toks, i, 104);
  if (!c || !isWordAt(toks, c.next, 'and')) return undefined;
  const second = readCountEnded(toks, c.next + 1);
  if (!second || second.spec.t !== 'ending') return undefined;
  let k = readCount(toks, c.next + 1, 104)!.next;
  if (hyphenAt(toks, k)) k++;
  const unit = UNITS.get(wordAt(toks, k) ?? '');
  if (!unit || unit === 'day') return undefined;
  const spec: PeriodSpec = unit === 'week' ? { t: 'ending', days: 7 * c.value, end: second.spec.end } : { t: 'ending', months: c.value * monthsOf(unit)!, end: second.spec.end };
  return match(i, c.next, spec, 'period.months-ended');
}

/** "half-year", "half year": the unit word at `i` is "half" and names six months. Returns the index of "year". */
const halfYearAt = (toks: Toks, i: number): number | undefined => {
  const k = hyphenAt(toks, i + 1) ? i + 2 : i + 1;
  return isWordAt(toks, k, 'year') ? k : undefined;
};

/**
 * period.unit-ended: "year ended December 31", "quarter ended June 30", "the year to March
 * 31", "half-year ended 31 December", "the half to March 31" (six months: read from "half",
 * not as "year ended"), "the quarterly period ended March 31, 2024".
 */
function readUnitEnded(toks: Toks, i: number): Match | undefined {
  let j = i;
  if (isWordAt(toks, j, 'twelve', 'three', 'six', 'nine') && hyphenAt(toks, j + 1)) return undefined; // handled by readCountEnded
  const half = isWordAt(toks, j, 'half');
  if (half) {
    const y = halfYearAt(toks, j);
    // "the half to March 31", "the half ended June 30": "half" alone after "the".
    if (y !== undefined) j = y;
    else if (!isWordAt(toks, i - 1, 'the')) return undefined;
  }
  // "the quarterly period ended March 31, 2024": a 10-Q's cover names its quarter so.
  if (isWordAt(toks, j, 'quarterly')) {
    if (!isWordAt(toks, j + 1, 'period')) return undefined;
    const end = readEndDate(toks, j + 2, true);
    return end && isWordAt(toks, j + 2, 'ended', 'ending') ? match(i, end.next, { t: 'ending', months: 3, end: end.value }, 'period.unit-ended') : undefined;
  }
  const unit = half ? 'half' : UNITS.get(wordAt(toks, j) ?? '');
  // "from the beginning of the year through February" runs from the year's start, not twelve months back.
  if (isWordAt(toks, i - 1, 'the', 'this') && isWordAt(toks, i - 2, 'of') && isWordAt(toks, i - 3, 'beginning', 'start', 'turn')) return undefined;
  // Plural only in the filings' "the years ended December 31, 2021 and 2020" ("two years to March" is read by count).
  if (!unit || unit === 'day' || (toks[j]!.lower.endsWith('s') && !isWordAt(toks, i - 1, 'the'))) return undefined;
  j = skipRelativeThat(toks, j + 1);
  if (isWordAt(toks, j, 'to') && isWordAt(toks, j + 1, 'date')) return undefined;
  // "year to" needs a date after it; "quarter to June 30".
  const end = readEndDate(toks, j, true);
  if (!end) return undefined;
  // "1,800 tonnes a month until June 30": a rate until a date ("from a year ending July 31" is a period).
  if (!isWordAt(toks, j, 'ended', 'ending') && wordIn(toks, i - 1, RATE_BEFORE_UNIT)
    && !(isWordAt(toks, i - 1, 'a', 'an') && wordIn(toks, i - 2, PERIOD_BEFORE_ARTICLE))) return undefined;
  const near = presentEnd(toks, i, j);
  // ("the full year to 31 March": the whole year that holds the part reported before it.)
  const whole = unit === 'year' && isWordAt(toks, i - 1, 'full') ? { holdsLatest: true as const } : {};
  const spec: PeriodSpec = unit === 'week' ? { t: 'ending', days: 7, end: end.value, ...near } : { t: 'ending', months: monthsOf(unit)!, end: end.value, ...near, ...whole };
  return match(i, end.next, spec, 'period.unit-ended');
}

/**
 * period.first-months.short: "9M24", "9M 2024", "6M2023", "9MFY25": analysts' and tables'
 * first N months of a year. Only with the year: a bare "9M" is as often nine million.
 */
function readShortMonths(toks: Toks, i: number): Match | undefined {
  const n = digitsAt(toks, i) === 1 ? Number(toks[i]!.text) : 0;
  const w = wordAt(toks, i + 1);
  if (n < 2 || !glued(toks, i + 1) || (w !== 'm' && w !== 'mfy') || (gluedToTextBefore(toks, i))) return undefined;
  const j = i + 2;
  const len = digitsAt(toks, j);
  let year: number | undefined;
  if (glued(toks, j) && (len === 2 || len === 4)) year = len === 2 ? expandYear(Number(toks[j]!.text)) : Number(toks[j]!.text);
  // Spaced, not after a 3: "3M 2024 guidance" is the company.
  else if (w === 'm' && n !== 3 && !glued(toks, j) && len === 4) year = readYear(toks, j)?.value;
  if (year === undefined || year < 1900 || year > 2099 || (textGluedAt(toks, j + 1))) return undefined;
  return match(i, j + 1, { t: 'first', months: n, year: { kind: 'abs', y: year }, fiscal: w === 'mfy' }, 'period.first-months');
}

/** period.first-months: "first six months", "first nine months of 2019", "first two quarters". */
function readFirstMonths(toks: Toks, i: number): Match | undefined {
  if (!isWordAt(toks, i, 'first')) return undefined;
  const c = readCount(toks, i + 1, 31);
  if (!c || c.value < 2) return undefined;
  let j = c.next;
  if (hyphenAt(toks, j)) j++;
  const unit = UNITS.get(wordAt(toks, j) ?? '');
  if (unit === 'day') return readFirstDays(toks, i, c.value, j + 1);
  // "the first two weeks of March", "the first 3 weeks of 2016": days from the start.
  if (unit === 'week') return c.value <= 8 ? readFirstDays(toks, i, 7 * c.value, j + 1, true) : undefined;
  const per = monthsOf(unit);
  if (!per || per >= 12 || c.value * per > 12) return undefined;
  j++;
  const ys = readYearSuffix(toks, j, { split: true });
  const spec: PeriodSpec = { t: 'first', months: c.value * per, year: ys ? ys.value.year : { kind: 'implied' }, fiscal: ys?.value.fiscal ?? false };
  const next = ys ? ys.next : j;
  // "the first five months of fiscal 2026, which began on Oct. 1": months from the start the
  // clause states, in the year its tense tells, as "fiscal 2026, which began on Oct. 1" is read.
  const started = ys?.value.fiscal && ys.value.year.kind === 'abs' ? readStatedStart(toks, next) : undefined;
  if (started?.t === 'starting') return match(i, next, { ...started, months: c.value * per }, 'period.first-months');
  // "first six months ended June 30" — the end date says the same; read it if present.
  const end = readEndDate(toks, next, true);
  // "the first 10 months of fiscal 1986/87 ending March": after a split year the end is the
  // fiscal year's, in its second year (after "fiscal 2024" it is the months', as in a 10-Q).
  if (end && ys?.value.fiscal && ys.value.year.kind === 'abs' && ys.value.year.split) {
    const before = 12 - c.value * per;
    const e = end.value;
    const inYear: PeriodSpec = (e.t === 'month' || e.t === 'day') && e.year.kind === 'implied' ? { ...e, year: { kind: 'abs', y: ys.value.year.y } } : e;
    return match(i, end.next, { t: 'ending', months: c.value * per, end: inYear, fiscal: true, endsBefore: before, yearEndsAfter: before }, 'period.first-months');
  }
  if (end) return match(i, end.next, { t: 'ending', months: c.value * per, end: end.value }, 'period.first-months');
  return match(i, next, spec, 'period.first-months');
}

/**
 * The start a text states for a fiscal year in a clause after its label: "fiscal 2027, which
 * starts July 1", "fiscal 2026, which begins in April", "fiscal 2026, which began on Oct. 1". A
 * label names its year by its start or by its end as the country does (Japan's fiscal 2026 starts
 * in April 2026, a US state's fiscal 2027 in July 2026), so the start is read as the one the
 * verb's tense tells, from the reference date: coming ("starts") or latest ("began"), like "the
 * fiscal year beginning April 1". The label alone is the period; the date stays a day of its own.
 */
export function readStatedStart(toks: Toks, j: number): PeriodSpec | undefined {
  let k = j;
  if (!punctAt(toks, k, ',')) return undefined;
  k++;
  if (!isWordAt(toks, k, 'which', 'that')) return undefined;
  k++;
  const near = FISCAL_START_WORDS.get(wordAt(toks, k) ?? '');
  if (near === undefined) return undefined;
  k++;
  if (isWordAt(toks, k, 'on', 'in')) k++;
  const d = readEndDate(toks, k, false);
  if (!d || (d.value.t !== 'day' && d.value.t !== 'month') || d.value.year.kind !== 'implied') return undefined;
  return { t: 'starting', months: 12, start: d.value, fiscal: true, near };
}

/** A written year ("2016") as the period weeks are counted in. */
export function yearOf(toks: Toks, i: number): Read<PeriodSpec> | undefined {
  const y = readYear(toks, i);
  return y && { value: { t: 'year', year: { kind: 'abs', y: y.value } }, next: y.next };
}

/**
 * period.first-days: "the first 10 days of March", "the first nine days in February": days
 * from the start of a month (the mirror, "the last 10 days of March", is relative.ts). The
 * period ends on day `n`, so the year rule reads the month once.
 */
function readFirstDays(toks: Toks, i: number, n: number, j: number, weeks = false): Match | undefined {
  if (!isWordAt(toks, j, 'of', 'in')) return undefined;
  const of = readMonthPhrase(toks, j + 1) ?? (weeks ? yearOf(toks, j + 1) : undefined);
  if (!of || (of.value.t !== 'month' && of.value.t !== 'year')) return undefined;
  return match(i, of.next, { t: 'ending', days: n, end: { t: 'nth-day', n, of: of.value } }, 'period.first-days');
}

/**
 * period.last-months: "the last three months of 2023", "the final two quarters of fiscal
 * 2020", "the last six months of the year": the mirror of "first N months of". A year must
 * follow "of": "the last three months" alone runs back from today (relative.ts), and "the
 * last three months of talks" is a duration.
 */
function readLastMonths(toks: Toks, i: number): Match | undefined {
  const c = readCount(toks, i + 1, 12);
  if (!c || c.value < 2) return undefined;
  let j = c.next;
  if (hyphenAt(toks, j)) j++;
  const per = monthsOf(UNITS.get(wordAt(toks, j) ?? ''));
  if (!per || per >= 12 || c.value * per >= 12 || !isWordAt(toks, j + 1, 'of')) return undefined;
  const ys = readYearSuffix(toks, j + 1, { split: true });
  if (!ys) return undefined;
  return match(i, ys.next, { t: 'first', months: c.value * per, year: ys.value.year, fiscal: ys.value.fiscal, last: true }, 'period.last-months');
}


export const monthsEndedRules: readonly Rule[] = [
  { id: 'period.months-ended', numbers: true, words: COUNT_WORDS, digits: [1, 3], count: true, after: { any: [...UNITS.keys()], glued: HYPHENS }, read: readCountEnded },
  { id: 'period.unit-ended', words: ['year', 'quarter', 'month', 'week', 'half', 'yr', 'qtr', 'years', 'quarters', 'months', 'weeks', 'qtrs', 'quarterly'], read: readUnitEnded },
  { id: 'period.months-ended', numbers: true, words: COUNT_WORDS, digits: [1, 3], count: true, after: { any: ['and'] }, read: readCountAndCount },
  { id: 'period.first-months', words: ['first'], read: readFirstMonths },
  { id: 'period.first-months.short', numbers: true, digits: [1, 1], after: { glued: ['m', 'mfy'] }, read: readShortMonths },
  { id: 'period.last-months', words: ['last', 'final'], read: readLastMonths },
];
