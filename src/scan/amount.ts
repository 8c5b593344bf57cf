/**
 * Reads a number as writers put it before a unit: digits in any grouping, spelled-out words,
 * newswire fractions (`3-3/4`, `7 3/4`), vulgar fractions (`4¾`, `¼`), then an optional scale (`bn`, `mln`, `lakh crore`,
 * `-crore`). Shared by the money and percent recognisers.
 */
import { VULGAR_FRACTIONS } from '../lexicon/number-words';
import { SCALE_LOOKUP, SCALE_WORDS } from '../lexicon/scales';
import { addDecimal, divideDecimal, normalizeDecimal, shiftDecimal } from '../resolve/decimal';
import { isDigits, parseNumeral, styleEvidence, type NumberStyle } from './numeral';
import { readWordNumber, startsWordNumber, UNIT_WORD_VALUES } from './number-words';
import type { Token } from './tokens';
import { CURRENCY_KEY, SCALE, WORD_NUMBER } from './word-classes';

export interface Amount {
  /** Exact decimal value, scale applied. */
  readonly value: string;
  /** Value before the scale. */
  readonly base: string;
  /** Index of the first token. */
  readonly first: number;
  /** Index after the last token (scale included). */
  readonly next: number;
  /** Index after the number, before any scale. */
  readonly numberNext: number;
  /** Power of ten applied by scale words (0 when none). */
  readonly power: number;
  /** Scale words as written. */
  readonly scale?: string;
  /** Read from words ("two billion"), not digits. */
  readonly spelled: boolean;
  /** Digits after the decimal separator. */
  readonly fractionDigits: number;
  readonly notes?: readonly string[];
}

/**
 * The number style of a document's tokens, from its unambiguous numerals (English unless
 * Europe wins). `candidates`: indices of the tokens that can be numbers (all when absent).
 */
function styleOf(tokens: readonly Token[], candidates: readonly number[] | undefined): NumberStyle {
  let en = 0, eu = 0;
  const n = candidates ? candidates.length : tokens.length;
  for (let k = 0; k < n; k++) {
    const t = tokens[candidates ? candidates[k]! : k]!;
    if (t.kind !== 'number' || t.text.length < 3) continue;
    const e = styleEvidence(t.text);
    if (e === 'en') en++;
    else if (e === 'eu') eu++;
  }
  return eu > en ? 'eu' : 'en';
}


const isPunct = (t: Token | undefined, char: string): t is Token => !!t && t.kind === 'punct' && t.text === char;
const isInteger = (t: Token | undefined): t is Token => !!t && t.kind === 'number' && isDigits(t.text);

/** Reads "3/4" at `i` (glued), returning its decimal value. */
function readFraction(tokens: readonly Token[], i: number): { value: string; next: number } | undefined {
  const num = tokens[i], slash = tokens[i + 1], den = tokens[i + 2];
  if (!isInteger(num) || !isPunct(slash, '/') || slash.space || !isInteger(den) || den.space) return undefined;
  const n = Number(num.text), d = Number(den.text);
  if (d === 0 || n >= d || d > 64) return undefined;
  return { value: fractionValue(n, d), next: i + 3 };
}

/** n/d as a decimal string, worked out once per fraction: newswire prices repeat the same few. */
const FRACTIONS: Array<string | undefined> = [];
/**
 * Twelve places: a third is 0.333333333333, close to what a reader means (a 64th is exact in
 * six). `n` < `d` ≤ 64.
 */
const fractionValue = (n: number, d: number): string => (FRACTIONS[n * 65 + d] ??= divideDecimal(String(n), String(d), 12));

const VULGAR: ReadonlyMap<string, string> = new Map(Object.entries(VULGAR_FRACTIONS));
/** The value of a vulgar fraction token ("¾"), or undefined. */
const vulgarAt = (t: Token | undefined): string | undefined => (t && t.cls & WORD_NUMBER && t.kind === 'punct' ? VULGAR.get(t.text) : undefined);
const decimals = (v: string): number => (v.includes('.') ? v.length - v.indexOf('.') - 1 : 0);

const GROUP = /^\d{3}$/;
const LAST_GROUP = /^\d{3}(?:,\d{1,3})?$/;

/**
 * Thousands grouped with plain spaces, as much of Europe writes them: "1 234 567 euros",
 * "€1 234,56". Read only where it cannot be two numbers: two or more groups, a decimal comma
 * at the end, a group opening with a zero ("1 000 euros"), or a text that writes its numbers
 * the European way.
 */
