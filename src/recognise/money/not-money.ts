/**
 * Look-alikes a number and a currency word make that are no amount: the dollars of a base
 * year ("in constant 2015 dollars", "the 2015 yuan devaluation"), weights ("a 300-pound
 * gorilla"), video resolutions ("1080p"), the euro zone and names spelled like a code ("COP28"). Checked
 * only once a reading has its currency, a few tokens each.
 */
import type { Doc } from '../../document';
import { DENOMINATION_NOUNS, EURO_UNION_NOUNS, FRAME_RATE_UNITS, GLUED_CODE_NAMES, PROVISION_LABELS, LIST_WORDS, NOT_A_NOUN_AFTER, OUNCE_WORDS, POUND_MONEY_NOUNS, POUND_PRICE_UNITS, POUND_UNIT_QUALIFIERS, PRICE_BASE_BEFORE, HIGH_RESOLUTIONS, RESOLUTION_REACH, TEMPERATURE_CUES, TEMPERATURE_REACH, VIDEO_RESOLUTIONS, VIDEO_WORDS, WEIGHING_VERBS, WEIGHT_AFTER, WEIGHT_UNITS, PUT_ON_VERBS } from '../../lexicon/not-money';
import type { Amount } from '../../scan/amount';
import { isDigits } from '../../scan/numeral';
import type { Token } from '../../scan/tokens';
import { isPunct, isWord, isWordIn, type CurrencyMatch } from './read-parts';
import type { Side } from './types';

const YEAR = /^(?:18|19|20)\d\d$/;

/** The lower-case word after the currency phrase when it is an ordinary noun that it modifies. */
function nounAfter(tokens: readonly Token[], cur: CurrencyMatch): string | undefined {
  const t = tokens[cur.next];
  if (!t || t.kind !== 'word' || t.text !== t.lower || NOT_A_NOUN_AFTER.has(t.lower)) return undefined;
  return t.lower;
}

/**
 * "in chained 2017 dollars", "in 2010 dollars", "the 2022 dollar surge": a year before a
 * currency word names the money of that year. "It cost 2015 dollars" and "the 2000 yen
 * note" stay amounts.
 */
function isBaseYear(doc: Doc, side: Side, cur: CurrencyMatch): boolean {
  const tokens = doc.tokens;
  const a = side.amount;
  const t = tokens[a.first]!;
  if (side.negative || a.spelled || a.power || a.next !== a.first + 1 || t.kind !== 'number' || t.text.length !== 4 || !YEAR.test(t.text) || cur.first !== a.next) return false;
  const before = tokens[a.first - 1];
  if (isWordIn(before, PRICE_BASE_BEFORE)) return true;
  // "the 2016 pound slump": a singular currency word used as an adjective.
  const word = tokens[cur.next - 1]!;
  if (!isWord(before, 'the') || word.kind !== 'word' || word.lower.endsWith('s') || cur.value.isoCode) return false;
  const noun = nounAfter(tokens, cur);
  return !!noun && !DENOMINATION_NOUNS.has(noun);
}

/**
 * "a 300-pound gorilla", "the 200-pound linebacker": a hyphenated "N-pound" before a noun
 * weighs, unless the noun is one money buys ("a 10-pound fine", "a five-pound note"); so
 * does one a metric weight follows ("100-pound (45-kg) bags").
 * Scaled amounts ("a 50-million-pound deal") and other currency words stay money.
 */
function isWeight(doc: Doc, side: Side, cur: CurrencyMatch): boolean {
  const tokens = doc.tokens;
  if (cur.value.family !== 'pound' || side.amount.power || !isPunct(tokens[cur.first], '-')) return false;
  if (tokens[cur.next - 1]!.lower !== 'pound' || cur.next - cur.first !== 2) return false;
  const noun = nounAfter(tokens, cur);
  return noun ? !POUND_MONEY_NOUNS.has(noun) : metricAfter(tokens, cur.next);
}

/** "(45-kg)", "(45 kg)": a metric weight in parentheses at `i`. */
function metricAfter(tokens: readonly Token[], i: number): boolean {
  if (!isPunct(tokens[i], '(') || tokens[i + 1]?.kind !== 'number') return false;
  const k = isPunct(tokens[i + 2], '-') ? i + 3 : i + 2;
  return isWordIn(tokens[k], WEIGHT_UNITS);
}

