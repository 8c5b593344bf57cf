/** The unit after a percentage's number ("%", "per cent", "percentage points", "-percent"), from lexicon/percent-units.ts. */
import { PERCENT_UNITS, type PercentUnitWord } from '../lexicon/percent-units';
import { CHANGE_WORDS } from '../lexicon/range-cues';
import { PhraseTrie, type PhraseMatch } from '../scan/phrase-trie';
import { oneSpaceAround } from '../scan/amount';
import type { Token } from '../scan/tokens';
import { PERCENT_UNIT } from '../scan/word-classes';

let units: PhraseTrie<PercentUnitWord> | undefined;
const unitTrie = (): PhraseTrie<PercentUnitWord> => {
  if (!units) {
    units = new PhraseTrie<PercentUnitWord>();
    for (const [phrase, unit] of Object.entries(PERCENT_UNITS)) units.add(phrase, unit);
  }
  return units;
};

/** A percent unit starting at token `i`, maybe after a glued hyphen ("3.5-percent"). */
export function readUnit(tokens: readonly Token[], i: number): PhraseMatch<PercentUnitWord> | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  // "a 3.5-percent rise": a hyphen glued on both sides joins number and unit; so does one with
  // one space each side, as tokenised text writes "a 5 - percent stake" (in lower case: "April
  // 29 - BP said" is a dateline's dash before a company).
  if (t.kind === 'punct' && t.text === '-' && tokens[i + 1]?.kind === 'word' && (t.space ? oneSpaceAround(tokens, i) && tokens[i + 1]!.text === tokens[i + 1]!.lower : !tokens[i + 1]!.space)) {
    const m = readUnit(tokens, i + 1);
    return m && !m.value.gluedOnly ? { value: m.value, first: i, next: m.next } : undefined;
  }
  if (!(t.cls & PERCENT_UNIT)) return undefined;
  const trie = unitTrie();
  return trie.match(tokens, i, (u, first, next) => {
    // Spaced, "pc"/"pp" is a percent only in lower case after a number with decimals ("a 9.1 pc
    // rate", "up 2.5 pp") or a word of change ("rose 8 pc"): computers and pieces are counted whole.
    if (u.gluedOnly && tokens[first]!.space && !spacedAfterDecimal(tokens, first) && !spacedAfterChange(tokens, first)) return false;
    // "5 pct" yes; "5 pctx" cannot happen (one token); "5 PC" spaced is a computer.
    const after = tokens[next];
    return !(after && after.kind === 'word' && !after.space);
  });
}

/** A lower-case unit word after a number written with a decimal point ("9.1 pc"). */
function spacedAfterDecimal(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first]!, n = tokens[first - 1];
  return t.text === t.lower && !!n && n.kind === 'number' && n.text.includes('.');
}

/**
 * A lower-case unit word after a whole number that a word of change or "by" leads ("sales rose 8
 * pc", "up 12 pp", "cut by 3 pc"): a count of computers or pieces moves by no such word.
 */
function spacedAfterChange(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first]!, n = tokens[first - 1], w = tokens[first - 2];
  return t.text === t.lower && !!n && n.kind === 'number' && !!w && w.kind === 'word' && (CHANGE_WORDS.has(w.lower) || w.lower === 'by');
}
