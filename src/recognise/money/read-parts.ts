/**
 * The pieces a money phrase is built from, read at a token index: a currency written before
 * or after the number, a sign, accounting parentheses, a per-unit tail ("a share"), and the
 * minor-unit tail of "20 dollars 43 cents". Each reader looks at a few tokens only.
 */
import type { Doc } from '../../document';
import { readWordNumber, startsWordNumber } from '../../scan/number-words';
import { oneSpaceAround, type Amount } from '../../scan/amount';
import type { PhraseMatch } from '../../scan/phrase-trie';
import type { Token } from '../../scan/tokens';
import { CURRENCY_AFTER, CURRENCY_BEFORE } from '../../scan/word-classes';
import { LOWER_CASE_CODES, SPACED_DOLLAR_LETTERS } from '../../lexicon/currencies';
import { currencyLexicon, type CurrencyMention } from '../../lexicon/currency-lexicon';

export type CurrencyMatch = PhraseMatch<CurrencyMention>;

/**
 * `t` is the mark `a` (or `b`). Fixed parameters, not a rest array: these run for every
 * number near a currency word, and each rest call built an array.
 */
export function isPunct(t: Token | undefined, a: string, b?: string): t is Token {
  if (!t || t.kind !== 'punct') return false;
  const p = t.text;
  return p === a || p === b;
}
/** `t` is the word `a` (or `b`, `c`, `d`); longer lists go in a Set and use {@link isWordIn}. */
export function isWord(t: Token | undefined, a: string, b?: string, c?: string, d?: string): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.lower;
  return w === a || w === b || w === c || w === d;
}
/** `isPunct` / `isWord` against a fixed set: no argument array per call on hot paths. */
export const isPunctIn = (t: Token | undefined, chars: ReadonlySet<string>): t is Token => !!t && t.kind === 'punct' && chars.has(t.text);
export const isWordIn = (t: Token | undefined, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean => !!t && t.kind === 'word' && words.has(t.lower);
export const DASHES = ['-', '\u2013', '\u2014', '\u2010', '\u2011'];
export const DASH_SET: ReadonlySet<string> = new Set(DASHES);
export const MINUS = ['-', '\u2212', '\u2013'];

/** Tokens from `k` are "-to-" glued between a range's two ends: "5-to-6 percent", "$5-to-$6 billion", "five-to-six". */
export const hyphenatedTo = (tokens: readonly Token[], k: number): boolean =>
  isPunctIn(tokens[k], DASH_SET) && !tokens[k]!.space && isWord(tokens[k + 1], 'to') && !tokens[k + 1]!.space
  && isPunctIn(tokens[k + 2], DASH_SET) && !tokens[k + 2]!.space && !!tokens[k + 3] && !tokens[k + 3]!.space;

/** Where a range's high end starts after its joiner at `k` (a dash, a word, or "-to-"). */
export const rangeHighAt = (tokens: readonly Token[], k: number): number => (hyphenatedTo(tokens, k) ? k + 3 : k + 1);

const isUpper = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/**
 * A code with a scale joined on is written with the code in capitals and the scale as
 * written ("EURm", "SEKbn", "MSEK", "kSEK"); a symbol's scale is glued to it ("£m").
 */
function scaledAcceptable(tokens: readonly Token[], m: CurrencyMention, first: number, next: number): boolean {
  const s = m.scale!;
  // A word that is its own scale: "grand".
  if (next === first + 1 && tokens[first]!.lower === s.text) return true;
  if (!m.isoCode) return next === first + 2 && !tokens[first + 1]!.space;
  const text = tokens[first]!.text;
  const code = s.before ? text.slice(s.text.length) : text.slice(0, text.length - s.text.length);
  const scale = s.before ? text.slice(0, s.text.length) : text.slice(code.length);
  return isUpper(code) && (scale === s.text || (s.before && scale === s.text.toUpperCase()));
}

/** A one-letter dollar prefix and its "$": "C$", "c $". */
const letterDollarAt = (tokens: readonly Token[], first: number, next: number): boolean =>
  next - first === 2 && tokens[first]!.kind === 'word' && tokens[first]!.text.length === 1 && tokens[first + 1]!.text === '$';

/** "s $", "c $": a letter spaced from its "$", which only opens an amount ("s $ 40"), never follows one ("page 3 s $ 40"). */
const spacedPrefixAt = (tokens: readonly Token[], first: number, next: number): boolean =>
  letterDollarAt(tokens, first, next) && tokens[first + 1]!.space;

/** Case and glue rules every currency phrase must pass. */
function acceptable(tokens: readonly Token[], m: CurrencyMention, first: number, next: number): boolean {
  const head = tokens[first]!;
  if (m.scale) return scaledAcceptable(tokens, m, first, next);
  if (m.gluedSign && tokens[first + 1]!.space) return false;
  if (m.isoCode && !isUpper(head.text) && !(head.text === head.lower && LOWER_CASE_CODES.has(head.lower))) return false;
  // "a $5 million deal" is not "A$": one-letter dollar prefixes must be glued to the "$",
  // and must not be the tail of a possessive ("company's $5m"). Tokenised text writes "c $",
  // "r $" and "s $" spaced: letters that are no English word alone ("a" is), so they may
  // stand apart, though never after an apostrophe ("it ' s $ 40") or glued to what precedes
  // them ("U.S $5").
  if (letterDollarAt(tokens, first, next)) {
    const prev = tokens[first - 1];
    if (prev && !head.space && (prev.kind === 'word' || isPunct(prev, "'", '\u2019'))) return false;
    if (tokens[first + 1]!.space && !SPACED_DOLLAR_LETTERS.has(head.lower)) return false;
    if (tokens[first + 1]!.space && prev && (!head.space || isPunct(prev, "'", '\u2019'))) return false;
  }
  return true;
}

/** A currency phrase written before the number ("US$", "RMB", "Rs.", "€"). */
export function readCurrencyBefore(tokens: readonly Token[], i: number): CurrencyMatch | undefined {
  const t = tokens[i];
  if (!t || !(t.cls & CURRENCY_BEFORE)) return undefined;
  const lex = currencyLexicon();
  // A currency word glued to letters before it is part of another word.
  return lex.before.match(tokens, i, (m, first, next) => acceptable(tokens, m, first, next));
}

/**
 * "It costs 75 c.", "10 c": a lower-case "c" spaced after the number is cents where the text
 * or sentence ends with it; elsewhere a spaced letter is more often a list item or a grade.
 */
function spacedCentsAt(tokens: readonly Token[], first: number, next: number): boolean {
  if (next !== first + 1 || tokens[first]!.text !== 'c') return false;
  const after = tokens[next];
  return !after || (after.kind === 'punct' && (after.text === '.' || after.text === '!' || after.text === '?') && (tokens[next + 1]?.space ?? true));
}

/** A currency phrase written after the number ("dollars", "Chinese yuan", "€", "cts"), maybe after a hyphen ("12-cent"). */
export function readCurrencyAfter(tokens: readonly Token[], i: number): CurrencyMatch | undefined {
  let t = tokens[i];
  if (!t) return undefined;
  let at = i;
  // "12-cent", or one space on both sides as tokenised text writes "a 10 - cent dividend" (a
  // one-word unit only: "864.1 mln - special drawing rights" is a list).
  const spaced = isPunct(t, '-') && t.space && oneSpaceAround(tokens, i);
  if (isPunct(t, '-') && tokens[i + 1] && tokens[i + 1]!.kind === 'word' && (spaced || (!t.space && !tokens[i + 1]!.space))) { at = i + 1; t = tokens[at]!; }
  if (!(t.cls & CURRENCY_AFTER)) return undefined;
  const lex = currencyLexicon();
  const m = lex.after.match(tokens, at, (v, first, next) => acceptable(tokens, v, first, next) && !spacedPrefixAt(tokens, first, next)
    && (!spaced || next === first + 1)
    && (!v.gluedOnly || (!tokens[first]!.space && at === i) || spacedCentsAt(tokens, first, next)));
  if (!m) return undefined;
  // The currency word must end the word: "5 Euros" yes, but "5 USDA" never gets here (one token).
  return at === i ? m : { value: m.value, first: i, next: m.next };
}

/** A minus sign glued to what follows, not the tail of a hyphenated word ("COVID-19"). */
export function isSign(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'punct' || !MINUS_SET.has(t.text)) return false;
  const n = tokens[i + 1];
  if (!n || n.space) return false;
  const prev = tokens[i - 1];
  return !prev || t.space || (prev.kind === 'punct' && !DASHES.includes(prev.text));
}
const MINUS_SET = new Set(MINUS);

