/**
 * Rule `money.elided`: a scaled amount whose currency the text leaves to the money amount
 * before it in the same sentence, as newswires write comparisons:
 *
 *   "the surplus rose to 8.1 billion dlrs in March from 7.05 billion a year earlier"
 *   "loans fell 195 mln dlrs to 65.06 billion"
 *   "a deficit of 2.3 billion francs against a revised 1.1 billion in December and 0.9 billion in November"
 *   "bad loans of 2.4 billion dlrs (1.3 billion excluding Argentina)"
 *   "a net profit of 43 mln francs against losses of 968 mln in 1985"
 *   "a loss of 3.7 mln stg against a 25.4 mln profit", "from a gain of one billion dlrs to a decline of four billion"
 *   "rose to 40.2 billion dlrs from 37 to 38 billion" (a range), "against 4.89 and 4.79 billion" (two amounts)
 *   "fell to 1.02 billion euros, well below the 1.6 billion expected by analysts"
 *
 * Only where the words say it is the same kind of quantity: both amounts carry a scale word,
 * the bare one follows a comparison word ("from", "to", "against", "vs", "compared with",
 * "and"), and what follows it is punctuation, a function word or a period word, never a noun
 * that could be its unit ("against 1.35 mln tonnes", "and 3.2 billion shares"). Another scaled
 * number in between that is no money ("1.45 mln tonnes, against 1.35 mln") ends the search:
 * the bare amount is compared with that one.
 */
import type { Doc } from '../../document';
import { decimalToNumber, shiftDecimal } from '../../resolve/decimal';
import { TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words';
import { readQualifier } from '../../refine/qualifiers';
import type { Amount } from '../../scan/amount';
import { isYearDigits } from '../../scan/numeral';
import { MONTHS } from '../../lexicon/periods';
import { RANGE_WORDS } from './range';
import { DASH_SET } from './read-parts';
import { CURRENCY_AFTER, PERIOD, WORD_NUMBER } from '../../scan/word-classes';
import { FAMILIES, type CurrencyFamily } from '../../lexicon/currencies';
import { readCurrencyAfter } from './read-parts';
import { CHANGE_NOUNS } from '../../lexicon/range-cues';
import type { MoneyFigure } from '../../types';
import type { Reading } from './types';
import { COUNTED_NOUNS } from '../../lexicon/not-money';

/**
 * Words that set a bare amount against the one before it; also against a forecast ("fell to
 * 1.02 billion euros, below the 1.6 billion expected", "less than the 2.1 billion forecast"),
 * the verb told in any tense ("grew to 17.8 billion crowns, but missed the 19.1 billion expected").
 */
const JOINERS: ReadonlySet<string> = new Set([
  'from', 'to', 'against', 'vs', 'versus', 'and', 'with', 'below', 'above', 'than',
  'beating', 'beat', 'beats', 'topping', 'topped', 'tops', 'missing', 'missed', 'misses', 'exceeding', 'exceeded',
]);

/** Words between the joiner and the number: "from a revised 28.3 billion", "against an estimated 4 billion". */
const MODIFIERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'revised', 'estimated', 'upwardly', 'downwardly', 'previously', 'originally', 'initially',
  'reported', 'adjusted', 'record', 'projected', 'forecast', 'budgeted', 'its', 'their', 'current', 'present',
]);

/** Words that may follow the bare amount: none of them can be its unit. */
const FOLLOWERS: ReadonlySet<string> = new Set([
  'in', 'a', 'an', 'the', 'at', 'on', 'for', 'by', 'and', 'or', 'from', 'to', 'during', 'over', 'vs', 'versus',
  'while', 'with', 'as', 'when', 'before', 'after', 'this', 'that', 'which', 'until', 'since', 'through', 'against',
  'compared', 'earlier', 'ago', 'previously', 'originally', 'initially', 'forecast', 'expected', 'estimated',
  'projected', 'budgeted', 'planned', 'targeted', 'reported', 'recorded', 'registered', 'posted', 'seen', 'set',
  'but', 'so', 'then', 'under', 'between', 'according', 'said', 'last', 'previous', 'year', 'month', 'week', 'quarter',
  'respectively', 'now', 'today', 'yesterday', 'excluding', 'including', 'excl', 'incl',
]);

