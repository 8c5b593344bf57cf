/**
 * Lists matched by "respectively" (src/attribute/respectively.ts): the n-th amount is for the
 * n-th period, and takes the first amount's metric. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const periodOf = (text: string, figure: string): [string, string] | undefined => {
  const p = aboutOf(text, figure, '2025-03-01').period;
  return p && [p.start, p.end];
};

describe('amounts listed, then periods listed, then "respectively"', () => {
  const t = 'Freight costs were $14.2 million, $12.9 million and $11.5 million for 2024, 2023 and 2022, respectively.';
  it.each([
    ['$14.2 million', ['2024-01-01', '2024-12-31']],
    ['$12.9 million', ['2023-01-01', '2023-12-31']],
    ['$11.5 million', ['2022-01-01', '2022-12-31']],
  ] as const)('%s', (figure, period) => {
    expect(periodOf(t, figure)).toEqual(period);
    expect(aboutOf(t, figure, '2025-03-01').metric.category).toBe('cost');
  });
  it('reads a period list that opens with "the years ended"', () => {
    const u = 'Warranty expense was $3.0 million and $2.2 million for the years ended December 31, 2024 and 2023, respectively.';
    expect(periodOf(u, '$2.2 million')).toEqual(['2023-01-01', '2023-12-31']);
  });
});

describe('newswire amounts too', () => {
  it('gives the second amount the second year', () => {
    const t = 'Provisions were 4.2 mln dlrs and 9.5 mln dlrs for 2025 and 2024, respectively.';
    expect(aboutOf(t, '9.5 mln dlrs', '2026-08-20').period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(aboutOf(t, '4.2 mln dlrs', '2026-08-20').period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });
});

describe('periods listed first, amounts after them, then "respectively"', () => {
  it('pairs the balance dates with the balances', () => {
    const t = 'As of December 31, 2024 and 2023, accrued interest was $6.4 million and $5.1 million, respectively.';
    expect(periodOf(t, '$6.4 million')).toEqual(['2024-12-31', '2024-12-31']);
    expect(periodOf(t, '$5.1 million')).toEqual(['2023-12-31', '2023-12-31']);
  });
});

describe('lists that do not match', () => {
  it('leaves lists of unequal length alone', () => {
    const t = 'Rent was $4.0 million, $3.5 million and $3.1 million for 2024 and 2023, respectively.';
    expect(periodOf(t, '$3.1 million')).not.toEqual(['2023-01-01', '2023-12-31']);
  });
});
