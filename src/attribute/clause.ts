/**
 * Small readings of a sentence's tokens around a figure that the attribute stage asks: does
 * its clause open with "it", is it compared with the figure before ("vs", "against a loss of"),
 * is it a part of it ("including"), which metric the sentence's subject or per-share cue names.
 */
import { metricCues } from './cues';
import type { MetricFound } from './metric';
import type { Tok } from './tokens';
import { BE_FORMS, COMPARED, COMPARED_GAP, isFunctionWord, isVerb, MODAL_VERBS, THAN_DETERMINERS } from './words';

/** The clause of the figure at `k` opens with "it"/"they" and that pronoun's verb comes next. */
export function opensWithIt(tokens: readonly Tok[], k: number): boolean {
  const clause = tokens[k]!.clause;
  let first = k;
  while (first > 0 && tokens[first - 1]!.clause === clause) first--;
  while (first < k && tokens[first]!.kind !== 'word') first++;
  if (tokens[first]?.kind === 'word' && (tokens[first]!.lower === 'and' || tokens[first]!.lower === 'but')) first++;
  const t = tokens[first];
  return !!t && (t.lower === 'it' || t.lower === 'they') && !!tokens[first + 1] && isVerb(tokens[first + 1]!.lower);
}

/**
 * "That translated into a 0.2% quarter-on-quarter decline", "This compared with 1.1% in May": the
 * figure's clause opens the sentence with "that" or "this" and a verb, standing for what the
 * sentence before measured.
 */
export function opensWithDemonstrative(tokens: readonly Tok[], k: number): boolean {
  const clause = tokens[k]!.clause;
  let first = k;
  while (first > 0 && tokens[first - 1]!.clause === clause) first--;
  while (first < k && tokens[first]!.kind !== 'word') first++;
  const t = tokens[first];
  return first === tokens.findIndex((x) => x.kind === 'word') && !!t && (t.lower === 'that' || t.lower === 'this') && !!tokens[first + 1] && tokens[first + 1]!.kind === 'word' && isVerb(tokens[first + 1]!.lower) && !isFunctionWord(tokens[first + 1]!.lower)
    // (Not a level or a total it states: "This is equivalent to 780p", "This brings the total to".)
    && !NOT_STANDING_FOR.has(tokens[first + 1]!.lower);
}

/** Verbs after "this"/"that" that state a level or a total of their own rather than restate a measure. */
const NOT_STANDING_FOR: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'brings', 'brought', 'bring', 'takes', 'took', 'leaves', 'left', 'makes', 'made', 'means', 'meant']);

/** The sentence's subject is "it" or "they", a verb right after: "It hit a record …". */
export function opensWithPronoun(tokens: readonly Tok[]): boolean {
  const first = tokens.findIndex((t) => t.kind === 'word');
  return first >= 0 && opensWithIt(tokens, first);
}

/** The metric named in a sentence's subject, before its first verb: "Initech's revenue declined". */
export function subjectMetric(text: string, tokens: readonly Tok[]): MetricFound | undefined {
  // ("It hit a record $2,450 in May": a sentence about "it" names no measure in its subject;
  // "hit" is its verb, not the charge a "hit" can be.)
  if (opensWithPronoun(tokens)) return undefined;
  const cues = metricCues(tokens);
  // (A cue word that is also a verb form is no verb, nor a measure's noun: "Aventine's shares rose
  // 11%. They had fallen 38%", "Acme shares were up 1.4%. They have risen 19% this year.")
  let verb = tokens.findIndex((t, i) => t.kind === 'word' && !t.cap && isVerb(t.lower) && !cues.some((c) => i >= c.from && i < c.to));
  if (verb < 0) verb = tokens.length;
  const cue = cues.find((c) => c.to <= verb && !c.row.percentOf);
  if (!cue) return undefined;
  const start = tokens[cue.from]!.start, end = tokens[cue.to - 1]!.end;
  return { metric: { category: cue.row.category, label: text.slice(start, end), span: { start, end } }, cue, why: '' };
}

