/**
 * Changes: which figures of a sentence state a change, which way, and what part each plays.
 *
 *   ZTE reported a 27% drop in revenues, to 39.4 billion yuan      amount 27%, target 39.4bn, down
 *   swung to a net loss of RMB7.8 billion, from a profit of RMB2.3bn target 7.8bn (down), base 2.3bn
 *   revenue rose 13% to $5bn from $4bn                             amount, target, base, up
 *   a sales increase of just 2.5%                                  amount, up
 *   revenue of $5bn, up 10%                                        target $5bn, amount 10%, up
 *
 * A cue takes the figures after it in its clause until the next cue: the first one after
 * "by"/"of" or right after the cue is the amount, one after "to" the target, one after
 * "from"/"compared with" the base. A noun or adverb cue also takes the figure right before it.
 */
import { BASIS_WORDS } from '../lexicon/range-cues';
import { AMOUNT_MARKERS, BASE_MARKERS, CHANGE_NOUN_MODIFIERS, CHANGE_ROWS, LOWER_BETTER_RATIOS, MAKE_UP_VERBS, SPREAD_BENCHMARKS, TARGET_MARKERS, TOWARD_RESULTS, type ChangeDirection, type ChangeRow } from '../lexicon/change-verbs';
import type { Figure } from '../types';
import type { ChangeRole } from './types';
import { changeCuesAt, metricIndex, type CueMatch } from './cues';
import type { Tok } from './tokens';
import { isEquivalent } from './util';
import { compareDecimal } from '../resolve/decimal';
import { BE_FORMS, isFunctionWord, isPhrasalVerb, isVerb, MODAL_VERBS, SUBORDINATE_OPENERS } from './words';

/** Words after an amount that make it the size of a move: "raised 50 cts to $17.85", "added $2 from". */
const CHANGE_LINKS: ReadonlySet<string> = new Set(['to', 'from', 'by']);

/** Words that end the search for a move's marker after its amount: another verb phrase or clause follows. */
const MOVE_STOPS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'which', 'as', 'after', 'before', '.', ';', ':']);

/** How many tokens a ", which …," clause inside a change may hold. */
const RELATIVE_REACH = 15;

/** The token where clause `clause` goes on after a ", which …," clause that starts at `k`, or -1. */
function resumedAt(tokens: readonly Tok[], k: number, limit: number, clause: number): number {
  for (let r = k + 1; r < limit && r <= k + RELATIVE_REACH; r++) if (tokens[r]!.clause === clause) return r;
  return -1;
}

/** "to" and a new level of the same kind at `k`: "to 78.25 pence". */
const newLevelAfter = (tokens: readonly Tok[], k: number, kind: string): boolean =>
  tokens[k]?.lower === 'to' && isAmountFigure(tokens[k + 1]) && tokens[k + 1]!.figure!.kind === kind;

/** Past ", or 2.9%," at `k` (a percentage restating the amount before it): the token after it; else `k`. */
function restatedPercentEnd(tokens: readonly Tok[], k: number): number {
  if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'or' && tokens[k + 2]?.figure?.kind === 'percent' && tokens[k + 3]?.text === ',') return k + 4;
  return k;
}

/** A past participle of a regular verb: "led", "backed", "priced". */
const PAST_PARTICIPLE = /^[a-z]+ed$/;
/**
 * After the amount at token `k - 1`, words that make it the size of a move: "to", "from",
 * "by" within a few tokens (past its unit, "per troy ounce", a restatement, ", or 2%,", and a
 * day, "on Monday"), or "at" and a level right after it ("lost 2p at 1,333", not "raised 159 mln
 * francs at 98.4 pct", an issue price, nor "raising $864 million and valuing it at $6.3 billion").
 */
function moveAfter(tokens: readonly Tok[], k: number): boolean {
  const first = k;
  for (; k < tokens.length && k < first + 8; k++) {
    const t = tokens[k]!;
    // ("raised $200 million led by Founders Fund": "by" after a participle names who did it, no size.)
    if (t.lower === 'by' && k > first && PAST_PARTICIPLE.test(tokens[k - 1]!.lower)) return false;
    if (CHANGE_LINKS.has(t.lower)) return true;
    if (MOVE_STOPS.has(t.lower)) return false;
    // Another amount, unless it restates this one (", or 2%,"): "raised 223.6 mln stg compared with 129.5 mln from …".
    if (t.kind === 'figure' && t.figure!.kind !== 'period' && tokens[k - 1]?.lower !== 'or') return false;
    if (t.lower === 'at') {
      const level = tokens[k + 1];
      // ("the sale raised $20 million at $0.04 per token": a scaled sum raised at a price per unit
      // sold, no move to a level.)
      const sum = tokens[first - 1]?.figure;
      if (level?.figure?.kind === 'money' && level.figure.per && sum?.kind === 'money' && sum.scale) return false;
      return k <= first + 3 && !!level && (level.kind === 'number' || level.figure?.kind === 'money');
    }
  }
  return false;
}

export interface ChangeGroup {
  readonly direction: ChangeDirection;
  readonly cue: Tok;
  /** Token range of the cue. */
  readonly from: number;
  readonly to: number;
  readonly rows: readonly ChangeRow[];
  /** The toward result ("loss" in "swung to a net loss"), when any. */
  readonly result?: string;
  readonly members: Map<Figure, ChangeRole>;
}

const HEDGES = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'just', 'only', 'over', 'under', 'more', 'than', 'less', 'a', 'an', 'the', 'record', 'new', 'high', 'low', 'of', 'estimated', 'slightly', 'further', 'another', 'total',
  // "fell as much as 5.2%", "by a cumulative 525 basis points"
  'as', 'much', 'cumulative', 'combined', 'additional', 'extra',
  // "prices will rise an average of 8%", "fares rose by an average 5%"
  'average',
  // "GDP grew a revised 2.4%", "expanded a preliminary 0.3%": an estimate as later revised
  'revised', 'preliminary', 'provisional']);
/**
 * Hedges between "up"/"down" and the amount: "down about 4%", "up something like 10%". Only
 * words of size, unlike HEDGES: articles and adjectives ("a", "record", "new") after "up" or
 * "down" start another phrase.
 */
const ADVERB_HEDGES: ReadonlySet<string> = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'just', 'over', 'more', 'than', 'less', 'slightly', 'something', 'like',
  // "shares down as much as 19%"
  'as', 'much']);
const AMOUNT_WORDS = new Set(AMOUNT_MARKERS);
/** Words before a name: "the", "its" ("the Advanced Planning System"). */
const NAME_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
/** Marks that end a sentence before a name opens the next. */
const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '"', '\u201c']);

/** A word written with a capital and lower-case letters after it ("Advanced", not "ADVANCED"). */
const isTitleCase = (t: Tok | undefined): boolean => !!t && t.kind === 'word' && t.cap && t.text.length > 1 && t.text !== t.text.toUpperCase();

/**
 * The word at `i` sits inside a name: written in title case, before another title-case word, and
 * after a determiner, another title-case word or nothing of its sentence ("Advanced Micro Devices
 * posted …"). Not in text written in capitals, where every word would pass.
 */
function inName(tokens: readonly Tok[], i: number): boolean {
  if (!isTitleCase(tokens[i]) || !isTitleCase(tokens[i + 1])) return false;
  const prev = tokens[i - 1];
  if (!prev || (prev.kind === 'punct' && SENTENCE_MARKS.has(prev.text))) return true;
  return prev.kind === 'word' && (NAME_DETERMINERS.has(prev.lower) || isTitleCase(prev));
}
const TARGET_WORDS = new Set(TARGET_MARKERS);
const BASE_FIRST = new Map<string, string[][]>();
for (const m of BASE_MARKERS) {
  const w = m.split(' ');
  BASE_FIRST.set(w[0]!, [...(BASE_FIRST.get(w[0]!) ?? []), w]);
}
/** Possessive determiners before a figure: "up from its €2.10". */
const POSSESSIVE_DETS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);
/** The token after an owner written at `k` ("its", "Lumeris's") or "the" before an amount ("down from the 10.375% it paid"), else `k`. */
const ownedAfter = (tokens: readonly Tok[], k: number): number => {
  if (POSSESSIVE_DETS.has(tokens[k]?.lower ?? '')) return k + 1;
  if (tokens[k]?.lower === 'the' && isAmountFigure(tokens[k + 1])) return k + 1;
  return tokens[k]?.possessive && tokens[k]!.cap ? k + 1 : k;
};
/** Words naming an estimate a base was: "up from its previous guidance of about £12.7bn". */
const ESTIMATE_NOUNS: ReadonlySet<string> = new Set(['guidance', 'forecast', 'forecasts', 'range', 'target', 'estimate', 'estimates', 'outlook', 'projection', 'expectation', 'expectations', 'goal']);
const PRIOR_WORDS: ReadonlySet<string> = new Set(['previous', 'earlier', 'prior', 'original', 'initial', 'old']);
/** Words of an estimate before a base, after "a" or "an": "up from an estimated 0.8%", "a revised 2.1%". */
const ESTIMATED_BASE: ReadonlySet<string> = new Set(['estimated', 'revised', 'preliminary', 'provisional']);
/** The token past up to two hedges ("around", "about") from `k`. */
const hedgedAfter = (tokens: readonly Tok[], k: number): number => {
  let n = k;
  while (n < k + 2 && tokens[n]?.kind === 'word' && ADVERB_HEDGES.has(tokens[n]!.lower)) n++;
  return n;
};

