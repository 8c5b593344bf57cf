/** Rules `money.number-first` and `money.minor-unit`: the currency after the number. */
import type { Doc } from '../../document';
import { compareDecimal, shiftDecimal } from '../../resolve/decimal';
import { listLastAt, spelledAlternativeAt, tenfoldApart } from '../listed';
import { cuesRange } from '../range-cue';
import { isRangeOrder, RANGE_WORDS, readRangeHigh, sameCurrency, shareScale, shareScaleIfClose } from './range';
import { DASH_SET, isPunct, isPunctIn, isWord, isWordIn, rangeHighAt, readMinorTail, takesMinorTail, type CurrencyMatch } from './read-parts';
import { isYearDigits } from '../../scan/numeral';
import { CURRENCY_KEY } from '../../scan/word-classes';
import { MONTHS } from '../../lexicon/periods';
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
    // "US65.4c": US cents, the country glued before the number (Australian and NZ reports).
    if (cur.value.minor && cur.value.family === 'dollar' && !cur.value.code && !tokens[i]!.space && tokens[i - 1]?.kind === 'word' && tokens[i - 1]!.text === 'US') {
      const usd: CurrencyMatch = { ...cur, value: { code: 'USD', minor: true } };
      return { rule, low: { ...direct, currency: usd }, currency: usd, first: i - 1, next: direct.next };
    }
    const high = readUnitRangeHigh(doc, direct, i);
    if (high) return { rule, low: direct, high, currency: high.currency!, first: i, next: high.next };
    return { rule, low: direct, currency: cur, first: i, next: direct.next };
  }
  // A range whose currency follows the high end: "10-20 dollars", "340 to 350 cruzados".
  const joiner = tokens[bare.next];
  if (!joiner) return undefined;
  if (isWord(joiner, 'and', 'or') || isPunct(joiner, ',')) return readListed(doc, bare, i) ?? readPairedBefore(doc, bare, i);
  if (!(isPunctIn(joiner, DASH_SET) || isWordIn(joiner, RANGE_WORDS))) return readPairedBefore(doc, bare, i);
  if (isMonthDay(doc, bare, i)) return undefined;
  let high = readRangeHigh(doc, bare, rangeHighAt(tokens, bare.next), false);
  if (!high) return undefined;
  high = withCurrencyAfter(doc, high);
  if (!high) return undefined;
  const low = shareScale(bare, high);
  // "rose 2 to 350 dlrs" is a change and a level; a range's ends are close.
  if (!isRangeOrder(low, high) || (isWordIn(joiner, RANGE_WORDS) && compareDecimal(shiftDecimal(low.amount.value, 1), high.amount.value) < 0)) {
    return isWord(joiner, 'to') ? readChangeSize(bare, high, i) : undefined;
  }
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

/**
 * "fell 195 mln to 65.06 billion dlrs", "cut 900 mln to 600 mln stg": a change and a level, the
 * currency written once after the level. The change, with a scale word of its own, is an
 * amount in that currency (rule `money.elided`); a bare count without one ("rose 2 to 350
 * dlrs", "Feb 25 to 4.1 billion dlrs") stays unread.
 */
function readChangeSize(bare: Side, high: Side, i: number): Reading | undefined {
  if (!bare.amount.power || bare.amount.spelled || bare.negative || !high.amount.power || !high.currency || high.currency.value.minor) return undefined;
  return { rule: 'money.elided', low: { ...bare, currency: high.currency }, currency: high.currency, first: i, next: bare.next };
}

/** Words that set an amount against the one after it: "2.02 billion from 1.85 billion dlrs". */
const PAIR_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'from', 'vs', 'versus', 'against']);

/**
 * "rose to 2.02 billion from 1.85 billion dlrs", "2.09 billion and 1.722 billion dlrs", "net
 * 277.5 mln vs 268.3 mln dlrs": two scaled amounts set side by side, the currency written
 * once after the second. The first, with a scale word of its own and the joiner right after
 * it, is an amount in that currency (rule `money.elided`); "1.4 mln tonnes vs 2 mln dlrs" and
 * a bare count ("2 from 350 dlrs") stay unread.
 */
function readPairedBefore(doc: Doc, bare: Side, i: number): Reading | undefined {
  if (!bare.amount.power || bare.amount.spelled || bare.negative) return undefined;
  const tokens = doc.tokens;
  const joiner = tokens[bare.next];
  if (!joiner || joiner.kind !== 'word' || !PAIR_WORDS.has(joiner.lower)) return undefined;
  // "vs. 1.85 billion dlrs".
  const k = isPunct(tokens[bare.next + 1], '.') && joiner.lower === 'vs' ? bare.next + 2 : bare.next + 1;
  if (tokens[k]?.kind !== 'number') return undefined;
  const second = readBareAmount(doc, k);
  const high = second && !second.negative && second.amount.power && !second.amount.spelled ? withCurrencyAfter(doc, second) : undefined;
  if (!high?.currency || high.currency.value.minor) return undefined;
  // A list ("and", "or") holds amounts of one size: "a city of 20 million and 1.2 billion dlrs" is a count and an amount.
  if ((joiner.lower === 'and' || joiner.lower === 'or') && bare.amount.scale?.toLowerCase() !== second!.amount.scale?.toLowerCase()) return undefined;
  return { rule: 'money.elided', low: { ...bare, currency: high.currency }, currency: high.currency, first: i, next: bare.next };
}

