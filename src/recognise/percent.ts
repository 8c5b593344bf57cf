/**
 * Percent recogniser: a number and a percent unit ("27%", "27 per cent", "0.5 percentage
 * point", "25bps", "twenty percent", "10-1/2 pct"), ranges ("3%-4%", "3 to 4 per cent",
 * "between 3% and 4%"), and a bare number listed before one ("4.6 and 4.9 percent"). Rules:
 * `percent.single`, `percent.range`, `percent.range.between`, `percent.listed`, and the bare
 * level a percentage is compared with ("to 7-1/2 pct from 7-3/4"), `percent.elided`.
 */
import type { Doc } from '../document';
import { AUXILIARIES, COLUMN_HEAD_AFTER, GAME_MARGIN_WORDS, NEGATIVE_WORDS, RATE_NOUNS, type PercentUnitWord } from '../lexicon/percent-units';
import { CHANGE_VERBS } from '../lexicon/range-cues';
import { MONTHS } from '../lexicon/periods';
import { isSlashTail, type Amount } from '../scan/amount';
import { isDigits, isYearDigits } from '../scan/numeral';
import { scanAnchored } from '../scan/anchors';
import { listLastAt, spelledAlternativeAt, tenfoldApart } from './listed';
import { CURRENCY_KEY, PERCENT_KEY, RANGE_OR_SIGN, WORD_NUMBER } from '../scan/word-classes';
import type { PhraseMatch } from '../scan/phrase-trie';
import type { Token } from '../scan/tokens';
import { compareDecimal, decimalToNumber, negateDecimal, normalizeDecimal, shiftDecimal } from '../resolve/decimal';
import { readQualifier } from '../refine/qualifiers';
import { readFractionOfUnit } from './percent-fraction';
import { readUnit } from './percent-unit';
import { cuesPercentRange, cuesRange } from './range-cue';
import type { PercentFigure } from '../types';
import { DASH_SET, DASHES, hyphenatedTo, isPunct, isPunctIn, isSign, isWord, isWordIn } from './money/read-parts';

interface Side {
  readonly amount: Amount;
  readonly value: string;
  readonly first: number;
  readonly next: number;
  readonly unit?: PhraseMatch<PercentUnitWord>;
}

/**
 * "6 . 2 %": a decimal written with spaces around its point, as tokenised text has it. Read
 * only right before a percent unit, where the two numbers cannot be two figures.
 */
function spacedDecimal(tokens: readonly Token[], a: Amount): Amount | undefined {
  const dot = tokens[a.next], digits = tokens[a.next + 1];
  if (a.spelled || a.fractionDigits !== 0 || a.power !== 0 || !dot || !digits || !isPunct(dot, '.') || !dot.space || !digits.space
    || digits.kind !== 'number' || !/^\d{1,6}$/.test(digits.text) || !readUnit(tokens, a.next + 2)) return undefined;
  const value = normalizeDecimal(`${a.value}.${digits.text}`);
  return { ...a, value, base: value, next: a.next + 2, numberNext: a.next + 2, fractionDigits: digits.text.length };
}