/** Longest stretch of tokens searched after an amount for the next one. */
const REACH = 40;

const DOT = 0x2e, BANG = 0x21, QUESTION = 0x3f;

/** A sentence ends at "." "!" "?" before a capital or a line break. */
function endsSentence(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  const c = doc.text.charCodeAt(t.start);
  if (c !== DOT && c !== BANG && c !== QUESTION) return false;
  const n = doc.tokens[k + 1];
  if (!n || n.newline) return true;
  const d = doc.text.charCodeAt(n.start);
  return n.space && d >= 0x41 && d <= 0x5a;
}

/** Money nouns a bare amount may follow after "of": "against losses of 968 mln", "on sales of 10.4 billion". */
const MONEY_NOUNS: ReadonlySet<string> = new Set([
  'profit', 'profits', 'loss', 'losses', 'sales', 'revenue', 'revenues', 'income', 'earnings', 'deficit', 'deficits',
  'surplus', 'surpluses', 'turnover',
]);

/** A money noun, or a noun of change: "from a gain of 1 billion dlrs to a decline of 4 billion". */
const isAmountNoun = (word: string): boolean => MONEY_NOUNS.has(word) || CHANGE_NOUNS.has(word);

/** Joiners before such a noun phrase: "compared with a deficit of", "after a net profit of", "on sales of". */
const NOUN_JOINERS: ReadonlySet<string> = new Set([...JOINERS, 'after', 'on']);

/**
 * The joiner before "a net profit of" ending at `j` (the "of"): the noun, then a few words
 * before it ("a", "net", "pretax", "parent company", "1985's"), then the joiner. Its index, or -1.
 */
function nounPhraseJoiner(doc: Doc, j: number): number {
  const tokens = doc.tokens;
  if (tokens[j]?.lower !== 'of' || !isAmountNoun(tokens[j - 1]?.lower ?? '')) return -1;
  for (let i = j - 2; i >= j - 6 && i >= 0; i--) {
    const t = tokens[i]!;
    // "against a 1985 loss of", "compared with 1985's profit of": a year, and its possessive.
    if ((t.kind === 'number' && t.end - t.start === 4) || (t.kind === 'punct' && (t.text === "'" || t.text === '’'))) continue;
    if (t.kind !== 'word') return -1;
    if (NOUN_JOINERS.has(t.lower)) return i;
  }
  return -1;
}

/** The bare scaled amount at `k` is compared with the amount before it (see the module comment). */
function isElided(doc: Doc, k: number, amount: Amount): boolean {
  const tokens = doc.tokens;
  let j = k - 1;
  for (let skipped = 0; skipped < 2 && tokens[j]?.kind === 'word' && MODIFIERS.has(tokens[j]!.lower); skipped++) j--;
  // "against losses of 968 mln", "compared with a deficit of 334 mln", "on sales of 10.4 billion".
  const viaNoun = nounPhraseJoiner(doc, j);
  if (viaNoun >= 0) j = viaNoun;
  const joiner = tokens[j];
  // "2.39 billion dlrs (1.35 billion excluding Brazil)": the amount restated in brackets.
  if (joiner?.kind === 'punct' && joiner.text === '(' && j === k - 1) return followedByNoUnit(doc, amount);
  if (!joiner || joiner.kind !== 'word' || !(viaNoun >= 0 ? NOUN_JOINERS : JOINERS).has(joiner.lower)) return false;
  if (joiner.lower === 'with' && !(tokens[j - 1]?.lower ?? '').startsWith('compar')) return false;
  if (countedBefore(doc, j)) return false;
  // "between 16 and 24 billion": the high end of a range of bare numbers.
  if (joiner.lower === 'and' && (tokens[j - 2]?.lower === 'between' || tokens[j - 3]?.lower === 'between')) return false;
  return followedByNoUnit(doc, amount);
}

