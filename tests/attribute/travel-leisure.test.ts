import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Sentences written for these tests: hotels, airlines, parks, games and sports business news.
describe('hotel measures: RevPAR is revenue and owns nothing; the average daily rate is a price', () => {
  it.each([
    ['Revenue per available room, or RevPAR, at Glenmoor Hotels rose 4.2% in the quarter.', '4.2%', 'revenue'],
    ['Across the Larch Resorts network RevPAR grew 4.5% in the half.', '4.5%', 'revenue'],
    ['The average daily rate climbed 1.1% to $182.40.', '1.1%', 'price'],
    ['The average daily rate climbed 1.1% to $182.40.', '$182.40', 'price'],
    ['Average room rates in the city rose 6% over the summer.', '6%', 'price'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure, '2025-10-29').metric.category).toBe(category);
  });
  it('RevPAR is no subject', () => {
    expect(aboutOf('Larch Resorts said RevPAR grew 4.5% in the half.', '4.5%', '2025-07-24').subject?.name).toBe('Larch Resorts');
  });
  it('a rate of interest stays a rate', () => {
    expect(aboutOf('The central bank raised its benchmark rate to 4.5%.', '4.5%', '2025-10-29').metric.category).toBe('rate');
  });
});

describe('what a thing sold by the unit costs is its price', () => {
  it.each([
    ['In Abu Dhabi, day tickets will cost from Dh375 for adults.', 'Dh375'],
    ['The standard game retails at $69.99, and a premium edition costs $99.99.', '$69.99'],
    ['The standard game retails at $69.99, and a premium edition costs $99.99.', '$99.99'],
    ['Annual passes now cost £99, up from £89.', '£99'],
    ['Its rooms now cost $429 a night.', '$429'],
    ['Season tickets for next year will rise by an average of 6%.', '6%'],
  ] as const)('%s → %s is price', (text, figure) => {
    expect(aboutOf(text, figure, '2025-11-12').metric.category).toBe('price');
  });
  it.each([
    ['The new plant will cost $2 billion.', '$2 billion', 'cost'],
    ['Fuel costs would climb to €5.2 billion this year.', '€5.2 billion', 'cost'],
    ['Ticket sales across all cinemas rose 18% to $310 million.', '$310 million', 'revenue'],
    ['The repairs will cost $9,000.', '$9,000', 'cost'],
  ] as const)('%s → %s stays %s', (text, figure, category) => {
    expect(aboutOf(text, figure, '2025-11-12').metric.category).toBe(category);
  });
});

describe("a player's transfer is a deal; goods on sale are none", () => {
  it('"a £100m transfer" is a deal\'s value', () => {
    expect(aboutOf('Northfield Rovers have agreed a £100m transfer for the winger.', '£100m', '2025-08-15').metric.category).toBe('deal-value');
  });
  it('"on sale" names no deal', () => {
    expect(aboutOf('The console went on sale in March and took $850 million in its first week.', '$850 million', '2025-11-12').metric.category).not.toBe('deal-value');
  });
  it('a sale is still a deal', () => {
    expect(aboutOf('The group agreed the sale of its cruise arm for $1.2 billion.', '$1.2 billion', '2025-11-12').metric.category).toBe('deal-value');
  });
});

describe('full-year guidance after a comparison with last year', () => {
  const text = 'Larch Resorts reported first-half revenue of €2.9 billion on Thursday. Summer bookings were tracking about 3% ahead of last year. Larch confirmed its target of full-year EBITDA of €1.3 billion to €1.35 billion.';
  it('is this year\'s, the year of the half reported', () => {
    expect(aboutOf(text, '€1.3 billion to €1.35 billion', '2025-07-24').period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });
  it('a year told in January with no period of the new year keeps that year', () => {
    const jan = 'Larch Resorts said revenue for 2025 rose 5%. It met its full-year target of €1.3 billion.';
    expect(aboutOf(jan, '€1.3 billion', '2026-01-20').period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });
});
