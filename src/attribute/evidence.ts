/**
 * What the whole text says about a capitalised word, for telling names from ordinary words:
 * whether it is written in lower case somewhere, whether it is written elsewhere at all, and
 * whether a person's first name came before it. Each question is searched on demand and
 * remembered per word.
 */
import { isCueWord, opensMetricPhrase } from './cues';
import type { NameEvidence } from './entities';
import { PERSON_TITLES } from '../lexicon/person-titles';
import { isPersonFirstName } from './words';
import { MAKER_OF, MAKER_OF_NAMED, OWNED_PRODUCT_NOUNS, PRODUCT_NOUNS } from '../lexicon/products';

const isLetterCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);

/** Whether the document writes a word in lower case somewhere: searched on demand, remembered. */
export function nameEvidence(text: string): NameEvidence {
  const seen = new Map<string, boolean>();
  const places = new Map<string, number[]>();
  const surnames = new Map<string, number>();
  const products = new Map<string, boolean>();
  const inside = new Map<string, boolean>();
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
    opensMeasure: opensMetricPhrase,
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
    seenInside: (w, at) => {
      let r = inside.get(w);
      if (r === undefined) {
        r = false;
        for (let i = text.indexOf(w), n = 0; i >= 0 && n < 8 && !r; i = text.indexOf(w, i + 1), n++) {
          if (i === at || (i > 0 && isLetterCode(text.charCodeAt(i - 1))) || isLetterCode(text.charCodeAt(i + w.length))) continue;
          // the first mark before it, past spaces: a lower-case word or a comma is inside a sentence
          let k = i - 1;
          while (k > 0 && i - k < 4 && text.charCodeAt(k) === 0x20) k--;
          const c = text.charCodeAt(k);
          r = k >= 0 && k < i - 1 && ((c >= 0x61 && c <= 0x7a) || c === 0x2c);
        }
        inside.set(w, r);
      }
      return r;
    },
    productName: (w) => {
      let r = products.get(w);
      if (r === undefined) {
        r = false;
        for (let i = text.indexOf(w), n = 0; i >= 0 && n < 8 && !r; i = text.indexOf(w, i + 1), n++) {
          if ((i === 0 || !isLetterCode(text.charCodeAt(i - 1))) && !isLetterCode(text.charCodeAt(i + w.length))) r = writtenAsProduct(text, i, i + w.length);
        }
        products.set(w, r);
      }
      return r;
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

const APPOSITION_OPENERS = new Set(['its', 'their', 'the', 'a', 'an']);
const APPOSITION_ENDS = new Set(['for', 'of', 'in', 'from', 'with', 'that', 'which', 'and', 'to', 'by']);

/** The lower-case word ending right before `end` (past one space), or ''. */
function wordBefore(text: string, end: number): { word: string; start: number } {
  if (text.charCodeAt(end - 1) !== 0x20) return { word: '', start: end };
  let k = end - 1;
  while (k > 0 && end - k < 30 && (isLetterCode(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0x2d)) k--;
  return { word: text.slice(k, end - 1), start: k };
}

/** Whether the name at [from, to) is written as a product (bounded windows around it). */
function writtenAsProduct(text: string, from: number, to: number): boolean {
  // A title in quotes reads as the words before its opening quote: 'the sequel "Frostline 2"'.
  const q = text.charCodeAt(from - 1);
  const prev = wordBefore(text, q === 0x22 || q === 0x201c || q === 0x27 || q === 0x2018 ? from - 1 : from);
  // "maker of Ozempic and Wegovy", "maker of Dove soap and Hellmann's mayonnaise": listed after
  // a made thing (a brand's own 's included), past the noun of what it is.
  if (prev.word === 'and') {
    let before = wordBefore(text, prev.start);
    if (/^[a-z]/.test(before.word)) before = wordBefore(text, before.start);
    if (/^[A-Z]/.test(before.word) && (MAKER_OF.test(text.slice(Math.max(0, before.start - 20), before.start)) || MAKER_OF_NAMED.test(text.slice(Math.max(0, before.start - 60), before.start)))) return true;
  }
  // ("the maker of Apple's iPhones": a name written with 's owns the thing made.)
  if (text.charCodeAt(to) === 0x27 || text.charCodeAt(to) === 0x2019) return false;
  if (PRODUCT_NOUNS.has(prev.word)) return true;
  if (OWNED_PRODUCT_NOUNS.has(prev.word)) {
    // "its streaming platform AlbionX", "their app Tunely": owned, so a product.
    let owner = wordBefore(text, prev.start);
    if (owner.word && owner.word !== 'its' && owner.word !== 'their' && owner.word !== 'Its' && owner.word !== 'Their') owner = wordBefore(text, owner.start);
    if (owner.word.toLowerCase() === 'its' || owner.word.toLowerCase() === 'their') return true;
  }
  if (MAKER_OF.test(text.slice(Math.max(0, from - 20), from))) return true;
  // "Gardasil, its HPV vaccine,": an apposition whose head noun is a product noun.
  if (text.charCodeAt(to) !== 0x2c || text.charCodeAt(to + 1) !== 0x20) return false;
  let k = to + 2, last = '', n = 0;
  while (n < 7 && k < text.length) {
    let e = k;
    while (e < text.length && (isLetterCode(text.charCodeAt(e)) || text.charCodeAt(e) === 0x2d || text.charCodeAt(e) === 0x27 || text.charCodeAt(e) === 0x2019)) e++;
    if (e === k) break;
    const word = text.slice(k, e);
    const lower = word.toLowerCase();
    if (n === 0 && !APPOSITION_OPENERS.has(lower) && !/['’]s$/.test(word)) return false;
    if (APPOSITION_ENDS.has(lower)) break;
    last = lower;
    n++;
    if (text.charCodeAt(e) !== 0x20) { k = e; break; }
    k = e + 1;
  }
  return n > 1 && PRODUCT_NOUNS.has(last);
}
