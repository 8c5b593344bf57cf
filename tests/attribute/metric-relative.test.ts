import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A relative clause set off by commas between the measure and its verb ("net income for the
// quarter, which ended …, rose 14%") does not hide the measure from the figures after it,
// whether or not the relative clause has a figure of its own.
describe('a measure named before ", which …,"', () => {
  it.each([
    ['Quarterly net income at Feldmar, which changed its fiscal calendar last year, rose 11% to $64 million.', '11%', 'profit'],
    ['Quarterly net income at Feldmar, which changed its fiscal calendar last year, rose 11% to $64 million.', '$64 million', 'profit'],
    ['Revenue for the period, which ended on Sept. 28, climbed 7% to $1.2 billion.', '$1.2 billion', 'revenue'],
    ['Long-term debt, which the group took on in 2021, stood at about $2.4 billion.', '$2.4 billion', 'debt'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('reaches back over a relative clause with a figure of its own', () => {
    const t = 'Sales at Brenning, which rose 4% last year, are expected to reach $900 million.';
    expect(aboutOf(t, '$900 million').metric?.category).toBe('revenue');
  });
});

// The figure inside the relative clause measures what the clause refers to.
describe('a figure inside ", which …" takes the measure right before it', () => {
  it.each([
    ['Sales at Brenning, which rose 4% last year, are expected to grow again.', '4%', 'revenue'],
    ['The country has foreign debt, which totals some $31 billion, and few reserves.', '$31 billion', 'debt'],
    ['Shares of Vellamo, which have gained about 18% this year, slipped on Monday.', '18%', 'price'],
    ['The benchmark lending rate, which now stands at 6.25%, is expected to fall.', '6.25%', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('not when the clause names another measure first or the figure is a part of something', () => {
    expect(aboutOf('Oil prices, which cut the group\'s annual exports by about 25%, fell again.', '25%').metric?.category).not.toBe('price');
    expect(aboutOf('Crude oil, which accounts for 80% of imports, comes mostly by sea.', '80%').metric?.category).not.toBe('price');
  });
});
