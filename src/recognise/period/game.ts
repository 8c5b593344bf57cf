/**
 * Parts of a game are not periods: "He scored 15 points in the first quarter", "In the second
 * half, the visitors scored twice". A quarter or half read from words, with no year written or
 * shared, is dropped when its sentence reports a game (lexicon GAME_CUES) and holds no sign of
 * money, percentages or results (a symbol, or RESULT_CUES), which a company's quarter nearly
 * always comes with. Not the currency words of the word classes: "won" and "pounds" are those.
 */
import { GAME_CUES, ORDINAL_SUFFIXES, RESULT_CUES } from '../../lexicon/periods';
import type { RangeMatch } from './range';
import type { Toks } from './read';

/** How far a sentence is searched each way, in tokens: a report's sentence is short. */
const REACH = 40;

const endsSentence = (toks: Toks, k: number): boolean => {
  const t = toks[k]!;
  return t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') && (toks[k + 1]?.space ?? true);
};

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
    if (t.kind !== 'word') continue;
    if (RESULT_CUES.has(t.lower)) return false;
    if (!game && GAME_CUES.has(t.lower)) game = true;
  }
  return game;
}
