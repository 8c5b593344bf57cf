/**
 * Converting a money amount: pick the rate (period average, else the date's rate, else the
 * latest), from the sources in order of preference (caller's rates, embedded data, rates
 * the text itself implies), multiply exactly and round once, explicitly, to the target
 * currency's minor unit (half away from zero).
 */
import { toCurrencyCode, toReferenceDate } from '../options';
import { decimalToNumber, isDecimal, multiplyDecimal, normalizeDecimal, roundDecimal } from '../resolve/decimal';
import { numberToDecimal } from '../resolve/decimal';
import { callerProvider } from './caller';
import { embeddedProvider } from './embedded';
import { minorUnits } from './minor-units';
import type { RateProvider, RateQuote } from './provider';
import type { Conversion, ConvertOptions, LinkedPeriod, RateBasis, RateOptions } from './types';

/** What the rate should be for, in order of preference. */
export type RateWhen =
  | { readonly basis: 'period'; readonly start: string; readonly end: string }
  | { readonly basis: 'date'; readonly date: string }
  | { readonly basis: 'latest' };

/** The parts of a money figure conversion reads. */
export interface MoneyInput {
  readonly currency: string | null;
  readonly amountExact?: string;
  readonly amount?: number;
  readonly amountMaxExact?: string;
  readonly amountMax?: number;
  /** A period linked in the text: its average rate is used when no `date`/`period` option is given. */
  readonly period?: LinkedPeriod;
}

/** Validates the rate options into providers, in order of preference. */
export function rateProviders(options: RateOptions | undefined): RateProvider[] {
  const providers: RateProvider[] = [];
  if (options?.rates !== undefined) providers.push(callerProvider(options.rates));
  const embedded = options?.embeddedRates === undefined ? 'month' : options.embeddedRates;
  if (embedded !== false) {
    if (embedded !== 'day' && embedded !== 'month' && embedded !== 'year')
      throw new RangeError(`embeddedRates must be "day", "month", "year" or false, got ${JSON.stringify(embedded)}`);
    providers.push(embeddedProvider(embedded));
  }
  return providers;
}

export interface RateFound extends RateQuote {
  readonly basis: RateBasis;
}

const describeWhen = (w: RateWhen): string => (w.basis === 'period' ? `${w.start}..${w.end}` : w.basis === 'date' ? w.date : 'any date');

/** Finds a rate or explains why there is none. Providers that throw (a broken loader) count as having no rate, and the reason is kept. */
export function findRate(from: string, to: string, when: readonly RateWhen[], providers: readonly RateProvider[]): RateFound | { error: string } {
  if (from === to) return { rate: '1', rateDate: whenDate(when[0]), source: 'identity', basis: 'identity' };
  const failures: string[] = [];
  for (const w of when) {
    for (const p of providers) {
      let q: RateQuote | undefined;
      try {
        q = w.basis === 'period' ? p.average(from, to, w.start, w.end) : w.basis === 'date' ? p.onDate(from, to, w.date) : p.latest(from, to);
      } catch (e) {
        const failure = `${p.name}: ${(e as Error).message}`;
        if (!failures.includes(failure)) failures.push(failure);
        continue;
      }
      if (q) return { ...q, basis: w.basis };
    }
  }
  const tried = providers.length ? providers.map((p) => p.name).join(', ') : 'no rate sources';
  const whenText = when.map(describeWhen).join(' or ') || 'any date';
  return { error: `no exchange rate from ${from} to ${to} for ${whenText} (tried ${tried})${failures.length ? `; ${failures.join('; ')}` : ''}` };
}

function whenDate(w: RateWhen | undefined): string {
  if (!w || w.basis === 'latest') return 'any';
  return w.basis === 'period' ? `${w.start}/${w.end}` : w.date;
}

