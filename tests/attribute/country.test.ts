import { describe, expect, it } from 'vitest';
import { centralBankEconomy, countriesIn, countryOfBooks, economyMentions, economyNear, firstCountry, isNationalSeries, paragraphBreaks, isEconomyMeasure, isFiscalBody, isFiscalMeasure, isGovernmentBody } from '../../src/attribute/country';

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

describe('isFiscalBody', () => {
  it.each(['Treasury', 'National Treasury', 'Congressional Budget Office', 'Office for Budget Responsibility', 'Finance Ministry', 'Commerce Department'])('%s is one', (name) => {
    expect(isFiscalBody(name)).toBe(true);
  });
  it.each(['Arabian Auto Agency', 'Commission', 'Delivery Service', 'Acme Corp'])('%s is not', (name) => {
    expect(isFiscalBody(name)).toBe(false);
  });
});

describe('isFiscalMeasure', () => {
  it("is a government's balance, debt, taxes or spending", () => {
    expect(isFiscalMeasure({ category: 'debt', label: 'public sector borrowing' })).toBe(true);
    expect(isFiscalMeasure({ category: 'other', label: 'budget deficit' })).toBe(true);
    expect(isFiscalMeasure({ category: 'rate', label: 'inflation' })).toBe(false);
    expect(isFiscalMeasure({ category: 'revenue', label: 'sales' })).toBe(false);
  });
});

describe('countriesIn and countryOfBooks', () => {
  it('skips a country that is part of a name or a currency', () => {
    const text = 'Peru owes the Inter-American Development Bank 90 U.S. dlrs per head.';
    expect(countriesIn(text).map((c) => c.name)).toEqual(['Peru']);
  });
  it("takes the paragraph's country, else the story's first", () => {
    const text = 'Chile cut its deficit.\n\nIn Peru, receipts rose. The ministry said so.\n\nThe ministry said revenue rose.';
    const list = countriesIn(text);
    expect(countryOfBooks(text, list, text.indexOf('The ministry'))?.name).toBe('Peru');
    expect(countryOfBooks(text, list, text.lastIndexOf('The ministry'))?.name).toBe('Chile');
  });
  it('takes the last country named before the figure in its paragraph, the breaks found once', () => {
    const text = 'Chile cut its deficit.\n\nPeru spent more, and Bolivia less. The ministry said so. Ecuador waits.';
    const list = countriesIn(text);
    const breaks = paragraphBreaks(text);
    expect(breaks).toEqual([22]);
    expect(countryOfBooks(text, list, text.indexOf('The ministry'), breaks)?.name).toBe('Bolivia');
    expect(countryOfBooks(text, list, text.indexOf('Peru'), breaks)?.name).toBe('Chile');
  });
});

describe('centralBankEconomy', () => {
  it.each([
    ['European Central Bank', 'euro zone'], ['ECB', 'euro zone'], ['the Fed', 'U.S.'], ['Federal Reserve', 'U.S.'],
    ['Reserve Bank of India', 'India'], ['Central Bank of Nigeria', 'Nigeria'], ['Bank of Canada', 'Canada'], ['Swiss National Bank', 'Switzerland'],
  ])('%s watches %s', (name, economy) => {
    expect(centralBankEconomy(name)).toBe(economy);
  });
  it.each(['Bank of China', 'Bank of Ireland', 'National Bank of Greece', 'Reserve Bank of Acme', 'Commonwealth Bank'])('%s is a lender, no central bank', (name) => {
    expect(centralBankEconomy(name)).toBeUndefined();
  });
});

describe('isNationalSeries', () => {
  const text = 'Retail sales slipped 0.1%. Revenue rose 3%.';
  it('reads the word before the metric', () => {
    expect(isNationalSeries(text, { category: 'revenue', label: 'sales', span: { start: 7, end: 12 } })).toBe(true);
    expect(isNationalSeries(text, { category: 'revenue', label: 'Revenue', span: { start: 27, end: 34 } })).toBe(false);
  });
});

describe('economyMentions / economyNear', () => {
  it('finds the economy as written, nearest before the figure, else the first after', () => {
    const text = 'The Fed held. Inflation rose 3%. U.S. retail sales fell. The United States grew 2%.';
    const memo = new Map();
    const list = economyMentions(text, countriesIn(text), 'U.S.', memo);
    expect(list.map((x) => x.name)).toEqual(['U.S.', 'United States']);
    expect(economyNear(list, text.indexOf('3%'))?.name).toBe('U.S.');
    expect(economyNear(list, text.indexOf('2%'))?.name).toBe('United States');
    const eu = 'ECB staff see the eurozone growing. Euro area inflation eased.';
    expect(economyMentions(eu, [], 'euro zone', new Map()).map((x) => x.name)).toEqual(['eurozone', 'Euro area']);
  });
});
