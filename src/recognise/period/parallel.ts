/**
 * Parallel years: a bare year listed right after a period that ends with its own year is the
 * same period in that year ("the six months ended June 30, 2020 and 2019").
 */
import type { PeriodSpec } from '../../resolve/period/spec';
import type { RangeMatch } from './range';
import { digitsAt, intAt, isWordAt, punctAt, type Match, type Toks } from './read';

/** A lower-case word at `i`: running text, not the next cell of a table. */
const lowerWordAt = (toks: Toks, i: number): boolean => toks[i]?.kind === 'word' && toks[i]!.text === toks[i]!.lower;

/** The spec of `m` moved to year `y`, when `m` ends with the year it states (else undefined). */
function inYear(toks: Toks, m: Match, y: number): PeriodSpec | undefined {
  if (digitsAt(toks, m.next - 1) !== 4) return undefined;
  const s = m.spec;
  const abs = { kind: 'abs' as const, y };
  switch (s.t) {
    case 'day': case 'month': case 'quarter': case 'half': case 'first':
      return s.year.kind === 'abs' ? { ...s, year: abs } : undefined;
    case 'year': return s.fiscal && s.year.kind === 'abs' ? { ...s, year: abs } : undefined;
    case 'ending':
      return (s.end.t === 'day' || s.end.t === 'month') && s.end.year.kind === 'abs' ? { ...s, end: { ...s.end, year: abs } } : undefined;
    default: return undefined;
  }
}

/**
 * Parallel years in filings: "the six months ended June 30, 2020 and 2019", "as of December
 * 31, 2021 and 2020", "fiscal 2021, 2020 and 2019". A bare year listed right after a period
 * that ends with its own year is the same period in that year.
 */
export function parallelYears(toks: Toks, matches: RangeMatch[]): RangeMatch[] {
  const out = matches.slice();
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    // The cheap tests first: nearly every period is followed by something other than a bare
    // year, and inYear builds a moved copy of the spec.
    if (digitsAt(toks, a.next - 1) !== 4) continue;
    let prevNext = a.next;
    for (let j = k + 1; j < out.length; j++) {
      const b = out[j]!;
      if (b.spec.t !== 'year' || b.spec.fiscal || b.spec.year.kind !== 'abs' || b.next !== b.first + 1) break;
      // Only ",", "and", ", and" between the two; or nothing, in a table's head, the years one
      // apart and no clause going on after ("December 31, 2021 2020 Assets", not "Dec 14, 1984
      // 1985 results include").
      const gap = b.first - prevNext;
      const joined = (gap === 1 && (punctAt(toks, prevNext, ',') || isWordAt(toks, prevNext, 'and')))
        || (gap === 2 && punctAt(toks, prevNext, ',') && isWordAt(toks, prevNext + 1, 'and'))
        || (gap === 0 && Math.abs(b.spec.year.y - intAt(toks, prevNext - 1)!) === 1 && !lowerWordAt(toks, b.next));
      if (!joined) break;
      const spec = inYear(toks, a, b.spec.year.y);
      if (!spec) break;
      out[j] = { first: b.first, next: b.next, spec, rule: `${a.rule}.parallel` };
      prevNext = b.next;
      k = j;
    }
  }
  return out;
}
