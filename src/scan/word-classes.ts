/**
 * Word classes: which lexicons know a word. The tokenizer looks each word up once here and
 * stores the bits on the token, so recognisers ask "can this open a currency phrase?" with
 * a bit test instead of one dictionary lookup per rule per token. The table is built from
 * the lexicons on first use.
 *
 * Most words of a text are in no lexicon, so the lookup must cost next to nothing and must
 * not allocate: the tokenizer hashes an ASCII word's lower-cased letters as it scans them
 * (`hashStep`) and probes an open-addressing table with that hash, comparing letters in
 * place. Only words with non-ASCII letters, and symbols, pay for a string and a Map lookup.
 */
import { currencyLexicon } from '../lexicon/currency-lexicon';
import { NEGATIVE_WORDS, PERCENT_UNITS } from '../lexicon/percent-units';
import { SCALE_LOOKUP } from '../lexicon/scales';
import { VULGAR_FRACTIONS } from '../lexicon/number-words';
import { NUMBER_START_WORDS } from './number-words';
import { tokenize } from './tokens';

/** Can open a spelled-out number ("two", "half", "a"), or is a vulgar fraction ("¾", a punct token). */
export const WORD_NUMBER = 1;
/** Can open a currency written before the number ("US", "$", "RMB"). */
export const CURRENCY_BEFORE = 2;
/** Can open a currency written after the number ("dollars", "Chinese", "cts"). */
export const CURRENCY_AFTER = 4;
/** A scale word ("billion", "mln", "crore"). */
export const SCALE = 8;
/** Can open a percent unit ("%", "per", "basis"). */
export const PERCENT_UNIT = 16;
/** Opens a range or a sign ("between", "from", "minus"). */
export const RANGE_OR_SIGN = 32;

/** Can open a period ("quarter", "fiscal", "march", "last"); registered by the period recogniser. */
export const PERIOD = 64;

/** A place or nationality that hints at a currency ("canadian", "hong"); registered by the currency resolver. */
export const CURRENCY_CUE = 128;

/** The key word of some currency phrase ("dollars", "$", "rmb", "cts"): money needs one nearby. */
export const CURRENCY_KEY = 256;

/** The key word of some percent unit ("%", "pct", "points"): a percentage needs one nearby. */
export const PERCENT_KEY = 512;

/** FNV-1a offset basis: the hash of the empty word. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** Folds one lower-case UTF-16 unit into a word hash. */
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 16777619);

const hashOf = (word: string): number => {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
};

const isAsciiLetters = (word: string): boolean => {
  if (!word) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
};

/** Lower-case ASCII words by hash (open addressing, linear probing); everything else in a Map. */
export class WordClassTable {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly keys: Array<string | undefined>;
  private readonly bits: Int32Array;
  private readonly other = new Map<string, number>();
  /** One bit per hash value mod 2^15: clear means no ASCII entry has that hash, so most words skip the probe. */
  private readonly filter = new Int32Array(1024);

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 64;
    while (size < entries.size * 4) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.bits = new Int32Array(size);
    for (const [word, bits] of entries) {
      if (!isAsciiLetters(word)) { this.other.set(word, bits); continue; }
      const h = hashOf(word);
      let slot = h & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.hashes[slot] = h;
      this.filter[(h >>> 5) & 1023]! |= 1 << (h & 31);
      this.keys[slot] = word;
      this.bits[slot] = bits;
    }
  }

  /**
   * The slot of the ASCII word `text[start, end)` whose lower-cased letters hash to `hash`, or
   * -1 when the table does not have it. `bitsAt` and `wordAt` read the slot.
   */
  asciiSlot(text: string, start: number, end: number, hash: number): number {
    if ((this.filter[(hash >>> 5) & 1023]! & (1 << (hash & 31))) === 0) return -1;
    const len = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) return -1;
      if (this.hashes[slot] !== hash || key.length !== len) continue;
      let k = 0;
      while (k < len && (text.charCodeAt(start + k) | 0x20) === key.charCodeAt(k)) k++;
      if (k === len) return slot;
    }
  }

  /** The class bits of a slot `asciiSlot` found. */
  bitsAt(slot: number): number {
    return this.bits[slot]!;
  }

  /**
   * The lower-cased word of a slot `asciiSlot` found: one string shared by every token of
   * that word, so tokens need not cut their own, and lexicon lookups hash it only once.
   */
  wordAt(slot: number): string {
    return this.keys[slot]!;
  }

  /** Bits of the ASCII word `text[start, end)` whose lower-cased letters hash to `hash`. */
  asciiWord(text: string, start: number, end: number, hash: number): number {
    const slot = this.asciiSlot(text, start, end, hash);
    return slot < 0 ? 0 : this.bits[slot]!;
  }

  /** Bits of any lower-cased word or symbol. */
  get(lower: string): number {
    return isAsciiLetters(lower) ? this.asciiWord(lower, 0, lower.length, hashOf(lower)) : this.other.get(lower) ?? 0;
  }
}

let entries: Map<string, number> | undefined;
let table: WordClassTable | undefined;
const registered: Array<[readonly string[], number]> = [];

/**
 * Adds a class for words a recogniser dispatches on (called once, when its module loads), so
 * lexicons that live beside their rules need not be imported here.
 */
export function registerWordClass(words: Iterable<string>, bit: number): void {
  // Tokens keep the class in the bits above their kind and flags, so a class fits 26 bits.
  if (!Number.isInteger(bit) || bit <= 0 || bit >= 1 << 26) throw new RangeError(`word class bit out of range: ${bit}`);
  const list = [...words];
  registered.push([list, bit]);
  if (entries) {
    for (const w of list) entries.set(w, (entries.get(w) ?? 0) | bit);
    table = undefined;
  }
}

function build(): Map<string, number> {
  const map = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  };
  add(NUMBER_START_WORDS, WORD_NUMBER);
  add(Object.keys(VULGAR_FRACTIONS), WORD_NUMBER);
  const lex = currencyLexicon();
  add(lex.before.firstWords(), CURRENCY_BEFORE);
  add(lex.after.firstWords(), CURRENCY_AFTER);
  add(SCALE_LOOKUP.keys(), SCALE);
  add(lex.before.keyWords(), CURRENCY_KEY);
  add(lex.after.keyWords(), CURRENCY_KEY);
  add(Object.keys(PERCENT_UNITS).map((p) => tokenize(p, false)[0]!.lower), PERCENT_UNIT);
  add(Object.keys(PERCENT_UNITS).map((p) => tokenize(p, false).filter((t) => t.kind !== 'punct').pop()!.lower), PERCENT_KEY);
  add(['between', 'from', ...NEGATIVE_WORDS], RANGE_OR_SIGN);
  for (const [words, bit] of registered) add(words, bit);
  return map;
}

/** The shared table, built on first use. */
export function wordClasses(): WordClassTable {
  return (table ??= new WordClassTable((entries ??= build())));
}
