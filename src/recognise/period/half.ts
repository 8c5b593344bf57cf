/**
 * Half-years: "H1", "H2 2016", "2019 H2" (year.ts), "1H18", "2H 2019", "first half",
 * "second-half", "the first half of 2017", "first half of the year", "the second half of
 * fiscal 2019", "the back half of the year". "first half of March" is a half of that month
 * (period.half.month), not a half-year.
 */
import { finishPeriod, readFiscalLetterGlued, readGluedFiscal, readPeriodYear, readGluedPeriod, readLetterApostropheYear, readLetterPeriod, readOrdinalPeriod } from './quarter';
import { HALF_RESULT_WORDS, ORDINAL_SUFFIXES } from '../../lexicon/periods';
import { decadeEndAt, hyphenAt, isWordAt, match, readYear, readYearSuffix, wordAt, wordIn, type Match, type Rule, type Toks } from './read';
import { readMonthPhrase } from './month';
import type { PeriodSpec } from '../../resolve/period/spec';

/** period.half.ordinal: "first half of 2017", "the second fiscal half". Why: results are reported by half-year. */
function readOrdinalHalf(toks: Toks, i: number): Match | undefined {
  const op = readOrdinalPeriod(toks, i, true);
  if (!op || op.value.unit !== 'half') return undefined;
  return halfOfDecade(toks, i, op.value.n, op.next) ?? finishPeriod(toks, i, op, !!op.value.fiscal);
}

/** period.half.decade: "the first half of the 1990s" (1990-1994), "the second half of the 1980's" (1985-1989). */
function halfOfDecade(toks: Toks, i: number, n: number, j: number): Match | undefined {
  if (!isWordAt(toks, j, 'of') || !isWordAt(toks, j + 1, 'the') || n > 2) return undefined;
  const y = readYear(toks, j + 2);
  const end = y && y.value >= 1800 && y.value <= 2099 ? decadeEndAt(toks, y.next, y.value) : undefined;
  if (end === undefined) return undefined;
  const from = y!.value + 5 * (n - 1);
  return match(i, end, { t: 'years', from, to: from + 4 }, 'period.half.decade');
}

/** period.half.letter: "H1", "H2 2016", "H1'24". */
function readH(toks: Toks, i: number): Match | undefined {
  const a = readLetterApostropheYear(toks, i, 'h');
  if (a) return a;
  const h = readLetterPeriod(toks, i, 'h');
  if (!h) return undefined;
  return finishPeriod(toks, i, { value: { n: h.value, unit: 'half' }, next: h.next }, false);
}

/** period.half.glued: "1H18", "2H 2019", "1HFY25", "1H FY2025". */
function readGluedH(toks: Toks, i: number): Match | undefined {
  const f = readGluedFiscal(toks, i, 'h');
  if (f) return f;
  const g = readGluedPeriod(toks, i, 'h');
  // "1H"/"2h" alone is more often hours than a half-year, unless results or a fiscal year
  // follow: "1H net profit", "1H FY2025".
  if (!g || (g.value.year === undefined && !wordIn(toks, g.next, HALF_RESULT_WORDS) && !readPeriodYear(toks, g.next)?.value.fiscal)) return undefined;
  return finishPeriod(toks, i, { value: { n: g.value.n, unit: 'half' }, next: g.next }, false, g.value.year !== undefined ? { kind: 'abs', y: g.value.year } : undefined);
}

/**
 * period.half.back: "the back half of the year", "the front half of 2025", "the latter half of
 * 2017": words for the second and first halves. Alone ("margins improve in the back half",
 * "weighted to the front half"), the half of the year at hand, as "the second half" alone is;
 * never before "of" and no year: "the back half of the field" is no period.
 */
function readBackHalf(toks: Toks, i: number): Match | undefined {
  // "the back half": the noun phrase; "moved back half of the year's stock" is not one.
  if (!isWordAt(toks, i - 1, 'the')) return undefined;
  let j = i + 1;
  if (hyphenAt(toks, j)) j++;
  if (!isWordAt(toks, j, 'half')) return undefined;
  // "the latter half of the 1987/88 fiscal year": a half of the fiscal year ending in 1988.
  const ys = readYearSuffix(toks, j + 1, { split: true });
  if (!ys) return finishPeriod(toks, i, { value: { n: isWordAt(toks, i, 'front') ? 1 : 2, unit: 'half' }, next: j + 1 }, false);
  return match(i, ys.next, { t: 'half', h: isWordAt(toks, i, 'back', 'latter') ? 2 : 1, year: ys.value.year, fiscal: ys.value.fiscal }, ys.value.fiscal ? 'period.fiscal' : 'period.half');
}

/** Ordinals of a month's halves: "first half of March", "the 2nd half of June 2020". */
const HALF_ORDINALS: ReadonlyMap<string, 1 | 2> = new Map([['first', 1], ['second', 2], ['latter', 2]]);

/**
 * period.half.month: "the first half of March" (days 1-15), "the second half of June 2020"
 * (16 to the month's end): halves of a named month, not half-years. Both ends are days of the
 * one month, so the year rule reads the month once.
 */
function readHalfOfMonth(toks: Toks, i: number): Match | undefined {
  const h = HALF_ORDINALS.get(wordAt(toks, i) ?? '');
  let j = i + 1;
  if (hyphenAt(toks, j)) j++;
  if (h === undefined || !isWordAt(toks, j, 'half') || !isWordAt(toks, j + 1, 'of')) return undefined;
  const of = readMonthPhrase(toks, j + 2);
  if (!of || of.value.t !== 'month') return undefined;
  const spec: PeriodSpec = h === 1
    ? { t: 'ending', days: 15, end: { t: 'nth-day', n: 15, of: of.value } }
    : { t: 'range', from: { t: 'nth-day', n: 16, of: of.value }, to: { t: 'nth-day', n: -1, of: of.value } };
  return match(i, of.next, spec, 'period.half.month');
}

export const halfRules: readonly Rule[] = [
  { id: 'period.half.month', words: HALF_ORDINALS.keys(), read: readHalfOfMonth },
  { id: 'period.half.ordinal', words: ['first', 'second'], numbers: true, digits: [1, 3], after: { glued: ORDINAL_SUFFIXES }, read: readOrdinalHalf },
  { id: 'period.half.letter', words: ['h'], read: readH },
  { id: 'period.fiscal.f-glued-half', words: ['f'], read: (toks, i) => readFiscalLetterGlued(toks, i, 'h') },
  { id: 'period.half.glued', numbers: true, digits: [1, 2], after: { glued: ['h', 'hfy'] }, read: readGluedH },
  { id: 'period.half.back', words: ['back', 'front', 'latter'], read: readBackHalf },
];