/** The last dividend or earnings-per-share cue of a sentence. */
export function perShareCue(text: string, tokens: readonly Tok[]): MetricFound | undefined {
  const cue = metricCues(tokens).filter((c) => c.row.category === 'dividend' || c.row.category === 'eps').pop();
  if (!cue) return undefined;
  const start = tokens[cue.from]!.start, end = tokens[cue.to - 1]!.end;
  return { metric: { category: cue.row.category, label: text.slice(start, end), span: { start, end } }, cue, why: '' };
}

/**
 * "18.3% and 21.0%", "$182.3 million, or 16.5%": the figure at `k` comes right after the
 * figure at `j`, with one of `words` and perhaps a comma between.
 */
export function joinedTo(tokens: readonly Tok[], k: number, j: number, words: ReadonlySet<string>): boolean {
  if (!words.has(tokens[k - 1]?.lower ?? '')) return false;
  return tokens[k - 2]?.text === ',' ? k - 3 === j : k - 2 === j;
}

/**
 * "revenue of $78.0 billion, plus or minus 2%", "a margin of 75%, give or take 50 basis points":
 * the figure at `k` is the tolerance of the figure at `j` right before it, and measures the same.
 */
export function isToleranceOf(tokens: readonly Tok[], k: number, j: number): boolean {
  const w = (i: number): string => tokens[i]?.lower ?? '';
  if (w(k - 2) !== 'or' || !((w(k - 3) === 'plus' && w(k - 1) === 'minus') || (w(k - 3) === 'give' && w(k - 1) === 'take'))) return false;
  return tokens[k - 4]?.text === ',' ? k - 5 === j : k - 4 === j;
}

/**
 * Words saying on what basis a change is measured: "up 9.2% year-on-year and 2.6% sequentially",
 * "5.2% as reported", and a call's currency bases: "up 7% at constant exchange rates and 4%
 * reported", "2.1% sequentially in constant currency and 4.4% year-on-year", "9% at CER and 6%";
 * also a European report's bases written before the second figure: "up 6 per cent in reported
 * terms and 8 per cent at constant currency", "up 7% in Swiss francs and 9% in local currencies".
 */
const BASIS_WORDS: ReadonlySet<string> = new Set(['year-on-year', 'year-over-year', 'quarter-on-quarter', 'quarter-over-quarter', 'month-on-month', 'month-over-month',
  'sequentially', 'annually', 'yoy', 'qoq', 'organically', 'as', 'reported',
  'at', 'in', 'constant', 'exchange', 'rates', 'currency', 'currencies', 'cer', 'cc', 'fx-neutral', 'like-for-like', 'lfl', 'organic', 'basis', 'an', 'on',
  'terms', 'local', 'nominal', 'real', 'dollar', 'dollars', 'euro', 'euros', 'sterling', 'swiss', 'franc', 'francs', 'crown', 'crowns', 'kronor', 'yen']);

/**
 * The figure at token `k` is listed after the one at `j` ("19.1% and 22.4%"), perhaps past the
 * words of the first one's basis or period: "an increase of 5.2% as reported and 6.3% …", "up
 * 9.2% year-on-year and 2.6% quarter-on-quarter", "60,000 dlrs in quarter and 218,000 dlrs".
 */
export function listedAfter(tokens: readonly Tok[], k: number, j: number, words: ReadonlySet<string>): boolean {
  if (joinedTo(tokens, k, j, words)) return true;
  if (!words.has(tokens[k - 1]?.lower ?? '') || k - j > 8) return false;
  for (let i = j + 1; i < k - 1; i++) {
    const t = tokens[i]!;
    if (!BASIS_WORDS.has(t.lower) && !PERIOD_GAP.has(t.lower) && t.figure?.kind !== 'period') return false;
  }
  return k - j > 2;
}

