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
import { FAMILY_WORDS } from '../lexicon/currencies';
import { ACCRETION_WORDS, BUYING_VERBS, OFFER_NOUNS, OFFER_VERBS, WHOLE_DEAL_NOUNS } from '../lexicon/deals';
import { SCALE_LOOKUP } from '../lexicon/scales';
import { CONTRACT_TERM_WORDS, MONTHS } from '../lexicon/periods';
import { BOND_VOLUME_NOUNS, BOND_WORDS, CAUSE_WORDS, FFO_PHRASES, HELD_LEVEL_WORDS, OFFER_PHRASES, PRICE_UNITS, PRICED_THING_GAP, PRICED_THINGS, PRIOR_ADJECTIVES, PRIOR_NOUNS, SHARE_KINDS, SHARE_WORDS, SPAN_CLOSING_VERBS, TAKING_OFF, TRADING_SPANS, VALUED_THINGS, type MetricCategory, type MetricRow } from '../lexicon/metrics';
import type { Figure } from '../types';
import { orderedToPay } from './clause';
import type { CueMatch } from './cues';
import type { Tok } from './tokens';
import type { AboutMetric } from './types';
import { BE_FORMS, COMPANY_NOUNS, INDEFINITE_ARTICLES, isFunctionWord, isVerb, MODAL_VERBS, POSSESSIVE_PRONOUNS, SUBORDINATE_OPENERS } from './words';

export interface MetricFound {
  readonly metric: AboutMetric;
  readonly cue?: CueMatch<MetricRow>;
  readonly why: string;
  /** Found only as the nearest cue in the clause (rules 4–5), not tied to the figure by its words. */
  readonly loose?: boolean;
}

/** Words that may stand between a cue and its figure in "cue … figure" (rule 2). */
const LINK_BEFORE = new Set([
  'of', 'was', 'were', 'is', 'are', 'be', 'been', 'at', 'to', 'totalled', 'totaled', 'totalling', 'totaling', 'total', 'reached', 'hit', 'stood', 'amounted',
  'amounting', 'came', 'in', 'equal', 'equalling', 'equaling', 'equivalent', 'worth', 'valued', 'estimated', 'about', 'around', 'approximately', 'roughly',
  'nearly', 'almost', 'just', 'some', 'over', 'under', 'more', 'than', 'less', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'by', 'record', 'only',
  'would', 'will', 'could', 'expected', 'forecast', 'seen', 'put', 'pegged', 'set', 'reported', 'posted', 'booked', 'recorded', 'of', 'for', 'with', 'on',
  'as', 'much', 'many', 'up', 'down', 'to', 'new', 'high', 'low', 'close',
  // "bitcoin is still down about 11%", "ether is now up 30%": an adverb of time before the change
  'still', 'now', 'already',
  // "buy the remaining 49% of the venture", "sell its remaining 10% stake": what is left of a holding
  'remaining',
  // "the Australian dollar was flat at $0.658", "little changed at", "quoted at": a level without a move
  'flat', 'steady', 'unchanged', 'stable', 'little', 'changed', 'quoted', 'traded', 'trading', 'initially', 'briefly', 'sharply', 'slightly', 'further', 'year-on-year', 'annual', 'quarterly', 'first-half', 'full-year', 'total', 'combined', 'net', 'it', 'has', 'had', 'have',
]);
/** Prepositions of the means money is raised by: "from bond sales", "through an offering of notes", "via a eurobond". */
const VIA: ReadonlySet<string> = new Set(['from', 'through', 'via']);
/** Verbs of adding after which "to" names what the figure adds to: "add £180m to profit". */
const ADDING: ReadonlySet<string> = new Set(['add', 'adds', 'added', 'adding', 'contribute', 'contributes', 'contributed', 'contributing']);
/** The unit of a term written before a security: the "year" of "10-year". */
const TERM_UNITS: ReadonlySet<string> = new Set(['year', 'yr', 'month']);
/** Verbs of money a product or business brings in, right before the amount: "Zepbound brought in $3.4bn", "the drug generated $4.2bn". */
const EARNING_VERBS: ReadonlySet<string> = new Set(['generated', 'generates', 'generating', 'grossed', 'grosses']);
/** Verbs that say so with "in" after them: "brought in", "raked in", "pulled in". */
const EARNING_IN_VERBS: ReadonlySet<string> = new Set(['brought', 'brings', 'bringing', 'bring', 'raked', 'rakes', 'raking', 'rake', 'pulled', 'pulls', 'pulling', 'pull']);

/** A dash set off by a space before it: "--", "—", "–", " - ". */
const SPACED_DASH = /^[-–—]{1,2}$/;

/** What brings in cash rather than sales: "Operating activities generated $1.2bn", "its operations generated". */
const CASH_SOURCES: ReadonlySet<string> = new Set(['operations', 'operation', 'activities']);

/**
 * An amount right after a verb of bringing money in (approximators between): "Slimora generated
 * $4.2 billion", "Zepbound brought in about $3.4 billion". With no metric words of its own (no
 * "in free cash flow" after it), such an amount is revenue; brought in by a company's operations,
 * cash.
 */
export function earnedBefore(tokens: readonly Tok[], at: number): 'revenue' | 'cash' | undefined {
  const k = pastApproximators(tokens, at, 3);
  const t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  const verb = EARNING_VERBS.has(t.lower) ? k : t.lower === 'in' && EARNING_IN_VERBS.has(tokens[k - 1]?.lower ?? '') ? k - 1 : -1;
  if (verb < 0) return undefined;
  return CASH_SOURCES.has(tokens[verb - 1]?.lower ?? '') ? 'cash' : 'revenue';
}

/** Words of size or bound that may stand between an adjacent-only cue and its figure: "raising about HK$12bn", "raised more than $5m". */
const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'over', 'more', 'than', 'just', 'an', 'a', 'further', 'additional', 'another', 'at', 'least', 'up', 'to', 'as', 'much', 'estimated']);
/** The token before `at` past at most `most` words of {@link APPROXIMATORS}: the verb of "raised about $5m". */
function pastApproximators(tokens: readonly Tok[], at: number, most: number): number {
  let k = at - 1;
  while (k >= 0 && k >= at - most && APPROXIMATORS.has(tokens[k]!.lower)) k--;
  return k;
}
/** The largest sum with no scale read as an offer for one share ("a 3,150 yen tender offer"). */
const PER_SHARE_OFFER_MAX = 10_000;
/** The largest FFO with no scale read as per share ("FFO of 61 cents", "core FFO of $1.12"). */
const FFO_PER_SHARE_MAX = 100;
/** How far before the loans a rate's "on" may be, in tokens: "rate on a 30-year fixed-rate loan" is nine. */
const RATE_ON_REACH = 10;
/** Verbs of buying or selling whose percentage, with no "of" after it, is a part of a company: "acquire a further 26%". */
const STAKE_TRADING_VERBS: ReadonlySet<string> = new Set([...BUYING_VERBS, 'sell', 'sells', 'sold', 'selling']);
/** Prepositions after such a percentage naming the other party or the company: "from public shareholders", "to Acme", "in Paysetu". */
const PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'to', 'in', 'for']);
/** Words that set a percentage against what follows: "26% above the closing price", "12% below the offer price". */
const SET_AGAINST: ReadonlySet<string> = new Set(['above', 'below', 'over', 'under']);
/** Words of a sum between an adjacent-only cue and its figure: "raised a total of $3.4bn", "borrowed a record $5bn", "a combined $2bn". */
const TOTALS: ReadonlySet<string> = new Set(['total', 'of', 'record', 'combined', 'cumulative']);
/** The size of an economy, which a percentage "of" it is measured against ("borrowing of 5% of GNP"). */
const ECONOMY_SIZE: ReadonlySet<string> = new Set(['gdp', 'gnp', 'gross domestic product', 'gross national product', 'national income', 'net material product']);
/** Words for an economy's output that only right after "X% of" name its size: "debt at 96% of output" (not "cut output by 5%"). */
const ECONOMY_OUTPUT: ReadonlySet<string> = new Set(['output', 'economic output', 'national output', 'national income']);

/** Words that may stand between a figure and a cue right after it (rule 1): `$790M Q1 loss`, `a $5bn all-cash deal`. */
const COMPOUND_SKIP = new Set(['net', 'pretax', 'pre-tax', 'operating', 'quarterly', 'annual', 'first-quarter', 'second-quarter', 'third-quarter', 'fourth-quarter',
  'first-half', 'second-half', 'full-year', 'one-time', 'all-cash', 'senior', 'subordinated', 'convertible', 'secured', 'unsecured', 'cash-and-stock', 'cash', 'stock', 'initial', 'total', 'combined', 'adjusted', 'underlying',
  'core', 'gross', 'estimated', 'planned', 'proposed', 'hostile', 'equity', 'dlr', 'dlrs', 'mln', 'billion', 'million', 'new', 'debt', 'multiyear', 'multi-year', 'year-on-year', 'per', 'year-over-year', 'after-tax', 'aftertax', 'interim', 'final', 'special', 'record',
  // a bond's kind before its noun: "a £750m perpetual AT1 bond", "a $1bn subordinated note"
  'perpetual', 'dated', 'undated', 'callable', 'non-call', 'additional', 'tier']);

/** Words opening a clause of result after a comma: "at $30.58, giving it a market value of …" names the next figure's measure. */
const RESULT_WORDS: ReadonlySet<string> = new Set(['giving', 'taking', 'bringing', 'leaving']);
/** Words opening a condition after a comma: "…, after 1.3% in 2024, assuming no new tariffs" names no tariff. */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['assuming', 'barring', 'provided', 'unless', 'if', 'citing']);
/** Words before "costs" that make them the price of credit: "borrowing costs", "funding costs". */
const CREDIT_COST_WORDS: ReadonlySet<string> = new Set(['borrowing', 'funding', 'financing']);
/** Words right before a percentage that make it a level: "to 10.75%", "at 5.2%", "of 4.5%". */
const RATE_LEVEL_BEFORE: ReadonlySet<string> = new Set(['to', 'at', 'of']);
/** Adverbs of degree before a word of cause: ", primarily due to", ", mainly reflecting", ", partly offset". */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['primarily', 'mainly', 'largely', 'mostly', 'partly', 'partially', 'principally', 'chiefly', 'predominantly', 'substantially']);
/**
 * Words opening a clause of reason or time after a figure: a measure named past them is another
 * one's. Also of contrast: "Spain expanded 0.6% while Germany's output shrank" names Germany's
 * output, not Spain's growth.
 */
const SUBORDINATORS: ReadonlySet<string> = new Set([...SUBORDINATE_OPENERS, 'once', 'until', 'while', 'whereas']);
/**
 * "as" opens such a clause before a determiner: "climbed 6% to £6.4bn as the net interest margin
 * widened" names no margin of the figure (not "as much as", "such as", "as well as", nor the role
 * of "as a": "425 mln dlrs as a loss").
 */
const AS_CLAUSE_NEXT: ReadonlySet<string> = new Set(['the', 'its', 'their', 'higher', 'lower', 'rising', 'falling', 'weaker', 'stronger',
  // "Japan fell 18% as tourist spending cooled", "rose 4% as demand recovered": the buyers or the
  // demand that moved, the subject of a clause of cause
  'demand', 'consumer', 'consumers', 'shoppers', 'tourist', 'tourists', 'customers', 'buyers', 'spending', 'prices', 'costs', 'sales', 'volumes']);
const opensClause = (tokens: readonly Tok[], k: number): boolean =>
  SUBORDINATORS.has(tokens[k]!.lower) || (tokens[k]!.lower === 'as' && tokens[k - 1]?.lower !== 'such' && AS_CLAUSE_NEXT.has(tokens[k + 1]?.lower ?? ''));

/** Prepositions that put a noun inside another noun phrase: "its offer for the company". */
const NP_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'into', 'over', 'than']);
/** The noun at `j` ends a short noun phrase that opens the sentence ("The quick-commerce firm", "Tata Motors"). */
const opensSentence = (tokens: readonly Tok[], j: number): boolean => {
  if (j > 5) return false;
  for (let n = 0; n < j; n++) if (tokens[n]!.kind !== 'word' || NP_PREPOSITIONS.has(tokens[n]!.lower) || (!tokens[n]!.cap && isVerb(tokens[n]!.lower))) return false;
  return true;
};

/** "has", "had" before "been": "Gorillo had been valued at $3.1bn" is what a company was worth. */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'have']);
/** Adverbs between a company and "valued at": "is now valued at", "was last valued at". */
const VALUED_ADVERBS: ReadonlySet<string> = new Set(['now', 'last', 'then', 'currently', 'previously', 'recently', 'once', 'already', 'reportedly', 'being']);

/** What a bond's price is quoted per: "71.5 cents on the dollar", "60p in the pound". */
const FACE_UNITS: ReadonlySet<string> = new Set(['dollar', 'euro', 'pound']);

/** Verbs of holding that name a stake in the percentage right after them, "of" or not: "will own 14.3% after the listing". */
const OWN_VERBS: ReadonlySet<string> = new Set(['own', 'owns', 'control', 'controls']);
/**
 * Verbs of holding that name a stake in a percentage right after them that ends its clause: "its
 * largest owner, which holds 27.6%, has agreed" (not "held 5% in cash", nor "the jobless rate held
 * at 4.2%", a level kept).
 */
const HOLD_VERBS: ReadonlySet<string> = new Set(['hold', 'holds', 'held']);


