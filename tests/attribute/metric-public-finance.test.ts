import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('public finance: government debt, debt ratios and tax rates', () => {
  it.each([
    // British gilts are government debt; a percentage of a gilt is its coupon or yield.
    ['The debt office plans to auction £41bn of gilts over the quarter.', '£41bn', 'debt'],
    ['Dealers expect the 4-1/2 pct gilt due 2035 to yield 4.9 pct.', '4.9 pct', 'rate'],
    // (In a hog market report gilts are young sows: a move by an amount without a scale is their price.)
    ['Barrows and gilts rose 1.25 dlrs at the terminal markets.', '1.25 dlrs', 'price'],
    // A debt ratio is debt, whether hyphenated or not.
    ['The state\'s debt-to-GDP ratio is projected to ease to 58.5 per cent.', '58.5 per cent', 'debt'],
    ['Its debt ratio climbed to 71% last year.', '71%', 'debt'],
    // The GDP a percentage is taken of is no measure for the next figure either.
    ['Public debt is seen rising from 88% of GDP this year to 94% by 2030.', '94%', 'debt'],
    ['Public debt is seen rising from 88% of GDP this year to 94% by 2030.', '88%', 'debt'],
    // A tax rate is a tax, not an interest rate.
    ['The province will lower its income tax rate to 9.5% from 10%.', '9.5%', 'tax'],
    ['The government raised the corporate tax rate to 27%.', '27%', 'tax'],
    // (A yield stays a rate after a debt word.)
    ['Benchmark gilt yields fell 4 basis points to 4.52%.', '4.52%', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe("a government's receipts are its revenue", () => {
  it.each([
    ['Federal receipts climbed 6% to $412 billion in April, the Treasury said.', '$412 billion', 'revenue'],
    ['Receipts were 212 billion pesos last month, while outlays reached 260 billion pesos.', '212 billion pesos', 'revenue'],
    // (Not a bank's or a building society's deposits, nor a security.)
    ['Building society net receipts were 410 mln stg in March.', '410 mln stg', 'other'],
    ['Acme sold 150 mln dlrs of 7 pct receipts for government bonds.', '7 pct', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});
