/**
 * Parts of a game are not periods: "He scored 15 points in the first quarter", "In the second
 * half, the visitors scored twice". A quarter or half read from words, with no year written or
 * shared, is dropped when its sentence reports a game (lexicon GAME_CUES, or a score such as
 * "14-3") and holds no sign of money, percentages or results (a symbol, or RESULT_CUES),
 * which a company's quarter nearly always comes with. Not the currency words of the word
 * classes: "won" and "pounds" are those.
 */
import { GAME_CUES, GAME_UNITS, ORDINAL_SUFFIXES, RESULT_CUES } from '../../lexicon/periods';
import type { RangeMatch } from './range';
import { isDigits, stopMarkAt, type Toks } from './read';

/** How far a sentence is searched each way, in tokens: a report's sentence is short. */
const REACH = 40;

const endsSentence = (toks: Toks, k: number): boolean => stopMarkAt(toks, k) && (toks[k + 1]?.space ?? true);

/** Words before "7-2" that make it a tally or a date, not a score. */
const NOT_SCORE_BEFORE: ReadonlySet<string> = new Set(['voted', 'vote', 'votes', 'on', 'dated', 'of', 'by', 'margin', 'ratio', 'split']);

/** A whole number of one to three digits at `k`. */
const isSmallWhole = (toks: Toks, k: number): boolean => {
  const t = toks[k];
  return !!t && t.kind === 'number' && t.text.length <= 3 && isDigits(t.text);
};

/**
 * A score at `k`: "14-3", "28-24", two small whole numbers joined by a glued hyphen with
 * nothing glued on ("7-1/2" is a fraction, "2-1-0" a code, "12-5-87" a date).
 */
function isScoreAt(toks: Toks, k: number): boolean {
  const dash = toks[k + 1], end = toks[k + 2];
  if (!dash || dash.kind !== 'punct' || dash.space || (dash.text !== '-' && dash.text !== '\u2013') || !end || end.space) return false;
  if (!isSmallWhole(toks, k) || !isSmallWhole(toks, k + 2)) return false;
  const prev = toks[k - 1], after = toks[k + 3];
  // "voted 7-2", "on 12-5": a tally or a date.
  if (prev && prev.kind === 'word' && NOT_SCORE_BEFORE.has(prev.lower)) return false;
  if (prev && !toks[k]!.space && prev.kind !== 'punct') return false;
  if (prev && !toks[k]!.space && prev.kind === 'punct' && (prev.text === '-' || prev.text === '/' || prev.text === '.')) return false;
  return !after || after.space || !(after.kind === 'number' || after.kind === 'word' || after.text === '-' || after.text === '/' || (after.text === '.' && toks[k + 4]?.kind === 'number' && !toks[k + 4]!.space));
}

/** A number right before `k`, spaced or by a glued hyphen ("12 yards", "40-yard"). */
const afterNumber = (toks: Toks, k: number): boolean =>
  toks[k - 1]?.kind === 'number' || (toks[k - 1]?.text === '-' && !toks[k - 1]!.space && toks[k - 2]?.kind === 'number');

/** True when `m` is a year-less ordinal quarter or half inside a sentence about a game. */
export function isGamePart(toks: Toks, m: RangeMatch): boolean {
  const s = m.spec;
  if ((s.t !== 'quarter' && s.t !== 'half') || s.fiscal || s.year.kind !== 'implied' || m.parts) return false;
  // Ordinals only ("first", "3rd"): "Q3", "H1", "1Q" are reporting shorthand, never a game's.
  const head = toks[m.first]!;
  const ordinal = head.kind === 'word' ? head.lower !== 'q' && head.lower !== 'h' : head.kind === 'number' && ORDINAL_SUFFIXES.has(toks[m.first + 1]?.lower ?? '');
  if (!ordinal) return false;
  let game = false;
  let first = m.first;
  while (first > 0 && m.first - first < REACH && !endsSentence(toks, first - 1) && !toks[first]!.newline) first--;
  for (let k = first; k < toks.length && k - m.next < REACH; k++) {
    if (k >= m.next && (endsSentence(toks, k) || (k > m.next && toks[k]!.newline))) break;
    const t = toks[k]!;
    if (t.kind === 'symbol') return false;
    if (t.kind === 'number') { if (!game && isScoreAt(toks, k)) game = true; continue; }
    if (t.kind !== 'word') continue;
    if (RESULT_CUES.has(t.lower)) return false;
    if (!game && (GAME_CUES.has(t.lower) || (GAME_UNITS.has(t.lower) && afterNumber(toks, k)))) game = true;
  }
  return game;
}