/** A term written as one word: "seven-year", "five-year", "30-day". */
const isTermWord = (w: string): boolean => w.endsWith('-year') || w.endsWith('-month') || w.endsWith('-day') || w.endsWith('-week');

/** Nouns of a forecast before "range": "its guidance range of $25.2bn to $25.8bn". */
const GUIDANCE_NOUNS: ReadonlySet<string> = new Set(['guidance', 'forecast', 'outlook']);

/** An earlier {@link PRIOR_NOUNS} + "of" (and perhaps "about", "around") right before token `k`: "a previous range of $17 billion to $18 billion". */
export function afterPriorNoun(tokens: readonly Tok[], k: number): boolean {
  let j = k - 1;
  const w = tokens[j]?.lower;
  if (w === 'about' || w === 'around' || w === 'roughly' || w === 'approximately') j--;
  if (tokens[j]?.lower !== 'of' || !PRIOR_NOUNS.has(tokens[j - 1]?.lower ?? '') || tokens[j - 1]!.clause !== tokens[k]!.clause) return false;
  // "its range of" is its own range; "its previous range of", "initial guidance of" an earlier one;
  // "its guidance range of" a forecast of what the figure before it measures.
  return PRIOR_ADJECTIVES.has(tokens[j - 2]?.lower ?? '') || PRIOR_ADJECTIVES.has(tokens[j - 3]?.lower ?? '')
    || (tokens[j - 1]!.lower === 'range' && GUIDANCE_NOUNS.has(tokens[j - 2]?.lower ?? ''));
}

/** Verbs of cutting jobs before a percentage of a workforce: "cut 7% of its workforce". */
const CUTTING_VERBS: ReadonlySet<string> = new Set(['cut', 'cuts', 'cutting', 'eliminate', 'eliminates', 'eliminated', 'eliminating', 'shed', 'sheds', 'shedding',
  'slash', 'slashes', 'slashed', 'slashing', 'reduce', 'reduces', 'reduced', 'reducing', 'trim', 'trims', 'trimmed', 'trimming', 'axe', 'axes', 'axed', 'axing', 'ax', 'cull', 'culls', 'culled']);
/** "lay off 10% of staff": the verb before "off". */
const LAYING: ReadonlySet<string> = new Set(['lay', 'lays', 'laid', 'laying']);

/** Words that end the noun phrase after "a drop in": it names no cue past them. */
const NOT_MODIFIERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'to', 'from', 'by', 'with', 'for', 'at', 'than', 'as', 'that', 'which', 'of', 'on', 'in', 'its', 'after', 'while', 'since', 'because', 'despite']);

/** Words for a company as a whole, or its equity: "10 pct of the equity", "20% of the company". */
const COMPANY_WHOLES: ReadonlySet<string> = new Set(['equity', 'company', 'firm', 'group', 'business', 'unit', 'subsidiary', 'venture', 'bank', 'concern', 'partnership']);
const OWNERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/** Words between a figure and "in/of" + cue (rule 3): the change noun, determiners, adjectives. */
const OF_SKIP = new Set(['senior', 'subordinated', 'convertible', 'secured', 'unsecured', 'its', 'their', 'his', 'her', 'the', 'a', 'an', 'total', 'annual', 'quarterly', 'net', 'operating', 'group', 'company', 'global', 'overall', 'combined', 'core', 'underlying', 'first-half', 'full-year', 'year-on-year', 'year-over-year',
  'new', 'additional', 'fresh', 'existing', 'outstanding', 'long-term', 'short-term',
  // the accounting kind of a charge or gain: "$1.5 billion of exceptional impairment charges"
  'exceptional', 'one-off', 'one-time', 'non-cash', 'noncash', 'non-recurring', 'nonrecurring', 'extraordinary',
  // what is owed and not yet paid: "$5.7 billion in back taxes", "£4m of unpaid penalties"
  'back', 'unpaid', 'overdue']);

