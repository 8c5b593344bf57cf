/** One side of a money phrase: an amount with its currency before or after it. */
import type { Doc } from '../../document';
import { isSlashTail, readScale, type Amount } from '../../scan/amount';
import { isDigits, isYearDigits } from '../../scan/numeral';
import type { Token } from '../../scan/tokens';
import { CURRENCY_AFTER, CURRENCY_BEFORE, WORD_NUMBER } from '../../scan/word-classes';
import { FAMILIES, type CurrencyFamily } from '../../lexicon/currencies';
import { compareDecimal, shiftDecimal } from '../../resolve/decimal';
import { codeHasCue, familyHasCue, familyScaledInText } from '../../resolve/currency';
import { isPunct, isSign, isSignAfterSymbol, isWord, readCurrencyAfter, readCurrencyBefore, type CurrencyMatch } from './read-parts';
import { isCodeName, isNotMoney, pricedPerUnit } from './not-money';
import { readUnit } from '../percent-unit';
import type { Side } from './types';

/** Currency first: [sign] CUR [sign] ( "(" NUM ")" | NUM ) [scale]; the second sign may be glued to a symbol ("$-1.5m"). */
export function readCurrencyFirst(doc: Doc, i: number): Side | undefined {
  const tokens = doc.tokens;
  let j = i;
  let negative = false;
  if (isSign(tokens, j)) { negative = true; j++; }
  const cur = readCurrencyBefore(tokens, j);
  if (!cur) return undefined;
  j = cur.next;
  if (isSign(tokens, j) || isSignAfterSymbol(tokens, j)) { negative = !negative; j++; }
  const open = isPunct(tokens[j], '(');
  if (open) j++;
  const t = tokens[j];
  if (!t || t.kind !== 'number') return undefined;
  // A number glued to letters after the currency word is another token ("RMB7.8" is fine; "EUR20X" is not read as money).
  if (cur.value.isoCode && tokens[j - 1]!.kind === 'word' && !t.space && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.space && !doc.amounts.read(j)?.scale) return undefined;
  let amount = doc.amounts.read(j, !open);
  if (!amount || (cur.value.isoCode && isCodeName(tokens[j - 1]!, t, amount))) return undefined;
  // A weak letter ("R150 billion"): glued, in capitals, and scaled or named in the text.
  if (cur.value.gluedOnly && (t.space || open)) return undefined;
  if (cur.value.capitals && !startsCapital(tokens[cur.first]!)) return undefined;
  if (cur.value.spacedCue && (t.space || open) && !familyHasCue(doc, cur.value.family!)) return undefined;
  if (cur.value.placeCue && !codeHasCue(doc, cur.value.code!)) return undefined;
  if (cur.value.gluedScaled && !t.space && !open && !amount.scale) return undefined;
  if (cur.value.titleCase && tokens[cur.first]!.text.slice(1) !== tokens[cur.first]!.lower.slice(1)) return undefined;
  if (cur.value.nameEnd && ((tokens[cur.first - 1]?.kind === 'word' && startsCapital(tokens[cur.first - 1]!)) || percentAfter(tokens, amount.next))) return undefined;
  if (cur.value.weak && !amount.scale && !(cur.value.family && (familyHasCue(doc, cur.value.family) || weakFormScaled(doc, cur.value.family)))) return undefined;
  // ("N95 masks" in a Lagos story: a small whole naira amount before a noun is a model name.)
  if (cur.value.capitals && cur.value.family === 'naira' && !amount.scale && isDigits(t.text) && compareDecimal(amount.value, '100') < 0 && nounAfter(tokens[amount.next])) return undefined;
  // ("W2 forms", "the W1200 amp" in a Seoul story: the won's letter before a few units, or before
  // ungrouped digits and a noun, is a code or a model; "W1,500 a share" is the won.)
  if (cur.value.capitals && cur.value.family === 'won' && !amount.scale && isDigits(t.text) && (compareDecimal(amount.value, '100') < 0 || nounAfter(tokens[amount.next]))) return undefined;
  let next = amount.next;
  if (open && !isPunct(tokens[next], ')')) {
    // "$(4.9 million)": the scale inside the parentheses.
    const s = readScale(tokens, next);
    if (!s || !isPunct(tokens[s.next], ')')) return undefined;
    amount = { ...amount, value: shiftDecimal(amount.base, s.power), power: s.power, scale: s.text, next: s.next };
    negative = !negative;
    next = s.next + 1;
  } else if (open) {
    negative = !negative;
    next++;
    const scaled = doc.amounts.read(j, false);
    if (!scaled) return undefined;
    const s = readScale(tokens, next);
    if (s) {
      amount = { ...scaled, value: shiftDecimal(scaled.base, s.power), power: s.power, scale: s.text, next: s.next };
      next = s.next;
    }
  }
  if (cur.value.scale && headsYearColumn(tokens, j, next)) return undefined;
  // "$20 CAD", "$5 million AUD": a code after the amount names the member of the sign's family.
  const code = cur.value.family && !cur.value.code ? trailingCode(tokens, next, cur.value.family) : undefined;
  if (code) return { amount: withCurrencyScale(tokens, amount, cur), negative, currency: code, first: i, next: code.next };
  return { amount: withCurrencyScale(tokens, amount, cur), negative, currency: cur, first: i, next };
}

