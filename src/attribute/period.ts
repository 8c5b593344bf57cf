/**
 * The period a money or percent figure refers to, tried in this order:
 *
 *   1. adjacent           right after the figure (and its stated equivalent), perhaps after
 *                         a preposition: `24% in 2016`, `2.5% last year`, `$790M Q1 loss`,
 *                         `RMB2.3 billion ($330 million) for the first half of 2017`
 *      anaphora           or named by "in the quarter", "for the period" right after it: the
 *                         latest such period of the paragraph
 *   2. clause             later in the figure's clause, with no other figure between:
 *                         `8.6% of its revenues in the last fiscal year`
 *   3. sentence           the nearest earlier period of the sentence that is not a
 *                         comparison: `For the first six months, ZTE reported a 27% drop`
 *   4. previous-sentence  the last such period of the nearest earlier sentence of the
 *      earlier-sentence   paragraph that has one (`previous-sentence` when that is the
 *                         sentence right before)
 *   5a. session           for a price, exchange rate, yield or stock index that moves: the
 *                         weekday the story's lead names ("U.S. stocks fell on Tuesday")
 *   5. reported           the period the latest earlier figure of the text was linked to in
 *                         its own sentence (rules 1-3): news gives each sentence a paragraph,
 *                         and "Revenue rose 14%" after "Net income rose … in the quarter
 *                         ended Sept. 30" is for that quarter too. A period no figure was
 *                         linked to does not carry past its paragraph.
 *
 * A figure said to be the full year's ("full-year revenue of RMB26 billion") then takes the
 * whole calendar year of the quarter, half or month found (`full-year`).
 *
 * A period later in the sentence but in another clause is not linked: it is usually another
 * figure's or another event's (", which closed in June").
 *
 * A comparison period (`compared with the year-earlier period`, `from a year ago`) goes to
 * the base of a change, never to its amount or target. Days and weeks link only when
 * adjacent: a date elsewhere in a sentence is usually when something was said.
 */
import { CAUSE_WORDS, COMMODITY_FIRST_WORDS, MOVE_EFFECT_WORDS, RESULT_PARTICIPLES } from '../lexicon/metrics';
import { COMPARISON_PERIOD_TEXT, CONTRACT_MONTH_AFTER, CONTRACT_TERM_WORDS, FORECAST_NOUNS, FORECAST_PARTICIPLES, FUTURES_GOODS, GOODS_QUANTITY_NOUNS, GOODS_QUANTITY_REACH, OWN_CLAUSE_PRONOUNS, OWN_CLAUSE_VERBS, PREVIOUS_PERIOD_TEXT, RELEASE_VERBS, SAME_PERIOD_TEXT, WEEKDAYS } from '../lexicon/periods';
import { addMonths, daysInMonth, monthsInterval, toISO } from '../resolve/period/calendar';
import type { Figure, PeriodFigure } from '../types';
import { isToleranceOf } from './clause';
import type { Tok } from './tokens';
import { isFunctionWord, isVerb, MODAL_VERBS, POSSESSIVE_PRONOUNS } from './words';
import type { AboutPeriod, ChangeRole, PeriodBasis } from './types';

export type ResolvedPeriod = PeriodFigure & { readonly start: string; readonly end: string };

export const isResolvedPeriod = (f: Figure | undefined): f is ResolvedPeriod => !!f && f.kind === 'period' && !!f.start && !!f.end;

/** How many tokens away a period may be (keeps long table-like sentences linear). */
const WINDOW = 60;

const ADJ_GAP = new Set(['in', 'for', 'during', 'over', 'through', 'throughout', 'the', 'of', 'as', 'ended', 'ending', 'at', 'end', 'by', 'on', ',', 'since',
  // "$18 billion in all of 2024", "for the whole of 2025"
  'all', 'whole']);
const COMPARISON_BEFORE = new Set(['compared', 'comparison', 'versus', 'vs', 'from', 'than', 'against', 'with', 'since']);

/**
 * The period at token `k` names the contract a market move is of ("Brent crude futures for
 * November delivery settled up $2.21", "the December contract fell 0.4%", a month before its
 * commodity: "May corn rose 3 cents", "the July soybean contract"), not when it moved.
 */
const contractMonth = (ctx: PeriodContext, k: number): boolean => {
  if (!ctx.move) return false;
  const next = ctx.tokens[k + 1]?.lower ?? '';
  const f = ctx.tokens[k]!.figure;
  // ("Brent futures for December settlement fell 0.8%": so is a month "for" settlement or expiry.)
  if (CONTRACT_MONTH_AFTER.has(next) || (CONTRACT_TERM_WORDS.has(next) && ctx.tokens[k - 1]?.lower === 'for')) return true;
  // ("Unleaded gasoline for April finished 0.55 cent higher": a good quoted for a month, as periods read it.)
  if (ctx.tokens[k - 1]?.lower === 'for' && f?.kind === 'period' && f.granularity === 'month' && quotedGoodAt(ctx.tokens, k - 2)) return true;
  if (!COMMODITY_FIRST_WORDS.has(next) || f?.kind !== 'period' || f.granularity !== 'month') return false;
  // (Not a month's statistic of the good: "January natural gas price at burner tip is 16 pct lower".)
  for (let j = k + 2; j <= k + 4; j++) if (PRICE_NOUNS.has(ctx.tokens[j]?.lower ?? '')) return false;
  return true;
};

/** Token `j` is a good quoted by futures month with no word of its quantity (GOODS_QUANTITY_NOUNS) a few tokens before it in its clause. */
function quotedGoodAt(tokens: readonly Tok[], j: number): boolean {
  const good = tokens[j];
  if (!good || !FUTURES_GOODS.has(good.lower)) return false;
  for (let i = j - 1; i >= 0 && i >= j - GOODS_QUANTITY_REACH && tokens[i]!.clause === good.clause; i--) if (GOODS_QUANTITY_NOUNS.has(tokens[i]!.lower)) return false;
  return true;
}

/**
 * "narrower than the $194 million loss a year earlier", "compared with a $2.1 billion profit in
 * the year-ago quarter": an amount written as the adjective of its noun, after an article, has
 * the noun between it and its period; the token after that noun, else `k`.
 */
function nounOfAmount(tokens: readonly Tok[], at: number, k: number): number {
  const article = tokens[at - 1]?.lower;
  if (article !== 'a' && article !== 'an' && article !== 'the') return k;
  const noun = tokens[k];
  // (Not a forecast's word: "against the 6.5 pct forecast in December" dates the forecast.)
  if (noun?.kind !== 'word' || noun.text !== noun.lower || ADJ_GAP.has(noun.lower) || isFunctionWord(noun.lower) || isVerb(noun.lower) || noun.lower.endsWith('ed')
    || FORECAST_NOUNS.has(noun.lower) || FORECAST_PARTICIPLES.has(noun.lower)) return k;
  // (Nor a day: "vote on the $165 mln transaction Monday" says when the vote is.)
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    const f = tokens[j]!.figure;
    if (f) return isResolvedPeriod(f) && f.granularity !== 'day' && f.granularity !== 'week' && (j === k + 1 || ADJ_GAP.has(tokens[k + 1]!.lower)) ? k + 1 : k;
  }
  return k;
}

/** A price's own nouns after a good: "the January natural gas price", not a futures contract. */
const PRICE_NOUNS: ReadonlySet<string> = new Set(['price', 'prices']);

/** A money or percent figure from token `k` on, in clause `clause` (within {@link WINDOW} tokens, so the search stays linear). */
function figureLaterInClause(tokens: readonly Tok[], k: number, clause: number): boolean {
  for (const end = Math.min(tokens.length, k + WINDOW); k < end && tokens[k]!.clause === clause; k++) if (tokens[k]!.figure && tokens[k]!.figure!.kind !== 'period') return true;
  return false;
}

/** Words that open the cause of a market move: "fell 3% after it said …", "rose 2% as investors …". */
const MOVE_CAUSES: ReadonlySet<string> = new Set(['after', 'following', 'as', 'because', 'amid']);

/**
 * Verbs of saying after a bare "and" that tell a second thing with its own period: "forecast
 * third-quarter revenue of $9.73 billion and said revenue for 2024 would grow 14%" (2024 is not
 * the forecast's period).
 */
const SAYING_AFTER_AND: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds',
  // "reported a 23% fall in annual profit and warned that margins would shrink in fiscal 2025"
  'warned', 'warns', 'cautioned', 'cautions']);

/** After "after", what an amount is net of, no cause: "11 mln dlrs after taxes", "after minority interests". */
const NOT_CAUSE_AFTER_AFTER: ReadonlySet<string> = new Set(['tax', 'taxes', 'taxation', 'minority', 'minorities', 'interest', 'interests', 'charges', 'depreciation', 'provisions', 'extraordinary', 'deducting', 'deductions', 'allowing', 'adjusting', 'dividends', 'preferred']);
/** Words before "following", "as" that make them no cause: "the following year", "such as". */
const ARTICLE_OR_SUCH: ReadonlySet<string> = new Set(['the', 'a', 'such']);
/** After "as", words of a comparison or a date, no cause: "as of February 1986", "as much as", "as low as". */
const NOT_CAUSE_AFTER_AS: ReadonlySet<string> = new Set(['of', 'at', 'well', 'much', 'many', 'high', 'low', 'far', 'little', 'recently', 'late', 'early']);

/** A period written as its unit alone ("the quarter", "year"): after "on", the figure's own. */
const BARE_UNIT_TEXT = /^(?:the )?(?:quarter|year|half|month|week|period)$/i;
/** A period whose own words make it a comparison, or the same period of another year. */
export const isComparisonText = (text: string): boolean => COMPARISON_PERIOD_TEXT.test(text) || SAME_PERIOD_TEXT.test(text);

/** Before "than", words that make it part of a figure's qualifier: "more than 85% in 1986" is no comparison. */
const QUALIFYING_THAN = new Set(['more', 'less', 'fewer', 'greater', 'little', 'slightly', 'rather']);

/** A comparison word at `j` ("than", "from", "compared with"). */
const comparisonWordAt = (tokens: readonly Tok[], j: number): boolean => {
  const t = tokens[j];
  // "rose 3.8%, on top of 5.1% last year": what the change is added to.
  if (t?.lower === 'of' && tokens[j - 1]?.lower === 'top' && tokens[j - 2]?.lower === 'on') return true;
  // ("compared to the first quarter of fiscal 2026", the filings' usual wording: "to" after
  // "compared" is "with".)
  if (t?.lower === 'to') return tokens[j - 1]?.lower === 'compared';
  return !!t && t.kind === 'word' && COMPARISON_BEFORE.has(t.lower) && (t.lower !== 'with' || tokens[j - 1]?.lower === 'compared');
};

/** "up 7 per cent on the June quarter", "down 2.2 pct on November": a named period after a percentage and "on" is the base of the change. */
function onAfterPercent(tokens: readonly Tok[], k: number): boolean {
  // (Not a day or a week: "fell 14.7% on Tuesday", "averaged 6.02 pct on Friday" say when.)
  const p = tokens[k]!.figure as PeriodFigure;
  if (p.granularity === 'day' || p.granularity === 'week' || BARE_UNIT_TEXT.test(p.text)) return false;
  let j = k - 1;
  if (tokens[j]?.lower === 'the') j--;
  return tokens[j]?.lower === 'on' && tokens[j - 1]?.kind === 'figure' && tokens[j - 1]!.figure!.kind === 'percent';
}

/**
 * A period token is a comparison when a comparison word precedes it ("from the year-earlier
 * quarter"), or precedes the figure it is written after ("compared with A$24.7 billion in
 * fiscal 2023"), or its words are one ("the year-ago period").
 */
function isComparison(tokens: readonly Tok[], k: number): boolean {
  const p = tokens[k]!.figure!;
  if (isComparisonText(p.text)) return !opensSentence(tokens, k);
  if (afterSince(tokens, k) || datesLevel(tokens, k)) return true;
  if (onAfterPercent(tokens, k)) return true;
  // ("up 9 points from the end of March": read back past the point of the period.)
  const lead = tokens[k - 1]?.lower === 'of' && POINT_OF_PERIOD.has(tokens[k - 2]?.lower ?? '') ? k - 3 : k - 1;
  for (let j = lead; j >= 0 && j >= lead - 2; j--) {
    const t = tokens[j]!;
    if (t.kind === 'figure' && t.figure!.kind !== 'period') return comparedAmount(tokens, j);
    // "compared with net income of $18.9 million, or $0.29 per share, in the fourth quarter of
    // 2024": the amount said again per share stands between the compared amount and its period.
    if (t.kind === 'punct' && t.text === ',') {
      const f = restatedBefore(tokens, j);
      return f >= 0 && comparedAmount(tokens, f);
    }
    if (t.kind !== 'word') return t.kind === 'number' && afterBareBase(tokens, k);
    if (COMPARISON_BEFORE.has(t.lower)) return comparisonWordAt(tokens, j);
    if (t.lower === 'to' && comparisonWordAt(tokens, j)) return true;
    // ("down 35% from a record 2022": a word judging the base period stands between.)
    if (BASE_JUDGEMENTS.has(t.lower) && (tokens[j - 1]?.lower === 'a' || tokens[j - 1]?.lower === 'an')) return comparisonWordAt(tokens, j - 2) || afterBareBase(tokens, k);
    if (!PERIOD_LEAD.has(t.lower)) return afterBareBase(tokens, k);
  }
  return false;
}