/** A minus glued between a currency sign and its number: "$-1.5m", "€-3.2bn" (`i`: the minus). */
export function isSignAfterSymbol(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i], n = tokens[i + 1];
  return !!t && t.kind === 'punct' && !t.space && MINUS_SET.has(t.text) && !!n && n.kind === 'number' && !n.space && tokens[i - 1]?.kind === 'symbol';
}

/** Words after "a $5 million ... " that make a comparison ("a year earlier"), not a rate. */
const COMPARISON_AFTER: ReadonlySet<string> = new Set(['earlier', 'ago', 'before', 'later', 'after', 'on', 'from']);
/** Units of time, which "earlier", "ago", "on" after them make a comparison: "a year earlier", "per year on year". */
const TIME_UNITS_AFTER: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'quarter', 'season']);

/** Units "a" can price ("$45 a share"); "$5 million a company" is no rate. */
const UNITS_AFTER_A: ReadonlySet<string> = new Set([
  'share', 'barrel', 'ton', 'tonne', 'ounce', 'pound', 'bushel', 'gallon', 'unit', 'head', 'piece', 'kilo', 'kg', 'litre', 'liter',
  'dozen', 'hour', 'seat', 'vote', 'bond', 'note', 'year', 'month', 'week', 'day', 'quarter',
  'therm', 'mmbtu', 'tons', 'tonnes', 'lb', 'oz', 'megawatt', 'megawatt-hour', 'mwh', 'kwh', 'cwt', 'carat',
  // Floor space and land: "$72 a square foot", "£1,150 a square metre", "$9,000 an acre".
  'square', 'acre', 'hectare',
  // Sport's units of time and play: "£60 million a season", "$2m a game", "£40 a match".
  'season', 'game', 'match',
]);

