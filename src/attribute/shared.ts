/**
 * Fields a figure takes from the figures around it in its sentence, once each has its own:
 * a change's members share its metric and period; a figure with no metric words of its own
 * takes one from the figure before it ("…, after growing by 24%", ", or 25 cents a share",
 * "19.1% and 22.4%"), from the sentence before ("It fell 14%"), or from what it restates.
 */
import type { Figure } from '../types';
import type { ChangeGroup } from './change';
import { earlierMoveOf, gappedAfter, isBracketedPrior, isComparedWith, isEqualToFigure, isExtremeOf, isLevelTouched, isOrAfterFigure, isPartOf, isShareOfTotal, isTargetOf, isToleranceOf, isTotalOf, joinedTo, listedAfter, listedPastObject, opensWithDemonstrative, opensWithIt, restatedPastPeriod } from './clause';
import { FAMILY_WORDS } from '../lexicon/currencies';
import { LEVEL_BEFORE_AMOUNT, METRIC_ROWS } from '../lexicon/metrics';
import { AUXILIARIES } from '../lexicon/percent-units';
import { afterPriorNoun, earnedBefore, inRelativeClause, MARGIN_OF, type MetricFound } from './metric';
import type { Tok } from './tokens';
import type { AboutChange, AboutPeriod, AboutSubject, ChangeRole } from './types';
import { isPlaceName } from './story';

/** What the attribute stage has worked out for one figure so far. */
export interface WorkAbout {
  metric?: MetricFound;
  subject?: AboutSubject;
  change?: { group: ChangeGroup; role: ChangeRole };
  period?: AboutPeriod;
  /** A change a table states by its column ("Change") and the figure's sign: table.ts. */
  column?: AboutChange;
  why: string[];
}

/** The sentence's figures, what each has so far, and the readings of the sentence before. */
export interface SharedContext {
  readonly amounts: readonly Figure[];
  readonly work: ReadonlyMap<Figure, WorkAbout>;
  readonly tokens: readonly Tok[];
  readonly index: ReadonlyMap<Figure, number>;
  /** Stated equivalents ("RMB7.8 billion ($1.8 billion)"), both ways. */
  readonly partner: ReadonlyMap<Figure, Figure>;
  /** The metric the sentence before is about, for a clause opening with "it". */
  readonly carried: () => MetricFound | undefined;
  /** The metric named in the sentence's own subject: "Subscription revenue, which makes up 81% of the total, grew". */
  readonly subjectMetric: () => MetricFound | undefined;
  /** A profit or loss named in the sentence before, for a per-share amount. */
  readonly perShare: () => MetricFound | undefined;
  /** The measure of the last figure of the sentence before, for "Analysts had expected $5m". */
  readonly expected: () => MetricFound | undefined;
}

/** "growth" right before the verb at `from`, or before its auxiliary: "Growth slowed", "growth was trimmed". */
const growthBefore = (tokens: readonly Tok[], from: number): boolean =>
  tokens[from - 1]?.lower === 'growth' || (AUXILIARIES.has(tokens[from - 1]?.lower ?? '') && tokens[from - 2]?.lower === 'growth');

/** Change words that, said of a country, are its economy's growth: "growth of 0.4%", "a 0.2% contraction". */
const GROWTH_CUES: ReadonlySet<string> = new Set(['growth', 'grew', 'grow', 'grows', 'expanded', 'expansion', 'contraction', 'contracted', 'shrank', 'shrinkage']);

/** Nouns of an aim or an estimate written after "growth": "a growth target of around 5%", "its growth forecast of 6.5%". */
const GROWTH_AIMS: ReadonlySet<string> = new Set(['target', 'targets', 'goal', 'goals', 'objective', 'forecast', 'forecasts', 'projection', 'projections', 'estimate', 'estimates', 'outlook']);
/** Words between such a noun and its figure: "of", "at" and the hedges "around", "about", "roughly", "near". */
const AIM_LINKS: ReadonlySet<string> = new Set(['of', 'at', 'around', 'about', 'roughly', 'approximately', 'near', 'nearly', 'some']);

/**
 * "set a growth target of around 5%", "a growth forecast of 6.5%", "growth of about 3%": "growth",
 * maybe with a noun of aim, then at most three linking words before the figure at `at`.
 */