function readSpaceGroups(reader: AmountReader, i: number): { value: string; fractionDigits: number; next: number } | undefined {
  const tokens = reader.tokens;
  const head = tokens[i]!;
  if (head.text.length > 3 || !isDigits(head.text)) return undefined;
  let j = i + 1;
  let digits = head.text;
  let frac = '';
  for (let prev = head; j < tokens.length && j - i <= 5; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'number' || t.newline || t.start - prev.end !== 1 || !LAST_GROUP.test(t.text)) break;
    if (!GROUP.test(t.text)) { digits += t.text.slice(0, 3); frac = t.text.slice(4); j++; break; }
    digits += t.text;
    prev = t;
  }
  const groups = j - i - 1;
  // A group that opens with a zero ("1 000", "25 050") is no number of its own: one number.
  if (groups === 0 || (groups === 1 && !frac && tokens[i + 1]!.text.charCodeAt(0) !== 48 && reader.numberStyle() !== 'eu' && !currencyAndScaleAround(tokens, i, j))) return undefined;
  const value = frac ? `${digits}.${frac}` : digits;
  return { value: normalizeDecimal(value), fractionDigits: frac.length, next: j };
}

/**
 * One space group between a currency and a scale is one number: "NOK 10 576 million", "Rs.
 * 10 576 crore" (two amounts never sit between one currency and one scale). The currency's
 * key word ends the phrase before the number, after at most its abbreviation's full stop.
 */
function currencyAndScaleAround(tokens: readonly Token[], head: number, next: number): boolean {
  const after = tokens[next];
  if (!after || !after.space || !(after.cls & SCALE)) return false;
  const k = isPunct(tokens[head - 1], '.') && !tokens[head - 1]!.space ? head - 2 : head - 1;
  return !!tokens[k] && (tokens[k]!.cls & CURRENCY_KEY) !== 0;
}

/** "and a half", "and a quarter", "and three quarters", "and a third" after a whole number, hyphenated or not. */
function readAndAFraction(tokens: readonly Token[], i: number): { value: string; next: number } | undefined {
  // Every phrase opens with "and": most numbers are followed by something else.
  const head = isPunct(tokens[i], '-') && !tokens[i]!.space ? tokens[i + 1] : tokens[i];
  if (head?.kind !== 'word' || head.lower !== 'and') return undefined;
  const words: string[] = [];
  let k = i;
  for (; k < tokens.length && words.length < 4; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text === '-' && !t.space) continue;
    if (t.kind !== 'word') break;
    words.push(t.lower);
    const phrase = words.join(' ');
    const value = AND_FRACTIONS[phrase];
    if (value) return { value, next: k + 1 };
    if (!Object.keys(AND_FRACTIONS).some((f) => f.startsWith(phrase))) return undefined;
  }
  return undefined;
}

/** Fractions after "and" by their words; thirds to twelve places, as {@link fractionValue} writes them ("3-1/3"). */
const AND_FRACTIONS: Readonly<Record<string, string>> = {
  'and a half': '0.5', 'and one half': '0.5', 'and a quarter': '0.25', 'and one quarter': '0.25', 'and three quarters': '0.75',
  'and a third': fractionValue(1, 3), 'and one third': fractionValue(1, 3), 'and two thirds': fractionValue(2, 3),
};

/** One space before and after token `j`, on one line ("25 - million"): tokenised text's spaced hyphen. */
export const oneSpaceAround = (tokens: readonly Token[], j: number): boolean => {
  const p = tokens[j - 1], t = tokens[j]!, n = tokens[j + 1];
  return !!p && !!n && t.start === p.end + 1 && n.start === t.end + 1 && !t.newline && !n.newline;
};

/** Scale words at `i` (up to two: "lakh crore"), glued by a hyphen or not. */
export function readScale(tokens: readonly Token[], i: number): { power: number; text: string; next: number } | undefined {
  let j = i;
  let power = 0;
  const words: string[] = [];
  for (let k = 0; k < 2; k++) {
    let t = tokens[j];
    let hyphen = false;
    // "-million" glued, or spaced on both sides as tokenised text writes "$ 25 - million deal".
    if (isPunct(t, '-') && tokens[j + 1]?.kind === 'word' && (t.space ? k === 0 && oneSpaceAround(tokens, j) : !tokens[j + 1]!.space)) { hyphen = true; t = tokens[j + 1]; }
    if (!t || !(t.cls & SCALE)) break;
    const entry = SCALE_LOOKUP.get(t.lower);
    if (!entry) break;
    if (entry.caseSensitive && SCALE_WORDS[t.text] !== entry) break;
    if (entry.gluedOnly && (t.space || hyphen)) break;
    // A scale word glued to more letters is another word ("5mph" never reaches here: one token).
    power += entry.power;
    words.push(t.text);
    j += hyphen ? 2 : 1;
  }
  return words.length ? { power, text: words.join(' '), next: j } : undefined;
}