/**
 * The base after "up from"/"down from" at `k`: past a hedge ("up from about $9,150"), its owner
 * ("its €2.10"), and the estimate it was, as guidance is revised ("down from a previous range of
 * €2.6bn to €3bn", "up from its previous guidance of about £12.7bn"). At most eight tokens on;
 * else `ownedAfter(k)`.
 */
const baseAfterFrom = (tokens: readonly Tok[], k: number): number => {
  const hedged = hedgedAfter(tokens, k);
  if (hedged > k && isAmountFigure(tokens[hedged])) return hedged;
  // ("up from an estimated 0.8%", "down from a revised 2.1%": the base as estimated since.)
  if ((tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') && ESTIMATED_BASE.has(tokens[k + 1]?.lower ?? '') && isAmountFigure(tokens[hedgedAfter(tokens, k + 2)])) return hedgedAfter(tokens, k + 2);
  const owned = ownedAfter(tokens, k);
  if (isAmountFigure(tokens[owned])) return owned;
  let m = k;
  const w = (j: number): string => tokens[j]?.lower ?? '';
  if (w(m) === 'a' || w(m) === 'the' || POSSESSIVE_DETS.has(w(m)) || (tokens[m]?.possessive && tokens[m]!.cap)) m++;
  if (PRIOR_WORDS.has(w(m))) m++;
  if (!ESTIMATE_NOUNS.has(w(m)) || w(m + 1) !== 'of') return owned;
  m += 2;
  for (const end = m + 3; m < end && tokens[m]?.kind === 'word' && ADVERB_HEDGES.has(w(m)); ) m++;
  return isAmountFigure(tokens[m]) ? m : owned;
};
/** Degrees of a level in "as low as", "as high as": the level a move reached. */
const LEVEL_DEGREES: ReadonlySet<string> = new Set(['low', 'high']);
/** Adverb cues valid before a figure ("up 10%"); the others only after one ("10% higher"). */
const PRE_ADVERBS = new Set(['up', 'down', 'off']);
/**
 * Words after "as" that make it a degree or a comparison ("fell as much as 5%", "as high as", "as
 * of June 30"), not a clause of reason: "fell 22% to $612 million as storms drove catastrophe
 * losses to $480 million" (the losses are no level the profit fell to).
 */
const AS_NOT_CLAUSE: ReadonlySet<string> = new Set(['much', 'many', 'high', 'low', 'little', 'few', 'far', 'long', 'large', 'big', 'great', 'of', 'at', 'against', 'compared', 'expected', 'forecast', 'estimated', 'planned', 'previously', 'reported', 'announced', 'recently', 'well', 'a', 'an', 'part', 'the']);
/** Words after "after" that name what a profit is measured after ("net profit after tax"), not a clause of time. */
const AFTER_MEASURE: ReadonlySet<string> = new Set(['tax', 'taxes', 'taxation', 'minorities']);
/** A company's shares before "up"/"down": "its shares down as much as 19%" moves them. */
const MOVED_SHARES: ReadonlySet<string> = new Set(['shares', 'stock', 'stocks']);
/** Adverbs of time between a form of "be" and "up"/"down": "is still down about 11%", "are now up some 30%". */
const BE_ADVERBS: ReadonlySet<string> = new Set(['still', 'now', 'already', 'currently']);
/** Verbs that, like "is", hold a level: "it remains up about 11% this year", "the index stayed down roughly 2%". */
const STAY_VERBS: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);
/** After "added"/"adding", words that open reported speech ("adding this was equal to 1.2 cts"), not an added amount. */
const REPORTED_AFTER_ADD: ReadonlySet<string> = new Set(['that', 'this', 'these', 'it', 'he', 'she', 'they', 'we', 'there', 'its', 'his', 'her', 'their', 'our']);
/**
 * A gain booked in the accounts, not a move of a measure: "an extraordinary gain of 1.2 mln dlrs",
 * "net includes gain 500,000 dlrs", "a gain of $40 million on the sale of its unit".
 */
const BOOKED_GAIN_KINDS: ReadonlySet<string> = new Set(['extraordinary', 'pretax', 'pre-tax', 'after-tax', 'aftertax', 'one-time', 'capital', 'tax',
  'investment', 'securities', 'currency', 'exchange', 'carryforward', 'nonrecurring', 'non-recurring', 'special', 'unusual', 'accounting', 'book']);
const BOOKED_GAIN_VERBS: ReadonlySet<string> = new Set(['include', 'includes', 'included', 'including', 'exclude', 'excludes', 'excluded', 'excluding', 'reflects', 'reflecting', 'reflected']);
function isBookedGain(tokens: readonly Tok[], from: number, to: number): boolean {
  if (to !== from + 1 || (tokens[from]!.lower !== 'gain' && tokens[from]!.lower !== 'gains')) return false;
  let k = from - 1;
  if (BOOKED_GAIN_KINDS.has(tokens[k]?.lower ?? '')) return true;
  if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') k--;
  if (BOOKED_GAIN_VERBS.has(tokens[k]?.lower ?? '')) return true;
  // "a gain of $40 million on the sale", "gains from sales of securities"
  let n = to;
  if (tokens[n]?.lower === 'of' && tokens[n + 1]?.kind === 'figure') n += 2;
  if (tokens[n]?.lower !== 'on' && tokens[n]?.lower !== 'from') return false;
  if (tokens[n + 1]?.lower === 'the') n++;
  return tokens[n + 1]?.lower === 'sale' || tokens[n + 1]?.lower === 'sales' || tokens[n + 1]?.lower === 'disposal';
}

const RESULT_SKIP = new Set(['a', 'an', 'the', 'net', 'operating', 'pretax', 'pre-tax', 'quarterly', 'annual', 'first-half', 'full-year', 'small', 'big', 'bigger', 'wider', 'narrower', 'deeper', 'back', 'into', 'to', 'in',
  // the basis the result is stated on: "swung to a headline profit" (Johannesburg's measure), "to an adjusted loss"
  'headline', 'adjusted', 'underlying', 'core', 'recurring', 'attributable', 'consolidated', 'reported', 'comprehensive', 'gross', 'interim', 'half-year']);


/** Participles of where a measure stood: "after reaching 2.8%", "after peaking at 4.5%". */
const LEVEL_PARTICIPLES: ReadonlySet<string> = new Set(['reaching', 'peaking', 'hitting', 'touching', 'topping', 'standing', 'climbing', 'rising', 'falling', 'dropping', 'sliding', 'jumping', 'surging', 'slipping', 'easing', 'gaining', 'losing', 'trading', 'closing', 'opening', 'ending', 'finishing', 'averaging']);

/** "reaching 2.8%", "peaking at around 4.5%" from `k`: a participle, then a figure within three words. */
function participleLevel(tokens: readonly Tok[], k: number): boolean {
  if (tokens[k]?.kind !== 'word' || !LEVEL_PARTICIPLES.has(tokens[k]!.lower)) return false;
  for (let j = k + 1; j <= k + 3; j++) {
    const t = tokens[j];
    if (!t) return false;
    if (t.kind === 'figure') return t.figure!.kind !== 'period';
    if (t.kind !== 'word' || t.lower === 'that') return false;
  }
  return false;
}

const isAmountFigure = (t: Tok | undefined): t is Tok & { figure: Figure } => !!t && t.kind === 'figure' && t.figure!.kind !== 'period';

/** "swung to a net loss", "fell into the red": the direction the result gives, and its word. */
function towardResult(tokens: readonly Tok[], to: number): { direction: ChangeDirection; word: string; end: number } | undefined {
  const first = tokens[to];
  if (!first || (first.lower !== 'to' && first.lower !== 'into' && first.lower !== 'back')) return undefined;
  for (let k = to; k < Math.min(tokens.length, to + 6); k++) {
    const t = tokens[k]!;
    // ("swung to a third-quarter net profit", "swung to a 2025 loss": the period of the result.)
    if (t.kind === 'figure' && t.figure!.kind === 'period') continue;
    if (t.kind !== 'word') return undefined;
    const two = k + 1 < tokens.length ? `${t.lower} ${tokens[k + 1]!.lower}` : '';
    // Own keys only: "swung to constructor" must not find Object's constructor.
    if (Object.hasOwn(TOWARD_RESULTS, two)) return { direction: TOWARD_RESULTS[two]!, word: two, end: k + 2 };
    if (Object.hasOwn(TOWARD_RESULTS, t.lower)) return { direction: TOWARD_RESULTS[t.lower]!, word: t.lower, end: k + 1 };
    if (!RESULT_SKIP.has(t.lower)) return undefined;
  }
  return undefined;
}

/**
 * "swung to A$318 million from a loss of A$142 million": a toward verb with an amount and no
 * result word of its own moves away from its base's result (up from a loss, down from a profit).
 */
function awayFromBase(tokens: readonly Tok[], to: number): ChangeDirection | undefined {
  if (tokens[to]?.lower !== 'to' || !isAmountFigure(tokens[to + 1]) || tokens[to + 1]!.figure!.kind !== 'money') return undefined;
  let k = to + 2;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower !== 'from') return undefined;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return undefined;
    const two = j + 1 < tokens.length ? `${t.lower} ${tokens[j + 1]!.lower}` : '';
    const base = Object.hasOwn(TOWARD_RESULTS, two) ? TOWARD_RESULTS[two] : Object.hasOwn(TOWARD_RESULTS, t.lower) ? TOWARD_RESULTS[t.lower] : undefined;
    if (base) return base === 'up' ? 'down' : 'up';
    if (!RESULT_SKIP.has(t.lower)) return undefined;
  }
  return undefined;
}

