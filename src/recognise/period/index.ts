/**
 * Period recognisers: one file per phrase family, dispatched on the lower-case text of a
 * token (or on any number token), so each token tries only the rules it can start
 * (dispatch.ts). At each token the longest reading wins; then ranges are joined (range.ts),
 * parallel years read (parallel.ts), years shared by coordinated periods (coordination.ts),
 * and every period is resolved in text order, so anaphora ("the year-earlier period") sees
 * what came before. A game's quarters and halves (game.ts) and days of every year
 * (recurring.ts) are dropped; a stated fiscal year end sets the calendar (fiscal-statement.ts).
 *
 * Families: year.ts, quarter.ts, half.ts, fiscal.ts, months-ended.ts, month.ts, day.ts,
 * week.ts, relative.ts, anaphora.ts, range.ts, holiday.ts, calendar-seasons.ts.
 */
import type { Doc } from '../../document';
import { APRIL_FISCAL_CURRENCIES, INDIAN_UNIT_WORDS, BUDGET_BALANCE_WORDS, COMPARISON_BASE_WORDS, CONTRACT_MONTH_AFTER, COMPARISON_TARGET_WORDS, DELIVERY_BEFORE, FORECAST_NOUNS, FORECAST_PAST_BEFORE, FORECAST_VERBS, FUTURES_GOODS, GOODS_QUANTITY_NOUNS, GOODS_QUANTITY_REACH, PAST_SPAN_CUES, GOODS_MOVED_PLURALS, HALF_RESULT_WORDS, MEASURES_FROM, MONTH_MEASURES, PAST_MONTH_AFTER, JULY_FISCAL_CURRENCIES, PUBLIC_FINANCE_WORDS, RECORD_WORDS, RESULT_PAST_VERBS, SPLIT_YEAR_START, YEAR_BACK_CLAUSE_WORDS } from '../../lexicon/periods';
import { CHANGE_WORDS } from '../../lexicon/range-cues';
import { currencyContext } from '../../resolve/currency';
import { daysBetween, toISO, yearInterval, type YMD } from '../../resolve/period/calendar';
import { fiscalStartAfter, fiscalYearInterval } from '../../resolve/period/fiscal';
import { Antecedents, resolvePeriod, type Resolution, type ResolveContext } from '../../resolve/period/resolve';
import type { PeriodFigure, PeriodImplied } from '../../types';
import type { PeriodSpec } from '../../resolve/period/spec';
import { shareYears } from './coordination';
import { readPeriods } from './dispatch';
import { describesFiscalYear, pairedFiscalStart, quartersNamedFiscal, rollingYears, statedEndVerb, statedFiscalMonths, statesCalendarOnly, statedWeekGrid, statedWeekYears, statesFiscalYear } from './fiscal-statement';
import { isGamePart } from './game';
import { parallelYears } from './parallel';
import { weeksDatePart } from './part-weeks';
import { joinRanges, type RangeMatch } from './range';
import { isWordAt, punctAt, wordAt, wordIn, type Match, type Toks } from './read';
import { seasonEnd, seasonSpec, statedSeason } from './season';
import { tableHeadYears } from './table-head';
import { anchorsNearestWeekday, listedAfter, recursYearly, yearless } from './recurring';
import { statedWeekRule } from './fiscal-week-rule';
import { deadlineAhead, foreseenBefore, futureBefore, openedToCome } from './relative';

const toYMD = (d: Date | undefined): YMD | undefined => (d ? { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() } : undefined);

/**
 * The sixteen ways a period can be implied, each one frozen object that every figure with
 * that combination shares (index: year 1, fiscalYearStart 2, relative 4, anaphora 8).
 */
const IMPLIED: readonly PeriodImplied[] = Array.from({ length: 16 }, (_, k) => {
  const out: { -readonly [K in keyof PeriodImplied]: PeriodImplied[K] } = {};
  if (k & 1) out.year = true;
  if (k & 2) out.fiscalYearStart = true;
  if (k & 4) out.relative = true;
  if (k & 8) out.anaphora = true;
  return Object.freeze(out);
});

/** `im` with only its true flags, as a shared frozen object. */
const cleanImplied = (im: PeriodImplied): PeriodImplied =>
  IMPLIED[(im.year ? 1 : 0) | (im.fiscalYearStart ? 2 : 0) | (im.relative ? 4 : 0) | (im.anaphora ? 8 : 0)]!;

/**
 * Words between a percentage and the period it is measured against: "up 7% on the June quarter".
 * Not "over", which also writes a span: "growth of 1.1 pct over the first nine months".
 */
const PERCENT_BASE_WORDS: ReadonlySet<string> = new Set(['on', 'from', 'against', 'versus', 'vs']);
/** Words of a percentage's unit, written after its number. */
const PERCENT_UNIT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'pc', 'cent']);

/** Whether a percentage ("7%", "7 per cent", "7 pct") ends right before token `k`. */
function afterPercent(toks: Toks, k: number): boolean {
  const u = toks[k - 1];
  if (!u) return false;
  if (u.kind === 'word' ? !PERCENT_UNIT_WORDS.has(u.lower) : u.text !== '%') return false;
  return toks[k - 2]?.kind === 'number' || (u.lower === 'cent' && isWordAt(toks, k - 2, 'per') && toks[k - 3]?.kind === 'number');
}

/**
 * A possessive year before a word that is no measure of results dates a thing, not results
 * ("as last year's tariff increases fed through"): no antecedent of "a year earlier" after it.
 * ("last year's sales", "2024's profit" stay results.)
 */
function datesAThing(toks: Toks, m: Match): boolean {
  // (Years only: a month's or a day's possessive is its measure, "December's total", "January's level".)
  if (m.spec.t !== 'year' && !(m.spec.t === 'rel' && (m.spec.unit === 'year' || m.spec.unit === 'fiscal-year'))) return false;
  const apostrophe = toks[m.next];
  if (!apostrophe || apostrophe.space || apostrophe.kind !== 'punct' || (apostrophe.text !== "'" && apostrophe.text !== '\u2019')) return false;
  if (!isWordAt(toks, m.next + 1, 's') || toks[m.next + 1]!.space) return false;
  const w = wordAt(toks, m.next + 2);
  return w !== undefined && !HALF_RESULT_WORDS.has(w) && !MONTH_MEASURES.has(w) && toks[m.next + 2]!.kind === 'word';
}