/** "720p" at `i`: a resolution's line count glued to its "p". */
const resolutionAt = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.kind === 'number' && VIDEO_RESOLUTIONS.has(tokens[i]!.text) && isWord(tokens[i + 1], 'p') && !tokens[i + 1]!.space;
/** A resolution ending at `i` (exclusive) or starting at `i`: "720p", or "4K" and "8K". */
const resolutionEndsAt = (tokens: readonly Token[], i: number): boolean => resolutionAt(tokens, i - 2) || kResolutionAt(tokens, i - 2);
const resolutionStartsAt = (tokens: readonly Token[], i: number): boolean => resolutionAt(tokens, i) || kResolutionAt(tokens, i);
const kResolutionAt = (tokens: readonly Token[], i: number): boolean =>
  (tokens[i]?.text === '4' || tokens[i]?.text === '8') && tokens[i]!.kind === 'number' && isWord(tokens[i + 1], 'k') && !tokens[i + 1]!.space;

/**
 * "1080p video", "streams in 720p", "720p or 480p", "1080p at 60fps": a video resolution glued
 * to its "p", not pence. A price in pence ("shares firmed to 480p") has none of these around it.
 */
function isResolution(doc: Doc, side: Side, cur: CurrencyMatch): boolean {
  const a = side.amount;
  if (side.negative || a.power || a.next !== a.first + 1 || cur.next - cur.first !== 1) return false;
  const tokens = doc.tokens, i = a.first;
  if (!resolutionAt(tokens, i)) return false;
  const after = tokens[cur.next];
  if (isWordIn(after, VIDEO_WORDS) || isWord(tokens[i - 1], 'in')) return true;
  // Two resolutions listed: "720p or 480p", "480p, 720p", "1080p and 4K".
  if ((isWordIn(tokens[i - 1], LIST_WORDS) || isPunct(tokens[i - 1], ',')) && resolutionEndsAt(tokens, i - 1)) return true;
  if ((isWordIn(after, LIST_WORDS) || isPunct(after, ',')) && resolutionStartsAt(tokens, cur.next + 1)) return true;
  // A frame or refresh rate after "at": "1080p at 60fps", "at 240 Hz", "at 60 frames per second".
  if (isWord(after, 'at') && tokens[cur.next + 1]?.kind === 'number' && isWordIn(tokens[cur.next + 2], FRAME_RATE_UNITS)) return true;
  // Two resolutions a few words apart, one of them a high one (1440p and up, 4K, 8K) that a
  // price in pence rarely is: "renders at 1440p and upscales to 2160p". "Fell to 480p and then
  // recovered to 720p" stays two prices.
  const high = HIGH_RESOLUTIONS.has(tokens[i]!.text);
  for (let k = cur.next; k < cur.next + RESOLUTION_REACH && tokens[k]?.kind === 'word'; k++) {
    if (resolutionStartsAt(tokens, k + 1) && (high || HIGH_RESOLUTIONS.has(tokens[k + 1]!.text) || kResolutionAt(tokens, k + 1))) return true;
  }
  for (let k = i - 1; k > i - 1 - RESOLUTION_REACH && tokens[k]?.kind === 'word'; k--) {
    if (resolutionEndsAt(tokens, k) && (high || HIGH_RESOLUTIONS.has(tokens[k - 2]!.text) || kResolutionAt(tokens, k - 2))) return true;
  }
  return false;
}

/**
 * "31C", "180C", "CF6-80C2": an upper-case letter glued to a number is degrees Celsius or part
 * of a model name, not cents or pence; only an all-capitals headline writes "TO 25P" (a word in
 * capitals before the number). A lower-case "c" is degrees when a word of weather or cooking
 * comes a few tokens before it ("highs of 28c", "the oven at 180 c."; TEMPERATURE_CUES).
 */
function isGluedLetterNoMinorUnit(doc: Doc, side: Side, cur: CurrencyMatch): boolean {
  if (!cur.value.minor || cur.next - cur.first !== 1) return false;
  const tokens = doc.tokens, unit = tokens[cur.first]!;
  if (unit.kind !== 'word' || unit.text.length !== 1) return false;
  // Spaced, only a lower-case "c" reaches here ("It costs 75 c."); glued letters of either case do.
  if (unit.space && unit.text !== 'c') return false;
  const first = side.amount.first;
  if (isProvisionLabel(tokens, first, cur.next)) return true;
  if (unit.text !== unit.lower) {
    const before = tokens[first - 1];
    return !(before && before.kind === 'word' && before.text.length > 1 && before.text === before.text.toUpperCase());
  }
  if (unit.lower !== 'c') return false;
  for (let k = first - 1; k >= 0 && k >= first - TEMPERATURE_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';')) return false;
    if (t.kind === 'word' && TEMPERATURE_CUES.has(t.lower)) return true;
  }
  return false;
}

/**
 * "Section 4c(a)", "Rule 15c3-3", "§ 78c": a letter glued to a number and glued to a bracket or
 * digit after it, or after a provision's label (PROVISION_LABELS), numbers a provision.
 */
