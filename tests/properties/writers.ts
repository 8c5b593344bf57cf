/**
 * Amounts, percentages and periods written the way financial writers write them, each with
 * the exact value the library must read back. Only formats the recognisers claim to read
 * (see the header comments of src/recognise/money/index.ts and src/recognise/percent.ts).
 */
import fc from 'fast-check';
import { group } from './arbitraries';

export interface MoneyCase {
  readonly text: string;
  readonly currency: string;
  readonly exact: string;
  readonly max?: string;
  /** Words written just before `text` ("about "), read as the figure's qualifier, outside its span. */
  readonly prefix?: string;
  readonly qualifier?: string;
}

export interface PercentCase {
  readonly text: string;
  readonly unit: 'percent' | 'percentage-point' | 'basis-point';
  readonly exact: string;
  readonly max?: string;
}

export interface PeriodCase {
  readonly text: string;
  readonly start: string;
  readonly end: string;
}

/** Normalised exact decimal of `mantissa × 10^power` (no exponent, no trailing zeros). */
export function scaleExact(mantissa: string, power: number): string {
  const negative = mantissa.startsWith('-');
  const [int = '', frac = ''] = mantissa.replace(/^[-+]/, '').split('.');
  const digits = int + frac;
  const point = int.length + power;
  let whole: string, fraction: string;
  if (point >= digits.length) { whole = digits.padEnd(point, '0'); fraction = ''; }
  else if (point <= 0) { whole = '0'; fraction = '0'.repeat(-point) + digits; }
  else { whole = digits.slice(0, point); fraction = digits.slice(point); }
  whole = whole.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  const abs = fraction ? `${whole}.${fraction}` : whole;
  return negative && abs !== '0' ? `-${abs}` : abs;
}

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

/** A number as written before a scale word: 1..9999 with 0-3 decimals, trailing zeros kept ("5.20"). */
export const mantissa: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.option(fc.integer({ min: 0, max: 999 }).chain((n) => fc.constantFrom(String(n), String(n).padStart(3, '0')))))
  .map(([i, f]) => (f === null ? String(i) : `${i}.${f}`));

/** Currency written before the number, and what it means with no other context. */
const BEFORE = [
  ['$', 'USD'], ['US$', 'USD'], ['US $', 'USD'], ['USD ', 'USD'], ['USD', 'USD'], ['€', 'EUR'], ['€ ', 'EUR'], ['EUR ', 'EUR'],
  ['£', 'GBP'], ['GBP ', 'GBP'], ['HK$', 'HKD'], ['A$', 'AUD'], ['C$', 'CAD'], ['NZ$', 'NZD'], ['S$', 'SGD'], ['R$', 'BRL'],
  ['NT$', 'TWD'], ['RMB', 'CNY'], ['RMB ', 'CNY'], ['CNY ', 'CNY'], ['¥', 'JPY'], ['₹', 'INR'], ['Rs ', 'INR'], ['CHF ', 'CHF'],
  ['SEK ', 'SEK'], ['₩', 'KRW'], ['JPY ', 'JPY'],
] as const;

/** Currency named after the number. */
const AFTER = [
  ['dollars', 'USD'], ['dlrs', 'USD'], ['euros', 'EUR'], ['yen', 'JPY'], ['pounds sterling', 'GBP'], ['stg', 'GBP'],
  ['Chinese yuan', 'CNY'], ['Swiss francs', 'CHF'], ['rupees', 'INR'], ['won', 'KRW'], ['Kuwaiti dinars', 'KWD'],
  ['US dollars', 'USD'], ['Australian dollars', 'AUD'],
] as const;

/** Scale words: glued after the number, or after a space. */
const GLUED_SCALES = [['k', 3], ['K', 3], ['m', 6], ['M', 6], ['mn', 6], ['MM', 6], ['bn', 9], ['B', 9], ['tn', 12]] as const;
const SPACED_SCALES = [
  ['thousand', 3], ['million', 6], ['mln', 6], ['billion', 9], ['bln', 9], ['bn', 9], ['trillion', 12], ['trn', 12],
] as const;
const INDIAN_SCALES = [['lakh', 5], ['crore', 7], ['lakh crore', 12]] as const;

const QUALIFIERS = [['about', 'approximate'], ['more than', 'more-than'], ['at least', 'at-least'], ['up to', 'at-most'], ['nearly', 'approximate']] as const;