/** Prepositions that open what an amount went on, or where: "$5m on research", "$200 million in Texas". */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'for', 'into', 'toward', 'towards']);
/** Words between "and" and a second amount of the same measure: "and another $3m", "and a further €2bn". */
const FURTHER_WORDS: ReadonlySet<string> = new Set(['another', 'further', 'additional', 'a', 'an']);
/** How many words the phrase after the first amount may have: "on research", "for its new plant in Ohio". */
const OBJECT_REACH = 6;

/**
 * "spent $5m on research and $3m on marketing", "invested $200 million in Texas and a further
 * $150 million in Ohio": the figure at `k` follows the one at `j` after "and", past a short
 * phrase of what the first went on or where (a preposition and a few words; no figure, no
 * punctuation, no verb of its own that would open another clause).
 */
export function listedPastObject(tokens: readonly Tok[], k: number, j: number): boolean {
  if (!OBJECT_PREPOSITIONS.has(tokens[j + 1]?.lower ?? '')) return false;
  let a = k - 1;
  while (a > j + 2 && k - a <= 2 && FURTHER_WORDS.has(tokens[a]!.lower)) a--;
  if (tokens[a]?.lower !== 'and' || a - j - 2 > OBJECT_REACH || a <= j + 2) return false;
  for (let i = j + 2; i < a; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.figure || BE_FORMS.has(t.lower) || MODAL_VERBS.has(t.lower) || (t.lower.endsWith('ed') && isVerb(t.lower)) || t.lower === 'and' || t.lower === 'or' || t.lower === 'said') return false;
  }
  return true;
}

/** Words that open the move a later one came after: "rose 3% in February after a 1.8% rise in January". */
const AFTER_WORDS: ReadonlySet<string> = new Set(['after', 'following']);
/** Words of an estimate between "after a" and the earlier move: "after a revised 2.3% gain". */
const REVISED_WORDS: ReadonlySet<string> = new Set(['revised', 'downwardly', 'upwardly', 'downward', 'upward', 'steep', 'sharp', 'modest', 'slight', 'small', 'big', 'record']);
/** How many tokens the later move's period may take between its figure and "after": "in February", "last month". */
const AFTER_REACH = 5;

/**
 * "Gasoline prices rose 5.5% last month after a 15.7% January rise": the figure at `k` is an
 * earlier move of what moved at `j`, after "after a" (or "following a"), past the first move's
 * period, in the same clause (or set off by a comma).
 */
export function earlierMoveOf(tokens: readonly Tok[], k: number, j: number): boolean {
  let a = k - 1;
  if (REVISED_WORDS.has(tokens[a]?.lower ?? '')) a--;
  if (REVISED_WORDS.has(tokens[a]?.lower ?? '')) a--;
  if (tokens[a]?.lower !== 'a' && tokens[a]?.lower !== 'an') return false;
  a--;
  if (!AFTER_WORDS.has(tokens[a]?.lower ?? '') || a - j - 1 > AFTER_REACH) return false;
  // ("rose 4.4% in February, after a 19.7% January rise": a comma may set the earlier move off.)
  const end = tokens[a - 1]?.text === ',' ? a - 1 : a;
  if (end === a && tokens[a]!.clause !== tokens[j]!.clause) return false;
  for (let i = j + 1; i < end; i++) if (tokens[i]!.kind === 'punct' || (tokens[i]!.figure && tokens[i]!.figure!.kind !== 'period')) return false;
  return true;
}

/**
 * "£137.3 billion in the 2024-25 financial year, or 4.8% of GDP": the figure at `k` restates the
 * one at `j` after ", or", past the first one's period (a period figure and its small words only).
 */
export function restatedPastPeriod(tokens: readonly Tok[], k: number, j: number): boolean {
  if (tokens[k - 1]?.lower !== 'or' || tokens[k - 2]?.text !== ',' || k - j > 9 || k - j < 4) return false;
  let period = false;
  for (let i = j + 1; i < k - 2; i++) {
    const t = tokens[i]!;
    if (t.figure?.kind === 'period') period = true;
    else if (!PERIOD_GAP.has(t.lower)) return false;
  }
  return period;
}