/** [sign | minus] NUMBER [unit]. */
function readSide(doc: Doc, i: number): Side | undefined {
  const tokens = doc.tokens;
  let j = i;
  let negative = false;
  if (isSign(tokens, j) || (tokens[j]?.kind === 'word' && NEGATIVE_WORDS.has(tokens[j]!.lower) && tokens[j + 1])) {
    // "plus or minus 3 percentage points": a margin either way, not a negative value; the
    // figure is read from the number.
    if (isWord(tokens[j - 1], 'or') && isWord(tokens[j - 2], 'plus')) return undefined;
    negative = true;
    j++;
  }
  // Accounting negatives: "(26.1)%".
  const open = !negative && isPunct(tokens[j], '(') && tokens[j + 1]?.kind === 'number' && isPunct(tokens[j + 2], ')');
  if (open) { negative = true; j++; }
  const t = tokens[j];
  if (!t || (t.kind !== 'number' && t.kind !== 'word' && !(t.cls & WORD_NUMBER))) return undefined;
  if (t.kind !== 'word' && !t.space && j === i && tokens[j - 1]?.kind === 'word') return undefined;
  if (j === i && isSlashTail(tokens, j)) return undefined;
  if (!open) {
    const part = readFractionOfUnit(tokens, j);
    if (part && !(part.unit.value.ofRate && !measuresRate(tokens, i, part.unit.next))) return { amount: part.amount, value: negative ? negateDecimal(part.amount.value) : part.amount.value, first: i, next: part.unit.next, unit: part.unit };
  }
  const read = doc.amounts.read(j, false);
  if (!read) return undefined;
  const amount = open ? read : spacedDecimal(tokens, read) ?? read;
  const value = negative ? negateDecimal(amount.value) : amount.value;
  let unit = readUnit(tokens, open ? amount.next + 1 : amount.next);
  if (unit?.value.ofRate && !measuresRate(tokens, i, unit.next)) unit = undefined;
  if (open && !unit) return undefined;
  return unit ? { amount, value, first: i, next: unit.next, unit } : { amount, value, first: i, next: amount.next };
}

/**
 * Whether a bare "points" from token `first` to `next` measures a rate, so is percentage points:
 * a rate noun right before the verb of change ("gross margin fell 1.5 points", "share has risen
 * 3 points") or as its object before "by" ("cut reported growth by 2.1 points"), or a percentage
 * as the level after it ("fell 0.3 point to 5.8%"). "The Dow fell 120 points" has none of these.
 */
function measuresRate(tokens: readonly Token[], first: number, next: number): boolean {
  if (isWord(tokens[next], 'to', 'from') && tokens[next + 1]?.kind === 'number' && readUnit(tokens, next + 2)?.value.unit === 'percent') return true;
  // "a half point rate cut": the rate named right after.
  if (isWordIn(tokens[next], RATE_NOUNS) && tokens[next]!.space) return true;
  if (comparedWithPercentagePoints(tokens, first)) return true;
  // "the stronger euro took three points off our growth", "shaved a point off the margin":
  // points taken off a rate named right after "off".
  if (isWord(tokens[next], 'off')) {
    const j = isWordIn(tokens[next + 1], OFF_DETERMINERS) ? next + 2 : next + 1;
    if (isWordIn(tokens[j], RATE_NOUNS) || (tokens[j]?.kind === 'word' && isWordIn(tokens[j + 1], RATE_NOUNS))) return true;
  }
  let k = first - 1;
  if (isWord(tokens[k], 'by')) k--;
  const t = tokens[k];
  if (t?.kind !== 'word') return false;
  // "cut its own rates by half a point": the verb a few words before the rate.
  if (rateNounAt(tokens, k)) {
    for (let j = k - 1; j >= 0 && j >= k - 3 && tokens[j]!.kind === 'word'; j--) if (CHANGE_VERBS.has(tokens[j]!.lower)) return true;
    return false;
  }
  if (isWord(t, 'up', 'down')) return adverbOfRate(tokens, k);
  if (!CHANGE_VERBS.has(t.lower)) return false;
  if (isWordIn(tokens[k - 1], AUXILIARIES)) k--;
  if (rateNounAt(tokens, k - 1)) return true;
  // ("its operating ratio of 60.1% improved 3.1 points": the rate's level stands before the verb.)
  const of = levelOfBefore(tokens, k - 1);
  return of > 0 && rateNounAt(tokens, of - 1);
}

/**
 * Bare points after "up" or "down" at `k` change a rate: the percentage level written right
 * before it ("a load factor of 86.4%, down 0.8 points", "a 52% share, up 3 points"), or
 * a rate noun before it ("occupancy was up 3 points"). Not an index's level ("closed at 7,500,
 * down 40 points") nor a percentage that is itself a change ("fell 1.2%, down 90 points").
 */