/**
 * The role a marker before token `k` gives its figure: "from"/"compared with" base, "to"
 * target, "by"/"of" amount. The nearest marker wins, but "of" yields to a farther one
 * ("from a profit of RMB2.3bn" is a base); only hedges and a short noun phrase may sit between.
 */
function markerBefore(tokens: readonly Tok[], k: number, stop: number): ChangeRole | undefined {
  let weak: ChangeRole | undefined;
  let content = 0;
  for (let j = k - 1, steps = 0; j >= stop && steps < 8; j--, steps++) {
    const t = tokens[j]!;
    // "to a 12-year high of 4.35%": a number glued to a word by a hyphen is one word of the noun phrase.
    if (t.kind === 'punct' && t.text === '-' && tokens[j - 1]?.end === t.start && tokens[j + 1]?.start === t.end) continue;
    if (t.kind === 'figure' || (t.kind === 'punct' && t.text !== ',')) break;
    if (t.kind !== 'word') continue;
    const lower = t.lower;
    // "fell as low as $0.12", "climbed as high as $111,980": the level the move reached, no amount
    // ("fell as much as 60%" stays the amount).
    if (lower === 'as' && j === k - 1 && LEVEL_DEGREES.has(tokens[j - 1]?.lower ?? '') && tokens[j - 2]?.lower === 'as') return 'target';
    // "rose more than 20%", "to less than $5bn": "more/less than" right before the figure hedges it, no base.
    if (lower === 'than' && j === k - 1 && (tokens[j - 1]?.lower === 'more' || tokens[j - 1]?.lower === 'less')) { j--; continue; }
    // "reduce its margin by up to 1.5 percentage points": "up to" after "by" bounds the amount, no target.
    if (lower === 'to' && upToAfterBy(tokens, j - 1)) { j--; continue; }
    // At most a short noun phrase between marker and figure: "from a net profit of".
    if (!HEDGES.has(lower) && !BASE_FIRST.has(lower) && !TARGET_WORDS.has(lower) && !AMOUNT_WORDS.has(lower) && ++content > 2) break;
    for (const words of BASE_FIRST.get(lower) ?? []) if (words.every((w, n) => tokens[j + n]?.lower === w)) return 'base';
    if (lower === 'compared' || lower === 'versus' || lower === 'vs' || lower === 'against') return 'base';
    if (TARGET_WORDS.has(lower)) return 'target';
    if (AMOUNT_WORDS.has(lower)) return 'amount';
    if (lower === 'of') weak ??= 'amount';
  }
  return weak;
}

/** Counts no figure is read from that a percentage may restate: index points, and jobs cut ("cut 250 jobs, or 18% of its workforce"). */
const RESTATED_COUNTS: ReadonlySet<string> = new Set(['points', 'point', 'jobs', 'job', 'positions', 'roles', 'employees', 'workers', 'staff', 'people']);

/**
 * "34 points, or" (or "12.5 points or"), "about 250 jobs, or" from `from` to `to`: an index move
 * in points or a count of jobs, restated after "or" (a hedge may open it, and one may follow "or":
 * "shed 350 jobs, or roughly 18% of its workforce").
 */
const pointsThenOr = (tokens: readonly Tok[], from: number, to: number): boolean => {
  const hedge = tokens[from]?.kind === 'word' && HEDGES.has(tokens[from]!.lower) ? 1 : 0;
  const comma = tokens[from + hedge + 2]?.text === ',' ? 1 : 0;
  const tail = tokens[to - 1]?.kind === 'word' && tokens[to - 2]?.lower === 'or' && HEDGES.has(tokens[to - 1]!.lower) ? 1 : 0;
  return to - from === 3 + hedge + comma + tail && tokens[from + hedge]!.kind === 'number' && RESTATED_COUNTS.has(tokens[from + hedge + 1]!.lower) && tokens[to - 1 - tail]!.lower === 'or';
};

/** "up to" at token `j` right after "by": "by up to 1.5 percentage points" bounds an amount. */
const upToAfterBy = (tokens: readonly Tok[], j: number): boolean => tokens[j]?.lower === 'up' && tokens[j + 1]?.lower === 'to' && tokens[j - 1]?.lower === 'by';

/**
 * "by" right before the figure, past at most three hedges: "lowered rates by a cumulative 725
 * basis points", "cut it by about 1%" (the object between verb and "by" is no hedge).
 */
const byBefore = (tokens: readonly Tok[], k: number): boolean => {
  let j = k - 1;
  while (j > k - 4 && tokens[j]?.kind === 'word' && HEDGES.has(tokens[j]!.lower)) j--;
  // ("by up to 1.5 percentage points")
  if (tokens[j]?.lower === 'to' && upToAfterBy(tokens, j - 1)) j -= 2;
  return tokens[j]?.lower === 'by';
};

/** Nouns of the most a share may move in a session: "the daily limit", "its upper limit". */
const LIMIT_NOUNS: ReadonlySet<string> = new Set(['limit', 'cap', 'maximum']);

/**
 * "slid by the daily limit of 10%", "rose by its 20% limit" written "by its upper limit of 20%":
 * from `from` (right after the verb), "by", a determiner and at most two words, the noun of a
 * limit and "of" before the figure at `k`: the move's amount.
 */
function byLimitOf(tokens: readonly Tok[], from: number, k: number): boolean {
  if (tokens[from]?.lower !== 'by' || tokens[k - 1]?.lower !== 'of' || !LIMIT_NOUNS.has(tokens[k - 2]?.lower ?? '') || k - from > 6) return false;
  for (let j = from + 1; j < k - 2; j++) if (tokens[j]!.kind !== 'word') return false;
  return true;
}

const onlyHedges = (tokens: readonly Tok[], from: number, to: number): boolean => {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || !(HEDGES.has(t.lower) || AMOUNT_WORDS.has(t.lower))) return false;
  }
  return true;
};

