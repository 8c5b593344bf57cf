/**
 * What the whole text says about a capitalised word, for telling names from ordinary words:
 * whether it is written in lower case somewhere, whether it is written elsewhere at all, and
 * whether a person's first name came before it. Each question is searched on demand and
 * remembered per word.
 */
import { isCueWord } from './cues';
import type { NameEvidence } from './entities';
import { PERSON_TITLES } from '../lexicon/person-titles';
import { isPersonFirstName } from './words';

const isLetterCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);

/** Whether the document writes a word in lower case somewhere: searched on demand, remembered. */
export function nameEvidence(text: string): NameEvidence {
  const seen = new Map<string, boolean>();
  const places = new Map<string, number[]>();
  const surnames = new Map<string, number>();
  return {
    lowerSeen: (w) => {
      let r = seen.get(w);
      if (r === undefined) {
        r = false;
        for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
          if ((i === 0 || !isLetterCode(text.charCodeAt(i - 1))) && !isLetterCode(text.charCodeAt(i + w.length))) {
            r = true;
            break;
          }
        }
        seen.set(w, r);
      }
      return r;
    },
    isCue: isCueWord,
    seenElsewhere: (w, at) => {
      let r = places.get(w);
      if (!r) {
        // The first two places the word is written as a word: enough to tell whether it is written elsewhere.
        r = [];
        for (let i = text.indexOf(w); i >= 0 && r.length < 2; i = text.indexOf(w, i + 1)) {
          if ((i === 0 || !isLetterCode(text.charCodeAt(i - 1))) && !isLetterCode(text.charCodeAt(i + w.length))) r.push(i);
        }
        places.set(w, r);
      }
      return r.some((i) => i !== at);
    },
    // (A first name the lexicon lacks counts after a title: "Chief executive Maya Okafor".)
    surnameBefore: (w, at) => {
      let first = surnames.get(w);
      if (first === undefined) {
        // Where the word is first written after a person's first name ("Grace Whitfield"), once per word.
        first = Infinity;
        for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
          if (text.charCodeAt(i - 1) !== 0x20 || isLetterCode(text.charCodeAt(i + w.length))) continue;
          let k = i - 1;
          while (k > 0 && isLetterCode(text.charCodeAt(k - 1))) k--;
          const name = text.slice(k, i - 1);
          if (name.length > 1 && /^[A-Z][a-z]+$/.test(name) && (isPersonFirstName(name.toLowerCase()) || titleBefore(text, k))) {
            first = i;
            break;
          }
        }
        surnames.set(w, first);
      }
      return first < at;
    },
  };
}

/** A lower-case title written right before the word at `k` ("executive Maya", "co-founder Arvind"): at most one word back. */
function titleBefore(text: string, k: number): boolean {
  if (k < 2 || text.charCodeAt(k - 1) !== 0x20) return false;
  let j = k - 1;
  while (j > 0 && j > k - 20 && (isLetterCode(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === 0x2d)) j--;
  return PERSON_TITLES.has(text.slice(j, k - 1).toLowerCase());
}
