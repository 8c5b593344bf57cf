/**
 * Sentence starts for attribution: the link stage's sentences, also cut at a line break
 * before a capital, digit or bracket. Tables and lists ("Shr 1.20 dlrs vs 1.10 dlrs" /
 * "Net 5.3 mln vs 4.1 mln") are then one row per sentence, so each row keeps its own label
 * and the work per figure stays small.
 */
import { sentenceStarts } from '../link/sentences';

const isLineStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x28 /* ( */ || c === 0x2d /* - */ || c === 0x2022 /* • */ || c === 0x24 /* $ */;

/** Start offsets of the sentences and table rows of `text`, ascending (the first is 0). */
export function attributionStarts(text: string): number[] {
  const base = sentenceStarts(text);
  const out: number[] = [];
  let b = 0;
  const push = (at: number): void => {
    while (b < base.length && base[b]! < at) {
      if (!out.length || base[b]! > out[out.length - 1]!) out.push(base[b]!);
      b++;
    }
    if (!out.length || at > out[out.length - 1]!) out.push(at);
  };
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    if (j < text.length && text[j] !== '\n' && isLineStart(text.charCodeAt(j))) push(j);
  }
  push(text.length);
  out.pop(); // the sentinel
  if (!out.length || out[0] !== 0) out.unshift(0);
  return capLength(text, out);
}

/** Longest stretch read as one sentence; longer runs (no sentence ends) are cut at a space. */
export const MAX_SENTENCE = 1000;

/** Cuts sentences longer than MAX_SENTENCE, preferring a `;` or `,`, so the work per sentence stays bounded. */
function capLength(text: string, starts: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    let at = starts[i]!;
    const end = starts[i + 1] ?? text.length;
    out.push(at);
    while (end - at > MAX_SENTENCE) {
      const limit = at + MAX_SENTENCE;
      let cut = -1;
      for (let j = limit; j > at + MAX_SENTENCE / 2; j--) {
        const c = text[j - 1];
        if ((c === ';' || c === ',') && text[j] === ' ') {
          cut = j + 1;
          break;
        }
      }
      if (cut < 0) {
        cut = text.lastIndexOf(' ', limit);
        if (cut <= at) cut = limit;
        else cut++;
      }
      at = cut;
      if (at < end) out.push(at);
    }
  }
  return out;
}
