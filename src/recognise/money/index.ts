/**
 * Money recogniser. Every money phrase contains a number, so it tries phrase starts only in
 * a short window before each number (scan/anchors.ts); at each start it tries, in order, the
 * rule families the token can open and keeps the first that reads:
 *
 * - `money.range.between`  "between €2 billion and €3 billion", "from 10 to 20 dollars"
 * - `money.currency-first` "$5.2bn", "US$ 3.4 billion", "RMB7.8 billion", "$(5.2) million", "$5-6 billion"
 * - `money.number-first`   "39.4 billion Chinese yuan", "3.5 mln dlrs", "20€", "7-9 lakh rupees"
 * - `money.listed`         "18.2 and 20.8 billion dlrs": a bare number listed before an amount takes its currency and scale
 * - `money.minor-unit`     "8 cents", "21.5p", "12-cent" (a number-first reading in hundredths)
 * - `money.article`        "a dollar", "a buck fifty" (the article as one unit)
 * - `money.elided`         "rose to 8.1 billion dlrs from 7.05 billion": the currency of the amount before (elided.ts);
 *                          "rose to 2.02 billion from 1.85 billion dlrs": of the amount after (number-first.ts)
 *
 * Bare amounts under a results table's header ("(in millions, except per share amounts)") take
 * its scale (table-scale.ts).
 *
 * A minus written as a word ("minus 1.92 billion dlrs", "negative $4.9 million") signs the
 * currency-first or number-first reading after it and joins its span.
 */
import type { Doc } from '../../document';
import { scanAnchored } from '../../scan/anchors';
import { CURRENCY_BEFORE, CURRENCY_KEY, RANGE_OR_SIGN, WORD_NUMBER } from '../../scan/word-classes';
import { datelineCurrency, datelinePlace, ExplicitMentions, mayNeedStatedRate, membersByStatedRate } from '../../resolve/currency';
import { FAMILIES } from '../../lexicon/currencies';
import type { MoneyFigure } from '../../types';
import { readArticleUnit } from './article-unit';
import { readCurrencyFirstMoney } from './currency-first';
import { isBracketedPair, isStatedPair, isTranslation, toFigure } from './figure';
import { readElided, readNamedElided } from './elided';
import { readNumberFirstMoney } from './number-first';
import { readBetween } from './range';
import { scaleTableAmounts } from './table-scale';
import { isWord, MINUS } from './read-parts';
import { NEGATIVE_WORDS } from '../../lexicon/percent-units';
import type { Reading } from './types';

/** Tries only the rule families the token at `i` can open, so most starts cost one check. */
function readAt(doc: Doc, i: number): Reading | undefined {
  const t = doc.tokens[i]!;
  switch (t.kind) {
    case 'number':
      return readNumberFirstMoney(doc, i);
    case 'symbol':
      return readCurrencyFirstMoney(doc, i);
    case 'punct':
      // A sign, or a vulgar fraction ("½ million dollars").
      return SIGNS.has(t.text) ? readCurrencyFirstMoney(doc, i) ?? readNumberFirstMoney(doc, i) : t.cls & WORD_NUMBER ? readNumberFirstMoney(doc, i) : undefined;
    case 'word':
      if (!(t.cls & (RANGE_OR_SIGN | CURRENCY_BEFORE | WORD_NUMBER))) return undefined;
      return (
        (t.cls & RANGE_OR_SIGN ? readBetween(doc, i) ?? readSignWord(doc, i) : undefined) ??
        (t.cls & CURRENCY_BEFORE ? readCurrencyFirstMoney(doc, i) : undefined) ??
        (t.cls & WORD_NUMBER ? readNumberFirstMoney(doc, i) ?? readArticleUnit(doc, i) : undefined)
      );
  }
}

const SIGNS = new Set(MINUS);

/**
 * Rule of the amount after it: "fell to minus 1.92 billion dlrs", "cash flow was negative $4.9
 * million": a minus written as a word makes one amount negative, within the span. Not "plus or
 * minus 10 yen", a margin either way, and not a range or an amount already signed.
 */
function readSignWord(doc: Doc, i: number): Reading | undefined {
  const tokens = doc.tokens;
  const t = tokens[i]!, n = tokens[i + 1];
  if (!NEGATIVE_WORDS.has(t.lower) || !n || n.newline || (isWord(tokens[i - 1], 'or') && isWord(tokens[i - 2], 'plus'))) return undefined;
  const r = n.kind === 'symbol' || n.cls & CURRENCY_BEFORE ? readCurrencyFirstMoney(doc, i + 1)
    : n.kind === 'number' || n.cls & WORD_NUMBER ? readNumberFirstMoney(doc, i + 1) : undefined;
  if (!r || r.high || r.low.negative || r.first !== i + 1) return undefined;
  return { ...r, low: { ...r.low, negative: true, first: i }, first: i };
}

/** Longest run of tokens before the number a money phrase can open with ("between U.S. $"). */
const LOOKBACK = 6;

/**
 * Every money phrase holds a currency word or sign: within the lookback before its number,
 * or after it, past at most a scale, a fraction and a range's high end. Forty tokens is far
 * more than any of those written in digits; spelled-out anchors are never skipped.
 */
const CURRENCY_NEARBY = { bit: CURRENCY_KEY, behind: LOOKBACK + 1, ahead: 40 };