/**
 * The first figure's period between two listed figures: "60,000 dlrs in quarter and 218,000
 * dlrs in year", "five mln dlrs in the quarter and 5.6 mln dlrs in the first half".
 */
const PERIOD_GAP: ReadonlySet<string> = new Set(['in', 'for', 'the', 'quarter', 'qtr', 'year', 'half', 'period', 'month', 'week', 'fiscal',
  'first', 'second', 'third', 'fourth', 'latest', 'current', 'same', 'prior', 'previous', 'year-ago', 'year-earlier',
  // "down from 1.3 trillion yen previously and 1.52 trillion yen in the previous year": a forecast replaced
  'previously', 'earlier']);

/**
 * "grew 12.4% year-on-year and 3.1% sequentially", "revenue grew 14% and operating profit
 * 31%": the figure at token `k` follows the one at `j` after "and" with the verb left out; only
 * words of its basis may follow the first, and only the second's own measure (`cue`, the
 * tokens [from, to)) may stand between "and" and it.
 */
export function gappedAfter(tokens: readonly Tok[], k: number, j: number, cue?: { readonly from: number; readonly to: number }): boolean {
  let i = j + 1;
  while (i < k && BASIS_WORDS.has(tokens[i]!.lower)) i++;
  if (tokens[i]?.text === ',') i++;
  if (tokens[i]?.lower !== 'and') return false;
  i++;
  return i === k || (!!cue && cue.from === i && cue.to === k);
}

/** ", or 25 cents a share": "or" right before token `k` (after a comma, perhaps). */
export const isOrAfterFigure = (tokens: readonly Tok[], k: number): boolean =>
  tokens[k - 1]?.lower === 'or' || (tokens[k - 2]?.lower === 'or' && tokens[k - 1]?.kind === 'word');

/** "equal to 1.22 cts a share", "equivalent to $3 a share": token `k` restates the amount before it. */
export const isEqualToFigure = (tokens: readonly Tok[], k: number): boolean =>
  tokens[k - 1]?.lower === 'to' && (tokens[k - 2]?.lower === 'equal' || tokens[k - 2]?.lower === 'equivalent');

/** "… vs 1.19 dlrs", "… against a loss of 5.81 mln", "compared with $4m", "below the $9.5bn": a comparison marker right before token `k`. */
export function isComparedWith(tokens: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 7; j--) {
    const t = tokens[j]!;
    if (t.kind === 'word' && COMPARED.has(t.lower)) return true;
    // "less than the £14.6 billion forecast", "higher than its 3.1% a year ago": "than" with an
    // article or possessive compares; "more than $5 billion" only hedges the amount.
    if (t.kind === 'word' && t.lower === 'than') {
      for (let n = j + 1; n < k; n++) if (THAN_DETERMINERS.has(tokens[n]!.lower) || tokens[n]!.figure?.kind === 'period') return true;
      return false;
    }
    // ("compared with last year's 5.2%", "higher than last year's $4 billion": past a period's possessive.)
    const periodOf = (t.kind === 'figure' && t.figure?.kind === 'period') || (t.kind === 'word' && t.lower === 's' && tokens[j - 1]?.text === "'");
    if (!(t.kind === 'punct' || periodOf || (t.kind === 'word' && COMPARED_GAP.has(t.lower)))) return false;
  }
  return false;
}

/**
 * "GBP742.6m (H1 2025: GBP701.3m)", "EUR 2.43 (prior year: EUR 2.28)": the figure at token
 * `k` is the prior period's, labelled in brackets after the figure before it.
 */
export function isBracketedPrior(tokens: readonly Tok[], k: number): boolean {
  if (tokens[k - 1]?.text !== ':') return false;
  for (let j = k - 2; j >= 0 && j >= k - 5; j--) {
    const t = tokens[j]!;
    if (t.text === '(') return j < k - 2;
    if (t.kind === 'figure' ? t.figure!.kind !== 'period' : t.kind !== 'word') return false;
  }
  return false;
}

