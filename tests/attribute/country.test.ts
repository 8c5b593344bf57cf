import { describe, expect, it } from 'vitest';
import { firstCountry, isEconomyMeasure, isGovernmentBody } from '../../src/attribute/country';

describe('isGovernmentBody', () => {
  it.each(['Central Statistical Office', 'Finance Ministry', 'Ministry of Finance', 'Office for National Statistics', 'Bureau of Labor Statistics', 'Economic Planning Agency', 'Government'])('%s is one', (name) => {
    expect(isGovernmentBody(name)).toBe(true);
  });
  it.each(['Acme Corp', 'Bank of Japan', 'Ostrava Steel', 'Officemax'])('%s is not', (name) => {
    expect(isGovernmentBody(name)).toBe(false);
  });
});

describe('isEconomyMeasure', () => {
  it('is a rate that measures an economy', () => {
    expect(isEconomyMeasure({ category: 'rate', label: 'Gross domestic product' })).toBe(true);
    expect(isEconomyMeasure({ category: 'rate', label: 'unemployment rate' })).toBe(true);
    expect(isEconomyMeasure({ category: 'rate', label: 'coupon' })).toBe(false);
    expect(isEconomyMeasure({ category: 'revenue', label: 'GDP' })).toBe(false);
    expect(isEconomyMeasure(undefined)).toBe(false);
  });
});

describe('firstCountry', () => {
  it('finds the first country named or described, as a country, with its span', () => {
    expect(firstCountry('Dutch exports rose while Germany lagged.')).toEqual({ name: 'Netherlands', start: 0, end: 5 });
    // An abbreviation stays as written, as a figure's subject is.
    expect(firstCountry('Output in the U.K. fell.')).toEqual({ name: 'U.K.', start: 14, end: 18 });
    expect(firstCountry('The West German mark firmed.')).toEqual({ name: 'West Germany', start: 4, end: 15 });
  });
  it('needs the capital', () => {
    expect(firstCountry('He ate french fries in turkey season.')).toBeUndefined();
  });
});
