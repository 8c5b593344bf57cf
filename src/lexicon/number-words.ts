/** Spelled-out number words, as data. */

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers that close a group ("two hundred", "three thousand"), as powers of ten. */
export const MAGNITUDE_WORDS: Readonly<Record<string, number>> = {
  hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12,
};

/** Ordinal words, for periods ("first half", "third quarter"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** Fraction words that can stand for a number ("half a million", "a quarter of a billion"). */
export const FRACTION_WORDS: Readonly<Record<string, string>> = {
  half: '0.5', quarter: '0.25',
};

/**
 * Words after "a" that count as a number, before "of" or not, ahead of a magnitude or a
 * currency word: "a couple hundred dollars", "a couple of grand" (as the peers read "a couple").
 */
export const ARTICLE_COUNT_WORDS: Readonly<Record<string, number>> = { couple: 2 };

/**
 * Words after "a"/"an" that open a number only before a unit: "a third of a percentage
 * point", "an eighth of a percent", "a tenth of a point", "a full percentage point" (the percent
 * recogniser reads them).
 */
export const ARTICLE_UNIT_WORDS: readonly string[] = ['third', 'fifth', 'eighth', 'tenth', 'sixteenth', 'full'];

/**
 * Unicode vulgar fractions, as decimals (sevenths, ninths, thirds and sixths to twelve places,
 * like newswire fractions "1/3"): "4¾%", "¼%", "$5½ million".
 */
export const VULGAR_FRACTIONS: Readonly<Record<string, string>> = {
  '\u00bc': '0.25', '\u00bd': '0.5', '\u00be': '0.75',
  '\u2150': '0.142857142857', '\u2151': '0.111111111111', '\u2152': '0.1', '\u2153': '0.333333333333', '\u2154': '0.666666666667',
  '\u2155': '0.2', '\u2156': '0.4', '\u2157': '0.6', '\u2158': '0.8', '\u2159': '0.166666666667', '\u215a': '0.833333333333',
  '\u215b': '0.125', '\u215c': '0.375', '\u215d': '0.625', '\u215e': '0.875',
};

/**
 * Fraction words by denominator, that size an amount or a percentage without a numeral:
 * "three quarters of a million dollars", "half a percentage point", "two-thirds of a percent".
 */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5],
  ['eighth', 8], ['eighths', 8], ['tenth', 10], ['tenths', 10], ['sixteenth', 16], ['sixteenths', 16],
]);

/** Numerators written as words before a denominator ("three-quarters", "one-half"); "a"/"an" is one. */
export const FRACTION_NUMERATORS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['five', 5], ['seven', 7],
]);
