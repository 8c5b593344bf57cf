/**
 * Word classes: which lexicons know a word. The tokenizer looks each word up once here and
 * stores the bits on the token, so recognisers ask "can this open a currency phrase?" with
 * a bit test instead of one dictionary lookup per rule per token. The table is built from
 * the lexicons on first use.
 */
import { currencyLexicon } from '../lexicon/currency-lexicon';
import { NEGATIVE_WORDS, PERCENT_UNITS } from '../lexicon/percent-units';
import { SCALE_LOOKUP } from '../lexicon/scales';
import { NUMBER_START_WORDS } from './number-words';
import { tokenize } from './tokens';

/** Can open a spelled-out number ("two", "half", "a"). */
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

let table: Map<string, number> | undefined;
const registered: Array<[readonly string[], number]> = [];

/**
 * Adds a class for words a recogniser dispatches on (called once, when its module loads), so
 * lexicons that live beside their rules need not be imported here.
 */
export function registerWordClass(words: Iterable<string>, bit: number): void {
  const list = [...words];
  registered.push([list, bit]);
  if (table) for (const w of list) table.set(w, (table.get(w) ?? 0) | bit);
}

function build(): Map<string, number> {
  const map = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  };
  add(NUMBER_START_WORDS, WORD_NUMBER);
  const lex = currencyLexicon();
  add(lex.before.firstWords(), CURRENCY_BEFORE);
  add(lex.after.firstWords(), CURRENCY_AFTER);
  add(SCALE_LOOKUP.keys(), SCALE);
  add(Object.keys(PERCENT_UNITS).map((p) => tokenize(p, false)[0]!.lower), PERCENT_UNIT);
  add(['between', 'from', ...NEGATIVE_WORDS], RANGE_OR_SIGN);
  for (const [words, bit] of registered) add(words, bit);
  return map;
}

/** The shared table, built on first use. */
export function wordClasses(): ReadonlyMap<string, number> {
  return (table ??= build());
}
