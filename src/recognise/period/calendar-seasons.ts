/**
 * The seasons of the year (lexicon/periods.ts SEASON_MONTHS): "last summer", "this spring",
 * "next autumn", "summer 2025", "the summer of 2024", and, after "the", "the summer season" and
 * "the summer months" (the latest one begun, by FORMAT.md's rule for a period written without its
 * year). "fall" only with a year or after "last", "this", "next" ("the fall in sales" is a drop).
 */
import { FALL_BEFORE, SEASON_MONTHS } from '../../lexicon/periods';
import { ABS, type PeriodSpec, type YearRef } from '../../resolve/period/spec';
import { isWordAt, match, readYear, wordAt, wordIn, type Match, type Rule, type Toks } from './read';

/** The months of a season from `from` to `to`, each in its own year. */
const seasonSpec = (months: readonly [number, number], from: YearRef, to: YearRef): PeriodSpec =>
  ({ t: 'range', from: { t: 'month', m: months[0], year: from }, to: { t: 'month', m: months[1], year: to } });

/** A season word at `j`, and its months. */
function seasonAt(toks: Toks, j: number): readonly [number, number] | undefined {
  const w = wordAt(toks, j);
  return w === undefined ? undefined : SEASON_MONTHS.get(w);
}

/** "season" or "months" right after the season: spanned with it ("the summer season"). */
const tailAt = (toks: Toks, j: number): number => (isWordAt(toks, j, 'season', 'months') ? j + 1 : j);

/**
 * period.season.relative: "last summer" (the latest one ended: its last month picked back),
 * "this summer" (the reference year's), "next summer" (the first one not yet begun).
 */
function readRelativeSeason(toks: Toks, i: number): Match | undefined {
  const w = wordAt(toks, i);
  const months = seasonAt(toks, i + 1);
  if (!months) return undefined;
  const next = tailAt(toks, i + 2);
  if (w === 'this') return match(i, next, seasonSpec(months, { kind: 'rel', offset: 0 }, { kind: 'rel', offset: 0 }), 'period.season.relative');
  if (w === 'last') {
    const end: YearRef = { kind: 'as', of: { t: 'month', m: months[1], year: { kind: 'implied' }, pick: 'last' } };
    return match(i, next, seasonSpec(months, end, end), 'period.season.relative');
  }
  const start: PeriodSpec = { t: 'month', m: months[0], year: { kind: 'implied' }, pick: 'next' };
  return match(i, next, { t: 'range', from: start, to: { t: 'month', m: months[1], year: { kind: 'as', of: start } } }, 'period.season.relative');
}

/**
 * period.season: "summer 2025", "summer of 2025" ("fall" only after a preposition or "the": not
 * "the oil price fall of 1986"), and after "the", "the summer season" and "the summer months" (in
 * lower case: "the Summer Olympics" is a name's).
 */
function readSeason(toks: Toks, i: number): Match | undefined {
  const months = seasonAt(toks, i);
  if (!months) return undefined;
  const fall = wordAt(toks, i) === 'fall';
  if (fall && !wordIn(toks, i - 1, FALL_BEFORE)) return undefined;
  const of = isWordAt(toks, i + 1, 'of') ? i + 2 : i + 1;
  const y = readYear(toks, of);
  if (y) return match(i, y.next, seasonSpec(months, ABS(y.value), ABS(y.value)), 'period.season');
  const t = toks[i]!;
  if (fall || t.text !== t.lower || !isWordAt(toks, i - 1, 'the')) return undefined;
  // (Only with its noun, "the summer season", "the summer months": "over the summer" alone is as
  // often a summer still to come as the one past, told with no verb of the future to say which.)
  const next = tailAt(toks, i + 1);
  if (next === i + 1) return undefined;
  return match(i, next, seasonSpec(months, { kind: 'implied' }, { kind: 'implied' }), 'period.season');
}

export const seasonRules: readonly Rule[] = [
  { id: 'period.season.relative', words: ['last', 'this', 'next'], read: readRelativeSeason },
  { id: 'period.season', words: [...SEASON_MONTHS.keys()], read: readSeason },
];