function growthAimBefore(tokens: readonly Tok[], at: number): boolean {
  let k = at - 1;
  while (k >= at - 3 && k >= 0 && AIM_LINKS.has(tokens[k]!.lower)) k--;
  if (k === at - 1) return false;
  if (GROWTH_AIMS.has(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower === 'growth';
}

/** Periods found outside the figure's own sentence: a change member's own period beats them. */
const WEAK_PERIOD: ReadonlySet<string> = new Set(['reported', 'previous-sentence', 'earlier-sentence']);

/**
 * Readings by which a figure measures what the figure before it measures, tried in order:
 * "including …" (a part), "above its earlier projection of $2.95 to $3.10" (an earlier
 * estimate), "pushing the yield down 12 basis points to 3.48%" (the level a change ended at),
 * "Shr 34 cts vs 1.19 dlrs" (compared with).
 */
const SAME_AS_BEFORE: ReadonlyArray<readonly [(tokens: readonly Tok[], k: number) => boolean, string]> = [
  [isPartOf, 'a part ("including …") of the figure before it'],
  [afterPriorNoun, 'an earlier estimate ("range of", "projection of") of the figure before it'],
  [isTargetOf, '"to" right after the change before it'],
  [isComparedWith, 'compared ("vs", "against") with the figure before it'],
  [isBracketedPrior, 'the prior period\'s ("(H1 2025: …)") of the figure before it'],
  [isExtremeOf, 'the high or low ("a record high of") of what the figure before it measures'],
  [isLevelTouched, 'the level ("after touching a record …") the measure of the figure before it stood at'],
];

/** Below this an amount written without a scale may be a price ("$118.42", "£318,000"). */
const PRICE_LIMIT = 1_000_000;

/**
 * "a quarter-point cut", "a half-point hike", "another quarter of a percentage point": points
 * written as a spelled fraction are how a central bank's or a lender's rate moves, as basis
 * points are (not "half a point" with a measure named: "Unemployment rose half a point").
 */
const fractionOfPoint = (f: Figure): boolean =>
  f.kind === 'percent' && f.unit === 'percentage-point' && (f.value === 0.25 || f.value === 0.5 || f.value === 0.75) && !/^[\d.]/.test(f.text);

/** Words of a ship's or a container's hire that a price per day or per box turns into a price: "Panamax rates", "capesize earnings". */
const HIRE_WORDS: ReadonlySet<string> = new Set(['rate', 'rates', 'earnings']);

/**
 * A change said by a verb or an adverb ("rose", "up"; a word that may be a noun, "gains", only
 * with a level "to"/"at": "gains of 40 cts" is a gain, not a price) whose members include an
 * amount of money written without a scale or unit, none with a metric.
 */
function unitPriceChange(group: ChangeGroup, work: ReadonlyMap<Figure, WorkAbout>): boolean {
  if (group.rows.some((r) => r.form === 'noun') && ![...group.members.values()].includes('target')) return false;
  let price = false;
  for (const g of group.members.keys()) {
    if (work.get(g)?.metric) return false;
    if (g.kind === 'money' && !g.scale && !g.per && g.currency && g.amount < PRICE_LIMIT) price = true;
  }
  return price;
}

/**
 * Names of currencies that move ("the dollar", "sterling"), from the lexicon's exchange-rate row,
 * less those that are also common words or names ("real estate", "Crown Resorts", "Rand Mines").
 */
const NOT_ONLY_CURRENCY: ReadonlySet<string> = new Set(['real', 'crown', 'rand']);
const CURRENCY_WORDS: ReadonlySet<string> = new Set(METRIC_ROWS.find((r) => r.id === 'rate.currency')!.phrases.filter((p) => !NOT_ONLY_CURRENCY.has(p))
  .flatMap((p) => [p, `${p}s`]).concat(['mark', 'marks', 'guilder', 'guilders']));

/** A currency's name before token `from` in its clause: the thing a move there is of. */
function currencyBefore(tokens: readonly Tok[], from: number): string | undefined {
  const clause = tokens[from]!.clause;
  for (let k = from - 1; k >= 0 && tokens[k]!.clause === clause; k--) {
    if (tokens[k]!.kind === 'figure') return undefined;
    // (Not a currency word opening a name: "Dollar General rose 5%", "Euro Disney".)
    if (CURRENCY_WORDS.has(tokens[k]!.lower) && !(tokens[k]!.cap && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.cap)) return tokens[k]!.text;
  }
  return undefined;
}

/** Words before a metric's cue that say what a whole takes in, not what it is: "$1.1 billion including debt". */
const INCLUDING: ReadonlySet<string> = new Set(['including', 'excluding', 'plus']);
const isPerShare = (f: Figure): boolean => f.kind === 'money' && !!f.per && /share|shr/.test(f.per);

/** "it" earlier in the clause of the figure at token `at`, before any other figure. */
function itInClauseBefore(tokens: readonly Tok[], at: number): Tok | undefined {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= 0 && k >= at - 12 && tokens[k]!.clause === clause; k--) {
    if (tokens[k]!.kind === 'figure') return undefined;
    if (tokens[k]!.lower === 'it') return tokens[k];
  }
  return undefined;
}

/** The figure's subject is the currency its metric words name: "The peso weakened 0.4%". */
const movedCurrency = (w: WorkAbout | undefined): boolean =>
  !!w?.subject && w.metric?.cue?.row.id === 'rate.currency' && w.subject.name.toLowerCase() === w.metric.metric.label?.toLowerCase();

/**
 * "It traded at 1,580 naira per dollar": an exchange rate written as an amount of a currency
 * per another is that currency's rate; its word, as written, names it.
 */
function quotedCurrency(f: Figure, w: WorkAbout): AboutSubject | undefined {
  if (f.kind !== 'money' || !f.per || w.metric?.metric.category !== 'rate') return undefined;
  const per = f.per.toLowerCase().replace(/^(?:a|an|per|each)\s+/, '');
  if (per === 'pound' || !Object.hasOwn(FAMILY_WORDS, per)) return undefined;
  // (The letters ending the figure's text, read back by hand: no regex to audit.)
  let from = f.text.length;
  while (from > 0 && /[A-Za-z]/.test(f.text[from - 1]!)) from--;
  const word = f.text.slice(from);
  if (!word || !Object.hasOwn(FAMILY_WORDS, word.toLowerCase()) || word.toLowerCase() === per) return undefined;
  return { name: word, span: { start: f.span.end - word.length, end: f.span.end }, basis: 'clause' };
}

/** Fills the fields each figure of the sentence takes from the others (in place, on `work`). */
export function shareFields(ctx: SharedContext): void {
  const { amounts, work, tokens, index, partner, carried, subjectMetric, perShare, expected } = ctx;
  let prev: WorkAbout | undefined;
  let prevFigure: Figure | undefined;
  let lastWhole: WorkAbout | undefined;
  for (const f of amounts) {
    const w = work.get(f)!;
    // (Only over a subject read from a pronoun or the story's topic, or none: "the rand was at 18.05
    // rand to the dollar" keeps its own.)
    const quoted = (!w.subject || w.subject.basis === 'pronoun' || w.subject.basis === 'topic') ? quotedCurrency(f, w) : undefined;
    if (quoted) {
      w.subject = quoted;
      w.why.push(`subject: "${quoted.name}", the currency an amount of it per ${f.kind === 'money' ? f.per : ''} quotes`);
    }
    if (w.change) {
      for (const [g] of w.change.group.members) {
        const o = work.get(g);
        if (!o || o === w) continue;
        // A metric tied to a member by its words beats one only found nearby in the clause:
        // "will control about 36% of the company, down from 58% before the listing".
        if (w.metric?.loose && o.metric && !o.metric.loose && o.metric.cue && w.change.role === 'base') {
          w.metric = o.metric;
          w.why.push(`metric: shared with its change ("${g.text}"), whose metric words are tied to it`);
        }
        // "cut his stake to 3,878,700 shares, or 16 pct, from about 17.4 pct": the base of a stake is one.
        else if (w.metric?.loose && w.change.role === 'base' && f.kind === 'percent' && g.kind === 'percent' && o.metric?.metric.category === 'stake' && w.metric.metric.category !== 'stake') {
          w.metric = o.metric;
          w.why.push(`metric: the base of a stake's change ("${g.text}"), so a stake too`);
        }
        // "adjusted earnings rose 14% to $2.31 per share": a percentage change of the same words as a
        // per-share target is the change of earnings per share.
        // (Not when the per-share level restates a whole amount the change reached too: "profit of
        // $5.4 billion, or $1.88 per share, on Tuesday, down 9% from $5.9 billion" is the profit's.)
        if (f.kind === 'percent' && w.change.role === 'amount' && o.change?.role === 'target' && isPerShare(g) && o.metric?.metric.category === 'eps'
          && w.metric?.cue && w.metric.cue.from === o.metric.cue?.from && w.metric.metric.category === 'profit' && !wholeTargetOf(w.change.group)) {
          w.metric = o.metric;
          w.why.push(`metric: the change of "${g.text}", an amount per share of the same earnings → eps`);
        }
        // "sold copper at an average of $4.35 a pound, up 9%": the change of a unit price is a price
        // change, not a deal's (the selling verb named the price's figure, through its unit).
        if (f.kind === 'percent' && w.metric?.cue?.row.id === 'deal-value.verb' && g.kind === 'money' && g.per && o.metric?.metric.category === 'price') {
          w.metric = o.metric;
          w.why.push(`metric: shared with its change ("${g.text}"), a price per ${g.per}`);
        }
        // "Panamax rates climbed $412 to $13,870 a day", "capesize earnings rose 14% to $24,520 a
        // day": words its unit made a price name the same price in the change's other figures.
        // (The target's unit took its cue away, or kept it: either way, the same words.)
        else if (w.change.role !== 'base' && o.change?.role === 'target' && w.metric?.cue && HIRE_WORDS.has(w.metric.cue.phrase) && (!o.metric?.cue || o.metric.cue === w.metric.cue)
          && g.kind === 'money' && g.per && o.metric?.metric.category === 'price' && (w.metric.metric.category === 'rate' || w.metric.metric.category === 'profit')) {
          w.metric = { ...w.metric, metric: { ...w.metric.metric, category: 'price' } };
          w.why.push(`metric: the same words as "${g.text}", a price per ${g.per} → price`);
        }
        // (Not a per-share figure's price, found for want of a profit cue, to a whole amount:
        // "net of 7.3 mln dlrs, or 71 cts a share, up from" is no price of 7.3 mln dlrs.)
        const perSharePrice = f.kind === 'money' && !f.per && isPerShare(g) && o.metric?.metric.category === 'price' && !o.metric.cue;
        if (!w.metric && o.metric && w.change.role !== 'base' && !perSharePrice) {
          w.metric = o.metric;
          w.why.push(`metric: shared with its change ("${g.text}")`);
        }
        // "The benchmark palm oil contract … gained 57 ringgit … to 4,012 ringgit": the commodity
        // that moved owns each figure of its move, the level it reached too.
        // (Over the story's topic only: "Indonesia" of the lead owns no palm oil price.)
        // (From the move's amount only: "gas share fell to 66 pct from 76 pct due to falling oil
        // prices" is no move of oil.)
        if ((!w.subject || w.subject.basis === 'topic') && o.subject && o.subject.basis !== 'topic' && w.change.role !== 'base' && o.change?.role === 'amount' && o.why.some((x) => x.startsWith('subject:') && x.includes('commodity'))) {
          w.subject = o.subject;
          w.why.push(`subject: "${o.subject.name}", the commodity that moved in "${g.text}"`);
        }
        // A member's own period ("to $14 billion in the quarter") beats one carried from earlier sentences.
        if (o.period && (!w.period || (WEAK_PERIOD.has(w.period.basis) && !WEAK_PERIOD.has(o.period.basis))) && w.change.role !== 'base' && o.change?.role !== 'base') {
          w.period = { ...o.period, basis: 'shared' };
          w.why.push(`period: shared with its change ("${g.text}")`);
        }
      }
      // "earnings of $4.12 a share, up from $3.85": the base of a per-share profit is one too
      // (not "from $186 million": no amount per share is written with a scale).
      if (w.metric && w.change.role === 'base' && f.kind === 'money' && !f.per && !f.scale && (w.metric.metric.category === 'profit' || w.metric.metric.category === 'loss')) {
        const eps = [...w.change.group.members.keys()].map((g) => work.get(g)?.metric).find((m) => m?.metric.category === 'eps' && m.cue === w.metric!.cue);
        if (eps) {
          w.metric = eps;
          w.why.push('metric: the base of a per-share change, so per share too');
        }
      }
      // (Not a metric the figure before only got for want of words, when this move is of a price:
      // "the index added 0.5%, with Acme up 1.7% at 81,300 won".)
      const fallback = prev?.metric?.metric.category === 'other' && !prev.metric.cue && unitPriceChange(w.change.group, work);
      // (Nor the odds the figure before gives of this move: "a 70% chance of a 25 basis-point cut".)
      const odds = prev?.metric?.cue?.row.id === 'other.odds';
      // (Nor the amount a ", which …," clause gave the subject, to a percentage move with no amount
      // of its own: "The fund, which manages A$186 billion, said its portfolio gained 17.8%" is no
      // move of the assets; "…, which soared to 47.8 billion dlrs, fell back 10 pct to 43.1 billion" is.)
      const at = index.get(f)!, prevAt = prevFigure?.kind === 'money' && f.kind === 'percent' ? index.get(prevFigure) : undefined;
      const described = prevAt !== undefined && prevAt < at && ![...(w.change?.group.members.keys() ?? [])].some((g) => g.kind === 'money')
        && inRelativeClause(tokens, prevAt) && tokens.slice(prevAt + 1, at).some((t) => t.text === ',');
      if (!w.metric && prev?.metric && !fallback && !odds && !described) {
        // "to $212 million, or $1.87 a share, from $186 million": a whole amount takes its change's
        // metric, not the per-share restatement's just before it.
        // ("rose to SEK 7.3 billion, a margin of 13%, from SEK 5.5 billion": nor the margin it is restated as.)
        const restatedAs = prev.metric.metric.category === 'eps' || (prev.metric.metric.category === 'margin' && prevFigure?.kind === 'percent') ? prev.metric.metric.category : undefined;
        // (Only after a restatement per share: "earnings per share of €2.60 to €2.80, against €2.51
        // last year" after "revenue growth of 5% to 7%" compares per-share amounts.)
        const restatement = !!prevFigure && (isPerShare(prevFigure) || isOrAfterFigure(tokens, index.get(prevFigure)!));
        const whole = restatedAs && f.kind === 'money' && !f.per && (restatedAs !== 'eps' || restatement)
          ? [...w.change.group.members.keys()].map((g) => work.get(g)?.metric).find((m) => m && m.metric.category !== restatedAs)
          : undefined;
        w.metric = whole ?? prev.metric;
        w.why.push(whole ? `metric: shared with its change, not the per-share figure before it` : 'metric: a change without its own metric words takes the one of the figure before it');
        // ("Shares of Doaba rose 4.7%, outperforming the Nifty 50 index, which gained 0.4%": a market's
        // move read so is of the trading day of the move before it, not of the results reported.)
        if (!whole && prev.period?.basis === 'session' && (!w.period || w.period.basis === 'reported') && (prev.metric.metric.category === 'price' || prev.metric.metric.category === 'rate')) {
          w.period = prev.period;
          w.why.push(`period: the trading day of "${prevFigure?.text ?? ''}", whose measure the move takes`);
        }
        // "The peso weakened 0.4% …, though it remains up about 11%": "it" is the currency that moved
        // in the figure before, not the name the pronoun was first read as.
        const it = itInClauseBefore(tokens, index.get(f)!);
        if (!whole && it && movedCurrency(prev) && w.subject?.name !== prev.subject!.name) {
          w.subject = { name: prev.subject!.name, span: prev.subject!.span, basis: 'pronoun', via: { text: it.text, span: { start: it.start, end: it.end } } };
          w.why.push(`subject: "${it.text}" stands for "${prev.subject!.name}", the currency that moved in "${prevFigure?.text ?? ''}"`);
        }
      }
    }
    // "rose 34p, or 4.1%", "rose to $1.19 billion, or $1.07 a share": a figure restating the one
    // before it after "or" plays its part in the same change (as when that one is the stated
    // equivalent of a member: "rose 8% to 12.4 billion francs ($15.6 billion) in the quarter, or 11%").
    const restated = !!prevFigure && !!prev?.change && (prev.change.group.members.has(prevFigure) || prev.change.group.members.has(partner.get(prevFigure) ?? prevFigure));
    if (!w.change && prev?.change && prevFigure && isOrAfterFigure(tokens, index.get(f)!) && restated) {
      w.change = prev.change;
      w.why.push(`change: restates "${prevFigure.text}", the ${prev.change.role} of "${prev.change.group.cue.text}" → ${prev.change.group.direction}`);
      // ("raw sugar settled down 0.21 cent, or 1.1%": the same move, so the same owner; the
      // commodity that moved over a name of the clause: "the May arabica contract on ICE Futures
      // U.S. rose 14.35 cents, or 3.6%" is arabica's move, not the exchange's.)
      const commodity = !!prev.subject && prev.subject.basis !== 'topic' && prev.why.some((x) => x.startsWith('subject:') && x.includes('commodity'));
      if (prev.subject && (!w.subject || (w.subject.basis === 'topic' && prev.subject.basis !== 'topic') || (commodity && w.subject.name !== prev.subject.name))) {
        w.subject = prev.subject;
        w.why.push(`subject: "${prev.subject.name}", whose move "${prevFigure.text}" the figure restates`);
      }
      // (And the trading day of a market's move: "Robusta for March delivery added $162, or 2.9%".)
      if (prev.period?.basis === 'session' && w.period?.basis !== 'session') {
        w.period = prev.period;
        w.why.push(`period: the trading day of "${prevFigure.text}", whose move the figure restates`);
      }
      // "shares were up 3.2p, or 0.2%": a move of the shares restated as a percentage is still their
      // price (a percentage of shares stating no move of its own was read as a stake).
      if (w.metric?.metric.category === 'stake' && prev.metric?.metric.category === 'price' && prev.metric.cue && prev.metric.cue === w.metric.cue) {
        w.metric = prev.metric;
        w.why.push('metric: restates a move of the shares → price');
      }
      // "lowered its German sales by 140 million euros in the first half, or 7%", "rose 8% to CHF
      // 12.4 billion in the quarter, or 11% at constant currencies": a percentage restating the
      // amount past a period or basis measures the same.
      if (!w.metric && prev.metric && f.kind === 'percent') {
        w.metric = prev.metric;
        w.why.push(`metric: restates "${prevFigure.text}" after "or", so the same metric`);
      }
    }
    // "grew 12.4% year-on-year and 3.1% sequentially", "revenue grew 14% and operating profit 31%":
    // a percentage after a change's amount, its verb left out, moves the same way.
    const gapped = !!prevFigure && f.kind === 'percent' && prevFigure.kind === 'percent' && gappedAfter(tokens, index.get(f)!, index.get(prevFigure)!, w.metric?.cue);
    if (gapped && !w.change && prev?.change?.role === 'amount' && prev.change.group.members.has(prevFigure!)) {
      w.change = prev.change;
      w.why.push(`change: listed after "${prevFigure!.text}", the amount of "${prev.change.group.cue.text}", its verb left out → ${prev.change.group.direction}`);
    }
    // "a net loss of $5 million, or 25 cents a share", "…, equal to 25 cents a share": the
    // per-share figure is that loss per share.
    if (f.kind === 'money' && f.per && /share|shr/.test(f.per) && prev?.metric && ['profit', 'loss'].includes(prev.metric.metric.category)
      && (isOrAfterFigure(tokens, index.get(f)!) || isEqualToFigure(tokens, index.get(f)!))) {
      const m = prev.metric.metric;
      if (w.metric?.metric.category !== 'eps') {
        w.metric = { metric: { ...m, category: 'eps' }, cue: prev.metric.cue, why: `metric: a per-share restatement after a ${m.category} → eps` };
        w.why.push(w.metric.why);
      }
      // ("net income rose 12% to $1.84 billion, or $1.19 per diluted share": the same result, so its period.)
      if (!w.period && prev.period) {
        w.period = prev.period;
        w.why.push(`period: the period of "${prevFigure?.text ?? ''}", which the figure restates per share`);
      }
    }
    // "fined Alibaba 18.2 billion yuan, equal to 4% of its 2019 revenue", "a $36 million penalty,
    // or about 2% of sales": a fine restated as a share of what the payer earns is the fine, and
    // the payer's, not a measure of the revenue it is a share of.
    if (f.kind === 'percent' && prevFigure?.kind === 'money' && prev?.metric?.metric.category === 'fine' && w.metric?.metric.category !== 'fine'
      && restatesRightAfter(tokens, index.get(f)!, index.get(prevFigure)!)) {
      w.metric = prev.metric;
      w.why.push(`metric: restates the fine "${prevFigure.text}" as a percentage → fine`);
      if (prev.subject) {
        w.subject = prev.subject;
        w.why.push(`subject: "${prev.subject.name}", who pays the fine "${prevFigure.text}" the figure restates`);
      }
    }
    // "buy Cairnbio for $38 per share in cash, or about $4.8 billion": an offer per share restated
    // as a whole is the deal's value.
    // (So is a price per share paid with no cue of its own, "agreed to pay $25.75 per share, or
    // roughly $13 billion including debt": a share's price that moved is no offer.)
    const offered = prev?.metric && (prev.metric.cue?.row.category === 'deal-value' || (!prev.metric.cue && prev.metric.metric.category === 'price' && !prev.change)) ? prev.metric : undefined;
    if (f.kind === 'money' && !f.per && f.scale && prevFigure?.kind === 'money' && isPerShare(prevFigure) && offered
      && (!w.metric || w.metric.metric.category === 'other' || INCLUDING.has(tokens[(w.metric.cue?.from ?? 0) - 1]?.lower ?? '')) && isOrAfterFigure(tokens, index.get(f)!)) {
      w.metric = { metric: { ...offered.metric, category: 'deal-value' }, cue: offered.cue, why: `metric: the whole of the offer per share "${prevFigure.text}" → deal-value` };
      w.why.push(w.metric.why);
    }
    // "Shr loss 34 cts vs loss 2.14 dlrs", "Shr nine cts vs profit 35 cts": the result word after
    // "vs" says which way the per-share figure went, not that it is a whole profit or loss.
    if (f.kind === 'money' && !f.scale && prev?.metric?.metric.category === 'eps' && prevFigure?.kind === 'money' && !prevFigure.scale
      && (w.metric?.metric.category === 'profit' || w.metric?.metric.category === 'loss') && comparedPastResultWord(tokens, index.get(f)!, index.get(prevFigure)!)) {
      w.metric = { metric: { ...w.metric.metric, category: 'eps' }, cue: w.metric.cue, why: `metric: "${w.metric.metric.label ?? ''}" after "vs" and a per-share figure → eps` };
      w.why.push(w.metric.why);
    }
    // "was 18.3% and 21.0%": a figure listed right after another of its kind measures the same;
    // "an increase of $182.3 million, or 16.5%": so does a percentage restating the amount.
    // "up 9.2% year-on-year and 2.6% sequentially": a percentage listed after the amount of a
    // change, past the words of its basis, is another amount of that change.
    if (!w.change && f.kind === 'percent' && prevFigure?.kind === 'percent' && prev?.change?.role === 'amount'
      && ((listedAfter(tokens, index.get(f)!, index.get(prevFigure)!, LIST_JOINERS) && !joinedTo(tokens, index.get(f)!, index.get(prevFigure)!, LIST_JOINERS))
        // "cut costs by 5% in Europe and 3% in Asia": past where the first move was
        || listedPastObject(tokens, index.get(f)!, index.get(prevFigure)!))) {
      w.change = prev.change;
      w.why.push(`change: listed after "${prevFigure.text}", the amount of "${prev.change.group.cue.text}" → ${prev.change.group.direction}`);
    }
    if (!w.metric && prev?.metric && prevFigure && (prevFigure.kind === f.kind ? listedAfter(tokens, index.get(f)!, index.get(prevFigure)!, LIST_JOINERS) || gapped || listedPastObject(tokens, index.get(f)!, index.get(prevFigure)!)
      : f.kind === 'percent' && (joinedTo(tokens, index.get(f)!, index.get(prevFigure)!, OR_JOINER) || restatedPastPeriod(tokens, index.get(f)!, index.get(prevFigure)!)))) {
      w.metric = prev.metric;
      w.why.push(`metric: listed with "${prevFigure.text}" before it, so the same metric`);
      // ("expects Brent to average $66 in the third quarter and $63 in 2026": and of the same thing.)
      if (!w.subject && prev.subject) {
        w.subject = prev.subject;
        w.why.push(`subject: listed with "${prevFigure.text}" before it, so the same subject`);
      }
    }
    // "Gasoline prices rose 5.5% last month after a 15.7% January rise": the earlier move is of what
    // moved, not of a name only the story's topic gave it.
    if (prev?.subject && prev.subject.basis !== 'topic' && (!w.subject || w.subject.basis === 'topic') && prev.change?.role === 'amount' && w.change?.role === 'amount'
      && prevFigure?.kind === f.kind && earlierMoveOf(tokens, index.get(f)!, index.get(prevFigure)!)) {
      w.subject = prev.subject;
      w.why.push(`subject: "${prev.subject.name}", whose move "${prevFigure.text}" came after this one`);
    }
    // "Sales rose 5% in Europe and 3% in Asia", "spent $5m in Texas and $3m in Ohio": a name in the
    // words after the figure before is where that one was, not whose the listed figure is.
    if (w.subject && prevFigure?.kind === f.kind && listedPastObject(tokens, index.get(f)!, index.get(prevFigure)!)
      && w.subject.span.start >= tokens[index.get(prevFigure)!]!.end && w.subject.span.end <= tokens[index.get(f)!]!.start) {
      w.why.push(`subject: not "${w.subject.name}", where "${prevFigure.text}" before it was${prev?.subject ? `; listed with it, so "${prev.subject.name}"` : ''}`);
      w.subject = prev?.subject;
    }
    // "$503 million, or 93 cents, a year earlier": an amount with no scale restating a scaled profit
    // or loss after ", or" is that result per share.
    if (f.kind === 'money' && !f.per && !f.scale && prevFigure?.kind === 'money' && !!prevFigure.scale && !prevFigure.per
      && (w.metric?.metric.category === 'profit' || w.metric?.metric.category === 'loss') && joinedTo(tokens, index.get(f)!, index.get(prevFigure)!, OR_JOINER)) {
      w.metric = { metric: { ...w.metric.metric, category: 'eps' }, cue: w.metric.cue, why: `metric: restates "${prevFigure.text}" with no scale → eps` };
      w.why.push(w.metric.why);
    }
    // "guides revenue of $78 billion, plus or minus 2%": a tolerance measures what the figure before it does.
    if (!w.metric && prev?.metric && prevFigure && isToleranceOf(tokens, index.get(f)!, index.get(prevFigure)!)) {
      w.metric = prev.metric;
      w.why.push(`metric: the tolerance ("plus or minus") of "${prevFigure.text}", so the same metric`);
    }
    if (!w.metric && prev?.metric && isTotalOf(tokens, index.get(f)!)) {
      w.metric = prev.metric;
      w.why.push('metric: the total ("taking the total to") the figure before adds up to, so the same metric');
      // ("a final dividend of 24.5 pence, taking the total for the year to 36.5p": that figure's year.)
      if (!w.period && prev.period) {
        w.period = prev.period;
        w.why.push(`period: the period of "${prevFigure?.text ?? ''}", which the total adds up`);
      }
    }
    const it = opensWithIt(tokens, index.get(f)!) ? carried() : undefined;
    // ("That translated into a 0.2% decline": what the sentence before measured, as after "It".)
    const that = !it && !w.metric && opensWithDemonstrative(tokens, index.get(f)!) ? carried() : undefined;
    if (!w.metric && that) {
      w.metric = { metric: that.metric, cue: that.cue, why: `metric: "${tokens.find((t) => t.kind === 'word')?.text ?? ''}" stands for "${that.metric.label}", what the sentence before measured` };
      w.why.unshift(w.metric.why);
    }
    if (!w.metric && it) {
      w.metric = { metric: it.metric, cue: it.cue, why: `metric: "it" stands for "${it.metric.label}", the subject of the sentence before` };
      w.why.unshift(w.metric.why);
    }
    // "Data center revenue climbed 44% to $1.02 billion, making up 72% of the total": a part's
    // share of a total the words leave unnamed measures what the part is, the figure before it
    // or the sentence's subject.
    if (!w.metric && f.kind === 'percent' && isShareOfTotal(tokens, index.get(f)!)) {
      const m = prev?.metric?.cue ? prev.metric : subjectMetric();
      if (m) {
        w.metric = { metric: m.metric, cue: m.cue, why: `metric: a share of the total "${m.metric.label ?? ''}" makes up` };
        w.why.push(w.metric.why);
      }
    }
    // "Copper was down 0.6% at $8,990. It hit a record $11,104.50 in May": "it" is the commodity
    // the sentence before is about, not the company or bank the story quotes.
    if (it?.cue?.row.id === 'price.commodity' && it.metric.span && w.metric?.metric.category === 'price' && w.subject?.basis !== 'possessive') {
      w.subject = { name: it.metric.label ?? '', span: it.metric.span, basis: 'pronoun' };
      w.why.push(`subject: "it" stands for "${it.metric.label ?? ''}", the commodity the sentence before is about`);
    }
    // "ahead of the £3.45 billion analysts had forecast", "below a consensus of A$7.02 billion":
    // the amount analysts expected of the measure of the figure before it in the sentence.
    // (A beat "by 6 cents" after "74 cents per share" is of the same measure, though written without "per share".)
    if (!w.metric && prev?.metric && prevFigure?.kind === f.kind && (f.kind !== 'money' || !!f.per === !!(prevFigure as Figure & { per?: string }).per || beatBy(tokens, index.get(f)!) || perShareUnwritten(f, prevFigure)) && isConsensusAmount(tokens, index.get(f)!)) {
      w.metric = prev.metric;
      w.why.push(`metric: the amount analysts expected, of the measure of "${prevFigure.text}" before it`);
      // ("beating the $2.02 analysts had expected": an expectation of the same result, for its period.)
      // (After a change's base, "rose to $2.45 from $2.13 a year earlier, beating the $2.02", the result is its target.)
      const result = prev.change?.role === 'base' ? [...prev.change.group.members].find(([g, r]) => r !== 'base' && work.get(g)?.period)?.[0] : prevFigure;
      const period = result && work.get(result)?.period;
      if (!w.period && result && period) {
        w.period = period;
        w.why.push(`period: the period of "${result.text}", the result analysts expected`);
      }
    }
    // …and it is the expectation for the period of that figure: "rose to $9.46 billion in the
    // quarter, topping the $9.29 billion analysts had expected", "missing the 65-cent consensus".
    // (Also over a period found only in a sentence before: "earned $1.52 a share, beating the
    // average analyst estimate of $0.96 a share" is the estimate of the $1.52's period.)
    if ((!w.period || CARRIED_BASES.has(w.period.basis)) && prev?.period && prevFigure?.kind === f.kind && prev.change?.role !== 'base' && isConsensusAmount(tokens, index.get(f)!)) {
      w.period = { ...prev.period, basis: 'shared' };
      w.why.push(`period: what analysts expected for the period of "${prevFigure.text}"`);
    }
    if (!w.metric && !prevFigure && isExpectedAmount(tokens, index.get(f)!)) {
      const m = expected();
      if (m) {
        w.metric = { metric: m.metric, cue: m.cue, why: `metric: the amount expected of "${m.metric.label}", the measure of the sentence before` };
        w.why.unshift(w.metric.why);
      }
    }
    // "reported an operating profit of ¥96bn, down 8%, and forecast ¥110bn for the current year":
    // an amount expected with no words of its own, after a measured figure of its sentence, is of that measure.
    if (!w.metric && prevFigure && prev?.metric?.cue && prev.metric.metric.category !== 'other' && isExpectedAmount(tokens, index.get(f)!)) {
      w.metric = prev.metric;
      w.why.push(`metric: the amount expected of "${prev.metric.metric.label ?? ''}", the measure of "${prevFigure.text}" before it`);
    }
    if (f.kind === 'money' && f.per && /share|shr/.test(f.per) && (!w.metric || (w.metric.metric.category === 'price' && !w.metric.cue))) {
      const m = perShare();
      if (m) {
        w.metric = { metric: m.metric, cue: m.cue, why: `metric: an amount per share after "${m.metric.label}" in the sentence before → ${m.metric.category}` };
        w.why.unshift(w.metric.why);
      }
    }
    // "Capex came to 21% of revenue in the first half, against 24% a year earlier": a figure
    // compared with the one before it, whose only cue is the nearest word of its clause, measures
    // what that figure measures when that word is the base of the figure before ("21% of
    // revenue") or far after it ("profit of 239 mln compared with 126 mln in 1985 on sales …"),
    // not its own noun ("from a nine cent federal excise tax").
    const k = index.get(f)!;
    const cueAt = w.metric?.cue?.from ?? -1;
    const foreign = !!prevFigure && ((cueAt > index.get(prevFigure)! && cueAt <= index.get(prevFigure)! + 2 && cueAt < k) || cueAt > k + 4);
    if (w.metric?.loose && foreign && prev?.metric && !prev.metric.loose && prev.metric.metric.category !== 'other' && prev.metric.metric.category !== w.metric.metric.category && prevFigure?.kind === f.kind
      && isComparedWith(tokens, k)) {
      w.metric = prev.metric;
      w.why.push(`metric: compared with "${prevFigure.text}", so its measure, not the nearest word of the clause`);
    }
    // ("Board crush margins averaged about $38 a tonne, against roughly $55 a tonne a year ago": a
    // price per unit compared with one whose words name its measure measures the same.)
    if (w.metric && !w.metric.cue && w.metric.metric.category === 'price' && f.kind === 'money' && f.per && prevFigure?.kind === 'money' && prevFigure.per === f.per
      && prev?.metric?.cue && prev.metric.metric.category !== 'price' && isComparedWith(tokens, k)) {
      w.metric = prev.metric;
      w.why.push(`metric: compared with "${prevFigure.text}" per ${f.per}, so its measure`);
    }
    if (!w.metric && prev?.metric) {
      const same = SAME_AS_BEFORE.find(([reads]) => reads(tokens, k));
      if (same) {
        // "$208 million, or $1.12 a share, compared to $231 million": a whole amount is compared
        // with the whole amount before the per-share restatement.
        // (Only a restatement after "or": "earnings of $9.80 per share, compared with $8.95" compares per-share figures.)
        // (So is a scaled amount after a restatement per share written without "a share": "gains of
        // 4.1 mln dlrs or 12 cts vs 3.3 mln dlrs or 15 cts".)
        const perShareBefore = !!prevFigure && (isPerShare(prevFigure) || (prev.metric.metric.category === 'eps' && prevFigure.kind === 'money' && !prevFigure.scale && f.kind === 'money' && !!f.scale));
        const whole = prevFigure && perShareBefore && isOrAfterFigure(tokens, index.get(prevFigure)!) && f.kind === 'money' && !f.per && lastWhole?.metric ? lastWhole : undefined;
        w.metric = (whole ?? prev).metric;
        w.why.push(`metric: ${same[1]}${whole ? ' (the whole amount before its per-share restatement)' : ''}, so the same metric`);
        // "accounted for 54.3% of China's car sales last year, …, compared with 47.6% in 2024": a
        // figure compared with one whose owner its sentence names is that owner's too, over a
        // topic carried from sentences before.
        if (same[0] === isComparedWith && prev.subject && prev.subject.basis !== 'topic' && w.subject?.basis === 'topic') {
          w.subject = prev.subject;
          w.why.push(`subject: "${prev.subject.name}", the owner of the figure it is compared with`);
        }
        // ("rose 14.35 cents to $4.1240 per lb, after touching a record $4.2995 earlier in the
        // session": the same price, so its owner and trading day.)
        if (same[0] === isLevelTouched && prev.subject && prev.subject.basis !== 'topic' && w.subject?.basis !== 'possessive') {
          w.subject = prev.subject;
          w.why.push(`subject: "${prev.subject.name}", whose measure stood at the level`);
        }
        // (Over a month written earlier in the sentence: "The May cocoa contract" names the contract.)
        if (same[0] === isLevelTouched && prev.period?.basis === 'session' && (!w.period || w.period.basis === 'sentence')) {
          w.period = prev.period;
          w.why.push(`period: the trading day of "${prevFigure?.text ?? ''}"`);
        }
      }
    }
    // "expects the repair to cost $820 million, or roughly $585 per vehicle": an amount per unit
    // restating the whole amount before it after "or" measures the same (per share: perShare above).
    if (!w.metric && f.kind === 'money' && f.per && !isPerShare(f) && prevFigure?.kind === 'money' && !prevFigure.per && prev?.metric && prev.metric.metric.category !== 'other' && isOrAfterFigure(tokens, index.get(f)!)) {
      w.metric = prev.metric;
      w.why.push(`metric: "${f.text}" per ${f.per} restates "${prevFigure.text}" after "or", so the same metric`);
    }
    // "Capital additions were £1.73 billion, or 13.9% of revenue", "R&D was $2.1 billion, or 14%
    // of sales": a share of revenue restating the amount before it measures what that amount
    // does (its ratio to revenue), not revenue; of a profit, it is a margin ("operating income
    // was $301.2 million, or 21.0% of segment revenue").
    const cueFrom = w.metric?.cue?.from;
    if (f.kind === 'percent' && prevFigure?.kind === 'money' && prev?.metric?.cue && prev.metric.metric.category !== 'revenue' && w.metric?.metric.category === 'revenue'
      && isOrAfterFigure(tokens, index.get(f)!) && tokens[index.get(f)! + 1]?.lower === 'of' && cueFrom !== undefined && cueFrom >= index.get(f)! + 2 && cueFrom <= index.get(f)! + 3) {
      const margin = MARGIN_OF.has(prev.metric.metric.category);
      w.metric = margin ? { ...prev.metric, metric: { ...prev.metric.metric, category: 'margin' } } : prev.metric;
      w.why.push(`metric: a share of revenue restating "${prevFigure.text}", so ${margin ? 'its margin' : 'the same metric'}`);
    }
    if (!w.metric && f.kind === 'percent' && w.change && (GROWTH_CUES.has(w.change.group.cue.lower) || growthBefore(tokens, w.change.group.from)) && w.subject && isPlaceName(w.subject.name)) {
      // "Japan … quarter-on-quarter growth of 0.4%", "a 0.2% contraction": a country's growth is its economy's;
      // so is its growth that moves ("Growth slowed to 4.5% from 4.8%", "Euro zone growth was trimmed by 0.2 point").
      w.metric = { metric: { category: 'rate', label: w.change.group.cue.text }, why: `metric: "${w.change.group.cue.text}" of a country → rate (growth of an economy)` };
      w.why.unshift(w.metric.why);
    }
    if (!w.metric && f.kind === 'percent' && w.subject && isPlaceName(w.subject.name) && growthAimBefore(tokens, index.get(f)!)) {
      // "China set a growth target of around 5% for 2025": a country's aim for growth is one for its economy's.
      w.metric = { metric: { category: 'rate', label: 'growth' }, why: 'metric: a country\'s "growth" target or forecast → rate (growth of an economy)' };
      w.why.unshift(w.metric.why);
    }
    if (!w.metric && w.change && unitPriceChange(w.change.group, work)) {
      // "Tarnbrook gained 4.1% to 2,315p", "bitcoin rose $1,200 to $70,412": a move to or by an
      // amount written without a scale, with no measure named, is of a price (a share's, a good's);
      // "the dollar slid to 140.00 yen": of a currency named before the move, its exchange rate.
      const currency = currencyBefore(tokens, w.change.group.from);
      w.metric = currency
        ? { metric: { category: 'rate' }, why: `metric: a move of "${currency}" to or by an amount of money → rate` }
        : { metric: { category: 'price' }, why: 'metric: a move to or by an amount without a scale, with no metric words → price' };
      w.why.unshift(w.metric.why);
    }
    if (f.kind === 'percent' && (f.unit === 'basis-point' || fractionOfPoint(f)) && (!w.metric || (w.metric.metric.category === 'other' && !w.metric.cue))) {
      // "a 25 basis-point cut in March", "-25 bps" in a table of policy rates: with no measure
      // named (or only the "other" of the figure before), basis points are what rates, yields
      // and spreads move in.
      w.metric = { metric: { category: 'rate' }, why: 'metric: basis points with no metric words → rate (rates, yields and spreads move in basis points)' };
      w.why.unshift(w.metric.why);
    }
    if (!w.metric && f.kind === 'money' && !f.scale && currencyLevelBefore(tokens, index.get(f)!)) {
      // "assumes the dollar will average 150 yen": a currency's level in another currency is an exchange rate.
      w.metric = { metric: { category: 'rate' }, why: 'metric: a currency named before the amount, which is its level in another currency → rate (an exchange rate)' };
      w.why.unshift(w.metric.why);
    }
    if (!w.metric && f.kind === 'money' && !f.scale && quotedAgainst(tokens, index.get(f)! + 1)) {
      // "The forecast assumes ¥145 to the U.S. dollar", "7.1 yuan per dollar": an amount of one
      // currency to another's unit is an exchange rate.
      w.metric = { metric: { category: 'rate' }, why: 'metric: an amount to another currency\'s unit ("to the dollar") → rate (an exchange rate)' };
      w.why.unshift(w.metric.why);
    }
    const earned = !w.metric && f.kind === 'money' && !f.per ? earnedBefore(tokens, index.get(f)!) : undefined;
    if (earned) {
      w.metric = { metric: { category: earned }, why: `metric: an amount a verb says was brought in ("generated", "brought in"), with no metric words → ${earned}` };
      w.why.unshift(w.metric.why);
    }
    if (!w.metric) {
      w.metric = { metric: { category: 'other' }, why: 'metric: no metric words tied to the figure → other' };
      w.why.unshift(w.metric.why);
    }
    const p = partner.get(f);
    if (p && work.get(p) !== w) {
      const o = work.get(p)!;
      o.metric ??= w.metric;
      o.period ??= w.period;
      o.change ??= w.change;
      o.subject ??= w.subject;
    }
    prev = w;
    prevFigure = f;
    // (Not an amount restating one per share with no "a share" written: "4.1 mln dlrs or 12 cts".)
    if (f.kind === 'money' && !isPerShare(f) && w.metric?.metric.category !== 'eps') lastWhole = w;
  }
}

/** Currencies' units an exchange rate is quoted against: "to the dollar", "per euro". */
const QUOTE_CURRENCIES: ReadonlySet<string> = new Set(['dollar', 'euro', 'pound', 'yen', 'yuan', 'renminbi', 'franc', 'sterling', 'greenback', 'rupee', 'won']);
/** Words between "to"/"per" and the currency: "to the U.S. dollar", "per US dollar". */
const QUOTE_GAP: ReadonlySet<string> = new Set(['the', 'u.s.', 'us', 'u.s', 'one', 'a', '.', 'single']);

/**
 * "the dollar will average 150 yen", "the euro at 1.08 dollars": a currency's name, after "the",
 * right before the amount at `k` but for words of a level ({@link LEVEL_BEFORE_AMOUNT}).
 */
function currencyLevelBefore(tokens: readonly Tok[], k: number): boolean {
  let j = k - 1;
  while (j >= k - 3 && LEVEL_BEFORE_AMOUNT.has(tokens[j]?.lower ?? '')) j--;
  return j < k - 1 && QUOTE_CURRENCIES.has(tokens[j]?.lower ?? '') && tokens[j - 1]?.lower === 'the' && tokens[j]!.clause === tokens[k]!.clause;
}

/** From token `k`: "to the (U.S.) dollar", "per dollar", "against the euro" — the unit an exchange rate is quoted in. */
function quotedAgainst(tokens: readonly Tok[], k: number): boolean {
  const w = tokens[k]?.lower;
  if (w !== 'to' && w !== 'per' && w !== 'against') return false;
  for (let j = k + 1; j <= k + 4; j++) {
    const t = tokens[j]?.lower ?? '';
    if (QUOTE_CURRENCIES.has(t)) return true;
    if (!QUOTE_GAP.has(t)) return false;
  }
  return false;
}

/** Verbs of expecting right before an amount: "Analysts had expected €1.07bn", "analysts forecast about $2bn". */
const EXPECTING: ReadonlySet<string> = new Set(['expected', 'forecast', 'forecasted', 'estimated', 'predicted', 'projected', 'anticipated']);
const EXPECT_GAP: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'some', 'nearly', 'approximately']);
/** (Not an adjective: "an estimated $11.9bn", "the then projected $8bn total" are the figure's own size.) */
const isExpectedAmount = (tokens: readonly Tok[], k: number): boolean => {
  let j = k - 1;
  while (j > k - 3 && EXPECT_GAP.has(tokens[j]?.lower ?? '')) j--;
  const det = tokens[j - 1]?.lower;
  // "The consensus forecast had been for 160 million crowns", "The consensus was €1.2bn".
  let i = j;
  while (i > j - 4 && CONSENSUS_VERBS.has(tokens[i]?.lower ?? '')) i--;
  if (i < j && CONSENSUS_NOUNS.has(tokens[i]?.lower ?? '') && tokens[i]!.clause === tokens[k]!.clause && tokens[i]!.lower !== 'forecasts') return true;
  return EXPECTING.has(tokens[j]?.lower ?? '') && tokens[j]!.clause === tokens[k]!.clause && det !== 'an' && det !== 'a' && det !== 'the' && det !== 'then';
};
/** Words between a consensus noun and the amount it was: "had been for", "was". */
const CONSENSUS_VERBS: ReadonlySet<string> = new Set(['had', 'been', 'was', 'is', 'for', 'stood', 'at']);