/** Words judging a period named as a change's base, after "a": "from a record 2022", "against a strong first quarter". */
const BASE_JUDGEMENTS: ReadonlySet<string> = new Set(['record', 'strong', 'weak', 'bumper', 'stellar', 'exceptional', 'solid', 'poor', 'tough', 'difficult', 'challenging', 'disappointing', 'blockbuster', 'buoyant']);

/**
 * Words of the end of a period a change is measured from: "up 9 points from the end of March"
 * (the month is the base). Not "from the start of 1987": a change since a period began is a
 * change within it, whose period it is.
 */
const POINT_OF_PERIOD: ReadonlySet<string> = new Set(['end', 'close']);

/** Nouns of a level a period dates: "the 1982 level", "its 1979 levels". */
const LEVEL_NOUNS: ReadonlySet<string> = new Set(['level', 'levels']);

/**
 * "grew 29 pct to 217 mln stg, nearly three times the 1982 level", "well above the 1985
 * levels": a period that dates a level is a point of comparison, not the figure's own period.
 * (Not a level whose amount follows, "remain around the 1986 level of 132.4 mln guilders":
 * that amount is the period's.)
 */
const datesLevel = (tokens: readonly Tok[], k: number): boolean => {
  const before = tokens[k - 1]?.lower ?? '';
  return LEVEL_NOUNS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower !== 'of' && (before === 'the' || POSSESSIVE_PRONOUNS.has(before));
};

/** Words between "since" and its period: "since the end of 2021", "since early March", "since its December peak". */
const SINCE_GAP: ReadonlySet<string> = new Set(['the', 'its', 'their', 'end', 'start', 'beginning', 'of', 'early', 'late', 'mid']);

/** "the strongest quarter since the end of 2021", "since the company listed in 2021": a period after "since" (past its lead words, or a short clause) is where a span or record starts, not a figure's own. */
export function afterSince(tokens: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const w = tokens[j]!.kind === 'word' ? tokens[j]!.lower : '';
    if (w === 'since') return true;
    if (!SINCE_GAP.has(w)) break;
  }
  // "their biggest one-day gain since the company listed in 2021": a short clause of "since",
  // its subject and verb before "in" and the period, dates the event a record runs from.
  if (tokens[k - 1]?.lower !== 'in') return false;
  for (let j = k - 2; j >= 0 && j >= k - SINCE_CLAUSE; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (t.lower === 'since') return j <= k - 3;
  }
  return false;
}

/** How far back "since" may open a clause before "in" and a period: "since the company listed in". */
const SINCE_CLAUSE = 7;

/** The compared amount a comparison period at `k` is written after (as isComparison reads it), else -1. */
function comparedAmountBefore(tokens: readonly Tok[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j]!;
    if (t.kind === 'figure' && t.figure!.kind !== 'period') return comparedAmount(tokens, j) ? j : -1;
    if (t.kind === 'punct' && t.text === ',') {
      const f = restatedBefore(tokens, j);
      return f >= 0 && comparedAmount(tokens, f) ? f : -1;
    }
    if (t.kind !== 'word' || !PERIOD_LEAD.has(t.lower)) return -1;
  }
  return -1;
}

/** How many words a measure named between a compared period and its amount may take: "1985 net operating loss of". */
const COMPARED_MEASURE_WORDS = 5;

/**
 * The comparison period at `k` is written before the measure of the amount at `at`, which it
 * dates: "compared with a 1985 loss of 581 mln dlrs", "compared to 1986 earnings of 8.21 dlrs"
 * (only words between, the last "of").
 */
function namesComparedMeasure(tokens: readonly Tok[], k: number, at: number): boolean {
  // (And the amount restating it: "… a 1985 loss of 581 mln dlrs or 2.78 dlrs".)
  if (tokens[at - 1]?.lower === 'or') {
    const r = tokens[at - 2]?.text === ',' ? at - 3 : at - 2;
    if (tokens[r]?.kind === 'figure' && tokens[r]!.figure!.kind !== 'period') at = r;
  }
  if (at <= k + 2 || at - k > COMPARED_MEASURE_WORDS + 2 || tokens[at - 1]?.lower !== 'of') return false;
  for (let j = k + 1; j < at - 1; j++) if (tokens[j]!.kind !== 'word' || tokens[j]!.lower === 'of') return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (comparisonWordAt(tokens, j)) return true;
    if (tokens[j]!.kind !== 'word' || !PERIOD_LEAD.has(tokens[j]!.lower)) return false;
  }
  return false;
}

/** Words of a per-share restatement after its amount: "$0.29 per diluted share". */
const PER_SHARE_WORDS: ReadonlySet<string> = new Set(['per', 'a', 'share', 'diluted', 'basic']);

/**
 * Before the comma at `j`, an amount said again per share (", or $0.29 per share"): the index
 * of the amount it restates, else -1.
 */
function restatedBefore(tokens: readonly Tok[], j: number): number {
  let q = j - 1;
  while (q >= 0 && q >= j - 4 && tokens[q]!.kind === 'word' && PER_SHARE_WORDS.has(tokens[q]!.lower)) q--;
  if (q === j - 1 || tokens[q]?.kind !== 'figure') return -1;
  const a = q - 3;
  return tokens[q - 1]?.lower === 'or' && tokens[q - 2]?.text === ',' && tokens[a]?.kind === 'figure' && tokens[a]!.figure!.kind !== 'period' ? a : -1;
}

/** Comparison words that may stand before a measure's name: "compared with net income of $18.9 million", "compared to a net loss of $2.1 million". */
const COMPARED_MEASURE: ReadonlySet<string> = new Set(['with', 'to', 'versus', 'vs', 'against']);

/**
 * The amount at figure token `f` is the base of a comparison: "compared with A$24.7 billion",
 * "against $3m", or with the measure named between: "compared with net income of $18.9 million".
 */
function comparedAmount(tokens: readonly Tok[], f: number): boolean {
  if ((comparisonWordAt(tokens, f - 1) && !QUALIFYING_THAN.has(tokens[f - 2]?.lower ?? '')) || (comparisonWordAt(tokens, f - 2) && !QUALIFYING_THAN.has(tokens[f - 3]?.lower ?? ''))) return true;
  if (tokens[f - 1]?.lower !== 'of') return false;
  for (let j = f - 2; j >= 0 && j >= f - 5; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (COMPARED_MEASURE.has(t.lower)) return comparisonWordAt(tokens, j) || (t.lower !== 'with' && t.lower !== 'to');
  }
  return false;
}

/** Words between a compared amount and its period: "from $4m in the same quarter". */
const PERIOD_LEAD: ReadonlySet<string> = new Set(['the', 'a', 'same', 'in', 'for']);

/**
 * "up 2.2 pct from 633.68 billion last year", "against 4 mln tonnes in 1986": the period of a
 * compared quantity that is no figure (a count, a volume), its scale or unit words between.
 */
function afterBareBase(tokens: readonly Tok[], k: number): boolean {
  for (let j = k - 1, words = 0; j >= 0 && j >= k - 6; j--) {
    const t = tokens[j]!;
    if (t.kind === 'number') return comparisonWordAt(tokens, j - 1);
    if (t.kind === 'word' && PERIOD_LEAD.has(t.lower)) continue;
    if (t.kind !== 'word' || t.cap || isFunctionWord(t.lower) || ++words > 3) return false;
  }
  return false;
}

/** Words that may come before a period opening a sentence: "In the year-earlier quarter, …". */
const OPENING = new Set(['in', 'for', 'during', 'over', 'the', 'a']);

/**
 * A period that opens its sentence, before a comma, is the period of what the sentence says,
 * whatever its words: "A year earlier, the company earned $1.08 billion".
 */
function opensSentence(tokens: readonly Tok[], k: number): boolean {
  if (tokens[k + 1]?.text !== ',') return false;
  for (let j = 0; j < k; j++) if (tokens[j]!.kind !== 'word' || !OPENING.has(tokens[j]!.lower)) return false;
  return true;
}

const linkable = (p: ResolvedPeriod, adjacent: boolean): boolean => adjacent || (p.granularity !== 'day' && p.granularity !== 'week');

/**
 * The period at `k` is written after "end of" or "end-": "net debt of $5bn at the end of March",
 * "cash of €2bn at end-December". A level at a period's end is of its last day.
 */
function endOf(tokens: readonly Tok[], k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.lower === 'the') j--;
  if (tokens[j]?.lower === 'of') return tokens[j - 1]?.lower === 'end';
  // ("at end- September 1986": a space after the hyphen too.)
  return j === k - 1 && tokens[j]?.text === '-' && tokens[j - 1]?.lower === 'end' && tokens[j - 1]!.end === tokens[j]!.start;
}

const toAbout = (p: ResolvedPeriod, basis: PeriodBasis): AboutPeriod => ({ start: p.start, end: p.end, text: p.text, span: { start: p.span.start, end: p.span.end }, basis });

/** A period of an earlier sentence of the paragraph, and how many sentences back it is. */
export interface EarlierPeriod {
  readonly period: ResolvedPeriod;
  readonly sentencesBack: number;
  /** Written in a clause that forecasts ("expected volume growth of 20% in fiscal 2026"). */
  readonly forecast?: boolean;
}

export interface PeriodContext {
  /** The whole text, for the words of a period no period figure gives. */
  readonly text: string;
  readonly tokens: readonly Tok[];
  readonly at: number;
  readonly after: number;
  readonly role?: ChangeRole;
  /** Figures that may stand between the figure and its period (its equivalent, its change). */
  readonly related: (f: Figure) => boolean;
  /** The base of a change: a period after it belongs to it, not to figures before it. */
  readonly isBase: (f: Figure) => boolean;
  /** The last non-comparison period of the nearest earlier sentence of the paragraph that has one. */
  readonly previous?: EarlierPeriod | undefined;
  /** The latest plain period of the paragraph before the figure, of the granularity asked ("quarter", "half"; any with none). */
  readonly latest?: (granularity?: Anaphor) => ResolvedPeriod | undefined;
  /** The period the latest earlier figure of the text was linked to in its own sentence (rule 5). */
  readonly reported?: AboutPeriod | undefined;
  /** The period the latest forecast before the figure was linked to, when that period has not ended. */
  readonly ahead?: AboutPeriod | undefined;
  /** The figure measures a result over time (revenue, profit, costs …), not a level on a day. */
  readonly result?: boolean;
  /** The reference date (ISO), when given: a period made from a quarter must have ended by it. */
  readonly until?: string;
  /** The trading day of the story's lead, for a price, rate or index that moves (rule 5a). */
  readonly session?: ResolvedPeriod | undefined;
  /** The figure is a move of a price, rate or index: what comes after "after", "as" later in its clause is its cause (rule 2). */
  readonly move?: boolean;
  /** The figure's clause forecasts ("expects", "will", "guidance"): a period not yet over may be its own. */
  readonly forecast?: boolean;
  /**
   * The figure is a move of a company's shares ("Shares edged up 0.8%") in a story that reported
   * results before it and whose lead names no trading day: no period of a sentence before is its.
   */
  readonly undatedShareMove?: boolean;
  /** The figure is money flowing into or out of funds ("net inflows of $1.2bn"): a day's flow. */
  readonly fundFlow?: boolean;
}

/** A sentence's end inside a stretch of text. */
const SENTENCE_STOP = /[.!?]\s/;

/** Words right after a figure that name the period talked about: "in the quarter", "for the period". */
const ANAPHOR_NOUNS: ReadonlyMap<string, 'quarter' | 'half' | undefined> = new Map([['quarter', 'quarter'], ['half', 'half'], ['period', undefined]]);
/**
 * What an anaphor names: a quarter, a half, a number of months ("for the nine months": the
 * latest period of nine months named before), or any period ("for the period").
 */
export type Anaphor = 'quarter' | 'half' | number;
/** Counts of months that results are given for: "the nine months", "the 6 months". */
const MONTH_COUNTS: ReadonlyMap<string, number> = new Map([['three', 3], ['3', 3], ['six', 6], ['6', 6], ['nine', 9], ['9', 9], ['twelve', 12], ['12', 12]]);
const ANAPHOR_PREPOSITIONS = new Set(['in', 'for', 'during', 'over']);
/** After "the quarter", "the period": words that go on to say which one it is. */
const OWN_PERIOD_AFTER = new Set(['to', 'of', 'ended', 'ending', 'up', 'from', 'since', 'between', 'through', 'until', 'till', 'before', 'after', 'when', 'that', 'which', 'in']);