function adverbOfRate(tokens: readonly Token[], k: number): boolean {
  if (isPunct(tokens[k - 1], ',')) {
    const n = percentLevelEndingAt(tokens, k - 2);
    return n > 0 && !isWordIn(tokens[n - 1], CHANGE_VERBS) && !isWord(tokens[n - 1], 'by');
  }
  return rateNounAt(tokens, isWordIn(tokens[k - 1], AUXILIARIES) ? k - 2 : k - 1);
}

/** The token of the number of a percentage whose unit ends at token `end` ("86.4%", "86.4 per cent"), or -1. */
function percentLevelEndingAt(tokens: readonly Token[], end: number): number {
  for (let n = end - 1; n >= 0 && n >= end - LEVEL_REACH + 1; n--) {
    if (tokens[n]!.kind !== 'number') continue;
    const unit = readUnit(tokens, n + 1);
    return unit?.value.unit === 'percent' && unit.next === end + 1 ? n : -1;
  }
  return -1;
}

/** How many tokens a rate's level after "of" may take: "of 60.1%", "of 60.1 per cent". */
const LEVEL_REACH = 4;

/** The token of "of" before a percentage ending at token `end` ("ratio of 60.1% improved"), or -1. */
function levelOfBefore(tokens: readonly Token[], end: number): number {
  for (let j = end - 1; j >= 0 && j >= end - LEVEL_REACH; j--) {
    if (!isWord(tokens[j], 'of')) continue;
    const unit = tokens[j + 1]?.kind === 'number' ? readUnit(tokens, j + 2) : undefined;
    return unit?.value.unit === 'percent' && unit.next === end + 1 ? j : -1;
  }
  return -1;
}

/** Words between "off" and the rate points are taken off: "off our growth", "off the reported margin". */
const OFF_DETERMINERS: ReadonlySet<string> = new Set(['our', 'the', 'its', 'their', 'group', 'reported']);

/** Words before bare points compared with percentage points written just before: "down from 7.1 points". */
const COMPARED_POINTS: ReadonlySet<string> = new Set(['from', 'versus', 'vs', 'against']);
/** How many tokens back the percentage points may be. */
const COMPARED_POINTS_REACH = 12;

/**
 * "5.2 percentage points on the combined ratio, down from 7.1 points a year earlier": bare
 * points after "from" (or "versus", "against") compared with percentage points a few tokens
 * before are percentage points too; so are bare points listed with them after "and" ("pricing
 * contributed 2.8 percentage points and volume 0.6 points").
 */
function comparedWithPercentagePoints(tokens: readonly Token[], first: number): boolean {
  const compared = isWordIn(tokens[first - 1], COMPARED_POINTS);
  let listed = false;
  for (let j = first - 2; j >= 1 && j >= first - COMPARED_POINTS_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';')) return false;
    if (isWord(t, 'and')) listed = true;
    if (isWord(t, 'point', 'points', 'pts', 'pt') && isWord(tokens[j - 1], 'percentage')) return compared || listed;
  }
  return false;
}

/** A rate noun at `k`, not a game's margin ("the Warriors' winning margin grew 12 points"). */
const rateNounAt = (tokens: readonly Token[], k: number): boolean => isWordIn(tokens[k], RATE_NOUNS) && !isWordIn(tokens[k - 1], GAME_MARGIN_WORDS);

interface Reading {
  readonly rule: string;
  readonly low: Side;
  readonly high?: Side;
  readonly unit: PercentUnitWord;
  readonly first: number;
  readonly next: number;
}

const ordered = (low: Side, high: Side): boolean => compareDecimal(low.value, high.value) < 0;

/**
 * "rates rose 1/4 to 14 pct" is a change and a level: a low end below one and more than ten
 * times smaller than the high end is not a range ("1 to 15 pct" and "0.5 to 2 pct" are).
 */
const farApart = (low: Side, high: Side): boolean =>
  compareDecimal(low.value, '0') > 0 && compareDecimal(low.value, '1') < 0 && compareDecimal(shiftDecimal(low.value, 1), high.value) < 0;

/**
 * "-6,842    -2%" (a table row): a minus spaced from the number before it and glued to the
 * next is that number's sign, not a range's dash, when the number before is itself negative
 * or a column gap (more than one space) separates them.
 */
