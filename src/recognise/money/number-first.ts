/** Rules `money.number-first` and `money.minor-unit`: the currency after the number. */
import type { Doc } from '../../document';
import { compareDecimal, shiftDecimal } from '../../resolve/decimal';
import { cuesRange } from '../range-cue';
import { isRangeOrder, RANGE_WORDS, readRangeHigh, sameCurrency, shareScale } from './range';
import { DASH_SET, isPunctIn, isWordIn, readMinorTail, takesMinorTail } from './read-parts';
import { readBareAmount, withCurrencyAfter } from './sides';
import type { Reading, Side } from './types';

/** "39.4 billion Chinese yuan", "7-9 lakh rupees", "340 to 350 cruzados", "8 cents". */
export function readNumberFirstMoney(doc: Doc, i: number): Reading | undefined {
  const tokens = doc.tokens;
  const bare = readBareAmount(doc, i);
  if (!bare) return undefined;
  const direct = withCurrencyAfter(doc, bare);
  if (direct) {
    const cur = direct.currency!;
    if (!cur.value.minor && takesMinorTail(bare.amount)) {
      const tail = readMinorTail(doc, direct.next);
      if (tail) return { rule: 'money.number-first', low: direct, currency: cur, first: i, next: tail.next, cents: tail.value };
    }
    const rule = cur.value.minor ? 'money.minor-unit' : 'money.number-first';
    const high = readUnitRangeHigh(doc, direct, i);
    if (high) return { rule, low: direct, high, currency: high.currency!, first: i, next: high.next };
    return { rule, low: direct, currency: cur, first: i, next: direct.next };
  }
  // A range whose currency follows the high end: "10-20 dollars", "340 to 350 cruzados".
  const joiner = tokens[bare.next];
  if (!joiner || !(isPunctIn(joiner, DASH_SET) || isWordIn(joiner, RANGE_WORDS))) return undefined;
  let high = readRangeHigh(doc, bare, bare.next + 1, false);
  if (!high) return undefined;
  high = withCurrencyAfter(doc, high);
  if (!high) return undefined;
  const low = shareScale(bare, high);
  if (!isRangeOrder(low, high)) return undefined;
  // "rose 2 to 350 dlrs" is a change and a level; a range's ends are close.
  if (isWordIn(joiner, RANGE_WORDS) && compareDecimal(shiftDecimal(low.amount.value, 1), high.amount.value) < 0) return undefined;
  return { rule: high.currency!.value.minor ? 'money.minor-unit' : 'money.number-first', low, high, currency: high.currency!, first: i, next: high.next };
}

/**
 * The high end of "16.50 dlrs to 17.25 dlrs", "24 cts to 30 cts", "45c-50c": both ends in the
 * same unit, read as one range when a glued dash joins them, or "to" where the words around
 * say so (`cuesRange`); otherwise "rose 50 cts to 1.50 dlrs" and "fell 2 mln dlrs to 30 mln
 * dlrs" stay a change and a level.
 */
function readUnitRangeHigh(doc: Doc, low: Side, first: number): Side | undefined {
  const joiner = doc.tokens[low.next];
  // A glued dash between two amounts in one unit is always a range: "45c-50c", "20p-25p".
  const dash = isPunctIn(joiner, DASH_SET) && !joiner!.space && !doc.tokens[low.next + 1]?.space;
  if (!dash && !isWordIn(joiner, RANGE_WORDS)) return undefined;
  const bare = readBareAmount(doc, low.next + 1);
  const high = bare && !bare.negative ? withCurrencyAfter(doc, bare) : undefined;
  if (!high || !sameCurrency(low.currency, high.currency) || !!low.currency!.value.minor !== !!high.currency!.value.minor) return undefined;
  return isRangeOrder(low, high) && (dash || cuesRange(doc, first, high.next)) ? high : undefined;
}