const labelOf = (text: string, tokens: readonly Tok[], cue: CueMatch<MetricRow>, category: MetricCategory = cue.row.category): AboutMetric => ({
  category,
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

/** The most tokens a metric phrase spans ("share of the * market" with its three words). */
const PHRASE_TOKENS = 12;

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
  // "bonds edged up 2 basis points to 1.62%": a percentage of bonds is their yield, a rate;
  // "priced at 140 basis points over swaps": basis points are no price but a spread.
  const fig = tokens[at]!.figure;
  // ("to retire 5% of the debentures" is a part of them, not their rate.)
  // ("a term loan talked at 375bp": basis points of a loan are its spread, a rate too.)
  // ("Municipal bond issuance fell 11%": bonds sold, an amount of debt, not their yield.)
  const bondRate = (cue: CueMatch<MetricRow>): boolean => fig?.kind === 'percent' && (((cue.row.id === 'debt' || cue.row.id === 'debt.gilts') && (BOND_WORDS.has(cue.phrase) || fig.unit === 'basis-point') && tokens[after]?.lower !== 'of' && !BOND_VOLUME_NOUNS.has(tokens[cue.to]?.lower ?? '')) || (cue.row.id === 'price' && fig.unit === 'basis-point'));
  // "bonds fell to 71.5 cents on the dollar": debt quoted per unit of its face value is its price,
  // and so is the size of its move ("jumped 4 cents to 71.5 cents on the dollar"); an amount of
  // a unit or more is not ("bond issues up to 400 mln dlrs in the dollar, deutschmark and yen").
  const faceAt = (k: number): boolean => (tokens[k]?.lower === 'on' || tokens[k]?.lower === 'in') && tokens[k + 1]?.lower === 'the' && FACE_UNITS.has(tokens[k + 2]?.lower ?? '');
  const faceQuoted = fig?.kind === 'money' && fig.amount < 2 && (faceAt(after) || (tokens[after]?.lower === 'to' && tokens[after + 1]?.figure?.kind === 'money' && faceAt(after + 2)));
  // "valuing the deal at $5bn", "valued the shares at 100 pesos": what is valued names the figure.
  const valuedThing = (cue: CueMatch<MetricRow>): MetricCategory | undefined => {
    if (cue.row.id !== 'market-value' || cue.to - cue.from < 3) return undefined;
    for (let k = cue.from + 1; k < cue.to - 1; k++) {
      const v = VALUED_THINGS.get(tokens[k]!.lower);
      if (v) return v;
    }
    return undefined;
  };
  /** A debt cue within three words from token `j`: the coupon of "of 4.6% senior notes". */
  const debtWithin = (j: number): boolean => {
    for (let n = j; n < j + 3 && n < tokens.length; n++) {
      if (cueAt.get(n)?.row.category === 'debt') return true;
      if (tokens[n]!.kind !== 'word') return false;
    }
    return false;
  };
  /** A debt cue within two words from token `j`, with no preposition or conjunction before it: "revenue bonds", "general obligation debt". */
  const securitiesAt = (j: number): boolean => {
    for (let n = j; n < j + 2 && n < tokens.length; n++) {
      if (cueAt.get(n)?.row.category === 'debt') return true;
      if (tokens[n]!.kind !== 'word' || NOT_MODIFIERS.has(tokens[n]!.lower)) return false;
    }
    return false;
  };
  /** "of the equity", "of the company", "of its unit": a company's whole after "of" right after the figure. */
  const ofCompany = (): boolean => {
    let j = after + 1;
    if (tokens[after]?.lower !== 'of') return false;
    if (OWNERS.has(tokens[j]?.lower ?? '') || tokens[j]?.possessive) j++;
    // ("the remaining 49% of its insurance joint venture": two words of the business's own before it.)
    for (let n = 0; n < 2 && tokens[j]?.kind === 'word' && !tokens[j]!.cap && !COMPANY_WHOLES.has(tokens[j]!.lower) && !NOT_MODIFIERS.has(tokens[j]!.lower); n++) j++;
    return COMPANY_WHOLES.has(tokens[j]?.lower ?? '');
  };
  // The verb right before the figure, past a word of size: "added about ¥35 billion to operating profit".
  const verb = tokens[pastApproximators(tokens, at, 2)]?.lower ?? '';
  /** Rule 3's cue: "in"/"of"/"on"/"for" after the figure, then a cue within a few words. */
  const ofCue = (): { c: CueMatch<MetricRow>; why: string } | undefined => {
    let k = after;
    let changed = false;
    // "wiped €1.1bn off its operating income": "off" after a verb of taking away names what it is taken from.
    const takenOff = tokens[after]?.lower === 'off' && TAKING_OFF.has(verb);
    // "about 9% accretive to its 2027 earnings per share", "a 3% dilution to EPS": "to" after a
    // word of accretion names the measure the deal moves.
    const accreted = ACCRETION_WORDS.has(tokens[after]?.lower ?? '') && tokens[after + 1]?.lower === 'to';
    if (accreted) k = after + 1;
    else if (!takenOff) for (; k < tokens.length && tokens[k]!.kind === 'word'; k++) {
      if (isChangeWord(k)) changed = true;
      else if (!COMPOUND_SKIP.has(tokens[k]!.lower)) break;
    }
    const prep = tokens[k];
    // "would add £180m to operating profit": "to" after a verb of adding names what grows.
    const addedTo = prep?.lower === 'to' && k === after && ADDING.has(verb);
    if (!prep || prep.clause !== clause || !(prep.lower === 'in' || prep.lower === 'of' || prep.lower === 'on' || prep.lower === 'for' || addedTo || takenOff || accreted)) return undefined;
    // After a change noun ("a 40% drop in oil revenues"), what changed may carry words of its
    // own before the cue: two at most, and no preposition or conjunction.
    // ("knocked 5.6% off reported sales": so may what is taken from.)
    let modifiers = (changed && prep.lower === 'in') || takenOff ? 2 : 0;
    for (let j = k + 1, end = k + 6; j < Math.min(tokens.length, end); j++) {
      const c = cueAt.get(j);
      // ("$650 million of revenue bonds", "$1.2 billion of general obligation bonds", "of older
      // debt": the securities' own words before the debt cue, a measure's word among them, name
      // the kind of debt; the debt cue names the figure.)
      if (prep.lower === 'of' && k === after && c?.row.category !== 'debt' && tokens[j]!.kind === 'word' && !NOT_MODIFIERS.has(tokens[j]!.lower) && securitiesAt(c ? c.to : j + 1)) continue;
      // ("4.8% of its issued share capital": a holding's noun after "of" is linked to the figure.)
      // ("a loss of 17.7 mln dlrs on revenues of 228 mln dlrs": the revenue the result was made on, not its measure.)
      if (c && prep.lower === 'on' && c.row.category === 'revenue' && tokens[c.to]?.lower === 'of' && tokens[c.to + 1]?.kind === 'figure') return undefined;
      if (usable(c, false, c?.row.percentOf === true && prep.lower === 'of' && k === after)) return { c, why: `"${prep.text} …" after the figure` };
      const t = tokens[j]!;
      // ("a 12% rise in first-half profit", "of its 2023 revenue": a period says which; not
      // "on 1985 earnings", a basis, nor "in the July contract", a thing of its own.)
      if (t.kind === 'figure' && t.figure!.kind === 'period' && prep.lower !== 'on' && (j === k + 1 || tokens[j - 1]!.possessive || POSSESSIVE_PRONOUNS.has(tokens[j - 1]!.lower))) continue;
      // ("£4.5 billion of a 2035 gilt", "of the 2033 bonds": a debt's maturity year.)
      if (t.kind === 'number' && t.text.length === 4 && prep.lower === 'of' && debtWithin(j + 1)) continue;
      // ("$1.25 billion of 4.6% notes": a coupon before debt; "£500m of Tier 2 notes": a class.)
      if (t.kind === 'figure' && t.figure!.kind === 'percent' && j === k + 1 && (prep.lower === 'of' || prep.lower === 'in') && debtWithin(j + 1)) {
        modifiers = 2; // ("of 3.9% covered bonds": the securities' own words up to the debt cue)
        continue;
      }
      // ("17.5 percent of the $500 million settlement": a percentage of an amount is of the measure the amount is.)
      if (t.kind === 'figure' && t.figure!.kind === 'money' && fig?.kind === 'percent' && prep.lower === 'of' && cueAt.has(j + 1)) continue;
      if (t.kind === 'number' && tokens[j - 1]!.cap && j > k + 1) continue;
      // ("$39 billion of 10-year notes": a tenor in digits before the debt cue.)
      if (t.kind === 'number' && tokens[j + 1]?.text === '-' && (tokens[j + 2]?.lower === 'year' || tokens[j + 2]?.lower === 'month') && debtWithin(j + 3)) {
        j += 2;
        end += 2; // (the term is one word: "of a new 10-year BTP bond")
        continue;
      }
      if (t.kind !== 'word') break;
      if (OF_SKIP.has(t.lower) || t.possessive || t.cap) continue;
      // ("$58 billion of three-year notes", "of 10-year bonds": the securities' tenor before the debt cue.)
      if ((t.lower.endsWith('-year') || t.lower.endsWith('-month')) && debtWithin(j + 1)) continue;
      if (modifiers-- > 0 && !NOT_MODIFIERS.has(t.lower)) continue;
      break;
    }
    return undefined;
  };
  /** A debt cue within a few words after "from"/"through"/"via" right after the figure (or its stated equivalent). */
  const viaDebt = (): CueMatch<MetricRow> | undefined => {
    const prep = tokens[after];
    if (!prep || prep.clause !== clause || !VIA.has(prep.lower)) return undefined;
    for (let j = after + 1; j < Math.min(tokens.length, after + 9); j++) {
      const c = cueAt.get(j);
      // ("… from the sale of units and will borrow $4m": a verb of another amount ends the means.)
      if (c?.row.id === 'debt.borrow') return undefined;
      if (c?.row.category === 'debt') return c;
      // ("through an offering of debentures": the offering's words pass to what is offered.)
      if (c && !(c.row.category === 'deal-value' && tokens[c.to]?.lower === 'of')) return undefined;
      // (Words, and a coupon or term on the way: "through a 14-5/8% bullet eurobond", "a 10-year loan stock".)
      const t = tokens[j]!;
      const passable = t.kind === 'word' || t.kind === 'number' || t.text === '-' || (t.kind === 'figure' && t.figure!.kind === 'percent');
      if (!passable || t.clause !== clause) return undefined;
    }
    return undefined;
  };
  // "yields on new single-B loans have fallen to 7.4%": the loans are what the rate is on; the
  // rate before "on" is the measure (a few words of the loans' own between; for loans, a term
  // among them: "the contract rate on a 30-year fixed-rate loan fell to 5.94%", "the rate on
  // 15-year loans"; a bond's term stays with the bond: "yields on 10-year Canadian bonds").
  const rateOn = (cue: CueMatch<MetricRow>): CueMatch<MetricRow> | undefined => {
    if (cue.row.category === 'rate') return undefined;
    const termed = !BOND_WORDS.has(cue.phrase);
    for (let k = cue.from - 1; k >= 0 && k >= cue.from - (termed ? RATE_ON_REACH : 4); k--) {
      const t = tokens[k]!;
      if (!(t.kind === 'word' || (termed && (t.kind === 'number' || t.text === '-'))) || t.clause !== tokens[cue.from]!.clause) return undefined;
      if (t.lower === 'on') {
        const head = cueEndingAt.get(k);
        // ("cut the import duty on crude palm oil to 10%": a tax on a good names the measure, not the good's price.)
        return head?.row.category === 'rate' || (head?.row.category === 'tax' && cue.row.category === 'price') ? head : undefined;
      }
    }
    return undefined;
  };
  // "the front-month contract dropped €1.85", "the May contract rose 1.2%": a contract that
  // moves is a traded one, and what moves is its price (a deal's value does not rise 1.2%).
  // (Not "a contract worth more than $500m", "1.4 mln contracts, up 78%" (a count traded), "the
  // share of the contracts", nor a change further than a short verb phrase away.)
  const contractMoved = (cue: CueMatch<MetricRow>): boolean => {
    if (cue.row.id !== 'deal-value' || (cue.phrase !== 'contract' && cue.phrase !== 'contracts') || at - cue.to > CONTRACT_MOVE_REACH + 8) return false;
    const before = tokens[cue.from - 1];
    if (before && (before.lower === 'of' || (before.lower === 'the' && tokens[cue.from - 2]?.lower === 'of'))) return false;
    // ("6.5 mln futures and options contracts, up 15%", "increased 9% to 1,196,731": counts traded.)
    for (let k = Math.max(0, cue.from - 4); k < cue.from; k++) if (tokens[k]!.kind === 'number' || (tokens[k]!.kind === 'figure' && tokens[k]!.figure!.kind !== 'period')) return false;
    if (tokens[after]?.lower === 'to' && tokens[after + 1]?.kind === 'number') return false;
    let moved = -1;
    for (let k = cue.to; k < at; k++) {
      const t = tokens[k]!;
      if (t.kind === 'number' || CONTRACT_VALUE_WORDS.has(t.lower)) return false;
      if (moved < 0 && t.kind === 'word' && isChangeWord(k)) moved = k;
    }
    if (moved < 0) return false;
    if (at - cue.to <= 8) return true;
    // ("the benchmark palm oil contract for September delivery on Bursa Malaysia Derivatives
    // Exchange gained 57 ringgit, or 1.4%": its verb past its delivery month and its exchange,
    // with no punctuation between, and the figure a short way after the verb.)
    if (tokens[cue.to]?.lower !== 'for' && tokens[cue.to]?.lower !== 'on') return false;
    if (moved - cue.to > CONTRACT_MOVE_REACH || at - moved > 8) return false;
    for (let k = cue.to; k < moved; k++) if (tokens[k]!.kind === 'punct') return false;
    return true;
  };
  const countOfShares = (cue: CueMatch<MetricRow>): boolean => {
    if (tokens[at]!.figure?.kind !== 'percent' || cue.row.id !== 'price' || !SHARE_WORDS.has(cue.phrase)) return false;
    let k = SHARE_KINDS.has(tokens[cue.from - 1]?.lower ?? '') ? cue.from - 2 : cue.from - 1;
    // ("2.1 mln shares, or 7.7 pct": past the count's scale word.)
    if (SCALE_LOOKUP.has(tokens[k]?.lower ?? '')) k--;
    return tokens[k]?.kind === 'number';
  };
  // ("6.5 mln futures and options contracts": a number, perhaps with its scale, a few words before.)
  const countOfContracts = (cue: CueMatch<MetricRow>): boolean => {
    if (tokens[at]!.figure?.kind !== 'percent' || cue.row.id !== 'deal-value' || (cue.phrase !== 'contracts' && cue.phrase !== 'contract')) return false;
    for (let k = cue.from - 1; k >= 0 && k >= cue.from - 4; k--) {
      const t = tokens[k]!;
      if (t.kind === 'number') return true;
      if (t.kind !== 'word' || !(SCALE_LOOKUP.has(t.lower) || t.lower === 'futures' || t.lower === 'options' || t.lower === 'and' || t.lower === 'swaps')) return false;
    }
    return false;
  };
  // "cut its holdings of index-linked gilts by £1.5 billion": securities after "of" say what an
  // owner holds; the holding before them is the measure (a few words of the securities' own between).
  const holdingOf = (cue: CueMatch<MetricRow>): CueMatch<MetricRow> | undefined => {
    if (cue.row.category !== 'debt') return undefined;
    for (let j = cue.from - 1; j >= 0 && j >= cue.from - 5; j--) {
      const t = tokens[j]!;
      if (t.lower === 'of') {
        // (An owner's holding only, "its holdings of": "private sector holdings of government debt
        // fell" is debt outstanding.)
        const h = cueEndingAt.get(j), owner = h ? tokens[h.from - 1] : undefined;
        return h?.row.category === 'stake' && !!owner && (owner.possessive || POSSESSIVE_PRONOUNS.has(owner.lower)) ? h : undefined;
      }
      if (t.kind !== 'word' && t.text !== '-') return undefined;
    }
    return undefined;
  };
  /** A verb of buying or selling (deal-value.verb) at most six words before token `k`, in the figure's clause. */
  // (From the cues that start before `k`, back past the longest a phrase may be: not all of the text's cues.)
  const dealVerbBefore = (k: number): boolean => {
    for (let i = firstCueFrom(cues, k) - 1; i >= 0 && cues[i]!.from >= k - 6 - PHRASE_TOKENS; i--) {
      const c = cues[i]!;
      if (c.row.id === 'deal-value.verb' && c.to <= k && k - c.to <= 6 && tokens[c.from]!.clause === clause) return true;
    }
    return false;
  };
  /** A verb of buying or selling (deal-value.verb) before token `k` in the figure's clause, however far back. */
  const dealVerbInClause = (k: number): CueMatch<MetricRow> | undefined => {
    for (let i = firstCueFrom(cues, k) - 1; i >= 0 && tokens[cues[i]!.from]!.clause === clause; i--) {
      if (cues[i]!.row.id === 'deal-value.verb') return cues[i]!;
    }
    return undefined;
  };
  /** A deal's noun ("the transaction", "the deal", "the offer": the deal-value row) before token `k` in the figure's clause, within twelve tokens. */
  const dealNounInClause = (k: number): boolean => {
    for (let i = firstCueFrom(cues, k) - 1; i >= 0 && cues[i]!.from >= k - 12 && tokens[cues[i]!.from]!.clause === clause; i--) {
      if (cues[i]!.row.id === 'deal-value' && WHOLE_DEAL_NOUNS.has(cues[i]!.phrase)) return true;
    }
    return false;
  };
  /** A verb of change right before the figure at `k` (perhaps with "by"): "climbed 25.6%", "rose by 8%". */
  const movedBy = (k: number): boolean => isChangeWord(k - 1) || (tokens[k - 1]?.lower === 'by' && isChangeWord(k - 2));
  const found = (cue: CueMatch<MetricRow>, why: string, category?: MetricCategory, loose = false): MetricFound => {
    const head = category === undefined ? rateOn(cue) : undefined;
    if (head) { why = `${why}; "${head.phrase} on" it names the measure`; cue = head; }
    const holding = category === undefined && fig?.kind === 'money' ? holdingOf(cue) : undefined;
    if (holding) { why = `${why}; "${holding.phrase} of" it names the measure`; cue = holding; }
    // "2,709,600 shares, or 7.7 pct": a count of shares restated as a percentage is a stake.
    if (category === undefined && countOfShares(cue)) { category = 'stake'; why = `${why}; a count of shares as a percentage`; }
    // "a record 26.4 million contracts a day, up 18%": a count of contracts is a volume traded, not a deal's value.
    if (category === undefined && countOfContracts(cue)) { category = 'other'; why = `${why}; a count of contracts traded`; }
    // "acquire all the outstanding stock of Billboard for 100 mln dlrs": a whole amount paid for
    // shares is no price of one; it is what the deal is worth.
    if (category === undefined && cue.row.id === 'price' && SHARE_WORDS.has(cue.phrase) && fig?.kind === 'money' && !fig.per && fig.scale) { category = 'deal-value'; why = `${why}; a whole amount for shares`; }
    // "buy a 4.9% stake in the company for $40 million": the amount paid for a stake is what
    // the deal is worth ("a $40 million stake" stays the holding).
    if (category === undefined && cue.row.category === 'stake' && fig?.kind === 'money' && !fig.per && tokens[at - 1]?.lower === 'for') { category = 'deal-value'; why = `${why}; an amount paid for a stake`; }
    // "agreed to sell its coatings division to a consortium for an enterprise value of 4.1 billion
    // euros": a value a clause that buys or sells is done "for" is what the deal is worth.
    if (category === undefined && cue.row.id === 'market-value' && fig?.kind === 'money' && !fig.per && (cue.phrase === 'enterprise value' || cue.phrase === 'valuation')
      && INDEFINITE_ARTICLES.has(tokens[cue.from - 1]?.lower ?? '') && tokens[cue.from - 2]?.lower === 'for' && tokens[cue.from - 3]?.lower !== 'except' && !!dealVerbInClause(cue.from - 2)) { category = 'deal-value'; why = `${why}; a value a deal is done for`; }
    // "The transaction has a total enterprise value of approximately $9.1 billion": so is the
    // enterprise value a deal's noun earlier in the clause has.
    if (category === undefined && cue.row.id === 'market-value' && fig?.kind === 'money' && !fig.per && cue.phrase === 'enterprise value' && dealNounInClause(cue.from)) { category = 'deal-value'; why = `${why}; the enterprise value of a deal`; }
    // "agreed to buy its parent's pipeline assets for 12.6 billion yuan": so is an amount paid for
    // assets a verb of buying or selling names.
    if (category === undefined && cue.row.category === 'assets' && fig?.kind === 'money' && !fig.per && tokens[at - 1]?.lower === 'for' && tokens[at - 2]?.lower !== 'except' && dealVerbBefore(cue.from)) { category = 'deal-value'; why = `${why}; an amount paid for assets bought or sold`; }
    // "'Skyward' soars to $152 million debut": a scaled amount of money right before "debut" is what
    // a film took in its first days, no share price ("a 38% debut pop", "priced at $21" are).
    if (category === undefined && cue.row.id === 'price.debut' && fig?.kind === 'money' && fig.scale && cue.from === after) { category = 'revenue'; why = `${why}; an amount of money taken in a debut`; }
    // "non-performing loans stood at 3.8% of the book": bad loans as a percentage are the lender's
    // asset-quality ratio, none of the money measures (an amount of them is loans it holds).
    // (Not the size of their move: "non-performing loans climbed 25.6% to 43.6 billion yuan" is of
    // the loans held, like the amount it ends at.)
    if (category === undefined && cue.row.id === 'assets.bad-loans' && fig?.kind === 'percent' && !movedBy(at)) { category = 'other'; why = `${why}; a percentage of bad loans is an asset-quality ratio`; }
    // "U.S. home sales rose 14% to $6.2 billion": sales counted in homes elsewhere are a builder's
    // revenue when the change ends at an amount of money.
    if (category === undefined && cue.row.percentOnly && cue.phrase.endsWith(' sales') && fig?.kind === 'percent' && tokens[after]?.lower === 'to' && tokens[after + 1]?.figure?.kind === 'money') { category = 'revenue'; why = `${why}; sales that rose or fell to an amount of money`; }
    // "expected to lower borrowing costs by 50 basis points to 10.75%": the cost of borrowing in
    // points, or as a level, is an interest rate ("financing costs rose 12%" stay a cost).
    if (category === undefined && cue.row.category === 'cost' && fig?.kind === 'percent' && CREDIT_COST_WORDS.has(tokens[cue.from - 1]?.lower ?? '')
      && (fig.unit !== 'percent' || RATE_LEVEL_BEFORE.has(tokens[at - 1]?.lower ?? ''))) { category = 'rate'; why = `${why}; the cost of borrowing as a rate`; }
    // "the fund returned 8.4%", "a 10.3% return": a payout's words with no "of" after the percentage.
    if (category === undefined && cue.row.tiedElse && fig?.kind === 'percent' && !percentOf) category = cue.row.tiedElse;
    category ??= bondRate(cue) ? 'rate' : contractMoved(cue) || (cue.row.category === 'debt' && faceQuoted) ? 'price' : valuedThing(cue) ?? cue.row.category;
    return { metric: labelOf(text, tokens, cue, category), cue, why: `metric: "${cue.phrase}" → ${category} (${cue.row.id}: ${cue.row.reason}); ${why}`, loose };
  };
  // "the real rate of return on the 2-1/2 pct index-linked stock": the figure is what the return is on.
  const onBetween = (from: number): boolean => {
    for (let k = from; k < at; k++) if (tokens[k]!.lower === 'on' || tokens[k]!.lower === 'for') return true;
    return false;
  };
  // "holds 19% of the group": a percentage followed by "of".
  const percentOf = tokens[at]!.figure?.kind === 'percent' && tokens[after]?.lower === 'of';
  // "SB Holding holds 55.2 pct in Vernitron": a held percentage "in" a name, like one "of" it.
  const heldIn = (k: number): boolean => tokens[k]?.lower === 'in' && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.cap;
  // "100% of GDP": the size of the economy written as the base of a percentage.
  const gdpBase = (k: number): boolean => tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.figure?.kind === 'percent';
  // "would cut about 7% of its workforce", "laid off 10% of staff": a verb of cutting right before the figure.
  const cutBefore = (): boolean => {
    const k = pastApproximators(tokens, at, 2);
    const w = tokens[k]?.lower ?? '';
    return CUTTING_VERBS.has(w) || (w === 'off' && LAYING.has(tokens[k - 1]?.lower ?? ''));
  };
  const usable = (c: CueMatch<MetricRow> | undefined, adjacent: boolean, linked = false, changed = false, compound = false): c is CueMatch<MetricRow> =>
    // "a deficit of 3% of GDP": the size of the economy is what the measure is compared with,
    // for the figure itself and for the next one ("debt would climb from 100% of GDP to 120%").
    !!c && !(ECONOMY_SIZE.has(c.phrase) && ((percentOf && c.from > at) || gdpBase(c.from))) && !(ECONOMY_OUTPUT.has(c.phrase) && gdpBase(c.from)) && (!c.row.adjacentOnly || adjacent) && (!c.row.linkedOnly || linked) && (!c.row.tiedOnly || linked || compound) && (!c.row.percentOf || (c.row.tiedElse !== undefined && fig?.kind === 'percent' && !percentOf && (compound || (linked && !onBetween(c.to)))) || (linked && (percentOf || (adjacent && fig?.kind === 'percent' && (OWN_VERBS.has(c.phrase) || (HOLD_VERBS.has(c.phrase) && tokens[c.to]?.lower !== 'at' && (!tokens[after] || tokens[after]!.kind === 'punct' || heldIn(after)))))))) && (!c.row.viaChange || (linked && changed))
    && (!c.row.afterCut || cutBefore())
    && (!c.row.afterPercent || (compound && c.from === after && fig?.kind === 'percent') || (fig?.kind === 'percent' && linked && changed && ownedShare(c.from)))
    && (!c.row.percentViaChange || fig?.kind !== 'percent' || (linked && changed))
    && (!c.row.moneyOnly || (fig?.kind === 'money' && !fig.scale && !currencyMovedBefore(c)))
    && (!c.row.percentOnly || fig?.kind === 'percent')
    && (!c.row.moneyFigure || fig?.kind === 'money')
    && (!c.row.scaledMoney || (fig?.kind === 'money' && !!fig.scale))
    && (!c.row.companyBefore || companyValued(c.from))
    && (!c.row.afterFigure || c.from === after || (c.from === after + 1 && tokens[after]!.text === ','))
    && (c.row.category === 'deal-value' || c.row.category === 'stake' || !!c.row.subjectAfter || !describesCompany(c.to));
  // "acquire payroll software firm Lonnvik AB for 142 crowns", "Lonnvik, a payroll software firm,":
  // a cue that, with a word or two after it, describes what a company does, before its name or
  // the end of an apposition, is no measure. (A deal's or a stake's cue still is: "investment
  // firm X paid …", "its 75 pct owned subsidiary".)
  const describesCompany = (k: number): boolean => {
    // (Not a cue that ends in a preposition: "its price target on miner Quorra Mining".)
    if (isFunctionWord(tokens[k - 1]!.lower)) return false;
    for (let j = k; j < tokens.length && j <= k + 2; j++) {
      const t = tokens[j]!;
      if (t.kind !== 'word' || t.cap || isFunctionWord(t.lower)) return false;
      if (COMPANY_NOUNS.has(t.lower)) {
        const next = tokens[j + 1];
        return !!next && ((next.kind === 'word' && next.cap) || next.text === ',');
      }
    }
    return false;
  };
  // "Xiaomi's share rose to 14.4%", "its share fell 2 points": a share owned by a name or a
  // pronoun that moves by a percentage is its share of a market (not "its share price", "the share
  // of exports", nor a share that moves to an amount of money: "its share rose 3% to $12.40").
  const ownedShare = (k: number): boolean => {
    const before = tokens[k - 1], next = tokens[k + 1];
    if (!before || !(before.possessive || POSSESSIVE_PRONOUNS.has(before.lower)) || next?.lower === 'of' || next?.lower === 'price') return false;
    for (let j = k + 1; j < tokens.length && j <= k + 16 && tokens[j]!.clause === tokens[k]!.clause; j++) if (tokens[j]!.figure?.kind === 'money') return false;
    return true;
  };
  // "Quillon was valued at", "the developer is now valued at", "it was last valued at": a company
  // (a name, "it", "which", a company noun) right before the cue, past forms of "be" and a few adverbs.
  const companyValued = (k: number): boolean => {
    let j = k - 1;
    let be = false;
    // ("Gorillo had been valued at", "it has been valued at": "has", "had" before "been" too.)
    // (One step back each time: "was being valued at" once looped for ever when `be ||=` skipped its `j--`.)
    // ("the lender would be valued at", "it could be worth": a modal before "be" too.)
    while (j >= 0 && j > k - 5 && tokens[j]!.kind === 'word' && (BE_FORMS.has(tokens[j]!.lower) || VALUED_ADVERBS.has(tokens[j]!.lower) || (PERFECT_AUXILIARIES.has(tokens[j]!.lower) && tokens[j + 1]?.lower === 'been') || (MODAL_VERBS.has(tokens[j]!.lower) && tokens[j + 1]?.lower === 'be'))) {
      if (BE_FORMS.has(tokens[j]!.lower)) be = true;
      j--;
    }
    // ("The grocery startup, valued at $5 billion in its last round, …": a participle set off by a
    // comma after the company, not "worth", which needs its "be".)
    const appositive = j === k - 1 && tokens[k]!.lower === 'valued' && tokens[j]?.text === ',';
    if (appositive) j--;
    const t = tokens[j];
    if (!t || t.kind !== 'word') return false;
    // ("the club is now worth", "Acme was worth": "worth" needs its "be"; "loans from the World
    // Bank worth a total $300m" are the loans' worth.)
    if (tokens[k]!.lower === 'worth' && !be) return false;
    // ("assets of the failed bank valued at", "the hull of the Herald were valued at": what is valued is before "of";
    // "its stake in Encor would be valued at": before "in"; "Acme's new contract with the Navy is
    // worth": before "with".)
    for (let n = j - 1; n >= 0 && n >= j - 4; n--) if (tokens[n]!.lower === 'of' || tokens[n]!.lower === 'in' || tokens[n]!.lower === 'with') return false;
    // ("its offer for the company, valued at $3.1m": a participle after a comma is of the noun
    // phrase that opens the sentence only; "The grocery startup, valued at …".)
    if (appositive && !opensSentence(tokens, j)) return false;
    if (COMPANY_NOUNS.has(t.lower)) return true;
    // ("six MD-82s valued at": a name right before, with no "was", is a product's.)
    // (A capital that opens the sentence may be any noun: "Exports, valued at $5bn, rose".)
    if (appositive) return t.cap && j > 0 && !INDEFINITE_ARTICLES.has(t.lower);
    return j < k - 1 && (t.lower === 'it' || t.lower === 'which' || (t.cap && !INDEFINITE_ARTICLES.has(t.lower) && t.lower !== 'the'));
  };
  // "the dollar was quoted at 1.8040 marks": a currency traded at an amount of another is an
  // exchange rate; "June gold traded at $423.60": the commodity's own cue names the price and its subject.
  const currencyMovedBefore = (c: CueMatch<MetricRow>): boolean => {
    for (let i = firstCueFrom(cues, c.from) - 1; i >= 0 && tokens[cues[i]!.from]!.clause === clause; i--) {
      const id = cues[i]!.row.id;
      if (id === 'rate.currency' || id === 'price.commodity') return true;
    }
    return false;
  };

  // "raising about HK$12bn", "has raised a total of $3.4bn": words of size between a cue and the
  // figure leave them adjacent.
  const onlyApproximators = (from: number): boolean => {
    for (let j = from; j < at; j++) if (!APPROXIMATORS.has(tokens[j]!.lower) && !TOTALS.has(tokens[j]!.lower)) return false;
    return from < at;
  };
  // The nearest usable cue before the comma that opens a relative clause (rule 6).
  function relativeCue(rel: { comma: number; inside: boolean }): MetricFound | undefined {
    const reach = rel.inside ? 5 : 10;
    for (let i = firstCueFrom(cues, rel.comma) - 1; i >= 0; i--) {
      const c = cues[i]!;
      if (c.to > rel.comma) continue;
      if (tokens[c.from]!.clause !== tokens[rel.comma - 1]?.clause || rel.comma - c.to > reach) break;
      // ("The rand, which lost 21% against the dollar": a currency right before the comma is what
      // the clause's verb moved, as if written "the rand lost 21%".)
      const moved = rel.inside && c.to === rel.comma && c.row.id === 'rate.currency' && usable(c, false, true);
      if (moved || usable(c, false)) return found(c, `the nearest cue before the ", ${tokens[rel.comma + 1]!.lower} …" clause ${rel.inside ? 'it is in' : 'it follows'}`, undefined, true);
    }
    return undefined;
  }
  // 1. compound after: "$790M Q1 loss"
  // ("a $1.6 billion unitranche loan": after an article the figure modifies a noun, and one word
  // of its own may stand between.)
  let unknown = INDEFINITE_ARTICLES.has(tokens[at - 1]?.lower ?? '') ? 1 : 0;
  for (let k = after, skipped = 0; k < tokens.length && skipped <= 3; k++, skipped++) {
    const t = tokens[k]!;
    if (t.clause !== clause) break;
    // ("U.S. comps up 2.6% -- traffic was down 1%": a spaced dash opens another clause.)
    if (t.kind === 'punct' && SPACED_DASH.test(t.text) && t.start !== tokens[k - 1]?.end) break;
    const c = cueAt.get(k);
    // ("a $5bn cash offer", "a $2bn stock deal": how it is paid, before the noun that names it.)
    // ("a $25m zero coupon bond": a kind of security, before the security.)
    // (Not "a 2% coupon priced at par": a verb of pricing after it is no noun it modifies.)
    const payment = (c?.phrase === 'cash' || c?.phrase === 'stock' || c?.phrase === 'coupon') && cueAt.has(c.to) && cueAt.get(c.to)!.row.category !== 'price';
    // ("9% organic growth in orders": a growth that names what grew after "in" is that measure's.)
    const growthOf = !!c && c.row.category === 'revenue' && tokens[c.to - 1]?.lower === 'growth' && tokens[c.to]?.lower === 'in' && cueAt.has(c.to + 1) && cueAt.get(c.to + 1)!.row.category !== 'revenue';
    if (growthOf) {
      const next = cueAt.get(c.to + 1)!;
      if (usable(next, false)) return found(next, `"in …" after "${c.phrase}" written right after the figure`);
    }
    if (!payment && usable(c, false, false, false, true)) return found(c, 'written right after the figure');
    const glued = t.start === tokens[k - 1]?.end;
    // ("a €1.25bn 10-year tranche": a term written as one word; "a €1.1bn seven-year loan".)
    const skip = (t.kind === 'figure' && t.figure!.kind === 'period') || t.kind === 'number' || (t.kind === 'word' && (COMPOUND_SKIP.has(t.lower) || (glued && tokens[k - 1]!.kind === 'number') || (glued && tokens[k - 1]!.text === '-' && TERM_UNITS.has(t.lower)) || isTermWord(t.lower))) || t.text === '-';
    if (skip) {
      // (A term's hyphen and unit count with its number as one word: "a 5 billion euro 30-year green bond".)
      if (glued && (t.text === '-' || (tokens[k - 1]!.text === '-' && TERM_UNITS.has(t.lower)))) skipped--;
      continue;
    }
    if (unknown-- > 0 && t.kind === 'word' && !t.cap && !t.lower.includes('-') && !NOT_MODIFIERS.has(t.lower) && cueAt.has(k + 1)) continue;
    break;
  }
  // 1a. "The offer is 26% above Brightwell's closing price", "12% below the IPO price": a
  // percentage set against a price is how far above or below it another price is, not a measure
  // of the offer or deal named before it.
  // (Not basis points: "priced 75 basis points over Treasuries" is a spread, a rate.)
  if (fig?.kind === 'percent' && fig.unit === 'percent' && SET_AGAINST.has(tokens[after]?.lower ?? '')) {
    for (let k = after + 1; k < tokens.length && k <= after + 5 && tokens[k]!.clause === clause && tokens[k]!.kind !== 'figure'; k++) {
      const c = cueAt.get(k);
      if (c?.row.id === 'price') return found(c, `"${tokens[after]!.text}" a price after the figure`);
    }
  }
  // "expects the merger to add $90m to operating profit": what it adds to, before any cue linked before.
  if (ADDING.has(tokens[at - 1]?.lower ?? '') || (TAKING_OFF.has(tokens[at - 1]?.lower ?? '') && tokens[after]?.lower === 'off')) {
    const of = ofCue();
    if (of) return found(of.c, of.why);
  }
  // 1b. after a relative clause set off by commas, the measure it describes: "Organic sales,
  // which strip out currency effects and acquisitions, rose 2%" is revenue, not a deal (the
  // cues inside the clause describe the measure; step 6 below reads it the same way).
  // (Only right after the clause closes, the measure then its verb: not "Under the agreement,
  // which runs through 1996, Green Mountain said it will sell …, generating $1.5m in revenues".)
  const relBefore = relativeClauseOf(tokens, at, clause);
  if (relBefore && !relBefore.inside && closesNear(tokens, relBefore.comma, at)) {
    const c = relativeCue(relBefore);
    if (c) return c;
  }
  // 1c. after an apposition set off by commas, the measure it describes: "Net interest income,
  // the difference between what a bank earns on loans and pays on deposits, slipped 3%" is the
  // income, not the deposits named inside.
  const appositive = appositionBefore(tokens, at, clause, cueEndingAt);
  if (appositive !== undefined) {
    // (Past "of" and the name the apposition describes only for a move right before the figure:
    // not "acquire the assets of Sea Data Corp, a maker of recorders, for one mln dlrs".)
    const c = cueEndingAt.get(appositive) ?? (isChangeWord(at - 1) ? cueEndingAt.get(ofNameBefore(tokens, appositive)) : undefined);
    if (c && usable(c, false)) return found(c, `the measure before the ", ${tokens[appositive + 1]!.lower} …," apposition it follows`);
  }
  // 2a. "A weaker yen added about ¥35 billion to operating profit", "wiped $1.1bn off its
  // operating income": what an amount is added to or taken off names it, not what did it.
  if ((ADDING.has(verb) && tokens[after]?.lower === 'to') || (TAKING_OFF.has(verb) && tokens[after]?.lower === 'off')) {
    const of = ofCue();
    if (of) return found(of.c, of.why);
    // (Nor, with no measure's words after it, what did it: "the stronger euro shaving about 3.5
    // percentage points off reported growth" is no exchange rate; the figure before says what grew.)
    return undefined;
  }
  // 2b. "expects the deal to be about 9% accretive to its 2027 earnings per share": what a deal
  // adds to or takes from is the measure, not the deal named before.
  if (ACCRETION_WORDS.has(tokens[after]?.lower ?? '') && tokens[after + 1]?.lower === 'to') {
    const of = ofCue();
    if (of) return found(of.c, of.why);
  }
  // 2. linked before: "a net loss of", "fines equal to about"
  let comma = false, changed = false;
  for (let k = at - 1, steps = 0; k >= 0 && steps <= 6; k--, steps++) {
    const t = tokens[k]!;
    if (t.clause !== clause || t.aside) break;
    // ("Gold futures for April delivery eased 0.3%": the contract's month between the good and its
    // move is passed over, so the good is still linked to the figure; "for May delivery", whose
    // month is read as no period alone, too.)
    if (t.kind === 'word' && CONTRACT_TERM_WORDS.has(t.lower) && (tokens[k - 1]?.figure?.kind === 'period' || (tokens[k - 1]?.cap && MONTHS.has(tokens[k - 1]!.lower))) && tokens[k - 2]?.lower === 'for') {
      k -= 2;
      continue;
    }
    const c = cueEndingAt.get(k + 1);
    // ("Gross margin excluding restructuring charges improved to 47.6%": what is left out
    // qualifies the measure before it, which the figure is linked to.)
    const q = c ? qualifierBefore(tokens, c.from) : -1;
    if (q > 0 && cueEndingAt.has(q)) {
      k = q;
      continue;
    }
    // ("Operating profit, excluding restructuring charges, rose 5%": likewise between commas.)
    const aside = c ? asideAround(tokens, c.from, at) : undefined;
    if (aside && aside.open > 0) {
      k = aside.open;
      continue;
    }
    if (usable(c, k === at - 1 || ((c?.row.adjacentOnly === true || c?.row.percentOf === true) && onlyApproximators(k + 1)), !comma, changed)) {
      // "sold 2 billion euros of bonds", "sold 12% of the stock": what was sold names the figure, not the verb.
      if (c.row.id === 'deal-value.raised') {
        // "was raised 50 cts" is a price moved; "raising $18bn in taxes" names what is raised.
        // "raised 50 cts to $17.85" too: a move to a new level.
        // ("is raising $100m" is progressive, not passive.)
        const passive = c.phrase !== 'raising' && (BE_FORMS.has(tokens[c.from - 1]?.lower ?? '') || BE_FORMS.has(tokens[c.from - 2]?.lower ?? ''));
        if (fig?.kind !== 'money' || passive || (tokens[after]?.lower === 'to' && tokens[after + 1]?.kind === 'figure')) break;
        const of = ofCue();
        // ("raised $380 million in its debut": what a listing raised, not its share price's move.)
        if (of && of.c.row.id !== 'price.debut') return found(of.c, of.why);
        // "plans to raise 650 trillion rupiah from bond sales", "raising $200m through an offering of notes": debt raised.
        const via = viaDebt();
        if (via) return found(via, `"${tokens[after]!.text} …" names debt raised`);
      }
      // ("priced £500m of notes": what was priced is debt, not a price.)
      // ("owes 2.1 billion rupees in unpaid taxes", "owed $312 million in penalties": what is owed names it.)
      if (c.row.id === 'debt.borrow') {
        const of = ofCue();
        if (of && (of.c.row.category === 'tax' || of.c.row.category === 'fine')) return found(of.c, of.why);
      }
      if (c.row.id === 'deal-value.verb' || c.row.id === 'deal-value' || (c.phrase === 'priced' && fig?.kind === 'money')) {
        const of = ofCue();
        // ("awarded the plaintiffs $3.5 million in compensatory damages": damages awarded, no deal.)
        if (of && (of.c.row.category === 'debt' || of.c.row.category === 'fine')) return found(of.c, of.why);
        if (of && percentOf && of.c.row.id === 'price' && SHARE_WORDS.has(of.c.phrase)) return found(of.c, `${of.why}; a percentage of the shares`, 'stake');
        // "plan to buy up to 10 pct of the equity in Billboard", "sold 20% of the company": a part of a company bought or sold.
        if (!of && percentOf && c.row.id === 'deal-value.verb' && ofCompany()) return found(c, 'linked to the figure before it; a percentage of a company bought or sold', 'stake');
        // "acquire a further 26% from public shareholders", "sold 10% to Acme": a percentage
        // bought or sold with no "of" after it is a part of the company.
        if (fig?.kind === 'percent' && c.row.id === 'deal-value.verb' && STAKE_TRADING_VERBS.has(c.phrase) && (tokens[after] === undefined || tokens[after]!.kind === 'punct' || PARTY_PREPOSITIONS.has(tokens[after]!.lower)))
          return found(c, 'linked to the figure before it; a percentage of a company bought or sold', 'stake');
      }
      return found(c, 'linked to the figure before it');
    }
    if (t.kind === 'figure') {
      if (t.figure!.kind === 'period' || related(t.figure!)) continue;
      break;
    }
    // ("premiums were up 14%": "up" links the figure and is its change too.)
    // ("ether was flat at $2,430", "little changed at": a traded good's level held is read as its move.)
    if (t.kind === 'word' && LINK_BEFORE.has(t.lower)) {
      if (isChangeWord(k) || HELD_LEVEL_WORDS.has(t.lower)) changed = true;
      continue;
    }
    // ("bitcoin ended May up 11%", "oil finished the week down 3%": the verb closing a span of
    // trading, and the span, stand between the good and its move.)
    if (changed && t.kind === 'word' && SPAN_CLOSING_VERBS.has(t.lower)) continue;
    if (changed && t.kind === 'word' && TRADING_SPANS.has(t.lower) && tokens[k - 1]?.lower === 'the' && SPAN_CLOSING_VERBS.has(tokens[k - 2]?.lower ?? '')) {
      k--;
      continue;
    }
    if (t.kind === 'word' && isChangeWord(k)) {
      changed = true;
      continue;
    }
    if (t.text === ',') {
      comma = true;
      continue;
    }
    break;
  }
  // 3. "in"/"of" after: "a 27% drop in revenues", "8.6% of its revenues"
  {
    const of = ofCue();
    if (of) {
      // "38% of the shares on offer": a part of a company's shares is a stake, not a price.
      if (percentOf && of.c.row.id === 'price' && SHARE_WORDS.has(of.c.phrase)) return found(of.c, `${of.why}; a percentage of the shares`, 'stake');
      // "pumps about 41% of the world's crude": a part of the world's supply is a market share.
      if (percentOf && (of.c.row.id === 'price' || of.c.row.id === 'price.commodity') && worldBefore(tokens, after + 1, of.c.from)) return found(of.c, `${of.why}; a percentage of the world's`, 'stake');
      return found(of.c, of.why);
    }
  }
  // 3b. "will sell its coal unit to a consortium led by PT Sarana for up to A$3.4 billion": a
  // scaled amount right after "for" in a clause that buys or sells is what the deal is worth,
  // however far back the verb is.
  if (fig?.kind === 'money' && fig.scale) {
    const k = pastApproximators(tokens, at, 3);
    // (Not "except for": "acquire all of its assets except for 2 million yuan in cash" is what stays.)
    if (tokens[k]?.lower === 'for' && tokens[k - 1]?.lower !== 'except') {
      const v = dealVerbInClause(k);
      if (v) return found(v, 'the amount after "for" in a clause that buys or sells', undefined, true);
    }
  }
  // "would be valued at HK$76 billion, or 22 times its earnings": valued at a multiple of its
  // earnings, with no measure linked before it, is a company's worth ("exports valued at" is not).
  const valued = valuedAt(tokens, at);
  if (valued !== undefined && multipleAfter(tokens, after)) {
    const span = { start: tokens[valued]!.start, end: tokens[valued + 1]!.end };
    return { metric: { category: 'market-value', label: text.slice(span.start, span.end), span }, why: 'metric: "valued at" with no measure linked before it → market-value' };
  }
  // A figure restating an earlier estimate ("above its earlier projection of $2.95 to $3.10")
  // takes the metric of the figure before it (attribute/index.ts), not of a cue nearby.
  if (afterPriorNoun(tokens, at)) return undefined;
  // 4. nearest before in the clause, no unrelated figure between
  const firstAfter = firstCueFrom(cues, at);
  // (Past an aside that opens the figure's clause, the clause before it: "Profits of U.S.
  // corporations, after tax liabilities, increased …".)
  let skipped = 0, scanClause = clause, asideOpen = at;
  for (let i = firstAfter - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (c.to > at || c.from > asideOpen) continue;
    if (tokens[c.from]!.clause !== scanClause || at - c.to - skipped > 15) break;
    // (An unusable cue is passed over before the scan: a cue further back scans its stretch too.)
    // ("Net premiums written at the group's motor unit rose 4.2%": a cue read for a percentage
    // only through a change counts when a verb of change is right before the figure.)
    // (Not past a comma: "the fee margin, excluding performance fees, narrowed to 32 bps".)
    // ("Total net reserves, corrected for exchange rate adjustments, rose to 58 billion crowns": a
    // cue inside an aside between commas says what the measure leaves out or takes in, not what it
    // is. The aside's words do not count towards the distance.)
    const aside = asideAround(tokens, c.from, at);
    if (aside) {
      asideOpen = aside.open;
      skipped = aside.close - aside.open + 1;
      if (aside.open > 0) scanClause = tokens[aside.open - 1]!.clause;
      continue;
    }
    const viaChange = changed && c.row.percentViaChange === true && !commaBetween(tokens, c.to, at) && usable(c, false, true, true);
    if (!viaChange && !usable(c, false)) continue;
    let clear = true;
    for (let k = c.to; k < at && clear; k++) {
      const f = tokens[k]!.figure;
      if (f && f.kind !== 'period' && !related(f)) clear = false;
    }
    if (!clear) break;
    return found(c, 'the nearest cue before it in its clause', undefined, true);
  }
  // 5. nearest after in the clause, no figure between, nor a comma and a cause ("compared with
  // $2.41 a year earlier, helped by price increases" names no price).
  for (let i = firstCueFrom(cues, after); i < cues.length; i++) {
    const c = cues[i]!;
    if (tokens[c.from]!.clause !== clause || c.from - after > 8) break;
    if (!usable(c, false)) continue;
    let clear = true;
    for (let k = after; k < c.from && clear; k++) {
      const f = tokens[k]!.figure;
      // (", or about 22 times its earnings": the figure is a multiple of that measure, not it.)
      // (Nor a word opening a clause of its reason or time: "fell 3% to $118 after it cut its revenue
      // forecast" names the share price, not revenue.)
      // ("an increase of $47.7 million, primarily due to higher net income": past a word of degree.)
      const opener = DEGREE_WORDS.has(tokens[k + 1]?.lower ?? '') ? tokens[k + 2]?.lower ?? '' : tokens[k + 1]?.lower ?? '';
      if ((f && f.kind !== 'period') || (tokens[k]!.text === ',' && (CAUSE_WORDS.has(opener) || RESULT_WORDS.has(opener) || CONDITION_WORDS.has(opener))) || (tokens[k]!.lower === 'times' && tokens[k - 1]?.kind === 'number')
        || opensClause(tokens, k)) clear = false;
    }
    // ("which at 52 cents a quarter yields 4.5%": a cue right before a figure is that figure's; so is
    // one added with "plus" before "of" and a figure: "will pay $465 a share, plus a special
    // dividend of 5 francs".)
    const own = (k: number): boolean => tokens[k]?.figure?.kind === 'percent' || tokens[k]?.figure?.kind === 'money';
    if (!clear || own(c.to) || (tokens[c.to]?.lower === 'of' && own(c.to + 1) && plusBefore(tokens, c.from))) break;
    // ("net profit of $450 million, down 19% from a year earlier, on revenue of $6.1 billion": the
    // revenue the result was made on names the later figure, not the change before it.)
    if (c.row.category === 'revenue' && tokens[c.from - 1]?.lower === 'on' && tokens[c.to]?.lower === 'of' && tokens[c.to + 1]?.kind === 'figure' && tokens[c.to + 1]!.figure!.kind === 'money') break;
    return found(c, 'the nearest cue after it in its clause', undefined, true);
  }
  // 6. the measure a relative clause refers to: "Shares of Acme, which have gained 22%" (the
  // figure inside it: the measure right before the comma), "net income for the quarter, which
  // ended Nov. 2, rose 14%" (the figure after it: the measure the clause before it names).
  const rel = relativeClauseOf(tokens, at, clause);
  if (rel) {
    const c = relativeCue(rel);
    if (c) return c;
  }
  // 7. "raised its Brent forecast for 2027 to $82": a forecast of a commodity is of its price.
  for (let i = firstCueFrom(cues, at) - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (c.to > at) continue;
    if (tokens[c.from]!.clause !== clause || at - c.to > 12) break;
    if (c.row.id === 'price.commodity' && GUIDANCE_NOUNS.has(tokens[c.to]?.lower ?? '')) return found(c, `a forecast of "${c.phrase}" before it in its clause`, 'price', true);
  }
  return undefined;
}

/** Words that open an aside between commas after a measure: ", excluding one-offs,", ", adjusted for inflation,". */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['including', 'excluding', 'corrected', 'adjusted', 'before', 'after', 'not', 'stripping', 'ex']);
/** Words that go on with the measure after such an aside, besides its verb: ", was", ", will be", ", of". */
const AFTER_ASIDE: ReadonlySet<string> = new Set(['of', 'at', 'will', 'would', 'had', 'has', 'have', 'could', 'may', 'should']);