const scaled = fc.oneof(
  pick(GLUED_SCALES).map(([w, p]) => ({ word: w as string, power: p as number, glue: '' })),
  pick(SPACED_SCALES).map(([w, p]) => ({ word: w as string, power: p as number, glue: ' ' })),
);

/** "$5.2bn", "USD 34.6 million", "HK$7 billion", "RMB7.8 billion". */
const currencyFirstScaled: fc.Arbitrary<MoneyCase> = fc.tuple(pick(BEFORE), mantissa, scaled).map(([[sym, cur], m, s]) => ({
  text: `${sym}${m}${s.glue}${s.word}`,
  currency: cur,
  exact: scaleExact(m, s.power),
}));

/** "39.4 billion Chinese yuan", "3.5 mln dlrs", "5 million euros". */
const numberFirst: fc.Arbitrary<MoneyCase> = fc
  .tuple(mantissa, pick(SPACED_SCALES), pick(AFTER))
  .map(([m, [w, p], [name, cur]]) => ({ text: `${m} ${w} ${name}`, currency: cur, exact: scaleExact(m, p) }));

/** Full amounts with grouping and cents: "$1,234,567.89", "€1.234.567,89", "CHF 1'234.50", "₹1,23,45,678". */
const fullAmount: fc.Arbitrary<MoneyCase> = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 18n }), fc.option(fc.integer({ min: 0, max: 99 }).map((c) => String(c).padStart(2, '0'))), fc.integer({ min: 0, max: 4 }))
  .filter(([n, cents, style]) => style !== 1 || cents !== null || String(n).length > 6)
  .map(([n, cents, style]) => {
    const int = String(n);
    const exact = scaleExact(cents === null ? int : `${int}.${cents}`, 0);
    switch (style) {
      case 0: return { text: `$${group(int, ',')}${cents === null ? '' : `.${cents}`}`, currency: 'USD', exact };
      // European: a decimal comma, or two or more dot groups, so the format is not ambiguous.
      case 1: return { text: `€${group(int, '.')}${cents === null ? '' : `,${cents}`}`, currency: 'EUR', exact };
      case 2: return { text: `CHF ${group(int, "'")}${cents === null ? '' : `.${cents}`}`, currency: 'CHF', exact };
      case 3: return { text: `£${group(int, ',')}${cents === null ? '' : `.${cents}`}`, currency: 'GBP', exact };
      default: return { text: `₹${group(int, ',', true)}`, currency: 'INR', exact: scaleExact(int, 0) };
    }
  });

/** Indian scales: "₹1.2 lakh crore", "Rs 500 crore". */
const indian: fc.Arbitrary<MoneyCase> = fc
  .tuple(pick(['₹', 'Rs ', 'INR ']), mantissa, pick(INDIAN_SCALES))
  .map(([sym, m, [w, p]]) => ({ text: `${sym}${m} ${w}`, currency: 'INR', exact: scaleExact(m, p) }));

/** Cents and pence: "8 cents", "99.5 cents", "21.5p". */
const minor: fc.Arbitrary<MoneyCase> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.option(fc.integer({ min: 1, max: 9 })), pick(['cents', 'cts'])).map(([c, f, w]) => {
    const m = f === null ? String(c) : `${c}.${f}`;
    return { text: `${m} ${w}`, currency: 'USD', exact: scaleExact(m, -2) };
  }),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.option(fc.integer({ min: 1, max: 9 }))).map(([c, f]) => {
    const m = f === null ? String(c) : `${c}.${f}`;
    return { text: `${m}p`, currency: 'GBP', exact: scaleExact(m, -2) };
  }),
);

/** Signs: "-$5m", "−$3.5bn" (U+2212), accounting "$(5.2) million". */
const negative: fc.Arbitrary<MoneyCase> = fc
  .tuple(pick(['-', '\u2212', '(']), pick([['$', 'USD'], ['£', 'GBP'], ['€', 'EUR']] as const), mantissa, scaled)
  .map(([sign, [sym, cur], m, s]) => ({
    text: sign === '(' ? `${sym}(${m})${s.glue}${s.word}` : `${sign}${sym}${m}${s.glue}${s.word}`,
    currency: cur,
    exact: scaleExact(`-${m}`, s.power),
  }));

