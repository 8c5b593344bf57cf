/** Scale words after a number, as powers of ten. Data only. */

export interface ScaleWord {
  readonly power: number;
  /** Only when glued to the number ("$5m", "10k$"): a spaced "m" is more often metres. */
  readonly gluedOnly?: boolean;
  /** Matches only in this exact case ("MM" is million, "mm" is millimetres). */
  readonly caseSensitive?: boolean;
}

export const SCALE_WORDS: Readonly<Record<string, ScaleWord>> = {
  thousand: { power: 3 }, thousands: { power: 3 }, k: { power: 3, gluedOnly: true },
  // "$2 mil", "3 mil dollars": spoken shorthand for million, spaced as often as glued.
  mil: { power: 6 }, mrd: { power: 9 }, mds: { power: 9 },
  m: { power: 6, gluedOnly: true }, mn: { power: 6 }, mln: { power: 6 }, mio: { power: 6 }, million: { power: 6 }, millions: { power: 6 },
  // "$1.2mm", "$5 MM": financial shorthand for million (read only after a currency or before one).
  MM: { power: 6 },
  b: { power: 9, gluedOnly: true }, bn: { power: 9 }, bln: { power: 9 }, billion: { power: 9 }, billions: { power: 9 },
  T: { power: 12, gluedOnly: true, caseSensitive: true }, tn: { power: 12 }, trn: { power: 12 }, trillion: { power: 12 }, trillions: { power: 12 },
  // Fines past any economy's size ("2.5 decillion roubles", "two undecillion rubles") and hyperinflated sums.
  quadrillion: { power: 15 }, quintillion: { power: 18 }, sextillion: { power: 21 }, septillion: { power: 24 }, octillion: { power: 27 },
  nonillion: { power: 30 }, decillion: { power: 33 }, undecillion: { power: 36 },
  lakh: { power: 5 }, lakhs: { power: 5 }, lac: { power: 5 }, lacs: { power: 5 },
  crore: { power: 7 }, crores: { power: 7 }, cr: { power: 7 },
};

/** The same table keyed for lookup by lower-case word. */
export const SCALE_LOOKUP: ReadonlyMap<string, ScaleWord> = new Map(Object.entries(SCALE_WORDS).map(([w, s]) => [w.toLowerCase(), s]));

/**
 * Scale words that text copied out of PDF filings glues to the next word ("$7.6 millionand
 * $0.9 millionfor the years", "$4 milliongain", "5.9 mlndlrs"): after a number, a word that
 * starts with one of these is cut in two, unless the rest makes a word of its own with it.
 * (Each starts with "m", "b" or "t": the tokenizer tests that first.)
 */
export const GLUED_SCALE_HEADS: readonly string[] = ['million', 'billion', 'thousand', 'trillion', 'mln', 'bln'];

/** How the rest starts when head and rest are one word: "millionths", "billionaires", "thousandfold". */
export const SCALE_WORD_SUFFIXES: readonly string[] = ['th', 'aire', 'fold', 's'];