/**
 * "… bring it down sharply from next month", "starting next year": a coming period after "from"
 * or "starting" with no end after it is when something begins, not a period figures were
 * reported for, so no antecedent ("… compared with 3.18% the previous month" is the month
 * before the one reported).
 */
function startsAhead(toks: Toks, m: Match): boolean {
  return m.spec.t === 'rel' && m.spec.offset > 0 && isWordAt(toks, m.first - 1, 'from', 'starting', 'beginning')
    && !isWordAt(toks, m.next, 'to', 'until', 'through', 'till');
}

/**
 * Whether the period at `first` is the base of a comparison: "… compared with RMB1.3 billion in
 * the first quarter", "up from $4bn in the fourth quarter". Read back over the figure, a few
 * tokens, to a comparison word in the same clause.
 */
function isComparisonBase(toks: Toks, m: Match): boolean {
  // "(Q2'25: SEK 12,050m)", "(9M24: S$5.41bn)": a period opening a bracket before a colon labels
  // the comparative figure of an aside.
  if (punctAt(toks, m.first - 1, '(') && punctAt(toks, m.next, ':')) return true;
  let k = m.first - 1;
  if (isWordAt(toks, k, 'the')) k--;
  // "the highest since October 2021", "its lowest level in nine years, since May 2016": the
  // period only dates a record.
  // ("the first growth since June 1986, when they rose 4.4 pct": the period is talked about again.)
  if (isWordAt(toks, k, 'since')) {
    if (isWordAt(toks, punctAt(toks, m.next, ',') ? m.next + 1 : m.next, 'when')) return false;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (toks[j]!.kind === 'word' && RECORD_WORDS.has(toks[j]!.lower)) return true;
    return false;
  }
  // "a dividend of 1.7p, unchanged from last year", "flat on the first half": the period a level is held against.
  if (isWordAt(toks, k, 'from', 'on') && isWordAt(toks, k - 1, 'unchanged', 'flat', 'steady', 'stable')) return true;
  // "up 7 per cent on the June quarter", "down 6% from the second quarter": a percentage, then
  // the period it is measured against.
  // ("down 0.5 pct from December, when it rose 3.6 pct": the period is talked about again.)
  // ("$27.9 million, or 9.6%, from the third quarter of 2024": a comma may close the percentage.)
  if (PERCENT_BASE_WORDS.has(wordAt(toks, k) ?? '')) return (afterPercent(toks, k) || (punctAt(toks, k - 1, ',') && afterPercent(toks, k - 1))) && !isWordAt(toks, punctAt(toks, m.next, ',') ? m.next + 1 : m.next, 'when');
  // "3% more than in the second quarter of 2024", "higher than the first half": the period a
  // comparative is measured against.
  if (isWordAt(toks, k, 'than') || (isWordAt(toks, k, 'in', 'during') && isWordAt(toks, k - 1, 'than'))) return true;
  // "rose to £148bn at June 30 from £141bn at the end of December": a balance's base day,
  // read back past "the end of" to its "at".
  if (isWordAt(toks, k, 'of') && isWordAt(toks, k - 1, 'end')) k -= isWordAt(toks, k - 2, 'the') ? 3 : 2;
  if (!isWordAt(toks, k, 'in', 'for', 'during', 'at')) return false;
  // "from 283 mln in the first quarter a year ago": the anaphor right after reads this period.
  if (isWordAt(toks, m.next, 'a', 'the') && isWordAt(toks, m.next + 1, 'year')) return false;
  let number = false;
  /** A word of change between "from" and the figure: "from" then opened the measure's name. */
  let changed = false;
  // Back over the figure, and over a list of bases ("against 70 in February and 98 in March 1986"),
  // to the comparison word; a target ("to 161,266 in May") or the clause's end stops.
  // ("Revenue from Azure grew 39% in the quarter": "from" there names the measure, and the
  // verb after it says the period is the figure's own, not a base.)
  for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
    const t = toks[j]!;
    if (t.kind === 'number') { number = true; changed = false; }
    else if (t.kind === 'punct' && (t.text === ';' || (t.text === '.' && toks[j + 1]!.space))) return false;
    else if (t.kind === 'word') {
      if (number && CHANGE_WORDS.has(t.lower)) changed = true;
      // ("revenue from operations of ₹9,870 crore in the year ended March 31": after a measure,
      // "from" names where it comes from.)
      if (t.lower === 'from' && wordIn(toks, j - 1, MEASURES_FROM)) return false;
      if (COMPARISON_BASE_WORDS.has(t.lower)) return t.lower !== 'from' || (number && !changed);
      // ("compared to $381.2 million for the three months ended September 30, 2024": "to" after
      // "compared" opens the base, not a target.)
      if (t.lower === 'to' && isWordAt(toks, j - 1, 'compared', 'compares', 'compare')) return true;
      if (COMPARISON_TARGET_WORDS.has(t.lower)) return false;
    }
  }
  return false;
}

/** A year in digits in a period's text ("the first three months of 2024", "Q1 '24"), a bounded test. */
const YEAR_DIGITS = /\d{4}|'\d\d\b/;
/** How far after a bare quarter ("fourth-quarter") the months it ended may be stated, in tokens: the next sentence or two. */
const QUARTER_REACH = 80;
/** How long before the reference date the quarter just reported may have ended, in days. */
const QUARTER_RECENT_DAYS = 100;


/**
 * "the three months ended Oct. 31", "the 13 weeks ended Nov. 1": a quarter with its end day
 * written out (not "the three-month period ended in March", an industry's calendar quarter).
 */
const isQuarterEnding = (m: RangeMatch): boolean =>
  m.spec.t === 'ending' && m.spec.end.t === 'day' && m.spec.yearEndsAfter === undefined && m.spec.endsBefore === undefined && (m.spec.months === 3 || m.spec.days === 91 || m.spec.days === 98);

/** "the six months to Dec. 28", "the 26 weeks ended June 29": a half with its end day written out. */
const isHalfEnding = (m: RangeMatch): boolean =>
  m.spec.t === 'ending' && m.spec.end.t === 'day' && m.spec.yearEndsAfter === undefined && m.spec.endsBefore === undefined && (m.spec.months === 6 || m.spec.days === 182);

/** How far before a statement of a year's end its fiscal label may be, in tokens: the sentence before, a long one of guidance ranges included. */
const LABEL_REACH = 80;