const signsNext = (tokens: readonly Token[], low: Side): boolean => {
  const dash = tokens[low.next]!;
  if (!isSign(tokens, low.next)) return false;
  const gap = dash.start - tokens[low.next - 1]!.end;
  return low.value[0] === '-' || gap > 1;
};

/** "the tax rate on April 1 to 15 pct": a number right after a month name is a day. */
const afterMonth = (tokens: readonly Token[], low: Side): boolean => {
  const prev = tokens[low.first - 1];
  return !!prev && prev.kind === 'word' && MONTHS.has(prev.lower);
};

function readAt(doc: Doc, i: number): Reading | undefined {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  if (isWord(t, 'between')) {
    const low = readSide(doc, i + 1);
    if (low && isWord(tokens[low.next], 'and')) {
      const high = readSide(doc, low.next + 1);
      if (high?.unit && (!low.unit || low.unit.value.unit === high.unit.value.unit) && ordered(low, high))
        return { rule: 'percent.range.between', low, high, unit: high.unit.value, first: i, next: high.next };
    }
  }
  const low = readSide(doc, i);
  if (!low) return undefined;
  const joiner = tokens[low.next];
  // "5-to-6 percent", "five-to-six percent": "to" hyphenated into the range joins as a dash does.
  const hyphenTo = hyphenatedTo(tokens, low.next);
  const dash = hyphenTo || isPunctIn(joiner, DASH_SET);
  if (joiner && (dash || isWord(joiner, 'to')) && !(dash && !hyphenTo && signsNext(tokens, low))) {
    const high = readSide(doc, hyphenTo ? low.next + 3 : low.next + 1);
    // "3%-4%" and "3-4%" are ranges; "rose 3% to 4%" and "from 3% to 4%" are changes, so "to"
    // needs a bare low end, or words around that make it a range ("at 4.5% to 5%", "a 10% to 15% cut").
    const joins = (h: Side): boolean => !low.unit || (low.unit.value.unit === h.unit!.value.unit
      && (dash || cuesRange(doc, i, h.next) || cuesPercentRange(doc, i, h.next, low.value, h.value)));
    if (high?.unit && ordered(low, high) && high.value[0] !== '-' && !(!dash && (farApart(low, high) || afterMonth(tokens, low))) && joins(high))
      return { rule: 'percent.range', low, high, unit: high.unit.value, first: i, next: high.next };
  }
  if (!low.unit) return readListed(doc, low);
  return { rule: 'percent.single', low, unit: low.unit.value, first: i, next: low.next };
}

/**
 * Rule `percent.listed`: "4.6 and 4.9 percent, respectively", "3.1, 2.8 and 2.5 pct": a bare
 * number in a list whose last number carries the unit is a percentage in that unit; the span
 * is the bare number. Only numerals in digits (spelled ones only as "five or six percent"), never a year ("in 2019 and 5% in 2020"), a day
 * ("March 3 and 4 pct") or an amount after a currency sign.
 */
function readListed(doc: Doc, low: Side): Reading | undefined {
  const tokens = doc.tokens;
  // "five or six percent": two spelled-out numbers joined by "or" (listed.ts).
  if (low.amount.spelled) {
    const k = low.amount.scale || low.amount.first !== low.first ? undefined : spelledAlternativeAt(tokens, low.next);
    const high = k === undefined ? undefined : readSide(doc, k);
    return high?.unit && !high.amount.scale && !tenfoldApart(low.amount.value, high.amount.value)
      ? { rule: 'percent.listed', low, unit: high.unit.value, first: low.first, next: low.next }
      : undefined;
  }
  // Most bare numbers are followed by neither: the cheapest test first.
  const joiner = tokens[low.next], second = tokens[low.next + 1];
  if (!joiner || !second || !(isWord(joiner, 'and', 'or') || isPunct(joiner, ',')) || !(second.kind === 'number' || isWord(second, 'and', 'or'))) return undefined;
  const t = tokens[low.amount.first]!, prev = tokens[low.first - 1];
  if (t.kind !== 'number' || low.next !== low.amount.first + 1 || low.amount.power || t.text.includes(',') || isYearDigits(t.text) || afterMonth(tokens, low)) return undefined;
  if (prev && (prev.kind === 'symbol' || prev.cls & CURRENCY_KEY || prev.kind === 'number')) return undefined;
  const k = listLastAt(tokens, low.next, isPunct(prev, ',') && tokens[low.first - 2]?.kind === 'number');
  if (k === undefined) return undefined;
  const high = readSide(doc, k);
  // "compared with 99.50 and 5.075 pct": a price then a yield; list members are of one size.
  return high?.unit && high.value[0] !== '-' && !tenfoldApart(low.amount.value, high.amount.value)
    ? { rule: 'percent.listed', low, unit: high.unit.value, first: low.first, next: low.next }
    : undefined;
}