/** Ranges: "$5-6 billion", "€5bn-€6bn", "between £2 billion and £3 billion". */
const range: fc.Arbitrary<MoneyCase> = fc
  .tuple(pick([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY']] as const), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), pick(SPACED_SCALES), fc.integer({ min: 0, max: 2 }))
  .map(([[sym, cur], a, d, [w, p], style]) => {
    const lo = String(a), hi = String(a + d);
    const text = style === 0 ? `${sym}${lo}-${hi} ${w}` : style === 1 ? `${sym}${lo} ${w}-${sym}${hi} ${w}` : `between ${sym}${lo} ${w} and ${sym}${hi} ${w}`;
    return { text, currency: cur, exact: scaleExact(lo, p), max: scaleExact(hi, p) };
  });

/** A qualifier before an amount is kept apart: "about $5m". */
const qualified: fc.Arbitrary<MoneyCase> = fc
  .tuple(pick(QUALIFIERS), currencyFirstScaled)
  .map(([[q, type], c]) => ({ ...c, qualifier: type, prefix: `${q} ` }));

export const moneyCase: fc.Arbitrary<MoneyCase> = fc.oneof(
  { weight: 4, arbitrary: currencyFirstScaled },
  { weight: 3, arbitrary: numberFirst },
  { weight: 3, arbitrary: fullAmount },
  { weight: 1, arbitrary: indian },
  { weight: 1, arbitrary: minor },
  { weight: 2, arbitrary: negative },
  { weight: 2, arbitrary: range },
  { weight: 1, arbitrary: qualified },
);

const PERCENT_UNITS = [
  ['%', 'percent'], [' percent', 'percent'], [' per cent', 'percent'], [' pct', 'percent'], ['pc', 'percent'],
  [' percentage point', 'percentage-point'], [' percentage points', 'percentage-point'], [' basis points', 'basis-point'],
  ['bps', 'basis-point'], [' bps', 'basis-point'],
] as const;

const percentValue = fc
  .tuple(fc.integer({ min: 0, max: 999 }), fc.option(fc.integer({ min: 0, max: 99 }).map(String)))
  .map(([i, f]) => (f === null ? String(i) : `${i}.${f}`));

export const percentCase: fc.Arbitrary<PercentCase> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(pick(['', '', '-', '\u2212']), percentValue, pick(PERCENT_UNITS)).map(([sign, v, [u, unit]]) => ({ text: `${sign}${v}${u}`, unit, exact: scaleExact(sign ? `-${v}` : v, 0) })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 9 }), pick(['%-', ' to '] as const)).map(([a, d, joint]) => {
      const text = joint === '%-' ? `${a}%-${a + d}%` : `${a} to ${a + d} per cent`;
      return { text, unit: 'percent' as const, exact: String(a), max: String(a + d) };
    }),
  },
);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Periods that carry their own year, so they resolve without a reference date's help. */
export const periodCase: fc.Arbitrary<PeriodCase> = fc.tuple(fc.integer({ min: 1980, max: 2030 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 7 })).map(
  ([y, q, m, d, style]) => {
    const qs = iso(y, 3 * q - 2, 1), qe = iso(y, 3 * q, lastDay(y, 3 * q));
    const ord = ['first', 'second', 'third', 'fourth'][q - 1]!;
    switch (style) {
      case 0: return { text: `Q${q} ${y}`, start: qs, end: qe };
      case 1: return { text: `${q}Q${String(y % 100).padStart(2, '0')}`, start: qs, end: qe };
      case 2: return { text: `${ord} quarter of ${y}`, start: qs, end: qe };
      case 3: return q <= 2 ? { text: `${q === 1 ? 'first' : 'second'} half of ${y}`, start: iso(y, q === 1 ? 1 : 7, 1), end: q === 1 ? iso(y, 6, 30) : iso(y, 12, 31) } : { text: `H${q - 2} ${y}`, start: iso(y, q === 3 ? 1 : 7, 1), end: q === 3 ? iso(y, 6, 30) : iso(y, 12, 31) };
      case 4: return { text: `${MONTHS[m - 1]} ${y}`, start: iso(y, m, 1), end: iso(y, m, lastDay(y, m)) };
      case 5: { const day = Math.min(d, lastDay(y, m)); return { text: `${MONTHS[m - 1]} ${day}, ${y}`, start: iso(y, m, day), end: iso(y, m, day) }; }
      case 6: return { text: `fiscal ${y}`, start: iso(y, 1, 1), end: iso(y, 12, 31) };
      default: return { text: String(y), start: iso(y, 1, 1), end: iso(y, 12, 31) };
    }
  },
);
