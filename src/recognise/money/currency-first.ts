/** Rule `money.currency-first`: the currency before the number. */
import type { Doc } from '../../document';
import { cuesRange } from '../range-cue';
import { isRangeOrder, RANGE_WORDS, readRangeHigh, shareScale, shareScaleIfClose } from './range';
import { DASH_SET, isPunct, isPunctIn, isWordIn, rangeHighAt, readMinorTail, takesMinorTail } from './read-parts';
import { readCurrencyFirst, trailingCode } from './sides';
import type { Reading, Side } from './types';
import { readScale } from '../../scan/amount';
import { shiftDecimal } from '../../resolve/decimal';

/** "$5.2bn", "$5-6 billion", "$5bn-$6bn", "US$3 and fourteen". */
export function readCurrencyFirstMoney(doc: Doc, i: number): Reading | undefined {
  const tokens = doc.tokens;
  let low = readCurrencyFirst(doc, i);
  if (!low) return undefined;
  const currency = low.currency!;
  const joiner = tokens[low.next];
  if (joiner && (isPunctIn(joiner, DASH_SET) || isWordIn(joiner, RANGE_WORDS))) {
    // ("$5-to-$6 billion": "to" hyphenated in joins as the dash does.)
    let high = readRangeHigh(doc, low, rangeHighAt(tokens, low.next), true);
    // "$10-20 CAD", "$10-$20 AUD": a code after the high end names both ends' dollar.
    const family = currency.value.family && !currency.value.code ? currency.value.family : undefined;
    const code = high && family && !high.currency?.value.code ? trailingCode(tokens, high.next, family) : undefined;
    if (high && code) high = { ...high, currency: code, next: code.next };
    if (high) {
      // "rose $1 to $25" is a change: "to" before a high end that repeats the currency joins
      // a range only where the words around say so ("revenue of $4.1 to $4.3 billion").
      const change = isWordIn(joiner, RANGE_WORDS) && !!high.currency && !cuesRange(doc, i, high.next);
      const shared = shareScale(low, high);
      if (!change && isRangeOrder(shared, high)) {
        const both = family && high.currency?.value.code ? high.currency : currency;
        return { rule: 'money.currency-first', low: shared, high, currency: both, first: i, next: high.next };
      }
      // Two figures, but "rose from $4.1 to $4.3 billion" still writes one scale for both.
      if (high.currency) low = shareScaleIfClose(low, high);
    }
  }
  // "($116) million", "(€1.1)billion": accounting parentheses around the sign and number, the
  // scale after them; the figure is negative and spans the parentheses.
  const wrapped = wrappedScale(doc, i, low);
  if (wrapped) return { rule: 'money.currency-first', low: wrapped, currency, first: i - 1, next: wrapped.next };
  if (takesMinorTail(low.amount)) {
    const tail = readMinorTail(doc, low.next);
    if (tail) return { rule: 'money.currency-first', low, currency, first: i, next: tail.next, cents: tail.value };
  }
  return { rule: 'money.currency-first', low, currency, first: i, next: low.next };
}

/** The low side of "($116) million" read from its "$" at `i`: negative, scaled, from the "(" to the scale. */
function wrappedScale(doc: Doc, i: number, low: Side): Side | undefined {
  const tokens = doc.tokens;
  if (low.amount.power || low.negative || !isPunct(tokens[i - 1], '(') || !isPunct(tokens[low.next], ')')) return undefined;
  const s = readScale(tokens, low.next + 1);
  if (!s) return undefined;
  const amount = { ...low.amount, value: shiftDecimal(low.amount.base, s.power), power: s.power, scale: s.text, next: s.next };
  return { ...low, amount, negative: true, first: i - 1, next: s.next };
}
