/**
 * Linking a money figure to the period it is for, inside one sentence:
 *
 * 1. a period right after it, joined by a preposition: "RMB2.3 billion for the first half
 *    of 2017", "$5bn in 2018", "$790M Q1 loss" (after its stated equivalent, if any);
 * 2. else the nearest period before it in the same sentence that is not a comparison
 *    ("compared with the year-earlier period", "from 2017", "than last year"), among the
 *    few periods just before it:
 *    "For the first six months, ZTE reported … revenues, to RMB39.4 billion".
 *
 * Only resolved periods (with start and end) are linked.
 */
import { COMPARISON_PERIOD_TEXT as COMPARISON_PERIOD, RELATIVE_SEASON_AFTER } from '../lexicon/periods';
import type { Figure, MoneyFigure, PeriodFigure, Span } from '../types';
import type { SentenceIndex } from './sentences';

/**
 * Between an amount (or its stated equivalent) and a period right after it: a closing
 * bracket, a comma, a preposition. No two quantifiers here can match the same characters
 * next to each other (`\s*,?\s*` would backtrack polynomially on long whitespace), and the
 * gap is read only up to {@link AFTER_GAP_MAX} characters.
 */
const AFTER_GAP = /^\s*(?:[)\]]\s*)?(?:,\s*)?(?:(?:in|for|during|over|through|throughout|at the end of|as of|by the end of|ended|ending|in the course of)\s+(?:the\s+)?)?$/i;
/** A period further than this after the amount is not "right after" it. */
const AFTER_GAP_MAX = 64;
const COMPARISON_BEFORE = /(?:compared (?:with|to)|comparison with|versus|vs\.?|from|than|against|over|year-earlier|year-ago)\s+(?:the\s+|a\s+)?$/i;

/**
 * How many periods before an amount are looked at. A sentence states a handful; without a
 * bound, text that is one endless "sentence" of comparisons made the search quadratic.
 */
const BEFORE_MAX = 8;

const resolved = (p: Figure): p is PeriodFigure & { start: string; end: string } => p.kind === 'period' && !!p.start && !!p.end;

/**
 * For each money figure, the period it refers to, if the sentence states one.
 * `after` is where to start looking for a following period (the end of a stated equivalent).
 */
export function linkPeriods(
  text: string,
  figures: readonly Figure[],
  sentences: Pick<SentenceIndex, 'indexOf' | 'startOf'>,
  afterOf: (m: MoneyFigure) => number,
): Map<MoneyFigure, PeriodFigure & { start: string; end: string }> {
  const out = new Map<MoneyFigure, PeriodFigure & { start: string; end: string }>();
  const periods = figures.filter(resolved);
  if (periods.length === 0) return out;
  // What each period's own position says, worked out on first need: an amount looks back
  // at up to eight periods, and neighbouring amounts look at the same ones.
  const sentenceOfPeriod = new Int32Array(periods.length).fill(-1);
  const sentenceOf = (k: number): number => {
    if (sentenceOfPeriod[k]! < 0) sentenceOfPeriod[k] = sentences.indexOf(periods[k]!.span.start);
    return sentenceOfPeriod[k]!;
  };
  /** 0 unknown, 1 a comparison ("from 2017", "the year-earlier period"), 2 not. */
  const comparison = new Uint8Array(periods.length);
  const isComparison = (k: number, sentence: number): boolean => {
    if (comparison[k] === 0) {
      const p = periods[k]!;
      const before = text.slice(Math.max(sentences.startOf(sentence), p.span.start - 40), p.span.start);
      comparison[k] = COMPARISON_BEFORE.test(before) || COMPARISON_PERIOD.test(p.text) ? 1 : 2;
    }
    return comparison[k] === 1;
  };
  for (const m of figures) {
    if (m.kind !== 'money') continue;
    const sentence = sentences.indexOf(m.span.start);
    const after = afterOf(m);
    // 1. a period right after.
    let lo = 0, hi = periods.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (periods[mid]!.span.start >= after) hi = mid;
      else lo = mid + 1;
    }
    const next = periods[lo];
    if (next && next.span.start - after <= AFTER_GAP_MAX && sentenceOf(lo) === sentence && AFTER_GAP.test(text.slice(after, next.span.start))) {
      out.set(m, next);
      continue;
    }
    // 2. the nearest earlier period in the sentence that is not a comparison; none when a
    // season told relative to now follows the amount ("€1bn next season": that season's).
    if (text.charCodeAt(after) === 32 && RELATIVE_SEASON_AFTER.test(text.slice(after, after + 40))) continue;
    for (let i = lo - 1; i >= 0 && i >= lo - BEFORE_MAX; i--) {
      const p = periods[i]!;
      if (p.span.end > m.span.start) continue;
      if (sentenceOf(i) !== sentence) break;
      if (isComparison(i, sentence)) continue;
      out.set(m, p);
      break;
    }
  }
  return out;
}

export const spanOf = (f: { span: Span }): Span => ({ start: f.span.start, end: f.span.end });
