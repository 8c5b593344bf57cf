/**
 * A fiscal calendar the text states: a year's stated end ("the year ended June 30, 2024",
 * "fiscal years, which end on September 30") sets the calendar of the fiscal periods around it
 * (index.ts); a present-tense end ("whose fiscal year ends in September") only states it.
 */
import { addDays, daysBetween, daysInMonth, type Interval, type YMD } from '../../resolve/period/calendar';
import { fiscalStartAfter, fiscalYearOf } from '../../resolve/period/fiscal';
import { resolvePeriod, weekCalendarEnd, type ResolveContext } from '../../resolve/period/resolve';
import type { RangeMatch } from './range';
import { glued, isWordAt, punctAt, wordAt, type Toks } from './read';

/**
 * "the year ended June 30, 2024", "fiscal 2024 ended June 30": twelve months to a stated
 * end ("the fiscal year beginning April 1": from a stated start); a fiscal quarter or half
 * with its dated end ("the first quarter of fiscal 2023 ended December 31, 2022", whose year
 * ends `yearEndsAfter` months later); or the end itself stated of the fiscal year: "whose
 * fiscal year ends June 30", "its fiscal year ended in September".
 */
export const statesFiscalYear = (m: RangeMatch, verb: string | undefined, rolling?: ReadonlySet<RangeMatch>): boolean => {
  if (m.spec.t === 'ending') {
    if (rolling?.has(m)) return false;
    return (m.spec.months === 12 && (m.rule.startsWith('period.unit-ended') || m.rule.startsWith('period.fiscal.ending'))) || m.spec.yearEndsAfter !== undefined
      // "the 52 weeks to 28 February 2026", "the 53 weeks ended Feb. 1, 2026": a retailer's year.
      || ((m.spec.days === 364 || m.spec.days === 371) && m.rule.startsWith('period.months-ended'));
  }
  if (m.spec.t === 'starting') return m.spec.months === 12 && !!m.spec.fiscal;
  return verb !== undefined;
};

/**
 * "prices rose 3.8% in the year to December, up from 3.4% in the year to September": twelve
 * months to two different months, each without its day, are a statistic's rolling years, as
 * statistics offices count them; a fiscal year cannot end in both, so neither states a calendar.
 * (One alone may be a company's year, "In the year to March, British Airways reported …", and
 * so may "the year to end-March".)
 */
export function rollingYears(toks: Toks, matches: readonly RangeMatch[]): ReadonlySet<RangeMatch> | undefined {
  let found: RangeMatch[] | undefined;
  let month: number | undefined, two = false;
  for (const m of matches) {
    const s = m.spec;
    if (m.rule !== 'period.unit-ended' || s.t !== 'ending' || s.end.t !== 'month' || !isWordAt(toks, m.first, 'year')) continue;
    if (!isWordAt(toks, m.first + 1, 'to', 'through') || isWordAt(toks, m.first + 2, 'end')) continue;
    (found ??= []).push(m);
    if (month !== undefined && month !== s.end.m) two = true;
    month = s.end.m;
  }
  return two && found ? new Set(found) : undefined;
}

/**
 * The verb before a month or day stated as the fiscal year's end ("fiscal year ends in
 * September", "fiscal years, which end on September 30", "financial year ends on 30 June").
 */
export const statedEndVerb = (toks: Toks, m: RangeMatch): string | undefined => {
  if (m.spec.t !== 'day' && m.spec.t !== 'month') return undefined;
  let k = m.first - 1;
  // ("whose fiscal year ends in late May": a calendar stated near the month's end, still that
  // month; only in the present, of every year: "ending in early March, 1988" dates one year.)
  const near = m.spec.t === 'month' && m.spec.year.kind === 'implied' && (isWordAt(toks, k, 'late', 'early', 'mid') || (punctAt(toks, k, '-') && isWordAt(toks, k - 1, 'mid')));
  if (near) k -= toks[k]!.kind === 'word' ? 1 : 2;
  if (isWordAt(toks, k, 'on', 'in')) k--;
  if (!isWordAt(toks, k, 'ends', 'ended', 'ending', 'end') || (near && !isWordAt(toks, k, 'ends', 'end'))) return undefined;
  const verb = toks[k]!.lower;
  k--;
  const relative = isWordAt(toks, k, 'which', 'that');
  if (relative) { k--; if (punctAt(toks, k, ',')) k--; }
  if (!isWordAt(toks, k, 'year', 'years')) return undefined;
  // ("its financial year ends on 30 June", "Australia's financial year ends on June 30": the
  // British and Australian name, when the year is someone's, or in a clause of its own about
  // it: "the 2025-26 financial year, which ends on June 30"; "until the financial year ends on
  // June 30" is a day.)
  if (isWordAt(toks, k - 1, 'fiscal') || (isWordAt(toks, k - 1, 'financial') && (relative || isWordAt(toks, k - 2, 'its', 'whose', 'their', 'our') || possessiveAt(toks, k - 2)))) return verb;
  // "… its fiscal 2025 forecast. The year ends on Jan. 31, 2026.": a sentence of its own about
  // "the year", with the day's year written, states the end of the year the text is about.
  return isWordAt(toks, k - 1, 'the') && sentenceStartAt(toks, k - 1) && m.spec.t === 'day' && m.spec.year.kind === 'abs' ? verb : undefined;
};

