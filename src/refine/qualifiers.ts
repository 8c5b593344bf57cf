/**
 * Hedges written just before a figure ("about $5m", "more than 20%"). They are kept on the
 * figure, outside its span, so the value stays what the text wrote.
 */
import { QUALIFIER_PHRASES } from '../lexicon/qualifiers';
import type { Token } from '../scan/tokens';
import type { Qualifier } from '../types';

const MAX_WORDS = 3;
const LAST_WORDS = new Set(Object.keys(QUALIFIER_PHRASES).map((p) => p.slice(p.lastIndexOf(' ') + 1)));

/** The longest qualifier phrase ending right before `tokens[first]`. */
export function readQualifier(text: string, tokens: readonly Token[], first: number): Qualifier | undefined {
  const last = tokens[first - 1];
  if (!last || last.kind !== 'word' || !LAST_WORDS.has(last.lower)) return undefined;
  let phrase = '';
  let found: Qualifier | undefined;
  for (let k = 1; k <= MAX_WORDS; k++) {
    const t = tokens[first - k];
    if (!t || t.kind !== 'word') break;
    phrase = phrase ? `${t.lower} ${phrase}` : t.lower;
    const type = QUALIFIER_PHRASES[phrase];
    if (type) {
      const end = tokens[first - 1]!.end;
      found = { type, text: text.slice(t.start, end), span: { start: t.start, end } };
    }
  }
  return found;
}
