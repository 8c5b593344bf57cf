/**
 * Reads spelled-out numbers from word tokens: "two billion", "twenty-two", "one hundred and
 * five", "half a million", "a million". Returns an exact decimal string.
 */
import { ARTICLE_COUNT_WORDS, ARTICLE_UNIT_WORDS, FRACTION_DENOMINATORS, FRACTION_NUMERATORS, FRACTION_WORDS, MAGNITUDE_WORDS, TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words';
import { addDecimal, divideDecimal, multiplyDecimal, shiftDecimal } from '../resolve/decimal';
import type { Token } from './tokens';
import { CURRENCY_AFTER } from './word-classes';

export interface WordNumber {
  /** Exact decimal value. */
  readonly value: string;
  /** Index of the first token read. */
  readonly first: number;
  /** Index after the last token read. */
  readonly next: number;
  /** The largest magnitude word read ("million"), if any. */
  readonly magnitude?: string;
}

/**
 * The lexicon's tables as Maps: a token's lower-cased text is a fresh string, and V8 looks a
 * fresh string up in a Map several times faster than as an object key.
 */
export const UNIT_WORD_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(UNIT_WORDS));
export const TENS_WORD_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(TENS_WORDS));
const MAGNITUDES: ReadonlyMap<string, number> = new Map(Object.entries(MAGNITUDE_WORDS));
export const FRACTION_WORD_VALUES: ReadonlyMap<string, string> = new Map(Object.entries(FRACTION_WORDS));

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const isWordText = (t: Token | undefined, w: string): boolean => !!t && t.kind === 'word' && t.lower === w;
const isHyphen = (t: Token | undefined): boolean => !!t && t.kind === 'punct' && (t.text === '-' || t.text === '\u2010') && !t.space;

/** Words that can open a spelled-out number. */
export const NUMBER_START_WORDS: ReadonlySet<string> = new Set([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(FRACTION_WORDS), 'a', 'an']);
const AFTER_ARTICLE = new Set([...Object.keys(FRACTION_WORDS), ...Object.keys(MAGNITUDE_WORDS), ...ARTICLE_UNIT_WORDS, ...Object.keys(ARTICLE_COUNT_WORDS)]);
/** "a couple": counts after an article, as a Map (see UNIT_WORD_VALUES). */
export const ARTICLE_COUNTS: ReadonlyMap<string, number> = new Map(Object.entries(ARTICLE_COUNT_WORDS));

/** True when the token is a word that can start a spelled-out number. */
export const startsWordNumber = (t: Token | undefined): boolean => !!t && t.kind === 'word' && NUMBER_START_WORDS.has(t.lower);

/** True when `tokens[i]` opens a spelled-out number ("a" and "an" only before "half", "million", "full"…). */
export function opensWordNumber(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!startsWordNumber(t)) return false;
  if (t!.lower !== 'a' && t!.lower !== 'an') return true;
  const next = tokens[i + 1];
  return !!next && next.kind === 'word' && AFTER_ARTICLE.has(next.lower);
}

/** "three quarters", "two-thirds", "one half": a numerator word and its denominator, as a decimal. */
function readCountedFraction(tokens: readonly Token[], i: number): { value: string; next: number } | undefined {
  const t = tokens[i];
  const n = isWord(t) ? FRACTION_NUMERATORS.get(t.lower) : undefined;
  if (n === undefined) return undefined;
  const k = isHyphen(tokens[i + 1]) ? i + 2 : i + 1;
  const w = tokens[k];
  const d = isWord(w) ? FRACTION_DENOMINATORS.get(w.lower) : undefined;
  // "one quarter", "three quarters": the plural after more than one.
  if (d === undefined || n >= d || (n > 1) !== w!.lower.endsWith('s')) return undefined;
  return { value: divideDecimal(String(n), String(d), 12), next: k + 1 };
}

/**
 * After a comma at `i`: number words ("four hundred", "twenty-two") closed by a magnitude of
 * at least a thousand that is smaller than `power`, the next group of the same number.
 */
function commaGroupFollows(tokens: readonly Token[], i: number, power: number): boolean {
  const first = tokens[i];
  if (!isWord(first) || !first.space || !(UNIT_WORD_VALUES.has(first.lower) || TENS_WORD_VALUES.has(first.lower))) return false;
  for (let k = i + 1; k < i + 6; k++) {
    const t = tokens[k];
    if (isHyphen(t)) continue;
    if (!isWord(t)) return false;
    const p = MAGNITUDES.get(t.lower);
    if (p !== undefined && p >= 3) return p < power;
    if (p === undefined && !UNIT_WORD_VALUES.has(t.lower) && !TENS_WORD_VALUES.has(t.lower) && t.lower !== 'and') return false;
  }
  return false;
}

/**
 * Reads a spelled-out number starting at `tokens[i]`. Bounded: a number is at most a few
 * dozen words, and every step moves forward.
 */
