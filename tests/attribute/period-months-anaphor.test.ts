/**
 * "for the nine months", "in the six months", "for the half" with no such period named before:
 * the months that end with the latest quarter named. "The nine months" and "the six months"
 * are period figures of their own (src/recognise/period/anaphora.ts, readMonthsSoFar), so a
 * figure takes them as written beside it; "the half" is made here (src/attribute/period.ts,
 * derivedAnaphorPeriod). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('an anaphor of months made from the latest quarter named', () => {
  it.each([
    // After the figure, with "from" going on to the base.
    ['Corrin Re said third-quarter net income rose 12%. The combined ratio improved to 91.4% for the nine months from 95.2% a year earlier.',
      '2025-11-06', '91.4%', '2025-01-01', '2025-09-30', 'adjacent'],
    // Earlier in the clause.
    ['Kestrel Tools reported a second-quarter profit of $3 million. Sales for the six months rose 4%.',
      '2025-08-12', '4%', '2025-01-01', '2025-06-30', 'sentence'],
    // A fiscal quarter: the nine months end with it, across the calendar year.
    ['Ormond Foods said profit for its fiscal third quarter ended Feb. 28 rose 8%. Earnings per share were 41 cents in the quarter and $1.22 in the nine months.',
      '2025-03-20', '$1.22', '2024-06-01', '2025-02-28', 'adjacent'],
    // "the half" after a quarter: the calendar half it is part of.
    ['Kestrel Tools reported a second-quarter profit of $3 million. It generated $5 million of cash in the half.',
      '2025-08-12', '$5 million', '2025-01-01', '2025-06-30', 'anaphora'],
  ] as const)('%#: %s → %s', (text, ref, figure, start, end, basis) => {
    const p = aboutOf(text, figure, ref).period;
    expect([p?.start, p?.end, p?.basis]).toEqual([start, end, basis]);
  });

  it('a half after a third quarter is the six months that quarter ends, the calendar half still running', () => {
    const text = 'Toyota made $5 billion in the quarter ended Sept. 30. For the half, Honda earned $3 billion.';
    expect(aboutOf(text, '$3 billion', '2025-11-20').period).toMatchObject({ start: '2025-04-01', end: '2025-09-30' });
  });

  it('is not made from a forecast quarter', () => {
    const forecast = 'The company expects fourth-quarter revenue of $5 billion. Revenue was $12 billion for the nine months.';
    expect(aboutOf(forecast, '$12 billion', '2025-11-20').period?.start).not.toBe('2025-04-01');
  });

  it('a nine-month period named before is the one referred to', () => {
    const text = 'Corrin Re said profit for the first nine months of 2025 rose 9%. The combined ratio was 90.1% for the nine months.';
    expect(aboutOf(text, '90.1%', '2025-11-06').period).toMatchObject({ start: '2025-01-01', end: '2025-09-30' });
  });
});
