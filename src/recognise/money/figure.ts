/** From a reading to a `MoneyFigure`: currency choice, exact values, qualifier, per-unit. */
import type { Doc } from '../../document';
import { addDecimal, decimalToNumber, negateDecimal, shiftDecimal } from '../../resolve/decimal';
import { chooseCurrency, ExplicitMentions } from '../../resolve/currency';
import { readQualifier } from '../../refine/qualifiers';
import { WHOLE_UNIT_CURRENCIES } from '../../lexicon/currencies';
import type { MoneyFigure } from '../../types';
import { isWord, readPer } from './read-parts';
import type { Reading, Side } from './types';

/**
 * "RMB7.8 billion ($1.8 billion)", "CAD 10.9 million, or $8.3 million": a stated equivalent. The
 * first amount names its currency, or a bare "$" follows an amount of another family ("229,900
 * yuan ($32,400)": no Hong Kong dollar written earlier; "$2.1 billion (¥315 billion)" is no
 * translation into a default yen).
 */
export function isTranslation(doc: Doc, previous: Reading, reading: Reading): boolean {
  const before = previous.currency.value;
  const after = reading.currency.value;
  return (!!before.code || (!!before.family && after.family === 'dollar' && before.family !== 'dollar')) && isStatedPair(doc, previous, reading);
}

/** The words between two amounts say the second states the first in another currency: "(", ", or". */
export function isStatedPair(doc: Doc, previous: Reading, reading: Reading): boolean {
  const gap = reading.first - previous.next;
  if (gap < 1 || gap > 3) return false;
  let between = '';
  for (let k = previous.next; k < reading.first; k++) between += (between ? ' ' : '') + doc.tokens[k]!.lower;
  return TRANSLATION_GAPS.has(between);
}

const TRANSLATION_GAPS = new Set(['(', '[', ', or', 'or', ', or about', '( about', ', about', '( or']);

/** Gaps that open brackets: the second amount is an aside, not the sentence's own figure. */
const BRACKET_GAPS = new Set(['(', '[', '( about', '( or']);

/**
 * The second amount states the first in another currency within brackets ("9.8 billion crowns
 * ($1.0 billion)"): an aside, so the sentence's own currency stays the first one's.
 */
export function isBracketedPair(doc: Doc, previous: Reading, reading: Reading): boolean {
  if (!isStatedPair(doc, previous, reading)) return false;
  let between = '';
  for (let k = previous.next; k < reading.first; k++) between += (between ? ' ' : '') + doc.tokens[k]!.lower;
  return BRACKET_GAPS.has(between);
}

const signed = (side: Side, minor: boolean): string => {
  const v = minor ? shiftDecimal(side.amount.value, -2) : side.amount.value;
  return side.negative ? negateDecimal(v) : v;
};

/**
 * "Rp 5.000", "VND 50.000": in a currency priced in whole units, one dot before three digits
 * groups thousands, whatever the text's style; the side read as 5.000 becomes 5000.
 */
function dotGroupedThousands(doc: Doc, side: Side): Side {
  const a = side.amount;
  if (a.spelled || a.power || a.fractionDigits !== 3 || a.next !== a.first + 1) return side;
  const t = doc.tokens[a.first]!.text;
  const dot = t.indexOf('.');
  if (dot < 1 || dot > 3 || t.length !== dot + 4 || t[0] === '0' || t.indexOf(',') >= 0) return side;
  const value = shiftDecimal(a.value, 3);
  const note = `"${t}" read as ${value}: the currency is priced in whole units, so "." groups thousands`;
  return { ...side, amount: { ...a, value, base: value, fractionDigits: 0, notes: [...(a.notes ?? []), note] } };
}

/** How far back a bare "$" looks for the words that name its dollar ("In U.S. dollar terms, revenue was $33.1 billion"). */
const DOLLAR_TERMS_REACH = 10;

/**
 * "In U.S. dollar terms, revenue was $33.1 billion", "in US dollars, $1.6 billion", "in dollar
 * terms": "in" and the US dollar named, in the sentence before a bare dollar amount. The writer
 * turned to US dollars from the text's own (NT$, C$), so this and later bare amounts are in them.
 * ("In Canadian dollar terms" and "a strong US dollar" name no turn to US dollars.)
 */