/** "in the quarter" at `after`: the granularity it names, or null when the words are not there. */
function anaphorAt(tokens: readonly Tok[], after: number): { granularity: Anaphor | undefined; last: number } | null {
  const prep = tokens[after], the = tokens[after + 1], noun = tokens[after + 2];
  if (!prep || !the || !noun || !ANAPHOR_PREPOSITIONS.has(prep.lower) || the.lower !== 'the') return null;
  // "for the nine months": the latest period of nine months.
  const months = MONTH_COUNTS.get(noun.lower);
  if (months !== undefined && tokens[after + 3]?.lower === 'months') {
    // ("for the nine months from 86.7%": "from" goes on to the base figure, as after "the quarter".)
    const next = tokens[after + 4], then = tokens[after + 5]?.figure;
    if (next && next.kind === 'word' && OWN_PERIOD_AFTER.has(next.lower) && !(then && then.kind !== 'period')) return null;
    return { granularity: months, last: after + 3 };
  }
  if (noun.kind !== 'word' || !ANAPHOR_NOUNS.has(noun.lower)) return null;
  // "in the quarter to March", "the period up to July" name their own period, or another.
  // ("in the quarter from $1.71 a year earlier": "from" goes on to the base figure, not the period.)
  // ("rose 0.5% in the quarter after falling 1% in April-June": "after" a gerund says what went
  // before, not which quarter.)
  const next = tokens[after + 3], then = tokens[after + 4]?.figure;
  const gerund = (next?.lower === 'after' || next?.lower === 'before') && tokens[after + 4]?.kind === 'word' && !tokens[after + 4]!.cap && tokens[after + 4]!.lower.endsWith('ing');
  // ("fell 23% to $3.1 billion in the quarter from a year earlier": "from" and a comparison
  // period name the base of the change; the quarter is still the one talked about.)
  const compared = tokens[after + 4]?.lower === 'the' ? tokens[after + 5]?.figure : then;
  const base = next?.lower === 'from' && compared?.kind === 'period' && isComparisonText(compared.text);
  if (next && next.kind === 'word' && OWN_PERIOD_AFTER.has(next.lower) && !(then && then.kind !== 'period') && !gerund && !base) return null;
  return { granularity: ANAPHOR_NOUNS.get(noun.lower), last: after + 2 };
}

const anaphorLabel = (g: Anaphor | undefined): string => (g === undefined ? 'period' : typeof g === 'number' ? `period of ${g} months` : g);

/** The calendar half a calendar quarter is part of (Q2 → January–June), or undefined for other periods. */
function halfOfQuarter(q: ResolvedPeriod): { start: string; end: string } | undefined {
  const y = q.start.slice(0, 4), m = Number(q.start.slice(5, 7));
  if (q.start.slice(8) !== '01' || q.end.slice(0, 4) !== y || (m - 1) % 3 !== 0 || Number(q.end.slice(5, 7)) !== m + 2) return undefined;
  return m <= 6 ? { start: `${y}-01-01`, end: `${y}-06-30` } : { start: `${y}-07-01`, end: `${y}-12-31` };
}

/**
 * The period of an anaphor whose kind no period before it has, made from the latest quarter named
 * before it: "a loss of $2m for the half" after "the second quarter" is the calendar half that
 * quarter is part of; "the combined ratio improved to 80.9% for the nine months" after
 * "third-quarter net income" is the nine months that end with that quarter. The span and text
 * are the anaphor's ("the half", "nine months"); `where` says where it stands to the figure.
 */
function derivedAnaphorPeriod(ctx: PeriodContext, tokens: readonly Tok[], a: { granularity: Anaphor | undefined; last: number }, where: string): FoundPeriod | undefined {
  const g = a.granularity;
  if (g !== 'half' && typeof g !== 'number') return undefined;
  const q = ctx.latest?.('quarter');
  if (!q) return undefined;
  const span = { start: tokens[a.last - 1]!.start, end: tokens[a.last]!.end };
  const ended = !ctx.until || q.end <= ctx.until;
  // ("For the half" after a third quarter just ended, the calendar half still running: the six
  // months that quarter ends. A forecast's half keeps the calendar's: "expects a loss for the
  // second quarter and a loss of $4 million for the half".)
  const calendarHalf = g === 'half' ? halfOfQuarter(q) : undefined;
  const halfRuns = !!calendarHalf && !!ctx.until && calendarHalf.end > ctx.until;
  // (Months up to a quarter only once it has ended: not a forecast's "expects fourth-quarter
  // revenue of $5 billion".)
  const iv = g === 'half' ? (ended && halfRuns ? monthsUpTo(q, 6) : calendarHalf) : ended ? monthsUpTo(q, g) : undefined;
  if (!iv) return undefined;
  const text = ctx.text.slice(span.start, span.end);
  const how = iv === calendarHalf ? 'is the calendar half of' : 'end with';
  return { period: { ...iv, text, span, basis: 'anaphora' }, why: `period: "${g === 'half' ? 'the half' : text}" ${where} ${how} the latest quarter named before it, "${q.text}"` };
}

/** The `months` whole months that end with period `p` (which ends on a month's last day), or undefined. */
function monthsUpTo(p: ResolvedPeriod, months: number): { start: string; end: string } | undefined {
  const y = Number(p.end.slice(0, 4)), m = Number(p.end.slice(5, 7)), d = Number(p.end.slice(8, 10));
  if (d !== daysInMonth(y, m)) return undefined;
  return { start: toISO(addMonths({ y, m, d: 1 }, 1 - months)), end: p.end };
}

/** Units of time: "$500 a year" is no unit to skip before a period ("a year earlier"). */
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'night', 'quarter']);
const UNIT_WORDS = new Set(['per', 'a', 'an', 'each']);

/**
 * After a per-unit amount's unit ("$1.94 per pound in the quarter", "$60 a barrel in 2024"):
 * the token after "per pound", else `after`.
 */
function afterUnit(tokens: readonly Tok[], at: number, after: number): number {
  const f = tokens[at]!.figure;
  if (f?.kind !== 'money' || !f.per || !UNIT_WORDS.has(tokens[after]?.lower ?? '')) return after;
  const unit = f.per.toLowerCase().split(' ').filter((w) => !UNIT_WORDS.has(w));
  if (!unit.length || TIME_UNITS.has(unit[0]!)) return after;
  for (let n = 0; n < unit.length; n++) if (tokens[after + 1 + n]?.lower !== unit[n]) return after;
  // ("46.30 euros per megawatt hour on Tuesday", "$3.10 per million British thermal units on
  // Monday": the rest of a unit of more words than the figure keeps.)
  let k = after + 1 + unit.length;
  for (const end = k + 3; k < end && UNIT_TAILS.has(tokens[k]?.lower ?? ''); ) k++;
  // ("NZ$10.00 per kilogram of milk solids for the 2025/26 season", "$1.10 per pound of copper in
  // the quarter": past a word or two of what the unit measures.)
  if (tokens[k]?.lower === 'of') {
    let j = k + 1;
    while (j < k + 3 && tokens[j]?.kind === 'word' && !tokens[j]!.cap && !isFunctionWord(tokens[j]!.lower) && !isVerb(tokens[j]!.lower)) j++;
    if (j > k + 1) k = j;
  }
  return k;
}

/** Words that end a unit of several words: "megawatt hour", "million British thermal units", "cubic feet". */
const UNIT_TAILS: ReadonlySet<string> = new Set(['hour', 'british', 'thermal', 'units', 'cubic', 'feet', 'metres', 'meters']);

/**
 * Past a relative clause of the figure's own at `k`, a pronoun and a verb of a result ("the 6.49
 * trillion won it made a year earlier", "the $2 billion they earned in 2024"): the period after it
 * is the figure's. Else `k`.
 */
function ownClauseAfter(tokens: readonly Tok[], k: number): number {
  return OWN_CLAUSE_PRONOUNS.has(tokens[k]?.lower ?? '') && OWN_CLAUSE_VERBS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1]!.kind === 'word' ? k + 2 : k;
}

/**
 * Past a per-share restatement after an amount: "6.9 mln dlrs or 63 cts a share in the prior
 * year" — the period after the restatement is the amount's too.
 */
function afterRestatement(tokens: readonly Tok[], at: number, after: number): number {
  // ("$167 million, or 87 cents a share, a year earlier".)
  const or = tokens[after]?.text === ',' ? after + 1 : after;
  const f = tokens[at]!.figure, r = tokens[or + 1]?.figure;
  if (f?.kind !== 'money' || f.per || tokens[or]?.lower !== 'or' || r?.kind !== 'money' || !r.per) return after;
  return afterUnit(tokens, or + 1, or + 2);
}

/**
 * Brackets entered while reading away from a figure (`dir` 1 forwards, -1 backwards): the
 * depth after the mark `p`. Leaving the brackets the figure is in keeps the depth at 0.
 */
function bracketDepth(tokens: readonly Tok[], k: number, depth: number, dir: 1 | -1): number {
  const p = tokens[k]!.text;
  if (p === (dir === 1 ? '(' : ')')) {
    // Brackets holding only a period say which one is meant: "the 1986/87 (Oct-Sept) season".
    if (isResolvedPeriod(tokens[k + dir]?.figure) && tokens[k + 2 * dir]?.text === (dir === 1 ? ')' : '(')) return depth;
    return depth + 1;
  }
  if (p === (dir === 1 ? ')' : '(')) return depth > 0 ? depth - 1 : 0;
  return depth;
}

/**
 * The period at `k` is a weekday after "on" and the figure a market move that has happened: "on
 * Thursday" (not a rise prices "would" see, which a communique "on Saturday" announced).
 */
const weekdayOfMove = (ctx: PeriodContext, tokens: readonly Tok[], k: number): boolean =>
  !!ctx.move && !ctx.forecast && tokens[k - 1]?.lower === 'on' && WEEKDAYS.has((tokens[k]!.figure as ResolvedPeriod).text.toLowerCase())
  // (The trading day the lead names is the session's: rule 5a gives it, with that basis.)
  && ctx.session?.span.start !== (tokens[k]!.figure as ResolvedPeriod).span.start;

/**
 * The period at `k` is a weekday after "on" and the figure a flow into or out of funds told in the
 * past ("U.S. bitcoin ETFs recorded $2.2 billion of net inflows on Monday", "saw outflows of $367
 * million on Monday"): that day's flows. Not a day the flows were told on ("reported net inflows of
 * $100 billion on Monday": a verb of telling in the clause), nor flows to come.
 */
function dayOfFlow(ctx: PeriodContext, tokens: readonly Tok[], at: number, k: number): boolean {
  if (!ctx.fundFlow || ctx.forecast || tokens[k - 1]?.lower !== 'on' || !WEEKDAYS.has((tokens[k]!.figure as ResolvedPeriod).text.toLowerCase())) return false;
  const clause = tokens[at]!.clause;
  for (let j = at - 1; j >= 0 && tokens[j]!.clause === clause; j--) if (TOLD_VERBS.has(tokens[j]!.lower)) return false;
  return true;
}

/** Verbs of a purchase, a sale or a flow of money that a week dates: "bought $27.2 million of bitcoin last week". */
const WEEK_DEAL_VERBS: ReadonlySet<string> = new Set([
  'bought', 'sold', 'purchased', 'acquired', 'raised', 'spent', 'invested', 'paid', 'pulled', 'withdrew', 'poured', 'drew', 'attracted', 'injected', 'borrowed',
]);
/** How many tokens a week may be after the figure it dates (its object's words between: "of bitcoin", "from equity funds"). */
const WEEK_DEAL_REACH = 6;

/**
 * The week at `k` ("last week", "this week", "the past week") dates the transaction the figure
 * at `at` is the amount of, told in the past by a verb right before it ("Strategy bought $27.2
 * million of bitcoin last week", "investors pulled $2.1 billion from equity funds this week"):
 * a week is otherwise taken only right after a figure, since a day or week later in a clause is
 * more often when something was told.
 */
function weekOfDeal(tokens: readonly Tok[], at: number, k: number): boolean {
  const p = tokens[k]!.figure;
  if (!p || p.kind !== 'period' || p.granularity !== 'week' || k - at > WEEK_DEAL_REACH || tokens[at]!.figure?.kind !== 'money') return false;
  const verb = tokens[at - 1]?.kind === 'word' ? tokens[at - 1] : tokens[at - 2];
  if (!verb || verb.kind !== 'word' || !WEEK_DEAL_VERBS.has(verb.lower)) return false;
  // Only the object's plain words between: no other figure, mark or verb of the past or of
  // saying ("announced", "said"; "funds" may be a verb too, but not told so).
  for (let j = at + 1; j < k; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || (!t.cap && isVerb(t.lower) && (t.lower.endsWith('ed') || SAYING_AFTER_AND.has(t.lower)))) return false;
  }
  return true;
}

/**
 * A day after "as of" or "as on" ("rose to 1.42% of advances as of December 31, 2024", Indian
 * filings' "as on March 31"): the day a level is stated at, so the figure's own even from further
 * off in its clause than a day is otherwise taken.
 */
