/** metric.ts earnedBefore: an amount a verb says was brought in is revenue, when no metric words name it. */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('an amount brought in is revenue', () => {
  it.each([
    ['Halvex Pharma said sales rose 40%. Its obesity drug Tarlivo generated $4.2 billion in the quarter.', '$4.2 billion'],
    ['Halvex Pharma said sales rose 40%. Tarlivo brought in about $3.8 billion.', '$3.8 billion'],
    ['The studio said the film grossed $412 million worldwide.', '$412 million'],
    ['The app raked in more than $90 million last year, the company said.', '$90 million'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('revenue');
  });
  it('a base compared with it measures the same', () => {
    expect(aboutOf('Tarlivo generated $4.2 billion, compared with $1.3 billion a year earlier.', '$1.3 billion').metric?.category).toBe('revenue');
  });
  it.each([
    ['Operating activities generated $1.2 billion in the first nine months.', '$1.2 billion'],
    ["Orvane's operations generated $900 million in the quarter.", '$900 million'],
  ] as const)('cash, brought in by operations: %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('cash');
  });

  it('metric words after the amount name it', () => {
    expect(aboutOf('The unit generated $900 million in free cash flow.', '$900 million').metric?.category).toBe('cash');
  });
  it.each([
    // a participle describing a noun: "notes grossing seven billion dlrs" is no income
    ['The agency plans to issue notes grossing seven billion dlrs in the first year.', 'seven billion dlrs'],
    // a percentage is no amount brought in
    ['Its shares brought in 4% more than expected.', '4%'],
  ] as const)('not revenue: %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).not.toBe('revenue');
  });
});

describe('words of a sum between an adjacent-only cue and its figure', () => {
  it.each([
    ['The startup has raised a total of $3.4 billion since 2019.', '$3.4 billion', 'deal-value'],
    ['Indian companies have raised a record ₹1.4 lakh crore through IPOs this year.', '₹1.4 lakh crore', 'deal-value'],
    ['In the first quarter, Orrin reported net of 14.2 mln dlrs.', '14.2 mln dlrs', 'profit'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric?.category).toBe(category);
  });
});