/**
 * Whether the text writes a weak short form of `family` before a scaled amount somewhere
 * ("Sh56.1 billion", "N1.32 trillion", "R9.6bn"): then its unscaled amounts are that money too
 * ("a dividend of Sh4.25 per share", "shares rose to R31.85"), as a weak word after a scale is
 * (`familyScaledInText`). One walk over the marked tokens per text, on the first unscaled one.
 */
function weakFormScaled(doc: Doc, family: CurrencyFamily): boolean {
  if (!doc.memo.weakScaled) {
    const found = new Set<CurrencyFamily>();
    const tokens = doc.tokens;
    for (const k of doc.marked) {
      const t = tokens[k]!;
      if (!(t.cls & CURRENCY_BEFORE)) continue;
      const cur = readCurrencyBefore(tokens, k);
      const f = cur?.value.weak ? cur.value.family : undefined;
      if (!f || found.has(f) || tokens[cur!.next]?.kind !== 'number') continue;
      if (doc.amounts.read(cur!.next)?.scale) found.add(f);
    }
    doc.memo.weakScaled = found;
  }
  return doc.memo.weakScaled.has(family);
}

/** An upper-case ISO code at `k`, spaced after an amount, that is a member of `family` ("$20 CAD"). */
export function trailingCode(tokens: readonly Token[], k: number, family: CurrencyFamily): CurrencyMatch | undefined {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !t.space || t.text.length !== 3 || !(t.cls & CURRENCY_AFTER)) return undefined;
  const after = readCurrencyAfter(tokens, k);
  const code = after?.value.isoCode ? after.value.code : undefined;
  return code && after!.next === k + 1 && FAMILIES[family].candidates.includes(code) ? after : undefined;
}

/**
 * "Revenue £m 2023 2022", "EURm 2024" at a line's end: a table's unit then its year columns,
 * not an amount of two billion.
 */
function headsYearColumn(tokens: readonly Token[], j: number, next: number): boolean {
  const t = tokens[j]!;
  if (next !== j + 1 || !isYearDigits(t.text)) return false;
  const after = tokens[next];
  if (!after || after.newline) return true;
  return after.kind === 'number' && after.text.length === 4 && isDigits(after.text) && Math.abs(Number(after.text) - Number(t.text)) === 1;
}

/**
 * `amount` times the scale joined to its currency word ("EURm 45", "350 MSEK"), unless it has
 * its own; the scale as written ("M" of "MSEK").
 */
export function withCurrencyScale(tokens: readonly Token[], amount: Amount, cur: CurrencyMatch): Amount {
  const s = cur.value.scale;
  if (!s || amount.power) return amount;
  const word = tokens[cur.first]!.text;
  const scale = s.before ? word.slice(0, s.text.length) : word.slice(word.length - s.text.length);
  return { ...amount, value: shiftDecimal(amount.base, s.power), power: s.power, scale };
}

/** Number first: [sign] NUM [scale] (no currency yet). */
export function readBareAmount(doc: Doc, i: number): Side | undefined {
  const tokens = doc.tokens;
  let j = i;
  let negative = false;
  if (isSign(tokens, j)) { negative = true; j++; }
  const t = tokens[j];
  if (!t || (t.kind !== 'number' && t.kind !== 'word' && !(t.cls & WORD_NUMBER))) return undefined;
  // A digit glued to a preceding word is a model name or code ("Boeing737", "COVID19"), not an
  // amount, unless it is US cents glued both sides ("US65.4c", read in number-first).
  const glued = t.kind === 'number' && !t.space && tokens[j - 1]?.kind === 'word' && j === i;
  if (glued && tokens[j - 1]!.text !== 'US') return undefined;
  if (j === i && isSlashTail(tokens, j)) return undefined;
  const amount = doc.amounts.read(j);
  if (!amount) return undefined;
  if (glued && !(amount.power === 0 && isGluedCents(tokens[amount.next]))) return undefined;
  return { amount, negative, first: i, next: amount.next };
}

/** A glued "c" after an amount: US cents in "US65.4c". */
const isGluedCents = (t: Token | undefined): boolean => t?.kind === 'word' && !t.space && t.text === 'c';

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