/**
 * "the first five months of the 2025/26 fiscal year, which began in July", "… of fiscal 2026,
 * which began on Oct. 1": a month or day without its year that a clause on a fiscal year says
 * it starts (or ended) in describes that year's calendar; "over the period" and "a year earlier" after it refer back to the months reported,
 * not to the month.
 */
const YEAR_BOUND_VERBS: ReadonlySet<string> = new Set(['began', 'begins', 'begin', 'started', 'starts', 'start', 'ended', 'ends', 'end']);

export const describesFiscalYear = (toks: Toks, m: RangeMatch): boolean => {
  const s = m.spec;
  if ((s.t !== 'month' || !isWordAt(toks, m.first - 1, 'in')) && (s.t !== 'day' || !isWordAt(toks, m.first - 1, 'on'))) return false;
  // (With its year too: "the current fiscal year, which ends in March 2025".)
  if ((s.year.kind !== 'implied' && (s.t !== 'month' || s.year.kind !== 'abs')) || !YEAR_BOUND_VERBS.has(wordAt(toks, m.first - 2) ?? '')) return false;
  if (!isWordAt(toks, m.first - 3, 'which', 'that') || !punctAt(toks, m.first - 4, ',')) return false;
  // "… fiscal year, which began in July", "… of fiscal 2026, which began on Oct. 1".
  return isWordAt(toks, m.first - 5, 'year') || (toks[m.first - 5]?.kind === 'number' && isWordAt(toks, m.first - 6, 'fiscal'));
};

/** Token `k` opens a sentence: the text's first, after a line break, or after a full stop. */
const sentenceStartAt = (toks: Toks, k: number): boolean =>
  k === 0 || toks[k]!.newline || (punctAt(toks, k - 1, '.', '!', '?') && toks[k]!.space);

/** "Australia's", "the government’s": a possessive "'s" ending at token `k`. */
const possessiveAt = (toks: Toks, k: number): boolean =>
  isWordAt(toks, k, 's') && glued(toks, k) && punctAt(toks, k - 1, "'", '\u2019') && glued(toks, k - 1);

/**
 * "whose fiscal year ends in September", "its fiscal year ends June 30": a calendar stated in
 * the present, a month or day of every year; it sets the fiscal calendar but is no period.
 */
export const statesCalendarOnly = (m: RangeMatch, verb: string | undefined): boolean =>
  (verb === 'ends' || verb === 'end') && 'year' in m.spec && m.spec.year.kind === 'implied';

/**
 * "an April-to-March financial year", "India's April-March fiscal year", "its financial year
 * runs from July to June": twelve months named without a year, as the calendar of a fiscal
 * year, and no period. "fiscal 2026-27 (April-March)": the same twelve months in parentheses
 * after a year, which restate that year (index.ts gives them its period). Returns the month
 * the fiscal year starts (1-12), or undefined.
 */
export const statedFiscalMonths = (toks: Toks, m: RangeMatch): number | undefined => {
  const s = m.spec;
  if (s.t !== 'range' || s.from.t !== 'month' || s.to.t !== 'month') return undefined;
  if (s.from.year.kind !== 'implied' || s.to.year.kind !== 'implied' || s.to.m !== ((s.from.m + 10) % 12) + 1) return undefined;
  const fiscalWord = (k: number): boolean => isWordAt(toks, k, 'fiscal', 'financial', 'accounting');
  // After: "April-March financial year", "April-to-March fiscal year".
  if (fiscalWord(m.next) && isWordAt(toks, m.next + 1, 'year')) return s.from.m;
  // In parentheses after a year: "fiscal 1987/88 (April-March)", "FY27 (April-March)".
  if (punctAt(toks, m.first - 1, '(') && punctAt(toks, m.next, ')') && /\d/.test(toks[m.first - 2]?.text ?? '')) return s.from.m;
  // Before: "financial year runs from April to March", "fiscal year is April-March".
  let k = m.first - 1;
  if (isWordAt(toks, k, 'runs', 'run', 'is', 'spans')) k--;
  return k < m.first - 1 && isWordAt(toks, k, 'year') && fiscalWord(k - 1) ? s.from.m : undefined;
};

