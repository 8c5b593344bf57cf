/**
 * One linear pass that cuts text into tokens with UTF-16 offsets. Every recogniser reads a
 * bounded window of these tokens around a trigger, so total work stays linear in the text.
 *
 * Whitespace is not a token; `space` says whether any precedes a token, so rules can tell
 * glued forms (`RMB7.8`, `$5.2bn`, `1Q19`) from spaced ones.
 */

import { GLUED_SCALE_HEADS, SCALE_WORD_SUFFIXES } from '../lexicon/scales';
import { findLinks } from './links';
import { HASH_SEED, hashStep, wordClasses } from './word-classes';

export type TokenKind = 'word' | 'number' | 'symbol' | 'punct';

/**
 * A token is a view into its text, not plain data: `text` and `lower` are cut on first read
 * and cached, so do not freeze, spread, serialise or post tokens to workers; copy the fields
 * you need instead.
 */
export interface Token {
  readonly kind: TokenKind;
  /** The token as written. */
  readonly text: string;
  /** Lower-cased text (same as `text` for non-words). */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Whitespace precedes this token (false: glued to the previous one). */
  readonly space: boolean;
  /** A line break precedes this token. */
  readonly newline: boolean;
  /** Word-class bits (scan/word-classes.ts): which lexicons know this token. 0 for most. */
  readonly cls: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const CURRENCY_SYMBOL = /\p{Sc}/u;

/** Separators allowed inside a number when a digit follows: `1,234.5`, `1'234`, `1 234` (NBSP/thin). */
const isNumberSeparator = (c: number): boolean =>
  c === 0x2c /* , */ || c === 0x2e /* . */ || c === 0x27 /* ' */ || c === 0x2019 /* ’ */ ||
  c === 0xa0 || c === 0x202f || c === 0x2009;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  // Surrogate pairs are never letters here; keeps the check per UTF-16 unit.
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(text[i]!);
}

/** `\s` of a JavaScript regex at one UTF-16 unit, ASCII without a regex call. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) return true;
  if (c < 0x80) return c === 0x0b || c === 0x0c;
  return SPACE.test(text[i]!);
}

function isSymbolAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x24 /* $ */ || c === 0x25 /* % */) return true;
  if (c < 0x80) return false;
  if (c === 0x2030 /* ‰ */) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return CURRENCY_SYMBOL.test(text[i]!);
}

const KINDS: readonly TokenKind[] = ['word', 'number', 'symbol', 'punct'];
const WORD = 0, NUMBER = 1, SYMBOL = 2, PUNCT = 3;
const SPACE_BIT = 4, NEWLINE_BIT = 8;
/** A word with capitals: its lower-cased text differs from its text. */
const CASED_BIT = 16;
/** Bits below this hold the kind and the three flags; the word class sits above them. */
const CLASS_SHIFT = 5;

/**
 * A token as the tokenizer makes it: offsets and one small integer of bits up front, `text`
 * and `lower` cut from the source only when a rule reads them. A text makes about one token
 * per five characters and most are words no rule ever looks at, so the token is kept small
 * (five fields) and built with plain constructor assignments, which V8 makes fastest.
 *
 * One cache slot serves both strings: most tokens have no capitals, so their text is their
 * lower-cased text. A word with capitals caches its lower-cased text, which rules read far
 * more often, and cuts `text` afresh when asked. A word the lexicons know starts with the
 * lexicon's own string in the slot (scan/word-classes.ts `wordAt`), and a symbol or a word
 * with non-ASCII letters with the string the tokenizer cut to look it up.
 */
class SourceToken implements Token {
  declare private readonly source: string;
  declare readonly start: number;
  declare readonly end: number;
  /** Kind (2 bits), space, newline and capitals flags, then the word class. */
  declare private readonly bits: number;
  /** `lower` once read; for a token without capitals that is also `text`. */
  declare private cached: string | undefined;

  constructor(source: string, start: number, end: number, bits: number, lower: string | undefined) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.bits = bits;
    this.cached = lower;
  }

  get kind(): TokenKind {
    return KINDS[this.bits & 3]!;
  }

  get space(): boolean {
    return (this.bits & SPACE_BIT) !== 0;
  }

  get newline(): boolean {
    return (this.bits & NEWLINE_BIT) !== 0;
  }

  get cls(): number {
    return this.bits >>> CLASS_SHIFT;
  }

  get text(): string {
    if (this.bits & CASED_BIT) return this.source.slice(this.start, this.end);
    return (this.cached ??= this.source.slice(this.start, this.end));
  }

  get lower(): string {
    if (this.bits & CASED_BIT) return (this.cached ??= this.source.slice(this.start, this.end).toLowerCase());
    return this.text;
  }
}

/**
 * Where a lower-case ASCII word right after a number ends its scale word when the scale
 * word is glued to the next word ("millionand" → "million" + "and"), or -1.
 */
function gluedScaleEnd(text: string, start: number, end: number): number {
  // (Every head starts with "m", "b" or "t": most words after a number stop here.)
  const c = text.charCodeAt(start);
  if (c !== 0x6d && c !== 0x62 && c !== 0x74) return -1;
  for (const head of GLUED_SCALE_HEADS) {
    const cut = start + head.length;
    if (cut + 1 < end && text.startsWith(head, start) && !SCALE_WORD_SUFFIXES.some((s) => text.startsWith(s, cut))) return cut;
  }
  return -1;
}