/**
 * A number glued after a "/" that is glued after another number: the second half of a quote
 * ("409.40/90 dlrs": bid 409.40, offer 409.90), a fraction ("3/4") or a date. Never where an
 * amount starts.
 */
export function isSlashTail(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i], slash = tokens[i - 1], before = tokens[i - 2];
  return !!t && !!slash && !!before && t.kind === 'number' && !t.space && slash.kind === 'punct' && slash.text === '/' && !slash.space && before.kind === 'number';
}

/**
 * One document's number readings. The money recogniser tries a number from several starts
 * and the percent recogniser reads it again: the second and later reads are lookups. The
 * reader lives on the document (`Doc.amounts`) rather than in a module-level WeakMap keyed
 * by it: a WeakMap entry per document cost the garbage collector more than the reading.
 */
export class AmountReader {
  readonly tokens: readonly Token[];
  /** Indices of the tokens that can be numbers, when known (the tokenizer's marked tokens). */
  private readonly candidates: readonly number[] | undefined;
  private style: NumberStyle | undefined;
  /** Readings by token index (`null`: nothing to read), made on first use. */
  private bare: Array<Amount | null | undefined> | undefined;
  /** The same with a scale word read after the number (the bare reading when there is none). */
  private scaled: Array<Amount | undefined> | undefined;

  constructor(tokens: readonly Token[], candidates?: readonly number[]) {
    this.tokens = tokens;
    this.candidates = candidates;
  }

  /** Reads a number (digits or words) at token `i`, with fractions and, unless told not to, a scale. */
  read(i: number, withScale = true): Amount | undefined {
    const bare = (this.bare ??= new Array(this.tokens.length));
    let amount = bare[i];
    if (amount === undefined) bare[i] = amount = readAmountAt(this, i) ?? null;
    if (amount === null) return undefined;
    if (!withScale) return amount;
    // Money reads with the scale and percent without: the number itself is parsed once.
    const scaled = (this.scaled ??= new Array(this.tokens.length));
    return (scaled[i] ??= withScaleAfter(this.tokens, amount));
  }

  /** The document's number style, worked out the first time an ambiguous numeral needs it. */
  numberStyle(): NumberStyle {
    return (this.style ??= styleOf(this.tokens, this.candidates));
  }
}

/** `amount` with the scale words after it applied ("3.5 mln"), or itself when none follow. */
function withScaleAfter(tokens: readonly Token[], amount: Amount): Amount {
  const s = readScale(tokens, amount.next);
  if (!s) return amount;
  const scaled: { -readonly [K in keyof Amount]: Amount[K] } = {
    value: shiftDecimal(amount.base, s.power), base: amount.base, first: amount.first, next: s.next, numberNext: amount.numberNext,
    power: s.power, spelled: amount.spelled, fractionDigits: amount.fractionDigits,
  };
  // A spelled-out magnitude stays in front: "two billion" + "mln" reads "billion mln".
  scaled.scale = amount.scale ? `${amount.scale} ${s.text}` : s.text;
  if (amount.notes) scaled.notes = amount.notes;
  return scaled;
}

/**
 * The digits after a spoken decimal point at `j`: "point five" ("one point five billion") word
 * by word, or "point 25" in digits. Undefined when `j` is no "point" or no digits follow.
 */
function readPointDigits(tokens: readonly Token[], j: number): { digits: string; next: number } | undefined {
  const p = tokens[j];
  if (p?.kind !== 'word' || p.end - p.start !== 5 || !p.space || p.lower !== 'point') return undefined;
  let digits = '';
  let k = j + 1;
  for (; k < tokens.length && k - j <= 6; k++) {
    const d = tokens[k]!;
    const v = d.kind === 'word' ? UNIT_WORD_VALUES.get(d.lower) : undefined;
    if (v === undefined || v > 9) break;
    digits += String(v);
  }
  if (digits) return { digits, next: k };
  const n = tokens[j + 1];
  return isInteger(n) && n.space ? { digits: n.text, next: j + 2 } : undefined;
}