/**
 * "H2FY27 (October-March)", "Q2FY26 (July-September)", "the July-September quarter (Q2FY26)":
 * a fiscal quarter or half and the months it covers, one in parentheses after the other, state
 * the fiscal calendar; so does one set beside the other after a comma ("the April-June quarter,
 * the first quarter of its fiscal year", as Japanese results are told). Returns the month the
 * fiscal year starts (1-12), or undefined.
 */
export const pairedFiscalStart = (toks: Toks, a: RangeMatch, b: RangeMatch): number | undefined => {
  const bracketed = a.next === b.first - 1 && punctAt(toks, a.next, '(') && punctAt(toks, b.next, ')');
  // "the April-June quarter, the first quarter of its fiscal year", "its fiscal second quarter
  // (July-September)": a part called fiscal, its year unwritten, set beside its months in
  // apposition or brackets states the calendar as a labelled one does.
  const apposed = punctAt(toks, a.next, ',') && (b.first === a.next + 1 || (b.first === a.next + 2 && isWordAt(toks, a.next + 1, 'the', 'its', 'their')));
  if (!bracketed && !apposed) return undefined;
  // ("Aeon's first quarter (March through May)", "in the first quarter, from March to May,": a
  // bare part first, its months beside it, states the calendar too.)
  const label = isFiscalPart(a.spec) || isBarePart(a.spec) ? a.spec : isFiscalPart(b.spec) ? b.spec : undefined;
  const range = label === a.spec ? b.spec : a.spec;
  if (!label || range.t !== 'range' || range.from.t !== 'month' || range.to.t !== 'month') return undefined;
  if (range.from.year.kind !== 'implied' || range.to.year.kind !== 'implied') return undefined;
  const months = ((range.to.m - range.from.m + 12) % 12) + 1;
  const [size, n] = label.t === 'quarter' ? [3, label.q] : [6, label.h];
  if (months !== size) return undefined;
  return ((range.from.m - 1 - size * (n - 1) + 24) % 12) + 1;
};

/** A quarter or half named by its number alone, its year unwritten ("the first quarter", "Q2"). */
export const isBarePart = (s: RangeMatch['spec']): s is Extract<RangeMatch['spec'], { t: 'quarter' | 'half' }> =>
  (s.t === 'quarter' || s.t === 'half') && s.year.kind === 'implied' && s.year.back === undefined;

/** A fiscal quarter or half, labelled with its year ("Q2FY26") or not ("the first quarter of its fiscal year"). */
const isFiscalPart = (s: RangeMatch['spec']): s is Extract<RangeMatch['spec'], { t: 'quarter' | 'half' }> =>
  (s.t === 'quarter' || s.t === 'half') && !!s.fiscal && (s.year.kind === 'abs' || s.year.kind === 'implied');

/**
 * "Q2 loss … for the July-September quarter": a bare quarter whose number is the one that a
 * quarter of months written out in the text has only on the fiscal calendar starting in month
 * `start` (July to September is the second quarter from April, the third of the calendar).
 * Confirms a calendar assumed for the text (an Indian one's April year) as its quarters' own;
 * it never invents one ("Q1 … the April-June quarter" of a US text may be two quarters).
 * So does a quarter labelled with its fiscal year ("Q2 profit … in Q2FY26", "for Q3FY26 … and
 * for Q4"): a text that numbers its quarters on fiscal years numbers its bare ones so too.
 */
export function quartersNamedFiscal(matches: readonly RangeMatch[], start: number): boolean {
  const bare = new Set<number>(), named = new Set<number>();
  let labelled = false;
  for (const { spec: s } of matches) {
    if (s.t === 'quarter' && !s.fiscal && s.year.kind === 'implied') bare.add(s.q);
    else if (s.t === 'quarter' && s.fiscal && s.year.kind === 'abs') labelled = true;
    else if (s.t === 'range' && s.from.t === 'month' && s.to.t === 'month' && (s.to.m - s.from.m + 12) % 12 === 2) {
      const offset = (s.from.m - start + 12) % 12;
      const fiscalQ = offset / 3 + 1;
      if (offset % 3 === 0 && fiscalQ !== Math.floor((s.from.m - 1) / 3) + 1) named.add(fiscalQ);
    }
  }
  if (labelled && bare.size > 0) return true;
  for (const q of bare) if (named.has(q)) return true;
  return false;
}