function namesUSDollarBefore(doc: Doc, first: number): boolean {
  const tokens = doc.tokens;
  for (let k = first - 1; k >= 0 && k >= first - DOLLAR_TERMS_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && (t.text === ';' || (t.text === '.' && tokens[k + 1]?.space))) return false;
    if (t.kind !== 'word' || (t.lower !== 'dollar' && t.lower !== 'dollars')) continue;
    const p = tokens[k - 1];
    // "US dollar", "American dollars", "U.S. dollars" (the tokens "U", ".", "S", ".").
    const us = !p ? 0 : (p.kind === 'word' && (p.text === 'US' || p.lower === 'american')) ? 1 : (p.text === '.' && tokens[k - 2]?.text === 'S' && tokens[k - 4]?.text === 'U') ? 4 : 0;
    return isWord(tokens[k - 1 - us], 'in') && (us > 0 || isWord(tokens[k + 1], 'terms'));
  }
  return false;
}

/**
 * "In local-currency terms, gold traded at a record A$5,190 an ounce", "in Australian dollar
 * terms": "local currency" or "… dollar terms" earlier in the sentence of an explicit amount.
 * The writer turns to a local currency for an aside, so a later bare "$" keeps the text's own
 * dollar ("… discounts of up to $18 an ounce" is US dollars), not the one of the aside.
 */
function namesLocalCurrencyBefore(doc: Doc, first: number): boolean {
  const tokens = doc.tokens;
  for (let k = first - 1; k >= 0 && k >= first - DOLLAR_TERMS_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && (t.text === ';' || (t.text === '.' && tokens[k + 1]?.space))) return false;
    if (t.kind !== 'word') continue;
    if (t.lower === 'local' && (isWord(tokens[k + 1], 'currency') || (tokens[k + 1]?.text === '-' && isWord(tokens[k + 2], 'currency')))) return true;
    if (t.lower === 'terms' && (isWord(tokens[k - 1], 'dollar') || isWord(tokens[k - 1], 'currency'))) return true;
  }
  return false;
}

export function toFigure(doc: Doc, r: Reading, explicit: ExplicitMentions, translation: boolean): MoneyFigure | undefined {
  const tokens = doc.tokens;
  const cur = r.currency;
  if (cur.value.family === 'dollar' && !cur.value.code && !translation && explicit.latest('dollar') !== 'USD' && namesUSDollarBefore(doc, r.first)) explicit.record('USD');
  const choice = chooseCurrency(doc, cur.value, doc.text.slice(tokens[cur.first]!.start, tokens[cur.next - 1]!.end), explicit, translation, r.first);
  if (!choice) return undefined;
  if (choice.inference.basis === 'explicit' && choice.currency && !(cur.value.code !== 'USD' && namesLocalCurrencyBefore(doc, r.first))) explicit.record(choice.currency);
  const minor = !!cur.value.minor;
  const whole = !minor && !!choice.currency && WHOLE_UNIT_CURRENCIES.has(choice.currency);
  const low = whole ? dotGroupedThousands(doc, r.low) : r.low, high = whole && r.high ? dotGroupedThousands(doc, r.high) : r.high;
  if (low !== r.low || high !== r.high) r = { ...r, low, ...(high ? { high } : {}) };
  let amountExact = signed(r.low, minor);
  if (r.cents) amountExact = addDecimal(amountExact, shiftDecimal(r.cents, -2));
  const first = tokens[r.first]!, last = tokens[r.next - 1]!;
  const span = { start: first.start, end: last.end };
  const per = readPer(tokens, r.next);
  const qualifier = readQualifier(doc.text, tokens, r.first);
  const scale = r.low.amount.scale ?? r.high?.amount.scale;
  const lowNotes = r.low.amount.notes, highNotes = r.high?.amount.notes;
  const notes = lowNotes && highNotes ? [...lowNotes, ...highNotes] : (lowNotes ?? highNotes)?.slice();
  const highExact = r.high ? signed(r.high, minor) : undefined;
  const amount = decimalToNumber(amountExact), amountMax = highExact === undefined ? undefined : decimalToNumber(highExact);
  // A number past the range of a double ("1e400 dollars" written out) is no amount to report.
  if (!Number.isFinite(amount) || (amountMax !== undefined && !Number.isFinite(amountMax))) return undefined;
  const figure: { -readonly [K in keyof MoneyFigure]: MoneyFigure[K] } = {
    kind: 'money',
    span,
    text: doc.text.slice(span.start, span.end),
    rule: r.rule,
    currency: choice.currency,
    amount,
    amountExact,
    currencyInference: choice.inference,
  };
  if (amountMax !== undefined) { figure.amountMax = amountMax; figure.amountMaxExact = highExact; }
  if (scale) figure.scale = scale;
  if (per) figure.per = per.per;
  if (qualifier) figure.qualifier = qualifier;
  if (notes?.length) figure.notes = notes;
  return figure;
}
