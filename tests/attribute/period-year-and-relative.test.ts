/**
 * Periods of results stories (attribute/period.ts): "for the year" between a measure and its
 * figure is the full year, also after the year so far; a period inside a relative clause set
 * off by commas is not the period of the main clause's figures; "a year before" is a
 * comparison, never what a later "in the quarter" refers back to. Sentences written for this
 * project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2026-11-06';
const span = (text: string, figure: string): [string | undefined, string | undefined] => {
  const p = aboutOf(text, figure, REF).period;
  return [p?.start, p?.end];
};

describe('"for the year" before the figure makes it the full year\'s', () => {
  it.each([
    ['Halden Freight posted third-quarter revenue of $2.1 billion. Capital spending for the year is expected to be about $400 million.', '$400 million', ['2026-01-01', '2026-12-31']],
    ['Halden Freight posted second-quarter revenue of $2.1 billion. It said capex for the year would top $400 million.', '$400 million', ['2026-01-01', '2026-12-31']],
    ['Halden Freight cut $300 million of costs so far this year.\n\nCapital spending for the year is expected to be about $400 million.', '$400 million', ['2026-01-01', '2026-12-31']],
  ] as const)('%s → %s', (text, figure, period) => {
    expect(span(text, figure)).toEqual(period);
  });

  it('"for the year ended March 31" names another year', () => {
    const text = 'Halden Freight posted second-quarter revenue of $2.1 billion. Profit for the year ended March 31, 2026 was $90 million.';
    expect(span(text, '$90 million')).toEqual(['2025-04-01', '2026-03-31']);
  });
});

describe('a period inside ", which …," is not the period of the figures after it', () => {
  it.each([
    ['Halden Freight reported first-half results.\n\nDiesel, which the group has hedged for all of 2027 at $80 a barrel, fell 4% to €900 million in the half.', '€900 million', ['2026-01-01', '2026-06-30']],
    ['Costs rose 3% in the third quarter. Fuel, which the carrier has 70% hedged for next year, fell 6% to $1.2 billion.', '$1.2 billion', ['2026-07-01', '2026-09-30']],
  ] as const)('%s → %s', (text, figure, period) => {
    expect(span(text, figure)).toEqual(period);
  });

  it('a figure inside the relative clause keeps the clause\'s period', () => {
    const text = 'Halden Freight, which earned $50 million in 2025, is for sale.';
    expect(span(text, '$50 million')).toEqual(['2025-01-01', '2025-12-31']);
  });
});

describe('"a year before" is a comparison', () => {
  it('"in the quarter" does not refer back to it', () => {
    const text = 'Halden Freight said operating profit fell 12% in the July-September quarter.\n\nIts margin slipped to 4.1%, from 6.0% a year before.\n\nFree cash flow was €200 million in the quarter.';
    expect(span(text, '€200 million')).toEqual(['2026-07-01', '2026-09-30']);
  });

  it('the base it follows takes it', () => {
    const text = 'Halden Freight said its margin slipped to 4.1% in the third quarter, from 6.0% a year before.';
    expect(span(text, '6.0%')).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('a full-year forecast with no period named is for the reference date\'s year', () => {
  it.each([
    ['COPENHAGEN, Nov 6 - Ostrava Lines raised its full-year forecast for underlying EBITDA to $9.5 billion-$10.0 billion, from $8.0 billion-$9.5 billion, after third-quarter earnings beat expectations.', '$9.5 billion-$10.0 billion'],
    ['COPENHAGEN, Nov 6 - Ostrava Lines raised its full-year forecast for underlying EBITDA to $9.5 billion-$10.0 billion, from $8.0 billion-$9.5 billion, after third-quarter earnings beat expectations.', '$8.0 billion-$9.5 billion'],
    ['Halden Freight lifted its full year guidance for operating profit to €1.2 billion, citing firm rates.', '€1.2 billion'],
  ] as const)('%s → %s', (text, figure) => {
    const p = aboutOf(text, figure, REF).period;
    expect([p?.start, p?.end]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('"full-year" without a word of guidance, and no period, stays without one', () => {
    expect(aboutOf('Halden Freight said full-year sales were €9 billion.', '€9 billion', REF).period).toBeUndefined();
  });
});
