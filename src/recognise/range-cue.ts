/**
 * Range or change: "revenue of $4.1 billion to $4.3 billion" is one figure with two ends,
 * "rose $1 to $25" is a change and a level. Read only after both ends are read, so it costs
 * a few token looks per candidate, never a pass of its own.
 */
import type { Doc } from '../document';
import {
  BASIS_LETTERS, BASIS_UNITS, BASIS_WORDS, CHANGE_MARKERS, CHANGE_NOUNS, CHANGE_SIZE_WORDS, CHANGE_VERBS, CHANGE_WORDS, CUE_ADVERBS, FORECAST_AUXILIARIES, FORECAST_CUES, RATE_CHANGE_NOUNS, RANGE_CUES_AFTER, RANGE_CUES_BEFORE,
  RANGE_FROM_BEFORE, PRICE_FROM_VERBS, NOT_BEFORE_PRICE_VERB, PRICE_VERB_OBJECTS,
} from '../lexicon/range-cues';
import { AMOUNT_TAIL, BY_ADVERBS, NOT_ATTRIBUTIVE_NOUNS, SPENDING_CUES, STAKE_WORDS } from '../lexicon/range-cues';
import { compareDecimal, multiplyDecimal } from '../resolve/decimal';
import type { Token } from '../scan/tokens';
import { readQualifier } from '../refine/qualifiers';
import { isWord, isWordIn, readPer } from './money/read-parts';

/**
 * Whether the "A to B" from token `first` (the low end's first token) to `next` (after the
 * high end) is one range, by the words around it (lexicon/range-cues.ts).
 */
export function cuesRange(doc: Doc, first: number, next: number): boolean {
  const tokens = doc.tokens;
  // After: "in the $18 to $20 range", "30 dlrs to 40 dlrs a barrel range".
  const after = readPer(tokens, next)?.next ?? next;
  if (isWordIn(tokens[after], RANGE_CUES_AFTER)) return true;
  // "the 8% to 9% yields", "the $10 to $12 tickets": "the" and a noun around one attributive range.
  if (isWord(tokens[first - 1], 'the') && isAttributiveNoun(tokens[after])) return true;
  // "the 2% to 3% -- does that assume …", "Is the $4.05 to $4.15 still right?": "the" before a
  // range written again, closed by a mark (not "from the …", a move's base).
  if (isWord(tokens[first - 1], 'the') && !isWord(tokens[first - 2], 'from') && (!tokens[after] || (tokens[after]!.kind === 'punct' && CLOSING_MARKS.has(tokens[after]!.text)))) return true;
  // "fell to 36.3 pct to 40.3 pct a year before": a high end dated back is the base of a change.
  if (isWord(tokens[first - 1], 'to') && isWord(tokens[after], 'a', 'an') && isWord(tokens[after + 2], 'earlier', 'before', 'ago')) return false;
  // "raised its forecast to $5.10 to $5.30, from $4.90 to $5.20 previously": "from" a former
  // estimate, with both its ends, not a move between them (not "rose from $80 to $82 earlier").
  if (isWord(tokens[first - 1], 'from') && !isWordIn(tokens[first - 2], CHANGE_WORDS) && formerAfter(tokens, after)) return true;
  // "expects growth of 8% to 14%, down from 13% to 21% previously": the adverb of a revised
  // estimate before "from", with "previously" after its high end, keeps the former range whole.
  if (isWord(tokens[first - 1], 'from') && isWord(tokens[first - 2], 'down', 'up') && isWord(tokens[after], 'previously')) return true;
  // "raised its forecast to $60 billion to $62 billion, from $58 billion to $61 billion": a
  // former range set off by a comma after a new one that "to" introduced.
  if (isWord(tokens[first - 1], 'from') && tokens[first - 2]?.text === ',' && rangeTargetBefore(tokens, first - 2)) return true;
  // "to $60 billion to $63.5 billion, up from $58 billion to $61 billion", "EPS of $9.35 to $9.55,
  // compared with $9.10 to $9.40": after a range and a comma, a word of comparison introduces the
  // range it replaced.
  if (comparedAfterRange(tokens, first - 1)) return true;
  // "raised its outlook to $6.10 to $6.35 per share from $5.75 to $6.25": "from" right after
  // a range is the range it replaced, both ends.
  if (isWord(tokens[first - 1], 'from') && rangeBefore(tokens, first - 1)) return true;
  // "the duties would cost it $4 billion to $5 billion", "tickets will cost $20 to $35": a verb of
  // price, perhaps past its object, before one amount with two ends.
  if (priceVerbAt(tokens, first - 1) || (isWordIn(tokens[first - 1], PRICE_VERB_OBJECTS) && priceVerbAt(tokens, first - 2))) return true;
  // Before, right at the low end ("estimated $5 to $6"), past an adverb ("is now $5 to $6"),
  // or after a forecast that names its measure ("sees 2025 revenue $5 to $6").
  if (cueAt(doc, first - 1) || (isWordIn(tokens[first - 1], CUE_ADVERBS) && cueAt(doc, first - 2)) || forecastBefore(tokens, first)) return true;
  const hedge = readQualifier(doc.text, tokens, first);
  if (!hedge) return false;
  let k = first - 1;
  while (k >= 0 && tokens[k]!.start >= hedge.span.start) k--;
  if (cueAt(doc, k)) return true;
  // "use about $150 million to $200 million": a hedge hedges one amount, unless a change word or
  // marker comes before it ("rose about $1 to $25", "by about 2% to 3%").
  return hedge.type === 'approximate' && !isWordIn(tokens[k], CHANGE_WORDS) && !isWordIn(tokens[k], CHANGE_MARKERS);
}