function asOfDay(tokens: readonly Tok[], k: number, after: number): boolean {
  if (tokens[k - 2]?.lower !== 'as' || (tokens[k - 1]?.lower !== 'of' && tokens[k - 1]?.lower !== 'on') || k - 2 - after > AS_OF_REACH) return false;
  // Only the words of what the level is of between: not another figure, a comma, a verb ("units
  // had been sold as of yesterday"), nor the record or effective day of a payment or a price
  // ("payable to holders of record as of March 23", "effective with new orders as of March 25").
  for (let j = after; j < k - 2; j++) {
    const t = tokens[j]!;
    if (t.kind === 'figure' || (t.kind === 'punct' && t.text !== '-') || (t.kind === 'word' && (AS_OF_NOT_LEVEL.has(t.lower) || AS_OF_AUXILIARIES.has(t.lower) || (!t.cap && t.lower.endsWith('ed') && isVerb(t.lower))))) return false;
  }
  return true;
}

/**
 * The day at `k` opens its sentence after "As of" or "At", before a comma: "As of September 30,
 * 2026, we had $1.02 billion in cash", "At December 31, 2025, total debt was $2.85 billion". A
 * filing's balance-sheet day dates the levels its sentence states.
 */
function asOfOpening(tokens: readonly Tok[], k: number): boolean {
  if ((tokens[k]!.figure as PeriodFigure).granularity !== 'day' || tokens[k + 1]?.text !== ',') return false;
  return (k === 2 && tokens[0]!.lower === 'as' && tokens[1]!.lower === 'of') || (k === 1 && tokens[0]!.lower === 'at');
}

/** Verbs that tell a flow between a figure and "as of" (with past participles): "had been sold", "was planted". */
const AS_OF_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'had', 'has', 'have', 'will', 'would']);
/** How many tokens may stand between a figure and "as of" its day. */
const AS_OF_REACH = 8;
/** Words of a payment's or a price's dates, not a level's: "holders of record", "effective", "held". */
const AS_OF_NOT_LEVEL: ReadonlySet<string> = new Set(['record', 'effective', 'held', 'payable', 'paid', 'owned']);

/**
 * A market move's day written later in its clause: "fell 3.1% in Hong Kong on Thursday", "rose
 * 9.98% in Shanghai on Tuesday morning". A day is too short a period for other figures to take
 * from further off than right after them, but a share's move is the day's.
 */
function dayOfMove(ctx: PeriodContext, tokens: readonly Tok[], k: number): boolean {
  if (!weekdayOfMove(ctx, tokens, k)) return false;
  // (Within the move's own words: not "prices dropped by 200 pounds," he said when he returned on Friday".)
  for (let j = k - 2; j > ctx.at && j > k - WINDOW; j--) {
    const t = tokens[j]!;
    // ("rose 3.4% to 268p in morning trading on Thursday": the session's noun is no verb of another event.)
    if (t.kind === 'word' && sessionNounAt(tokens, j)) continue;
    if (t.kind === 'punct' || t.kind === 'figure' || (t.kind === 'word' && !t.cap && isVerb(t.lower))) return false;
  }
  return true;
}

/** Nouns of a market's session: "in early trading", "in morning trade", "in London dealings". */
const SESSION_NOUNS: ReadonlySet<string> = new Set(['trading', 'trade', 'dealings', 'session']);

/**
 * The word at `j` is the noun of a market's session after "in" and at most two words of the time
 * of day or the place ("in early trading", "in late London trade"): where and when shares traded,
 * not a verb of another event ("after trading resumed").
 */
function sessionNounAt(tokens: readonly Tok[], j: number): boolean {
  if (!SESSION_NOUNS.has(tokens[j]!.lower)) return false;
  for (let k = j - 1; k >= j - 3 && k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (t.lower === 'in') return true;
  }
  return false;
}

/** Participles after a comma that spell out a move the clause before made: "cut interest rates on Thursday, lowering Bank Rate to 5%". */
const MOVE_PARTICIPLES: ReadonlySet<string> = new Set(['lowering', 'raising', 'cutting', 'lifting', 'reducing', 'increasing', 'hiking', 'trimming', 'taking', 'bringing']);

/**
 * "The Bank of England cut interest rates on Thursday, lowering Bank Rate by a quarter point to
 * 5%": the weekday at `k`, after "on", before the comma of a participle of {@link
 * MOVE_PARTICIPLES} that opens the move the figure (its amount or target) is of, and with no
 * other figure between, is the move's day. Not for a result of a period or a forecast ("reported
 * results on Thursday, raising its dividend to 5p" keeps the results' period).
 */
function dayBeforeParticiple(ctx: PeriodContext, tokens: readonly Tok[], k: number): boolean {
  if (ctx.result || ctx.forecast || !ctx.role || ctx.role === 'base' || tokens[k - 1]?.lower !== 'on') return false;
  if (!WEEKDAYS.has((tokens[k]!.figure as ResolvedPeriod).text.toLowerCase())) return false;
  for (let j = k + 1; j < ctx.at && j < k + WINDOW; j++) {
    const t = tokens[j]!;
    if (t.text === ',') return MOVE_PARTICIPLES.has(tokens[j + 1]?.lower ?? '');
    if (t.kind === 'figure' || t.kind === 'number') return false;
  }
  return false;
}

/**
 * A period the figure at `at` could take earlier in its sentence (rule 3 would find it). Not one
 * inside a relative clause closed before the figure, which rule 3 passes over too: "BYD's shares,
 * which have gained 18% this year, rose 2.1% on Friday" keeps its day.
 */
function periodBefore(tokens: readonly Tok[], at: number, ok: (k: number) => boolean): boolean {
  for (let k = at - 1; k >= Math.max(0, at - WINDOW); k--) {
    const f = tokens[k]!.figure;
    if (isResolvedPeriod(f) && ok(k) && linkable(f, false) && !relativeClosedBefore(tokens, k, at)) return true;
  }
  return false;
}

/** ", in line with …", ", compared with …", ", versus …": a comparison opening at token `k`. */
function comparisonOpensAt(tokens: readonly Tok[], k: number): boolean {
  const w = tokens[k]?.lower, next = tokens[k + 1]?.lower;
  if (w === 'in') return next === 'line' && tokens[k + 2]?.lower === 'with';
  if (w === 'compared') return next === 'with' || next === 'to';
  return w === 'versus' || w === 'vs';
}

/** Verbs of telling or revising results: "is expected to report profit of €2.4bn on April 29". */
const TELLING: ReadonlySet<string> = new Set(['report', 'reports', 'reported', 'reporting', 'post', 'posts', 'posted', 'announce', 'announces', 'announced', 'raised', 'cut', 'lowered', 'forecast', 'forecasts', 'estimated', 'projected']);

/** A verb of telling or revising results earlier in the clause of the figure at `at`. */
function toldBefore(tokens: readonly Tok[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - WINDOW) && tokens[k]!.clause === tokens[at]!.clause; k--) if (TELLING.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "up from ¥320 billion forecast in August, and net sales of ¥2.25 trillion", "…, the budget
 * office estimated in June": a month or a day right after a verb of telling and "in" is when a
 * forecast was told, no period of the figures before or after it in the sentence.
 */
const toldIn = (tokens: readonly Tok[], k: number): boolean => {
  const f = tokens[k]!.figure;
  return !!f && f.kind === 'period' && (f.granularity === 'month' || f.granularity === 'day') && tokens[k - 1]?.lower === 'in' && TELLING.has(tokens[k - 2]?.lower ?? '');
};

/**
 * "data released last month showed", "figures published on Tuesday": a month, week or day right
 * after a verb of publishing (or after it and "in", "on") is when the data came out.
 */
const releasedAt = (tokens: readonly Tok[], k: number): boolean => {
  const f = tokens[k]!.figure;
  if (!f || f.kind !== 'period' || (f.granularity !== 'month' && f.granularity !== 'day' && f.granularity !== 'week')) return false;
  const v = tokens[k - 1]?.lower === 'in' || tokens[k - 1]?.lower === 'on' ? k - 2 : k - 1;
  return RELEASE_VERBS.has(tokens[v]?.lower ?? '');
};

/**
 * The period at `k` is when something was told, no period of figures: told by a subject ("…, the
 * budget office estimated in June"), a forecast's participle ("the A$26.9 billion projected in
 * December") or data's publishing ("data released last month showed").
 */
const toldWhen = (tokens: readonly Tok[], k: number): boolean =>
  (toldIn(tokens, k) && (toldBySubject(tokens, k - 2) || FORECAST_PARTICIPLES.has(tokens[k - 2]?.lower ?? ''))) || releasedAt(tokens, k);

/** Determiners before a month that dates a forecast: "its February forecast", "the January outlook" (and a possessive, "the company's March estimate"). */
const FORECAST_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'the']);

/**
 * "core operating profit grew 9% to 402.5 billion yen, roughly in line with its February
 * forecast": a month or day written as the adjective of a forecast, after a determiner, is when
 * the forecast was made, no period of the figures in its sentence or the sentences after it.
 * (A year so written is the year forecast: "raised its 2025 forecast".)
 */
const datesForecast = (tokens: readonly Tok[], k: number): boolean => {
  const f = tokens[k]!.figure;
  return !!f && f.kind === 'period' && (f.granularity === 'month' || f.granularity === 'day')
    && (FORECAST_DETERMINERS.has(tokens[k - 1]?.lower ?? '') || !!tokens[k - 1]?.possessive)
    && FORECAST_NOUNS.has(tokens[k + 1]?.lower ?? '');
};

/** Pronouns that tell: "less than it projected in January". */
const TELLERS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we']);
/**
 * The verb of telling at token `v` has its teller right before it, a pronoun or a name: "…, the
 * budget office estimated in June", "less than it projected in January". Not a participle after a
 * figure, "the 0.9 pct decline posted in January", "the 633.5 mln reported in February", which
 * dates the figure.
 */
const toldBySubject = (tokens: readonly Tok[], v: number): boolean => {
  if (TELLERS.has(tokens[v - 1]?.lower ?? '')) return true;
  // Back over the teller's words to the comma that opens its clause, or to the sentence's start.
  for (let k = v - 1; k >= 0 && k >= v - 6; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word') continue;
    return k < v - 1 && t.text === ',';
  }
  return false;
};

/** Verbs of a clause that says who told a result: "…, the company reported earlier this month". */
const TOLD_VERBS: ReadonlySet<string> = new Set(['reported', 'said', 'announced', 'posted', 'disclosed', 'revealed', 'published']);
/** How many words the teller of a clause of telling may have ("the Indian Sugar and Bio-Energy Manufacturers Association"). */
const TELLER_WORDS = 8;
/** Words between a verb of telling and the day or month it was told: "reported earlier this month", "said in March". */
const TOLD_GAP: ReadonlySet<string> = new Set(['earlier', 'later', 'in', 'on', 'late', 'early']);

/**
 * The period at token `k` ends a clause of telling set off by a comma, its teller before the
 * verb: "…, the company reported earlier this month", "…, Petrosul said last week". (Not a
 * participle after the figure, "the 60 billion lire reported in 1985", which dates the figure.)
 */