/** Who expects, and what they expect: "the $2bn analysts had forecast", "a consensus of $2bn". */
const ANALYSTS: ReadonlySet<string> = new Set(['analysts', 'analyst', 'economists']);
const CONSENSUS_NOUNS: ReadonlySet<string> = new Set(['consensus', 'estimate', 'estimates', 'expectations', 'expectation', 'forecast', 'forecasts', 'smartestimate']);

/** The figure at `k` is what analysts expected: "the £3.45 billion analysts had forecast", "a consensus (estimate) of A$7.02 billion". */
function isConsensusAmount(tokens: readonly Tok[], k: number): boolean {
  if (ANALYSTS.has(tokens[k + 1]?.lower ?? '')) {
    const i = pastPollster(tokens, k + 2);
    const j = tokens[i]?.lower === 'had' || tokens[i]?.lower === 'have' ? i + 1 : i;
    if (EXPECTING.has(tokens[j]?.lower ?? '') && tokens[j]!.clause === tokens[k]!.clause) return true;
  }
  // "the 65-cent consensus", "the ¥548 billion average estimate", "the 85-cent average analyst estimate"
  let after = AVERAGE_WORDS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  if (ANALYSTS.has(tokens[after]?.lower ?? '') && CONSENSUS_NOUNS.has(tokens[after + 1]?.lower ?? '')) after++;
  if (!CONSENSUS_NOUNS.has(tokens[after]?.lower ?? '')) after = k + 1;
  if (CONSENSUS_NOUNS.has(tokens[after]?.lower ?? '') && tokens[after]!.clause === tokens[k]!.clause && tokens[k - 1]?.lower === 'the') return true;
  if (beatBy(tokens, k)) return true;
  // "but missed the 19.1 billion expected", "below the 1.6 billion forecast": the amount, then the word of expecting.
  if (tokens[k - 1]?.lower === 'the' && EXPECTING.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1]!.clause === tokens[k]!.clause) return true;
  if (tokens[k - 1]?.lower !== 'of' || tokens[k - 2]?.clause !== tokens[k]!.clause) return false;
  if (CONSENSUS_NOUNS.has(tokens[k - 2]!.lower)) return true;
  // "came in at €4.1bn, above its own target of €3bn to €4bn": the company's own expectation of
  // the same measure (right after a determiner, so not "a cost-savings target of €500m").
  // ("rose 18% to 18.4 billion crowns, in line with guidance of 18-19 billion crowns": the same.)
  return OWN_TARGET_NOUNS.has(tokens[k - 2]!.lower) && (TARGET_DETERMINERS.has(tokens[k - 3]?.lower ?? '') || (tokens[k - 3]?.lower === 'with' && tokens[k - 4]?.lower === 'line'));
}
/**
 * An unscaled amount expected after a per-share result is per share too, though its words leave
 * "a share" out: "earned 71 cents a share, short of the 79 cents analysts had expected".
 */
