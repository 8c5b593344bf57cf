/**
 * Seasons written across two years: a farm or trade season ("the 2024/25 season", "the 2025/26
 * marketing year") runs on its own months, which the text may state ("…, which runs from
 * October to September", "the 1986/87 season (Oct-Sept)"), and never on the fiscal calendar of
 * a company in the same story ("for the financial year ended March 31 … sugar output in the
 * 2024/25 season": the season is not April to March).
 */
import { NOT_SEASON_WORDS, SEASON_NOUNS, SEASON_SPAN_VERBS, SEASON_YEAR_WORDS } from '../../lexicon/periods';
import type { PeriodSpec } from '../../resolve/period/spec';
import type { RangeMatch } from './range';
import { isWordAt, punctAt, wordAt, type Toks } from './read';

/** How many plain words may stand between a split year and its season noun ("the 2025/26 soybean harvest"). */
const SEASON_GAP = 2;

/**
 * The token after the season words that follow split year `m` ("2024/25 season", "2025/26
 * marketing year", "2025/26 soybean crop"), or undefined when `m` is no season's year.
 */
export function seasonEnd(toks: Toks, m: RangeMatch): number | undefined {
  if (m.spec.t !== 'years' || !m.spec.split) return undefined;
  for (let k = m.next; k <= m.next + SEASON_GAP; k++) {
    const t = toks[k];
    // (Words of the season's good or place between: "the 1986/87 Australian wheat harvest"; not
    // a fiscal year's: "the 2025/26 financial year".)
    if (!t || t.kind !== 'word' || t.newline || NOT_SEASON_WORDS.has(t.lower)) return undefined;
    if (SEASON_YEAR_WORDS.has(t.lower) && isWordAt(toks, k + 1, 'year', 'years')) return k + 2;
    if (SEASON_NOUNS.has(t.lower)) return k + 1;
  }
  return undefined;
}

/** Month (1-12) of a month or of a day written with its month, without a year. */
function monthOf(s: PeriodSpec): { m: number; d?: number } | undefined {
  if (s.t === 'month' && s.year.kind === 'implied') return { m: s.m };
  if (s.t === 'day' && s.month.kind === 'abs' && s.year.kind === 'implied') return { m: s.month.m, d: s.d };
  return undefined;
}

/** Days in month `m` of a year with a leap day (a season's February may end on the 28th or 29th). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The month twelve months `r` run from, when it is a year of months without a year: "October to
 * September", "Oct-Sept", "June 1 to May 31". Else undefined.
 */
function twelveMonthsFrom(r: RangeMatch): number | undefined {
  const s = r.spec;
  if (s.t !== 'range') return undefined;
  const a = monthOf(s.from), b = monthOf(s.to);
  if (!a || !b || b.m !== ((a.m + 10) % 12) + 1) return undefined;
  if ((a.d ?? 1) !== 1) return undefined;
  if (b.d !== undefined && b.d < (b.m === 2 ? 28 : MONTH_DAYS[b.m - 1]!)) return undefined;
  return a.m;
}

/** The months of the text's seasons: the month they start in (1-12) and how many months they run. */
export interface SeasonMonths {
  readonly start: number;
  readonly months: number;
}

/** "November/May", "September-April": the months a range of months without a year runs. */
function monthsOf(r: RangeMatch): SeasonMonths | undefined {
  const s = r.spec;
  if (s.t !== 'range' || s.from.t !== 'month' || s.to.t !== 'month' || s.from.year.kind !== 'implied' || s.to.year.kind !== 'implied') return undefined;
  return { start: s.from.m, months: ((s.to.m - s.from.m + 12) % 12) + 1 };
}

/**
 * The period of season `spec` (a split year) on the months stated: twelve months from the start
 * month in its first year ("2024/25" from October is October 2024 to September 2025), or the
 * months written ("1986/87 (November/May)" is November 1986 to May 1987).
 */
export function seasonSpec(spec: PeriodSpec, season: SeasonMonths): PeriodSpec {
  if (spec.t !== 'years') return spec;
  const last = season.start + season.months - 2;
  return {
    t: 'range',
    from: { t: 'month', m: season.start, year: { kind: 'abs', y: spec.from } },
    to: { t: 'month', m: (last % 12) + 1, year: { kind: 'abs', y: spec.from + Math.floor(last / 12) } },
  };
}

/** The month (1-12) a period spec names, written without its year: a month, or a day of one. */
function endMonthOf(s: PeriodSpec): number | undefined {
  if (s.t === 'ending' && s.months === 12) return endMonthOf(s.end);
  return monthOf(s)?.m;
}

/** Verbs of a season's end written after it: "the 1986/87 sugar year ending September 30". */
const SEASON_END_VERBS: ReadonlySet<string> = new Set(['ending', 'ended', 'ends', 'end']);

/**
 * The month the text's seasons start in, when it states one for a season it names: "the 2024/25
 * season, which runs from October to September", "the 2025/26 season, which runs from June 1 to
 * May 31", "the 1986/87 crop (Oct-Sept)", "the 1987/88 crop year ending August", "1986/87
 * (July-June)". Every season of the text is then on those months.
 */
export function statedSeason(toks: Toks, matches: readonly RangeMatch[]): SeasonMonths | undefined {
  let end: number | undefined, split: number | undefined;
  for (const r of matches) {
    const after = seasonEnd(toks, r);
    if (after !== undefined) { end = after; split = r.next; continue; }
    if (r.spec.t === 'years' && r.spec.split) { end = undefined; split = r.next; continue; }
    // "1986/87 (July-June)", "the 1986/87 season (Oct-Sept)": twelve months in brackets right after.
    // (After a season's words, any months: "the 1986/87 crushing season (September-April)" is
    // September to April.)
    const twelve = twelveMonthsFrom(r);
    if (punctAt(toks, r.first - 1, '(') && ((twelve !== undefined && r.first - 1 === split) || r.first - 1 === end)) {
      if (twelve !== undefined) return { start: twelve, months: 12 };
      const span = monthsOf(r);
      if (span) return span;
    }
    if (end === undefined) continue;
    // "the 1987/88 crop year ending August", "the 1986/87 marketing year ending July 31": twelve
    // months to its end (read from "year"), or the end's month after "ending".
    if (r.first === end - 1 && r.spec.t === 'ending' && r.spec.months === 12 && isWordAt(toks, r.first, 'year')) {
      const m = endMonthOf(r.spec);
      if (m !== undefined) return { start: (m % 12) + 1, months: 12 };
    }
    let k = r.first - 1;
    if (isWordAt(toks, k, 'in', 'on')) k--;
    if (SEASON_END_VERBS.has(wordAt(toks, k) ?? '') && (k === end || (isWordAt(toks, k - 1, 'which', 'that') && (k - 1 === end || (punctAt(toks, k - 2, ',') && k - 2 === end))))) {
      const m = endMonthOf(r.spec);
      if (m !== undefined && (r.spec.t === 'month' || r.spec.t === 'day')) return { start: (m % 12) + 1, months: 12 };
    }
    if (twelve === undefined) continue;
    // ", which runs from October to September": the clause right after them.
    k = isWordAt(toks, r.first, 'from') ? r.first - 1 : isWordAt(toks, r.first - 1, 'from') ? r.first - 2 : r.first - 1;
    if (!SEASON_SPAN_VERBS.has(wordAt(toks, k) ?? '')) continue;
    k--;
    if (!isWordAt(toks, k, 'which', 'that')) continue;
    if (punctAt(toks, k - 1, ',')) k--;
    if (k === end) return { start: twelve, months: 12 };
  }
  return undefined;
}