/**
 * A counted noun right before the verb before the joiner at `j`: in "premium subscribers
 * climbed to 61 million" the number counts subscribers (also "users have risen to").
 */
function countedBefore(doc: Doc, j: number): boolean {
  const tokens = doc.tokens;
  let i = j - 2;
  if (tokens[i]?.kind === 'word' && AUXILIARIES.has(tokens[i]!.lower)) i--;
  const t = tokens[i];
  return tokens[j - 1]?.kind === 'word' && t?.kind === 'word' && COUNTED_NOUNS.has(t.lower);
}

const AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is']);

/** The token after the amount cannot be its unit: punctuation, a function word or a period word. */
function noUnitAfter(doc: Doc, amount: Amount): boolean {
  const after = doc.tokens[amount.next];
  // "Net 1.23 billion dlrs vs 777.5 mln" ending a line of a results table.
  if (!after || after.newline) return true;
  if (after.kind === 'punct') {
    const c = doc.text.charCodeAt(after.start);
    // Not "7.05 billion-dollar", "1.2 billion/year", "3 billion %".
    return c === DOT || c === 0x2c /* , */ || c === 0x3b /* ; */ || c === 0x29 /* ) */ || c === 0x3a /* : */;
  }
  // "against a 37 mln profit", "after a 4.3 billion decline": a money noun or a noun of change
  // names what the amount is, never its unit.
  return after.kind === 'word' && (FOLLOWERS.has(after.lower) || isAmountNoun(after.lower) || (after.cls & (PERIOD | WORD_NUMBER)) !== 0);
}

/**
 * Nothing after the amount can be its unit, nor after the amount it is set against right
 * after it: in "to 3.0 mln from 2.45 mln bags" the unit is the unit of both.
 */
function followedByNoUnit(doc: Doc, amount: Amount): boolean {
  if (!noUnitAfter(doc, amount)) return false;
  const after = doc.tokens[amount.next];
  if (!after || after.kind !== 'word' || !PAIRING.has(after.lower)) return true;
  const partner = doc.tokens[amount.next + 1]?.kind === 'number' ? doc.amounts.read(amount.next + 1) : undefined;
  return !partner?.scale || noUnitAfter(doc, partner);
}

const PAIRING: ReadonlySet<string> = new Set(['from', 'to', 'against', 'vs', 'versus']);

/**
 * Adds to `out` the money figures elided after `reading` (whose figure is `figure`), searched
 * from token `from` (the end of `reading`, or of its translation in brackets) up to token
 * `stop` (the next money reading) within the sentence.
 */
export function readElided(doc: Doc, reading: Reading, figure: MoneyFigure, stop: number, out: MoneyFigure[], from = reading.next): void {
  if (!figure.currency || reading.currency.value.minor || !(reading.high ?? reading.low).amount.scale) return;
  const tokens = doc.tokens;
  let limit = Math.min(stop, from + REACH);
  for (let k = from; k < limit; k++) {
    const t = tokens[k]!;
    if (t.newline && k > from) break;
    if (t.kind === 'punct') {
      if (endsSentence(doc, k)) break;
      continue;
    }
    if (t.kind !== 'number' && !(t.cls & WORD_NUMBER)) continue;
    const amount = doc.amounts.read(k);
    if (!amount?.scale) continue;
    // "from 37 to 38 billion", "against 4.89 and 4.79 billion": a bare number joined before it.
    // Failing that, only the high end of a range is left unread ("on April 30 and 69 mln" is read).
    const low = bareBefore(doc, k, amount);
    const paired = !!low && isElided(doc, low.first, amount);
    if ((!paired && (low?.range || !isElided(doc, k, amount))) || amount.next > stop) break;
    if (!paired) out.push(elidedFigure(doc, figure, amount, k));
    else if (low!.range) out.push(elidedFigure(doc, figure, low!.amount, low!.first, amount));
    else out.push(elidedFigure(doc, figure, low!.amount, low!.first), elidedFigure(doc, figure, amount, k));
    k = amount.next - 1;
    limit = Math.min(stop, amount.next + REACH);
  }
}