const perShareUnwritten = (f: Figure, before: Figure): boolean =>
  f.kind === 'money' && before.kind === 'money' && !f.per && !f.scale && !!before.per && /share|shr/.test(before.per);

/** A change's group has a whole amount, not per share, among its targets: "$5.4 billion, or $1.88 per share, …, down 9%". */
function wholeTargetOf(group: ChangeGroup): boolean {
  for (const [g, role] of group.members) if (role === 'target' && g.kind === 'money' && !isPerShare(g)) return true;
  return false;
}

/** Periods found for a figure only from sentences before it, which its own sentence's result outranks. */
const CARRIED_BASES: ReadonlySet<string> = new Set(['previous-sentence', 'earlier-sentence', 'reported']);

/** Participles of who asked analysts: "analysts polled by LSEG", "surveyed by FactSet". */
const POLLED: ReadonlySet<string> = new Set(['polled', 'surveyed', 'tracked', 'compiled', 'asked']);
/** How many words a pollster's name may have: "Zacks Investment Research". */
const POLLSTER_WORDS = 4;

/** The token after "polled by LSEG" at `i` (capitalised words of the name), or `i` when none is written there. */
function pastPollster(tokens: readonly Tok[], i: number): number {
  if (!POLLED.has(tokens[i]?.lower ?? '') || tokens[i + 1]?.lower !== 'by') return i;
  let j = i + 2;
  while (j < i + 2 + POLLSTER_WORDS && tokens[j]?.cap && tokens[j]!.kind === 'word') j++;
  return j > i + 2 ? j : i;
}

