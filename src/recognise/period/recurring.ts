/**
 * Days and months of every year ("payable on May 1 and November 1 of each year", "June 30 of
 * every year"): no one period, as "every March" (month.ts).
 */
import { WEEKDAYS } from '../../lexicon/periods';
import type { PeriodSpec } from '../../resolve/period/spec';
import type { RangeMatch } from './range';
import { isWordAt, punctAt, wordAt, type Toks } from './read';

/** A day or month written without its year ("May 1", "November", "the last day of March"). */
export const yearless = (s: PeriodSpec): boolean => s.t === 'nth-day' ? yearless(s.of) : (s.t === 'day' || s.t === 'month') && s.year.kind === 'implied';

/** After period `m`, where the next member of its list would start (", ", "and", "or", ", and"), or -1. */
export function listedAfter(toks: Toks, m: RangeMatch): number {
  let g = m.next;
  if (punctAt(toks, g, ',')) g++;
  if (isWordAt(toks, g, 'and', 'or')) g++;
  return g === m.next ? -1 : g;
}

/**
 * "payable on May 1 and November 1 of each year", "June 30 of every year": days or months of
 * every year, no one period, as "every March" (month.ts). The year-less list from `k` on is
 * read to its end, which says "of each year", "each year" or "every year".
 */
export function recursYearly(toks: Toks, matches: readonly RangeMatch[], k: number): boolean {
  for (let m = matches[k]!; ;) {
    let j = m.next;
    if (isWordAt(toks, j, 'of')) j++;
    if (isWordAt(toks, j, 'each', 'every') && isWordAt(toks, j + 1, 'year')) return true;
    const g = listedAfter(toks, m);
    const n = matches[++k];
    if (g < 0 || !n || n.first !== g || !yearless(n.spec)) return false;
    m = n;
  }
}

/**
 * "ends on the Saturday closest to January 31", "the Friday nearest June 30": a year-less day
 * that only anchors a weekday which moves from year to year (a 52/53-week fiscal year end), no
 * period of its own.
 */
export function anchorsNearestWeekday(toks: Toks, m: RangeMatch): boolean {
  if (m.spec.t !== 'day' || m.spec.year.kind !== 'implied') return false;
  let k = m.first - 1;
  if (isWordAt(toks, k, 'to')) k--;
  return isWordAt(toks, k, 'closest', 'nearest') && WEEKDAYS.has(wordAt(toks, k - 1) ?? '');
}