/** The number at token `i`, without any scale word after it. */
function readAmountAt(reader: AmountReader, i: number): Amount | undefined {
  const tokens = reader.tokens;
  const t = tokens[i];
  if (!t) return undefined;
  let base: string;
  let next: number;
  let spelled = false;
  let fractionDigits = 0;
  let scale: string | undefined;
  let note: string | undefined;
  if (t.kind === 'number') {
    const n = parseNumeral(t.text, () => reader.numberStyle());
    if (!n) return undefined;
    base = n.value;
    fractionDigits = n.fractionDigits;
    note = n.ambiguous;
    next = i + 1;
    const grouped = readSpaceGroups(reader, i);
    if (grouped) {
      base = grouped.value;
      fractionDigits = grouped.fractionDigits;
      next = grouped.next;
    }
    // A bare fraction: "5/8 percentage point" (not a date: no second slash).
    const bare = n.fractionDigits === 0 && !grouped ? readFraction(tokens, i) : undefined;
    // "4¾", "4 ¾": a vulgar fraction after a whole number (spaced like "7 3/4").
    const vulgar = n.fractionDigits === 0 && !grouped && !tokens[next]?.newline ? vulgarAt(tokens[next]) : undefined;
    if (vulgar) {
      base = addDecimal(base, vulgar);
      fractionDigits = decimals(vulgar);
      next++;
    } else if (bare && !isPunct(tokens[bare.next], '/')) {
      base = bare.value;
      next = bare.next;
      fractionDigits = 2;
    }
    // Newswire fractions: "3-3/4", "10-1/2", "7 3/4".
    else if (n.fractionDigits === 0 && !grouped) {
      const sep = tokens[next];
      const hyphenated = isPunct(sep, '-') && !sep.space && tokens[next + 1]?.space === false;
      const frac = hyphenated ? readFraction(tokens, next + 1) : sep?.space ? readFraction(tokens, next) : undefined;
      // "1 point 1 dollars": the decimal point spoken.
      const p = frac ? undefined : readPointDigits(tokens, next);
      if (frac) {
        base = addDecimal(base, frac.value);
        next = frac.next;
        fractionDigits = 2;
      } else if (p) {
        base = `${base}.${p.digits}`;
        fractionDigits = p.digits.length;
        next = p.next;
      } else {
        // "2 and a half percent", "4 and a quarter dollars", as spelled numbers take it.
        const half = readAndAFraction(tokens, next);
        if (half) {
          base = addDecimal(base, half.value);
          fractionDigits = decimals(base);
          next = half.next;
        }
      }
    }
    // A grain quote's fraction of its last decimal place: "$9.63-1/2" is 963½ cents, 9.635;
    // "$5.06-1/4" is 5.0625. Only halves, quarters and eighths, glued to a decimal of one or two places.
    else if (!grouped && (n.fractionDigits === 1 || n.fractionDigits === 2) && isPunct(tokens[next], '-') && !tokens[next]!.space && tokens[next + 1]?.space === false) {
      const frac = readFraction(tokens, next + 1);
      const d = frac ? Number(tokens[next + 3]!.text) : 0;
      if (frac && (d === 2 || d === 4 || d === 8) && !isPunct(tokens[frac.next], '/')) {
        base = normalizeDecimal(addDecimal(base, shiftDecimal(frac.value, -n.fractionDigits)));
        fractionDigits = decimals(base);
        next = frac.next;
      }
    }
  } else if (vulgarAt(t)) {
    // "¼%": a vulgar fraction on its own.
    base = vulgarAt(t)!;
    fractionDigits = decimals(base);
    next = i + 1;
  } else if (startsWordNumber(t)) {
    const w = readWordNumber(tokens, i);
    if (!w) return undefined;
    base = w.value;
    next = w.next;
    spelled = true;
    if (w.magnitude) { scale = w.magnitude; }
    if (!w.magnitude) {
      const p = readPointDigits(tokens, next);
      if (p) { base = `${base}.${p.digits}`; next = p.next; }
      // "two and a half million", "one-and-a-half billion"
      const half = readAndAFraction(tokens, next);
      if (half) { base = addDecimal(base, half.value); next = half.next; }
    }
  } else {
    return undefined;
  }
  const amount: { -readonly [K in keyof Amount]: Amount[K] } = { value: base, base, first: i, next, numberNext: next, power: 0, spelled, fractionDigits };
  if (scale) amount.scale = scale;
  if (note) amount.notes = [note];
  return amount;
}