/** Tokens, and where the ones any recogniser can start from are. */
export interface TokenScan {
  readonly tokens: readonly Token[];
  /**
   * Indices of number tokens and of tokens with a word class, in order: the recognisers'
   * starting points. About one token in five; walking these instead of every token spares
   * each recogniser a pass over the whole text.
   */
  readonly marked: readonly number[];
}

/**
 * Cuts `text` into tokens. Linear: each character is looked at a bounded number of times.
 * With `classify` (the default) each word and symbol gets its word-class bits from one
 * lookup, so later stages test bits instead of repeating dictionary lookups.
 */
export function tokenize(text: string, classify = true): Token[] {
  return scanTokens(text, classify).tokens as Token[];
}

/** `tokenize`, also noting the marked tokens. */
export function scanTokens(text: string, classify = true): TokenScan {
  const classes = classify ? wordClasses() : undefined;
  // English runs about one token per five characters: room for that up front (up to a
  // million tokens; past that the array grows) saves it copying itself a dozen times.
  const tokens: Token[] = new Array<Token>(Math.min((text.length >> 2) + 4, 1 << 20));
  let count = 0;
  const marked: number[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  let newline = true;
  let afterNumber = false;
  // Web and e-mail addresses: each is one inert token (scan/links.ts).
  const links = findLinks(text);
  let link = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII fast paths first: they cover nearly all of English text.
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x80 && isSpaceAt(text, i)) || c === 0x0b || c === 0x0c) {
      space = true;
      if (c === 0x0a || c === 0x0d) newline = true;
      i++;
      continue;
    }
    const start = i;
    let kind: number;
    let cls = 0;
    let cased = false;
    // The lower-cased text when the lexicon lookup already has it (see SourceToken).
    let lower: string | undefined;
    // (A number's separator can run past a link's first character: "5,3acme.com/x".)
    while (link < links.length && links[link]! < i) link += 2;
    if (link < links.length && i === links[link]) {
      // Punctuation to every rule: nothing reads inside it, and it parts the words around it.
      i = links[link + 1]!;
      link += 2;
      kind = PUNCT;
    } else if ((c >= 0x30 && c <= 0x39) || (c === 0x2e && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && !(i > 0 && (isDigit(text.charCodeAt(i - 1)) || isLetterAt(text, i - 1))))) {
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        if (i + 1 < n && isNumberSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        break;
      }
      kind = NUMBER;
    } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x80 && isLetterAt(text, i))) {
      // Hash the lower-cased letters while scanning, so the class lookup allocates nothing.
      let hash = HASH_SEED;
      let ascii = true;
      // Bounded by n: reading past the end returns NaN, and once V8 has seen that it compiles
      // every later comparison here for doubles, which costs the whole scan about a third.
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 0x61 && d <= 0x7a) {
          hash = hashStep(hash, d);
          i++;
        } else if (d >= 0x41 && d <= 0x5a) {
          hash = hashStep(hash, d | 0x20);
          cased = true;
          i++;
        } else if (d >= 0x80 && isLetterAt(text, i)) {
          ascii = false;
          i++;
        } else break;
      }
      kind = WORD;
      if (afterNumber && ascii && !cased && i - start > 4) {
        const cut = gluedScaleEnd(text, start, i);
        if (cut > 0) {
          // End this token at the scale word; the next pass reads the rest as a glued word.
          i = cut;
          hash = HASH_SEED;
          for (let k = start; k < cut; k++) hash = hashStep(hash, text.charCodeAt(k));
        }
      }
      if (!ascii) {
        const word = text.slice(start, i);
        lower = word.toLowerCase();
        cased = lower !== word;
        if (classes) cls = classes.get(lower);
      } else if (classes) {
        const slot = classes.asciiSlot(text, start, i, hash);
        if (slot >= 0) {
          cls = classes.bitsAt(slot);
          lower = classes.wordAt(slot);
        }
      }
    } else if (isSymbolAt(text, i)) {
      i++;
      kind = SYMBOL;
      lower = text.slice(start, i);
      if (classes) cls = classes.get(lower);
    } else {
      // A surrogate pair stays one token so offsets never split a code point.
      const hi = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      i += hi ? 2 : 1;
      kind = PUNCT;
      // A vulgar fraction ("¼", "⅜") is a number to the amount readers; its class marks it.
      if (c >= 0xbc && classes && (c <= 0xbe || (c >= 0x2150 && c <= 0x215e))) {
        lower = text.slice(start, i);
        cls = classes.get(lower);
      }
    }
    if (cls !== 0 || kind === NUMBER) marked.push(count);
    tokens[count++] = (new SourceToken(text, start, i, kind | (space ? SPACE_BIT : 0) | (newline ? NEWLINE_BIT : 0) | (cased ? CASED_BIT : 0) | (cls << CLASS_SHIFT), lower));
    space = false;
    newline = false;
    afterNumber = kind === NUMBER;
  }
  tokens.length = count;
  return { tokens, marked };
}