/** A company's own expectation of a result: "its target of", "the guidance of". */
const OWN_TARGET_NOUNS: ReadonlySet<string> = new Set(['target', 'guidance', 'goal']);
const TARGET_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'own', 'the', 'a', 'our']);

/**
 * The figure at `k` is how far a result was from what analysts expected: "beating estimates by 6
 * cents", "missing forecasts by $40 million", of the same measure and period.
 */
const beatBy = (tokens: readonly Tok[], k: number): boolean =>
  tokens[k - 1]?.lower === 'by' && CONSENSUS_NOUNS.has(tokens[k - 2]?.lower ?? '') && tokens[k - 2]!.clause === tokens[k]!.clause;

/** Words between an expected amount and its noun: "the ¥548 billion average estimate". */
const AVERAGE_WORDS: ReadonlySet<string> = new Set(['average', 'mean', 'median']);

/** Words that list figures of one measure: "18.3% and 21.0%", "$2m or $3m". */
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or']);
const OR_JOINER: ReadonlySet<string> = new Set(['or']);

/** Words between an amount and the percentage that restates it: ", or about 4%", ", equal to 4%", ", representing 4%". */
const RESTATING_GAP: ReadonlySet<string> = new Set([',', 'or', 'equal', 'equivalent', 'to', 'representing', 'amounting', 'about', 'around', 'roughly', 'some', 'nearly', 'almost', 'approximately']);

/** The figure at token `k` restates the one at `j` right before it, past only RESTATING_GAP words (at most four). */
function restatesRightAfter(tokens: readonly Tok[], k: number, j: number): boolean {
  if (k - j < 2 || k - j > 5) return false;
  for (let i = j + 1; i < k; i++) if (!RESTATING_GAP.has(tokens[i]!.lower)) return false;
  return tokens[k - 1]!.text !== ',';
}

const VERSUS: ReadonlySet<string> = new Set(['vs', 'versus', 'against']);
const RESULT_WORDS: ReadonlySet<string> = new Set(['loss', 'profit', 'earnings', 'income']);

/** The figure at `k` is compared with the one at `prev` right before it: "34 cts vs loss 2.14 dlrs" ("vs.", and the result word). */
function comparedPastResultWord(tokens: readonly Tok[], k: number, prev: number): boolean {
  let j = k - 1;
  if (!RESULT_WORDS.has(tokens[j]?.lower ?? '')) return false;
  j--;
  if (tokens[j]?.text === '.') j--;
  return VERSUS.has(tokens[j]?.lower ?? '') && j - 1 === prev;
}