function toldAt(tokens: readonly Tok[], k: number): boolean {
  let j = k - 1;
  while (j > k - 3 && TOLD_GAP.has(tokens[j]?.lower ?? '')) j--;
  if (!TOLD_VERBS.has(tokens[j]?.lower ?? '')) return false;
  // (A teller of several words: "…, the Indian Sugar and Bio-Energy Manufacturers Association said this month".)
  for (let i = j - 1; i >= j - TELLER_WORDS && i >= 0; i--) {
    const t = tokens[i]!;
    if (t.text === ',') return i < j - 1;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/**
 * The period at `k` is a day after "on" right after the target or base of a change ("to 0.5%
 * from 0.25% on Friday", "by 25 basis points to 5.25% on Friday"): the day the change was made.
 */
function dayOfChangeAfter(tokens: readonly Tok[], k: number): boolean {
  const p = tokens[k]?.figure;
  const level = tokens[k - 2];
  return isResolvedPeriod(p) && p.granularity === 'day' && tokens[k - 1]?.lower === 'on' && !!level?.figure && level.figure.kind !== 'period' && (tokens[k - 3]?.lower === 'to' || (tokens[k - 3]?.lower === 'from' && comparedAmount(tokens, k - 2)));
}

/** Words after two months that make them one span: "in November and December combined". */
const JOINED_AFTER: ReadonlySet<string> = new Set(['combined', 'together']);
/** Words before two months that make them one span: "sales during November and December rose". */
const JOINED_BEFORE: ReadonlySet<string> = new Set(['during', 'over', 'across', 'throughout']);

/**
 * The two months of "November and December combined", "during November and December" (one after
 * the other), when the period at `k` is one of them: the figure is of both together.
 */
function monthsJoined(tokens: readonly Tok[], k: number): [ResolvedPeriod, ResolvedPeriod] | undefined {
  const first = tokens[k + 1]?.lower === 'and' ? k : tokens[k - 1]?.lower === 'and' ? k - 2 : -1;
  const a = tokens[first]?.figure, b = tokens[first + 2]?.figure;
  if (!isResolvedPeriod(a) || !isResolvedPeriod(b) || a.granularity !== 'month' || b.granularity !== 'month') return undefined;
  const next = toISO(addMonths({ y: Number(a.start.slice(0, 4)), m: Number(a.start.slice(5, 7)), d: 1 }, 1));
  if (b.start !== next) return undefined;
  return JOINED_AFTER.has(tokens[first + 3]?.lower ?? '') || JOINED_BEFORE.has(tokens[first - 1]?.lower ?? '') ? [a, b] : undefined;
}

/** A resolved period (with `dayOnly`, a day) earlier in the clause of the figure at `at`. */
function periodEarlierInClause(tokens: readonly Tok[], at: number, clause: number, dayOnly = false): boolean {
  for (let k = at - 1; k >= Math.max(0, at - WINDOW) && tokens[k]!.clause === clause; k--) {
    const p = tokens[k]!.figure;
    if (isResolvedPeriod(p) && (!dayOnly || p.granularity === 'day')) return true;
  }
  return false;
}

/** A linked period, the period figure it comes from, and the rule that found it. */
export interface FoundPeriod {
  readonly period: AboutPeriod;
  /** The period figure linked; none for a period carried from earlier figures (rule 5). */
  readonly figure?: ResolvedPeriod;
  readonly why: string;
}

/** Prepositions before a period written right after a figure's measure. */
const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in', 'over']);

/** A period right after token `k - 1`: "for the year", "in 2025" ("for"/"in"/"over", perhaps "the", then the period). */
function periodRightAfter(tokens: readonly Tok[], k: number): boolean {
  if (!PERIOD_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return false;
  const n = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  if (tokens[n]?.figure?.kind !== 'period') return false;
  // (Not a list of periods, "in 1986 and 1985, respectively": each figure takes its own.)
  const m = tokens[n + 1]?.text === ',' ? n + 2 : n + 1;
  return !((tokens[m]?.lower === 'and' || tokens[n + 1]?.text === ',') && (tokens[m]?.figure?.kind === 'period' || tokens[m + 1]?.figure?.kind === 'period'));
}

/** The period linked to the figure at `ctx.at`, with the rule that found it. */
export function findPeriod(ctx: PeriodContext): FoundPeriod | undefined {
  const { tokens, at, role, related } = ctx;
  const after = afterUnit(tokens, at, ctx.after);
  const clause = tokens[at]!.clause;
  const wantComparison = role === 'base';
  // (A comparison period is still the own period of the compared amount, and of the amount
  // that restates it per share: "compared with net income of $18.9 million, or $0.29 per share,
  // in the fourth quarter of 2024".)
  const ok = (k: number): boolean => {
    const c = isComparison(tokens, k);
    if (c === wantComparison) return true;
    if (!c) return false;
    if (namesComparedMeasure(tokens, k, at)) return true;
    const f = comparedAmountBefore(tokens, k);
    return f >= 0 && at >= f && at < k;
  };
  const res = (k: number, basis: PeriodBasis, why: string): FoundPeriod => {
    const figure = tokens[k]!.figure as ResolvedPeriod;
    const pair = monthsJoined(tokens, k);
    if (pair) {
      const span = { start: pair[0].span.start, end: pair[1].span.end };
      const words = ctx.text.slice(span.start, span.end);
      return { period: { start: pair[0].start, end: pair[1].end, text: words, span, basis }, figure, why: `period: "${words}" ${why}, the two months together` };
    }
    if (endOf(tokens, k) && figure.granularity !== 'day' && figure.granularity !== 'week') {
      return { period: { ...toAbout(figure, basis), start: figure.end }, figure, why: `period: "${tokens[k]!.text}" ${why}, its last day ("the end of")` };
    }
    return { period: toAbout(figure, basis), figure, why: `period: "${tokens[k]!.text}" ${why}` };
  };

  // 1. adjacent (to the figure, or to its per-share restatement); also a period owning the
  // figure right before it: "from last year's 16.7%", "2023's £4.1bn".
  let o = at - 1;
  while (o > at - 3 && o > 0 && (tokens[o]!.lower === 's' || tokens[o]!.text === "'" || tokens[o]!.text === '’')) o--;
  const owner = tokens[o];
  if (owner && isResolvedPeriod(owner.figure) && /^['’]s\s*$/.test(ctx.text.slice(owner.end, tokens[at]!.start))) return res(o, 'adjacent', 'owns the figure');
  for (let k = nounOfAmount(tokens, at, ownClauseAfter(tokens, afterRestatement(tokens, at, after))), steps = 0; k < tokens.length && steps < 5; k++, steps++) {
    const t = tokens[k]!;
    if (t.kind === 'figure') {
      // "up 4.6% on the prior year": "on" and a comparison period name the base, not the amount's own.
      // So does a named period after a percentage and "on": "up 7 per cent on the June quarter"
      // (not a bare unit: "rose 5% on the quarter" is quarter on quarter, its own).
      // ("reported third-quarter earnings of $5.4 billion on Tuesday": a weekday after "on" is when
      // the results came out when the sentence names a longer period before the figure; rule 3 finds it.)
      // (So is a week after it: "posted a first-quarter net loss of $212 million, or $1.41 a share, last week".)
      if (isResolvedPeriod(t.figure) && ((tokens[k - 1]?.lower === 'on' && WEEKDAYS.has(t.figure.text.toLowerCase())) || t.figure.granularity === 'week') && periodBefore(tokens, at, ok)) break;
      // ("raised its profit forecast to ¥1.1 trillion on Friday", "to report pretax profit of €2.4
      // billion on April 29": a result is made over a quarter or a year; a day after "on" is when it
      // was told, whatever the sentence names before.)
      if (ctx.result && isResolvedPeriod(t.figure) && t.figure.granularity === 'day' && tokens[k - 1]?.lower === 'on' && (WEEKDAYS.has(t.figure.text.toLowerCase()) || toldBefore(tokens, at))) break;
      // ("cut its growth forecast to 2.8% from 3.3% on Tuesday": a day after the base is the
      // change's, when it was made, not the day the base was the level.)
      if (wantComparison && dayOfChangeAfter(tokens, k) && tokens[k - 3]?.lower === 'from' && !periodEarlierInClause(tokens, at, tokens[at]!.clause, true)) break;
      // (So does "over" and a comparison period: "an increase of 90 basis points over the
      // prior-year quarter".)
      if (isResolvedPeriod(t.figure) && !(!wantComparison && ((tokens[after]?.lower === 'on' && (isComparisonText(t.figure.text) || onAfterPercent(tokens, k))) || (tokens[after]?.lower === 'over' && isComparisonText(t.figure.text))))) return res(k, 'adjacent', 'is written right after the figure');
      break;
    }
    // ("from 1.38% at end-December": the hyphen of "end-" too.)
    if (!ADJ_GAP.has(t.lower) && !(t.text === '-' && tokens[k - 1]?.lower === 'end')) break;
  }
  // 1b. "in the quarter", "for the period": the latest such period of the paragraph
  const anaphor = ctx.latest ? anaphorAt(tokens, after) : null;
  if (anaphor && !wantComparison) {
    const p = ctx.latest!(anaphor.granularity);
    if (p) return { period: toAbout(p, 'anaphora'), figure: p, why: `period: "${tokens[anaphor.last - 1]!.text} ${tokens[anaphor.last]!.text}" after the figure is the latest ${anaphorLabel(anaphor.granularity)} named before it, "${p.text}"` };
    const derived = derivedAnaphorPeriod(ctx, tokens, anaphor, 'after the figure');
    if (derived) return derived;
  }
  // 2. later in the clause, no unrelated figure between; not inside brackets the figure is
  // outside of ("GBP742.6m (H1 2025: GBP701.3m)": the prior period of the figure in brackets),
  // nor past a comma and a cause when the sentence names a period before the figure ("profit for
  // the second quarter rose to $493 million, helped by price rises introduced in July": July is
  // when the prices rose). Past a share of something else ("stood at ₹8.2 lakh crore, or 52% of
  // the estimate for FY27"), a period written earlier in the clause ("the deficit for
  // April-October") is the figure's own, and rule 3 finds it.
  let pastShare = false;
  // ("revenue of £2.07bn and pre-tax profit of £118.4m for the year": a figure joined by "and"
  // to one whose period is written right after it shares that period.)
  // (Not "X and Y in 1986", a pair compared, nor "X and contributed to …", another verb.)
  // ("and operating profit of", "and imports 2.9 pct" are measures, not verbs.)
  const w = tokens[after + 1];
  const joined = tokens[after]?.lower === 'and' && w?.kind === 'word' && (!isVerb(w.lower) || w.lower.endsWith('ing') || tokens[after + 2]?.kind === 'figure');
  let passed = false;
  const relative = inRelativeClause(tokens, at);
  for (let k = after, depth = 0; k < Math.min(tokens.length, after + WINDOW); k++) {
    const t = tokens[k]!;
    if (t.clause !== clause) break;
    // ("Diagnostics revenue decreased 4.6%, primarily due to the extra week in fiscal 2023": nor
    // when the cause's period ended before the one the text before reports; "rose 1%, led by a
    // gain in wages in February" keeps its month.)
    if (t.text === ',' && causeOpensAt(tokens, k + 1) && (periodBefore(tokens, at, ok) || earlierCause(tokens, k, ctx.previous?.period ?? ctx.reported))) break;
    if (t.kind === 'punct') depth = bracketDepth(tokens, k, depth, 1);
    // ("Halvard fell 3.3% after it said first-quarter revenue would drop": a market move's cause
    // is another event, whose period is not the move's.)
    if (ctx.move && k >= after && depth === 0 && t.kind === 'word' && MOVE_CAUSES.has(t.lower) && !(t.lower === 'as' && NOT_CAUSE_AFTER_AS.has(tokens[k + 1]?.lower ?? ''))) break;
    // ("revenue for 2023 fell 31% to €142m as trading slumped in the first half": any figure's
    // cause, with no comma before it, dates another event when the sentence names the figure's
    // own period before it; rule 3 finds that one.)
    // (Not "11 mln dlrs after taxes for all of 1987", "the following year", "such as".)
    if (!ctx.move && k >= after && depth === 0 && t.kind === 'word' && MOVE_CAUSES.has(t.lower) && !(t.lower === 'as' && NOT_CAUSE_AFTER_AS.has(tokens[k + 1]?.lower ?? ''))
      && !(t.lower === 'after' && NOT_CAUSE_AFTER_AFTER.has(tokens[k + 1]?.lower ?? '')) && !ARTICLE_OR_SUCH.has(tokens[k - 1]?.lower ?? '')
      // (Nor, with no period before it, when the cause's period ended before the one the text
      // reports: "Sales in Japan fell 15 per cent after a boom in tourist spending last year" in a
      // half-year report.)
      && (periodBefore(tokens, at, ok) || (t.lower !== 'as' && earlierCause(tokens, k, ctx.previous?.period ?? ctx.reported)))) break;
    if (depth === 0 && t.lower === 'and' && SAYING_AFTER_AND.has(tokens[k + 1]?.lower ?? '')) break;
    // ("cash profit for the three months to September 30 was A$2.6 billion, in line with the
    // quarterly average of the second half": a comparison after a comma names what the figure is
    // set against; when the sentence names the figure's own period before it, rule 3 finds that.)
    if (depth === 0 && t.text === ',' && comparisonOpensAt(tokens, k + 1) && periodBefore(tokens, at, ok)) break;
    // ("kept its 2023 forecast at 3.0% but trimmed its 2024 outlook": "but" before a verb opens
    // another predicate, whose period is its own figures'.)
    if (depth === 0 && k >= after && t.lower === 'but' && tokens[k + 1]?.kind === 'word' && isVerb(tokens[k + 1]!.lower) && !isFunctionWord(tokens[k + 1]!.lower)) break;
    // ("up 3.2% at $104.15, bringing their gain over the past 12 months to 27%": a period in a
    // participle clause that tells another figure is that figure's.)
    if (depth === 0 && t.text === ',' && RESULT_PARTICIPLES.has(tokens[k + 1]?.lower ?? '') && figureLaterInClause(tokens, k + 2, clause)) break;
    // ("base fees, which rose 2% to A$596 million, should come in lower in fiscal 2025": a relative
    // clause the figure is in ends at a comma before the main clause's verb.)
    if (depth === 0 && t.text === ',' && relative && mainVerbAt(tokens, k + 1)) break;
    // "generated $900 million in free cash flow in the quarter": the anaphor later in the clause.
    if (k > after && depth === 0 && t.kind === 'word' && ANAPHOR_PREPOSITIONS.has(t.lower) && ctx.latest && !wantComparison) {
      const a = anaphorAt(tokens, k);
      const p = a ? ctx.latest(a.granularity) : undefined;
      if (p) return { period: toAbout(p, 'anaphora'), figure: p, why: `period: "${tokens[a!.last - 1]!.text} ${tokens[a!.last]!.text}" later in the clause is the latest ${anaphorLabel(a!.granularity)} named before it, "${p.text}"` };
      const derived = a && derivedAnaphorPeriod(ctx, tokens, a, 'later in the clause');
      if (derived) return derived;
    }
    const f = t.figure;
    if (!f) continue;
    if (isResolvedPeriod(f)) {
      // ("third quarter earnings were reduced by $800,000 by a year-to-date revision": a period
      // written as the adjective of a later noun, after an article, is that noun's when another
      // comes earlier; "a 22% drop in first-quarter profit" keeps its own.)
      const article = tokens[k - 1]?.lower === 'a' || tokens[k - 1]?.lower === 'an' || tokens[k - 1]?.lower === 'the';
      const attributive = article && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.cap && !isFunctionWord(tokens[k + 1]!.lower) && !isVerb(tokens[k + 1]!.lower) && periodEarlierInClause(tokens, at, clause);
      // ("Third-quarter net income slumped 22% to 32.6 billion reais, the company reported earlier
      // this month": a period after a verb of telling is when the result was told, when the
      // sentence names the result's own period before it; rule 3 finds that.)
      if (toldAt(tokens, k) && periodBefore(tokens, at, ok)) break;
      // ("is on course to reach $1.9 trillion, the Congressional Budget Office estimated in June",
      // "0.9 percentage point less than it projected in January": the month is when it was told.)
      if (toldWhen(tokens, k)) continue;
      if (datesForecast(tokens, k)) continue;
      if (depth === 0 && ok(k) && (linkable(f, false) || dayOfMove(ctx, tokens, k) || asOfDay(tokens, k, after) || weekOfDeal(tokens, at, k) || dayOfFlow(ctx, tokens, at, k)) && !attributive && !(pastShare && periodEarlierInClause(tokens, at, clause)) && !contractMonth(ctx, k)) return res(k, 'clause', 'is later in the same clause');
      continue;
    }
    // ("expects operating profit of €14.8bn, plus or minus €1bn, for 2024": the tolerance right
    // after the figure does not stand between it and its period.)
    if (isToleranceOf(tokens, k, at)) continue;
    // ("raised its policy rate to 0.5% from 0.25% on Friday": the day written after the base of
    // the figure's change is when the change was made.)
    // (So is a day after its target: "cut its repo rate by 25 basis points to 5.25% on Friday".)
    // (Not when the clause names a period before, the figure's own day, "On Thursday, holdings
    // declined to 57.0 billion marks from 60.0 billion on Wednesday", or what a forecast is for,
    // "cut its 2026 growth forecast to 2.1% from 2.6% on Tuesday".)
    if (!wantComparison && !ctx.result && depth === 0 && related(f) && dayOfChangeAfter(tokens, k + 2) && !periodEarlierInClause(tokens, at, clause)) return res(k + 2, 'clause', 'is the day of the change, written after another figure of it');
    if (!related(f) || (ctx.isBase(f) && !wantComparison)) {
      if (joined && !passed && depth === 0 && f.kind === tokens[at]!.figure?.kind && periodRightAfter(tokens, k + 1)) { passed = true; continue; }
      break;
    }
    if (f.kind === 'percent' && tokens[k + 1]?.lower === 'of') pastShare = true;
  }
  // 3. nearest earlier in the sentence; "for the quarter" earlier in the clause is an anaphor too
  // ("Net profit for the quarter more than doubled to $1.05 billion").
  // Not when the figure names its own span: "3.2% for the quarter and 2.2% for the year".
  const yearAfter = (tokens[after]?.lower === 'for' || tokens[after]?.lower === 'in') && tokens[after + 1]?.lower === 'the' && tokens[after + 2]?.lower === 'year';
  let free = !yearAfter; // and no other figure's amount between
  for (let k = at - 1, depth = 0; k >= Math.max(0, at - WINDOW); k--) {
    if (tokens[k]!.kind === 'punct') depth = bracketDepth(tokens, k, depth, -1);
    // ("forecast first-quarter sales below estimates on Wednesday, sending its shares down 8.4%":
    // a move told as the effect of the news before it is the session's, not the news's period.)
    if (ctx.move && tokens[k]!.text === ',' && MOVE_EFFECT_WORDS.has(tokens[k + 1]?.lower ?? '')) break;
    const f = tokens[k]!.figure;
    // ("Its Hong Kong shares fell 4.9% on Thursday, while the A shares closed 1.7% lower": the
    // day of a move earlier in the sentence is a later move's too.)
    if (isResolvedPeriod(f) && depth === 0 && ok(k) && (linkable(f, false) || weekdayOfMove(ctx, tokens, k) || dayBeforeParticiple(ctx, tokens, k) || asOfOpening(tokens, k)) && !relativeClosedBefore(tokens, k, at) && !toldIn(tokens, k) && !releasedAt(tokens, k) && !datesForecast(tokens, k) && !contractMonth(ctx, k)
      && !toDateOfMoveBefore(ctx, tokens, k)) return res(k, 'sentence', 'is earlier in the sentence');
    if (free && f && f.kind !== 'period' && !related(f)) free = false;
    const months = tokens[k]!.lower === 'months';
    if (free && k >= 2 && tokens[k]!.kind === 'word' && (months || ANAPHOR_NOUNS.get(tokens[k]!.lower)) && ctx.latest && !wantComparison && tokens[k]!.clause === clause) {
      const before = anaphorAt(tokens, months ? k - 3 : k - 2);
      const p = before && before.last === k && before.granularity ? ctx.latest(before.granularity) : undefined;
      if (p) return { period: toAbout(p, 'anaphora'), figure: p, why: `period: "the ${months ? `${tokens[k - 1]!.text} ` : ''}${tokens[k]!.text}" earlier in the clause is the latest ${anaphorLabel(before!.granularity)} named before it, "${p.text}"` };
      const derived = before && before.last === k && before.granularity ? derivedAnaphorPeriod(ctx, tokens, before, 'earlier in the clause') : undefined;
      if (derived) return derived;
    }
  }
  // 4. the sentence before
  const earlier = ctx.previous;
  // ("Alphabet raised its 2025 capex forecast to $93 billion … Google Cloud revenue rose 34%": a
  // period not yet over that a forecast before was linked to is the forecast's; results after it
  // keep the period results were reported for.)
  const forecastBefore = !!earlier && !!ctx.ahead && !!ctx.reported && ctx.reported !== ctx.ahead
    && earlier.period.start === ctx.ahead.start && earlier.period.end === ctx.ahead.end;
  // (Nor, for a market move, the contract month of a move before: "Brent crude futures for November
  // delivery settled up $2.21. U.S. crude rose $2.05".)
  const contractBefore = !!earlier && !!ctx.move && CONTRACT_MONTH_AFTER.has(/^\s+([a-z]+)/i.exec(ctx.text.slice(earlier.period.span.end, earlier.period.span.end + 16))?.[1]?.toLowerCase() ?? '');
  // (Nor, for a move that has happened, a period still to come: "The deal is expected to close in
  // the second quarter. Velmora's shares slipped 1.1% in premarket trading.")
  const comingBefore = !!earlier && !!ctx.move && !!ctx.until && earlier.period.start > ctx.until;
  // (Nor, for any figure its clause does not forecast, a period that starts after the reference
  // date: "Markets expect the rate to fall to 2% by mid-2025. Separately, the Swiss central bank
  // cut its rate by 50 basis points" is no cut of 2025.)
  const aheadOfTold = !!earlier && !ctx.forecast && !!ctx.until && earlier.period.start > ctx.until;
  // (Nor, for a market move, a span to date a move before was over: "Platinum has gained 11% since
  // the start of the year … Ukhozi's shares rose 2.1%" is the day's move.)
  const toDateBefore = !!earlier && !!ctx.move && (YEAR_SO_FAR.test(earlier.period.text) || /^since\b/i.test(earlier.period.text));
  // (Nor, for a move on the story's trading day, a period of results that ended before it: "Net
  // profit for the year ended June 30 was A$212.4 million. Coorong shares fell 7.3%" on Aug. 21.)
  const doneBefore = !!earlier && !!ctx.move && !!ctx.session && earlier.period.end < ctx.session.start && spansAQuarter(earlier.period);
  // (Nor, for a result told with no forecast word while an ended period is reported, a period not
  // yet over that the sentence before named for a forecast: "expected volume growth of 20% to 25%
  // in fiscal 2026 … Operating costs rose 14% to A$389 million" keeps the year reported.)
  const runningBefore = !!earlier && !!earlier.forecast && !!ctx.result && !ctx.forecast && !!ctx.until && !!ctx.reported && !wantComparison
    && earlier.period.end > ctx.until && ctx.reported.end <= ctx.until;
  // (Nor, for a move on the story's trading day, a period the lead names after that day, the
  // news it moved on: "Treasury yields rose on Friday after data showed employers added more jobs
  // than expected in May. The 10-year yield climbed 9 basis points" is Friday's move.)
  const newsAfterSession = !!earlier && !!ctx.move && !!ctx.session && ctx.session.span.end <= earlier.period.span.start
    && !SENTENCE_STOP.test(ctx.text.slice(ctx.session.span.end, earlier.period.span.start));
  // (Nor, for a move on the story's trading day, a period still running after that day, which a
  // forecast was given for: "the guidance implied second-half profit of roughly £345m. Shares in
  // Harrowgate rose 6.3 per cent" is the day's move.)
  const runningPastSession = !!earlier && !!ctx.move && !!ctx.session && earlier.period.end > ctx.session.end && !toDateBefore;
  // (Nor, for a move of a company's shares in a results story whose lead names no trading day, a
  // period of a month or more: "… for the six months to 30 September. Shares edged up 0.8% to
  // 1,046p" moved on the day the story was told, which no period written names.)
  const resultsBeforeShares = !!earlier && !!ctx.undatedShareMove && !ctx.session && (monthsSpanned(earlier.period) ?? 0) >= 1;
  if (earlier && !wantComparison && !forecastBefore && !contractBefore && !comingBefore && !aheadOfTold && !toDateBefore && !doneBefore && !runningBefore && !newsAfterSession && !runningPastSession && !resultsBeforeShares) {
    const previous = earlier.sentencesBack === 1;
    return {
      period: toAbout(earlier.period, previous ? 'previous-sentence' : 'earlier-sentence'),
      figure: earlier.period,
      why: `period: "${earlier.period.text}" is in ${previous ? 'the sentence before' : `a sentence ${earlier.sentencesBack} back in the paragraph`}`,
    };
  }
  // 5a. a market move with no period of its own: the trading day the story's lead names
  if (ctx.session && !wantComparison) {
    return { period: toAbout(ctx.session, 'session'), figure: ctx.session, why: `period: "${ctx.session.text}" is the trading day the story's lead names, and the figure is a move of a price, rate or index` };
  }
  // 5. the period an earlier figure of the text was reported for
  if (ctx.reported && !wantComparison) {
    return { period: { ...ctx.reported, basis: 'reported' }, why: `period: "${ctx.reported.text}" is the period the figures before were reported for` };
  }
  return undefined;
}

/**
 * For a move on the story's trading day, a span to date written right after another figure is
 * that figure's: "Delacroix shares, down 8 per cent so far this year, fell 3.9 per cent" (the
 * 3.9 per cent is the day's move).
 */
function toDateOfMoveBefore(ctx: PeriodContext, tokens: readonly Tok[], k: number): boolean {
  if (!ctx.move || !ctx.session) return false;
  const f = tokens[k]!.figure;
  if (!f || (!YEAR_SO_FAR.test(f.text) && !/^since\b/i.test(f.text))) return false;
  const before = tokens[k - 1]?.figure;
  return !!before && before.kind !== 'period';
}

/** Words that make a figure the whole year's: "full-year revenue", "for the full year". */
const WHOLE = new Set(['full', 'whole']);
const WHOLE_YEAR = new Set(['full-year', 'whole-year']);

/** Words after "for the year" that name another year: "for the year ended March 31", "in the year to June". */
const YEAR_NAMED_AFTER = new Set(['ended', 'ending', 'to', 'through', 'until', 'before', 'ago', 'earlier']);

/** How far back "full-year" may be before a word of guidance: "its full-year forecast for adjusted earnings before interest and taxes to". */
const FORECAST_REACH = 14;
/** Words that open a clause of another event between "full-year" and a figure: "raised its full-year outlook after profit rose 14%". */
const EVENT_OPENERS: ReadonlySet<string> = new Set(['after', 'because', 'while', 'although', 'though', 'despite', 'whereas']);
/** Words of guidance after "full-year": the figures it is given for are the year's. */
const GUIDANCE_NOUNS: ReadonlySet<string> = new Set(['forecast', 'forecasts', 'guidance', 'outlook', 'target', 'targets']);

/**
 * "full-year" (or "full year") just before the figure ("full-year forecast for operating profit
 * of"), or "for the full year", "for the year" right after it: its tokens.
 */
function fullYearWords(tokens: readonly Tok[], at: number, after: number): { first: number; last: number } | undefined {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= 0 && k >= at - FORECAST_REACH && tokens[k]!.clause === clause; k--) {
    const t = tokens[k]!;
    // ("full-year profit rose 4% to 402 billion yen": the target looks past the change's amount.)
    // ("lowered its full-year sales forecast on Wednesday to …": a day it was said on stands between.)
    if (t.kind === 'figure' && !(k === at - 2 && t.figure?.kind === 'percent' && tokens[at - 1]!.lower === 'to') && !(t.figure?.kind === 'period' && t.figure.granularity === 'day')) break;
    // ("raised its full-year guidance on Thursday after core operating profit rose 14% … in the
    // first half": a clause of what happened first is not the guidance.)
    if (EVENT_OPENERS.has(t.lower)) break;
    // ("raised its full-year forecast for adjusted earnings before interest and taxes to $12
    // billion": farther back only before a word of guidance.)
    if (at - k > 8 && !GUIDANCE_NOUNS.has(tokens[k + 1]?.lower ?? '')) continue;
    if (WHOLE_YEAR.has(t.lower)) return { first: k, last: k };
    if (t.lower === 'year' && WHOLE.has(tokens[k - 1]?.lower ?? '')) return { first: k - 1, last: k };
    // "Capital expenditure for the year is expected to be about $3.5 billion": "for the year"
    // after the measure, before the figure (not "for the year ended March 31", another year).
    // (Nor "to" before the figure: "taking total share repurchases for the year to $5 billion".)
    if (t.lower === 'year' && tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'for' && tokens[k + 1]?.kind === 'word' && (!YEAR_NAMED_AFTER.has(tokens[k + 1]!.lower) || (k + 2 === at && tokens[k + 1]!.lower === 'to'))) return { first: k - 2, last: k };
  }
  let k = after;
  const prep = tokens[k]?.lower;
  if (prep === 'for') k++;
  if (tokens[k]?.lower === 'the') k++;
  if (k > after && WHOLE_YEAR.has(tokens[k]?.lower ?? '')) return { first: k, last: k };
  if (k > after && WHOLE.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'year') return { first: k, last: k + 1 };
  // "a budget of $3.2 billion for the year", "rose 4% in the year": the year of the period talked about.
  if ((prep === 'for' || prep === 'in') && tokens[after + 1]?.lower === 'the' && tokens[after + 2]?.lower === 'year' && !YEAR_NAMED_AFTER.has(tokens[after + 3]?.lower ?? '')) return { first: after, last: after + 2 };
  return undefined;
}

/** Words joining a word of guidance to the "full-year" measure after it: "its target of full-year EBITDA", "guidance for full-year sales". */
const GUIDANCE_JOINS: ReadonlySet<string> = new Set(['of', 'for']);

/** A word of guidance and "of" or "for" right before token `k`: "its target of full-year EBITDA of €1.3 billion". */
const guidanceOf = (tokens: readonly Tok[], k: number): boolean => GUIDANCE_JOINS.has(tokens[k - 1]?.lower ?? '') && GUIDANCE_NOUNS.has(tokens[k - 2]?.lower ?? '');

/** How many words of a measure may stand between "full-year" and its word of guidance: "full-year net profit forecast". */
const GUIDANCE_MEASURE_WORDS = 3;

/**
 * A figure of a full-year forecast with no period found for it ("raised its full-year forecast
 * for underlying EBITDA to $9.5 billion-$10.0 billion, …, after third-quarter earnings beat"): the
 * calendar year of the reference date, as the text assumes calendar years, or the fiscal year
 * holding it when the text's fiscal years start in month `fiscalStart` ("raised its full-year net
 * profit forecast" from a company "whose fiscal year ends in March"). Only "full-year" (or "full
 * year") before a word of guidance, a measure's words between ("full-year sales forecast");
 * `ref` is the reference date.
 */
export function guidanceYear(text: string, tokens: readonly Tok[], at: number, after: number, ref: string | undefined, fiscalStart = 1): FoundPeriod | undefined {
  if (!ref || !/^\d{4}-\d{2}/.test(ref)) return undefined;
  const words = fullYearWords(tokens, at, after);
  if (!words || words.last >= at) return undefined;
  let g = words.last + 1;
  while (g < at && g <= words.last + GUIDANCE_MEASURE_WORDS && tokens[g]!.kind === 'word' && !tokens[g]!.cap && !GUIDANCE_NOUNS.has(tokens[g]!.lower)) g++;
  if (!GUIDANCE_NOUNS.has(tokens[g]?.lower ?? '') && !guidanceOf(tokens, words.first)) return undefined;
  const span = { start: tokens[words.first]!.start, end: tokens[words.last]!.end };
  const y = Number(ref.slice(0, 4)), m = Number(ref.slice(5, 7));
  const from = fiscalStart === 1 || m >= fiscalStart ? y : y - 1;
  const endMonth = fiscalStart === 1 ? 12 : fiscalStart - 1, endYear = fiscalStart === 1 ? from : from + 1;
  const mm = (n: number): string => String(n).padStart(2, '0');
  const start = `${from}-${mm(fiscalStart)}-01`, end = `${endYear}-${mm(endMonth)}-${mm(daysInMonth(endYear, endMonth))}`;
  return {
    period: { start, end, text: text.slice(span.start, span.end), span, basis: 'full-year' },
    why: `period: "${text.slice(span.start, span.end)}" guidance with no period named is for the year holding the reference date, ${start} to ${end}`,
  };
}

/**
 * A full-year guidance figure whose period `found` comes from an earlier sentence and lies before
 * the year the guidance is for ({@link guidanceYear}), when the text has written a period of that
 * year before it (`writtenIn`), is a comparison's period, not the guidance's: "first-half revenue
 * … bookings about 3% ahead of last year. … its target of full-year EBITDA of €1.3 billion" is
 * this year's. (Told in January with no period of the new year written, "2025 revenue rose 5%.
 * It met its full-year target" keeps 2025.)
 */
export function guidanceOverStaleYear(text: string, tokens: readonly Tok[], at: number, after: number, found: FoundPeriod | undefined, ref: string | undefined, fiscalStart: number | undefined, writtenIn: (start: string, end: string) => boolean): FoundPeriod | undefined {
  if (!found || (found.period.basis !== 'previous-sentence' && found.period.basis !== 'earlier-sentence')) return found;
  const guided = guidanceYear(text, tokens, at, after, ref, fiscalStart);
  return guided && guided.period.start > found.period.end && writtenIn(guided.period.start, guided.period.end) ? guided : found;
}

/** The twelve months from a month's first day: "2025-04-01" → April 2025 to March 2026. */
function twelveMonthsFrom(start: string): { start: string; end: string } {
  const iv = monthsInterval(Number(start.slice(0, 4)), Number(start.slice(5, 7)), 12);
  return { start: toISO(iv.start), end: toISO(iv.end) };
}

/** A period carried from earlier figures (no period figure): a calendar month, quarter or half, not a fiscal one. */
function isCalendarPart(p: AboutPeriod): boolean {
  return !/fiscal|ended|ending|\bto\b/i.test(p.text) && onCalendar(p);
}

/** Whether a period's dates are a calendar month, quarter, half or nine months from January, whatever its words. */
function onCalendar(p: AboutPeriod): boolean {
  if (p.start.slice(8) !== '01') return false;
  const months = (Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4))) * 12 + Number(p.end.slice(5, 7)) - Number(p.start.slice(5, 7)) + 1;
  const sm = Number(p.start.slice(5, 7));
  // (Nine months from January too: "full-year net income target" in a nine-month report.)
  return (months === 1 || (months === 3 && sm % 3 === 1) || (months === 6 && sm % 6 === 1) || (months === 9 && sm === 1)) && Number(p.end.slice(8)) === daysInMonth(Number(p.end.slice(0, 4)), Number(p.end.slice(5, 7)));
}

/** The words of a year so far carried as a reported period (no period figure at hand). */
const YEAR_SO_FAR = /\b(?:so far this year|year[- ]to[- ]date|ytd|since the (?:start|beginning) of the year)\b/i;

/** Periods whose calendar year is plainly the year they are part of: not fiscal, not "six months ended". */
const PART_OF_CALENDAR_YEAR = new Set(['quarter', 'half', 'month']);

/**
 * For a figure written as the full year's ("full-year revenue of RMB26 billion"), the calendar
 * year of the period found for it, when that period is a quarter, half or month of a calendar
 * year; otherwise `found` unchanged.
 */
export function widenToFullYear(text: string, tokens: readonly Tok[], at: number, after: number, yearHolding: (part: { readonly start: string; readonly end: string }) => { readonly start: string; readonly end: string } | undefined, found: FoundPeriod | undefined, statedFiscalStart?: number): FoundPeriod | undefined {
  if (!found) return found;
  const p = found.figure;
  // (A month right after the figure of a full-year measure named before it is when it was set:
  // "cut its full-year sales target to 520 billion yuan in August" is the year's target.)
  if (found.period.basis === 'adjacent' && !(p?.granularity === 'month' && (fullYearWords(tokens, at, after)?.first ?? at) < at)) return found;
  // A range of months ("October-December") counts when it is a calendar quarter, half or month.
  const y = found.period.start.slice(0, 4);
  // (Also the year so far: "cut $2.2 billion of costs so far this year … Capital expenditure for
  // the year is expected to be $3.5 billion".)
  const yearSoFar = found.period.start === `${y}-01-01` && (p ? p.rule.endsWith('.ytd') : YEAR_SO_FAR.test(found.period.text));
  // (A quarter stated by its end counts when it is a calendar one: "adjusted EBITDA of $6 million
  // for the three months to Sept 30 … raised its full-year revenue forecast" is the year, never
  // that quarter. Not six months ended: "the six months to Dec. 31" is often a fiscal half.)
  const endedQuarter = p?.granularity === 'quarter' && p.rule.includes('ended') && onCalendar(found.period);
  const part = yearSoFar || endedQuarter || (p && p.granularity !== 'custom' ? PART_OF_CALENDAR_YEAR.has(p.granularity) && !p.rule.includes('fiscal') && !p.rule.includes('ended') : isCalendarPart(found.period));
  // (A half or quarter stated by its end or as a fiscal one counts when it opens the text's year:
  // "the six months to 30 June 2026 … still expects full-year pre-tax profit of about £330m" is
  // 2026, and "the six months to 30 September 2025" in a text whose year starts in April is April
  // to March; not "the six months to Dec. 31" of a year that may start in July.)
  // (A fiscal one only when the text states its fiscal calendar: "the first quarter of fiscal
  // 2024" alone may be of a year of any calendar.)
  const months = monthsSpanned(found.period), fiscalStart = statedFiscalStart ?? 1, stated = statedFiscalStart !== undefined;
  const opensYear = !part && (months === 3 || months === 6 || months === 9) && found.period.start.endsWith('-01')
    && (p ? (p.granularity === 'half' || p.granularity === 'quarter') && (p.rule.includes('ended') || (stated && p.rule.includes('fiscal')))
      : /ended|ending|\bto\b/i.test(found.period.text) || (stated && /fiscal|financial/i.test(found.period.text)))
    && (Number(found.period.start.slice(5, 7)) === fiscalStart
      // (From January, when it does not close the text's fiscal year: "Dunmore … six months to 30
      // June" in a story whose other company's year "ends in March".)
      || (found.period.start.slice(5, 7) === '01' && Number(found.period.end.slice(5, 7)) % 12 + 1 !== fiscalStart));
  if (!part && !opensYear) return found;
  if (part && found.period.end.slice(0, 4) !== y) return found;
  const words = fullYearWords(tokens, at, after);
  if (!words) return found;
  const span = { start: tokens[words.first]!.start, end: tokens[words.last]!.end };
  // (On the text's own calendar when it has written a year that holds the part: "the year ended
  // March 31 … the fourth quarter … full-year profit" is that year, not the calendar one.)
  const year = yearHolding(found.period) ?? (opensYear ? twelveMonthsFrom(found.period.start) : { start: `${y}-01-01`, end: `${y}-12-31` });
  return {
    period: { start: year.start, end: year.end, text: text.slice(span.start, span.end), span, basis: 'full-year' },
    figure: p,
    why: `${found.why}; the figure is for the full year: ${year.start} to ${year.end}`,
  };
}

/**
 * Words before a period that say results are given for it: "reported financial results for the
 * three months ended …", "Interim results for the six months …", "our results for the first
 * half …" (not "third quarter results will show a loss": results to come, or talked about).
 */
const RESULTS_BEFORE = /\b(?:reported|reports|announced|announces|released|releases|posted|posts|published|publishes|our|interim|annual|quarterly|preliminary)\s+(?:[a-z-]+\s+)?results\s+(?:for|of)\s+(?:the\s+)?$/i;
/** A headline's "Results" after the period: "Marlow Reports Third Quarter 2026 Results". */
const RESULTS_AFTER = /^\s+(?:Financial\s+|Earnings\s+|Operating\s+)?Results\b/;
/**
 * A result's measure right after the period, as a lead names what it reports before giving any
 * figure: "reported a smaller-than-expected fall in third-quarter operating profit on Tuesday",
 * "two railroads reported contrasting fourth-quarter results".
 */
const RESULT_MEASURE_AFTER = /^\s+(?:(?:net|operating|pre-tax|pretax|core|underlying|adjusted|gross|cash|statutory|attributable|recurring|financial)\s+){0,2}(?:profits?|earnings|income|revenues?|sales|losses|loss|results)\b/i;

/**
 * A period that a text announces results for ("today reported financial results for the three
 * months ended September 27", "Interim results for the six months ended 30 June", "Third
 * Quarter 2026 Results"; with `first`, when no period has been reported yet, also "a fall in
 * third-quarter operating profit"), in a sentence without amounts: the period of the results that follow.
 * Only the few characters around the period are read.
 */
export function resultsPeriodOf(text: string, p: Figure, first = false): AboutPeriod | undefined {
  if (!isAntecedentPeriod(p)) return undefined;
  const { start, end } = p.span;
  if (!RESULTS_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && !RESULTS_AFTER.test(text.slice(end, end + 30)) && !(first && measureNamedAfter(text, p))) return undefined;
  return toAbout(p, 'reported');
}

/**
 * The quarter or half a story's lead names for what the company did before any of its figures,
 * when none of them took it ("Streamwell added more subscribers than expected in the second
 * quarter and raised its full-year margin forecast to 27%"): the last plain period of the
 * sentence, ended by `until`, that `taken` says no figure was linked to. Carried like a period
 * reported for. (Not one named after the figures: "slipped to 2.66 billion stg in January …
 * close to the average level for 1986's fourth quarter" compares.)
 */
export function leadPeriodOf(tokens: readonly Tok[], until: string, taken: (p: ResolvedPeriod) => boolean): AboutPeriod | undefined {
  const p = lastPlainPeriod(tokens);
  if (!p || (p.granularity !== 'quarter' && p.granularity !== 'half') || p.end > until || taken(p)) return undefined;
  if (tokens.some((t) => t.figure && t.figure.kind !== 'period' && t.start < p.span.start)) return undefined;
  return toAbout(p, 'reported');
}

/**
 * A quarter or half written as one hyphenated adjective before a result's measure ("a fall in
 * third-quarter operating profit", "first-half pre-tax profit"): the period a lead reports before
 * giving any figure. (Not "its flat first half net profit" nor "1985 net profit": a year or a
 * half written apart may be a fiscal one or a comparison.)
 */
function measureNamedAfter(text: string, p: ResolvedPeriod): boolean {
  if ((p.granularity !== 'quarter' && p.granularity !== 'half') || !/^[a-z]+-(?:quarter|half)$/i.test(p.text)) return false;
  return RESULT_MEASURE_AFTER.test(text.slice(p.span.end, p.span.end + 50));
}

/** A period another can refer back to: resolved, longer than a week, not a comparison by its own words. */
export const isAntecedentPeriod = (f: Figure): f is ResolvedPeriod => isResolvedPeriod(f) && linkable(f, false) && !isComparisonText(f.text) && !PREVIOUS_PERIOD_TEXT.test(f.text);

/** How many days a quarter of a 52/53-week calendar spans at least: 13 weeks, less a day or two for a month-based one. */
const QUARTER_DAYS = 89;

/**
 * `p` spans a quarter or more: three whole months or more, or, on a retailer's or chipmaker's
 * week calendar, 13 weeks or more ("the quarter ended Dec. 28" is September 29 to December 28).
 */
function spansAQuarter(p: { readonly start: string; readonly end: string }): boolean {
  const months = monthsSpanned(p);
  if (months !== undefined) return months >= 3;
  return (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000 + 1 >= QUARTER_DAYS;
}

/** Whole months a period covers ("July-September": 3), or undefined when it does not start on a 1st and end on a month's last day. */
export function monthsSpanned(p: { readonly start: string; readonly end: string }): number | undefined {
  const sy = Number(p.start.slice(0, 4)), sm = Number(p.start.slice(5, 7)), ey = Number(p.end.slice(0, 4)), em = Number(p.end.slice(5, 7));
  if (p.start.slice(8) !== '01' || Number(p.end.slice(8)) !== daysInMonth(ey, em)) return undefined;
  return (ey - sy) * 12 + em - sm + 1;
}

/** The last period of a sentence's tokens that is not a comparison (for rule 5 of the next sentence). */
export function lastPlainPeriod(tokens: readonly Tok[], reportedStart?: string, level = false): ResolvedPeriod | undefined {
  for (let k = tokens.length - 1, depth = 0; k >= 0; k--) {
    if (tokens[k]!.kind === 'punct') depth = bracketDepth(tokens, k, depth, -1);
    const f = tokens[k]!.figure;
    // Not a period in brackets: "(H1 2025: GBP701.3m)" is the prior period of the figure beside it.
    // ("A year earlier, it earned $7.8 billion. Revenue fell 4%": a comparison period opening its
    // sentence is that sentence's own, not what the next one is about.)
    // (Nor when something was told: "… less than it projected in January. Euro zone growth was
    // trimmed" is about the year forecast, not January.)
    // (A month or year after "end of" dates a level on its last day: "the bad-loan ratio was 1.4%
    // at the end of June. Operating income fell 3%" is not about June, but "Deposits rose to $680
    // million" after "loans at end-1986 totalled …" is of that day. Only a level, `level`, takes it.)
    if (isResolvedPeriod(f) && depth === 0 && !isComparison(tokens, k) && !isComparisonText(f.text) && !ofComparedFigure(tokens, k) && linkable(f, false) && !inConcession(tokens, k) && !boundsYear(tokens, k) && !toldWhen(tokens, k) && !datesForecast(tokens, k)
      && !(reportedStart && f.end < reportedStart && inCauseAfterFigure(tokens, k))) {
      const end = endOf(tokens, k) && f.granularity !== 'day' && f.granularity !== 'week';
      if (!end) return f;
      if (level) return { ...f, start: f.end };
    }
  }
  return undefined;
}

/**
 * The period at `k` is in a clause of cause after a figure ("Sales in Japan fell 15 per cent
 * after a boom in tourist spending last year"): it dates that cause. (With the period reported
 * starting after it, it is no period the next sentence is about.)
 */
function inCauseAfterFigure(tokens: readonly Tok[], k: number): boolean {
  const clause = tokens[k]!.clause;
  for (let j = k - 1; j >= 0 && j >= k - WINDOW && tokens[j]!.clause === clause; j--) {
    const t = tokens[j]!;
    if (t.kind === 'figure') return false;
    if (t.kind === 'word' && MOVE_CAUSES.has(t.lower) && t.lower !== 'as' && !NOT_CAUSE_AFTER_AFTER.has(tokens[j + 1]?.lower ?? '') && !ARTICLE_OR_SUCH.has(tokens[j - 1]?.lower ?? '')) {
      return tokens[j - 1]?.kind === 'figure' && tokens[j - 1]!.figure!.kind !== 'period';
    }
  }
  return false;
}

/**
 * A cause opens at token `j` (after a comma): "helped by", "driven by", "due to", past an adverb
 * ("primarily due to the extra week in fiscal 2023"); not "due to be paid" or "due to announce
 * its 1986 profit", a schedule ("due to lower volumes" is a cause).
 */
function causeOpensAt(tokens: readonly Tok[], j: number): boolean {
  if (tokens[j]?.kind === 'word' && tokens[j]!.lower.endsWith('ly') && !tokens[j]!.cap) j++;
  const w = tokens[j]?.lower ?? '';
  if (!CAUSE_WORDS.has(w)) return false;
  if (w !== 'due') return true;
  const v = tokens[j + 2];
  return tokens[j + 1]?.lower === 'to' && !(v?.kind === 'word' && isVerb(v.lower) && !v.lower.endsWith('er'));
}

/**
 * The first period of the clause of cause after the comma at `k` ends before `base` starts: it
 * dates another, earlier event ("…, primarily due to the extra week in fiscal 2023" in a story
 * of fiscal 2024), not the figure before it. Reads at most {@link WINDOW} tokens.
 */
function earlierCause(tokens: readonly Tok[], k: number, base: { readonly start: string } | undefined): boolean {
  if (!base) return false;
  const clause = tokens[k]!.clause;
  for (let j = k + 1; j < tokens.length && j < k + WINDOW && tokens[j]!.clause === clause; j++) {
    const f = tokens[j]!.figure;
    if (isResolvedPeriod(f)) return f.end.slice(0, 10) < base.start.slice(0, 10);
  }
  return false;
}

/** Verbs of a fiscal year's first or last day after "which"/"that": "fiscal 2026, which ends in March 2027". */
const YEAR_BOUND_VERBS: ReadonlySet<string> = new Set(['ends', 'ended', 'end', 'begins', 'began', 'begin', 'starts', 'started', 'start']);

/**
 * The period at `k` is the month or day a year before it ends or starts on, told in a relative
 * clause ("in fiscal 2026, which ends in March 2027"): it bounds that year, and is no period the
 * sentences after are about.
 */
function boundsYear(tokens: readonly Tok[], k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.lower === 'in' || tokens[j]?.lower === 'on') j--;
  if (!YEAR_BOUND_VERBS.has(tokens[j]?.lower ?? '')) return false;
  return tokens[j - 1]?.lower === 'which' || tokens[j - 1]?.lower === 'that';
}

/** Words opening a relative clause after a comma: ", which …", ", who …". */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whose']);

/**
 * The token at `k` is in a relative clause set off by a comma ("Fuel, which the group has 85%
 * hedged for the current fiscal year at $76 a barrel, fell 3% to €3.0bn"): its period describes
 * the name before, and is not the period of the figures of the clauses around it. Reads back
 * at most {@link WINDOW} tokens.
 */
function inRelativeClause(tokens: readonly Tok[], k: number): boolean {
  const clause = tokens[k]!.clause;
  let first = k;
  while (first > 0 && k - first < WINDOW && tokens[first - 1]!.clause === clause) {
    first--;
    // (", whose …" opens no clause of its own: "Velmora, whose drug loses its patent in 2029, will
    // fund the deal with $3 billion of debt".)
    if (tokens[first]!.text === ',' && tokens[first + 1]?.lower === 'whose') return true;
  }
  return tokens[first]!.text === ',' && RELATIVE_OPENERS.has(tokens[first + 1]?.lower ?? '');
}

/**
 * The period at `k` is in a relative clause that a comma and the main clause's verb close
 * before the figure at `at` (", which … for the current fiscal year …, fell 3%").
 */
function relativeClosedBefore(tokens: readonly Tok[], k: number, at: number): boolean {
  for (let j = k + 1; j < at; j++) if (tokens[j]!.text === ',' && mainVerbAt(tokens, j + 1)) return inRelativeClause(tokens, k);
  return false;
}

/** A lower-case verb (or modal) at `k`, as the main clause's after a relative clause and its comma. */
function mainVerbAt(tokens: readonly Tok[], k: number): boolean {
  const v = tokens[k];
  return v?.kind === 'word' && !v.cap && (isVerb(v.lower) || MODAL_VERBS.has(v.lower));
}

/** Words opening a clause of contrast after a comma: ", although …", ", though …", ", whereas …". */
const CONCESSIVE: ReadonlySet<string> = new Set(['although', 'though', 'whereas']);

/**
 * The token at `k` is in a clause of contrast after the main one ("margin narrowed over the year,
 * although its margin in the second half was stable"): an aside, not the period the text goes on about.
 */
export function inConcession(tokens: readonly Tok[], k: number): boolean {
  const clause = tokens[k]!.clause;
  if (clause === 0) return false;
  const first = tokens.findIndex((t) => t.clause === clause);
  return first > 0 && tokens[first]!.text === ',' && CONCESSIVE.has(tokens[first + 1]?.lower ?? '');
}

/** Words before a figure that make it the one compared with: "below the $9.5 billion", "from $4m". */
const COMPARED_FIGURE = new Set(['below', 'above', 'from', 'versus', 'vs', 'against', 'compared']);

/**
 * The period at `k` is that of a figure compared with, a few words before it: "… but below
 * the $9.51 billion it posted in the first three months". It is not what the next sentence is about.
 */
function ofComparedFigure(tokens: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const f = tokens[j]!.figure;
    if (!f) continue;
    if (f.kind === 'period') return false;
    // "compared to $231 million, or $1.22 a share, in the third quarter of 2025": past the restatement.
    if (tokens[j - 1]?.lower === 'or' && tokens[j - 2]?.text === ',' && tokens[j - 3]?.figure && tokens[j - 3]!.figure!.kind !== 'period') j -= 3;
    for (let i = j - 1; i >= 0 && i >= j - 3; i--) {
      const t = tokens[i]!;
      if (t.kind === 'word' && COMPARED_FIGURE.has(t.lower)) return true;
      // "revenue of £1.9bn for 2024, after £2.1bn last year": "after" an amount its period follows
      // right away sets it against the one before (not "after a $2m charge in the quarter").
      if (t.kind === 'word' && t.lower === 'after' && i === j - 1 && j === k - 1) return true;
      if (t.kind !== 'word' || (t.lower !== 'the' && t.lower !== 'a' && t.lower !== 'with' && t.lower !== 'to')) return false;
    }
    return false;
  }
  return false;
}
