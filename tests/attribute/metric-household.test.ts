/**
 * Metrics in household-finance news: mortgage and card rates, tax thresholds, home values and
 * tuition (lexicon/metrics.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('household borrowing and saving rates', () => {
  it.each([
    ['The typical APR on new store cards reached 31.2% last month.', '31.2%', 'rate'],
    ['Halstead Building Society now offers a five-year fix at 4.12%.', '4.12%', 'rate'],
    ['Its best instant account pays 3.9% AER on balances over £1.', '3.9%', 'rate'],
    ['Borrowers on the lender\'s SVR pay 7.49%.', '7.49%', 'rate'],
    ['The cheapest fixed-rate deal for first-time buyers is 4.4%.', '4.4%', 'rate'],
    ['A wider gauge of underemployment rose to 7.6%.', '7.6%', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('tax thresholds and allowances', () => {
  it.each([
    ['The higher-rate threshold stays at £50,270 until 2030.', '£50,270', 'tax'],
    ['Savers keep a tax-free allowance of £1,000.', '£1,000', 'tax'],
    ['Senators want the oil depletion allowance raised to 22%.', '22%', 'tax'],
    ['The basic exemption limit rises to Rs 3 lakh.', 'Rs 3 lakh', 'tax'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('home values and tuition are prices', () => {
  it.each([
    ['The median dwelling value in Brisbane climbed 1.3% to A$905,000.', 'A$905,000', 'price'],
    ['Out-of-state tuition at the college is $38,200.', '$38,200', 'price'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('first words of names stay names', () => {
  it('a bank named "National ..." keeps its name', () => {
    expect(aboutOf('National Westminster Bank said profit rose 12% to 400 mln stg.', '12%').subject?.name).toBe('National Westminster Bank');
  });
});

describe('a change noun after what changed: "a 4% pay rise"', () => {
  it.each([
    ['Dockers voted to accept a 6.5% pay rise over two years.', '6.5%', 'up'],
    ['The airline wants a 15 pct wage cut from its pilots.', '15 pct', 'down'],
    ['Tenants in the block face a 9% rent increase in May.', '9%', 'up'],
    ['Lawmakers rejected a $12 billion tax increase.', '$12 billion', 'up'],
  ] as const)('%s → %s is %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
});

describe('"taxed at" names a tax rate', () => {
  it('a share of income taxed', () => {
    expect(aboutOf('Interest above the limit is taxed at 20 per cent.', '20 per cent').metric?.category).toBe('tax');
  });
});

describe('phrases whose first word begins company names', () => {
  it.each([
    ['Her personal allowance of £12,570 stays frozen.', '£12,570', 'tax'],
    ['Employer national insurance contributions rose to 15%.', '15%', 'tax'],
    ['The standard deduction for couples climbs to $31,500.', '$31,500', 'tax'],
    ['Home values in Leeds rose 0.8% in March.', '0.8%', 'price'],
    ["The lender's standard variable rate is 8.24%.", '8.24%', 'rate'],
    ['Credit card balances hit $1.1 trillion.', '$1.1 trillion', 'debt'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('and such a word still starts a name', () => {
    expect(aboutOf('Standard Trustco said profit rose 9% to 12 mln dlrs.', '9%').subject?.name).toBe('Standard Trustco');
    expect(aboutOf('Personal Computer Products Inc said sales fell 4%.', '4%').subject?.name).toBe('Personal Computer Products Inc');
  });
});
