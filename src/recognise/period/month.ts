/**
 * Months: "October", "March 2019", "Dec-2018", "June of 1992", "November , 2016", "June next
 * year", and numeric month-years "11/2016", "3-2015". Year-first forms ("2016 June",
 * "2016-11") are read in year.ts.
 */
import { AMBIGUOUS_MONTHS, MONTHS } from '../../lexicon/periods';
import type { PeriodSpec } from '../../resolve/period/spec';
import { digitsAt, glued, intAt, isWordAt, match, punctAt, readMonth, readYear, readYearSuffix, wordAt, type Match, type Read, type Rule, type Toks } from './read';

/** Words before a lone ambiguous month name ("in May", "since March") that make it a month. */
const MONTH_CUES = new Set([
  'in', 'during', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'from', 'through', 'thru', 'last', 'next', 'this',
  'of', 'before', 'after', 'end', 'beginning', 'start', 'between', 'and', 'or', 'to', 'for', 'on', 'each', 'every', 'coming', 'past',
]);

/** A month name and the year written with it, if any. Exported for phrases built on a month. */
export function readMonthPhrase(toks: Toks, i: number): Read<PeriodSpec> | undefined {
  const mo = readMonth(toks, i);
  if (!mo) return undefined;
  let j = mo.next;
  // Dec-2018, Dec/2018
  if (punctAt(toks, j, '-', '/') && glued(toks, j) && glued(toks, j + 1) && digitsAt(toks, j + 1) === 4) {
    const y = readYear(toks, j + 1);
    if (y) return { value: { t: 'month', m: mo.value, year: { kind: 'abs', y: y.value } }, next: y.next };
  }
  const ys = readYearSuffix(toks, j);
  if (ys) return { value: { t: 'month', m: mo.value, year: ys.value.year }, next: ys.next };
  return { value: { t: 'month', m: mo.value, year: { kind: 'implied' } }, next: j };
}

/** True when a year-less month name stands as a month here, not as a word ("may", "march"). */
export function monthStandsAlone(toks: Toks, i: number): boolean {
  const w = wordAt(toks, i)!;
  const t = toks[i]!;
  const prev = wordAt(toks, i - 1);
  if (prev !== undefined && MONTH_CUES.has(prev)) return true;
  if (!AMBIGUOUS_MONTHS.has(w)) return true;
  // Capitalised mid-sentence ("sales in the week to May fell" is covered by the cue list).
  const before = toks[i - 1];
  return t.text[0] !== t.text[0]!.toLowerCase() && w.length > 3 && !!before && !(before.kind === 'punct' && /[.!?:"“]/.test(before.text)) && !t.newline;
}

/** period.month: a month name, alone or with its year. Why: the commonest coarse period in news. */
function readMonthRule(toks: Toks, i: number): Match | undefined {
  const r = readMonthPhrase(toks, i);
  if (!r) return undefined;
  if (r.value.t === 'month' && r.value.year.kind === 'implied' && !monthStandsAlone(toks, i)) return undefined;
  // "March 3" is a day: leave it to day.ts, which reads longer.
  return match(i, r.next, r.value, 'period.month');
}

/** period.month.numeric: "11/2016", "3-2015" (month ≤ 12, four-digit year, all glued). */
function readNumericMonthYear(toks: Toks, i: number): Match | undefined {
  const m = intAt(toks, i);
  if (m === undefined || m < 1 || m > 12 || digitsAt(toks, i) > 2) return undefined;
  if (!punctAt(toks, i + 1, '/', '-') || !glued(toks, i + 1) || !glued(toks, i + 2) || digitsAt(toks, i + 2) !== 4) return undefined;
  if (punctAt(toks, i - 1, '/', '-') && glued(toks, i)) return undefined;
  if (punctAt(toks, i + 3, '/', '-') && glued(toks, i + 3)) return undefined;
  const y = readYear(toks, i + 2);
  if (!y || y.value < 1900 || y.value > 2099) return undefined;
  if (isWordAt(toks, y.next, 'pct', 'percent')) return undefined;
  return match(i, y.next, { t: 'month', m, year: { kind: 'abs', y: y.value } }, 'period.month.numeric');
}

export const monthRules: readonly Rule[] = [
  { id: 'period.month', words: MONTHS.keys(), read: readMonthRule },
  { id: 'period.month.numeric', numbers: true, read: readNumericMonthYear },
];