/**
 * The commas around an aside that token `k` lies in, set off before the figure at `at`, opened
 * by one of {@link ASIDE_OPENERS} and closed before the measure's verb or "of" ("a net profit,
 * before losses on stocks, of six billion francs"); undefined when there is none (a comma of a
 * list: "including limits on awards for pain, suffering and anguish at $100,000"). Walks at
 * most 16 tokens each way.
 */
function asideAround(tokens: readonly Tok[], k: number, at: number): { open: number; close: number } | undefined {
  let close = -1;
  for (let j = k + 1; j < at && j <= k + 16; j++) if (tokens[j]!.text === ',') { close = j; break; }
  const next = tokens[close + 1];
  if (close < 0 || next?.kind !== 'word' || !(isVerb(next.lower) || BE_FORMS.has(next.lower) || AFTER_ASIDE.has(next.lower))) return undefined;
  for (let j = k - 1; j >= 0 && j >= k - 16; j--) {
    const t = tokens[j]!;
    if (t.text === ',') return ASIDE_OPENERS.has(tokens[j + 1]?.lower ?? '') ? { open: j, close } : undefined;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '&') return undefined;
  }
  return undefined;
}

/** The index of "valued"/"valuing" in "valued at (about)" right before token `at`, or undefined. */
function valuedAt(tokens: readonly Tok[], at: number): number | undefined {
  let k = at - 1;
  if (APPROXIMATORS.has(tokens[k]?.lower ?? '') && tokens[k]!.lower !== 'at') k--;
  if (tokens[k]?.lower !== 'at') return undefined;
  const v = tokens[k - 1]?.lower;
  return v === 'valued' || v === 'valuing' ? k - 1 : undefined;
}

