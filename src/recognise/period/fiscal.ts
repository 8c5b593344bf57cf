/**
 * Fiscal periods: "fiscal 2019", "fiscal year 2020", "fiscal-year 1987", "FY2019", "FY19",
 * "FY 2019", "fiscal 1986/87", "fiscal year ending March 31, 2023", "fiscal 2024 ended June
 * 30, 2024", "fiscal year beginning April 1", "fiscal year that ended March 31", "fiscal first
 * quarter", "fiscal 2019 third quarter", "FY19 Q1", "FY3/2024". A fiscal year is named by the calendar year
 * it ends in and follows `options.fiscalYearStart`; an explicit start or end date overrides it.
 */
import { FISCAL_END_WORDS, FISCAL_START_WORDS } from '../../lexicon/periods';
import type { PeriodSpec, YearRef } from '../../resolve/period/spec';
import { readStatedEnd } from './fiscal-end';
import { presentEnd, readEndDate, readStatedStart } from './months-ended';
import { finishPeriod, readLetterPeriod, readOrdinalPeriod } from './quarter';
import { digitsAt, expandYear, glued, gluedToTextBefore, hyphenAt, intAt, isEstimateAt, isWordAt, match, nextYearGluedAt, punctAt, readYear, splitTaxYear, splitYearTailAt, textGluedAt, wordAt, type Match, type Read, type Rule, type Toks } from './read';

/** A fiscal year's number; `split` when written across two years ("1986/87"). */
type FiscalYearNumber = Read<number> & { readonly split?: boolean };

/** A fiscal year number: "2019", "19", "'19", "1986/87" (→ 1987, split), "1987-88" (→ 1988, split). */
function readFiscalYearNumber(toks: Toks, j: number): FiscalYearNumber | undefined {
  // "FY25E", "fiscal 2025E": the estimate for that year.
  const len = digitsAt(toks, j);
  if ((len === 2 || len === 4) && isEstimateAt(toks, j + 1)) {
    const n = intAt(toks, j)!;
    return { value: len === 2 ? expandYear(n) : n, next: j + 2 };
  }
  const y = readYear(toks, j, true);
  if (!y) return undefined;
  if (digitsAt(toks, j) === 2 && textGluedAt(toks, j + 1)) return undefined;
  if (nextYearGluedAt(toks, y.next, y.value)) return { value: y.value + 1, next: y.next + 2, split: true };
  // "FY 12/31": two digits before a slash and another number are a month and a day.
  if (digitsAt(toks, j) === 2 && punctAt(toks, y.next, '/') && glued(toks, y.next) && glued(toks, y.next + 1) && intAt(toks, y.next + 1) !== undefined) return undefined;
  return y;
}

/** After the fiscal year: a quarter or half of it ("FY19 Q1", "FY26-Q3", "fiscal 2019 third quarter"). */
function quarterOfYear(toks: Toks, i: number, j: number, fy: FiscalYearNumber): Match | undefined {
  const year: YearRef = fy.split ? { kind: 'abs', y: fy.value, split: true } : { kind: 'abs', y: fy.value };
  // ("FY26-Q3", "FY2025-H2": the letter joined by a hyphen.)
  const k = hyphenAt(toks, j) && (isWordAt(toks, j + 1, 'q', 'h')) ? j + 1 : j;
  const q = readLetterPeriod(toks, k, 'q');
  if (q) return finishPeriod(toks, i, { value: { n: q.value, unit: 'quarter' }, next: q.next }, true, year);
  const h = readLetterPeriod(toks, k, 'h');
  if (h) return finishPeriod(toks, i, { value: { n: h.value, unit: 'half' }, next: h.next }, true, year);
  const op = readOrdinalPeriod(toks, j);
  if (op) return finishPeriod(toks, i, op, true, year);
  return undefined;
}

/**
 * After "fiscal year": its first day ("beginning April 1", "that starts in April", "which
 * began on July 1"), or its end in a relative clause ("that ended March 31", "which ends in
 * June"). "ended March 31" without "that" is read by `readEndDate`.
 */
function readYearBound(toks: Toks, j: number): Read<PeriodSpec> | undefined {
  let k = j;
  const clause = isWordAt(toks, k, 'that', 'which');
  if (clause) k++;
  const w = wordAt(toks, k);
  if (w === undefined) return undefined;
  const near = FISCAL_START_WORDS.get(w);
  if (near === undefined && !(clause && (w === 'ends' || FISCAL_END_WORDS.has(w)))) return undefined;
  k++;
  if (isWordAt(toks, k, 'on', 'in')) k++;
  const d = readEndDate(toks, k, false);
  if (!d || (d.value.t !== 'day' && d.value.t !== 'month')) return undefined;
  if (near === undefined) return { value: { t: 'ending', months: 12, end: d.value, fiscal: true, near: w !== 'ended' }, next: d.next };
  return { value: { t: 'starting', months: 12, start: d.value, fiscal: true, near }, next: d.next };
}

/**
 * period.tax-year: "tax year 2025-26", "the tax year 2025/26": a tax year written across two
 * years (read.ts `splitTaxYear`). "tax year 2025" is a calendar year's: the year rule reads it.
 */
