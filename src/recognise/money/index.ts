/**
 * Money recogniser. Walks the tokens once; at each token that could open a money phrase it
 * tries, in order, the rule families below and keeps the first that reads:
 *
 * - `money.range.between`  "between €2 billion and €3 billion", "from 10 to 20 dollars"
 * - `money.currency-first` "$5.2bn", "US$ 3.4 billion", "RMB7.8 billion", "$(5.2) million", "$5-6 billion"
 * - `money.number-first`   "39.4 billion Chinese yuan", "3.5 mln dlrs", "20€", "7-9 lakh rupees"
 * - `money.minor-unit`     "8 cents", "21.5p", "12-cent" (a number-first reading in hundredths)
 */
import type { Doc } from '../../document';
import { readAmount, readScale, type Amount } from '../../scan/amount';
import { scanAnchored } from '../../scan/anchors';
import { CURRENCY_BEFORE, RANGE_OR_SIGN, WORD_NUMBER } from '../../scan/word-classes';
import type { Token } from '../../scan/tokens';
import { addDecimal, compareDecimal, decimalToNumber, negateDecimal, shiftDecimal } from '../../resolve/decimal';
import { chooseCurrency, currencyContext, ExplicitMentions } from '../../resolve/currency';
import { readQualifier } from '../../refine/qualifiers';
import type { MoneyFigure } from '../../types';
import {
  DASHES, MINUS, isPunct, isSign, isWord, readCurrencyAfter, readCurrencyBefore, readMinorTail, readPer, type CurrencyMatch,
} from './read-parts';

/** One side of a money phrase: an amount and, where written, its currency. */
interface Side {
  readonly amount: Amount;
  readonly negative: boolean;
  readonly currency?: CurrencyMatch;
  readonly first: number;
  readonly next: number;
}

interface Reading {
  readonly rule: string;
  readonly low: Side;
  readonly high?: Side;
  readonly currency: CurrencyMatch;
  readonly first: number;
  readonly next: number;
  /** Extra hundredths from a minor-unit tail ("and 43 cents"). */
  readonly cents?: string;
}

const RANGE_WORDS = ['to', 'through', 'thru'];

/** Currency first: [sign] CUR [sign] ( "(" NUM ")" | NUM ) [scale]. */
function readCurrencyFirst(tokens: readonly Token[], i: number): Side | undefined {
  let j = i;
  let negative = false;
  if (isSign(tokens, j)) { negative = true; j++; }
  const cur = readCurrencyBefore(tokens, j);
  if (!cur) return undefined;
  j = cur.next;
  if (isSign(tokens, j)) { negative = !negative; j++; }
  const open = isPunct(tokens[j], '(');
  if (open) j++;
  const t = tokens[j];
  if (!t || t.kind !== 'number') return undefined;
  // A number glued to letters after the currency word is another token ("RMB7.8" is fine; "EUR20X" is not read as money).
  if (cur.value.isoCode && tokens[j - 1]!.kind === 'word' && !t.space && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.space && !readAmount(tokens, j)?.scale) return undefined;
  let amount = readAmount(tokens, j, !open);
  if (!amount) return undefined;
  let next = amount.next;
  if (open) {
    if (!isPunct(tokens[next], ')')) return undefined;
    negative = !negative;
    next++;
    const scaled = readAmount(tokens, j, false);
    if (!scaled) return undefined;
    const s = readScale(tokens, next);
    if (s) {
      amount = { ...scaled, value: shiftDecimal(scaled.base, s.power), power: s.power, scale: s.text, next: s.next };
      next = s.next;
    }
  }
  return { amount, negative, currency: cur, first: i, next };
}

/** Number first: [sign] NUM [scale] (no currency yet). */
function readBareAmount(tokens: readonly Token[], i: number): Side | undefined {
  let j = i;
  let negative = false;
  if (isSign(tokens, j)) { negative = true; j++; }
  const t = tokens[j];
  if (!t || (t.kind !== 'number' && t.kind !== 'word')) return undefined;
  // A digit glued to a preceding word is a model name or code ("Boeing737", "COVID19"), not an amount.
  if (t.kind === 'number' && !t.space && tokens[j - 1]?.kind === 'word' && j === i) return undefined;
  const amount = readAmount(tokens, j);
  if (!amount) return undefined;
  return { amount, negative, first: i, next: amount.next };
}