/** Words before a number that make it a day or a count of them, not a range's low end. */
const DAY_UNITS: ReadonlySet<string> = new Set(['week', 'weeks', 'day', 'days', 'no', 'number']);

/** Words and dashes that join a range's two ends; "and" and "or" join two amounts. */
const RANGE_JOINERS: ReadonlySet<string> = new Set([...RANGE_WORDS, ...DASH_SET]);
const PAIR_JOINERS: ReadonlySet<string> = new Set(['and', 'or', ...RANGE_JOINERS]);

/**
 * The bare number right before the joiner before the scaled amount `high` at `k` ("37 to 38 billion",
 * "4.89 and 4.79 billion", "three to four mln"), with the scale of that amount: a numeral that
 * is no year nor the end of one ("1985/86 and 3.3 billion"), or a spelled unit or tens word.
 */
function bareBefore(doc: Doc, k: number, high: Amount): { amount: Amount; first: number; range: boolean } | undefined {
  const tokens = doc.tokens;
  const joiner = tokens[k - 1], n = tokens[k - 2];
  if (!joiner || !n || !PAIR_JOINERS.has(joiner.lower)) return undefined;
  if (n.kind === 'number') {
    const before = tokens[k - 3];
    if (isYearDigits(n.text) || (before && !n.space && (before.kind === 'punct' || before.kind === 'symbol'))) return undefined;
    // ("in the week ended March 12 to 745.3 billion": a day, not a range's low end.)
    if (before?.kind === 'word' && (MONTHS.has(before.lower) || DAY_UNITS.has(before.lower))) return undefined;
  } else if (!(n.cls & WORD_NUMBER) || !(n.lower in UNIT_WORDS || n.lower in TENS_WORDS)) return undefined;
  const low = doc.amounts.read(k - 2);
  if (!low || low.next !== k - 1 || low.power || !high.power) return undefined;
  const value = shiftDecimal(low.base, high.power);
  return { amount: { ...low, value, power: high.power, ...(high.scale ? { scale: high.scale } : {}) }, first: k - 2, range: RANGE_JOINERS.has(joiner.lower) };
}

/** The figure of `amount` from token `k`, in the currency of `from`; with `high`, a range up to it. */
function elidedFigure(doc: Doc, from: MoneyFigure, amount: Amount, k: number, high?: Amount, reason = `the currency of "${from.text}", the amount it is compared with`): MoneyFigure {
  const tokens = doc.tokens;
  const span = { start: tokens[k]!.start, end: tokens[(high ?? amount).next - 1]!.end };
  const currency = from.currency!;
  const figure: { -readonly [K in keyof MoneyFigure]: MoneyFigure[K] } = {
    kind: 'money',
    span,
    text: doc.text.slice(span.start, span.end),
    rule: 'money.elided',
    currency,
    amount: decimalToNumber(amount.value),
    amountExact: amount.value,
    // Frozen here, as resolve/currency.ts freezes every other inference (refine/freeze.ts relies on it).
    currencyInference: Object.freeze({ basis: 'context', candidates: Object.freeze([currency]), reason }),
  };
  if (high) { figure.amountMax = decimalToNumber(high.value); figure.amountMaxExact = high.value; }
  if (amount.scale) figure.scale = amount.scale;
  const qualifier = readQualifier(doc.text, tokens, k);
  if (qualifier) figure.qualifier = qualifier;
  if (amount.notes?.length) figure.notes = amount.notes;
  return figure;
}