function readTaxYear(toks: Toks, i: number): Match | undefined {
  if (!isWordAt(toks, i + 1, 'year')) return undefined;
  if (digitsAt(toks, i + 2) !== 4) return readTaxYearBound(toks, i);
  const y = intAt(toks, i + 2)!;
  if (!nextYearGluedAt(toks, i + 3, y) || textGluedAt(toks, i + 5)) return undefined;
  return match(i, i + 5, splitTaxYear(y), 'period.tax-year');
}

/**
 * period.tax-year.ending / .starting: "the tax year ending 5 April 2026", "the tax year to 5
 * April", "the tax year starting 6 April": twelve calendar months to or from a stated day (the
 * day alone would be read otherwise, and a day early in a month as a week year's end). A
 * government's tax year states no calendar for the text's fiscal periods, so it is not fiscal.
 */
function readTaxYearBound(toks: Toks, i: number): Match | undefined {
  const end = readEndDate(toks, i + 2, true);
  // ("the tax year to 5 April" told in January: the year running, as "ending" says; "ended" keeps the latest past one.)
  if (end) return end.value.t === 'day' ? match(i, end.next, { t: 'ending', months: 12, end: end.value, calendarMonths: true, ...(isWordAt(toks, i + 2, 'ended') ? {} : { near: true }) }, 'period.tax-year.ending') : undefined;
  // (A participle or a clause: "The tax year began on April 6" states a day, no period named.)
  if (!isWordAt(toks, i + 2, 'starting', 'beginning', 'commencing') && !isWordAt(toks, i + 2, 'that', 'which')) return undefined;
  const bound = readYearBound(toks, i + 2);
  if (!bound || bound.value.t !== 'starting' || bound.value.start.t !== 'day') return undefined;
  return match(i, bound.next, { ...bound.value, fiscal: false }, 'period.tax-year.starting');
}

/**
 * period.fiscal: "fiscal 2019", "fiscal year ending March 31, 2023", "fiscal third quarter";
 * "financial year" as British, Indian and Australian reports write it ("the financial year
 * 2025-26", "financial year ended June 30").
 */
function readFiscal(toks: Toks, i: number): Match | undefined {
  if (isWordAt(toks, i, 'tax')) return readTaxYear(toks, i);
  const financial = isWordAt(toks, i, 'financial');
  if (!financial && !isWordAt(toks, i, 'fiscal')) return undefined;
  if (financial && !isWordAt(toks, i + 1, 'year')) return undefined;
  let j = i + 1;
  if (hyphenAt(toks, j)) j++;
  let sawYear = false;
  if (isWordAt(toks, j, 'year', 'yr', 'years')) { j++; sawYear = true; }
  // fiscal year ended/ending June 30, fiscal year beginning April 1
  if (sawYear) {
    const end = readEndDate(toks, j, true);
    if (end) return match(i, end.next, { t: 'ending', months: 12, end: end.value, fiscal: true, ...presentEnd(toks, i, j) }, 'period.fiscal.ending');
    const bounded = readYearBound(toks, j);
    if (bounded) return match(i, bounded.next, bounded.value, bounded.value.t === 'ending' ? 'period.fiscal.ending' : 'period.fiscal.starting');
  }
  const fy = readFiscalYearNumber(toks, j);
  // ("financial year 1987/8": a split year it does not read whole stays the year rule's.)
  if (fy && financial && splitYearTailAt(toks, fy.next)) return undefined;
  if (fy && (digitsAt(toks, j) === 4 || sawYear || punctAt(toks, j, "'", '’'))) {
    const q = quarterOfYear(toks, i, fy.next, fy);
    if (q) return q;
    return withStatedEnd(toks, i, fy);
  }
  if (!sawYear) {
    // fiscal first quarter, fiscal third-quarter 2019, fiscal Q3
    const op = readOrdinalPeriod(toks, j);
    if (op) return finishPeriod(toks, i, op, true);
    const q = readLetterPeriod(toks, j, 'q');
    if (q) return finishPeriod(toks, i, { value: { n: q.value, unit: 'quarter' }, next: q.next }, true);
  }
  return undefined;
}

/**
 * "3/2024", "03/24", "2024/3": the month and year a fiscal year ends, glued by a slash, as
 * Japanese companies label theirs ("FY3/2024" ran April 2023 to March 2024). A split year
 * ("2024/25") is read before this.
 */
function readEndMonthYear(toks: Toks, j: number): Read<{ m: number; y: number }> | undefined {
  if (!punctAt(toks, j + 1, '/') || !glued(toks, j + 1) || !glued(toks, j + 2) || textGluedAt(toks, j + 3)) return undefined;
  // A third part makes it a date: "FY 3/31/2024".
  if (punctAt(toks, j + 3, '/', '-') && glued(toks, j + 3) && toks[j + 4]?.kind === 'number') return undefined;
  const a = intAt(toks, j), b = intAt(toks, j + 2), la = digitsAt(toks, j), lb = digitsAt(toks, j + 2);
  if (a === undefined || b === undefined) return undefined;
  // Month first: "3/2024", "FY03/24"; year first: "2024/3", "2024/03". A two-digit second part
  // only glued to "FY": spaced, "FY 9/30" is a month and day.
  if (la <= 2 && (lb === 4 || (lb === 2 && glued(toks, j))) && a >= 1 && a <= 12) return { value: { m: a, y: lb === 2 ? expandYear(b) : b }, next: j + 3 };
  if (la === 4 && lb <= 2 && b >= 1 && b <= 12) return { value: { m: b, y: a }, next: j + 3 };
  return undefined;
}