/** A bare amount followed by a currency: "39.4 billion Chinese yuan", "20€", "22 cts". */
/**
 * A symbol or code after a number that itself opens the next amount ("one £ 55.0 million",
 * "5 USD 10" in a list) belongs to that amount; a minor-unit tail ("3 GBP 1 pence") is fine.
 */
function opensNextAmount(doc: Doc, side: Side, cur: CurrencyMatch): boolean {
  const tokens = doc.tokens;
  const head = tokens[cur.first]!;
  if (!(head.kind === 'symbol' || cur.value.isoCode) || !(head.cls & CURRENCY_BEFORE) || tokens[cur.next]?.kind !== 'number') return false;
  if (side.amount.spelled) return true;
  const after = readCurrencyAfter(tokens, cur.next + 1);
  return !after?.value.minor;
}

function withCurrencyAfter(doc: Doc, side: Side): Side | undefined {
  // An abbreviated scale may keep its dot: "5,6 Mrd. Euro", "3 mln. dlrs".
  const dotted = side.amount.scale && isPunct(doc.tokens[side.next], '.') && !doc.tokens[side.next]!.space;
  const cur = readCurrencyAfter(doc.tokens, side.next) ?? (dotted ? readCurrencyAfter(doc.tokens, side.next + 1) : undefined);
  if (!cur || opensNextAmount(doc, side, cur)) return undefined;
  const m = cur.value;
  if (m.weak && !side.amount.scale && !(m.family && familyHasCue(doc, cur))) return undefined;
  // "5 pounds of flour" weighs; "5 pounds sterling" pays.
  if (m.family === 'pound' && isWord(doc.tokens[cur.next], 'of', 'per', 'a', 'each')) {
    const word = doc.tokens[cur.next - 1]!.lower;
    if (word === 'pound' || word === 'pounds') return undefined;
  }
  return { ...side, currency: cur, next: cur.next };
}

function familyHasCue(doc: Doc, cur: CurrencyMatch): boolean {
  const choice = chooseCurrency(doc, cur.value, doc.tokens.slice(cur.first, cur.next), new ExplicitMentions());
  return !!choice?.currency && (currencyContext(doc).cues.get(choice.currency) ?? 0) > 0;
}

/** Second half of a range after "-", "to" or "and": shares the first half's currency and scale. */
function readRangeHigh(doc: Doc, lowSide: Side, at: number, currencyFirst: boolean): Side | undefined {
  const tokens = doc.tokens;
  const high = currencyFirst ? readCurrencyFirst(tokens, at) ?? readBareAmount(tokens, at) : readBareAmount(tokens, at);
  if (!high || high.negative) return undefined;
  if (high.currency && lowSide.currency && high.currency.value.code !== lowSide.currency.value.code) return undefined;
  return high;
}

/** Applies the high end's scale to a low end written without one ("$5-6 billion"). */
function shareScale(low: Side, high: Side): Side {
  if (low.amount.power || !high.amount.power) return low;
  const value = shiftDecimal(low.amount.base, high.amount.power);
  return { ...low, amount: { ...low.amount, value, power: high.amount.power, ...(high.amount.scale ? { scale: high.amount.scale } : {}) } };
}

const isRangeOrder = (low: Side, high: Side): boolean => compareDecimal(low.amount.value, high.amount.value) < 0;