/** ", or about 22 times" from token `k`: the figure restated as a multiple of a measure. */
function multipleAfter(tokens: readonly Tok[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const t = tokens[j]!;
    if (t.kind === 'number') return tokens[j + 1]?.lower === 'times';
    if (t.text !== ',' && t.lower !== 'or' && !APPROXIMATORS.has(t.lower)) return false;
  }
  return false;
}

/** Words after a measure that say what it leaves out or takes in: "margin excluding charges", "EBITDA before restructuring costs". */
const QUALIFYING: ReadonlySet<string> = new Set(['excluding', 'excl', 'ex', 'including', 'incl', 'before', 'after']);

/** The index of a QUALIFYING word before the cue at `from`, with at most two lower-case words between ("excluding restructuring charges"), else -1. */
function qualifierBefore(tokens: readonly Tok[], from: number): number {
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap) return -1;
    if (QUALIFYING.has(t.lower)) return k;
  }
  return -1;
}

/** The comma closing the relative clause opened at `comma` is at most four tokens before `at` ("…, rose 2%"). */
function closesNear(tokens: readonly Tok[], comma: number, at: number): boolean {
  for (let j = comma + 1; j < at; j++) if (tokens[j]!.text === ',') return j >= at - 4;
  return false;
}

/** Articles that open an apposition set off by commas: ", the difference between …,". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** How many tokens an apposition between a measure and its verb may hold. */
const APPOSITION_REACH = 24;

