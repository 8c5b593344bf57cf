/**
 * The period a money or percent figure refers to, tried in this order:
 *
 *   1. adjacent           right after the figure (and its stated equivalent), perhaps after
 *                         a preposition: `24% in 2016`, `2.5% last year`, `$790M Q1 loss`,
 *                         `RMB2.3 billion ($330 million) for the first half of 2017`
 *   2. clause             later in the figure's clause, with no other figure between:
 *                         `8.6% of its revenues in the last fiscal year`
 *   3. sentence           the nearest earlier period of the sentence that is not a
 *                         comparison: `For the first six months, ZTE reported a 27% drop`
 *   4. previous-sentence  the last such period of the nearest earlier sentence of the
 *      earlier-sentence   paragraph that has one (`previous-sentence` when that is the
 *                         sentence right before)
 *   5. reported           the period the latest earlier figure of the text was linked to in
 *                         its own sentence (rules 1-3): news gives each sentence a paragraph,
 *                         and "Revenue rose 14%" after "Net income rose … in the quarter
 *                         ended Sept. 30" is for that quarter too. A period no figure was
 *                         linked to does not carry past its paragraph.
 *
 * A period later in the sentence but in another clause is not linked: it is usually another
 * figure's or another event's (", which closed in June").
 *
 * A comparison period (`compared with the year-earlier period`, `from a year ago`) goes to
 * the base of a change, never to its amount or target. Days and weeks link only when
 * adjacent: a date elsewhere in a sentence is usually when something was said.
 */
import type { Figure, PeriodFigure } from '../types';
import type { Tok } from './tokens';
import type { AboutPeriod, ChangeRole, PeriodBasis } from './types';

export type ResolvedPeriod = PeriodFigure & { readonly start: string; readonly end: string };

export const isResolvedPeriod = (f: Figure | undefined): f is ResolvedPeriod => !!f && f.kind === 'period' && !!f.start && !!f.end;

/** How many tokens away a period may be (keeps long table-like sentences linear). */
const WINDOW = 60;

const ADJ_GAP = new Set(['in', 'for', 'during', 'over', 'through', 'throughout', 'the', 'of', 'as', 'ended', 'ending', 'at', 'end', 'by', 'on', ',', 'since']);
const COMPARISON_BEFORE = new Set(['compared', 'comparison', 'versus', 'vs', 'from', 'than', 'against', 'with', 'since']);
const COMPARISON_TEXT = /\b(?:year[- ](?:earlier|ago)|earlier period|a year (?:earlier|ago)|prior[- ]year|previous year|last year's|same (?:period|quarter|time))\b/i;

/** A period token is a comparison when a comparison word precedes it or its words are one. */
function isComparison(tokens: readonly Tok[], k: number): boolean {
  const p = tokens[k]!.figure!;
  if (COMPARISON_TEXT.test(p.text)) return true;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (COMPARISON_BEFORE.has(t.lower)) return t.lower !== 'with' || tokens[j - 1]?.lower === 'compared';
    if (t.lower !== 'the' && t.lower !== 'a' && t.lower !== 'same') return false;
  }
  return false;
}

const linkable = (p: ResolvedPeriod, adjacent: boolean): boolean => adjacent || (p.granularity !== 'day' && p.granularity !== 'week');

const toAbout = (p: ResolvedPeriod, basis: PeriodBasis): AboutPeriod => ({ start: p.start, end: p.end, text: p.text, span: { start: p.span.start, end: p.span.end }, basis });

/** A period of an earlier sentence of the paragraph, and how many sentences back it is. */
export interface EarlierPeriod {
  readonly period: ResolvedPeriod;
  readonly sentencesBack: number;
}

export interface PeriodContext {
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
  /** The period the latest earlier figure of the text was linked to in its own sentence (rule 5). */
  readonly reported?: AboutPeriod | undefined;
}

/** The period linked to the figure at `ctx.at`, with the rule that found it. */
export function findPeriod(ctx: PeriodContext): { period: AboutPeriod; why: string } | undefined {
  const { tokens, at, after, role, related } = ctx;
  const clause = tokens[at]!.clause;
  const wantComparison = role === 'base';
  const ok = (k: number): boolean => isComparison(tokens, k) === wantComparison;
  const res = (k: number, basis: PeriodBasis, why: string): { period: AboutPeriod; why: string } => ({ period: toAbout(tokens[k]!.figure as ResolvedPeriod, basis), why: `period: "${tokens[k]!.text}" ${why}` });

  // 1. adjacent
  for (let k = after, steps = 0; k < tokens.length && steps < 5; k++, steps++) {
    const t = tokens[k]!;
    if (t.kind === 'figure') {
      if (isResolvedPeriod(t.figure)) return res(k, 'adjacent', 'is written right after the figure');
      break;
    }
    if (!ADJ_GAP.has(t.lower)) break;
  }
  // 2. later in the clause, no unrelated figure between
  for (let k = after; k < Math.min(tokens.length, after + WINDOW); k++) {
    const t = tokens[k]!;
    if (t.clause !== clause) break;
    const f = t.figure;
    if (!f) continue;
    if (isResolvedPeriod(f)) {
      if (ok(k) && linkable(f, false)) return res(k, 'clause', 'is later in the same clause');
      continue;
    }
    if (!related(f) || (ctx.isBase(f) && !wantComparison)) break;
  }
  // 3. nearest earlier in the sentence
  for (let k = at - 1; k >= Math.max(0, at - WINDOW); k--) {
    const f = tokens[k]!.figure;
    if (isResolvedPeriod(f) && ok(k) && linkable(f, false)) return res(k, 'sentence', 'is earlier in the sentence');
  }
  // 4. the sentence before
  const earlier = ctx.previous;
  if (earlier && !wantComparison) {
    const previous = earlier.sentencesBack === 1;
    return {
      period: toAbout(earlier.period, previous ? 'previous-sentence' : 'earlier-sentence'),
      why: `period: "${earlier.period.text}" is in ${previous ? 'the sentence before' : `a sentence ${earlier.sentencesBack} back in the paragraph`}`,
    };
  }
  // 5. the period an earlier figure of the text was reported for
  if (ctx.reported && !wantComparison) {
    return { period: { ...ctx.reported, basis: 'reported' }, why: `period: "${ctx.reported.text}" is the period the figures before were reported for` };
  }
  return undefined;
}

/** The last period of a sentence's tokens that is not a comparison (for rule 5 of the next sentence). */
export function lastPlainPeriod(tokens: readonly Tok[]): ResolvedPeriod | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const f = tokens[k]!.figure;
    if (isResolvedPeriod(f) && !isComparison(tokens, k) && linkable(f, false)) return f;
  }
  return undefined;
}
