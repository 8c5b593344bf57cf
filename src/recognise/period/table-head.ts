/**
 * A filing table's head written over lines, as text copied from a 10-Q keeps it:
 *
 *     Three Months Ended      Nine Months Ended
 *       September 30,           September 30,
 *     2025        2024        2025        2024
 *
 * The row of bare years is split evenly among the column groups of the line above ("September
 * 30," once per group), and each year is that group's period in the year: the three months
 * ended September 30, 2025, then of 2024, then the nine months of each. Without a line of
 * "… Ended" heads the years are the days themselves ("December 31,\n2025 2024": balance-sheet
 * dates). The year-less days of the head are no periods of their own.
 *
 * Runs over the matches; the tokens are looked at only for a bare year that starts a line.
 */
import { UNITS } from '../../lexicon/periods';
import type { PeriodSpec } from '../../resolve/period/spec';
import type { RangeMatch } from './range';
import { monthsOf } from './months-ended';
import { digitsAt, isWordAt, punctAt, readCount, readDayNumber, readMonth, wordAt, type Toks } from './read';

/** A bare four-digit calendar year match ("2025"). */
const bareYear = (toks: Toks, m: RangeMatch): boolean =>
  m.spec.t === 'year' && !m.spec.fiscal && m.spec.year.kind === 'abs' && m.next === m.first + 1 && digitsAt(toks, m.first) === 4;

/** The first token of the line that token `i` is on. */
function lineStart(toks: Toks, i: number): number {
  while (i > 0 && !toks[i]!.newline) i--;
  return i;
}

interface Day { readonly m: number; readonly d: number }

/** The line [from, to) as one or more "September 30," cells, else undefined. */
function readDays(toks: Toks, from: number, to: number): Day[] | undefined {
  const out: Day[] = [];
  for (let k = from; k < to;) {
    const mo = readMonth(toks, k);
    const d = mo ? readDayNumber(toks, mo.next) : undefined;
    if (!mo || !d) return undefined;
    out.push({ m: mo.value, d: d.value });
    k = d.next;
    if (punctAt(toks, k, ',')) k++;
  }
  return out.length ? out : undefined;
}

/** The line [from, to) as one or more "Three Months Ended", "Year Ended", "13 Weeks Ended" cells (months, or -days), else undefined. */
function readHeads(toks: Toks, from: number, to: number): number[] | undefined {
  const out: number[] = [];
  for (let k = from; k < to;) {
    if (isWordAt(toks, k, 'fiscal')) k++;
    const c = readCount(toks, k, 53);
    if (c) k = c.next;
    const unit = UNITS.get(wordAt(toks, k) ?? '');
    if (!unit || unit === 'day' || !isWordAt(toks, k + 1, 'ended', 'ending')) return undefined;
    const n = c?.value ?? 1;
    const per = monthsOf(unit);
    if (per !== undefined) out.push(per * n);
    else if (unit === 'week') out.push(-7 * n);
    else return undefined;
    k += 2;
  }
  return out.length ? out : undefined;
}

export function tableHeadYears(toks: Toks, matches: RangeMatch[]): RangeMatch[] {
  let out: RangeMatch[] | undefined;
  for (let k = 0; k < matches.length; k++) {
    const b = matches[k]!;
    // Cheap tests first: a bare year that starts its line, with another right after it.
    if (!toks[b.first]!.newline || !bareYear(toks, b)) continue;
    let n = 1;
    while (k + n < matches.length) {
      const c = matches[k + n]!;
      if (c.first !== matches[k + n - 1]!.next || toks[c.first]!.newline || !bareYear(toks, c)) break;
      n++;
    }
    const rowEnd = matches[k + n - 1]!.next;
    if (n < 2 || (toks[rowEnd] && !toks[rowEnd]!.newline)) continue;
    const dayLine = lineStart(toks, b.first - 1);
    if (dayLine === b.first || b.first === 0) continue;
    const days = readDays(toks, dayLine, b.first);
    if (!days || n % days.length !== 0) continue;
    const headLine = dayLine > 0 ? lineStart(toks, dayLine - 1) : dayLine;
    const heads = headLine < dayLine ? readHeads(toks, headLine, dayLine) : undefined;
    if (heads && heads.length !== days.length) continue;
    const per = n / days.length;
    const row: RangeMatch[] = [];
    for (let i = 0; i < n; i++) {
      const y = matches[k + i]!;
      const g = Math.floor(i / per);
      const day = days[g]!;
      const year = (y.spec as { year: { y: number } }).year.y;
      const end: PeriodSpec = { t: 'day', d: day.d, month: { kind: 'abs', m: day.m }, year: { kind: 'abs', y: year } };
      const h = heads?.[g];
      const spec: PeriodSpec = h === undefined ? end : h > 0 ? { t: 'ending', months: h, end } : { t: 'ending', days: -h, end };
      row.push({ first: y.first, next: y.next, spec, rule: 'period.table-head' });
    }
    // The head's own year-less days and months go: they are the columns' periods, read above.
    const from = heads ? headLine : dayLine;
    let drop = k;
    while (drop > 0 && matches[drop - 1]!.first >= from) drop--;
    out ??= matches.slice();
    const base = out.length - matches.length; // matches already dropped before this row
    out.splice(drop + base, k - drop + n, ...row);
    k += n - 1;
  }
  return out ?? matches;
}