const exactOf = (exact: string | undefined, n: number | undefined, name: string): string | undefined => {
  if (exact !== undefined) {
    if (typeof exact !== 'string' || !isDecimal(exact)) throw new TypeError(`${name} must be a decimal string, got ${JSON.stringify(exact)}`);
    return normalizeDecimal(exact);
  }
  if (n !== undefined) {
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new TypeError(`${name.replace('Exact', '')} must be a finite number`);
    return numberToDecimal(n);
  }
  return undefined;
};

/** Applies a found rate to an amount. */
export function applyRate(money: MoneyInput, to: string, found: RateFound): Conversion {
  const places = minorUnits(to);
  const source = exactOf(money.amountExact, money.amount, 'amountExact')!;
  const exact = multiplyDecimal(source, found.rate);
  const amountExact = roundDecimal(exact, places);
  const maxSource = exactOf(money.amountMaxExact, money.amountMax, 'amountMaxExact');
  const max = maxSource === undefined ? undefined : roundDecimal(multiplyDecimal(maxSource, found.rate), places);
  return {
    currency: to,
    amount: decimalToNumber(amountExact),
    amountExact,
    exact,
    ...(max === undefined ? {} : { amountMax: decimalToNumber(max), amountMaxExact: max }),
    rate: found.rate,
    rateDate: found.rateDate,
    rateSource: found.source,
    rateBasis: found.basis,
    ...(found.note ? { rateNote: found.note } : {}),
    minorUnits: places,
  };
}

/** The order of rate dates for a figure: its period, else the date, else the latest. */
export function whenFor(period: { start: string; end: string } | undefined, date: string | undefined): RateWhen[] {
  const when: RateWhen[] = [];
  if (period) when.push({ basis: 'period', start: period.start, end: period.end });
  if (date) when.push({ basis: 'date', date });
  if (!period && !date) when.push({ basis: 'latest' });
  return when;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Converts a money amount (a `MoneyFigure` from `extract()`, or `{ currency, amountExact }`)
 * into `to`. The rate is the average over `options.period`, else the rate on
 * `options.date`, else the average over the figure's linked period, else the latest
 * available; sources in order: `options.rates`, then the embedded data.
 *
 * @throws TypeError when `money` or an option has the wrong type.
 * @throws RangeError when a currency code is malformed, the figure has no currency, or no
 *   source has a rate (the message names both currencies and the date).
 */
export function convert(money: MoneyInput, to: string, options?: ConvertOptions): Conversion {
  if (typeof money !== 'object' || money === null) throw new TypeError('money must be a money figure or { currency, amountExact }');
  const target = toCurrencyCode(to, 'to');
  if (money.currency === null || money.currency === undefined) throw new RangeError(`cannot convert ${JSON.stringify((money as { text?: string }).text ?? money.amountExact ?? money.amount)}: its currency is unknown`);
  const from = toCurrencyCode(money.currency, 'money.currency');
  if (money.amountExact === undefined && money.amount === undefined) throw new TypeError('money needs amountExact (a decimal string) or amount');
  if (options !== undefined && (typeof options !== 'object' || options === null)) throw new TypeError('options must be an object');
  const date = options?.date === undefined ? undefined : toReferenceDate(options.date, 'date').toISOString().slice(0, 10);
  let period = options?.period;
  if (period !== undefined) {
    if (typeof period !== 'object' || period === null || !ISO.test(String(period.start)) || !ISO.test(String(period.end)))
      throw new TypeError('period must be { start: "YYYY-MM-DD", end: "YYYY-MM-DD" }');
    toReferenceDate(period.start, 'period.start');
    toReferenceDate(period.end, 'period.end');
    if (period.end < period.start) throw new RangeError(`period ends (${period.end}) before it starts (${period.start})`);
  } else if (date === undefined && money.period) period = money.period;
  const found = findRate(from, target, whenFor(period, date), rateProviders(options));
  if ('error' in found) throw new RangeError(found.error);
  return applyRate(money, target, found);
}
