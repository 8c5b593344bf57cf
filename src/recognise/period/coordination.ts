/**
 * A year written once for coordinated periods: "Q3 and Q4 2023", "March and April 2023",
 * "2Q and 3Q 2023", "the second and third quarters of 2023", "June 30 and December 31,
 * 2023". Each item stays a period of its own (as "the three and nine months ended" does);
 * the year-less ones before the last take its year. Runs over the matches, not the tokens.
 */
import type { PeriodSpec, YearRef } from '../../resolve/period/spec';
import { isWordAt, punctAt, type Toks } from './read';
import type { RangeMatch } from './range';

/** The year and place in the year of a period that can share a year, else undefined. */
function yearAndPlace(s: PeriodSpec): { year: YearRef; place: number } | undefined {
  switch (s.t) {
    case 'month': return s.pick ? undefined : { year: s.year, place: s.m };
    case 'quarter': return s.pick ? undefined : { year: s.year, place: s.q };
    case 'half': return { year: s.year, place: s.h };
    case 'day': return s.month.kind === 'abs' ? { year: s.year, place: 100 * s.month.m + s.d } : undefined;
    default: return undefined;
  }
}

/**
 * What joins token `from` to token `to`: "and", "or", "&", ", and", ", or" (`'and'`), a
 * comma alone (`','`: a list only if the next item is itself joined on), or nothing that
 * coordinates (undefined).
 */
function joinerBetween(toks: Toks, from: number, to: number): 'and' | ',' | undefined {
  const gap = to - from;
  if (gap === 1) {
    if (isWordAt(toks, from, 'and', 'or') || punctAt(toks, from, '&')) return 'and';
    if (punctAt(toks, from, ',')) return ',';
    return undefined;
  }
  return gap === 2 && punctAt(toks, from, ',') && isWordAt(toks, from + 1, 'and', 'or') ? 'and' : undefined;
}

/** `y` moved back `by` years. */
const earlier = (y: YearRef, by: number): YearRef =>
  by === 0 ? y : y.kind === 'abs' ? { kind: 'abs', y: y.y - by } : y.kind === 'rel' ? { kind: 'rel', offset: y.offset - by } : y;

/**
 * Gives each year-less period the year of the like period coordinated after it, right to
 * left so that a list shares one year ("Q1, Q2 and Q3 2023"). An item later in the year
 * than the one after it takes the year before ("December and January 2024"). A list of
 * quarters with no year at all shares the year its first item resolves to (sameYearAsFirst).
 */
export function shareYears(toks: Toks, matches: RangeMatch[]): RangeMatch[] {
  return sameYearAsFirst(toks, quarterOfYearAfter(toks, shareWrittenYear(toks, matches)));
}

/**
 * After a year-less quarter, "and" and the year it belongs to, with "the", "full", "-" or
 * "year" between ("the fourth quarter and fiscal 2025", "Q4 and full-year 2025", "the fourth
 * quarter and the year ended …"): whether the year may start at `limit`.
 */
function yearJoinedAfter(toks: Toks, j: number, limit: number): boolean {
  if (!isWordAt(toks, j, 'and')) return false;
  for (j++; j < limit; j++) {
    if (!isWordAt(toks, j, 'the', 'full', 'year') && !punctAt(toks, j, '-')) return false;
  }
  return true;
}

/**
 * "the fourth quarter and fiscal year ended September 27, 2025", "fourth quarter and fiscal
 * 2025 results", "Q4 and full-year 2025": a quarter written without its year, coordinated with
 * the year it closes, is that year's quarter: the fiscal year's named quarter, or the last
 * three months up to the stated end.
 */
