/**
 * Metrics and directions in bank and insurer results (lexicon/metrics.ts, change-verbs.ts,
 * attribute/change.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe("a bank's fees and an insurer's premiums are revenue", () => {
  it.each([
    ['Halden Bank said net fee and commission income climbed 7% to NOK 2.2bn.', 'NOK 2.2bn', 'revenue'],
    ['Non-interest income at Corvo Bancorp totalled $410 million.', '$410 million', 'revenue'],
    ['Gross written premiums at Lysander Re rose 11% to EUR 5.6bn.', '11%', 'revenue'],
    ['Premium income reached 3.1 billion Danish crowns last year.', '3.1 billion Danish crowns', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('a premium over a price is no revenue', () => {
    expect(aboutOf('Warrant premiums ranged from 18% to 30% over the share price.', '18%').metric?.category).not.toBe('revenue');
  });
});

describe('NIM, capital notes and provisions', () => {
  it.each([
    ['At Brenna Bank, NIM slipped 5bps to 1.88%.', '1.88%', 'margin'],
    ['Osterby Bank sold EUR 750m of AT1 bonds on Tuesday.', 'EUR 750m', 'debt'],
    ['Kestrel Insurance placed a GBP 400m perpetual note with investors.', 'GBP 400m', 'debt'],
    ['The lender set aside a further $85 million for mortgage claims.', '$85 million', 'cost'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('set aside as a share of land is no cost', () => {
    expect(aboutOf('Growers must set aside 15% of their base acreage.', '15%').metric?.category).not.toBe('cost');
  });
});

describe('directions', () => {
  it.each([
    ['Its net interest margin compressed 8 basis points to 2.1%.', '8 basis points', 'down'],
    // A verb that judges: the values say the way the ratio moved.
    ['The cost-income ratio improved to 48.5% from 51.0%.', '48.5%', 'down'],
    ['The capital ratio improved to 14.2% from 13.6%.', '14.2%', 'up'],
    // With no base, a measure that is better lower ("combined ratio", "cost/income", "NPL ratio") improves by falling.
    ['The combined ratio improved by 2.4 percentage points to 93.1%.', '2.4 percentage points', 'down'],
    ['Its cost/income ratio improved 3 points to 52%.', '52%', 'down'],
    ['The bad-loan ratio of the NPL book improved by 15bps.', '15bps', 'down'],
    ['Margins improved 2 points to 18%.', '18%', 'up'],
  ] as const)('%s → %s is %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
});

describe("a bond's kind between the figure and its noun", () => {
  it.each([
    ['Lindqvist Bank priced a €600m perpetual AT1 bond on Monday.', '€600m', 'debt'],
    ['Brackley Corp will redeem its 9-3/8% senior subordinated notes.', '9-3/8%', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('figures listed each with its own period share the measure', () => {
  it.each([
    ['Economists see inflation averaging 3.1% in 2026 and 2.4% in 2027.', '2.4%', 'rate'],
    ['Ardmore plans capital spending of $40 million in 2026, $55 million in 2027 and $30 million in 2028.', '$30 million', 'cost'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('a move in money before "higher"/"lower" and the level it reached', () => {
  it.each([
    ['Brenmark shares closed 3.5p higher at 187.5p.', '3.5p', 'up'],
    ['Brenmark shares closed 3.5p higher at 187.5p.', '187.5p', 'up'],
    ['May wheat settled 2 cents lower at $5.40.', '2 cents', 'down'],
  ] as const)('%s → %s is %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
});

describe('bank ratios written with a colon or slash, NPA ratios and payout shares', () => {
  it.each([
    ['The cost:income ratio improved to 52.1% from 54.3%.', '52.1%', 'cost'],
    ['Its cost/income ratio fell to 61 percent.', '61 percent', 'cost'],
    ['Gross non-performing assets eased to 2.1 per cent of advances.', '2.1 per cent', 'other'],
    ['The lender will distribute 70% of its 2025 net profit to shareholders.', '70%', 'dividend'],
    ['Tavi Bank plans to pay out 55% of earnings as dividends.', '55%', 'dividend'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

// A lender's bad loans: an amount of them is loans it holds (assets), not money it owes; as a
// percentage of its book they are its asset-quality ratio (other).
describe("a lender's non-performing loans are assets it holds, their share of the book a ratio", () => {
  it.each([
    ['Nonperforming loans at Dunmore Savings totalled $412 million at year-end.', '$412 million', 'assets'],
    ['The write-down will increase non-performing loans by about $90 million.', '$90 million', 'assets'],
    ['Lagos lender Ogunpay said non-performing loans stood at 4.1% of the book.', '4.1%', 'other'],
    ['Its NPLs rose to 2.3% of total loans from 1.9%.', '2.3%', 'other'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});