/** How far back a word of the future may be before a period without its year ("is expected to close by the end of the second quarter"). */
const AHEAD_REACH = 8;

/**
 * Whether `m` is a day, month, quarter or half written without its year (alone or as the ends
 * of a range) that its clause tells as still to come ("Trading is expected to begin on July 16",
 * "a tender offer expiring on May 26"), or its sentence further back ("said it would pay an
 * interim dividend of €5.50 a share in December", "payable Dec. 12", "a 75% probability of a cut
 * in March"): the coming one, not the latest one started, unless that one just ended.
 */
function toCome(toks: Toks, m: RangeMatch): boolean {
  // ("will stay below a December forecast", "the February budget": a month naming what has been;
  // not "will announce its March decision".)
  if (!isYearless(m, toks) || (isWordAt(toks, m.first - 1, 'a', 'an', 'the') && wordIn(toks, m.next, PAST_MONTH_AFTER))) return false;
  return futureBefore(toks, m.first, AHEAD_REACH) || deadlineAhead(toks, m.first) || foreseenBefore(toks, m.first) || openedToCome(toks, m.first, m.next);
}

/**
 * "raised its operating profit forecast for the fiscal year through March", "guidance for the
 * year to June", "Kansai Air forecast net profit of 90 billion yen for the year to March": a
 * span of months to a month or day written without its year, after "for" and a forecast's noun
 * or verb (right before "for", or opening the clause the figure's object follows), is the one
 * still running or to come, as after "expects" (not the latest that has ended: a forecast is not
 * made for a year whose results are out).
 */
function forecastFor(toks: Toks, m: RangeMatch): boolean {
  const s = m.spec;
  if (s.t !== 'ending' || s.yearEndsAfter !== undefined || s.endsBefore !== undefined || endedWithin(toks, m)) return false;
  if ((s.end.t !== 'day' && s.end.t !== 'month') || s.end.year.kind !== 'implied') return false;
  const k = isWordAt(toks, m.first - 1, 'the', 'its', 'their') ? m.first - 2 : m.first - 1;
  return isWordAt(toks, k, 'for') && (wordIn(toks, k - 1, FORECAST_NOUNS) || forecastVerbBefore(toks, k));
}

/** How far back from "for" a verb of forecasting may open its clause: "forecast net profit of 90 billion yen for". */
const FORECAST_VERB_REACH = 12;

/**
 * A verb of forecasting ("forecast", "projects", "sees") before token `k`, with only its object
 * between (words, amounts; no comma, no past tense that tells what happened, no "had" before
 * it: "had forecast profit of … for the year to March" was the forecast of a year now ended).
 */
function forecastVerbBefore(toks: Toks, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - FORECAST_VERB_REACH; j--) {
    const t = toks[j]!;
    if (t.newline) return false;
    if (t.kind === 'punct') { if (t.text === '-' || t.text === '(' || t.text === ')' || t.text === '$') continue; return false; }
    if (t.kind !== 'word') continue;
    if (FORECAST_VERBS.has(t.lower)) return !wordIn(toks, j - 1, FORECAST_PAST_BEFORE);
    if (RESULT_PAST_VERBS.has(t.lower)) return false;
  }
  return false;
}

/**
 * "trimmed their third-quarter Brent forecast to $84", "its second-half outlook": a quarter or
 * half without its year naming a forecast's noun, right after it or past one word of what is
 * forecast, is the one still running or to come (a quarter just ended keeps its results still to
 * come by latestStands). Not "third-quarter profit beat forecasts": a verb stands between.
 */
function forecastOf(toks: Toks, m: RangeMatch): boolean {
  if ((m.spec.t !== 'quarter' && m.spec.t !== 'half') || !isYearless(m, toks)) return false;
  if (wordIn(toks, m.next, FORECAST_NOUNS)) return true;
  const between = wordAt(toks, m.next);
  return between !== undefined && !between.endsWith('ed') && !PAST_SPAN_CUES.has(between) && wordIn(toks, m.next + 1, FORECAST_NOUNS);
}

/** "the year-ago first quarter", "the prior first half": a part named a year before the one written alone (anaphora.ts). */
const namedYearBack = (s: PeriodSpec): boolean => (s.t === 'quarter' || s.t === 'half') && s.year.kind === 'implied' && s.year.back !== undefined;

/**
 * "Brent for November delivery", "the September contract", "for shipment May 1-10", "for
 * delivery in April", "for March 15/April 15 shipment": a futures month, or goods to be moved
 * then, always the coming one.
 */
const isContractMonth = (toks: Toks, m: RangeMatch): boolean => {
  // (A plural of goods moved after a month a company owns counts what it moved: "Lumora's
  // December deliveries rose", "its December shipments", written in January, are last December's.)
  const owned = wordIn(toks, m.next, GOODS_MOVED_PLURALS) && ownerBefore(toks, m.first);
  // ("the May/June contract": a pair of months, as a spread or a shipment window writes them.)
  const month = m.spec.t === 'range' ? m.spec.from : m.spec;
  if (month.t === 'month' && month.year.kind === 'implied' && wordIn(toks, m.next, CONTRACT_MONTH_AFTER) && !owned) return true;
  // ("Brent crude for March traded at $77.80": a good quoted for a month is its futures month.)
  if (month.t === 'month' && m.spec.t === 'month' && month.year.kind === 'implied' && isWordAt(toks, m.first - 1, 'for') && quotedGood(toks, m.first - 2)) return true;
  if (!isYearless(m, toks)) return false;
  // ("for March 15/April 15 shipment": days of a cargo's window.)
  if (wordIn(toks, m.next, DELIVERY_BEFORE) && !owned) return true;
  const k = isWordAt(toks, m.first - 1, 'in', 'during') ? m.first - 2 : m.first - 1;
  return wordIn(toks, k, DELIVERY_BEFORE);
};

/**
 * Token `k` is a good quoted by futures month (FUTURES_GOODS) with no word of its quantity in
 * the few words before it: "Brent crude for March", not "imports of crude oil for December".
 */
function quotedGood(toks: Toks, k: number): boolean {
  if (!wordIn(toks, k, FUTURES_GOODS)) return false;
  for (let j = k - 1; j >= 0 && j >= k - GOODS_QUANTITY_REACH; j--) {
    // (A stop ends the search at a sentence's end, before a capital, not inside "U.S. crude".)
    if (toks[j]!.kind === 'punct' && ((toks[j]!.text !== '.' && toks[j]!.text !== '-') || (toks[j + 1]?.space && toks[j + 1]!.text !== toks[j + 1]!.lower))) return true;
    if (wordIn(toks, j, GOODS_QUANTITY_NOUNS)) return false;
  }
  return true;
}

