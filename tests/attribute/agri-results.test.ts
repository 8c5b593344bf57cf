/**
 * Food, farm and commodity companies' results and farm statistics: what a maker makes, a teller
 * of many words, an index's move read with the move before it, a unit "of" what it measures, a
 * price compared with a measure per unit, farm statistics offices, a per-share amount compared
 * with a dividend or earnings. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a brand named in "the maker of …" owns none of the figures after it', () => {
  it.each([
    ["ZURICH, March 5 - Swiss food group Edelberg AG said sales rose 3.1%. The maker of Château d'Ivoire biscuits and Morgenkaffee pods raised prices, and volumes fell 0.9%.", '0.9%'],
    ['ZURICH, March 5 - Swiss food group Edelberg AG said sales rose 3.1%. The maker of Old Mill oats and Sunkissed juices cut costs by 2%.', '2%'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure, '2026-03-05').subject?.name).toBe('Edelberg AG');
  });
});

describe('"…, the X Y Z Association said this month" is when it was said, not the figure\'s period', () => {
  it('a teller of many words', () => {
    const text = "Brazil's cane crush in the 2025/26 season is expected to fall 4% to 590 million tonnes, the Sugarcane Growers and Millers Industry Association said this month.";
    const a = aboutOf(text, '4%', '2025-09-10');
    expect(a.period?.start).toBe('2025-01-01');
    expect(a.period?.end).toBe('2026-12-31');
  });
});

describe("an index's move that takes its measure from the share move before it is of the same trading day", () => {
  it.each([
    ['MUMBAI, May 6 - Shares of Tanvir Foods rose 3.2% on Tuesday after its results. Tanvir Foods reported a profit for the year ended March 31. Its shares outperformed the Nifty 50 index, which gained 0.5%.', '0.5%'],
  ] as const)('%s → %s', (text, figure) => {
    const a = aboutOf(text, figure, '2025-05-06');
    expect(a.metric?.category).toBe('price');
    expect(a.period?.start).toBe('2025-05-06');
  });
});

describe('a per-unit amount "of" what the unit measures keeps the period after it', () => {
  it('"per kilogram of milk solids for the 2026/27 season"', () => {
    const text = 'The dairy co-op forecast a farmgate price of NZ$9.60 per kilogram of milk solids for the 2026/27 season, which runs from June 1 to May 31.';
    const a = aboutOf(text, 'NZ$9.60', '2026-05-27');
    expect(a.metric?.category).toBe('price');
    expect(a.period?.start).toBe('2026-06-01');
    expect(a.period?.end).toBe('2027-05-31');
  });
});

describe('an amount per unit compared with one whose words name its measure measures the same', () => {
  it.each([
    ['Crush margins averaged about $41 a tonne in the quarter, against roughly $57 a tonne a year ago.', '$57', 'margin'],
    ['It declared a quarterly dividend of 12 cents a share, versus 11 cents a share a year earlier.', '11 cents', 'dividend'],
    ['It expects earnings of $3.10 a share, compared with $2.85 a share last year.', '$2.85', 'eps'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, '2025-07-30').metric?.category).toBe(metric);
  });
});

describe("a farm statistics office counts its country's farms", () => {
  it('the Economic Research Service', () => {
    const text = 'WASHINGTON, Sept 3 - U.S. net farm income is forecast to rise 9% in 2026. Government payments are seen at $12 billion, the USDA\'s Economic Research Service said. Cash receipts from crop sales are forecast to fall 3.5%.';
    expect(aboutOf(text, '3.5%', '2026-09-03').subject?.name).toBe('U.S.');
  });
});