/** Words after "won" that keep it a currency ("fell 1,500 won to 38,600"), not the verb ("12,000 won awards"). */
const AFTER_WON: ReadonlySet<string> = new Set(['to', 'from', 'per', 'each', 'and', 'or', 'in', 'on', 'at', 'for', 'after', 'while', 'as', 'vs', 'versus', 'compared', 'against']);

/**
 * "10,000 won", "1,500 marks": with thousands groups a weak word is a currency, not a count
 * of wins or grades. Not the singular "mark" ("the Dow crossed the 2,000 mark"), and not a
 * "won" that a word other than a joiner follows ("12,000 won awards").
 */
function groupedThousands(doc: Doc, side: Side, cur: CurrencyMatch): boolean {
  const t = doc.tokens[side.amount.first];
  if (!t || t.kind !== 'number' || side.amount.spelled || !/^\d{1,3}(?:,\d{3})+$/.test(t.text)) return false;
  const word = doc.tokens[cur.next - 1]!.lower;
  if (word === 'mark') return false;
  const after = doc.tokens[cur.next];
  return word !== 'won' || !after || after.kind !== 'word' || AFTER_WON.has(after.lower);
}

const PERCENT_WORDS: ReadonlySet<string> = new Set(['pct', 'percent', '%']);
const isPercentAfter = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  if (!t) return false;
  return PERCENT_WORDS.has(t.lower) || (t.lower === 'per' && tokens[i + 1]?.lower === 'cent');
};

/** A bare amount followed by a currency: "39.4 billion Chinese yuan", "20€", "22 cts". */
export function withCurrencyAfter(doc: Doc, side: Side): Side | undefined {
  // An abbreviated scale may keep its dot: "5,6 Mrd. Euro", "3 mln. dlrs".
  const after = doc.tokens[side.next];
  const dotted = side.amount.scale && after?.kind === 'punct' && after.text === '.' && !after.space;
  const cur = readCurrencyAfter(doc.tokens, side.next) ?? (dotted ? readCurrencyAfter(doc.tokens, side.next + 1) : undefined);
  if (!cur || opensNextAmount(doc, side, cur)) return undefined;
  const m = cur.value;
  if (m.placeCue && !codeHasCue(doc, m.code!)) return undefined;
  if (m.weak && !side.amount.scale && !groupedThousands(doc, side, cur) && !(m.family && (familyHasCue(doc, m.family) || familyScaledInText(doc, m.family)))) return undefined;
  // "two grand" is money only in lower case and before no noun ("two grand pianos", "3 Grand Prix wins");
  // "a hundred grand" is 100,000, but no other scale takes it.
  if (m.scale?.text === 'grand' && ((side.amount.scale && side.amount.scale !== 'hundred') || doc.tokens[cur.first]!.text !== 'grand' || nounAfter(doc.tokens[cur.next]))) return undefined;
  // "partly paid 41 stg pct", "quoted at 96 stg pct": a price as a percentage of par, not an amount.
  if (isPercentAfter(doc.tokens, cur.next)) return undefined;
  // "in constant 2015 dollars", "a 300-pound gorilla".
  if (isNotMoney(doc, side, cur)) return undefined;
  // "5 pounds of flour" weighs; "5 pounds sterling" pays; so does "7,985 pounds a ton", a price.
  if (m.family === 'pound' && isWord(doc.tokens[cur.next], 'of', 'per', 'a', 'each')) {
    const word = doc.tokens[cur.next - 1]!.lower;
    if ((word === 'pound' || word === 'pounds') && !pricedPerUnit(doc.tokens, cur.next)) return undefined;
  }
  // Listed, not spread: this runs for every number near a currency word. Keep in step with `Side`.
  return { amount: withCurrencyScale(doc.tokens, side.amount, cur), negative: side.negative, currency: cur, first: side.first, next: cur.next };
}

/** Words that may follow an amount: "N45 a share", "N60 to N70", "N80 on Monday", "2 grand worth of repairs", "five grand more". */
const AFTER_AMOUNT: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'apiece', 'and', 'or', 'to', 'from', 'in', 'on', 'at', 'for', 'by', 'with', 'after', 'before', 'as', 'was', 'is', 'were', 'are', 'while', 'but', 'than', 'last', 'this', 'next',
  'worth', 'more', 'less', 'extra', 'cash']);

/** A lower-case word that is no such follower: the noun a model number names ("N95 masks"). */
const nounAfter = (t: Token | undefined): boolean => t?.kind === 'word' && t.space && t.lower === t.text && !AFTER_AMOUNT.has(t.lower);

/** A percent unit after the number makes it a percentage, not an amount of a weak short form: "Munich Re 1.5%". */
const percentAfter = (tokens: readonly Token[], k: number): boolean => readUnit(tokens, k) !== undefined;

/** A word whose first letter is a capital ("R", "Sh", "SH"; not "sh"). */
function startsCapital(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
