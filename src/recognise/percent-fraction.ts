/**
 * Percentages sized by fraction words instead of a numeral: "half a percentage point", "a
 * quarter of a percent", "three-quarters of a percent", "a quarter-point cut", "a
 * half-percentage-point rise", "one-quarter percentage point", "a full percentage point", "a
 * percentage point", "a basis point".
 * The words are data (lexicon/percent-units.ts); this reads at most a dozen tokens.
 */
import { FRACTION_DENOMINATORS, FRACTION_NUMERATORS } from '../lexicon/number-words';
import { POINT_WORDS, WHOLE_WORDS, type PercentUnitWord } from '../lexicon/percent-units';
import { ORDINALS } from '../lexicon/periods';
import type { Amount } from '../scan/amount';
import type { PhraseMatch } from '../scan/phrase-trie';
import type { Token } from '../scan/tokens';
import { divideDecimal, normalizeDecimal } from '../resolve/decimal';
import { isPunct, isWord, isWordIn } from './money/read-parts';
import { readUnit } from './percent-unit';

export interface FractionOfUnit {
  readonly amount: Amount;
  readonly unit: PhraseMatch<PercentUnitWord>;
}

const POINT_UNIT: PercentUnitWord = { unit: 'percentage-point' };
const isGluedHyphen = (tokens: readonly Token[], k: number): boolean =>
  isPunct(tokens[k], '-') && !tokens[k]!.space && !!tokens[k + 1] && !tokens[k + 1]!.space;

/** Before "half point": a midpoint ("at the half point", "its half point"), not a size. */
const NOT_BEFORE_POINT: ReadonlySet<string> = new Set(['the', 'at', 'its', 'their', 'his', 'her', 'our']);

/** After "half point": what moved ("a half point cut", "a quarter point rate rise"). */
const RATE_MOVES: ReadonlySet<string> = new Set([
  'cut', 'cuts', 'rise', 'rises', 'increase', 'increases', 'reduction', 'reductions', 'hike', 'hikes', 'fall', 'drop', 'decline',
  'move', 'moves', 'rate', 'interest', 'prime', 'base', 'discount',
]);

/**
 * Before "half point", within six words: "raised rates a quarter point", "cuts of ... another
 * half point", "after trimming it by a quarter point" (a verb that only moves rates, not bond prices).
 */
const RATE_WORDS: ReadonlySet<string> = new Set(['rate', 'rates', 'cut', 'cuts', 'reduction', 'reductions', 'hike', 'hikes', 'easing', 'tightening',
  'cutting', 'hiked', 'hiking']);

/** "trim" moves a rate only when a rate is what it trims: "trimming it", "trimmed rates" (not "bonds trimmed their losses"). */
const TRIM_WORDS: ReadonlySet<string> = new Set(['trim', 'trims', 'trimmed', 'trimming']);
const TRIMMED_RATES: ReadonlySet<string> = new Set(['it', 'rates', 'rate', 'them']);

/** A rate move after the point, or a rate word shortly before the fraction. */
function isRateMove(tokens: readonly Token[], i: number, next: number): boolean {
  if (isWordIn(tokens[next], RATE_MOVES)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (isWordIn(tokens[k], RATE_WORDS)) return true;
    if (isWordIn(tokens[k], TRIM_WORDS) && isWordIn(tokens[k + 1], TRIMMED_RATES)) return true;
  }
  return false;
}

/** Fraction words and numerators: "half a percentage point", "one-third of a point" open before the article. */
const FRACTION_WORDS: ReadonlySet<string> = new Set([...FRACTION_NUMERATORS.keys(), ...FRACTION_DENOMINATORS.keys()]);

/** Words a fraction percentage opens with: one look-up rejects every other word. */
const STARTS: ReadonlySet<string> = new Set(['a', 'an', ...FRACTION_NUMERATORS.keys(), ...FRACTION_DENOMINATORS.keys()]);

/** "first quarter", "third-quarter": a period word, not a fraction, before a unit ("the third-quarter percent change"). */
function afterOrdinal(tokens: readonly Token[], i: number): boolean {
  const k = isGluedHyphen(tokens, i - 1) ? i - 2 : i - 1;
  return isWordIn(tokens[k], ORDINALS);
}

/**
 * The fraction percentage opening at token `i`. An article before a fraction is left out of
 * the span where the fraction and unit make one word ("a quarter-point cut", "a half
 * percentage point": the "a" goes with the noun), and kept where it is the number ("a
 * quarter of a percent", "a full percentage point").
 */
