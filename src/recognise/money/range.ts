/**
 * Ranges: "between €2 billion and €3 billion", "from 10 to 20 dollars" (rule
 * `money.range.between`), and the high end of "$5-6 billion" and "340 to 350 cruzados".
 */
import type { Doc } from '../../document';
import { compareDecimal, shiftDecimal } from '../../resolve/decimal';
import { FAMILIES } from '../../lexicon/currencies';
import { MAGNITUDE_WORDS } from '../../lexicon/number-words';
import { opensRangeFrom } from '../range-cue';
import { isWord, isWordIn, type CurrencyMatch } from './read-parts';
import { readBareAmount, readCurrencyFirst, withCurrencyAfter, withCurrencyScale } from './sides';
import type { Reading, Side } from './types';

export const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'through', 'thru']);

/**
 * Whether two written currencies can be the two ends of one range: the same code, the same
 * family ("$" and "dollars"), or a code and a bare member of its family ("HK$5bn-$6bn").
 * "£2 billion and $3 billion" are two amounts.
 */
export function sameCurrency(a: CurrencyMatch | undefined, b: CurrencyMatch | undefined): boolean {
  if (!a || !b) return true;
  const x = a.value, y = b.value;
  if (x.code && y.code) return x.code === y.code;
  if (x.family && y.family && !x.code && !y.code) return x.family === y.family;
  const coded = x.code ? x : y, bare = x.code ? y : x;
  return !!bare.family && FAMILIES[bare.family].candidates.includes(coded.code!);
}

/**
 * Second half of a range after "-", "to" or "and": shares the first half's currency and scale,
 * also a scale joined to that currency ("EURm 5-6").
 */
export function readRangeHigh(doc: Doc, lowSide: Side, at: number, currencyFirst: boolean): Side | undefined {
  const high = currencyFirst ? readCurrencyFirst(doc, at) ?? readBareAmount(doc, at) : readBareAmount(doc, at);
  if (!high || high.negative) return undefined;
  if (!sameCurrency(high.currency, lowSide.currency)) return undefined;
  if (!high.currency && lowSide.currency?.value.scale) return { ...high, amount: withCurrencyScale(doc.tokens, high.amount, lowSide.currency) };
  return high;
}

/**
 * The power of a spelled high end that is a count of one magnitude, "ten million", "thirty
 * thousand", "three hundred" (1 to 99 of it): the magnitude a bare low end shares ("five to ten
 * million dollars", "between two and three hundred dollars"). "two hundred thousand" and "three
 * thousand five hundred" share nothing, and "hundred" only goes to a spelled low end.
 */
function spelledPower(a: Side['amount']): number {
  if (!a.spelled || a.power || !a.scale) return 0;
  const p = MAGNITUDE_WORDS[a.scale];
  if (p === undefined || p < 2) return 0;
  const count = shiftDecimal(a.base, -p);
  return /^[1-9]\d?$/.test(count) ? p : 0;
}

/** Applies the high end's scale to a low end written without one ("$5-6 billion", "five to ten million dollars"). */
export function shareScale(low: Side, high: Side): Side {
  if (low.amount.power || (low.amount.spelled && low.amount.scale)) return low;
  const power = high.amount.power || spelledPower(high.amount);
  // "hundred" is shared only between spelled ends: "between 2 and three hundred" is mixed writing.
  if (!power || (power === 2 && !high.amount.power && !low.amount.spelled)) return low;
  const value = shiftDecimal(low.amount.base, power);
  return { ...low, amount: { ...low.amount, value, power, ...(high.amount.scale ? { scale: high.amount.scale } : {}) } };
}

/**
 * `shareScale` for two separate figures ("fell from $4.3 to $4.1 billion"), only where the
 * shared reading lands within a factor of ten of the high end: "from $900 to $1.2 million"
 * keeps $900.
 */
export function shareScaleIfClose(low: Side, high: Side): Side {
  const shared = shareScale(low, high);
  if (shared === low) return low;
  const close = compareDecimal(shiftDecimal(shared.amount.value, 1), high.amount.value) > 0 && compareDecimal(shared.amount.value, shiftDecimal(high.amount.value, 1)) < 0;
  return close ? shared : low;
}

export const isRangeOrder = (low: Side, high: Side): boolean => compareDecimal(low.amount.value, high.amount.value) < 0;

/** "between X and Y", "from X to Y": one figure with both ends, the keyword inside the span. */
export function readBetween(doc: Doc, i: number): Reading | undefined {
  const tokens = doc.tokens;
  const from = isWord(tokens[i], 'from');
  if (!isWord(tokens[i], 'between') && !from) return undefined;
  let low = readCurrencyFirst(doc, i + 1) ?? readBareAmount(doc, i + 1);
  if (!low) return undefined;
  if (!low.currency) low = withCurrencyAfter(doc, low) ?? low;
  // "rose from $5bn to $6bn" is a change, not a range: only a bare low end makes "from" a
  // range, or words that say so ("prices range from $45 to $250"; "from $10 to $20" opening a text).
  if (from && low.currency && !opensRangeFrom(doc.tokens, i)) return undefined;
  const joiner = tokens[low.next];
  // Spoken "from X and Y" ("from one and two dollars") is a range where "from" opens one.
  if (!(from ? isWordIn(joiner, RANGE_WORDS) || (isWord(joiner, 'and') && opensRangeFrom(doc.tokens, i)) : isWord(joiner, 'and'))) return undefined;
  let high = readRangeHigh(doc, low, low.next + 1, true);
  if (!high) return undefined;
  if (!high.currency) high = withCurrencyAfter(doc, high) ?? high;
  const currency = high.currency ?? low.currency;
  if (!currency || !sameCurrency(high.currency, low.currency)) return undefined;
  low = shareScale(low, high);
  if (!isRangeOrder(low, high)) return undefined;
  return { rule: 'money.range.between', low, high, currency, first: i, next: high.next };
}