const OPENING_PUNCT = new Set([...DASHES, '\u2212', '(']);
const opens = (t: Token): boolean =>
  t.kind === 'number' || (t.kind === 'punct' && OPENING_PUNCT.has(t.text)) || (t.cls & (RANGE_OR_SIGN | WORD_NUMBER)) !== 0;

/** Tokens a percent phrase can open with before its number ("between", "minus", "(", "-"). */
const LOOKBACK = 2;

/** Every percent phrase ends with its unit's key word, after the number and any range's high end ("3-3/4 to 4-1/2 pct"); spelled-out anchors are never skipped. */
const UNIT_NEARBY = { bit: PERCENT_KEY, behind: 0, ahead: 40 };

/**
 * "56,000 bps", "9600 bps": bits per second, not basis points. Even a distressed bond's spread
 * is a few thousand basis points, so "bps" from the old modem speed of 9,600 up is a bit rate.
 */
const isBitRate = (tokens: readonly Token[], r: Reading, value: number): boolean =>
  r.unit.unit === 'basis-point' && value >= 9600 && BIT_RATE_UNITS.has(tokens[r.next - 1]!.lower);
const BIT_RATE_UNITS: ReadonlySet<string> = new Set(['bps', 'bp']);

/**
 * "q=50%25%20off": a URL's escapes, not percentages. A "%" with a number glued right after it,
 * or a number glued right after a "%", is never a percentage in prose.
 */
const isUrlEscape = (tokens: readonly Token[], r: Reading): boolean => {
  const last = tokens[r.next - 1]!, after = tokens[r.next], before = tokens[r.first - 1];
  return (last.text === '%' && !!after && !after.space && after.kind === 'number')
    || (!!before && before.text === '%' && !tokens[r.first]!.space);
};

/**
 * "Revenue 2024 2023 % Change": a year then a spaced "%" heading a table's column, not a
 * percentage of two thousand, where another year stands before it or a column word after.
 */
const isColumnHead = (tokens: readonly Token[], r: Reading): boolean => {
  if (r.high || r.next !== r.first + 2) return false;
  const n = tokens[r.first]!, unit = tokens[r.first + 1]!;
  if (unit.text !== '%' || !unit.space || n.kind !== 'number' || !isYearDigits(n.text)) return false;
  const prev = tokens[r.first - 1], after = tokens[r.next];
  return (!!prev && prev.kind === 'number' && prev.text.length === 4 && isDigits(prev.text)) || (!!after && after.kind === 'word' && COLUMN_HEAD_AFTER.has(after.lower));
};

/** Words between "from" and an elided percentage: "from a revised 5.2". */
const ELIDED_MODIFIERS: ReadonlySet<string> = new Set(['a', 'an', 'revised', 'upwardly', 'downwardly', 'previously', 'originally', 'adjusted']);

/** Words that may follow an elided percentage; none of them is a unit or joins a range. */
const ELIDED_FOLLOWERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'a', 'an', 'the', 'last', 'previous', 'earlier', 'ago', 'yesterday', 'today', 'previously', 'set',
  'when', 'before', 'after', 'this', 'that', 'which', 'for', 'with', 'as', 'during', 'since', 'until', 'effective', 'respectively',
]);
const ELIDED_PUNCT: ReadonlySet<string> = new Set(['.', ',', ';', ':', ')']);

