/**
 * Anchored scanning: every money or percent figure contains a number, in digits or words.
 * Recognisers try phrase starts only in a small window before each number, so the work per
 * document is proportional to its numbers, not its words, and stays linear.
 */
import type { Doc } from '../document';
import { opensWordNumber } from './number-words';
import { WORD_NUMBER } from './word-classes';

const anchorCache = new WeakMap<Doc, readonly number[]>();

/** Indices of number tokens and tokens that open a spelled-out number, in order. */
export function numberAnchors(doc: Doc): readonly number[] {
  let anchors = anchorCache.get(doc);
  if (anchors) return anchors;
  const out: number[] = [];
  const tokens = doc.tokens;
  for (const i of doc.marked) {
    const t = tokens[i]!;
    if (t.kind === 'number' || (t.cls & WORD_NUMBER && opensWordNumber(tokens, i))) out.push(i);
  }
  anchorCache.set(doc, (anchors = out));
  return anchors;
}

/**
 * Calls `read` at each start from `lookback` tokens before every anchor up to the anchor,
 * left to right, never inside an earlier reading; returns the readings in text order.
 */
export function scanAnchored<R extends { readonly next: number }>(doc: Doc, lookback: number, read: (start: number) => R | undefined): R[] {
  const out: R[] = [];
  let pos = 0;
  for (const a of numberAnchors(doc)) {
    if (a < pos) continue;
    let s = Math.max(pos, a - lookback);
    while (s <= a) {
      const r = read(s);
      if (r && r.next > s) { out.push(r); pos = r.next; s = pos; }
      else s++;
    }
  }
  return out;
}
