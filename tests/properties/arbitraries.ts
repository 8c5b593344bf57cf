/**
 * Generators of text for the property tests: arbitrary strings, and "financial-looking" text
 * built from the pieces writers use (currencies, numbers in many formats, scale words,
 * percent units, periods, qualifiers), glued with punctuation, odd spaces and other Unicode
 * that tends to break offsets (NBSP, thin spaces, U+2212, full-width digits, emoji,
 * surrogate pairs and lone surrogates, RTL marks, letters whose case changes length).
 */
import fc from 'fast-check';

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

export const CURRENCY_BEFORE = [
  '$', 'US$', 'US $', 'USD', 'USD ', 'EUR ', '€', '€ ', '£', 'HK$', 'A$', 'C$', 'NZ$', 'S$', 'R$', 'NT$', 'RMB', 'RMB ', 'CNY ',
  '¥', '₹', 'Rs', 'Rs.', 'Rs ', 'CHF ', 'SEK ', 'kr ', '₩', 'JPY ', 'GBP', 'DM', 'XYZ ', '＄', '₿', '¢',
] as const;

export const CURRENCY_AFTER = [
  'dollars', 'dlrs', 'euros', 'euro', 'yen', 'pounds', 'pounds sterling', 'stg', 'cents', 'cts', 'p', 'pence', 'Swiss francs',
  'francs', 'rupees', 'won', 'yuan', 'Chinese yuan', 'Kuwaiti dinars', 'marks', 'lire', 'guilders', 'pesetas', 'kronor', 'crowns',
  '€', 'USD', 'EUR', 'rand', 'Australian dollars', 'US dollars', 'dollar', 'reais', 'pounds of flour',
] as const;

export const SCALES = [
  '', '', '', 'k', 'K', 'm', 'M', 'mn', 'mln', 'MM', 'bn', 'bln', 'B', 'tn', 'trn', ' thousand', ' million', ' billion', ' trillion',
  ' lakh', ' crore', ' lakh crore', ' mln', ' bln', '-million', '-crore', ' billion billion', ' Mrd', ' cr', ' lac',
] as const;

export const PERCENT_UNITS = [
  '%', ' %', ' percent', ' per cent', ' pct', 'pc', ' percentage point', ' percentage points', ' basis points', ' basis point',
  'bps', ' bps', ' bp', '‰', '％', ' pct points', '-percent',
] as const;

export const PERIODS = [
  'Q1', 'Q4', 'Q3 2019', '1Q19', '4Q2020', '2019-Q1', 'third quarter', 'third-quarter', 'fourth quarter of 2018', 'H1', 'H2', '1H18',
  '2019 H2', 'first half of 2017', 'second half', 'first six months', 'nine months ended September 30, 2019',
  'the six months to June 30', 'fiscal 2019', 'FY2019', 'FY19', 'fiscal year ending March 31, 2023', 'year ended December 31',
  'January 2016', 'October', 'Oct.', 'October 8, 2018', '8 October 2018', 'the week ended February 22', 'this year', 'last year',
  'next year', 'last quarter', 'last fiscal year', 'year-to-date', 'the year-earlier period', 'a year earlier',
  'the previous quarter', 'same period last year', 'in 2016', '2012', '1987', '9999', '0000', 'Feb 30, 2019', '2019-02-29',
  'Q5 2019', 'FY99999', 'H3', '2019/20', 'a 30-year history', 'May', 'may',
] as const;

export const WORDS = [
  'about', 'more than', 'at least', 'up to', 'nearly', 'almost', 'roughly', 'between', 'and', 'to', 'from', 'a share', 'per share',
  'a year', 'revenue', 'rose', 'fell', 'loss of', 'the', 'in', 'of', 'for', 'AAPL', '(Nasdaq: AAPL)', '(Shenzhen: 000063)', 'COVID-19',
  'Windows 10', 'Boeing 737', '5G', 'billion', 'million', 'net', 'profit', 'half', 'a', 'two', 'twenty-five', 'minus', 'negative',
  'down', 'up', 'or', 'vs', 'versus', 'compared with', 'Inc.', 'U.S.', 'Ltd.', 'Mr.', 'No.', 'pp', 'x', 'e', 'E6', 'İ', 'ß', 'ﬁ',
  'ǅ', 'Σ', 'between between', 'billion billion', '$$', 'dlrs dlrs',
] as const;

export const PUNCT = [
  ' ', ' ', ' ', ' ', ' ', '', ', ', '. ', '; ', ': ', '(', ')', ' (', ') ', '[', ']', '-', '–', '—', '/', '\n', '\n\n', '\r\n', '\t',
  '"', "'", '’', '…', '...', '!', '?', '*', '&', '#', '@', '|', '+', '=', '<', '>', '\\', '^', '~', '`', '{', '}',
] as const;

/** Code points and sequences that break naive offset arithmetic. */
export const NOISE = [
  '\u00a0', '\u2009', '\u202f', '\u2007', '\u3000', '\u2212', '\u200f', '\u200e', '\u202e', '\u202c', '\u2066', '\u2069', '\u200d',
  '\u200b', '\ufeff', '\u0301', '\u0000', '\u2028', '\u2029', '😀', '💰', '🇺🇸', '👨‍👩‍👧', '\ud83d', '\ude00', '𝟙𝟚𝟛', '＄',
  '％', '１２３', '１，２３４．５', '٣٤٥', '४२', 'Ⅻ', '½', '¾', '²', '…', '‘', '“', '”', '‐', '‑', '‒', '﹣', '－', 'İ', 'ẞ',
  'ﬀ', '\u0130\u0130', 'Ⓐ', '𐐀', '\u{e0041}',
] as const;

