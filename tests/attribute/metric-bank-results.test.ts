/**
 * The measures of a bank's, insurer's or fund manager's results (lexicon/metrics.ts): net interest
 * income and trading revenue, credit provisions, cost and capital ratios, returns on equity or
 * assets, cash profit and payouts. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe("a bank's net interest income, trading revenue and fees earned are revenue", () => {
  it.each([
    ['Marlow Bank said net interest income climbed 6% to £5.9 billion.', '£5.9 billion', 'revenue'],
    ['NII at Trent Savings slipped 2% in the quarter.', '2%', 'revenue'],
    ['Quintus Financial said fixed income trading was up 14%, while equities rose 9%.', '14%', 'revenue'],
    ['Investment banking fees at Arlen Securities fell 5% to $1.4 billion.', '$1.4 billion', 'revenue'],
    ['Performance fees at Corrib Asset Management more than doubled to $71 million.', '$71 million', 'revenue'],
    ['Trading revenue at Helm Capital rose 18% to $3.2 billion.', '18%', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it("a bond issue's fees as a percentage are still what the issuer pays", () => {
    expect(aboutOf('The notes mature in 2030. Combined management and underwriting fees total 40 basis points.', '40 basis points').metric?.category).not.toBe('revenue');
  });
});

describe('credit provisions and cost ratios are costs', () => {
  it.each([
    ['Provisions for credit losses at Dunmore Bancorp fell to $640 million.', '$640 million', 'cost'],
    ['Net charge-offs rose to $310 million, mostly in credit cards.', '$310 million', 'cost'],
    ['Kilbride Bank said loan-loss provisions doubled to €95m.', '€95m', 'cost'],
    ["Credit costs at Osaka Shoko were ¥22 billion in the half.", '¥22 billion', 'cost'],
    ['The cost-to-income ratio of Fenwick Bank improved to 52.3%.', '52.3%', 'cost'],
    ['Its cost-income ratio was 58% in the year.', '58%', 'cost'],
    ['Halden Re said gross written premiums were up 14% in the year.', '14%', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('capital, liquidity and asset-quality ratios and returns are none of the money measures', () => {
  it.each([
    ["Harlan Bank's CET1 ratio rose 20 basis points to 14.6%.", '20 basis points'],
    ["Harlan Bank's CET1 ratio rose 20 basis points to 14.6%.", '14.6%'],
    ['The Solvency II ratio of Bremer Leben stood at 198%.', '198%'],
    ['Return on tangible equity at Alder Bank was 12.9%.', '12.9%'],
    ['Its return on assets improved to 1.1% from 0.9%.', '1.1%'],
    ['The leverage ratio of Kessock Bank was 5.2%.', '5.2%'],
  ] as const)('%s → %s is other', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('other');
  });
});

describe('a margin measured "on" assets is a margin', () => {
  it.each([
    ['The gross margin on client assets at Veld Private Bank fell to 79 basis points.', '79 basis points'],
    ['Net interest margin at Palmer Bank was 3.2% on average assets, against 3.3% a year earlier.', '3.3%'],
  ] as const)('%s → %s is margin', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('margin');
  });
});

describe("Australian banks' cash profit and the payouts of a year", () => {
  it.each([
    ['Wallaby Bank reported a 4% fall in annual cash profit.', '4%', 'profit'],
    ['Cash earnings at Banksia Bank were A$3.1 billion for the year.', 'A$3.1 billion', 'profit'],
    ['Total payouts for the year rose to A$1.52 a share.', 'A$1.52', 'dividend'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});