/**
 * "Net income was $5.8 billion, or $2.32 per share, up from …": the whole amount a per-share
 * level restates after ", or" reached the same level, so it plays the same part.
 */
function restatedBefore(tokens: readonly Tok[], comma: number, level: Tok): Tok | undefined {
  if (level.figure?.kind !== 'money') return undefined;
  // (The level is within the eight tokens before the comma: levelBefore.)
  let j = comma - 1;
  while (j >= 0 && j >= comma - 8 && tokens[j] !== level) j--;
  if (j < 2 || tokens[j] !== level || tokens[j - 1]?.lower !== 'or') return undefined;
  const k = tokens[j - 2]?.text === ',' ? j - 3 : j - 2;
  const t = tokens[k];
  return isAmountFigure(t) && t.figure.kind === 'money' ? t : undefined;
}

/**
 * The level a change after a comma refers to: the amount figure before token `comma`,
 * over a short tail of words and periods ("£2.4 billion for the year ended March 31, down 9%").
 */
function levelBefore(tokens: readonly Tok[], comma: number): Tok | undefined {
  let aside = false;
  // Not a figure in brackets: "GBP742.6m (H1 2025: GBP701.3m), up 5.9%" is the level outside them.
  for (let j = comma - 1, depth = 0; j >= 0 && j >= comma - 8; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && (t.text === ')' || t.text === '(')) {
      depth = t.text === ')' ? depth + 1 : Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0) continue;
    // (Past such a period, only an amount of money: "1.22 billion baht, or 7.8 pct of total
    // turnover, in the January/February period, up from 347 mln baht" moved the baht, not the share.)
    if (isAmountFigure(t)) return aside && t.figure.kind !== 'money' ? undefined : t;
    // ("$5.4 billion, or $1.88 per share, on Tuesday, down 9%", "…, in the three months ended
    // March 31, up from …": once past a period set off by commas, when it was said or the results' months.)
    if (t.text === ',' && !aside && periodAside(tokens, j + 1, comma)) { aside = true; continue; }
    if (t.kind === 'punct') return undefined;
    // ("earned A$76 million before interest and tax, up 12%": the "and" of a measure's name joins no clause.)
    if (t.kind === 'word' && isVerbLike(t.lower) && !(t.lower === 'and' && tokens[j - 1]?.lower === 'interest' && /^tax(?:es)?$/.test(tokens[j + 1]?.lower ?? ''))) return undefined;
  }
  return undefined;
}
/** Words of a period set off by commas: "on Tuesday", "in the three months ended March 31". */
const ASIDE_PERIOD_WORDS: ReadonlySet<string> = new Set(['on', 'in', 'for', 'during', 'over', 'the']);

/** Tokens [from, to) are only a period and its preposition: ", on Tuesday,", ", in the quarter ended May 31,". */
function periodAside(tokens: readonly Tok[], from: number, to: number): boolean {
  let period = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.figure?.kind === 'period') period = true;
    else if (t.kind !== 'word' || !ASIDE_PERIOD_WORDS.has(t.lower)) return false;
  }
  return period;
}

const isVerbLike = (lower: string): boolean => lower === 'and' || lower === 'but' || lower === 'while' || lower === 'said' || lower === 'says';

const NOT_IN_OBJECT = new Set(['in', 'on', 'for', 'at', 'and', 'or', 'but', 'while', 'than', 'as', 'with', 'after', 'before', 'since']);
const shortObject = (tokens: readonly Tok[], from: number, to: number): boolean => {
  if (to - from > 4) return false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || NOT_IN_OBJECT.has(t.lower) || TARGET_WORDS.has(t.lower) || BASE_FIRST.has(t.lower)) return false;
  }
  return true;
};

/** The exact value of a single amount or percentage (not a range), with what makes two comparable. */
function valueOf(f: Figure): { value: string; unit: string } | undefined {
  if (f.kind === 'money') return f.amountMaxExact === undefined && f.currency ? { value: f.amountExact, unit: `${f.currency}/${f.per ?? ''}` } : undefined;
  if (f.kind === 'percent') return f.valueMaxExact === undefined ? { value: f.valueExact, unit: f.unit } : undefined;
  return undefined;
}

/** Verbs that say a measure got better or worse, not which way it moved: a cost ratio improves by falling. */
const JUDGING: ReadonlySet<string> = new Set(['improve', 'improves', 'improved', 'improving', 'worsen', 'worsens', 'worsened', 'worsening', 'deteriorate', 'deteriorates', 'deteriorated', 'deteriorating']);

/** Words of measures that improve by falling: "combined ratio", "cost-income ratio", "NPA ratio", "unemployment". */
const LOWER_IS_BETTER: ReadonlySet<string> = new Set(['cost-income', 'cost-to-income', 'npa', 'npas', 'npl', 'npls', 'nonperforming', 'non-performing', 'delinquency', 'delinquencies', 'unemployment', 'jobless', 'deficit']);

/** Such a measure named in the few words before the cue at `k`, in its clause ("combined" only as "combined ratio"; not a "coverage ratio"). */
function lowerIsBetterBefore(tokens: readonly Tok[], k: number): boolean {
  for (let j = k - 1, stop = k - 5; j >= 0 && j >= stop; j--) {
    const t = tokens[j]!;
    // ("The combined ratio, a gauge of underwriting where below 100% means a profit, improved":
    // past a description set off by commas, to the measure it describes.)
    if (t.text === ',' && j === k - 1) {
      const open = asideOpening(tokens, j);
      if (open > 0) {
        j = open;
        stop = open - 5;
        continue;
      }
    }
    if (t.kind !== 'word' && !(t.kind === 'punct' && t.text === '/')) return false;
    if (t.lower === 'coverage') return false;
    if (LOWER_BETTER_RATIOS.has(t.lower) && tokens[j + 1]?.lower === 'ratio') return true;
    // "cost/income ratio", "cost to income ratio"
    if (LOWER_IS_BETTER.has(t.lower) || (t.lower === 'income' && tokens[j - 1]?.lower !== 'net' && (tokens[j - 2]?.lower === 'cost' || tokens[j - 1]?.lower === 'cost'))) return true;
  }
  return false;
}

/** The comma opening a description that the comma at `close` ends (", a key measure of …,", ", which excludes …,"), within 30 tokens; else -1. */
function asideOpening(tokens: readonly Tok[], close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - 30; j--) {
    const t = tokens[j]!;
    if (t.text === ',') return ASIDE_OPENERS.has(tokens[j + 1]?.lower ?? '') ? j : -1;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '%') return -1;
  }
  return -1;
}
/** Words that open a description set off by commas: ", a gauge of …,", ", which excludes catastrophes,". */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'which']);

/** `up`/`down` when a change has a target and a base of the same unit that differ, and no amount; else undefined. */
function directionOfValues(members: ReadonlyMap<Figure, ChangeRole>): ChangeDirection | undefined {
  let target: Figure | undefined, base: Figure | undefined;
  for (const [f, role] of members) {
    if (role === 'amount') return undefined;
    if (role === 'target') target ??= f;
    else if (role === 'base') base ??= f;
  }
  const t = target && valueOf(target), b = base && valueOf(base);
  // Negative amounts (accounting parentheses) are losses: a smaller one is a narrower loss.
  if (!t || !b || t.unit !== b.unit || t.value.startsWith('-') || b.value.startsWith('-')) return undefined;
  const c = compareDecimal(t.value, b.value);
  return c > 0 ? 'up' : c < 0 ? 'down' : undefined;
}

/** Before the comma at `comma`: "3p, or 1.2%" — an amount restated as a percentage. */
const isRestatedMove = (tokens: readonly Tok[], comma: number): boolean => {
  const pct = tokens[comma - 1];
  return isAmountFigure(pct) && pct.figure.kind === 'percent' && tokens[comma - 2]?.lower === 'or' && tokens[comma - 3]?.text === ',' && isAmountFigure(tokens[comma - 4]);
};

/** Comparatives that make money before them the amount of a move when a period follows "than". */
const MONEY_COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'higher', 'lower']);

/** Words of a forecast after "more than" / "less than": "fell more than expected", "rose less than economists forecast". */
const EXPECTATION_WORDS: ReadonlySet<string> = new Set(['expected', 'forecast', 'forecasted', 'anticipated', 'predicted', 'estimated', 'projected', 'feared', 'hoped', 'thought', 'planned', 'targeted', 'consensus']);

