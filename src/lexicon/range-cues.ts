/**
 * Words that make "A to B", each end written with its own unit ("$18 to $20", "2% to 3%"),
 * one range rather than a change from A to B. Data only; `recognise/range-cue.ts` reads them.
 *
 * A change is the default: "rose $1 to $25", "cut 50 cts to 1.50 dlrs", "from 3% to 4%"
 * name a size and a level, or a before and an after. A range needs a word that introduces
 * one amount, with no verb of change between it and the figure.
 */
import { CHANGE_ROWS } from './change-verbs';

/** Cues of money to be spent, which may also be the noun a change moves ("raised spending"). */
export const SPENDING_CUES: ReadonlySet<string> = new Set(['spend', 'spends', 'spending', 'invest', 'invests', 'investing']);

/**
 * Written right before the low end, or before a hedge there ("of approximately $290 million
 * to $330 million"): a preposition or copula that introduces one amount ("revenue of",
 * "priced at", "will be", "worth"), an article of an attributive range ("a 10% to 15% discount"), or
 * a verb of forecasting ("expects $5 to $6").
 */
export const RANGE_CUES_BEFORE: ReadonlySet<string> = new Set([
  'of', 'at', 'between', 'worth', 'a', 'an',
  'is', 'are', 'was', 'were', 'be', 'been',
  'estimated', 'estimate', 'estimates', 'expect', 'expects', 'expected', 'forecast', 'forecasts', 'projected', 'projects',
  'guidance', 'see', 'sees', 'seen', 'target', 'targets', 'predicted', 'predicts',
  // The other side of a comparison, an estimate before ("$1.60 to $1.80, versus $2.05 to $2.25
  // previously"), and money to be spent ("will spend $190 million to $210 million on stores").
  'versus', 'vs', ...SPENDING_CUES,
  // A share of a whole opened by "with" ("with 70% to 80% going to advanced nodes").
  'with',
  // An owner's attributive range, as "a" opens one: "at the lower end of its 25% to 35% target range".
  'its', 'their',
]);

/** Words after "the A to B" that are no noun of it ("raised the stake from 5% to 9% of the shares"). */
export const NOT_ATTRIBUTIVE_NOUNS: ReadonlySet<string> = new Set([
  'of', 'to', 'from', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'by', 'with', 'than', 'a', 'an', 'the', 'this', 'that',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'as', 'after', 'before',
  'since', 'until', 'when', 'while', 'if', 'per', 'each', 'respectively', 'earlier', 'ago', 'previously',
]);

/** Written right after the high end (or its per-unit tail): "in the 2% to 3% range", "a 30 to 40 dlrs a barrel band". */
export const RANGE_CUES_AFTER: ReadonlySet<string> = new Set(['range', 'band']);

/**
 * Nouns of change before "of": "an increase of 217 mln dlrs to 32.80 billion dlrs" is a size
 * and a level, not a range. The noun rows of the change lexicon.
 */
export const CHANGE_NOUNS: ReadonlySet<string> = new Set(CHANGE_ROWS.filter((r) => r.form === 'noun').flatMap((r) => r.words));

/**
 * Every one-word change cue, of any form ("rose", "increase", "down"). Before a hedge they make
 * "rose about $1 to $25" a size and a level; elsewhere a hedge on the low end ("use about $150
 * million to $200 million") hedges one amount with two ends.
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set(CHANGE_ROWS.flatMap((r) => r.words).filter((w) => !w.includes(' ')));

/** The one-word verbs of change: after "to", "will", "would"… they forecast a change ("expects sales to grow"). */
export const CHANGE_VERBS: ReadonlySet<string> = new Set(CHANGE_ROWS.filter((r) => r.form === 'verb').flatMap((r) => r.words).filter((w) => !w.includes(' ')));

/**
 * Nouns of change that name a rate more than a move: "sales growth of 3% to 5%" is one range,
 * where "a rise of 1.5% to 4%" stays a size and a level. Plural changes too: "merit increases
 * of 3% to 5%", "price cuts of 10% to 15%" are many moves, each somewhere in the range.
 */
export const RATE_CHANGE_NOUNS: ReadonlySet<string> = new Set([
  'growth', 'increases', 'rises', 'hikes', 'raises', 'gains', 'declines', 'drops', 'decreases', 'cuts', 'reductions',
]);

