/**
 * "a 6% fall in quarterly sales", "an estimate of Rs 900 crore for quarterly profit"
 * (attribute/index.ts, quarterlyOf): a result called quarterly is of the quarter written before
 * it, not of a year found in its clause. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a result called quarterly takes the quarter written before it', () => {
  it.each([
    ['Brightwell posted a third-quarter profit on Monday. Rival Caspian Tools reported a 6% fall in quarterly sales to $1.2 billion and cut its 2026 margin target.', '6%', '2026-11-04', ['2026-07-01', '2026-09-30'], 'Caspian Tools'],
    ['Brightwell posted a third-quarter profit on Monday. Rival Caspian Tools reported a 6% fall in quarterly sales to $1.2 billion and cut its 2026 margin target.', '$1.2 billion', '2026-11-04', ['2026-07-01', '2026-09-30'], 'Caspian Tools'],
    ['Norvik Trucks reported a 5% rise in sales for the March quarter. Brokers had expected Rs 900 crore for quarterly profit in FY27.', 'Rs 900 crore', '2027-05-04', ['2027-01-01', '2027-03-31'], 'Norvik Trucks'],
  ] as const)('%s → %s', (text, figure, ref, period, subject) => {
    const a = aboutOf(text, figure, ref);
    expect([a.period?.start, a.period?.end]).toEqual(period);
    expect(a.subject?.name).toBe(subject);
  });
});
