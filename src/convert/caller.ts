/**
 * Rates the caller passes: one table, many dated tables, or a function. Validated once.
 */
import { toCurrencyCode, toReferenceDate } from '../options';
import { addDecimal } from '../resolve/decimal';
import { divideSignificant, toDecimalInput } from '../resolve/decimal';
import { addDays, STALE_DAYS, type RateProvider, type RateQuote } from './provider';
import type { RateFunction, RateInput, RateTable } from './types';

interface CheckedTable {
  readonly base: string;
  readonly date: string | undefined;
  readonly rates: ReadonlyMap<string, string>;
  readonly source: string;
}

/** A rate given as a number or a decimal string; a NaN or infinite number is a RangeError naming `name`. */
function rateInput(v: unknown, name: string): string {
  if (typeof v === 'number' && !Number.isFinite(v)) throw new RangeError(`${name} must be a finite number, got ${v}`);
  return toDecimalInput(v, name);
}

function checkTable(t: RateTable, name: string): CheckedTable {
  if (typeof t !== 'object' || t === null) throw new TypeError(`${name} must be a rate table { base, date, rates }`);
  const base = toCurrencyCode(t.base, `${name}.base`);
  const date = t.date === undefined ? undefined : toReferenceDate(t.date, `${name}.date`).toISOString().slice(0, 10);
  if (typeof t.rates !== 'object' || t.rates === null) throw new TypeError(`${name}.rates must be an object like { USD: 1.1 }`);
  const rates = new Map<string, string>([[base, '1']]);
  for (const [code, v] of Object.entries(t.rates)) {
    const key = `${name}.rates.${code}`;
    const value = rateInput(v, key);
    if (value.startsWith('-') || /^0(\.0*)?$/.test(value)) throw new RangeError(`${key} must be a positive rate, got ${value}`);
    rates.set(toCurrencyCode(code, key), value);
  }
  return { base, date, rates, source: typeof t.source === 'string' && t.source ? t.source : 'caller' };
}

function crossIn(t: CheckedTable, from: string, to: string): string | undefined {
  const f = t.rates.get(from), x = t.rates.get(to);
  return f && x ? divideSignificant(x, f) : undefined;
}

function tableProvider(input: RateTable | readonly RateTable[]): RateProvider {
  const list = (Array.isArray(input) ? input : [input]) as readonly RateTable[];
  const tables = list.map((t, i) => checkTable(t, Array.isArray(input) ? `rates[${i}]` : 'rates'));
  const dated = tables.filter((t) => t.date !== undefined).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const undated = tables.filter((t) => t.date === undefined);

  const fromUndated = (from: string, to: string): RateQuote | undefined => {
    for (const t of undated) {
      const rate = crossIn(t, from, to);
      if (rate) return { rate, rateDate: 'undated', source: t.source };
    }
    return undefined;
  };

  return {
    name: 'caller rates',
    onDate(from, to, date) {
      const oldest = addDays(date, -STALE_DAYS);
      for (let i = dated.length - 1; i >= 0; i--) {
        const t = dated[i]!;
        if (t.date! > date) continue;
        if (t.date! < oldest) break;
        const rate = crossIn(t, from, to);
        if (rate) return { rate, rateDate: t.date!, source: t.source };
      }
      return fromUndated(from, to);
    },
    average(from, to, start, end) {
      let sum = '0', n = 0;
      const sources = new Set<string>();
      for (const t of dated) {
        if (t.date! < start || t.date! > end) continue;
        const rate = crossIn(t, from, to);
        if (!rate) continue;
        sum = addDecimal(sum, rate);
        n++;
        sources.add(t.source);
      }
      if (n > 0) return { rate: divideSignificant(sum, String(n)), rateDate: `${start}/${end}`, source: [...sources].join('+') };
      return fromUndated(from, to);
    },
    latest(from, to) {
      for (let i = dated.length - 1; i >= 0; i--) {
        const rate = crossIn(dated[i]!, from, to);
        if (rate) return { rate, rateDate: dated[i]!.date!, source: dated[i]!.source };
      }
      return fromUndated(from, to);
    },
  };
}

function functionProvider(fn: RateFunction): RateProvider {
  const call = (from: string, to: string, date: string | undefined, period?: { start: string; end: string }): string | undefined => {
    const v = period ? fn(from, to, date, period) : fn(from, to, date);
    if (v === undefined || v === null) return undefined;
    const rate = rateInput(v, `rates(${from}, ${to}, ${date ?? 'latest'})`);
    if (rate.startsWith('-') || /^0(\.0*)?$/.test(rate)) throw new RangeError(`rates(${from}, ${to}, ${date ?? 'latest'}) returned a non-positive rate ${rate}`);
    return rate;
  };
  return {
    name: 'caller rate function',
    onDate(from, to, date) {
      const rate = call(from, to, date);
      return rate ? { rate, rateDate: date, source: 'caller' } : undefined;
    },
    average(from, to, start, end) {
      const rate = call(from, to, end, { start, end });
      return rate ? { rate, rateDate: `${start}/${end}`, source: 'caller' } : undefined;
    },
    latest(from, to) {
      const rate = call(from, to, undefined);
      return rate ? { rate, rateDate: 'latest', source: 'caller' } : undefined;
    },
  };
}

/** Validates the `rates` option and wraps it as a provider. */
export function callerProvider(input: RateInput): RateProvider {
  if (typeof input === 'function') return functionProvider(input as RateFunction);
  if (typeof input !== 'object' || input === null)
    throw new TypeError('rates must be a rate table { base, date, rates }, an array of them, or a function (from, to, date) => rate');
  return tableProvider(input as RateTable | readonly RateTable[]);
}