function quarterOfYearAfter(toks: Toks, matches: RangeMatch[]): RangeMatch[] {
  let out: RangeMatch[] | undefined;
  for (let k = 0; k + 1 < matches.length; k++) {
    const a = matches[k]!, b = matches[k + 1]!;
    if (a.spec.t !== 'quarter' || a.spec.pick || a.spec.year.kind !== 'implied' || b.first - a.next > 4) continue;
    if (!yearJoinedAfter(toks, a.next, b.first)) continue;
    let spec: PeriodSpec | undefined;
    // (A calendar year takes only the quarter that closes it, or one joined to its "full year":
    // "sales fell in the first quarter and 2025 results were restated" keeps its own year.)
    let full = false;
    for (let j = a.next; j < b.first && !full; j++) full = isWordAt(toks, j, 'full');
    if (b.spec.t === 'year' && b.spec.year.kind === 'abs' && (a.spec.q === 4 || b.spec.fiscal || full)) spec = { ...a.spec, year: b.spec.year, ...(b.spec.fiscal ? { fiscal: true } : {}) };
    else if (b.spec.t === 'ending' && b.spec.months === 12 && a.spec.q === 4 && b.spec.end.t === 'day' && b.spec.end.year.kind === 'abs') {
      spec = { t: 'ending', months: 3, end: b.spec.end, ...(b.spec.fiscal ? { fiscal: true } : {}) };
    }
    if (!spec) continue;
    out ??= matches.slice();
    out[k] = { first: a.first, next: a.next, spec, rule: `${a.rule}.of-year` };
  }
  return out ?? matches;
}

const isFiscal = (s: PeriodSpec): boolean => 'fiscal' in s && !!s.fiscal;

/**
 * "the third and fourth quarters", "Q1, Q2 and Q3": with no year written, a list of
 * calendar quarters or halves in order shares the year its first item resolves to (on their
 * own, Q3 and Q4 could fall either side of the reference date). Months and days resolve
 * item by item: "in January and December" often runs back in time, and the year rule
 * already gives each its latest occurrence.
 */
function sameYearAsFirst(toks: Toks, matches: RangeMatch[]): RangeMatch[] {
  let out: RangeMatch[] | undefined;
  for (let k = 0; k + 1 < matches.length; k++) {
    const a = (out ?? matches)[k]!, b = matches[k + 1]!;
    if (a.spec.t !== b.spec.t || (a.spec.t !== 'quarter' && a.spec.t !== 'half') || isFiscal(a.spec) || isFiscal(b.spec)) continue;
    const pa = yearAndPlace(a.spec), pb = yearAndPlace(b.spec);
    if (!pa || !pb || pb.year.kind !== 'implied' || (pa.year.kind !== 'implied' && pa.year.kind !== 'as') || pb.place <= pa.place) continue;
    if (!joinerBetween(toks, a.next, b.first)) continue;
    const first = pa.year.kind === 'as' ? pa.year.of : a.spec;
    out ??= matches.slice();
    out[k + 1] = { first: b.first, next: b.next, spec: { ...b.spec, year: { kind: 'as', of: first } } as PeriodSpec, rule: `${b.rule}.shared-year` };
  }
  return out ?? matches;
}

function shareWrittenYear(toks: Toks, matches: RangeMatch[]): RangeMatch[] {
  let out: RangeMatch[] | undefined;
  let nextShared = false;
  for (let k = matches.length - 2; k >= 0; k--) {
    const a = matches[k]!, b = (out ?? matches)[k + 1]!;
    const shared = nextShared;
    nextShared = false;
    if (a.spec.t !== b.spec.t) continue;
    const pa = yearAndPlace(a.spec), pb = yearAndPlace(b.spec);
    if (!pa || !pb || pa.year.kind !== 'implied' || pb.year.kind === 'implied') continue;
    const joiner = joinerBetween(toks, a.next, b.first);
    if (!joiner || (joiner === ',' && !shared)) continue;
    const year = earlier(pb.year, pa.place > pb.place ? 1 : 0);
    const fiscal = isFiscal(a.spec) || isFiscal(b.spec);
    const spec = { ...a.spec, year, ...(fiscal ? { fiscal: true } : {}) } as PeriodSpec;
    out ??= matches.slice();
    out[k] = { first: a.first, next: a.next, spec, rule: `${a.rule}.shared-year` };
    nextShared = true;
  }
  return out ?? matches;
}