/**
 * Whether percentages "A% to B%" after a forecast of change ("expects sales to grow 1% to 3%",
 * "to decline by 4% to 6%") or a noun of a rate of change ("sales growth of 3% to 5%") are one
 * range. Reports of change ("the rate rose 0.1 pct to 54.2 pct", "a rise of 1.5% to 4%") stay
 * a size and a level, and so does a forecast whose ends are far apart ("expected to rise 0.2%
 * to 3.1%"): only close ends join, a high end at most three times the low one (ten after a
 * noun of a rate: "sales growth of 1% to 5%" is guidance). A zero low end
 * is no size of a change, so after any noun of change "0% to 2%" is a range. A verb of change
 * with a basis after the high end ("prices rose 40% to 45% quarter on quarter") reports a range
 * too: a level reached is measured on no basis. `next` is the token after the high end.
 */
export function cuesPercentRange(doc: Doc, first: number, next: number, low: string, high: string): boolean {
  const tokens = doc.tokens;
  let k = first - 1;
  const hedge = readQualifier(doc.text, tokens, first);
  if (hedge) while (k >= 0 && tokens[k]!.start >= hedge.span.start) k--;
  // "expected to climb a further 55% to 60%": past the words that size the change, to its verb.
  for (const stop = k - 2; k >= stop && isWordIn(tokens[k], CHANGE_SIZE_WORDS);) k--;
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  let forecast = false;
  if (t.lower === 'of') {
    if (!isWordIn(tokens[k - 1], CHANGE_NOUNS)) return false;
    if (compareDecimal(low, '0') === 0) return true;
    forecast = isWordIn(tokens[k - 1], RATE_CHANGE_NOUNS);
  } else if (t.lower === 'up' || t.lower === 'down') {
    // "expects capacity to be up 3% to 5%", "in line with guidance of up 3% to 4%", "up 5% to 8%
    // year-on-year": a move foreseen, or measured on a basis (not "Revenue was up 3% to 4.1%").
    // ("sees comps up 1% to 2%", "expects comparable sales up 2% to 3%": a forecast word and the
    // measure it foresees; "compared with up 2% to 4% previously": a former forecast.)
    const before = tokens[k - 1];
    forecast = basisAt(tokens, next) || (isWord(before, 'be') && isWordIn(tokens[k - 2], FORECAST_AUXILIARIES)) || (isWord(before, 'of') && isWordIn(tokens[k - 2], FORECAST_CUES))
      || forecastBefore(tokens, k) || formerAfter(tokens, next);
  } else {
    // "to raise prices by only 1% to 2%": an adverb may come between "by" and the size.
    const by = t.lower === 'by' ? k : BY_ADVERBS.has(t.lower) && isWord(tokens[k - 1], 'by') ? k - 1 : -1;
    const verb = by >= 0 ? verbBeforeBy(tokens, by) : k;
    forecast = isWordIn(tokens[verb], CHANGE_VERBS) && (isWordIn(tokens[verb - 1], FORECAST_AUXILIARIES) || basisAt(tokens, next));
  }
  if (!forecast) return false;
  // (After a noun of a rate, "sales growth of 1% to 5%", a guided span may be wider: up to ten times.)
  return compareDecimal(high, multiplyDecimal(low, t.lower === 'of' ? '10' : '3')) <= 0;
}

/**
 * The verb before "by" at `by`: right before it ("to decline by"), or past up to three plain
 * lower-case words of its object ("could lift average selling prices by"). `by - 1` when none.
 */