/** "…, including $48 billion for chips", "of which $2m": a part of the figure before, so of its metric. */
export const isPartOf = (tokens: readonly Tok[], k: number): boolean => {
  const a = tokens[k - 1]?.lower, b = tokens[k - 2]?.lower;
  return a === 'including' || (b === 'of' && a === 'which') || (b === 'including' && (a === 'about' || a === 'some' || a === 'around'));
};

/** Nouns of an extreme a measure reached: "after hitting a record high of $3,470". */
const EXTREMES: ReadonlySet<string> = new Set(['high', 'highs', 'low', 'lows', 'peak', 'peaks', 'trough', 'record']);
/** "… to $3,412 after a record high of $3,470": the extreme, before token `k`, of what the figure before measures. */
export const isExtremeOf = (tokens: readonly Tok[], k: number): boolean => tokens[k - 1]?.lower === 'of' && EXTREMES.has(tokens[k - 2]?.lower ?? '');

/** Participles of a level a measure stood at: "after touching a record $4.2995", "before hitting $4.30". */
const TOUCHING: ReadonlySet<string> = new Set(['touching', 'hitting', 'reaching', 'peaking', 'topping', 'tumbling', 'sinking', 'dipping', 'spiking']);
/** Words between such a participle and the level: "a record", "an intraday high of", "at". */
const TOUCHED_GAP: ReadonlySet<string> = new Set(['a', 'an', 'the', 'record', 'fresh', 'new', 'all-time', 'intraday', 'session', 'high', 'low', 'peak', 'of', 'at', 'to', 'as', 'much']);

/**
 * "rose 14.35 cents to $4.1240 per lb, after touching a record $4.2995 earlier in the session":
 * the figure at `k` after "after"/"before" and a participle of touching is a level the measure
 * of the figure before it stood at.
 */
export function isLevelTouched(tokens: readonly Tok[], k: number): boolean {
  let j = k - 1;
  while (j > k - 5 && tokens[j]?.kind === 'word' && TOUCHED_GAP.has(tokens[j]!.lower)) j--;
  return TOUCHING.has(tokens[j]?.lower ?? '') && (tokens[j - 1]?.lower === 'after' || tokens[j - 1]?.lower === 'before') && tokens[j]!.clause === tokens[k]!.clause;
}

/** "… 12 basis points to 3.48%": "to" right after an amount, before token `k`. */
export const isTargetOf = (tokens: readonly Tok[], k: number): boolean => {
  const f = tokens[k - 2]?.figure;
  return tokens[k - 1]?.lower === 'to' && tokens[k - 2]!.clause === tokens[k]!.clause && !!f && f.kind !== 'period';
};

/** "the total for the year to", "the total for the period to": a sum with its period between it and "to" (`to` is the "to"). */
const totalForPeriod = (tokens: readonly Tok[], to: number): boolean =>
  tokens[to - 3]?.lower === 'for' && TOTAL_WORDS.has(tokens[to - 4]?.lower ?? '') && tokens[to - 2]?.lower === 'the'
  && (tokens[to - 1]?.lower === 'year' || tokens[to - 1]?.lower === 'period' || tokens[to - 1]?.lower === 'half');

/** Verbs of a part's share, by the word before the figure: "making up 72%", "accounting for 30%". */
const SHARE_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['up', new Set(['making', 'makes', 'make', 'made'])],
  ['for', new Set(['accounting', 'accounts', 'account', 'accounted'])],
]);
const SHARE_HEDGES: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'over', 'just', 'more', 'than', 'less']);

/**
 * "Data center revenue climbed 44%, making up 72% of the total", "Subscription revenue, which
 * makes up about 81% of the total, grew": the percentage at `k` is a part's share of a total the
 * words leave unnamed, so it measures what the part is.
 */