/**
 * The comma opening an apposition that ends at most six tokens before the figure at `at`, in
 * its clause, with no figure inside and no measure named after it ("Net interest income, the
 * difference between …, slipped 3% to $6.1 billion"); undefined otherwise.
 */
function appositionBefore(tokens: readonly Tok[], at: number, clause: number, cueEndingAt: ReadonlyMap<number, unknown>): number | undefined {
  let close = -1;
  for (let j = at - 1; j >= 0 && j >= at - 6; j--) {
    const t = tokens[j]!;
    if (t.clause !== clause || cueEndingAt.has(j + 1)) return undefined;
    if (t.text === ',') { close = j; break; }
  }
  if (close < 2 || tokens[close + 1]?.kind !== 'word') return undefined;
  for (let k = close - 1; k > 0 && k >= close - APPOSITION_REACH; k--) {
    const t = tokens[k]!;
    if (t.clause !== clause || t.kind === 'figure') return undefined;
    if (t.text === ',') return APPOSITION_OPENERS.has(tokens[k + 1]?.lower ?? '') ? k : undefined;
  }
  return undefined;
}

/**
 * "Shares of Sinotrans Energy Co, the Shanghai-listed unit of …, jumped 10%": the "of" before a
 * capitalised name that ends at `comma` (at most six words), or -1. The measure before that "of"
 * is what the apposition's verb moves.
 */
function ofNameBefore(tokens: readonly Tok[], comma: number): number {
  let n = comma - 1;
  while (n >= 0 && n > comma - 7 && tokens[n]!.kind === 'word' && tokens[n]!.cap) n--;
  return n < comma - 1 && tokens[n]?.lower === 'of' ? n : -1;
}

/** "plus" at most three words before token `k`: "plus a special dividend", "plus accrued dividends". */
function plusBefore(tokens: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (tokens[j]!.lower === 'plus') return true;
    if (tokens[j]!.kind !== 'word') return false;
  }
  return false;
}

/** Relative pronouns that open a clause set off by commas. */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'who']);

/** How far back a ", which …" clause may open before a token in it. */
const RELATIVE_REACH = 24;

/**
 * Token `k` is in a ", which …" or ", who …" clause (the words after its comma, up to the next
 * comma): "The fund, which manages A$186 billion for its members, said its portfolio gained
 * 17.8%" describes the fund there, not the measure after.
 */
export function inRelativeClause(tokens: readonly Tok[], k: number): boolean {
  const clause = tokens[k]!.clause;
  // (A bounded walk back, so that a long clause with many figures stays linear.)
  const stop = k - RELATIVE_REACH;
  while (k > 0 && k > stop && tokens[k - 1]!.clause === clause && tokens[k - 1]!.text !== ',') k--;
  return k > 0 && tokens[k - 1]!.text === ',' && RELATIVES.has(tokens[k]!.lower);
}

/**
 * When the clause of the figure at `at` opens with a relative clause (", which …", ", who …"):
 * its comma, and whether the figure is inside it rather than after the comma that closes it
 * (a relative clause of at most 16 tokens, closed before a word; inside, at most five words
 * before the figure). Undefined otherwise.
 */
function relativeClauseOf(tokens: readonly Tok[], at: number, clause: number): { comma: number; inside: boolean } | undefined {
  let k = at;
  while (k > 0 && tokens[k - 1]!.clause === clause) k--;
  if (k === 0 || tokens[k]!.text !== ',' || !RELATIVES.has(tokens[k + 1]?.lower ?? '')) return undefined;
  for (let j = k + 2; j < at; j++) {
    if (tokens[j]!.text !== ',') continue;
    return j - k <= 16 && tokens[j + 1]?.kind === 'word' ? { comma: k, inside: false } : undefined;
  }
  // Inside, only a short verb phrase may come between ("which rose 4%", "which now stands at
  // 13.5%"): in "which cut exports by 25%" or "which accounts for 80% of imports" the figure
  // measures something else the clause names.
  return at - k - 2 <= 5 && tokens[at + 1]?.lower !== 'of' ? { comma: k, inside: true } : undefined;
}

/** How many tokens a traded contract may be before its move, past its delivery month and exchange ("contract for September delivery on Bursa Malaysia Derivatives Exchange gained"). */
const CONTRACT_MOVE_REACH = 14;

/** Words that make a contract's figure its value or size, not its price: "a contract worth more than $5m". */
const CONTRACT_VALUE_WORDS: ReadonlySet<string> = new Set(['worth', 'valued', 'value', 'total', 'totalling', 'totaling', 'potential', 'volume', 'more', 'less', 'than']);

/** "the world's", "world", "global" between `from` and `to`: what follows is the whole market. */
const worldBefore = (tokens: readonly Tok[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (w === 'world' || w === "world's" || w === 'global' || w === 'worldwide') return true;
  }
  return false;
};

/** A comma among tokens [from, to). */
const commaBetween = (tokens: readonly Tok[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (tokens[k]!.text === ',') return true;
  return false;
};

/** Measures not written per share: one found only nearby ("including debt, paying 14.20 euros per share") does not name a per-share amount. */
const LOOSE_NOT_PER_SHARE: ReadonlySet<MetricCategory> = new Set(['debt', 'cash', 'stake', 'market-value']);

/**
 * Verbs and nouns of earnings before a per-share amount with no cue: "the company earned $1.14
 * per share", "had expected $1.01 per share", "results of $1.64 per share"; and of a loss:
 * "excluding items, it lost 4 cents a share".
 */
const EARNING_WORDS = new Set(['earned', 'earn', 'earns', 'earning', 'results', 'expected', 'expect', 'expects', 'estimate', 'estimates', 'estimated', 'consensus', 'forecast', 'forecasts', 'forecasting', 'projected', 'lost', 'lose', 'loses', 'losing']);

/** An earnings word at most eight tokens before `at`, in its clause. */
const earningWordBefore = (tokens: readonly Tok[], at: number): boolean => {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= 0 && k >= at - 8 && tokens[k]!.clause === clause; k--) if (EARNING_WORDS.has(tokens[k]!.lower)) return true;
  return false;
};

/** Measures an amount per unit of a good cannot be: "a contract" or "a settlement" at "$60 a barrel" is the good's price. */
const UNIT_PRICE_NOT: ReadonlySet<MetricCategory> = new Set(['deal-value', 'fine', 'other']);

/** Units of a traded good (not of time, users or seats): an amount per one of them is the good's price. */
const GOOD_UNITS: ReadonlySet<string> = new Set(['barrel', 'bbl', 'tonne', 'ton', 'tons', 'tonnes', 'ounce', 'oz', 'pound', 'lb', 'kilo', 'kg', 'kilogram', 'gallon', 'litre', 'liter',
  'bushel', 'dozen', 'megawatt hour', 'mwh', 'kwh', 'therm', 'mmbtu', 'btu', 'mcf', 'boe', 'megawatt', 'cwt', 'carat', 't', 'wmt', 'dmt', 'dmtu', 'dry', 'wet', 'metric']);

/** "cost around €68": the cue "cost" at `from`..`to` is a verb when only approximators stand between it and the figure at `at`. */
function costVerbBefore(tokens: readonly Tok[], to: number, at: number): boolean {
  if (to > at || at - to > 3) return false;
  for (let k = to; k < at; k++) if (!APPROXIMATORS.has(tokens[k]!.lower)) return false;
  return true;
}

/** The verb forms of "charge" a seller's unit price follows: "charges about $30,000 per wafer". */
const CHARGE_VERBS: ReadonlySet<string> = new Set(['charges', 'charged', 'charging', 'charge']);

/** The verb forms of "cost" a thing's price follows. */
const COST_VERBS: ReadonlySet<string> = new Set(['cost', 'costs']);