function isProvisionLabel(tokens: readonly Token[], first: number, next: number): boolean {
  const after = tokens[next];
  if (after && !after.space && (after.kind === 'number' || isPunct(after, '('))) return true;
  const before = tokens[first - 1];
  return !!before && before.kind !== 'number' && PROVISION_LABELS.has(before.lower);
}

/**
 * "The baby weighed 7 pounds 3 ounces", "he lost 40 pounds": a plain count of pounds (no
 * scale, no symbol) after a verb of weighing, or with ounces after it, is a weight.
 */
function isPoundsWeight(doc: Doc, side: Side, cur: CurrencyMatch): boolean {
  if (cur.value.family !== 'pound' || side.amount.power || side.amount.scale || side.negative) return false;
  const tokens = doc.tokens;
  const word = tokens[cur.next - 1]!;
  if (word.lower !== 'pounds' && word.lower !== 'pound' && word.lower !== 'lbs' && word.lower !== 'lb') return false;
  if (tokens[cur.next]?.kind === 'number' && isWordIn(tokens[cur.next + 1], OUNCE_WORDS)) return true;
  // "5 pounds heavier than last year": a weight compared.
  if (isWordIn(tokens[cur.next], WEIGHT_AFTER)) return true;
  const first = side.amount.first;
  let k = first - 1;
  if (isWord(tokens[k], 'about', 'nearly', 'almost', 'over') || isWord(tokens[k], 'around', 'some', 'roughly', 'more')) k--;
  if (isWord(tokens[k], 'than')) k -= 2;
  if (isWord(tokens[k], 'in', 'at') && isWord(tokens[k - 1], 'weighed', 'weighs', 'weighing')) return true;
  if (isWord(tokens[k], 'on') && isWordIn(tokens[k - 1], PUT_ON_VERBS)) return true;
  return isWordIn(tokens[k], WEIGHING_VERBS) && !movesToPoundPrice(tokens, cur.next);
}

/** Tokens after "lost N pounds" searched for the level the move lands on (", or 3.3%, to"). */
const MOVE_TO_LEVEL_REACH = 6;

/**
 * "London cocoa lost 166 pounds to 4,912 pounds a ton", "gained 20 pounds, or 1%, at 2,010
 * pounds a tonne": pounds "lost" or "gained" on the way to a price quoted per unit are the
 * price's move, not a body's weight. Looks a few tokens past the pounds for "to"/"at" and a
 * number of pounds priced per unit ({@link pricedPerUnit}); "he lost 40 pounds" finds none.
 */
function movesToPoundPrice(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k <= i + MOVE_TO_LEVEL_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';')) return false;
    if (!isWord(t, 'to', 'at')) continue;
    const n = tokens[k + 1];
    return n?.kind === 'number' && isWord(tokens[k + 2], 'pounds', 'pound') && pricedPerUnit(tokens, k + 3);
  }
  return false;
}

/** "a ton", "per metric tonne", "a share" at `i`: a unit a price in pounds is quoted per, not a weight's. */
export function pricedPerUnit(tokens: readonly Token[], i: number): boolean {
  if (!isWord(tokens[i], 'per', 'a', 'each')) return false;
  let k = i + 1;
  if (isWordIn(tokens[k], POUND_UNIT_QUALIFIERS)) k++;
  const t = tokens[k];
  return t?.kind === 'word' && POUND_PRICE_UNITS.has(t.lower);
}

/**
 * "the 20 euro zone countries", "FRANKFURT, April 22 - Euro zone banks": "euro" before "zone",
 * "area" or "bloc" names the currency union, not an amount in its money.
 */
function isEuroZone(doc: Doc, cur: CurrencyMatch): boolean {
  const tokens = doc.tokens;
  if (tokens[cur.next - 1]?.lower !== 'euro') return false;
  const k = isPunct(tokens[cur.next], '-') ? cur.next + 1 : cur.next;
  return isWordIn(tokens[k], EURO_UNION_NOUNS);
}

/** Whether a number and the currency word after it are no amount of money. */
export const isNotMoney = (doc: Doc, side: Side, cur: CurrencyMatch): boolean =>
  isBaseYear(doc, side, cur) || isWeight(doc, side, cur) || isResolution(doc, side, cur) || isGluedLetterNoMinorUnit(doc, side, cur) || isPoundsWeight(doc, side, cur) || isEuroZone(doc, cur);

/** "COP28", "RON95": a code glued to a small whole number that names a summit or a grade ({@link GLUED_CODE_NAMES}). */
export function isCodeName(code: Token, number: Token, amount: Amount): boolean {
  return GLUED_CODE_NAMES.has(code.text) && !number.space && amount.power === 0 && amount.next === amount.first + 1 && number.text.length <= 3 && isDigits(number.text);
}