/** A possessive right before token `k`: "Lumora's", "its", "their" (not "her", also an object). */
const ownerBefore = (toks: Toks, k: number): boolean =>
  isWordAt(toks, k - 1, 'its', 'their', 'our', 'his') || (isWordAt(toks, k - 1, 's') && punctAt(toks, k - 2, "'", '’'));

/** "ended" is one of the words of `m`: "the year ended January 31". */
const endedWithin = (toks: Toks, m: RangeMatch): boolean => {
  for (let k = m.first; k < m.next; k++) if (isWordAt(toks, k, 'ended')) return true;
  return false;
};

/** A day, month, quarter or half written without its year (alone or as the ends of a range), and no word picking one ("next", "last"). */
function isYearless(m: RangeMatch, toks: Toks): boolean {
  // ("profit for the year to March 1", "sales in the six months to June 30": a period given by its
  // length and a yearless end is as yearless as that end.)
  // (Not one "ended": "its report on the year ended January 31" is the latest.)
  const whole = m.spec.t === 'range' ? m.spec.from : m.spec.t === 'ending' && !m.spec.fiscal && m.spec.yearEndsAfter === undefined && m.spec.endsBefore === undefined && !endedWithin(toks, m) ? m.spec.end : m.spec;
  // ("in the second half of July", "on the third Monday of March": days of a year-less month.)
  const s = whole.t === 'nth-day' || whole.t === 'nth-weekday' ? whole.of : whole;
  if (s.t !== 'day' && s.t !== 'month' && s.t !== 'quarter' && s.t !== 'half' && s.t !== 'holiday') return false;
  return s.year.kind === 'implied' && !('pick' in s && s.pick !== undefined);
}

/**
 * How long before the reference date the latest quarter may have ended and still be the one a
 * sentence of the future speaks of, in days: "expects to report a loss for the fourth quarter"
 * written in February is the quarter just ended, its results still to come. (Not a half, a
 * month or a day: "will show an upturn in the second half", "will retire on December 31".)
 */
const RESULTS_PENDING_DAYS = 80;

/**
 * The latest reading is still the one meant: it is under way ("will close in the first quarter"
 * written in March, "from June 26 to May 8"), or it is a quarter whose results are still to come.
 */
const latestStands = (m: RangeMatch, latest: Resolution, ref: YMD | undefined): boolean => {
  if (!ref || !latest.iv) return false;
  const ago = daysBetween(latest.iv.end, ref);
  return ago < 0 || (m.spec.t === 'quarter' && ago <= RESULTS_PENDING_DAYS);
};

/** How many tokens before a year a word of public finance may be. */
const PUBLIC_REACH = 10;

/**
 * A word of `words` within {@link PUBLIC_REACH} tokens before token `first`, in its sentence,
 * written in lower case: "Federal Realty" and "Budget Rent a Car" are companies.
 */
function publicWordBefore(toks: Toks, first: number, words: ReadonlySet<string>): boolean {
  for (let k = first - 1; k >= 0 && k >= first - PUBLIC_REACH; k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';') && toks[k + 1]?.space) return false;
    if (t.kind === 'word' && t.text === t.lower && words.has(t.lower)) return true;
  }
  return false;
}

/**
 * "a cash deficit of A$37.8 billion for 2025-26", "the 1987/88 budget": a split year with a word
 * of a government's balance before it in its sentence (or "budget" right after) is that fiscal
 * year, on the calendar the text's country keeps; read as "the 2025-26 financial year" is.
 * ("a budget of $50 million for the 2025-26 season": a season stays both calendar years.)
 */
function budgetYear(toks: Toks, m: Match): PeriodSpec | undefined {
  const s = m.spec;
  if (s.t !== 'years' || !s.split || isWordAt(toks, m.next, 'season', 'seasons', 'crop', 'campaign')) return undefined;
  const found = isWordAt(toks, m.next, 'budget') || publicWordBefore(toks, m.first, BUDGET_BALANCE_WORDS);
  return found ? { t: 'year', year: { kind: 'abs', y: s.to, split: true }, fiscal: true } : undefined;
}

/** Words of a farm or trade season, whose split years run on their own months. */
const SEASON_WORDS: ReadonlySet<string> = new Set(['season', 'seasons', 'crop', 'crops', 'harvest', 'kharif', 'rabi', 'campaign']);

/**
 * "its inflation projection for 2025-26" in a text about India (fiscal labels assumed on April,
 * `aprilText`): the press there writes its fiscal year so, and a split year is that fiscal year.
 * Not in a text of seasons ("sugar output in the 1986/87 season (October/September) … the same
 * 1985/86 period"), whose split years run on the season's months.
 */
function aprilSplitYear(toks: Toks, m: Match, aprilText: () => boolean): PeriodSpec | undefined {
  const s = m.spec;
  // (Not one that "fiscal year" and its bound follow, "the 2026/27 fiscal year ending April 3,
  // 2027": the resolver reads it on the calendar the bound states.)
  if (s.t !== 'years' || !s.split || isWordAt(toks, m.next, 'fiscal', 'financial') || !aprilText()) return undefined;
  return { t: 'year', year: { kind: 'abs', y: s.to, split: true }, fiscal: true };
}

/**
 * Whether the text writes its split years as fiscal years: about India, or one of them written
 * as a fiscal year ("the 2025/26 fiscal year, which starts on April 1 … a deficit of 4.8% of GDP
 * in 2025/26 … to 16% in 2026/27": each is that fiscal year, not two calendar years); and it
 * names no season.
 */
function aprilSplitText(doc: Doc, matches: readonly RangeMatch[]): boolean {
  if (doc.options.fiscalYearStartGiven) return false;
  if (assumedFiscalStart(doc) !== 4 && !matches.some((m) => writtenFiscalSplit(doc.tokens, m))) return false;
  for (const t of doc.tokens) if (t.kind === 'word' && SEASON_WORDS.has(t.lower)) return false;
  return true;
}

