/**
 * What a figure measures: the metric cue (a row of `lexicon/metrics.ts`) that the figure is
 * tied to, tried in this order:
 *
 *   1. compound after      `$790M Q1 loss`, `a 10% stake`, `$3.5B 5G Deal`
 *   2. linked before       `a net loss of RMB7.8bn`, `fines equal to about 8.6%`, `revenue rose 13%`
 *   3. "of"/"in" after     `a 27% drop in revenues`, `8.6% of its revenues`
 *   4. nearest before      any cue earlier in the clause with no unrelated figure between
 *   5. nearest after       any cue later in the clause with no figure between
 *   6. shared              the metric of the change the figure belongs to, or of the figure
 *                          before it in the sentence when the figure is a change ("after
 *                          growing by 24%")
 *
 * A per-share amount of a profit or loss is `eps`; other per-unit amounts are `price`.
 */
import { PRICE_UNITS, type MetricRow } from '../lexicon/metrics';
import type { Figure } from '../types';
import type { CueMatch } from './cues';
import type { Tok } from './tokens';
import type { AboutMetric } from './types';

export interface MetricFound {
  readonly metric: AboutMetric;
  readonly cue?: CueMatch<MetricRow>;
  readonly why: string;
}

/** Words that may stand between a cue and its figure in "cue … figure" (rule 2). */
const LINK_BEFORE = new Set([
  'of', 'was', 'were', 'is', 'are', 'be', 'been', 'at', 'to', 'totalled', 'totaled', 'totalling', 'totaling', 'total', 'reached', 'hit', 'stood', 'amounted',
  'amounting', 'came', 'in', 'equal', 'equalling', 'equaling', 'equivalent', 'worth', 'valued', 'estimated', 'about', 'around', 'approximately', 'roughly',
  'nearly', 'almost', 'just', 'some', 'over', 'under', 'more', 'than', 'less', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'by', 'record', 'only',
  'would', 'will', 'could', 'expected', 'forecast', 'seen', 'put', 'pegged', 'set', 'reported', 'posted', 'booked', 'recorded', 'of', 'for', 'with', 'on',
  'as', 'much', 'many', 'up', 'down', 'to', 'new', 'initially', 'briefly', 'sharply', 'slightly', 'further', 'year-on-year', 'annual', 'quarterly', 'first-half', 'full-year', 'total', 'combined', 'net', 'it', 'has', 'had', 'have',
]);
/** Words that may stand between a figure and a cue right after it (rule 1): `$790M Q1 loss`, `a $5bn all-cash deal`. */
const COMPOUND_SKIP = new Set(['net', 'pretax', 'pre-tax', 'operating', 'quarterly', 'annual', 'first-quarter', 'second-quarter', 'third-quarter', 'fourth-quarter',
  'first-half', 'second-half', 'full-year', 'one-time', 'all-cash', 'cash-and-stock', 'cash', 'stock', 'initial', 'total', 'combined', 'adjusted', 'underlying',
  'core', 'gross', 'estimated', 'planned', 'proposed', 'hostile', 'equity', 'dlr', 'dlrs', 'mln', 'billion', 'million', 'new', 'debt', 'multiyear', 'multi-year', 'year-on-year', 'per', 'year-over-year', 'after-tax', 'aftertax', 'interim', 'final', 'special', 'record']);
/** Words between a figure and "in/of" + cue (rule 3): the change noun, determiners, adjectives. */
const OF_SKIP = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'an', 'total', 'annual', 'quarterly', 'net', 'operating', 'group', 'company', 'global', 'overall', 'combined', 'core', 'underlying', 'first-half', 'full-year', 'year-on-year', 'year-over-year',
  'new', 'additional', 'fresh', 'existing', 'outstanding', 'long-term', 'short-term']);

const labelOf = (text: string, tokens: readonly Tok[], cue: CueMatch<MetricRow>): AboutMetric => ({
  category: cue.row.category,
  label: text.slice(tokens[cue.from]!.start, tokens[cue.to - 1]!.end),
  span: { start: tokens[cue.from]!.start, end: tokens[cue.to - 1]!.end },
});

export interface MetricContext {
  readonly text: string;
  readonly tokens: readonly Tok[];
  /** Metric cues of the sentence, in order, and indexed by first token and by end token. */
  readonly cues: readonly CueMatch<MetricRow>[];
  readonly cueAt: ReadonlyMap<number, CueMatch<MetricRow>>;
  readonly cueEndingAt: ReadonlyMap<number, CueMatch<MetricRow>>;
  /** Token index of the figure, and the index just after it and its stated equivalent. */
  readonly at: number;
  readonly after: number;
  /** Figures that may stand between the figure and a cue: its equivalent and its change group. */
  readonly related: (f: Figure) => boolean;
  /** Is a change word ("drop", "increase") at token `i`? */
  readonly isChangeWord: (i: number) => boolean;
}