/**
 * Rule `percent.elided`: the bare number a level is compared with, "cut its prime to 7-1/2 pct
 * from 7-3/4", "to 5.5 pct, up from a revised 5.2", "from 9.2 pct to 8.9": the unit of the
 * percentage written next to it. Only a level ("to"/"from" before the percentage), a number
 * in digits that is no year, with nothing after it that could be its own unit, and within a
 * factor of ten ("rose 3 pct to 250 from 240" has no level in pct).
 */
function readElided(doc: Doc, r: Reading): Reading | undefined {
  const tokens = doc.tokens;
  const before = tokens[r.first - 1];
  let k = r.next;
  if (isWord(before, 'to')) {
    if (isPunct(tokens[k], ',')) k++;
    if (isWord(tokens[k], 'up', 'down')) k++;
    if (!isWord(tokens[k], 'from')) return undefined;
  } else if (!isWord(before, 'from') || !isWord(tokens[k], 'to')) return undefined;
  k++;
  for (let skipped = 0; skipped < 2 && tokens[k]?.kind === 'word' && ELIDED_MODIFIERS.has(tokens[k]!.lower); skipped++) k++;
  const t = tokens[k];
  if (!t || t.kind !== 'number' || isYearDigits(t.text)) return undefined;
  const side = readSide(doc, k);
  if (!side || side.unit || side.amount.power || side.amount.spelled) return undefined;
  const after = tokens[side.next];
  if (after && !(after.kind === 'punct' && ELIDED_PUNCT.has(after.text)) && !(after.kind === 'word' && ELIDED_FOLLOWERS.has(after.lower))) return undefined;
  if (compareDecimal(side.value, '0') < 0 || tenfoldApart(side.value, r.low.value)) return undefined;
  return { rule: 'percent.elided', low: side, unit: r.unit, first: k, next: side.next };
}

/** The figure of a reading, or nothing for a bit rate, a URL escape, a column head or a number past a double. */
function toFigure(doc: Doc, r: Reading): PercentFigure | undefined {
  const tokens = doc.tokens;
  const value = decimalToNumber(r.low.value);
  const valueMax = r.high ? decimalToNumber(r.high.value) : undefined;
  // A number past the range of a double is no percentage to report.
  if (!Number.isFinite(value) || (valueMax !== undefined && !Number.isFinite(valueMax))) return undefined;
  if (isBitRate(tokens, r, value) || isUrlEscape(tokens, r) || isColumnHead(tokens, r)) return undefined;
  const span = { start: tokens[r.first]!.start, end: tokens[r.next - 1]!.end };
  const text = doc.text.slice(span.start, span.end);
  const rule = r.rule, valueExact = r.low.value, unit = r.unit.unit;
  // Two literals rather than spreads: each figure is built in one step, fields in one order.
  const figure: { -readonly [K in keyof PercentFigure]: PercentFigure[K] } =
    valueMax !== undefined
      ? { kind: 'percent', span, text, rule, value, valueExact, valueMax, valueMaxExact: r.high!.value, unit }
      : { kind: 'percent', span, text, rule, value, valueExact, unit };
  const qualifier = readQualifier(doc.text, tokens, r.first);
  if (qualifier) figure.qualifier = qualifier;
  return figure;
}

/** Finds every percentage, percentage point and basis point figure, in text order. */
export function recognisePercents(doc: Doc): PercentFigure[] {
  const tokens = doc.tokens;
  const out: PercentFigure[] = [];
  let elidedNext = -1;
  for (const r of scanAnchored(doc, LOOKBACK, (i) => (opens(tokens[i]!) ? readAt(doc, i) : undefined), UNIT_NEARBY)) {
    if (r.first < elidedNext) continue;
    const figure = toFigure(doc, r);
    if (!figure) continue;
    out.push(figure);
    const elided = r.high ? undefined : readElided(doc, r);
    const more = elided && toFigure(doc, elided);
    if (more) { out.push(more); elidedNext = elided.next; }
  }
  return out;
}