/** "between X and Y", "from X to Y": one figure with both ends, the keyword inside the span. */
function readBetween(doc: Doc, i: number): Reading | undefined {
  const tokens = doc.tokens;
  const from = isWord(tokens[i], 'from');
  if (!isWord(tokens[i], 'between') && !from) return undefined;
  let low = readCurrencyFirst(tokens, i + 1) ?? readBareAmount(tokens, i + 1);
  if (!low) return undefined;
  if (!low.currency) low = withCurrencyAfter(doc, low) ?? low;
  // "from $5bn to $6bn" is a change, not a range: only a bare low end makes "from" a range.
  if (from && low.currency) return undefined;
  const joiner = tokens[low.next];
  if (!(from ? isWord(joiner, ...RANGE_WORDS) : isWord(joiner, 'and'))) return undefined;
  let high = readRangeHigh(doc, low, low.next + 1, true);
  if (!high) return undefined;
  if (!high.currency) high = withCurrencyAfter(doc, high) ?? high;
  const currency = high.currency ?? low.currency;
  if (!currency || (high.currency && low.currency && high.currency.value.code !== low.currency.value.code)) return undefined;
  low = shareScale(low, high);
  if (!isRangeOrder(low, high)) return undefined;
  return { rule: 'money.range.between', low, high, currency, first: i, next: high.next };
}

/** "$5.2bn", "$5-6 billion", "$5bn-$6bn", "US$3 and fourteen". */
function readCurrencyFirstMoney(doc: Doc, i: number): Reading | undefined {
  const tokens = doc.tokens;
  let low = readCurrencyFirst(tokens, i);
  if (!low) return undefined;
  const currency = low.currency!;
  const joiner = tokens[low.next];
  if (joiner && (isPunct(joiner, ...DASHES) || isWord(joiner, ...RANGE_WORDS))) {
    const high = readRangeHigh(doc, low, low.next + 1, true);
    // "rose $1 to $25" is a change: "to" joins a range only when the high end repeats no currency.
    if (high && !(isWord(joiner, ...RANGE_WORDS) && high.currency)) {
      const shared = shareScale(low, high);
      if (isRangeOrder(shared, high)) {
        return { rule: 'money.currency-first', low: shared, high, currency, first: i, next: high.next };
      }
    }
  }
  if (!low.amount.scale && low.amount.fractionDigits === 0) {
    const tail = readMinorTail(doc, low.next);
    if (tail) return { rule: 'money.currency-first', low, currency, first: i, next: tail.next, cents: tail.value };
  }
  return { rule: 'money.currency-first', low, currency, first: i, next: low.next };
}

/** "39.4 billion Chinese yuan", "7-9 lakh rupees", "340 to 350 cruzados", "8 cents". */
function readNumberFirstMoney(doc: Doc, i: number): Reading | undefined {
  const tokens = doc.tokens;
  const bare = readBareAmount(tokens, i);
  if (!bare) return undefined;
  const direct = withCurrencyAfter(doc, bare);
  if (direct) {
    const cur = direct.currency!;
    if (!cur.value.minor && !bare.amount.scale && bare.amount.fractionDigits === 0) {
      const tail = readMinorTail(doc, direct.next);
      if (tail) return { rule: 'money.number-first', low: direct, currency: cur, first: i, next: tail.next, cents: tail.value };
    }
    return { rule: cur.value.minor ? 'money.minor-unit' : 'money.number-first', low: direct, currency: cur, first: i, next: direct.next };
  }
  // A range whose currency follows the high end: "10-20 dollars", "340 to 350 cruzados".
  const joiner = tokens[bare.next];
  if (!joiner || !(isPunct(joiner, ...DASHES) || isWord(joiner, ...RANGE_WORDS))) return undefined;
  let high = readRangeHigh(doc, bare, bare.next + 1, false);
  if (!high) return undefined;
  high = withCurrencyAfter(doc, high);
  if (!high) return undefined;
  const low = shareScale(bare, high);
  if (!isRangeOrder(low, high)) return undefined;
  // "rose 2 to 350 dlrs" is a change and a level; a range's ends are close.
  if (isWord(joiner, ...RANGE_WORDS) && compareDecimal(shiftDecimal(low.amount.value, 1), high.amount.value) < 0) return undefined;
  return { rule: high.currency!.value.minor ? 'money.minor-unit' : 'money.number-first', low, high, currency: high.currency!, first: i, next: high.next };
}