/** "the 2025/26 fiscal year", "fiscal 1986/87", "the 2025-26 financial year starting April 1": a split year named fiscal. */
function writtenFiscalSplit(toks: Toks, m: RangeMatch): boolean {
  const s = m.spec;
  if (s.t === 'year') return s.fiscal === true && s.year.kind === 'abs' && s.year.split === true;
  return s.t === 'years' && s.split === true && isWordAt(toks, m.next, 'fiscal', 'financial') && isWordAt(toks, m.next + 1, 'year');
}

/** "The federal deficit for the fiscal year ending March 31": a government's fiscal year, not a company's calendar. */
const isPublicYear = (toks: Toks, m: Match): boolean => publicWordBefore(toks, m.first, PUBLIC_FINANCE_WORDS);

/**
 * The month a fiscal year written across two years starts in, for this text: July when the
 * country the text names most (its place and nationality cues) keeps a July-to-June year
 * ("SYDNEY … the 2025-26 financial year"), else April.
 */
function splitYearStartOf(doc: Doc): number {
  const best = leadingCurrency(doc);
  return best !== undefined && JULY_FISCAL_CURRENCIES.has(best) ? 7 : SPLIT_YEAR_START;
}

/**
 * The currency of the country the text names most (its place and nationality cues), when one
 * leads; with no place named at all, the rupee of a text that writes "₹" or counts in crore and
 * lakh ("Vardhan Industries Q4 net profit at ₹19,407 crore; FY25 revenue …"), as the Indian
 * press does.
 */
function leadingCurrency(doc: Doc): string | undefined {
  let best: string | undefined, most = 0, tie = false;
  const cues = currencyContext(doc).cues;
  for (const [code, n] of cues) {
    if (n > most) { best = code; most = n; tie = false; } else if (n === most) tie = true;
  }
  if (cues.size === 0) return (doc.memo.indianUnits ??= writesIndianUnits(doc)) ? 'INR' : undefined;
  return tie ? undefined : best;
}

/** Whether the text writes the rupee sign or an Indian scale word ("₹2.64 lakh crore", "Rs 4,320 crore"). */
function writesIndianUnits(doc: Doc): boolean {
  const toks = doc.tokens;
  for (const i of doc.marked) {
    const t = toks[i]!;
    if (t.kind === 'number') continue;
    if (t.kind === 'symbol' ? t.text === '₹' : t.kind === 'word' && INDIAN_UNIT_WORDS.has(t.lower)) return true;
  }
  return false;
}

/**
 * The fiscal calendar fiscal labels are read on before the text states one: the caller's, else
 * April when the text is about a country whose fiscal year runs April to March ("MUMBAI … the
 * April-June quarter of FY27": FY27 is April 2026 to March 2027), July when it runs July to June
 * ("SYDNEY … the 2026 financial year" is July 2025 to June 2026), else the calendar year.
 */
function assumedFiscalStart(doc: Doc): number {
  if (doc.options.fiscalYearStartGiven) return doc.options.fiscalYearStart;
  const best = leadingCurrency(doc);
  return best === undefined ? doc.options.fiscalYearStart : APRIL_FISCAL_CURRENCIES.has(best) ? 4 : JULY_FISCAL_CURRENCIES.has(best) ? 7 : doc.options.fiscalYearStart;
}

/** How many tokens after "a year earlier" the period of its clause may start (`yearBackBefore`). */
const YEAR_BACK_AHEAD_REACH = 14;
/** Periods of results that "a year earlier" can move back from: a month, quarter, half, year or run of months. */
const YEAR_BACK_NAMED: ReadonlySet<PeriodSpec['t']> = new Set(['month', 'quarter', 'half', 'year', 'first', 'ending']);

/**
 * "fell 12.4% from a year earlier to 21.6 billion yuan ($3.03 billion) in October", "rose 5%
 * from a year ago in the first quarter": an adverb "a year earlier" with no unit of time before it
 * in its sentence, and the period its clause is for written after it (after "in", "for",
 * "during"), with no comma or sentence end between. Not "… a year earlier, the company said
 * in March" (another clause) nor a day or weekday after it.
 */
function yearBackBefore(toks: Toks, m: RangeMatch, ahead: RangeMatch): boolean {
  const spec = m.spec;
  // (`done`: no period named before it in its sentence. "February sales rose 13.1 pct from a year
  // ago and … in the four-week period ended Feb 28" moves February back.)
  if (spec.t !== 'anaphora' || m.rule !== 'period.anaphora.year-earlier' || spec.months !== -12 || !spec.done || spec.want !== undefined || spec.upTo !== undefined || spec.span || spec.wholeYear || spec.inYear !== undefined) return false;
  if (!YEAR_BACK_NAMED.has(ahead.spec.t) || ahead.first - m.next > YEAR_BACK_AHEAD_REACH || ahead.first <= m.next) return false;
  for (let k = m.next; k < ahead.first; k++) {
    const t = toks[k]!;
    if (t.newline || (t.kind === 'punct' && t.text !== '(' && t.text !== ')' && t.text !== '$')) return false;
    // ("from a 185 mln deficit a year earlier and a 225 mln deficit in January": another figure's period.)
    if (t.kind === 'word' && YEAR_BACK_CLAUSE_WORDS.has(t.lower)) return false;
  }
  const k = isWordAt(toks, ahead.first - 1, 'the') ? ahead.first - 2 : ahead.first - 1;
  return isWordAt(toks, k, 'in', 'for', 'during') && !isComparisonBase(toks, ahead);
}

/** Finds every period in the document, in text order, non-overlapping. Never throws. */
export function recognisePeriods(doc: Doc): PeriodFigure[] {
  try {
    return run(doc);
  } catch {
    return [];
  }
}

function run(doc: Doc): PeriodFigure[] {
  const toks = doc.tokens;
  const matches = shareYears(toks, parallelYears(toks, tableHeadYears(toks, joinRanges(toks, readPeriods(toks, doc.marked)))));
  const first = emitAll(doc, matches);
  // "forecast a rise for the current fiscal year … the year to March 2025": the first stated year
  // end also gives its calendar to the fiscal periods before it. They, and the anaphora that
  // took them as antecedents ("the same quarter last year"), are read again on that calendar.
  return first.restart === undefined ? first.figures : emitAll(doc, matches, first.restart, first.restartShift, first.restartStated).figures;
}

/**
 * Resolves the matches in text order. `preset`: the fiscal year start a later statement gave
 * (a second pass). Returns the figures, and the start to read them again on when the first
 * statement came after periods that assumed a calendar.
 */