/** Index of the first cue starting at or after token `k` (binary search). */
function firstCueFrom(cues: readonly CueMatch<MetricRow>[], k: number): number {
  let lo = 0, hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.from < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The metric cue the figure at `ctx.at` is tied to, by rules 1–5; undefined when none. */
export function findMetric(ctx: MetricContext): MetricFound | undefined {
  const { text, tokens, cues, cueAt, cueEndingAt, at, after, related, isChangeWord } = ctx;
  const clause = tokens[at]!.clause;
  const found = (cue: CueMatch<MetricRow>, why: string): MetricFound => ({ metric: labelOf(text, tokens, cue), cue, why: `metric: "${cue.phrase}" → ${cue.row.category} (${cue.row.id}: ${cue.row.reason}); ${why}` });
  const usable = (c: CueMatch<MetricRow> | undefined, adjacent: boolean, linked = false): c is CueMatch<MetricRow> => !!c && (!c.row.adjacentOnly || adjacent) && (!c.row.linkedOnly || linked);

  // 1. compound after: "$790M Q1 loss"
  for (let k = after, skipped = 0; k < tokens.length && skipped <= 3; k++, skipped++) {
    const t = tokens[k]!;
    if (t.clause !== clause) break;
    const c = cueAt.get(k);
    if (usable(c, false)) return found(c, 'written right after the figure');
    const glued = t.start === tokens[k - 1]?.end;
    const skip = (t.kind === 'figure' && t.figure!.kind === 'period') || t.kind === 'number' || (t.kind === 'word' && (COMPOUND_SKIP.has(t.lower) || (glued && tokens[k - 1]!.kind === 'number'))) || t.text === '-';
    if (!skip) break;
  }
  // 2. linked before: "a net loss of", "fines equal to about"
  let comma = false;
  for (let k = at - 1, steps = 0; k >= 0 && steps <= 6; k--, steps++) {
    const t = tokens[k]!;
    if (t.clause !== clause || t.aside) break;
    const c = cueEndingAt.get(k + 1);
    if (usable(c, k === at - 1, !comma)) return found(c, 'linked to the figure before it');
    if (t.kind === 'figure') {
      if (t.figure!.kind === 'period' || related(t.figure!)) continue;
      break;
    }
    if (t.kind === 'word' && (LINK_BEFORE.has(t.lower) || isChangeWord(k))) continue;
    if (t.text === ',') {
      comma = true;
      continue;
    }
    break;
  }
  // 3. "in"/"of" after: "a 27% drop in revenues", "8.6% of its revenues"
  {
    let k = after;
    while (k < tokens.length && tokens[k]!.kind === 'word' && (isChangeWord(k) || COMPOUND_SKIP.has(tokens[k]!.lower))) k++;
    const prep = tokens[k];
    if (prep && prep.clause === clause && (prep.lower === 'in' || prep.lower === 'of' || prep.lower === 'on' || prep.lower === 'for')) {
      for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
        const c = cueAt.get(j);
        if (usable(c, false)) return found(c, `"${prep.text} …" after the figure`);
        const t = tokens[j]!;
        if (t.kind !== 'word' || !(OF_SKIP.has(t.lower) || t.possessive || t.cap)) break;
      }
    }
  }
  // 4. nearest before in the clause, no unrelated figure between
  const firstAfter = firstCueFrom(cues, at);
  for (let i = firstAfter - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (c.to > at) continue;
    if (tokens[c.from]!.clause !== clause || at - c.to > 15) break;
    let clear = true;
    for (let k = c.to; k < at && clear; k++) {
      const f = tokens[k]!.figure;
      if (f && f.kind !== 'period' && !related(f)) clear = false;
    }
    if (!clear) break;
    if (usable(c, false)) return found(c, 'the nearest cue before it in its clause');
  }
  // 5. nearest after in the clause, no figure between
  for (let i = firstCueFrom(cues, after); i < cues.length; i++) {
    const c = cues[i]!;
    if (tokens[c.from]!.clause !== clause || c.from - after > 8) break;
    let clear = true;
    for (let k = after; k < c.from && clear; k++) {
      const f = tokens[k]!.figure;
      if (f && f.kind !== 'period') clear = false;
    }
    if (!clear) break;
    if (usable(c, false)) return found(c, 'the nearest cue after it in its clause');
  }
  return undefined;
}

/** Verbs and nouns of earnings before a per-share amount with no cue: "the company earned $1.14 per share", "had expected $1.01 per share". */
const EARNING_WORDS = new Set(['earned', 'earn', 'earns', 'earning', 'expected', 'expect', 'expects', 'estimate', 'estimates', 'estimated', 'consensus', 'forecast', 'forecasts', 'forecasting', 'projected']);

/** An earnings word at most eight tokens before `at`, in its clause. */
const earningWordBefore = (tokens: readonly Tok[], at: number): boolean => {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= 0 && k >= at - 8 && tokens[k]!.clause === clause; k--) if (EARNING_WORDS.has(tokens[k]!.lower)) return true;
  return false;
};

/** Units of time: "$500m a year" sold or invested is a yearly sum, not a unit price. */
const TIME_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'hour', 'night']);

/** Per-share and per-unit amounts: "1.20 dlrs a share" of a profit is eps; "$60 a barrel" is a price. */
export function adjustForUnit(f: Figure, m: MetricFound | undefined, tokens?: readonly Tok[], at?: number): MetricFound | undefined {
  if (f.kind !== 'money' || !f.per) return m;
  const per = f.per.toLowerCase().replace(/^(?:a|an|per|each)\s+/, '');
  if (/share|shr|ads|adr/.test(per)) {
    if (!m && tokens && at !== undefined && earningWordBefore(tokens, at)) return { metric: { category: 'eps' }, why: 'metric: an amount per share after a word of earnings → eps' };
    if (!m || m.metric.category === 'profit' || m.metric.category === 'loss' || m.metric.category === 'eps')
      return m && m.metric.category !== 'eps'
        ? { metric: { ...m.metric, category: 'eps' }, cue: m.cue, why: `${m.why}; per share → eps` }
        : m ?? { metric: { category: 'price' }, why: 'metric: an amount per share with no profit cue → price' };
    return m;
  }
  if (!m && PRICE_UNITS.has(per)) return { metric: { category: 'price' }, why: `metric: an amount per ${per} → price` };
  // "iron ore sold for an average of $108 a tonne": a unit price, not the value of a deal.
  if (m?.cue?.row.id === 'deal-value.verb' && PRICE_UNITS.has(per) && !TIME_UNITS.has(per)) return { metric: { category: 'price' }, why: `${m.why}; an amount per ${per} → price` };
  return m;
}