/** Finds every monetary amount in the document, in text order, non-overlapping. */
export function recogniseMoney(doc: Doc): MoneyFigure[] {
  const readings = scanAnchored(doc, LOOKBACK, (i) => readAt(doc, i), CURRENCY_NEARBY);
  const explicit = new ExplicitMentions();
  explicit.centsAhead = centsAhead(doc, readings);
  explicit.grandAhead = grandAhead(doc, readings);
  const local = datelineCurrency(doc);
  explicit.writesLocal = !!local && readings.some((r) => r.currency.value.code === local);
  const out: MoneyFigure[] = [];
  let previous: Reading | undefined;
  let previousFigure: MoneyFigure | undefined;
  let previousRated = false;
  // Stated equivalents with a guessed member of a family a rate tells apart ("¥" and "$").
  let rated: Array<readonly [MoneyFigure, MoneyFigure]> | undefined;
  for (let r = 0; r < readings.length; r++) {
    const reading = readings[r]!;
    const figure = toFigure(doc, reading, explicit, !!previous && isTranslation(doc, previous, reading));
    const ratedNow = !!figure && mayNeedStatedRate(doc, figure);
    if (figure) {
      out.push(figure);
      if ((ratedNow || previousRated) && previousFigure && previous && isStatedPair(doc, previous, reading)) {
        (rated ??= []).push([previousFigure, figure]);
      }
      // Only a scaled amount lends its currency ("8.1 billion dlrs ... from 7.05 billion"). After
      // a translation in brackets, the amount compared is in the currency of the figure it
      // translates: "9.8 billion crowns ($1.0 billion) from 10.6 billion" is 10.6 billion crowns.
      const lender = previousFigure?.currency && previousFigure.scale && previous && isBracketedPair(doc, previous, reading) ? { reading: previous, figure: previousFigure } : { reading, figure };
      if (figure.scale) readElided(doc, lender.reading, lender.figure, readings[r + 1]?.first ?? doc.tokens.length, out, reading.next);
    }
    previous = reading;
    previousFigure = figure;
    previousRated = ratedNow;
  }
  // "¥1.45 trillion ($9.6 billion)": the rate says yen, whatever places the text names; read
  // again with that member for every "¥" of the text (rare: only such pairs pay for it).
  if (rated && !doc.memo.statedMembers) {
    const members = membersByStatedRate(doc, rated);
    if (members) {
      doc.memo.statedMembers = members;
      return recogniseMoney(doc);
    }
  }
  readNamedElided(doc, out);
  return scaleTableAmounts(doc.text, out);
}

const DOLLARS: ReadonlySet<string> = new Set(FAMILIES.dollar.candidates);

/** A bare "grand": "60 grand", not "$60 grand" nor "60 grand pounds". */
const isGrand = (v: Reading['currency']['value']): boolean => v.scale?.text === 'grand' && !v.code;

/**
 * What a bare "grand" is thousands of (`ExplicitMentions.grandAhead`): the one currency the
 * text's other amounts name or write with "£", when none is a dollar ("a deposit of 60 grand
 * in London … £299,331" is pounds); else undefined, the dollar. Only texts with one pay.
 */
function grandAhead(doc: Doc, readings: readonly Reading[]): string | undefined {
  if (!readings.some((r) => isGrand(r.currency.value))) return undefined;
  let code: string | undefined;
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k]!;
    const v = r.currency.value;
    // ("60 grand, or about €70,000": an equivalent stated beside it is another currency.)
    if (isGrand(v)) {
      if ((k > 0 && isStatedPair(doc, readings[k - 1]!, r)) || (k + 1 < readings.length && isStatedPair(doc, r, readings[k + 1]!))) return undefined;
      continue;
    }
    const c = v.code ?? (v.family === 'pound' ? 'GBP' : undefined);
    if (!c || DOLLARS.has(c) || (code !== undefined && c !== code)) return undefined;
    code = c;
  }
  return code;
}

/**
 * What a bare "cents" before any dollar is in (`ExplicitMentions.centsAhead`): the first dollar
 * written with its country ("S$", "Singapore dollars") anywhere in the text; else the rand,
 * when the text's other amounts are in rand and none in dollars, or it is datelined in South Africa. Only texts with such cents pay.
 */
function centsAhead(doc: Doc, readings: readonly Reading[]): string | undefined {
  if (!readings.some((r) => r.currency.value.minor && r.currency.value.family === 'dollar' && !r.currency.value.code)) return undefined;
  let rand = false, cents = false;
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k]!;
    const v = r.currency.value;
    if (v.code && DOLLARS.has(v.code)) return v.code;
    // A bare "$" stating a rand amount in dollars ("R118.3 billion ($6.8 billion)"), as South
    // African papers add for foreign readers, is no dollar of the text's own.
    // Cents and rand written before the first bare dollar are rand cents ("142 cents … 28.6
    // billion rand ($1.55 billion) … platinum near $1,005 an ounce").
    if (v.family === 'dollar' && !v.minor && !v.code && !(rand && k > 0 && isTranslation(doc, readings[k - 1]!, r))) return rand && cents ? 'ZAR' : undefined;
    if (v.minor && v.family === 'dollar' && !v.code) cents = true;
    if (v.code === 'ZAR' || v.family === 'rand') rand = true;
  }
  // ("JOHANNESBURG, Aug 20 (Wire) - … headline earnings per share of 1,020 cents": a text
  // datelined in South Africa that writes no dollar writes the rand's cents.)
  return rand || datelinePlace(doc) === 'ZAR' ? 'ZAR' : undefined;
}