/**
 * The verb "cost" at tokens `from`..`to` stands between a thing sold by the unit (PRICED_THINGS,
 * past a modal or adverb) and the figure at `at`, with only "from" or approximators after it.
 */
function pricedThingCosts(tokens: readonly Tok[], from: number, to: number, at: number): boolean {
  if (!costVerbBefore(tokens, tokens[to]?.lower === 'from' ? to + 1 : to, at)) return false;
  let k = from - 1;
  for (const stop = k - 2; k > stop && PRICED_THING_GAP.has(tokens[k]?.lower ?? ''); ) k--;
  return PRICED_THINGS.has(tokens[k]?.lower ?? '') && tokens[k]!.clause === tokens[at]!.clause;
}

/** Units of time: "$500m a year" sold or invested is a yearly sum, not a unit price. */
const TIME_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'hour', 'night']);

/** The periods pay and benefits are told per: "$20 an hour", "£241.30 a week", "$49 a month", "£31,000 a year". */
const PAY_PERIODS: ReadonlySet<string> = new Set(['hour', 'week', 'month', 'year']);

/**
 * Words of a worker's pay or a household's benefit: "workers earn a minimum of $20 an hour", "the
 * minimum wage will rise to $16.90 an hour", "raising the average retirement benefit by $49 a
 * month". Not "pay" or "paid", which a customer does too ("subscribers pay $9.99 a month").
 */
const PAY_WORDS: ReadonlySet<string> = new Set(['wage', 'wages', 'salary', 'salaries', 'earn', 'earns', 'earning', 'paycheck', 'paychecks', 'pension', 'pensions', 'benefit', 'benefits']);

/** A word of pay (PAY_WORDS) at most eight tokens before `at`, in its clause. */
const payWordBefore = (tokens: readonly Tok[], at: number): boolean => {
  const clause = tokens[at]!.clause;
  for (let k = at - 1; k >= 0 && k >= at - 8 && tokens[k]!.clause === clause; k--) if (PAY_WORDS.has(tokens[k]!.lower)) return true;
  return false;
};

/** Words after "a year" that make it a time back, not a unit: "$2.41 a year earlier". */
const AGO: ReadonlySet<string> = new Set(['earlier', 'ago', 'before', 'previously']);

/** The first word after the figure at token `at` and its unit ("a year", "per month"). */
const nextWordAfter = (tokens: readonly Tok[], at: number, f: Figure): string | undefined => {
  for (let k = at + 1; k < tokens.length && k <= at + 4; k++) {
    const t = tokens[k]!;
    if (t.start < f.span.end || t.lower === 'a' || t.lower === 'an' || t.lower === 'per' || TIME_UNITS.has(t.lower)) continue;
    return t.kind === 'word' ? t.lower : undefined;
  }
  return undefined;
};

/**
 * "holds 381,050 Rexham shares, or about 9.1 pct of the outstanding", "retain two pct of the
 * common stock": a percentage named by a share word that states no move is a part of the
 * company's shares, a stake ("shares fell 5 pct" is the price). Not a percentage written before
 * the stock it describes: "its 7-3/8 pct preferred stock" is a coupon, "five pct stock" a dividend.
 */
export function stakeOfShares(f: Figure, m: MetricFound | undefined, moved: boolean, tokens: readonly Tok[], at: number): MetricFound | undefined {
  if (f.kind !== 'percent' || moved || f.unit !== 'percent' || m?.cue?.row.id !== 'price' || m.metric.category !== 'price' || !SHARE_WORDS.has(m.cue.phrase)) return m;
  const next = tokens[at + 1]?.lower;
  if (m.cue.from > at && next !== 'of' && next !== 'or') return m;
  return { metric: { ...m.metric, category: 'stake' }, cue: m.cue, why: `${m.why}; a percentage of shares that states no move → stake` };
}

/** Words between a percentage and the preferred stock it names: "5-7/8 pct cumulative convertible preferred". */
const PREFERRED_WORDS: ReadonlySet<string> = new Set(['preferred', 'preference']);

/**
 * "its 5-7/8 pct cumulative convertible preferred stock", "500,000 shares of 6-7/8 pct series
 * preferred": a percentage written before preferred stock is the dividend it pays, whatever
 * share word or deal is near. (A move of it keeps its own reading.)
 */
export function preferredDividend(f: Figure, m: MetricFound | undefined, moved: boolean, tokens: readonly Tok[], at: number): MetricFound | undefined {
  // ("owns 90 pct of the preferred shares" is a part of them.)
  if (f.kind !== 'percent' || moved || f.unit !== 'percent' || m?.metric.category === 'dividend' || tokens[at + 1]?.lower === 'of') return m;
  for (let k = at + 1; k <= at + 4 && tokens[k]?.kind === 'word' && tokens[k]!.clause === tokens[at]!.clause; k++) {
    const w = tokens[k]!.lower;
    if (PREFERRED_WORDS.has(w)) {
      const span = { start: tokens[k]!.start, end: tokens[k]!.end };
      return { metric: { category: 'dividend', label: tokens[k]!.text, span }, why: `metric: a percentage before "${tokens[k]!.text}" stock is its dividend → dividend` };
    }
    if (tokens[k]!.cap) break;
  }
  return m;
}

/** Measures that, as a percentage of sales, are a margin. */
export const MARGIN_OF: ReadonlySet<string> = new Set(['profit', 'ebitda']);
/** Words of sales a ratio is taken of: "as a percentage of net sales", "21.0% of segment revenue". */
const SALES_WORDS: ReadonlySet<string> = new Set(['sales', 'revenue', 'revenues', 'turnover']);

/** Sales named within three words from token `j`, past their modifiers: "segment revenue", "net sales". */
function salesWithin(tokens: readonly Tok[], j: number): boolean {
  for (let n = j; n < j + 3 && n < tokens.length; n++) {
    const t = tokens[n]!;
    if (t.kind !== 'word') return false;
    if (SALES_WORDS.has(t.lower)) return true;
  }
  return false;
}

/**
 * A profit stated as a percentage of sales is a margin: "Gross profit as a percentage of net
 * sales decreased to 31.4%" (the sales are what the ratio is taken of, not what it measures); a
 * cost so stated stays a cost ("Selling expenses as a percentage of revenue fell to 9.8%"); and
 * so is a restatement ", or 21.0% of segment revenue" after an operating income.
 */
export function ratioToSales(text: string, f: Figure, m: MetricFound | undefined, tokens: readonly Tok[], at: number, cueEndingAt: ReadonlyMap<number, CueMatch<MetricRow>>): MetricFound | undefined {
  if (f.kind !== 'percent' || !m) return m;
  // ", or 21.0% of segment revenue" restating a profit read from the clause (one read as revenue
  // is taken over in shared.ts).
  if (f.unit === 'percent' && MARGIN_OF.has(m.metric.category) && tokens[at - 1]?.lower === 'or' && tokens[at - 2]?.text === ',' && tokens[at + 1]?.lower === 'of' && salesWithin(tokens, at + 2))
    return { metric: { ...m.metric, category: 'margin' }, cue: m.cue, why: `${m.why}; a percentage of sales → margin` };
  // "as a percentage of net sales", "as a percent of revenue": the measure before "as" is the ratio's,
  // and so is its move in points ("SG&A as a percentage of sales rose 60 basis points").
  const c = m.cue;
  if (m.metric.category !== 'revenue' || !c) return m;
  let k = c.from - 1;
  if (tokens[k]?.lower !== 'of' || (tokens[k - 1]?.lower !== 'percentage' && tokens[k - 1]?.lower !== 'percent' && tokens[k - 1]?.text !== '%') || tokens[k - 2]?.lower !== 'a' || tokens[k - 3]?.lower !== 'as') return m;
  k -= 3;
  const owner = cueEndingAt.get(k);
  if (!owner || owner.row.category === 'revenue') return m;
  const category = MARGIN_OF.has(owner.row.category) ? 'margin' : owner.row.category;
  const span = { start: tokens[owner.from]!.start, end: tokens[owner.to - 1]!.end };
  return { metric: { category, label: text.slice(span.start, span.end), span }, cue: owner, why: `metric: "${owner.phrase}" as a percentage of sales → ${category}` };
}

/** The amount at `at` restates a scaled amount of money right before it: "$503 million, or 93 cents". */
function restatesScaled(tokens: readonly Tok[], at: number): boolean {
  const before = tokens[at - 3]?.figure;
  return tokens[at - 1]?.lower === 'or' && tokens[at - 2]?.text === ',' && before?.kind === 'money' && !!before.scale && !before.per;
}

/** How far back in its sentence "on a per-share basis" may be before the amount, in tokens. */
const PER_SHARE_BASIS_REACH = 24;

/** "On a per-share basis" (or "per share basis") is written before token `at` in its clause's sentence. */
function toldPerShare(tokens: readonly Tok[], at: number): boolean {
  for (let k = at - 1; k >= 2 && k >= at - PER_SHARE_BASIS_REACH; k--) {
    if (tokens[k]!.lower !== 'basis') continue;
    if (tokens[k - 1]!.lower === 'per-share') return true;
    const share = tokens[k - 1]!.lower === 'share' ? k - 1 : -1;
    if (share < 0) continue;
    const per = tokens[share - 1]?.text === '-' ? share - 2 : share - 1;
    if (tokens[per]?.lower === 'per') return true;
  }
  return false;
}