/** period.fiscal.fy: "FY2019", "FY19", "FY 2019", "FY-2019", "FY19 Q1", "FY3/2024". */
function readFY(toks: Toks, i: number): Match | undefined {
  if (!isWordAt(toks, i, 'fy', 'fyr')) return undefined;
  if (gluedToTextBefore(toks, i)) return undefined;
  let j = i + 1;
  if (punctAt(toks, j, '-') && glued(toks, j) && glued(toks, j + 1)) j++;
  const split = readFiscalYearNumber(toks, j);
  const ends = split && split.next === j + 3 ? undefined : readEndMonthYear(toks, j);
  if (ends) return match(i, ends.next, { t: 'ending', months: 12, end: { t: 'month', m: ends.value.m, year: { kind: 'abs', y: ends.value.y } }, fiscal: true }, 'period.fiscal.ending');
  const fy = split;
  if (!fy) {
    // "the FY ending Mar 2025", "FY ended June 30, 2024": the letters as "fiscal year".
    const end = readEndDate(toks, j, true);
    return end ? match(i, end.next, { t: 'ending', months: 12, end: end.value, fiscal: true, ...presentEnd(toks, i, j) }, 'period.fiscal.ending') : undefined;
  }
  if (digitsAt(toks, j) === 2 && !glued(toks, j) && !punctAt(toks, j - 1, '-')) {
    // "FY 19" spaced two digits: accept, the letters make it a year.
  }
  const q = quarterOfYear(toks, i, fy.next, fy);
  if (q) return q;
  return withStatedEnd(toks, i, fy);
}

/**
 * Fiscal year `fy` (label from token `i`), with the end the text states after it, if any
 * (fiscal-end.ts): "fiscal 1986 ending March 31", "FY2024 (ended June 30, 2024)".
 */
function withStatedEnd(toks: Toks, i: number, fy: FiscalYearNumber): Match {
  const se = readStatedEnd(toks, fy.next, fy.value);
  if (!se) {
    const start = fy.split ? undefined : readStatedStart(toks, fy.next);
    if (start) return match(i, fy.next, start, 'period.fiscal.starting');
    return match(i, fy.next, { t: 'year', year: fy.split ? { kind: 'abs', y: fy.value, split: true } : { kind: 'abs', y: fy.value }, fiscal: true }, 'period.fiscal');
  }
  return match(i, se.aside ? fy.next : se.next, { t: 'ending', months: 12, end: se.end, fiscal: true, ...(fy.split ? {} : { label: fy.value, ...(se.open ? { openEnd: se.open } : {}) }) }, 'period.fiscal.ending');
}

/**
 * period.calendar: "calendar 2020", "calendar year 2020", "calendar-year 1986", "calendar '27"
 * (as a call says it): a calendar year, whatever the fiscal calendar.
 */
function readCalendar(toks: Toks, i: number): Match | undefined {
  let j = i + 1;
  if (hyphenAt(toks, j)) j++;
  if (isWordAt(toks, j, 'year', 'yr')) j++;
  const short = punctAt(toks, j, "'", '’');
  if (digitsAt(toks, j) !== 4 && !short) return undefined;
  const y = readYear(toks, j, short);
  if (!y || y.value < 1900 || y.value > 2099) return undefined;
  return match(i, y.next, { t: 'year', year: { kind: 'abs', y: y.value } }, 'period.calendar');
}

/**
 * period.calendar.cy: "CY2025", "CY25", "CY 2025": analysts' calendar year, set against a
 * fiscal one. Upper case only, and not glued to letters before ("XCY25" is a code).
 */
function readCY(toks: Toks, i: number): Match | undefined {
  if (toks[i]!.text !== 'CY' || (gluedToTextBefore(toks, i))) return undefined;
  let j = i + 1;
  if (punctAt(toks, j, '-') && glued(toks, j) && glued(toks, j + 1)) j++;
  const len = digitsAt(toks, j);
  if (len !== 2 && len !== 4) return undefined;
  const y = readYear(toks, j, true);
  if (!y || y.value < 1900 || y.value > 2099) return undefined;
  return match(i, y.next, { t: 'year', year: { kind: 'abs', y: y.value } }, 'period.calendar');
}

export const fiscalRules: readonly Rule[] = [
  { id: 'period.fiscal', words: ['fiscal', 'financial', 'tax'], read: readFiscal },
  { id: 'period.fiscal.fy', words: ['fy', 'fyr'], read: readFY },
  { id: 'period.calendar', words: ['calendar'], read: readCalendar },
  { id: 'period.calendar.cy', words: ['cy'], read: readCY },
];