/** Tries only the rule families the token at `i` can open, so most starts cost one check. */
function readAt(doc: Doc, i: number): Reading | undefined {
  const t = doc.tokens[i]!;
  switch (t.kind) {
    case 'number':
      return readNumberFirstMoney(doc, i);
    case 'symbol':
      return readCurrencyFirstMoney(doc, i);
    case 'punct':
      return SIGNS.has(t.text) ? readCurrencyFirstMoney(doc, i) ?? readNumberFirstMoney(doc, i) : undefined;
    case 'word':
      if (!(t.cls & (RANGE_OR_SIGN | CURRENCY_BEFORE | WORD_NUMBER))) return undefined;
      return (
        (t.cls & RANGE_OR_SIGN ? readBetween(doc, i) : undefined) ??
        (t.cls & CURRENCY_BEFORE ? readCurrencyFirstMoney(doc, i) : undefined) ??
        (t.cls & WORD_NUMBER ? readNumberFirstMoney(doc, i) : undefined)
      );
  }
}

const SIGNS = new Set(MINUS);

/** Longest run of tokens before the number a money phrase can open with ("between U.S. $"). */
const LOOKBACK = 6;

/** Finds every monetary amount in the document, in text order, non-overlapping. */
export function recogniseMoney(doc: Doc): MoneyFigure[] {
  const readings = scanAnchored(doc, LOOKBACK, (i) => readAt(doc, i));
  const explicit = new ExplicitMentions();
  const out: MoneyFigure[] = [];
  let previous: Reading | undefined;
  for (const reading of readings) {
    const figure = toFigure(doc, reading, explicit, !!previous && isTranslation(doc, previous, reading));
    if (figure) out.push(figure);
    previous = reading;
  }
  return out;
}

/** "RMB7.8 billion ($1.8 billion)", "CAD 10.9 million, or $8.3 million": a stated equivalent. */
function isTranslation(doc: Doc, previous: Reading, reading: Reading): boolean {
  if (!previous.currency.value.code) return false;
  const between = doc.tokens.slice(previous.next, reading.first).map((t) => t.lower).join(' ');
  return between === '(' || between === ', or' || between === 'or' || between === ', or about' || between === '( about' || between === ', about';
}

const signed = (side: Side, minor: boolean): string => {
  const v = minor ? shiftDecimal(side.amount.value, -2) : side.amount.value;
  return side.negative ? negateDecimal(v) : v;
};

function toFigure(doc: Doc, r: Reading, explicit: ExplicitMentions, translation: boolean): MoneyFigure | undefined {
  const tokens = doc.tokens;
  const cur = r.currency;
  const choice = chooseCurrency(doc, cur.value, tokens.slice(cur.first, cur.next), explicit, translation);
  if (!choice) return undefined;
  if (choice.inference.basis === 'explicit' && choice.currency) explicit.record(choice.currency);
  const minor = !!cur.value.minor;
  let amountExact = signed(r.low, minor);
  if (r.cents) amountExact = addDecimal(amountExact, shiftDecimal(r.cents, -2));
  const first = tokens[r.first]!, last = tokens[r.next - 1]!;
  const span = { start: first.start, end: last.end };
  const per = readPer(tokens, r.next);
  const qualifier = readQualifier(doc.text, tokens, r.first);
  const scale = r.low.amount.scale ?? r.high?.amount.scale;
  const notes = [...(r.low.amount.notes ?? []), ...(r.high?.amount.notes ?? [])];
  const highExact = r.high ? signed(r.high, minor) : undefined;
  return {
    kind: 'money',
    span,
    text: doc.text.slice(span.start, span.end),
    rule: r.rule,
    currency: choice.currency,
    amount: decimalToNumber(amountExact),
    amountExact,
    ...(highExact !== undefined ? { amountMax: decimalToNumber(highExact), amountMaxExact: highExact } : {}),
    ...(scale ? { scale } : {}),
    ...(per ? { per: per.per } : {}),
    ...(qualifier ? { qualifier } : {}),
    currencyInference: choice.inference,
    ...(notes.length ? { notes } : {}),
  };
}