/**
 * "more than expected" / "less than forecast" at `i` after a verb (perhaps "than economists had
 * expected"): a hedge of the verb, no change cue ("5 pct less than forecast" still is one).
 */
const isHedgingComparison = (tokens: readonly Tok[], i: number): boolean => {
  if ((tokens[i]!.lower !== 'more' && tokens[i]!.lower !== 'less') || tokens[i + 1]?.lower !== 'than' || tokens[i - 1]?.kind !== 'word') return false;
  for (let j = i + 2; j <= i + 4; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') return false;
    if (EXPECTATION_WORDS.has(t.lower)) return true;
  }
  return false;
};

/** Comparatives that say a level moved after it ("0.2% firmer") but describe a noun before one ("firmer margins"). */
const ATTRIBUTIVE_COMPARATIVES: ReadonlySet<string> = new Set(['firmer', 'stronger', 'weaker', 'softer']);

/** Participles after a move that measure something else: "…, valuing the bank at S$62 billion", "…, giving it a market value of $4bn". */
const OTHER_MEASURE_PARTICIPLES: ReadonlySet<string> = new Set(['valuing', 'giving', 'implying', 'equating']);

/** Participles that open a statement of its own after a comma: "…, saying demand had weakened", "…, citing higher costs". */
const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'adding', 'citing', 'noting', 'warning', 'blaming', 'explaining', 'arguing']);

/** Participles that open a running total after a comma: "…, taking the total to 23.75p", "…, bringing its full-year payout to 30p". */
const TOTAL_PARTICIPLES: ReadonlySet<string> = new Set(['taking', 'bringing']);
/** Nouns of a running total. */
const RUNNING_TOTAL_NOUNS: ReadonlySet<string> = new Set(['total', 'tally', 'full-year', 'cumulative']);

/**
 * "taking the total payout for 2016 to 23.75p", "bringing its full-year dividend to 30p": at `k`, a
 * participle of {@link TOTAL_PARTICIPLES} and, within four words and before any figure, a noun of a
 * running total. The figure it leads to adds up the year; the change before the comma did not
 * reach it.
 */