/**
 * The fiscal years the text states on a 52/53-week calendar, by the year number they end in:
 * a year to a written day a few days off a month's end ("Fiscal 2024 was a 52-week year ended
 * September 28, 2024", "fiscal 2026, which ends June 27, 2026", "the 53 weeks ended Feb. 1,
 * 2025"). Read before the periods are, so a "fiscal 2024" before the statement is those weeks too.
 */
export function statedWeekYears(toks: Toks, matches: readonly RangeMatch[], ctx: ResolveContext): Map<number, Interval> | undefined {
  let out: Map<number, Interval> | undefined;
  for (const m of matches) {
    const s = m.spec;
    if (s.t !== 'ending' || s.end.t !== 'day' || s.end.year.kind !== 'abs' || s.yearEndsAfter !== undefined || s.endsBefore !== undefined) continue;
    if (!statesFiscalYear(m, statedEndVerb(toks, m))) continue;
    // (Not after a split year, "the 1987/88 fiscal year ending April 1, 1988": a government's or
    // an April-to-March year, on months.)
    if (toks[m.first - 1]?.kind === 'number' && punctAt(toks, m.first - 2, '/', '-')) continue;
    const iv = resolvePeriod(s, ctx).iv;
    if (!iv || !weekCalendarEnd(iv.end)) continue;
    const days = daysBetween(iv.start, iv.end) + 1;
    if (days !== 364 && days !== 371) continue;
    // (A year ending early in a month, "Feb. 1, 2025", is the one that ends with January.)
    (out ??= new Map()).set(fiscalYearOf(addDays(iv.end, -20), fiscalStartAfter(iv.end)), iv);
  }
  return out;
}

/** Lengths in days of the parts of a 52/53-week year written as weeks: 13, 26 and 52 or 53 weeks. */
const WEEK_PARTS: ReadonlySet<number> = new Set([91, 182, 364, 371]);

/** How many stated ends {@link statedWeekGrid} keeps of each kind. */
const MAX_STATED_ENDS = 12;

/**
 * The ends of the 52/53-week calendar the text states by a quarter, half or year
 * ending on a written day a few days off a month's end ("the quarter ended Feb. 1", "the six
 * months to Dec. 28", "the 52 weeks to 1 March 2025"): its parts end on those days' weekday, a
 * whole number of weeks apart. Read before the periods are, so "the fourth quarter" before the
 * statement is on the same weeks (ResolveContext `weekGrid`).
 */
export function statedWeekGrid(matches: readonly RangeMatch[], ctx: ResolveContext): YMD[] | undefined {
  let out: YMD[] | undefined, monthEnds: YMD[] | undefined;
  for (const m of matches) {
    const s = m.spec;
    // (A numbered quarter or half with its own end, "the fiscal fourth quarter ended July 27",
    // states the grid as a bare "the quarter ended July 27" does; an end that is the fiscal
    // year's, "the first half of the fiscal year ending March 31", `endsBefore`, does not.)
    if (s.t !== 'ending' || s.end.t !== 'day' || s.endsBefore !== undefined) continue;
    if (s.days !== undefined ? !WEEK_PARTS.has(s.days) : s.months !== 3 && s.months !== 6 && s.months !== 12) continue;
    const iv = resolvePeriod(s, ctx).iv;
    if (!iv) continue;
    // (A few distinct ends at most: a text states its calendar once or twice, and the checks
    // below and each period on the grid compare with every end kept.)
    if (weekCalendarEnd(iv.end)) { if ((out?.length ?? 0) < MAX_STATED_ENDS && !out?.some((g) => daysBetween(g, iv.end) === 0)) (out ??= []).push(iv.end); }
    else if (s.months === 12 && iv.end.d === daysInMonth(iv.end.y, iv.end.m) && (monthEnds?.length ?? 0) < MAX_STATED_ENDS) (monthEnds ??= []).push(iv.end);
  }
  // ("fiscal 1986/87 ending June 30" beside "the half-year to March 30": a year stated to a month's
  // end off those weeks keeps the text on months. "fiscal 2025, which ends Jan. 31, 2026" after
  // "the quarter ended Feb. 1" is 52 weeks on: the same calendar.)
  if (out && monthEnds?.some((e) => out!.some((g) => daysBetween(g, e) % 7 !== 0))) return undefined;
  return out;
}