function verbBeforeBy(tokens: readonly Token[], by: number): number {
  for (let j = by - 1; j >= 0 && j >= by - 4; j--) {
    const w = tokens[j]!;
    if (isWordIn(w, CHANGE_VERBS)) return j;
    // ("plans to raise its stake by 5% to 15%": a holding moves by one size to a level.)
    if (w.kind !== 'word' || w.text !== w.lower || w.newline || STAKE_WORDS.has(w.lower)) break;
  }
  return by - 1;
}

/**
 * A basis of comparison at `k`: "yoy", "sequentially", "quarter on quarter", "year-over-year",
 * "y/y", "Q/Q", and the same inside "on a … basis" ("on a year-over-year basis", "on a
 * sequential basis", "on a constant-currency basis").
 */
function basisAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (isWordIn(t, BASIS_WORDS)) return true;
  if (isWordIn(t, BASIS_LETTERS) && tokens[k + 1]?.text === '/' && isWord(tokens[k + 2], t!.lower)) return true;
  if (isWord(t, 'on') && isWord(tokens[k + 1], 'a')) {
    for (let j = k + 2; j <= k + 7; j++) {
      const w = tokens[j];
      if (!w || w.newline || (w.kind === 'punct' && w.text !== '-')) return false;
      if (isWord(w, 'basis')) return j > k + 2;
    }
    return false;
  }
  if (!isWordIn(t, BASIS_UNITS)) return false;
  let j = k + 1;
  if (tokens[j]?.kind === 'punct' && tokens[j]!.text === '-') j++;
  if (!isWord(tokens[j], 'on', 'over')) return false;
  j++;
  if (tokens[j]?.kind === 'punct' && tokens[j]!.text === '-') j++;
  return isWord(tokens[j], t!.lower);
}

/**
 * A forecast word within four tokens before the low end, with only its measure and period
 * between ("SEES FY2025 REVENUE $9.1 BLN TO"), or with "to" right after it ("guidance to").
 * A word of change between ("expects sales to rise $1 to $2") leaves a change.
 */
function forecastBefore(tokens: readonly Token[], first: number): boolean {
  if (isWordIn(tokens[first - 1], CHANGE_MARKERS)) return tokens[first - 1]!.lower === 'to' && isWordIn(tokens[first - 2], FORECAST_CUES);
  // (A hyphen inside a word is part of the measure and not counted: "sees same-store sales".)
  for (let k = first - 1, stop = first - 4; k >= 0 && k >= stop; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text === '-' && !t.space && tokens[k + 1] && !tokens[k + 1]!.space) { stop--; continue; }
    if (t.kind === 'punct' || t.newline) return false;
    if (t.kind !== 'word') continue;
    if (FORECAST_CUES.has(t.lower)) return k < first - 1;
    if (CHANGE_WORDS.has(t.lower) || CHANGE_MARKERS.has(t.lower)) return false;
  }
  return false;
}

/**
 * "previously" after a high end, or "earlier" / "before" closing the clause: the amounts were
 * an estimate once held ("from $4.90 to $5.20 previously"), not a move in the past ("rose from
 * $4.90 to $5.20 earlier in the day" keeps a change).
 */
function formerAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word') return false;
  if (t.lower === 'previously') return true;
  if (t.lower !== 'earlier' && t.lower !== 'before') return false;
  const n = tokens[k + 1];
  return !n || (n.kind === 'punct' && (n.text === '.' || n.text === ',' || n.text === ';' || n.text === ')'));
}

/**
 * Whether the words right before the comma at `comma` end a range written after "to" ("to $60
 * billion to $62 billion"): two "to"s within the eight tokens before it, with no punctuation
 * between; or "to between" and an "and" ("to between $6.4 billion and $6.6 billion").
 */
function rangeTargetBefore(tokens: readonly Token[], comma: number): boolean {
  let tos = 0, and = false;
  for (let k = comma - 1; k >= 0 && k >= comma - 8; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.lower === 'to') {
      if (++tos === 2) return true;
      continue;
    }
    if (t.kind === 'word' && t.lower === 'and') { and = true; continue; }
    if (and && tos === 0 && t.kind === 'word' && t.lower === 'between') return isWord(tokens[k - 1], 'to');
    if ((t.kind === 'punct' && t.text !== '.') || t.newline) return false;
  }
  return false;
}


/**
 * A range "A to B" ends right before token `k`: the high end's number, then at most three
 * tokens of its unit or per-unit tail, "to" before the number, and the low end's number at
 * most three tokens before "to". ("rates ranging from", "and paid … from" are no tail.)
 * Returns the index of the low end's number, or -1.
 */