const DIGITS = '0123456789';
const FULLWIDTH = '０１２３４５６７８９';

/** A run of 1..n digits (no leading zero unless single). */
const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...DIGITS), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** Groups an integer string in threes (or Indian 3-then-2) with `sep`. */
export function group(int: string, sep: string, indian = false): string {
  if (int.length <= 3) return int;
  const head = int.slice(0, -3);
  const tail = int.slice(-3);
  const size = indian ? 2 : 3;
  const parts: string[] = [];
  for (let end = head.length; end > 0; end -= size) parts.unshift(head.slice(Math.max(0, end - size), end));
  return [...parts, tail].join(sep);
}

/** Numbers as writers and OCR write them, well-formed or not. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 16n }).map(String) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: 9999 }), digits(1, 3)).map(([a, b]) => `${a}.${b}`) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.bigInt({ min: 1000n, max: 10n ** 15n }), pick([',', '.', ' ', '\u00a0', '\u202f', '\u2009', "'", '’', ',,']), fc.boolean(), fc.option(digits(1, 3)))
      .map(([n, sep, indian, frac]) => group(String(n), sep, indian) + (frac ? (sep === '.' ? ',' : '.') + frac : '')),
  },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 16 })).map(([w, n, d]) => `${w}-${n}/${d}`) },
  { weight: 1, arbitrary: pick(['two', 'twenty', 'half a', 'a quarter', 'one hundred', 'twenty-five', 'a', 'zero', 'nil', 'a dozen', 'three-quarters of a', 'one and a half']) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...FULLWIDTH), { minLength: 1, maxLength: 6 }).map((d) => d.join('')) },
  { weight: 1, arbitrary: pick(['007', '.5', '5.', '1e6', '0x1F', '1,,2', '1..2', '1.2.3', '1,2,3,4', '00', '0.000', '1/0', '0/0', '9'.repeat(40), '1.' + '0'.repeat(30) + '1']) },
);

const sign = pick(['', '', '', '-', '\u2212', '+', '–', '(', '-(']);

const sep = pick(PUNCT);

/** One money phrase, well-formed or nearly so. */
export const moneyPiece: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(sign, pick(CURRENCY_BEFORE), pick(['', '', ' ', '\u00a0', '(']), numberText, pick(SCALES), pick(['', '', ')'])).map((p) => p.join('')),
  fc.tuple(sign, numberText, pick(SCALES), pick([' ', '', '\u00a0', '-']), pick(CURRENCY_AFTER)).map((p) => p.join('')),
  fc.tuple(pick(CURRENCY_BEFORE), numberText, pick(['-', '–', ' to ', ' - ', '/']), pick(['', ...CURRENCY_BEFORE]), numberText, pick(SCALES)).map((p) => p.join('')),
  fc.tuple(pick(['between ', 'from ', 'Between ']), pick(CURRENCY_BEFORE), numberText, pick(SCALES), pick([' and ', ' to ', ' & ']), pick(['', ...CURRENCY_BEFORE]), numberText, pick(SCALES)).map((p) => p.join('')),
);

/** One percent phrase. */
export const percentPiece: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(sign, numberText, pick(PERCENT_UNITS)).map((p) => p.join('')),
  fc.tuple(numberText, pick(['%', '']), pick(['-', ' to ', '–', ' and ']), numberText, pick(PERCENT_UNITS)).map((p) => p.join('')),
);

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: moneyPiece },
  { weight: 3, arbitrary: percentPiece },
  { weight: 3, arbitrary: pick(PERIODS) },
  { weight: 4, arbitrary: pick(WORDS) },
  { weight: 2, arbitrary: numberText },
  { weight: 2, arbitrary: pick(NOISE) },
  { weight: 1, arbitrary: pick(SCALES) },
  { weight: 1, arbitrary: pick(CURRENCY_AFTER) },
);

/** "Financial-looking" text: pieces joined by punctuation, spaces and noise. */
export const financialText: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, fc.oneof({ weight: 5, arbitrary: sep }, { weight: 1, arbitrary: pick(NOISE) })), { maxLength: 40, size: 'medium' })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

/** A dense alphabet of the characters recognisers care about: many near-misses per character. */
export const denseText: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(...'0123456789$€£¥₹%.,-−()/ \u00a0\u202fbmkMBnltrhQHFYpcsd'.split(''), ...['\ud83d', '😀', 'US$', 'bn', 'pct', 'Q3', '\n']),
  maxLength: 400,
  size: 'medium',
});

/** Arbitrary strings: any UTF-16 units (lone surrogates included), graphemes, ASCII. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400, size: 'medium' }),
  fc.string({ unit: 'grapheme', maxLength: 200, size: 'medium' }),
  fc.string({ unit: 'binary-ascii', maxLength: 400, size: 'medium' }),
  fc.string({ maxLength: 400, size: 'medium' }),
);

/** Sentences with no figure and no currency, date or number word: cannot change another sentence's reading. */
export const NEUTRAL_SENTENCES = [
  'The board met in the morning.',
  'Analysts said the outlook was unclear.',
  'Shareholders asked several questions at the meeting.',
  'The company did not comment further.',
  'Its chief executive spoke to reporters outside the building.',
  'Trading was quiet on the exchange.',
] as const;

export const neutralContext: fc.Arbitrary<string> = fc.array(pick(NEUTRAL_SENTENCES), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