/** Words before a unit that only qualify it: "a metric ton", "per troy ounce", "per wet metric tonne". */
const UNIT_QUALIFIERS: ReadonlySet<string> = new Set(['metric', 'troy', 'short', 'long', 'wet', 'dry']);

/**
 * Words after "each" or "per" that name no unit: "Rs 10 lakh each and a refund", "$5 million
 * each to the two funds" pay each payer, not per "and".
 */
const NOT_UNITS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'plus', 'to', 'in', 'for', 'from', 'with', 'by', 'on', 'at', 'of', 'as', 'into', 'under', 'over', 'after',
  'before', 'while', 'if', 'when', 'than', 'that', 'which', 'the', 'their', 'its', 'his', 'her', 'is', 'was', 'were', 'are', 'will', 'would',
]);

/** Kinds of share written between "per" and "share": "per diluted share". */
const SHARE_KINDS: ReadonlySet<string> = new Set(['diluted', 'basic', 'ordinary', 'common']);

/** "a share", "per barrel", "/share": the amount is a price per unit. */
export function readPer(tokens: readonly Token[], i: number): { per: string; next: number } | undefined {
  let j = i;
  if (isPunct(tokens[j], '-') && !tokens[j]!.space) j++;
  const t = tokens[j];
  // "316p for each share", "$41.25 for every share held": a price per share.
  if (isWord(t, 'for') && isWord(tokens[j + 1], 'each', 'every') && isWord(tokens[j + 2], 'share')) return { per: 'share', next: j + 3 };
  if (isWord(t, 'a', 'an', 'per', 'each') || isPunct(t, '/')) {
    let k = j + 1;
    if (isPunct(tokens[k], '-')) k++;
    // "$11,240 a metric ton", "per troy ounce", "per wet metric tonne": the unit is the noun.
    for (let q = 0; q < 2 && isWordIn(tokens[k], UNIT_QUALIFIERS) && tokens[k + 1]?.kind === 'word'; q++) k++;
    const u = tokens[k];
    // "$5 million a year" is per year; "$5 million a year earlier" is a comparison, not a rate
    // ("$3.72 per share on an adjusted basis", "raised its offer to $5.12 a share from $4.80",
    // "$45 a share on Monday" are per share: only a unit of time makes a comparison).
    const comparison = isWordIn(tokens[k + 1], COMPARISON_AFTER) && TIME_UNITS_AFTER.has(tokens[k]?.lower ?? '');
    // "$1.12 per diluted share", "21.3p a basic share": the unit is the share.
    if (u?.kind === 'word' && SHARE_KINDS.has(u.lower) && isWord(tokens[k + 1], 'share')) return { per: `${u.lower} share`, next: k + 2 };
    if (u?.kind === 'word' && u.lower.length > 1 && !comparison && !NOT_UNITS.has(u.lower)) {
      if (isWord(t, 'a', 'an') && !UNITS_AFTER_A.has(u.lower))
        return undefined;
      return { per: u.lower, next: k + 1 };
    }
  }
  return undefined;
}

