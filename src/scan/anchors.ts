/**
 * Anchored scanning: every money or percent figure contains a number, in digits or words.
 * Recognisers try phrase starts only in a small window before each number, so the work per
 * document is proportional to its numbers, not its words, and stays linear.
 */
import type { Doc } from '../document';
import { opensWordNumber } from './number-words';
import type { Token } from './tokens';
import { CURRENCY_AFTER, CURRENCY_KEY, PERCENT_UNIT, WORD_NUMBER } from './word-classes';

/** Indices of the marked tokens carrying `bit`, in order. */
function keyPositions(doc: Doc, bit: number): number[] {
  const out: number[] = [];
  const tokens = doc.tokens;
  for (const i of doc.marked) if (tokens[i]!.cls & bit) out.push(i);
  return out;
}

/**
 * Indices of number tokens, vulgar fractions and tokens that open a spelled-out number, in
 * order; and "a"/"an" before a currency word ("a dollar") or a percent unit ("a basis point"), which counts one.
 */
export function numberAnchors(doc: Doc): readonly number[] {
  if (doc.memo.anchors) return doc.memo.anchors;
  const out: number[] = [];
  const tokens = doc.tokens;
  for (const i of doc.marked) {
    const t = tokens[i]!;
    if (t.kind === 'number' || (t.cls & WORD_NUMBER && (t.kind === 'punct' || opensWordNumber(tokens, i) || articleBeforeUnit(tokens, i)))) out.push(i);
  }
  return (doc.memo.anchors = out);
}

/**
 * "a dollar": a one-word currency name (a phrase's first and key word) after "a"/"an"; not "a
 * U.S. company". "a percentage point", "a basis point": a percent unit word after it.
 */
const UNIT_WORD = CURRENCY_AFTER | CURRENCY_KEY;
const articleBeforeUnit = (tokens: readonly Token[], i: number): boolean => {
  const next = tokens[i + 1];
  return next !== undefined && ((next.cls & UNIT_WORD) === UNIT_WORD || ((next.cls & PERCENT_UNIT) !== 0 && (next.lower === 'percentage' || next.lower === 'basis')))
    && (tokens[i]!.lower === 'a' || tokens[i]!.lower === 'an');
};

/**
 * A word every reading must contain (its class bit), and how far from the anchor it can be:
 * anchors with no such word in `[anchor - behind, anchor + ahead]` are skipped unread.
 */
export interface KeyWindow {
  readonly bit: number;
  readonly behind: number;
  readonly ahead: number;
}

/**
 * Calls `read` at each start from `lookback` tokens before every anchor up to the anchor,
 * left to right, never inside an earlier reading and never twice at one start; returns the
 * readings in text order. `read` must depend on the start only.
 * With `key`, anchors far from any key word are skipped: most numbers in a text are no
 * amount of money, and this costs one walk over the marked tokens.
 */
export function scanAnchored<R extends { readonly next: number }>(doc: Doc, lookback: number, read: (start: number) => R | undefined, key?: KeyWindow): R[] {
  const out: R[] = [];
  const keys = key ? keyPositions(doc, key.bit) : undefined;
  let k = 0;
  let pos = 0;
  // Every start up to here has been read. Windows of nearby numbers overlap ("1.20 vs 1.05"),
  // and a start that read nothing once reads nothing again: `read` depends only on the start.
  let tried = -1;
  for (const a of numberAnchors(doc)) {
    if (a < pos) continue;
    // Only digit anchors are skipped: a spelled-out number ("one hundred and twenty-three
    // billion … dollars") can be longer than any window, a written one cannot.
    if (keys && doc.tokens[a]!.kind === 'number') {
      while (k < keys.length && keys[k]! < a - key!.behind) k++;
      if (k === keys.length || keys[k]! > a + key!.ahead) continue;
    }
    let s = Math.max(pos, a - lookback, tried + 1);
    while (s <= a) {
      const r = read(s);
      if (r && r.next > s) { out.push(r); pos = r.next; s = pos; }
      else s++;
    }
    tried = a;
  }
  return out;
}