/** Per-share and per-unit amounts: "1.20 dlrs a share" of a profit is eps; "$60 a barrel" is a price. */
export function adjustForUnit(f: Figure, m: MetricFound | undefined, tokens?: readonly Tok[], at?: number): MetricFound | undefined {
  // "the new shares were sold at 412 pence each", "bought at $5 each", "sold at ₹565 apiece": a
  // price a unit was sold at, not a deal's value.
  if (f.kind === 'money' && m?.cue?.row.id === 'deal-value.verb' && tokens && at !== undefined && (tokens[at + 1]?.lower === 'each' || tokens[at + 1]?.lower === 'apiece') && tokens[at + 1]!.clause === tokens[at]!.clause)
    return { metric: { category: 'price' }, cue: m.cue, why: `${m.why}; an amount each → price` };
  // "the spread moved to a $62 backwardation": a spread in money is a gap between two prices,
  // not a rate (bond spreads are written in basis points); "$41,000 daily" is a day rate, a price.
  if (f.kind === 'money' && m?.metric.category === 'rate' && ((m.cue && (m.cue.phrase === 'spread' || m.cue.phrase === 'spreads')) || (tokens && at !== undefined && tokens[at + 1]?.lower === 'daily')))
    return { metric: { category: 'price' }, cue: m.cue, why: `${m.why}; an amount of money → price` };
  // "a premium of 91 basis points over Treasuries": a premium in basis points is a yield spread, a rate.
  if (f.kind === 'percent' && f.unit === 'basis-point' && m?.cue?.row.id === 'price.premium')
    return { metric: { ...m.metric, category: 'rate' }, cue: m.cue, why: `${m.why}; in basis points → rate` };
  // "Almont tables 412p counter-offer", "topping a 375p agreed bid": an offer or bid of a sum with
  // no scale is what is offered for one share (a company is bid for in millions or billions).
  if (f.kind === 'money' && !f.per && !f.scale && f.amount < PER_SHARE_OFFER_MAX && m?.cue?.row.id === 'deal-value' && OFFER_PHRASES.has(m.cue.phrase))
    return { metric: { ...m.metric, category: 'price' }, cue: m.cue, why: `${m.why}; an offer of a sum with no scale is per share → price` };
  // "priced at $21, the midpoint of the $20-$22 range": sums with no scale right before "range"
  // are the prices an offering's shares are marketed at (a deal's size is written with a scale).
  if (f.kind === 'money' && !f.scale && (!m || m.metric.category === 'other') && tokens && at !== undefined && tokens[at + 1]?.lower === 'range' && tokens[at + 1]!.clause === tokens[at]!.clause)
    return { metric: { category: 'price' }, why: `${m ? `${m.why}; ` : 'metric: '}sums with no scale before "range" → price` };
  // "Redmarsh had earlier offered 660 pence", "its January proposal of $25": a sum with no scale
  // right after a verb of offering, or "of" after an offer's noun, with no measure of its own (or
  // one found only nearby), is what is offered for one share.
  if (f.kind === 'money' && !f.per && !f.scale && f.amount < PER_SHARE_OFFER_MAX && tokens && at !== undefined && (!m || m.metric.category === 'other' || (m.loose && (m.metric.category === 'market-value' || m.metric.category === 'deal-value')))) {
    const k = pastApproximators(tokens, at, 2);
    // (After the verb, only a sum that ends its clause or is offered "for" something: not "offered
    // $500 to each customer".)
    const next = tokens[at + 1];
    const closed = !next || next.kind === 'punct' || next.lower === 'for';
    if ((OFFER_VERBS.has(tokens[k]?.lower ?? '') && closed) || (tokens[k]?.lower === 'of' && OFFER_NOUNS.has(tokens[k - 1]?.lower ?? '')))
      return { metric: { category: 'price' }, cue: m?.cue, why: `${m ? `${m.why}; ` : 'metric: '}a sum with no scale offered → price (per share)` };
  }
  // "Analysts had expected FFO of 61 cents": a REIT's FFO with no scale is per share (FFO_PHRASES).
  if (f.kind === 'money' && !f.per && !f.scale && f.amount < FFO_PER_SHARE_MAX && m?.metric.category === 'profit' && m.cue && FFO_PHRASES.has(m.cue.phrase))
    return { metric: { ...m.metric, category: 'eps' }, cue: m.cue, why: `${m.why}; FFO with no scale is per share → eps` };
  // "On a per-share basis, the company said it had profit of 61 cents": an unscaled profit or
  // loss in a sentence told per share is per share.
  // (So is one restating a scaled profit or loss after ", or": "$503 million, or 93 cents, a year earlier".)
  if (f.kind === 'money' && !f.per && !f.scale && (m?.metric.category === 'profit' || m?.metric.category === 'loss') && tokens && at !== undefined && (toldPerShare(tokens, at) || restatesScaled(tokens, at)))
    return { metric: { ...m.metric, category: 'eps' }, cue: m.cue, why: `${m.why}; in a sentence told per share → eps` };
  // "a premium edition costs $99.99", "day tickets will cost from Dh375": an unscaled sum that a
  // thing sold by the unit costs is its price ("the new plant will cost $2 billion" stays a cost).
  if (f.kind === 'money' && !f.scale && m?.metric.category === 'cost' && m.cue && COST_VERBS.has(m.cue.phrase) && tokens && at !== undefined && pricedThingCosts(tokens, m.cue.from, m.cue.to, at))
    return { metric: { category: 'price' }, cue: m.cue, why: `${m.why}; what a thing sold by the unit costs → price` };
  // ("agreed to sell for 40 mln dlrs its Network Services unit": a scaled sum is a business sold, not a good's price.)
  if (f.kind === 'money' && f.scale && m?.cue?.row.id === 'price.sells-for') return { metric: { category: 'deal-value' }, cue: m.cue, why: `${m.why}; a scaled sum sold for → deal-value` };
  if (f.kind !== 'money' || !f.per) return m;
  const per = f.per.toLowerCase().replace(/^(?:a|an|per|each)\s+/, '');
  // "It traded at 1,580 naira per dollar": an amount of one currency per unit of another is an
  // exchange rate, though "traded at" names a price ("1.43 dlrs per pound" is a weight's price;
  // "5 cents per dollar of sales" in dollars is a ratio, no rate).
  if ((!m || m.cue?.row.id === 'price.traded') && per !== 'pound' && Object.hasOwn(FAMILY_WORDS, per) && f.currency && f.currency !== 'USD')
    return { metric: { category: 'rate' }, cue: m?.cue, why: `${m ? `${m.why}; ` : 'metric: '}an amount of one currency per ${per} → rate (an exchange rate)` };
  if (/share|shr|ads|adr/.test(per)) {
    if (!m && tokens && at !== undefined && earningWordBefore(tokens, at)) return { metric: { category: 'eps' }, why: 'metric: an amount per share after a word of earnings → eps' };
    if (!m || m.metric.category === 'profit' || m.metric.category === 'loss' || m.metric.category === 'eps')
      return m && m.metric.category !== 'eps'
        ? { metric: { ...m.metric, category: 'eps' }, cue: m.cue, why: `${m.why}; per share → eps` }
        : m ?? { metric: { category: 'price' }, why: 'metric: an amount per share with no profit cue → price' };
    // "priced its offering at HK$18.50 a share", "offered $45 a share": the price of a share.
    // "values Prevision at 8.40 euros per share": a company's worth per share is its share price.
    if (m.metric.category === 'deal-value' || m.metric.category === 'market-value') return { metric: { ...m.metric, category: 'price' }, cue: m.cue, why: `${m.why}; per share → price` };
    // "for 2.3 billion euros, including debt, paying 14.20 euros per share": a measure only found
    // nearby in the clause is no measure per share; the amount is the price paid for a share.
    // (", or 13 cts a share" restates the amount before it, of the same measure.)
    const restated = tokens && at !== undefined && (tokens[at - 1]?.lower === 'or' || tokens[at - 2]?.lower === 'or' || tokens[at - 1]?.lower === 'to');
    if (m.loose && LOOSE_NOT_PER_SHARE.has(m.metric.category) && !restated) return { metric: { category: 'price' }, why: `${m.why}; but an amount per share → price` };
    return m;
  }
  // "FFO of 26.1 cents per security", "earnings of 31 cents per unit": a trust's units and stapled
  // securities are its shares, so a profit per one is eps (a good's "$5 per unit" has no profit cue).
  if ((per === 'unit' || per === 'security' || per === 'stapled' || per === 'stapled security') && (m?.metric.category === 'profit' || m?.metric.category === 'loss'))
    return { metric: { ...m.metric, category: 'eps' }, cue: m.cue, why: `${m.why}; per unit of a trust → eps` };
  // "$2.41 a year earlier": a comparison in time, not a yearly price.
  if (TIME_UNITS.has(per) && tokens && at !== undefined && AGO.has(nextWordAfter(tokens, at, f) ?? '')) return m;
  // ("will pay the league $2.6 billion a year", "earns $70 million a year": a scaled sum a year or a
  // month with no words of a measure is a yearly flow, a deal's or a salary's, no unit price; "$120
  // a year" for a subscription stays one.)
  if (!m && TIME_UNITS.has(per) && (per === 'year' || per === 'month') && f.scale) return m;
  if (!m && PAY_PERIODS.has(per) && tokens && at !== undefined && payWordBefore(tokens, at)) return { metric: { category: 'other' }, why: `metric: an amount per ${per} a clause says is earned, a wage or a benefit → other (pay, no price)` };
  if (!m && PRICE_UNITS.has(per)) return { metric: { category: 'price' }, why: `metric: an amount per ${per} → price` };
  // "iron ore sold for an average of $108 a tonne": a unit price, not the value of a deal;
  // "the front-month contract fell to €31.40 per megawatt hour": nor a contract's value.
  if (m && PRICE_UNITS.has(per) && !TIME_UNITS.has(per) && (m.cue?.row.id === 'deal-value.verb' || UNIT_PRICE_NOT.has(m.metric.category)))
    return { metric: { category: 'price' }, why: `${m.why}; an amount per ${per} → price` };
  // "the foundry charges about $30,000 per wafer": what a seller charges for a unit is its price
  // (a charge booked, "a charge of $5 per share", has no verb right before the amount).
  if (m && m.cue && CHARGE_VERBS.has(m.cue.phrase) && PRICE_UNITS.has(per) && !TIME_UNITS.has(per) && tokens && at !== undefined && costVerbBefore(tokens, m.cue.to, at))
    return { metric: { category: 'price' }, cue: m.cue, why: `${m.why}; what a seller charges per ${per} → price` };
  // "the average revenue received was US$84 per dry metric tonne": revenue per unit of a good is
  // the price realised for it; "carbon allowances cost around €68 a tonne": the verb "cost" before
  // an amount per unit of a good names its price ("unit costs of $18 a tonne", "the cost of" stay costs).
  if (m && GOOD_UNITS.has(per) && (m.metric.category === 'revenue' || (m.metric.category === 'cost' && m.cue?.phrase === 'cost' && tokens && at !== undefined && costVerbBefore(tokens, m.cue.to, at))))
    return { metric: { category: 'price' }, cue: m.cue, why: `${m.why}; an amount per ${per} of a good → price` };
  // ("Indian refiners paid about $1,095 a tonne, including cost, insurance and freight": an amount
  // per unit of a good whose only measure words come after it in the clause is the good's price;
  // what follows qualifies the price, it is not the measure. "unit costs of $18 a tonne", with the
  // cue before the figure, stays a cost.)
  if (m && m.loose && m.cue && at !== undefined && m.cue.from > at && GOOD_UNITS.has(per) && m.metric.category !== 'price')
    return { metric: { category: 'price' }, why: `${m.why}; but an amount per ${per} of a good with its measure words only after it → price` };
  // "time-charter rates of $52,000 per day", "a loan rate of 4.56 dlrs per bushel": an amount per
  // day or per unit of a good is no interest or exchange rate but a price ("1.43 dlrs per pound",
  // "nine kwacha per dollar" stay exchange rates; "per year" is a yearly sum).
  if (m?.metric.category === 'rate' && (per === 'day' || (PRICE_UNITS.has(per) && !TIME_UNITS.has(per) && per !== 'pound')))
    return { metric: { category: 'price' }, why: `${m.why}; an amount per ${per} → price` };
  // "capesize earnings rose to $24,520 a day": what a ship earns a day is the rate it is hired at, no profit.
  if (m?.metric.category === 'profit' && per === 'day' && m.cue?.phrase === 'earnings')
    return { metric: { category: 'price' }, cue: m.cue, why: `${m.why}; earnings per day → price (a day rate)` };
  return m;
}

/** Words before a gain that book it in the accounts: "Net includes gain of …", "excluding a gain of …". */
const BOOKING_WORDS: ReadonlySet<string> = new Set(['includes', 'include', 'included', 'including', 'excludes', 'exclude', 'excluded', 'excluding', 'reflects', 'reflected', 'reflecting']);
/** What a gain is made on after "on"/"from": "from sale of real estate", "on the disposal of". */
const DISPOSAL_NOUNS: ReadonlySet<string> = new Set(['sale', 'sales', 'disposal', 'disposals', 'sell-off', 'divestiture']);

/**
 * "Net includes gain of 2.1 mln dlrs, or seven cts a share, from sale of real estate", "1986
 * net excludes a gain of 4.3 mln dlrs": an amount of a gain that the accounts book, or that a
 * sale made, is income (`profit`), not the value of the sale named after it. A gain of money that
 * neither words book nor a sale made ("shares showed a gain of 1-1/2 dlrs") keeps its reading.
 */
export function bookedGain(text: string, f: Figure, m: MetricFound | undefined, tokens: readonly Tok[], at: number): MetricFound | undefined {
  if (f.kind !== 'money' || f.per || f.amount < 1000 || (m && m.metric.category !== 'other' && m.metric.category !== 'deal-value')) return m;
  let j = at - 1;
  if (tokens[j]?.lower === 'of') j--;
  const gain = tokens[j];
  if (!gain || (gain.lower !== 'gain' && gain.lower !== 'gains')) return m;
  let booked = false;
  for (let k = j - 1; k >= 0 && k >= j - 4 && !booked; k--) booked = BOOKING_WORDS.has(tokens[k]!.lower);
  if (!booked) {
    // (Past a per-share restatement: ", or seven cts a share, from sale of …".)
    const clause = tokens[at]!.clause;
    for (let k = at + 1; k < tokens.length && k <= at + 12 && !booked; k++) {
      const t = tokens[k]!;
      if ((t.lower === 'on' || t.lower === 'from') && t.clause === clause) {
        const n = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
        booked = DISPOSAL_NOUNS.has(tokens[n]?.lower ?? '');
        break;
      }
    }
  }
  if (!booked) return m;
  const span = { start: gain.start, end: gain.end };
  return { metric: { category: 'profit', label: text.slice(span.start, span.end), span }, why: `metric: "${gain.text}" booked in the accounts or made on a sale → profit` };
}

/** What central banks and dealers trade in the money market: the percentage they deal at is its rate. */
const MONEY_MARKET_WORDS: ReadonlySet<string> = new Set(['bills', 'bill', 'repurchase', 'repurchases', 'repos', 'repo', 'funds', 'assistance', 'liquidity', 'paper', 'deposits', 'certificates', 'cds', 'advances', 'lombard']);
/** How far back in its clause a money-market word may name what a percentage is dealt at. */
const MONEY_MARKET_REACH = 14;

/**
 * "bought bills outright in band two at 10-3/8 pct", "offered to drain funds with seven-day
 * repurchase agreements at 12-1/2 pct": a percentage that bills, repurchase agreements or funds
 * are dealt "at" is their rate (`rate`), not the value of the purchase nor a price. (A bond issued
 * "at 101 pct" is priced; bonds are no money-market words.)
 */
export function moneyMarketRate(text: string, f: Figure, m: MetricFound | undefined, tokens: readonly Tok[], at: number): MetricFound | undefined {
  if (f.kind !== 'percent' || f.unit !== 'percent' || tokens[at - 1]?.lower !== 'at' || (m && m.metric.category !== 'other' && m.metric.category !== 'deal-value' && m.metric.category !== 'price')) return m;
  const clause = tokens[at]!.clause;
  for (let k = at - 2; k >= 0 && k >= at - MONEY_MARKET_REACH; k--) {
    const t = tokens[k]!;
    if (t.clause !== clause && t.text !== ',') break;
    if (MONEY_MARKET_WORDS.has(t.lower) && !t.cap) {
      const span = { start: t.start, end: t.end };
      return { metric: { category: 'rate', label: text.slice(span.start, span.end), span }, why: `metric: the percentage "${t.text}" are dealt at → rate` };
    }
  }
  return m;
}

/**
 * "A jury ordered Halden Foods to pay $45 million to the family", "was ordered to pay $9 million":
 * money a court or regulator orders paid, with no measure named, is a fine (damages, restitution,
 * a penalty); the words "to pay" are its label.
 */
export function orderedPayment(text: string, f: Figure, m: MetricFound | undefined, tokens: readonly Tok[], at: number): MetricFound | undefined {
  if (f.kind !== 'money' || f.per || (m && m.metric.category !== 'other')) return m;
  const order = orderedToPay(tokens, at);
  if (!order?.court) return m;
  const span = { start: tokens[order.pay - 1]!.start, end: tokens[order.pay]!.end };
  return { metric: { category: 'fine', label: text.slice(span.start, span.end), span }, why: `metric: money "${tokens[order.verb]!.text}" to be paid, no measure named → fine` };
}
