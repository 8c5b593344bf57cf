import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A relative clause set off by commas between the measure and its verb ("net income for the
// quarter, which ended …, rose 14%") does not hide the measure from the figures after it.
describe('a measure named before ", which …,"', () => {
  it.each([
    ['Quarterly net income at Feldmar, which changed its fiscal calendar last year, rose 11% to $64 million.', '11%', 'profit'],
    ['Quarterly net income at Feldmar, which changed its fiscal calendar last year, rose 11% to $64 million.', '$64 million', 'profit'],
    ['Revenue for the period, which ended on Sept. 28, climbed 7% to $1.2 billion.', '$1.2 billion', 'revenue'],
    ['Long-term debt, which the group took on in 2021, stood at about $2.4 billion.', '$2.4 billion', 'debt'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('does not reach back over a clause with a figure of its own', () => {
    // The relative clause has its own figure, so what follows is not read as the same measure.
    const t = 'Sales at Brenning, which rose 4% last year, are expected to reach $900 million.';
    expect(aboutOf(t, '$900 million').metric?.category).toBe('other');
  });
});