export function readWordNumber(tokens: readonly Token[], i: number): WordNumber | undefined {
  const first = i;
  let t = tokens[i];
  // "half a million", "a quarter of a billion": fraction × magnitude.
  let fraction: string | undefined;
  // "a hundred and fifty", "a thousand two hundred": the article counts as "one".
  let article = 0;
  if (isWordText(t, 'a') || isWordText(t, 'an')) {
    const n = tokens[i + 1];
    const nf = isWord(n) ? FRACTION_WORD_VALUES.get(n.lower) : undefined;
    const nm = isWord(n) ? MAGNITUDES.get(n.lower) : undefined;
    const nc = isWord(n) ? ARTICLE_COUNTS.get(n.lower) : undefined;
    if (nf !== undefined) { fraction = nf; i += 2; }
    else if (nm !== undefined) { article = 1; i += 1; }
    else if (nc !== undefined) {
      // "a couple hundred", "a couple of million"; "a couple of bucks" is the count alone.
      const k = isWordText(tokens[i + 2], 'of') ? i + 3 : i + 2;
      const m = tokens[k];
      if (isWord(m) && MAGNITUDES.has(m.lower)) { article = nc; i = k; }
      else if (isWord(m) && (m.cls & CURRENCY_AFTER) !== 0) return { value: String(nc), first, next: k };
      else return undefined;
    }
    else return undefined;
  } else if (isWord(t) && FRACTION_WORD_VALUES.has(t.lower)) {
    fraction = FRACTION_WORD_VALUES.get(t.lower); i += 1;
  } else {
    // "three quarters of a million", "two-thirds of a billion": a counted fraction, only
    // before "of a" and a magnitude (below), else "three quarters" is a count of quarters.
    const counted = readCountedFraction(tokens, i);
    if (counted && isWordText(tokens[counted.next], 'of')) { fraction = counted.value; i = counted.next; }
  }
  if (fraction !== undefined) {
    if (isWordText(tokens[i], 'of')) i++;
    if (isWordText(tokens[i], 'a') || isWordText(tokens[i], 'an')) i++;
    const m = tokens[i];
    const power = isWord(m) ? MAGNITUDES.get(m.lower) : undefined;
    if (power !== undefined && power >= 3) return { value: multiplyDecimal(fraction, shiftDecimal('1', power)), first, next: i + 1, magnitude: m!.lower };
    // "half a dollar", "a quarter of a cent": the fraction of the one unit named next, after "a".
    if (isWordText(tokens[i - 1], 'a') && isWord(m) && (m.cls & CURRENCY_AFTER) !== 0) return { value: fraction!, first, next: i };
    return undefined;
  }

  let total = '0';
  let group = article; // value below 1000 being built
  let sawNumber = article > 0;
  let lastWasMagnitude = false;
  let magnitude: string | undefined;
  let next = i;
  let lastPower = 0;
  for (let steps = 0; steps < 40; steps++) {
    t = tokens[i];
    // "three million, four hundred thousand": a comma after a magnitude, when a smaller one closes what follows.
    if (lastWasMagnitude && lastPower >= 6 && t?.kind === 'punct' && t.text === ',' && !t.space && commaGroupFollows(tokens, i + 1, lastPower)) { i++; continue; }
    if (!isWord(t)) break;
    const w = t.lower;
    const unit = UNIT_WORD_VALUES.get(w), tens = TENS_WORD_VALUES.get(w);
    if (unit !== undefined || tens !== undefined) {
      let v = (unit ?? tens)!;
      // "twenty-two", "twenty two"
      if (tens !== undefined) {
        const h = isHyphen(tokens[i + 1]) ? 2 : 1;
        const u = tokens[i + h];
        const uv = isWord(u) ? UNIT_WORD_VALUES.get(u.lower) : undefined;
        if (uv !== undefined && uv < 10 && uv > 0) { v += uv; i += h; }
      }
      if (sawNumber && !lastWasMagnitude && group % 100 !== 0) break; // "five six" is two numbers
      if (sawNumber && !lastWasMagnitude && group >= 1 && group < 100) break;
      group += v;
      sawNumber = true;
      lastWasMagnitude = false;
      i++;
      next = i;
      continue;
    }
    const p = sawNumber ? MAGNITUDES.get(w) : undefined;
    if (p !== undefined) {
      if (p === 2) { if (group === 0 || group >= 100) break; group *= 100; }
      else { total = addDecimal(total, shiftDecimal(String(group || 1), p)); group = 0; }
      if (!magnitude || p > MAGNITUDES.get(magnitude)!) magnitude = w;
      lastWasMagnitude = true;
      lastPower = p;
      i++;
      next = i;
      continue;
    }
    // "one hundred and five": "and" only joins when a number follows a magnitude.
    if (w === 'and' && lastWasMagnitude && isWord(tokens[i + 1]) && (UNIT_WORD_VALUES.has(tokens[i + 1]!.lower) || TENS_WORD_VALUES.has(tokens[i + 1]!.lower))) {
      i++;
      continue;
    }
    break;
  }
  if (!sawNumber) return undefined;
  const value = total === '0' ? String(group) : addDecimal(total, String(group));
  return magnitude ? { value, first, next, magnitude } : { value, first, next };
}