export function isShareOfTotal(tokens: readonly Tok[], k: number): boolean {
  const w = (i: number): string => tokens[i]?.lower ?? '';
  if (w(k + 1) !== 'of' || !(w(k + 2) === 'total' || (w(k + 2) === 'the' && w(k + 3) === 'total'))) return false;
  let v = k - 1;
  while (v > k - 4 && SHARE_HEDGES.has(w(v))) v--;
  return !!SHARE_VERBS.get(w(v))?.has(w(v - 1));
}

/** Nouns of a sum the figure after "to" brings a measure to: "taking the total to 13.4 pence". */
const TOTAL_WORDS = new Set(['total', 'tally', 'sum']);

/** Verbs before "a total of" that add up the figure before: "making a total of 13p", "giving a total of 41.2 pence". */
const TOTAL_MAKING = new Set(['making', 'giving']);

/**
 * "…, taking the total to 13.4 pence", "bringing its total payout to", "Div 3.95p making 6.5p",
 * "making a total of 13p", "giving a total of 41.2 pence": the sum of the figure before, so of its metric.
 */
export const isTotalOf = (tokens: readonly Tok[], k: number): boolean =>
  (tokens[k - 1]?.lower === 'to' && (TOTAL_WORDS.has(tokens[k - 2]?.lower ?? '') || totalForPeriod(tokens, k - 1)))
  || tokens[k - 1]?.lower === 'making'
  || (tokens[k - 1]?.lower === 'of' && TOTAL_WORDS.has(tokens[k - 2]?.lower ?? '') && tokens[k - 3]?.lower === 'a' && TOTAL_MAKING.has(tokens[k - 4]?.lower ?? ''));

/** Verbs whose object is made to pay: "ordered Telstra to pay", "required the bank to refund". */
const ORDERING_VERBS: ReadonlySet<string> = new Set(['ordered', 'orders', 'order', 'ordering', 'directed', 'required', 'requires', 'forced', 'compelled', 'told']);
/** Those a court or regulator orders with ("ordered to pay"), not a debtor's terms ("will be required to pay 250 mln dlrs"). */
const COURT_ORDERING_VERBS: ReadonlySet<string> = new Set(['ordered', 'orders', 'order', 'ordering', 'directed', 'compelled']);
/** Verbs of paying after "to": "to pay", "to disgorge", "to forfeit". */
const PAYING_VERBS: ReadonlySet<string> = new Set(['pay', 'disgorge', 'forfeit', 'refund', 'repay', 'reimburse', 'compensate', 'return']);
/** How many words may stand between "to pay" and the figure ("to pay its former drivers $18 million"). */
const PAYING_REACH = 5;
/** How many tokens may stand between the ordering verb and "to pay" (an apposition: "Tomas Varga, the founder of Klyde Capital,"). */
const ORDERED_REACH = 12;

/**
 * "ordered Telstra to pay a A$100 million penalty", "was ordered to pay $9 million": the figure at
 * `at` is what an order makes someone pay. Gives the ordering verb's token and the paying verb's
 * ("to pay" a few plain words before the figure, the order earlier in its clause), and whether
 * the verb is a court's.
 */
export function orderedToPay(tokens: readonly Tok[], at: number): { verb: number; pay: number; court: boolean } | undefined {
  const clause = tokens[at]!.clause;
  let pay = -1;
  for (let k = at - 1; k > 0 && k >= at - PAYING_REACH; k--) {
    const t = tokens[k]!;
    if (t.clause !== clause || t.kind !== 'word') return undefined;
    if (PAYING_VERBS.has(t.lower) && tokens[k - 1]!.lower === 'to') {
      pay = k;
      break;
    }
  }
  if (pay < 0) return undefined;
  for (let v = pay - 2; v >= 0 && v >= pay - ORDERED_REACH; v--) {
    const t = tokens[v]!;
    if (t.clause !== clause || t.kind === 'figure') return undefined;
    if (t.kind === 'word' && ORDERING_VERBS.has(t.lower)) return { verb: v, pay, court: COURT_ORDERING_VERBS.has(t.lower) };
  }
  return undefined;
}
