/**
 * Sentence boundaries, good enough to keep links and checks inside one sentence: a `.`, `!`
 * or `?` followed by space and a capital, quote, bracket or digit ends a sentence unless the
 * word before it is a known abbreviation or a single letter (`U.S.`); a blank line always
 * does. Decimal points are never boundaries (no space follows them).
 */
import { isSpaceAt } from '../scan/tokens';

const ABBREVIATIONS = new Set(
  ('corp co inc ltd plc llc mr mrs ms dr st no nos vs approx est jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'gov sen rep gen col lt sgt prof jr sr bros dept fig mt ft ave blvd e.g i.e cf al ag sa nv bhd ' +
    // the rupee's "Rs." before its amount: "a profit of Rs. 3,102 crore" (Indian press)
    'rs ' +
    // the Mexican peso's "Ps." before its amount: "net sales of Ps. 192.4 billion" (BEFORE_NUMBER_ONLY)
    'ps')
    .split(' '),
);

/**
 * Abbreviations that go on only before a number: "Ps. 18.3 billion" is the peso, "… on the PS.
 * The console" ends a sentence.
 */
const BEFORE_NUMBER_ONLY = new Set(['ps']);

const END = /[.!?]["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|\n[ \t]*\n/g;

const DOT = 0x2e;

/** `"'”’)]`, the closers END lets follow a mark. */
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;


const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * When the full stop at `end` closes an abbreviation, not a sentence: the known abbreviation
 * it ends (lower case, "corp"), or '' for a single letter or letters joined by dots (`U.S`);
 * undefined otherwise. The run of ASCII letters and dots before it is read at most 12
 * characters back, leading dots dropped, by character codes in place: only a run short enough
 * to be a known abbreviation becomes a string.
 */
function abbreviationBefore(text: string, end: number): string | undefined {
  const limit = Math.max(0, end - 12);
  let start = end;
  while (start > limit && (isAsciiLetter(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === DOT)) start--;
  while (start < end && text.charCodeAt(start) === DOT) start++;
  const len = end - start;
  if (len === 0) return undefined;
  // "kept its dividend at 6.5p. Chief executive …", "a charge of £140m. The …": one letter glued
  // to a number is its unit (pence, millions), not an initial; the stop ends the sentence.
  if (len === 1 && start > 0 && isDigitCode(text.charCodeAt(start - 1))) return undefined;
  if (len % 2 === 1) {
    // "x", "u.s", "e.g.c": letters at even offsets, dots at odd ones.
    let k = 0;
    while (k < len && (k % 2 === 0 ? isAsciiLetter(text.charCodeAt(start + k)) : text.charCodeAt(start + k) === DOT)) k++;
    if (k === len) return '';
  }
  if (len > LONGEST_ABBREVIATION) return undefined;
  const word = text.slice(start, end).toLowerCase();
  return ABBREVIATIONS.has(word) ? word : undefined;
}

/** Company endings: after one, "Acme Corp. said" goes on, "… by Acme Corp. There is …" ends. */
const COMPANY_ENDINGS = new Set(['corp', 'co', 'inc', 'ltd', 'plc', 'llc', 'bhd', 'sa', 'nv', 'ag']);

/** Words that open a sentence and never continue a company's name. */
const SENTENCE_OPENERS = new Set(['The', 'There', 'It', 'Its', 'In', 'A', 'An', 'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'We', 'But', 'However', 'Their', 'His', 'Her', 'On', 'At', 'For', 'If', 'When', 'While', 'After', 'Analysts']);

/** The word at `at` is one that opens a sentence ("There", "The"). */
const opensSentence = (text: string, at: number): boolean => {
  let end = at;
  while (end < text.length && end < at + 9 && isAsciiLetter(text.charCodeAt(end))) end++;
  return SENTENCE_OPENERS.has(text.slice(at, end)) && !isAsciiLetter(text.charCodeAt(end));
};

/** Start offsets of the sentences of `text` (the first is 0), ascending. */
export function sentenceStarts(text: string): number[] {
  const index = new SentenceIndex(text);
  index.reach(text.length);
  return index.starts;
}

/**
 * The sentences of a text, found as far as they are asked about: linking reads sentence
 * boundaries around its amounts only, and the text after the last of them is never scanned.
 */
export class SentenceIndex {
  /** The sentence starts found so far, ascending; every start before `scanned` is here. */
  readonly starts: number[] = [0];
  private scanned = 0;
  private done = false;

  constructor(private readonly text: string) {}

  /** Scans on until every sentence start up to `offset` is known. */
  reach(offset: number): void {
    const text = this.text, n = text.length, starts = this.starts;
    while (!this.done && this.scanned <= offset) {
      // END is shared: its position is this index's own, set before and read after each step.
      END.lastIndex = this.scanned;
      // `test`, not `exec`: no match array per sentence. A match is a mark and its closers (or
      // a blank line), so the mark is the last character before it that is not a closer.
      if (!END.test(text)) { this.done = true; break; }
      let next = (this.scanned = END.lastIndex);
      let mark = next - 1;
      while (mark > 0 && isCloser(text.charCodeAt(mark))) mark--;
      while (next < n && isSpaceAt(text, next)) next++;
      const abbreviation = text.charCodeAt(mark) === DOT ? abbreviationBefore(text, mark) : undefined;
      if (abbreviation !== undefined && !(COMPANY_ENDINGS.has(abbreviation) && opensSentence(text, next))
        && !(BEFORE_NUMBER_ONLY.has(abbreviation) && !isDigitCode(text.charCodeAt(next)))) continue;
      if (next < n && next > starts[starts.length - 1]!) starts.push(next);
    }
  }

  /** Index of the sentence containing `offset`. */
  indexOf(offset: number): number {
    this.reach(offset);
    return sentenceIndex(this.starts, offset);
  }

  /** Start offset of sentence `index` (one `indexOf` has returned). */
  startOf(index: number): number {
    return this.starts[index]!;
  }
}

/** Index of the sentence containing `offset`. */
export function sentenceIndex(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