function runningTotalAt(tokens: readonly Tok[], k: number): boolean {
  if (!TOTAL_PARTICIPLES.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (RUNNING_TOTAL_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** "with net profit of 43 mln": past at most six words from `k`, a figure right after "of". */
function withLevelOf(tokens: readonly Tok[], k: number): boolean {
  let j = k;
  while (j < k + 6 && tokens[j]?.kind === 'word') j++;
  return isAmountFigure(tokens[j]) && tokens[j - 1]?.lower === 'of';
}

/** Articles that make the word after them a noun: "the top of the band". */
const ARTICLES_BEFORE_NOUN: ReadonlySet<string> = new Set(['the', 'a', 'its', 'their']);

/** Words after a change noun that make it the name of a measure: "growth rate", "growth forecast". */
const MEASURE_AFTER_NOUN: ReadonlySet<string> = new Set(['rate', 'rates', 'forecast', 'forecasts', 'target', 'targets', 'estimate', 'estimates', 'outlook', 'guidance', 'projection', 'projections']);

/** Whether `next`, a noun cue, follows the figure at `k` past words that only say what changed ("18% profit fall"). */
function nounCueRightAfter(tokens: readonly Tok[], k: number, next: { from: number; to: number; rows: ChangeRow[] } | undefined): boolean {
  if (!next || next.from <= k || next.from - k > 4 || !next.rows.some((r) => r.form === 'noun')) return false;
  // ("slow to a 2.25 pct growth rate": the noun names the measure the verb moves.)
  const after = tokens[next.to];
  if (after?.kind === 'word' && MEASURE_AFTER_NOUN.has(after.lower)) return false;
  for (let j = k + 1; j < next.from; j++) if (tokens[j]!.kind !== 'word' || !CHANGE_NOUN_MODIFIERS.has(tokens[j]!.lower)) return false;
  return true;
}

/** Words after "ahead of" / "behind" that name a level compared with: "ahead of the 1986 pace", "behind last year". */
const AHEAD_BASES: ReadonlySet<string> = new Set(['last', 'previous', 'prior', 'same', 'year-earlier', 'year-ago', 'pace', 'record', 'level', 'levels', 'target', 'targets', 'forecast', 'forecasts',
  'estimate', 'estimates', 'expectations', 'consensus', 'budget', 'plan', 'guidance', 'year', 'period', 'quarter', 'month', 'week', 'weekend', 'season']);

/**
 * "11% ahead of 2024", "5% behind last year's pace": "ahead"/"behind" right after a percentage
 * compare it with a base (a period, or a word of a level, within four words), not a time ("ahead
 * of the meeting").
 */
function aheadOfBase(tokens: readonly Tok[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev?.figure || prev.figure.kind !== 'percent') return false;
  let k = i + 1;
  if (tokens[i]!.lower === 'ahead') {
    if (tokens[k]?.lower !== 'of') return false;
    k++;
  }
  for (let n = k; n < k + 4 && n < tokens.length && tokens[n]!.clause === tokens[i]!.clause; n++) {
    const t = tokens[n]!;
    if (t.figure?.kind === 'period' || AHEAD_BASES.has(t.lower.replace(/'s$/, ''))) return true;
  }
  return false;
}

/** A period figure in the clause of token `k - 1`, from token `k` to the clause's end (a bounded window). */
function periodLaterInClause(tokens: readonly Tok[], k: number): boolean {
  const clause = tokens[k - 1]!.clause;
  for (let j = k; j < tokens.length && j < k + 16 && tokens[j]!.clause === clause; j++) if (tokens[j]!.figure?.kind === 'period') return true;
  return false;
}

/** Noun cues that also name a measure: "sales growth". */
const MEASURE_NOUNS: ReadonlySet<string> = new Set(['growth']);
/** How far back in its clause a verb of change may be for a measure noun to be its object. */
const OBJECT_REACH = 16;

/** A verb cue earlier in the clause of token `i`, within {@link OBJECT_REACH} tokens: "reduce … sales growth by". */
function verbCueBefore(tokens: readonly Tok[], cues: readonly { from: number; to: number; rows: readonly ChangeRow[] }[], i: number): boolean {
  const c = cues[cues.length - 1];
  return !!c && i - c.to <= OBJECT_REACH && c.rows.some((r) => r.form === 'verb') && tokens[c.from]!.clause === tokens[i]!.clause;
}

/** The row of verbs that turn to a result: "swung", "turned" (and "reversing", read by {@link turnedFrom}). */
const TURNING_ROW: ChangeRow = CHANGE_ROWS.find((r) => r.id === 'toward.verb')!;

/**
 * "from a loss of $212 million", "a loss of 96 billion pesos" after a participle at `to`: the
 * result turned from, as the direction of the level before (up from a loss), and its amount's token.
 */
function turnedFrom(tokens: readonly Tok[], to: number): { direction: ChangeDirection; base: number } | undefined {
  let k = tokens[to]?.lower === 'from' ? to + 1 : to;
  let result: ChangeDirection | undefined;
  for (const end = k + 4; k < end && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return undefined;
    if (Object.hasOwn(TOWARD_RESULTS, t.lower)) {
      result = TOWARD_RESULTS[t.lower];
      k++;
      break;
    }
    if (!RESULT_SKIP.has(t.lower)) return undefined;
  }
  if (!result || tokens[k]?.lower !== 'of') return undefined;
  const base = hedgedAfter(tokens, k + 1);
  return isAmountFigure(tokens[base]) && tokens[base]!.figure!.kind === 'money' ? { direction: result === 'up' ? 'down' : 'up', base } : undefined;
}

/** Whether one of `words` comes before token `i` in its clause (a cue's `after`). */
function wordBeforeInClause(tokens: readonly Tok[], i: number, words: readonly string[]): boolean {
  const clause = tokens[i]!.clause;
  for (let k = i - 1; k >= 0 && k >= i - 12 && tokens[k]!.clause === clause; k--) if (words.includes(tokens[k]!.lower)) return true;
  return false;
}

/** The change groups of a sentence; a figure belongs to at most one. */
export function findChanges(tokens: readonly Tok[]): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  const taken = new Set<Figure>();
  const cues: { from: number; to: number; rows: ChangeRow[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // ("net income of $412m, reversing a loss of $96m": no cue elsewhere, "reversing a weaker trend".)
    if (tokens[i]!.lower === 'reversing' && tokens[i - 1]?.text === ',' && turnedFrom(tokens, i + 1)) {
      cues.push({ from: i, to: i + 1, rows: [TURNING_ROW] });
      continue;
    }
    const ms: CueMatch<ChangeRow>[] = changeCuesAt(tokens, i).filter((m) => !m.row.after || wordBeforeInClause(tokens, i, m.row.after));
    if (!ms.length) continue;
    // "fell more than expected to 3.0%", "rose less than forecast": a comparison with a forecast
    // that hedges the verb before it, not a cue of its own ("10% more than a year ago" still is).
    if (isHedgingComparison(tokens, i)) continue;
    // "rose 2% ahead of the vote": "ahead" of an event is a time, no move.
    if ((tokens[i]!.lower === 'ahead' || tokens[i]!.lower === 'behind') && !aheadOfBase(tokens, i)) continue;
    // "on firmer interest margins", "a weaker rupee": a comparative before its noun describes it.
    if (ATTRIBUTIVE_COMPARATIVES.has(tokens[i]!.lower) && tokens[i + 1]?.kind === 'word') continue;
    // "the Advanced Planning System", "its Rising Star range", "the Desk Top Financial Planning
    // System": a capitalised cue between a determiner or a capitalised word and another
    // capitalised word is part of a name, no move.
    if (inName(tokens, i)) continue;
    // "trimmed mean inflation": the name of a measure of core inflation, no cut.
    if (tokens[i]!.lower === 'trimmed' && tokens[i + 1]?.lower === 'mean') continue;
    // "at the top of the price band", "the top end of the range": a noun after an article, no verb.
    if (tokens[i]!.lower === 'top' && ARTICLES_BEFORE_NOUN.has(tokens[i - 1]?.lower ?? '')) continue;
    // "gained more than 20%", "fell by less than 2%", "rose to more than $5bn": right after a verb
    // of change (and its marker), "more than" hedges the figure, no cue of its own.
    const last = cues[cues.length - 1];
    if ((tokens[i]!.lower === 'more' || tokens[i]!.lower === 'less') && tokens[i + 1]?.lower === 'than' && last
      && (last.to === i || (last.to === i - 1 && (tokens[i - 1]!.lower === 'by' || tokens[i - 1]!.lower === 'to')))) continue;
    // ("reduce its margin by up to 1.5 points": "up to" after "by" bounds the amount, no move.)
    if (upToAfterBy(tokens, i)) continue;
    // "will reduce full-year sales growth by about 4 percentage points": growth that a verb of
    // change before it moves "by" an amount names the measure, no move of its own.
    if (MEASURE_NOUNS.has(tokens[i]!.lower) && tokens[ms[0]!.to]?.lower === 'by' && verbCueBefore(tokens, cues, i)) continue;
    // So does a noun cue that names a forecast or a rate the verb before it moves ("lowered its
    // GDP growth forecast for 2025-26 to 6.7%": the forecast went down, whatever "growth" says).
    if (ms.every((m) => m.row.form === 'noun') && tokens[ms[0]!.to]?.kind === 'word' && MEASURE_AFTER_NOUN.has(tokens[ms[0]!.to]!.lower) && verbCueBefore(tokens, cues, i)) continue;
    cues.push({ from: i, to: ms[0]!.to, rows: ms.map((m) => m.row) });
    i = ms[0]!.to - 1;
  }
  for (let c = 0; c < cues.length; c++) {
    const { from, to, rows } = cues[c]!;
    const cue = tokens[from]!;
    const limit = Math.min(cues[c + 1]?.from ?? tokens.length, tokens.length, to + 30);
    const onlyAdverb = rows.every((r) => r.form === 'adverb');
    const canTakeBefore = rows.some((r) => r.form === 'noun' || r.form === 'adverb');
    const needsMarker = rows.every((r) => r.needsMarker || r.form === 'adverb');
    const members = new Map<Figure, ChangeRole>();
    const add = (t: Tok | undefined, role: ChangeRole): void => {
      if (!isAmountFigure(t) || taken.has(t.figure) || members.has(t.figure)) return;
      members.set(t.figure, role);
    };

    // ", swinging from a loss of $212 million", ", reversing a loss of 96 billion pesos": a participle
    // after a level says the level turned from the opposite result, the one after "of" its base.
    const turned = tokens[from - 1]?.text === ',' && cue.lower.endsWith('ing') ? turnedFrom(tokens, to) : undefined;
    if (turned) {
      add(levelBefore(tokens, from - 1), 'target');
      add(tokens[turned.base], 'base');
      if (members.size === 2) {
        for (const f of members.keys()) taken.add(f);
        groups.push({ direction: turned.direction, cue, from, to, rows, members });
      }
      continue;
    }
    if (cue.lower.startsWith('add') && REPORTED_AFTER_ADD.has(tokens[to]?.lower ?? '')) continue;
    if (isBookedGain(tokens, from, to)) continue;
    const toward = towardResult(tokens, to);
    const fixed = rows.find((r) => r.direction !== 'toward')?.direction as ChangeDirection | undefined;
    const direction = toward?.direction ?? fixed ?? awayFromBase(tokens, to);
    if (!direction) continue; // "turned" without "to a profit/loss" says nothing

    if (onlyAdverb) {
      // "up 10%", "10% higher", "$5bn, up 10%", "$5bn, down about 4%" (past a hedge)
      // Only after a comma, a figure or "is"/"were": not the particle of another verb ("make up
      // about 10%", "pay down some $25m"; the lexicon does not know every verb).
      const prev = tokens[from - 1];
      let n = to;
      // ("sending its shares down as much as 19%": the shares moved, so a hedge may follow too.)
      // (Nor after the measure's own noun, as headlines and guidance write it: "sees revenue up as
      // much as 4%", "Profit up nearly 10%"; not a verb's particle, "make up about 10%".)
      const measure = prev?.kind === 'word' && !prev.cap && metricIndex().has(prev.lower) && !isVerb(prev.lower);
      // ("is still down about 11% this year", "are now up roughly 30%": an adverb of time after "is".)
      const beStill = prev?.kind === 'word' && BE_ADVERBS.has(prev.lower) && BE_FORMS.has(tokens[from - 2]?.lower ?? '');
      if (prev && (prev.kind === 'figure' || prev.text === ',' || BE_FORMS.has(prev.lower) || STAY_VERBS.has(prev.lower) || beStill || prev.lower === "'s" || MOVED_SHARES.has(prev.lower) || measure)) {
        // ("showed pretax profits up by 57 pct", "shares were down by about 4%": "by" the size.)
        if (tokens[n]?.lower === 'by') n++;
        while (n < to + 4 && tokens[n]?.kind === 'word' && ADVERB_HEDGES.has(tokens[n]!.lower)) n++;
      }
      const next = isAmountFigure(tokens[n]) ? tokens[n] : tokens[to];
      // "racks up $790M" is a phrasal verb, not a change.
      // ("made up 41% of revenue": a share of the whole, of any kind of figure.)
      const phrasal = prev?.kind === 'word' && ((next?.figure?.kind === 'money' && isPhrasalVerb(prev.lower, cue.lower)) || (cue.lower === 'up' && MAKE_UP_VERBS.has(prev.lower)));
      if (PRE_ADVERBS.has(cue.lower) && isAmountFigure(next) && !phrasal) {
        add(next, 'amount');
        // "$5bn, up 10%": the level before the comma reached this.
        // ("$5.4 billion, or $1.88 per share, on Tuesday, down 9%": and the whole amount a
        // per-share level restates.)
        if (prev?.text === ',') {
          const level = levelBefore(tokens, from - 1);
          add(level, 'target');
          if (level) add(restatedBefore(tokens, from - 1, level), 'target');
        } else if (isAmountFigure(prev)) add(prev, 'target');
        // "with Acme up 1.7% at 81,300 won", "spot gold down 0.4% at $2,345": the level after "at"/"to".
        else {
          const k = isAmountFigure(tokens[n]) ? n : to;
          const marker = tokens[k + 1]?.lower;
          // (Past a hedge: "pushed the average price down 7% to about 286,000 yuan".)
          const level = hedgedAfter(tokens, k + 2);
          if ((marker === 'at' || marker === 'to') && isAmountFigure(tokens[level])) add(tokens[level], 'target');
        }
        // "285 billion yen, up 11% from 256.8 billion yen": the level it moved from, after the amount.
        // (Not one whose clause goes on to a period, "from the 164.7 mln dlrs reported for February
        // 1986": read as a compared figure, it keeps that period.)
        const k = isAmountFigure(tokens[n]) ? n : to;
        const b = tokens[k + 1]?.lower === 'from' && tokens[k + 1]!.clause === cue.clause ? baseAfterFrom(tokens, k + 2) : -1;
        if (b >= 0 && isAmountFigure(tokens[b]) && !periodLaterInClause(tokens, b + 1)) add(tokens[b], 'base');
      } else if (PRE_ADVERBS.has(cue.lower) && (next?.lower === 'from' || next?.lower === 'against') && isAmountFigure(tokens[baseAfterFrom(tokens, to + 1)]) && prev?.text === ',') {
        // "€0.05 per share, down from €0.19": the level before the comma, and its base
        // (also past its owner: "up from its €2.10", "up from Lumeris's €2.10").
        const level = levelBefore(tokens, from - 1);
        if (!level) continue;
        // (The whole amount first: a base shares the metric of the first member tied to one.)
        add(restatedBefore(tokens, from - 1, level), 'target');
        add(level, 'target');
        add(tokens[baseAfterFrom(tokens, to + 1)], 'base');
      } else if (isAmountFigure(prev) && prev.figure.kind === 'percent') {
        // "a margin of 7/8 pct above Libor" is a spread over a benchmark, not a change.
        if (next?.kind === 'word' && SPREAD_BENCHMARKS.has(next.lower)) continue;
        add(prev, 'amount');
        // "closed 1.6% higher at A$41.20": the level it reached.
        if ((next?.lower === 'at' || next?.lower === 'to') && isAmountFigure(tokens[to + 1])) add(tokens[to + 1], 'target');
        // "an interim dividend of 3.6p per share, 2.9% higher than a year earlier": the level before the comma.
        // (Not when a period follows the adverb, "net income was 106.9 mln dlrs, three pct below
        // 1985": the level's own period is then read as that one.)
        else if (tokens[from - 2]?.text === ',' && tokens[to]?.figure?.kind !== 'period') add(levelBefore(tokens, from - 2), 'target');
      } else if (isAmountFigure(prev) && prev.figure.kind === 'money' && (cue.lower === 'higher' || cue.lower === 'lower')
        && (next?.lower === 'at' || next?.lower === 'to') && isAmountFigure(tokens[to + 1])) {
        // "closed 1.4p higher at 212.6p": a move in money, then the level it reached.
        add(prev, 'amount');
        add(tokens[to + 1], 'target');
      } else if (isAmountFigure(prev) && prev.figure.kind === 'money' && MONEY_COMPARATIVES.has(cue.lower) && next?.lower === 'than' && tokens[to + (tokens[to + 1]?.lower === 'in' ? 2 : 1)]?.figure?.kind === 'period') {
        // "£1.3 billion less than a year earlier", "$40 million more than in 2024": the amount of
        // a move from the period compared with.
        add(prev, 'amount');
      } else if (cue.lower === 'down' && tokens[to]?.lower === 'to' && isAmountFigure(tokens[hedgedAfter(tokens, to + 1)])) {
        // "sending assets under management down to £761bn", "its load factor was down to 52.2
        // pct", "revised its forecast down to around 700 mln stg": the level it fell to. (Not "up
        // to", which is a limit. A base after "from" is left as it was read: "revised down to 1.9
        // billion stg from 2.25 billion" is the same quarter's earlier estimate.)
        add(tokens[hedgedAfter(tokens, to + 1)], 'target');
      } else if (prev?.text === ',' && isRestatedMove(tokens, from - 1)) {
        // "closed 3p, or 1.2%, higher at 250p": the move in money and in percent, then the level.
        add(tokens[from - 2], 'amount');
        add(tokens[from - 5], 'amount');
        if ((next?.lower === 'at' || next?.lower === 'to') && isAmountFigure(tokens[to + 1])) add(tokens[to + 1], 'target');
      } else continue;
    } else {
      // A figure right before a noun cue: "a 27% drop", "a $5m rise".
      if (canTakeBefore) {
        let k = from - 1;
        let periodSkipped = false;
        while (k >= 0) {
          if (tokens[k]!.kind === 'word' && CHANGE_NOUN_MODIFIERS.has(tokens[k]!.lower)) k--;
          // "a 5% first-quarter rise", "a 1.9 pct January increase": the period the move was over.
          else if (!periodSkipped && tokens[k]!.figure?.kind === 'period' && isAmountFigure(tokens[k - 1])) { periodSkipped = true; k--; }
          // "a 9.2% year-on-year (YoY) rise": the basis's abbreviation in brackets.
          else if (tokens[k]!.text === ')' && tokens[k - 2]?.text === '(' && BASIS_WORDS.has(tokens[k - 1]?.lower ?? '')) k -= 3;
          else break;
        }
        // "100 bps of cuts", "50 basis points of hikes": points before "of" are the size of the move
        // (a percentage is a share of it: "30% of growth").
        const points = tokens[k - 1]?.figure;
        if (tokens[k]?.lower === 'of' && rows.some((r) => r.form === 'noun') && points?.kind === 'percent' && points.unit !== 'percent') k--;
        // "two billion dlrs of cuts", "A$17.1 billion of income tax cuts": money before "of" (and a
        // noun or two of what moves) is the size of the move.
        // (Not a gain booked: "another 3.8 mln dlrs of gain from the sale will be recognized".)
        else if (rows.some((r) => r.form === 'noun') && cue.lower !== 'gain' && cue.lower !== 'gains') {
          let j = k;
          while (j > k - 2 && tokens[j]?.kind === 'word' && !tokens[j]!.cap && !isFunctionWord(tokens[j]!.lower)) j--;
          if (tokens[j]?.lower === 'of' && tokens[j - 1]?.figure?.kind === 'money') k = j - 1;
        }
        if (isAmountFigure(tokens[k]) && tokens[k]!.clause === cue.clause) {
          add(tokens[k], 'amount');
          // "$5.5 billion in revenue, a 26% increase": the level before the comma reached it.
          let j = k - 1;
          if (tokens[j]?.kind === 'word' && (tokens[j]!.lower === 'a' || tokens[j]!.lower === 'an')) j--;
          if (tokens[j]?.text === ',') add(levelBefore(tokens, j), 'target');
        } else if (tokens[from - 1]?.text === ',' && rows.some((r) => r.form === 'adverb') && isRestatedMove(tokens, from - 1)) {
          // "ended 3p, or 1.2%, lower at 250p" ("lower" is a verb too).
          add(tokens[from - 2], 'amount');
          add(tokens[from - 5], 'amount');
        }
      }
      // "… above its range of $20 to $22, raising $864 million and valuing it at $6.3 billion":
      // a verb that needs a marker, with an amount of money right after it and no "to"/"from"
      // after that, is money raised (or added), no change of the figures around it.
      // (Past a hedge or "up to": "priced between $14 and $16 each, raising as much as $480 million".)
      let n = to;
      while (n < to + 3 && tokens[n]?.kind === 'word' && ADVERB_HEDGES.has(tokens[n]!.lower)) n++;
      if (n === to && tokens[n]?.lower === 'up' && tokens[n + 1]?.lower === 'to') n += 2;
      const next = tokens[n];
      if (needsMarker && !toward && isAmountFigure(next) && next.figure.kind === 'money' && !moveAfter(tokens, n + 1)) continue;
      // "a net loss of $48 million, narrowing from $112 million": a participle after a comma
      // says how the level before the comma changed.
      if (cue.lower.endsWith('ing') && tokens[from - 1]?.text === ',') add(levelBefore(tokens, from - 1), 'target');
      // "on revenue of £4.9bn, which was up 9%", "sales of €2bn, which rose 4%": so does a relative
      // clause right after the comma, its cue an adverb after "was" or a verb, when the level is
      // right before the comma and the clause gives only the change's amount (not "a loss of nine
      // mln guilders in 1985, which narrowed to 4.5 mln": there the level before is the base; nor
      // "a 5.4-pct stake in Van Lanschot, which lowered risk provisions": another measure).
      {
        const w = tokens[from - 1]?.lower === 'was' || tokens[from - 1]?.lower === 'were' ? from - 2 : from - 1;
        const a = tokens[to]?.lower === 'by' ? to + 1 : to;
        if (tokens[w]?.lower === 'which' && tokens[w - 1]?.text === ',' && isAmountFigure(tokens[w - 2]) && tokens[a]?.figure?.kind === 'percent' && tokens[a + 1]?.lower !== 'to'
          && (w < from - 1 ? rows.some((r) => r.form === 'adverb') : rows.some((r) => r.form === 'verb'))) add(tokens[w - 2], 'target');
      }
      // "a dividend of $0.31 per share, an increase of 6.9%": so does a noun of change after the
      // comma, with its amount after "of".
      if (rows.some((r) => r.form === 'noun') && tokens[to]?.lower === 'of' && (tokens[from - 1]?.lower === 'a' || tokens[from - 1]?.lower === 'an') && tokens[from - 2]?.text === ',') add(levelBefore(tokens, from - 2), 'target');
      // Figures after the cue, in its clause, until the next cue.
      const start = toward ? toward.end : to;
      // (A cue in a relative clause, ", which rose 2% to A$596 million, should come in at 58 basis
      // points": its figures end at the comma before the main clause's verb.)
      const relative = (tokens[from - 1]?.lower === 'which' && tokens[from - 2]?.text === ',') || (tokens[from - 2]?.lower === 'which' && tokens[from - 3]?.text === ',');
      let stoodBefore = false;
      for (let k = start; k < limit; k++) {
        const t = tokens[k]!;
        if (t.clause !== cue.clause) {
          // ("lifted its guidance for the 2025 financial year, which ends July 31, to 70-80 cents
          // from 60-75 cents": past a ", which …," clause the cue's clause goes on; tokens.ts.)
          const back = resumedAt(tokens, k, limit, cue.clause);
          if (back < 0) break;
          k = back - 1;
          continue;
        }
        if (t.kind === 'word' && k > start && SUBORDINATE_OPENERS.has(t.lower) && participleLevel(tokens, k + 1)) stoodBefore = true;
        // "slid 6.8% to 311p after warning that profit would come in at £510m": a clause of reason
        // or time after the move holds figures of its own ("at 712p after 697p" compares: a figure
        // right after "after" is the level before).
        // ("slow to 2.2% after reaching 2.8%", "after peaking at around 4.5%": a participle and a
        // figure right after it say where the measure stood before.)
        // ("a 28% drop in net profit after tax to US$4.1 billion": "after tax" names the measure, no clause.)
        if (t.kind === 'word' && k > start && SUBORDINATE_OPENERS.has(t.lower) && !isAmountFigure(tokens[k + 1]) && !participleLevel(tokens, k + 1) && !(t.lower === 'after' && AFTER_MEASURE.has(tokens[k + 1]?.lower ?? ''))) break;
        // ("fell 22% to $612 million as winter storms drove catastrophe losses to $480 million":
        // "as" and a word that opens a clause after the move's figures start a clause of reason.)
        if (t.kind === 'word' && t.lower === 'as' && k > start && members.size > 0 && tokens[k + 1]?.kind === 'word' && !AS_NOT_CLAUSE.has(tokens[k + 1]!.lower)) break;
        // "ended 0.5% lower at S$18.42, valuing the bank at S$62 billion": a participle after a comma
        // measures something else (not one that places the level: "leaving it at 120p").
        if (t.text === ',' && k > start && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.lower.endsWith('ing') && OTHER_MEASURE_PARTICIPLES.has(tokens[k + 1]!.lower)) break;
        // ("lifted its final dividend by 15% to 15.88p, taking the total payout for 2016 to 23.75p":
        // the running total after the comma is a sum, not the level the change reached.)
        if (t.text === ',' && k > start && runningTotalAt(tokens, k + 1)) break;
        // ("cut its outlook for 2015, saying it no longer expected to reach its target of EUR 23
        // billion": what is said after the comma is another statement, not the level cut to.)
        if (t.text === ',' && k > start && SPEECH_PARTICIPLES.has(tokens[k + 1]?.lower ?? '')) break;
        // "narrowed to 18% from 22.6%, with sales incentives running at 13.3% of revenue": ", with" and a
        // noun open a clause about another measure, whose figures are no part of this change (not one
        // that names the level reached: "returned to the black, with net profit of 43 mln francs").
        if (t.text === ',' && k > start && tokens[k + 1]?.lower === 'with' && tokens[k + 2]?.kind === 'word' && !withLevelOf(tokens, k + 2)) break;
        if (relative && t.text === ',' && k > start && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.cap && (isVerb(tokens[k + 1]!.lower) || MODAL_VERBS.has(tokens[k + 1]!.lower))) break;
        if (!isAmountFigure(t)) continue;
        if ([...members.keys()].some((f) => isEquivalent(f, t.figure))) continue; // a stated equivalent shares its partner's role
        if (stoodBefore) {
          add(t, 'base');
          stoodBefore = false;
          continue;
        }
        // "lifts final dividend despite 18% profit fall": a figure right before the next cue, a noun,
        // is that noun's amount.
        if (nounCueRightAfter(tokens, k, cues[c + 1])) continue;
        const marker = markerBefore(tokens, k, start);
        if (toward && members.size === 0 && marker !== 'base') add(t, 'target');
        else if (marker === 'base') add(t, 'base');
        else if (marker === 'target') add(t, 'target');
        else if (marker === 'amount' && (onlyHedges(tokens, start, k) || tokens[k - 2]?.lower === 'by' || byBefore(tokens, k) || byLimitOf(tokens, start, k))) add(t, 'amount');
        else if (marker === undefined && onlyHedges(tokens, start, k) && (!needsMarker || t.figure.kind === 'percent')) add(t, 'amount');
        // "lost 3.5 pence to 78.25 pence", "cut 5 cts to 20 cts": an amount followed by "to" and the new level
        // is the change's amount, even after a verb that needs a marker ("lost $5m" alone is a loss).
        // (Also past a percentage restating the amount: "Robusta added $162, or 2.9%, to $5,748 a tonne".)
        else if (marker === undefined && needsMarker && members.size === 0 && onlyHedges(tokens, start, k) && newLevelAfter(tokens, restatedPercentEnd(tokens, k + 1), t.figure.kind)) add(t, 'amount');
        // "A weaker yen added about ¥35 billion to operating profit": an amount added to a measure
        // is how much it grew ("added" alone is no move: "added $5m in fees").
        else if (marker === undefined && needsMarker && members.size === 0 && cue.lower.startsWith('add') && onlyHedges(tokens, start, k) && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.kind === 'word') add(t, 'amount');
        // "the index fell 34 points, or 1.9%": index points are no figure; the percentage restating them is the amount.
        else if (marker === undefined && t.figure.kind === 'percent' && members.size === 0 && pointsThenOr(tokens, start, k)) add(t, 'amount');
        // "lifted sales 18%", "cut its costs 10%": a short object, then the percentage.
        else if (marker === undefined && t.figure.kind === 'percent' && members.size === 0 && shortObject(tokens, start, k)) add(t, 'amount');
      }
    }
    if (!members.size) continue;
    for (const f of members.keys()) taken.add(f);
    // "cut its growth forecast to 1.1% from 1.4%", "the permitted reduction, to 10% from 5%":
    // a noun cue may name the measure rather than its move; a target and a base without an
    // amount then say which way it went. (A verb's or an amount's own direction stands.)
    // So does a verb that judges rather than measures: "the cost-income ratio improved to 41.2% from
    // 43.5%" went down.
    const judged = JUDGING.has(cue.lower);
    const stated = !toward && (rows.every((r) => r.form === 'noun') || judged) ? directionOfValues(members) : undefined;
    // "the combined ratio improved by 3.1 points": a measure that is better lower moved down.
    const better = !stated && judged && lowerIsBetterBefore(tokens, from) ? (direction === 'up' ? 'down' : 'up') : undefined;
    groups.push({ direction: stated ?? better ?? direction, cue, from, to, rows, result: toward?.word, members });
  }
  return groups;
}