/**
 * The bare number at `i` is the day of a month written before it ("cut its guidance for the year
 * to March 31 to 90 billion yen", "the half to Dec. 31 to A$1.4 billion"): a date's day, never a
 * range's low end. A capitalised month name (or its abbreviation and a full stop) right before a
 * whole number from 1 to 31.
 */
function isMonthDay(doc: Doc, bare: Side, i: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  if (t.kind !== 'number' || bare.amount.power || !/^(?:[1-9]|[12]\d|3[01])$/.test(t.text)) return false;
  const m = isPunct(tokens[i - 1], '.') ? tokens[i - 2] : tokens[i - 1];
  return m?.kind === 'word' && MONTHS.has(m.lower) && m.text[0] !== m.lower[0];
}

/**
 * Rule `money.listed` for spelled-out numbers: "ten or twenty dollars", "two or three million
 * dollars" (the magnitude shared, as in "50 or 60 mln dlrs"): the first is an amount of its own in
 * the currency of the second.
 */
function readSpelledAlternative(doc: Doc, bare: Side, i: number): Reading | undefined {
  const tokens = doc.tokens;
  if (bare.negative || bare.amount.scale || bare.first !== i || isWord(tokens[i], 'a', 'an')) return undefined;
  const k = spelledAlternativeAt(tokens, bare.next);
  if (k === undefined) return undefined;
  const lastBare = readBareAmount(doc, k);
  const last = lastBare && !lastBare.negative ? withCurrencyAfter(doc, lastBare) : undefined;
  if (!last?.currency) return undefined;
  const low = shareScaleIfClose(bare, last);
  if (low === bare && (last.amount.power || last.amount.scale || tenfoldApart(bare.amount.value, last.amount.value))) return undefined;
  return { rule: 'money.listed', low: { ...low, currency: last.currency }, currency: last.currency, first: i, next: bare.next };
}

/**
 * Rule `money.listed`: "18.2 and 20.8 billion dlrs", "12.1, 11.4 and 10.8 mln dlrs
 * respectively": a bare number listed before an amount that names its currency takes that
 * currency, and its scale where the two stay within a factor of ten. Only numerals in digits
 * (spelled ones: {@link readSpelledAlternative}) with no scale of their own, never a year ("in 1986 and 5 mln dlrs in 1987"), a day or a
 * number after another amount ("992,760 and 164 mln stg" keeps its count).
 */
function readListed(doc: Doc, bare: Side, i: number): Reading | undefined {
  const tokens = doc.tokens;
  if (bare.amount.spelled) return readSpelledAlternative(doc, bare, i);
  // The cheapest test first: a list goes on with a number, or with "and" after a comma.
  const second = tokens[bare.next + 1];
  if (!second || !(second.kind === 'number' || (second.kind === 'word' && (second.lower === 'and' || second.lower === 'or')))) return undefined;
  const t = tokens[i]!, prev = tokens[i - 1];
  if (t.kind !== 'number' || bare.negative || bare.amount.power || bare.amount.spelled || bare.next !== i + 1 || isYearDigits(t.text)) return undefined;
  if (prev && (prev.kind === 'symbol' || prev.kind === 'number' || prev.cls & CURRENCY_KEY || (prev.kind === 'word' && MONTHS.has(prev.lower)))) return undefined;
  // ("352,000, 96,000, and 570,000 dlrs" is one list; "from 1.2403, and 0.4392 sterling" is not.)
  const k = listLastAt(tokens, bare.next, isPunct(prev, ',') && tokens[i - 2]?.kind === 'number');
  if (k === undefined) return undefined;
  const lastBare = readBareAmount(doc, k);
  const last = lastBare && !lastBare.negative ? withCurrencyAfter(doc, lastBare) : undefined;
  if (!last?.currency) return undefined;
  const low = shareScaleIfClose(bare, last);
  // "compared with 99.50 and 5 mln dlrs": a far-off number is no member of the list.
  if (low === bare && (last.amount.power || tenfoldApart(bare.amount.value, last.amount.value))) return undefined;
  return { rule: 'money.listed', low: { ...low, currency: last.currency }, currency: last.currency, first: i, next: bare.next };
}