function emitAll(doc: Doc, matches: readonly RangeMatch[], preset?: number, presetShift?: number, presetStated = false): { figures: PeriodFigure[]; restart?: number; restartShift?: number; restartStated?: boolean } {
  const toks = doc.tokens;
  const ref = toYMD(doc.options.referenceDate);
  const antecedents = new Antecedents([], ref);
  // Mutable here only: a stated fiscal year end (below) updates the calendar in place.
  const ctx: { -readonly [K in keyof ResolveContext]: ResolveContext[K] } = {
    ref,
    fiscalYearStart: preset ?? assumedFiscalStart(doc),
    fiscalGiven: preset !== undefined || doc.options.fiscalYearStartGiven,
    fiscalStated: presetStated,
    fiscalQuarters: doc.options.fiscalYearStartGiven,
    antecedents,
    splitYearStart: () => splitYearStartOf(doc),
    ...(presetShift ? { fiscalLabelShift: presetShift } : {}),
  };
  const rolling = doc.options.fiscalYearStartGiven ? undefined : rollingYears(toks, matches);
  // "Fiscal 2024 was a 52-week year ended September 28, 2024": every "fiscal 2024" is those weeks.
  const weekYears = doc.options.fiscalYearStartGiven ? undefined : statedWeekYears(toks, matches, ctx);
  if (weekYears) ctx.weekYears = weekYears;
  const weekGrid = doc.options.fiscalYearStartGiven ? undefined : statedWeekGrid(matches, ctx);
  if (weekGrid) ctx.weekGrid = weekGrid;
  // "the 2024/25 season, which runs from October to September": the months of the text's seasons.
  const seasonMonths = statedSeason(toks, matches);
  // "Q2 … the July-September quarter" on an Indian text's assumed April year: its quarters are fiscal.
  if (preset === undefined && !doc.options.fiscalYearStartGiven && ctx.fiscalYearStart !== 1 && quartersNamedFiscal(matches, ctx.fiscalYearStart)) ctx.fiscalStated = true;
  const figures: PeriodFigure[] = [];
  let aprilSplit: boolean | undefined;
  const aprilText = (): boolean => (aprilSplit ??= aprilSplitText(doc, matches));
  type Fig = { -readonly [K in keyof PeriodFigure]: PeriodFigure[K] };
  let stated = preset !== undefined;
  // "its fiscal year ends on the Sunday closest to October 31": every fiscal year on those weeks.
  const weekRule = doc.options.fiscalYearStartGiven ? undefined : statedWeekRule(toks, matches, ref);
  if (weekRule) {
    ctx.fiscalYearStart = weekRule.start;
    ctx.fiscalGiven = ctx.fiscalStated = stated = true;
    ctx.weekYears = new Map([...weekRule.years, ...(weekYears ?? [])]);
    ctx.weekGrid = [...(weekGrid ?? []), ...weekRule.ends];
  }
  let assumed = false;
  // A bare quarter or half before any statement ("fourth-quarter profit … the fiscal fourth
  // quarter ended Jan. 31, 2026"): read again when the statement moves the calendar.
  let bareParts = false;
  let restart: number | undefined;
  let restartShift: number | undefined;
  let restartStated = false;
  // The latest fiscal year written by its number ("fiscal 2025"), for a statement of its end after it.
  let fiscalLabel: { readonly y: number; readonly first: number } | undefined;
  // The first quarter named by its number alone ("fourth-quarter profit"), for the months after it.
  let bareQuarter: { readonly q: number; readonly first: number } | undefined;
  // The first half named by its number alone ("first-half profit"), likewise.
  let bareHalf: { readonly h: number; readonly first: number } | undefined;
  // The first half-year named by its end day and just ended ("for the half year to December 31"), for a bare half after it.
  let endedHalf: { readonly end: YMD; readonly first: number } | undefined;
  let lastAnaphor = -1;
  // ("the full year to 31 March" reads them too: the year that holds the part named before it.)
  for (const m of matches) if (m.spec.t === 'anaphora' || (m.spec.t === 'ending' && m.spec.holdsLatest)) lastAnaphor = m.first;
  /**
   * A calendar stated here: the periods after it use it; the first one also those before it.
   * `end`: the day a stated year or quarter ended. One that ended more than 15 months before
   * the reference date ("following its fiscal year ended March 31, 1985, it changed to a
   * calendar year") is history: the bare quarters around it keep the calendar's.
   */
  const state = (start: number, end?: YMD, publicYear = false, quarter = false): void => {
    ctx.fiscalYearStart = start;
    ctx.fiscalGiven = true;
    if (quarter) ctx.fiscalQuarters = true;
    // (Nor does a government's year: "the federal deficit for the fiscal year ending March 31"
    // dates a budget, and the GDP of "the first quarter" is the calendar's.)
    const recent = !publicYear && (!ref || !end || (end.y * 12 + end.m) >= (ref.y * 12 + ref.m) - 15);
    ctx.fiscalStated = recent;
    if (!stated && (assumed || (bareParts && recent && start !== 1))) { restart = start; restartStated = recent; }
    stated = true;
  };
  const emit = (m: RangeMatch, ahead?: RangeMatch): void => {
    // A season's split year is on the season's months, if stated, else both calendar years,
    // whatever fiscal calendar the text gives its companies.
    // (Twelve months read as a fiscal year, so "the previous season" finds it as a year.)
    const season = seasonEnd(toks, m) !== undefined;
    const spec = season ? seasonMonths && seasonMonths.months !== 12 ? seasonSpec(m.spec, seasonMonths) : m.spec : budgetYear(toks, m) ?? aprilSplitYear(toks, m, aprilText) ?? m.spec;
    let r = season ? resolvePeriod(spec, { ...ctx, fiscalGiven: seasonMonths !== undefined, fiscalYearStart: seasonMonths?.start ?? 1 }) : resolvePeriod(spec, ctx);
    // "sales fell 12% from a year earlier to 21.6 billion yuan in October": the period the clause
    // names right after the anaphor is what it moves back from, not the latest one before it.
    if (ahead && yearBackBefore(toks, m, ahead)) {
      const named = resolvePeriod(ahead.spec, ctx);
      if (named.iv) r = resolvePeriod(spec, { ...ctx, antecedents: new Antecedents([{ iv: named.iv, granularity: named.granularity }], ref) });
    }
    // (latestStands first: it is a date comparison, the other two walk the words before.)
    if (!latestStands(m, r, ref) && (isContractMonth(toks, m) || toCome(toks, m) || forecastFor(toks, m) || forecastOf(toks, m))) r = resolvePeriod(spec, { ...ctx, ahead: true });
    if (r.unresolved && r.unresolved !== 'needs referenceDate') {
      // An impossible range ("May 30 - 2"): keep its parts; an impossible date: drop it.
      if (m.parts) for (const p of m.parts) emit(p);
      return;
    }
    const start = toks[m.first]!.start, end = toks[m.next - 1]!.end;
    const fig: Fig = {
      kind: 'period',
      span: { start, end },
      text: doc.text.slice(start, end),
      rule: m.rule,
      granularity: r.granularity,
      implied: cleanImplied(r.implied),
    };
    if (r.iv) {
      if (m.spec.t === 'year' && m.spec.fiscal && m.spec.year.kind === 'abs' && !m.spec.year.split) fiscalLabel = { y: m.spec.year.y, first: m.first };
      fig.start = toISO(r.iv.start);
      fig.end = toISO(r.iv.end);
      // "H2FY27 (October-March)": a fiscal part and its months, one in parentheses after the other.
      const paired = previous && !doc.options.fiscalYearStartGiven ? pairedFiscalStart(toks, previous, m) : undefined;
      if (paired !== undefined) {
        if (r.implied.fiscalYearStart) assumed = true;
        state(paired);
      }
      // "an April-to-March financial year": the calendar stated outright, no period.
      const months = doc.options.fiscalYearStartGiven ? undefined : statedFiscalMonths(toks, m);
      if (months !== undefined) {
        state(months);
        // (Twelve months in brackets after a year are a period, the year's; written alone, none.)
        if (!punctAt(toks, m.first - 1, '(')) return;
      }
      // Months in brackets that restate a fiscal label ("H2FY27 (October-March)", "fiscal 2026-27
      // (April-March)") take the label's period, not the months' own year. (After a split year,
      // "1986/87 (Oct-Sept)", the months are the season and keep their own reading.)
      const label = figures[figures.length - 1];
      if ((paired !== undefined || months !== undefined) && m.spec.t === 'range' && label?.start && label.rule.startsWith('period.fiscal')
        && !!previous && label.span.end === toks[previous.next - 1]!.end && punctAt(toks, m.first - 1, '(')) {
        fig.start = label.start;
        fig.end = label.end;
        fig.granularity = label.granularity;
        fig.implied = label.implied;
      } else if (months !== undefined && label?.rule === 'period.year.split' && !!previous && previous.spec.t === 'years'
        && label.span.end === toks[previous.next - 1]!.end && punctAt(toks, m.first - 1, '(')) {
        // "1987/88 (Oct-Sept)": the months in brackets say which twelve months the split year is,
        // starting in its first year (whatever year the months alone would take).
        const iv = fiscalYearInterval(previous.spec.to, months);
        fig.start = toISO(iv.start);
        fig.end = toISO(iv.end);
        figures[figures.length - 1] = { ...label, start: fig.start, end: fig.end, granularity: 'fiscal-year' };
      }
      // "the third quarter, the 13 weeks to 30 November", "first-half profit … for the 27 weeks
      // ended 5 January": the part named just before is those days.
      if (previous && label?.start && label.span.end === toks[previous.next - 1]!.end && weeksDatePart(toks, previous, m, ref && daysBetween(r.iv.end, ref)) && !isComparisonBase(toks, m)) {
        figures[figures.length - 1] = { ...label, start: fig.start, end: fig.end };
      }
      // "results for the year ended June 30 … revenue in fiscal 2023": a year's stated end
      // gives the text's fiscal calendar to the periods after it, unless the caller set one.
      // The latest statement wins: a text about two companies moves from one calendar to the next.
      const verb = statedEndVerb(toks, m);
      if (!doc.options.fiscalYearStartGiven && statesFiscalYear(m, verb, rolling)) {
        const after = m.spec.t === 'ending' ? m.spec.yearEndsAfter ?? 0 : 0;
        const start = ((fiscalStartAfter(r.iv.end) - 1 + after) % 12) + 1;
        // ("the second quarter ended June 30": a quarter of the calendar year states no calendar.)
        if (start !== 1 || m.spec.t !== 'ending' || m.spec.fiscal) state(start, r.iv.end, isPublicYear(toks, m), r.granularity === 'quarter');
        // "fiscal 2025 ended January 31, 2026": the number names the year by its start.
        if (m.spec.t === 'ending' && m.spec.label !== undefined) {
          // (A quarter's or half's end is `after` months before its year's: "the fourth quarter
          // of fiscal 2025, which ended January 31, 2026" and "the third quarter of fiscal 2026
          // ended November 1, 2026" both name a year ending in the year after its number.)
          const yearEnd = r.iv.end.y + Math.floor((r.iv.end.m - 1 + after) / 12);
          ctx.fiscalLabelShift = yearEnd === m.spec.label + 1 ? 1 : 0;
          // (The first statement names the years before it too.)
          if (restart !== undefined && restartShift === undefined) restartShift = ctx.fiscalLabelShift;
        } else if (fiscalLabel && m.first - fiscalLabel.first <= LABEL_REACH && r.iv.end.m <= 3 && r.iv.end.y === fiscalLabel.y + 1 && !(m.spec.t === 'ending' && m.spec.yearEndsAfter)) {
          // "kept its fiscal 2025 forecast for the year ending Jan. 31, 2026", "… fiscal 2025
          // forecast. The year ends on Jan. 31, 2026": the label just before names the year the
          // statement ends, by the year it starts in (as fiscal years ending early in a year are).
          // (Nor does the end of a quarter before the year's last: "fiscal 1986 … its first fiscal
          // quarter ended Jan 31, 1987" is the first quarter of the next year.)
          ctx.fiscalLabelShift = 1;
          if (restart !== undefined && restartShift === undefined) restartShift = 1;
        }
      }
      // "fourth-quarter profit … Adjusted earnings for the three months ended Oct. 31": the
      // quarter the story named ends on that day, so its year ends 3 × (4 − n) months later.
      // (Not "compared with the three months ended Dec. 31", another quarter.)
      // Only the quarter just reported: ended within QUARTER_RECENT_DAYS before the reference date.
      if (!stated && !doc.options.fiscalYearStartGiven && bareQuarter && m.first - bareQuarter.first <= QUARTER_REACH && isQuarterEnding(m) && !isComparisonBase(toks, m)
        && !!ref && daysBetween(r.iv.end, ref) >= 0 && daysBetween(r.iv.end, ref) <= QUARTER_RECENT_DAYS) {
        const start = ((fiscalStartAfter(r.iv.end) - 1 + 3 * (4 - bareQuarter.q)) % 12) + 1;
        if (start !== 1) state(start, r.iv.end, false, true);
      }
      // "first-half net profit … for the six months to Dec. 28": the half the story named ends on
      // that day, so its year ends 6 × (2 − n) months later (an Australian grocer's July–June year).
      if (!stated && !doc.options.fiscalYearStartGiven && bareHalf && m.first - bareHalf.first <= QUARTER_REACH && isHalfEnding(m) && !isComparisonBase(toks, m)
        && !!ref && daysBetween(r.iv.end, ref) >= 0 && daysBetween(r.iv.end, ref) <= QUARTER_RECENT_DAYS) {
        const start = ((fiscalStartAfter(r.iv.end) - 1 + 6 * (2 - bareHalf.h)) % 12) + 1;
        if (start !== 1) state(start, r.iv.end);
      }
      // (The story's own quarter is the first it names, not a comparison: "… after a third-quarter
      // loss"; named again, it is nearer the months stated.)
      // ("its fiscal fourth-quarter profit … the three months ended Sept. 28": a quarter called fiscal, with no year, the same.)
      if (m.spec.t === 'quarter' && m.spec.year.kind === 'implied' && !isComparisonBase(toks, m) && (!bareQuarter || bareQuarter.q === m.spec.q)) bareQuarter = { q: m.spec.q, first: m.first };
      // "profit for the half year to December 31 … Revenue for the first half fell": the same the
      // other way round, the half with its end day first (a Sydney miner's July–June year).
      const recentEnd = !!ref && daysBetween(r.iv.end, ref) >= 0 && daysBetween(r.iv.end, ref) <= QUARTER_RECENT_DAYS;
      if (!stated && !doc.options.fiscalYearStartGiven && !endedHalf && isHalfEnding(m) && !isComparisonBase(toks, m) && recentEnd) endedHalf = { end: r.iv.end, first: m.first };
      if (!stated && !doc.options.fiscalYearStartGiven && endedHalf && m.spec.t === 'half' && !m.spec.fiscal && m.spec.year.kind === 'implied' && m.spec.year.back === undefined
        && m.first - endedHalf.first <= QUARTER_REACH && !isComparisonBase(toks, m)) {
        const start = ((fiscalStartAfter(endedHalf.end) - 1 + 6 * (2 - m.spec.h)) % 12) + 1;
        if (start !== 1) {
          bareParts = true;
          state(start, endedHalf.end);
        }
      }
      if (m.spec.t === 'half' && !m.spec.fiscal && m.spec.year.kind === 'implied' && !isComparisonBase(toks, m) && (!bareHalf || bareHalf.h === m.spec.h)) bareHalf = { h: m.spec.h, first: m.first };
      if (statesCalendarOnly(m, verb)) return;
      // Only anaphora read antecedents: after the last one, none is needed. (A calendar stated
      // above is no period: "the same period a year earlier" never refers to it.)
      // "the rest of 1987 … a year earlier": the year named is the base, not its remaining part.
      // ("the 2025/26 fiscal year, which began in July": the month describes the year's calendar.)
      // ("for the nine months" is one too: named from a quarter, "a year earlier" after it moves those months back.)
      // ("In the year-earlier second quarter, …": a quarter named a year back is a base too, as "the year-earlier quarter" is.)
      // ("its main source of profit during the past two years … compared with 76.2 mln dlrs a year
      // ago": a span of several years or quarters back is no period of results a year is counted back from.)
      if ((m.spec.t !== 'anaphora' || m.spec.upTo !== undefined) && !namedYearBack(m.spec) && !(m.spec.t === 'rel-n' && m.spec.n > 1 && (m.spec.unit === 'year' || m.spec.unit === 'quarter')) && m.first < lastAnaphor && !isComparisonBase(toks, m) && !describesFiscalYear(toks, m) && !datesAThing(toks, m) && !startsAhead(toks, m)
        // ("full earnings later this month … compares with 6.5 trillion won a year earlier": the
        // time of an event still to come, not a period of results.)
        && !isWordAt(toks, m.first - 1, 'later')) {
        antecedents.add(m.spec.t === 'rest' && m.spec.ofYear !== undefined ? { iv: yearInterval(m.spec.ofYear), granularity: 'year' }
          : { iv: r.iv, granularity: r.granularity, ...(m.spec.t === 'ending' && m.spec.days !== undefined ? { weeks: true } : {}), ...(YEAR_DIGITS.test(fig.text) ? { yearWritten: true } : {}), ...(r.implied.fiscalYearStart && r.granularity !== 'fiscal-year' && r.granularity !== 'year' ? { fiscalPart: true } : {}) });
      }
      // A bare split year ("2026-27") before any stated calendar is read as both calendar years;
      // a later statement ("Australia's financial year ends on June 30") makes it that fiscal year.
      if (!stated && (r.implied.fiscalYearStart || (m.spec.t === 'years' && m.spec.split === true))) assumed = true;
      if (!stated && (m.spec.t === 'quarter' || m.spec.t === 'half') && !m.spec.fiscal && m.spec.year.kind === 'implied') bareParts = true;
    } else {
      fig.unresolved = r.unresolved ?? 'needs referenceDate';
    }
    figures.push(fig);
  };
  let previous: RangeMatch | undefined;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (isGamePart(toks, m)) continue;
    if (yearless(m.spec) && recursYearly(toks, matches, k)) {
      // The rest of the list recurs too.
      while (k + 1 < matches.length && yearless(matches[k + 1]!.spec) && listedAfter(toks, matches[k]!) === matches[k + 1]!.first) k++;
      continue;
    }
    if (anchorsNearestWeekday(toks, m) || m === weekRule?.match) continue;
    emit(m, matches[k + 1]);
    previous = m;
  }
  return restart === undefined ? { figures } : { figures, restart, restartStated, ...(restartShift ? { restartShift } : {}) };
}
