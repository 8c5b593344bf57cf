import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "Total net reserves, corrected for exchange rate adjustments, rose to …": a measure's words
// inside an aside between commas say what the measure leaves out or takes in; the measure is
// the one the aside follows (attribute/metric.ts, asideAround).
describe('a measure named inside an aside between commas is not the figure\'s', () => {
  it.each([
    ['Operating profit, excluding restructuring charges, rose 5% to 1.2 billion guilders.', '1.2 billion guilders', 'profit'],
    ['Operating profit, excluding restructuring charges, rose 5% to 1.2 billion guilders.', '5%', 'profit'],
    ['Net sales, adjusted for currency effects, rose 4% to 2.1 billion guilders in the quarter.', '2.1 billion guilders', 'revenue'],
    ['Gross reserves, including holdings of gold and corrected for exchange rate movements, rose to 41.2 billion crowns in May.', '41.2 billion crowns', 'assets'],
    // (The aside opens a clause of its own: the measure is in the clause before it.)
    ['Profits of U.S. companies, after tax liabilities, increased 7.1 billion dlrs in the third quarter.', '7.1 billion dlrs', 'profit'],
    ['The group swung from a net profit, before losses on its share portfolio, of 310 mln francs to a loss.', '310 mln francs', 'profit'],
    ['Its total investment in the mine, including its share of development costs, will be about 45 mln dlrs.', '45 mln dlrs', 'deal-value'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, '1987-06-02').metric?.category).toBe(metric);
  });
});

describe('commas that set off no aside leave the cues inside them to the figure', () => {
  it.each([
    // (A list's comma closes no aside: the figure is part of what "including" lists.)
    ['The bill caps punitive damages, including awards for pain, suffering and distress at 250,000 dlrs.', '250,000 dlrs', 'fine'],
    // ("However, net …": a comma after a sentence adverb opens no aside.)
    ['However, net borrowings remained the largest inflow, accounting for 5.2 billion dlrs in the quarter.', '5.2 billion dlrs', 'debt'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure, '1987-06-02').metric?.category).toBe(metric);
  });
});