/**
 * Whether an amount is a whole number of units that a minor-unit tail can follow: no
 * fraction and no scale word, though a spelled-out "two hundred" may take one ("two hundred
 * dollars and ten cents"); "$5 million and 20 cents" does not.
 */
export const takesMinorTail = (a: Amount): boolean => a.fractionDigits === 0 && (!a.scale || (a.spelled && a.power === 0));

/** The minor-unit tail of "20 dollars 43 cents", "$20 and 43c", "twenty rupees 43", "3 GBP and one". */
export function readMinorTail(doc: Doc, i: number): { value: string; next: number } | undefined {
  const tokens = doc.tokens;
  // "a dollar and a half", "two pounds and a half": fifty hundredths of the unit, where the
  // phrase ends there ("and a half-point cut", "and a half dozen eggs" go on).
  if (isWord(tokens[i], 'and') && isWord(tokens[i + 1], 'a') && isWord(tokens[i + 2], 'half')) {
    const after = tokens[i + 3];
    const ends = !after || after.newline || (after.kind === 'punct' && !(DASHES.includes(after.text) && !after.space)) || (after.kind === 'word' && AFTER_SPELLED_CENTS.has(after.lower));
    if (ends) return { value: '50', next: i + 3 };
    return undefined;
  }
  let j = i;
  if (isWord(tokens[j], 'and')) j++;
  const t = tokens[j];
  if (!t) return undefined;
  let cents: string | undefined;
  let next = j + 1;
  if (t.kind === 'number' && /^\d{1,2}$/.test(t.text)) cents = t.text;
  else if (t.kind === 'word' && startsWordNumber(t) && t.lower !== 'a' && t.lower !== 'an') {
    const w = readWordNumber(tokens, j);
    if (w && !w.magnitude && Number(w.value) < 100) { cents = w.value; next = w.next; }
  }
  if (cents === undefined) return undefined;
  const unit = readCurrencyAfter(tokens, next);
  if (unit?.value.minor) return { value: cents, next: unit.next };
  // A bare number is cents only where nothing else could own it: end of text or clause, or,
  // spelled out, before a word that opens what the price is for ("a dollar fifty for coffee").
  const after = tokens[next];
  if (!after || (after.kind === 'punct' && !DASHES.includes(after.text) && after.text !== '/') || isWord(after, 'and')) return { value: cents, next };
  // Two digits after a currency word read the same way: "5 dollars 25 for delivery" (not "$5 50 for").
  if ((t.kind === 'word' || (t.text.length === 2 && tokens[i - 1]?.kind === 'word')) && after.kind === 'word' && AFTER_SPELLED_CENTS.has(after.lower)) return { value: cents, next };
  return undefined;
}

/** Words after spelled cents that no number word continues: "nine pounds fifty at the shop", "a buck twenty each". */
const AFTER_SPELLED_CENTS: ReadonlySet<string> = new Set(['for', 'at', 'each', 'apiece', 'per', 'a', 'an', 'in', 'on']);
