/**
 * Range or change: "revenue of $4.1 billion to $4.3 billion" is one figure with two ends,
 * "rose $1 to $25" is a change and a level. Read only after both ends are read, so it costs
 * a few token looks per candidate, never a pass of its own.
 */
import type { Doc } from '../document';
import { CHANGE_NOUNS, RANGE_CUES_AFTER, RANGE_CUES_BEFORE, RANGE_FROM_BEFORE } from '../lexicon/range-cues';
import type { Token } from '../scan/tokens';
import { readQualifier } from '../refine/qualifiers';
import { isWordIn, readPer } from './money/read-parts';

/**
 * Whether the "A to B" from token `first` (the low end's first token) to `next` (after the
 * high end) is one range, by the words around it (lexicon/range-cues.ts).
 */
export function cuesRange(doc: Doc, first: number, next: number): boolean {
  const tokens = doc.tokens;
  // After: "in the $18 to $20 range", "30 dlrs to 40 dlrs a barrel range".
  const after = readPer(tokens, next)?.next ?? next;
  if (isWordIn(tokens[after], RANGE_CUES_AFTER)) return true;
  // Before, right at the low end ("estimated $5 to $6") or past a hedge ("of about $5 to $6").
  if (cueAt(doc, first - 1)) return true;
  const hedge = readQualifier(doc.text, tokens, first);
  if (!hedge) return false;
  let k = first - 1;
  while (k >= 0 && tokens[k]!.start >= hedge.span.start) k--;
  return cueAt(doc, k);
}

function cueAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!isWordIn(t, RANGE_CUES_BEFORE)) return false;
  // "an increase of $1 million to $25 million" names a size and a level.
  return !(t!.lower === 'of' && isWordIn(doc.tokens[k - 1], CHANGE_NOUNS));
}

/**
 * Whether "from" at `i` opens a range ("prices range from $45 to $250", "from 5% to 10%"
 * opening a text or sentence) rather than the start of a change ("rose from 5% to 6%").
 */
export function opensRangeFrom(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || (prev.kind === 'punct' && (prev.text === '.' || prev.text === ':' || prev.text === ';' || prev.text === '(')) || isWordIn(prev, RANGE_FROM_BEFORE);
}