function rangeLowBefore(tokens: readonly Token[], k: number): number {
  let j = k - 1;
  while (j >= k - 3 && j >= 0 && tokens[j]!.kind !== 'number') {
    const t = tokens[j]!;
    if (t.kind === 'word' ? !AMOUNT_TAIL.has(t.lower) : t.kind !== 'symbol') return -1;
    j--;
  }
  if (tokens[j]?.kind !== 'number') return -1;
  // Back over the high end's symbol ("$6.35"), to "to".
  let to = j - 1;
  if (tokens[to]?.kind === 'symbol' || (tokens[to]?.kind === 'word' && tokens[to]!.text !== tokens[to]!.lower)) to--;
  if (!isWord(tokens[to], 'to')) return -1;
  for (let i = to - 1; i >= 0 && i >= to - 3; i--) if (tokens[i]!.kind === 'number') return i;
  return -1;
}

const rangeBefore = (tokens: readonly Token[], k: number): boolean => rangeLowBefore(tokens, k) >= 0;

/**
 * Whether the words ending at `k` compare with what came before a comma, right after a range
 * ("…, up from", "…, compared with", "…, versus"): the amounts after them are a former range.
 */
function comparedAfterRange(tokens: readonly Token[], k: number): boolean {
  // (Not a bare ", from": "rose $2 to $25, from $20 to $23" is a move; rangeTargetBefore reads that.)
  if (isWord(tokens[k], 'from') && isWord(tokens[k - 1], 'up', 'down')) k -= 2;
  else if (isWord(tokens[k], 'with') && isWord(tokens[k - 1], 'compared', 'compares')) k -= 2;
  else if (isWord(tokens[k], 'versus', 'vs', 'against')) k--;
  else return false;
  if (tokens[k]?.text !== ',') return false;
  const low = rangeLowBefore(tokens, k);
  if (low < 0) return false;
  // ("Shares rose from $2 to $3, up from $1 to $2": the pair before is a move, and so is this one.)
  const before = tokens[tokens[low - 1]?.kind === 'symbol' ? low - 2 : low - 1];
  return !isWord(before, 'from') && !isWordIn(before, CHANGE_WORDS);
}

/** Marks that close a range written again after "the": a dash, a question, a comma, a full stop. */
const CLOSING_MARKS: ReadonlySet<string> = new Set(['-', '--', '—', '–', '?', ',', '.', ';', ')']);

/** A lower-case word that can be the noun after an attributive range: not a function word. */
const isAttributiveNoun = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && t.space && t.text === t.lower && !NOT_ATTRIBUTIVE_NOUNS.has(t.lower);

/** "cost", "costs" at `k` as a verb: not after a word of change or a determiner ("cut costs", "its costs"). */
const priceVerbAt = (tokens: readonly Token[], k: number): boolean =>
  isWordIn(tokens[k], PRICE_FROM_VERBS) && !isWordIn(tokens[k - 1], CHANGE_WORDS) && !isWordIn(tokens[k - 1], NOT_BEFORE_PRICE_VERB);

function cueAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  // "guiding revenue to $1.82 billion to $1.88 billion", "cut its target to $5 to $6": "to" after
  // a word already names the level reached, so the two amounts after it are its two ends.
  // (Not "rose 1 dlr to 25 dlrs": no number in the words before "to".)
  if (t?.kind === 'word' && t.lower === 'to') return doc.tokens[k - 1]?.kind === 'word' && doc.tokens[k - 2]?.kind !== 'number' && doc.tokens[k - 3]?.kind !== 'number';
  if (!isWordIn(t, RANGE_CUES_BEFORE)) return false;
  // "an increase of $1 million to $25 million" names a size and a level; so does "raised
  // spending $2 billion to $10 billion" (the noun of money to be spent after a word of change).
  if (SPENDING_CUES.has(t!.lower) && isWordIn(doc.tokens[k - 1], CHANGE_WORDS)) return false;
  return !(t!.lower === 'of' && isWordIn(doc.tokens[k - 1], CHANGE_NOUNS));
}

/**
 * Whether "from" at `i` opens a range ("prices range from $45 to $250", "from 5% to 10%"
 * opening a text or sentence) rather than the start of a change ("rose from 5% to 6%").
 */
export function opensRangeFrom(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || (prev.kind === 'punct' && (prev.text === '.' || prev.text === ':' || prev.text === ';' || prev.text === '(')) || isWordIn(prev, RANGE_FROM_BEFORE)) return true;
  // "rooms cost from $90 to $140": a price verb, not the noun after a change ("cut costs from").
  return isWordIn(prev, PRICE_FROM_VERBS) && !isWordIn(tokens[i - 2], CHANGE_WORDS) && !isWordIn(tokens[i - 2], NOT_BEFORE_PRICE_VERB);
}