/**
 * Rule `money.elided` after a currency named with "in": "sales in Swedish crowns dropped 4% to
 * 59.1 billion", "exports in dollar terms rose to 2.3 billion from 2.1 billion". The sentence says
 * which currency its bare scaled amounts are in, on the same terms as an amount compared with a
 * money figure (`isElided`: a comparison word before it, no unit after it). A family's name
 * ("in crowns") takes the member of the latest amount written in it before; a sentence that
 * writes an amount of its own after the name is left to that amount ("in euros, revenue was
 * 3.2 billion euros, up from 2.9 billion").
 */
export function readNamedElided(doc: Doc, out: MoneyFigure[]): void {
  const tokens = doc.tokens;
  let added: MoneyFigure[] | undefined;
  // The latest member of each family among the amounts before the name, kept as the walk goes
  // forward (`out` is in text order), so each name costs no look back over the figures.
  const latest = new Map<CurrencyFamily, string>();
  let passed = 0;
  // (Currency words carry a class, so they are among the marked tokens.)
  for (const i of doc.marked) {
    const t = tokens[i]!;
    if (i === 0 || !(t.cls & CURRENCY_AFTER) || t.kind !== 'word' || tokens[i - 1]!.lower !== 'in') continue;
    const m = readCurrencyAfter(tokens, i);
    if (!m || m.first !== i || m.value.minor || m.value.scale || m.value.weak) continue;
    for (; passed < out.length && out[passed]!.span.start < t.start; passed++) noteMember(latest, out[passed]!.currency);
    const family = m.value.family;
    const currency = m.value.code ?? (family ? latest.get(family) ?? FAMILIES[family].fallback : undefined);
    if (!currency) continue;
    let next = m.next;
    if (tokens[next]?.lower === 'terms') next++;
    const limit = Math.min(tokens.length, next + REACH);
    for (let k = next; k < limit; k++) {
      const u = tokens[k]!;
      if (u.newline) break;
      if (u.kind === 'punct') {
        if (endsSentence(doc, k)) break;
        continue;
      }
      if (u.kind !== 'number') continue;
      // An amount of the sentence's own: the comparisons after it are read from it.
      if (coveredAt(out, u.start)) break;
      const amount = doc.amounts.read(k);
      if (!amount?.scale || isYearDigits(u.text)) { if (amount) k = amount.next - 1; continue; }
      if (!isElided(doc, k, amount)) break;
      const named = doc.text.slice(tokens[i]!.start, tokens[m.next - 1]!.end);
      const figure = elidedFigure(doc, { text: named, currency } as MoneyFigure, amount, k, undefined, `the currency of "in ${named}" before it in the sentence`);
      (added ??= []).push(figure);
      k = amount.next - 1;
    }
  }
  if (!added) return;
  out.push(...added);
  out.sort((a, b) => a.span.start - b.span.start);
}

/** Families of each code, for {@link noteMember}: "SEK" is a crown. */
const FAMILIES_OF: ReadonlyMap<string, readonly CurrencyFamily[]> = (() => {
  const map = new Map<string, CurrencyFamily[]>();
  for (const [family, f] of Object.entries(FAMILIES) as Array<[CurrencyFamily, (typeof FAMILIES)[CurrencyFamily]]>) {
    for (const code of f.candidates) map.set(code, [...(map.get(code) ?? []), family]);
  }
  return map;
})();

/** Records `code` as the latest member written of each family it belongs to. */
function noteMember(latest: Map<CurrencyFamily, string>, code: string | null | undefined): void {
  if (!code) return;
  for (const family of FAMILIES_OF.get(code) ?? []) latest.set(family, code);
}

/** Whether a figure of `out` (in text order, not overlapping) covers offset `at`: a binary search. */
function coveredAt(out: readonly MoneyFigure[], at: number): boolean {
  let lo = 0, hi = out.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (out[mid]!.span.start <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 && at < out[found]!.span.end;
}