export function readFractionOfUnit(tokens: readonly Token[], i: number): FractionOfUnit | undefined {
  const head = tokens[i];
  if (!head || head.kind !== 'word') return undefined;
  const first = head.lower;
  if (!STARTS.has(first)) return undefined;
  const article = first === 'a' || first === 'an';
  // "rose a percentage point", "a basis point": the article is the one, before a unit written in
  // full ("a BP spokesman" is a company; "a percent" stays out: "a percentage of sales"); not
  // inside "half a percentage point" or "three-quarters of a point".
  if (article && isWord(tokens[i + 1], 'percentage', 'basis')) {
    const u = readUnit(tokens, i + 1);
    if (u) {
      const prev = tokens[i - 1];
      if (u.value.unit === 'percent' || (prev && (prev.kind === 'number' || isWord(prev, 'of') || isWordIn(prev, FRACTION_WORDS)))) return undefined;
      return { amount: { value: '1', base: '1', first: i, next: u.next, numberNext: i + 1, power: 0, spelled: true, fractionDigits: 0 }, unit: u };
    }
  }
  let k = article ? i + 1 : i;
  let numerator = 1;
  let counted = article; // an article or numeral is read, so "full" can mean one
  const n = tokens[k]!;
  if (!article && FRACTION_NUMERATORS.has(n.lower)) {
    const hyphen = isGluedHyphen(tokens, k + 1);
    const d = tokens[k + (hyphen ? 2 : 1)];
    numerator = FRACTION_NUMERATORS.get(n.lower)!;
    // "three-quarters", "three quarters", "one half", "one full"; never "two half-point cuts" (two cuts of half a point).
    const plural = !!d && d.kind === 'word' && d.lower.endsWith('s');
    const takes = isWordIn(d, FRACTION_DENOMINATORS) ? hyphen || plural || numerator === 1 : numerator === 1 && !hyphen && isWordIn(d, WHOLE_WORDS);
    if (!takes) return undefined;
    k += hyphen ? 2 : 1;
    counted = true;
  }
  const w = tokens[k];
  const denominator = w && w.kind === 'word' ? FRACTION_DENOMINATORS.get(w.lower) : undefined;
  const whole = denominator === undefined && counted && numerator === 1 && isWordIn(w, WHOLE_WORDS);
  if (denominator === undefined && !whole) return undefined;
  k++;
  // The value only once a unit is found: "quarter" and "half" are mostly period words.
  const amount = (next: number): Amount => {
    const value = whole ? '1' : normalizeDecimal(divideDecimal(String(numerator), String(denominator), 12));
    return { value, base: value, first: i, next, numberNext: next, power: 0, spelled: true, fractionDigits: value.includes('.') ? value.length - value.indexOf('.') - 1 : 0 };
  };
  // "quarter-point", "half-points": only glued, only after a fraction word.
  if (!whole && isGluedHyphen(tokens, k) && isWordIn(tokens[k + 1], POINT_WORDS) && !(tokens[k + 2]?.kind === 'word' && !tokens[k + 2]!.space)) {
    return article ? undefined : { amount: amount(k + 2), unit: { value: POINT_UNIT, first: k, next: k + 2 } };
  }
  // "a half point cut", "raised rates a quarter point": spaced, one point, halves and quarters,
  // in a rate move (bonds "fell a half point" and stocks "one-eighth point" are prices); not a
  // midpoint ("at the half point", "its half point") nor "half points".
  if ((denominator === 2 || denominator === 4) && isWord(tokens[k], 'point') && tokens[k]!.space && !isWordIn(tokens[i - 1], NOT_BEFORE_POINT) && isRateMove(tokens, i, k + 1)) {
    return article ? undefined : { amount: amount(k + 1), unit: { value: POINT_UNIT, first: k, next: k + 1 } };
  }
  // "half a percentage point", "a quarter of a percent", "three-quarters of one percent".
  if (!whole) {
    const of = isWord(tokens[k], 'of') ? k + 1 : k;
    const unit = isWord(tokens[of], 'a', 'an', 'one') ? readUnit(tokens, of + 1) : undefined;
    if (unit) return { amount: amount(unit.next), unit };
  }
  // "half percentage point", "quarter-percentage-point", "a full percentage point".
  const direct = readUnit(tokens, k);
  if (!direct || (article && !whole) || afterOrdinal(tokens, i)) return undefined;
  return { amount: amount(direct.next), unit: direct };
}