/** Markers of a change's size, base or target: "by about 2% to 3%" is not read as one hedged range. */
export const CHANGE_MARKERS: ReadonlySet<string> = new Set(['by', 'from', 'to', 'of']);

/**
 * Before a change verb, words that make it a forecast rather than a report: "expects sales to
 * grow 1% to 3%", "revenue will decline by 4% to 6%". A forecast names a range more often
 * than a size and a level, so percentages whose ends are close are read as one range there.
 */
export const FORECAST_AUXILIARIES: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'must']);

/** Words that size a change between its verb and the amount: "expected to climb a further 55% to 60%". */
export const CHANGE_SIZE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'further', 'another', 'additional']);

/**
 * The basis a change is measured on, written after "A% to B%": "prices rose 40% to 45% quarter on
 * quarter", "up 5% to 8% year-on-year". A level reached is not measured on a basis, so both ends
 * size the change. One word (`yoy`), or a unit, "on"/"over", and the unit again.
 */
export const BASIS_WORDS: ReadonlySet<string> = new Set(['yoy', 'qoq', 'mom', 'sequentially']);
export const BASIS_UNITS: ReadonlySet<string> = new Set(['year', 'quarter', 'month', 'week', 'day']);
/** The letter of a unit in a slashed basis: "up 8% to 9% y/y", "Q/Q", "m/m". */
export const BASIS_LETTERS: ReadonlySet<string> = new Set(['y', 'q', 'm', 'w']);

/**
 * Before "from", words that make "from $45 to $250" a range rather than a change from one
 * level to another ("rose from $5bn to $6bn"): "prices range from", "fees vary from".
 */
export const RANGE_FROM_BEFORE: ReadonlySet<string> = new Set([
  'range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying', 'anywhere', 'spanning', 'spans', 'priced',
]);

/**
 * Verbs of price before "from X to Y": "tickets cost from £20 to £35" is one range. Only as a
 * verb: after a word of change or a determiner it is the noun ("cut costs from $5m to $3m",
 * "its costs from …"), and the amounts are a change.
 */
export const PRICE_FROM_VERBS: ReadonlySet<string> = new Set(['cost', 'costs', 'costing']);
export const NOT_BEFORE_PRICE_VERB: ReadonlySet<string> = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'your', 'my', 'of', 'in', 'and', 'total', 'operating']);

/** Object pronouns between a verb of price and one amount: "the duties would cost it $4 billion to $5 billion". */
export const PRICE_VERB_OBJECTS: ReadonlySet<string> = new Set(['it', 'them', 'us', 'you', 'him', 'her', 'me']);

/** Words that may stand between a range cue and the low end: "guidance is now $6.35 billion to $6.45 billion". */
export const CUE_ADVERBS: ReadonlySet<string> = new Set(['now', 'still', 'also', 'currently', 'again']);

/**
 * Verbs and nouns of a forecast that make the next "A to B" one range even with the measure
 * between ("SEES FY2025 REVENUE $9.1 BLN TO $9.4 BLN", "sees Q3 EPS 45c-50c"), or "to" after
 * them ("raises guidance to $10.2 billion to $10.5 billion").
 */
export const FORECAST_CUES: ReadonlySet<string> = new Set([
  'sees', 'see', 'expects', 'expect', 'forecasts', 'forecast', 'guides', 'guidance', 'targets', 'target', 'projects', 'outlook',
]);

/** Words of an amount's unit, scale or per-unit tail, between its number and "from": "$6.35 per share from". */
export const AMOUNT_TAIL: ReadonlySet<string> = new Set(['per', 'a', 'an', 'share', 'shares', 'each', 'unit', 'billion', 'million', 'trillion', 'thousand', 'bn', 'mn', 'mln', 'bln', 'm', 'k', 'percent', 'pct', 'cents', 'cts', 'dollars', 'dlrs', 'euros', 'pounds', 'yen', 'yuan', 'crore', 'lakh']);

/** Adverbs between "by" and a size: "by only 1% to 2%", "by just 2% to 3%". */
export const BY_ADVERBS: ReadonlySet<string> = new Set(['only', 'just', 'roughly', 'perhaps']);

/** Holdings, whose move "by 5% to 15%" is a size and a level, not a forecast range. */
export const STAKE_WORDS: ReadonlySet<string> = new Set(['stake', 'stakes', 'holding', 'holdings', 'shareholding']);
