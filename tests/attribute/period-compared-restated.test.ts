/**
 * A comparison period after a compared amount that names its measure ("compared with net
 * income of $18.9 million, or $0.29 per share, in the fourth quarter of 2024"): the compared
 * amounts' own period, and no period for the figures of the sentences after it
 * (src/attribute/period.ts, comparedAmount). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const T = 'Second Quarter Results\nNet loss was $(5.2) million, or $(0.08) per share, for the second quarter of 2025, compared with net income of $7.7 million, or $0.12 per diluted share, in the second quarter of 2024.\nAdjusted EBITDA was $41.0 million.';

describe('the period of a compared amount that names its measure', () => {
  it.each([
    ['$7.7 million', '2024-04-01'],
    ['$0.12', '2024-04-01'],
    ['$(5.2) million', '2025-04-01'],
  ] as const)('%s is for the quarter starting %s', (figure, start) => {
    expect(aboutOf(T, figure, '2025-08-05').period?.start).toBe(start);
  });

  it('is not the period the next sentence refers back to', () => {
    expect(aboutOf(T, '$41.0 million', '2025-08-05').period?.start).toBe('2025-04-01');
  });
});

// "nearly three times the 1982 level": a period that dates a level is a point of comparison,
// not the period of the figures before it (attribute/period.ts, datesLevel).
describe('a period that dates a level is no period of the figures before it', () => {
  it.each([
    ['Profits from paper grew 29 pct to 217 mln stg, nearly three times the 1982 level.', '217 mln stg'],
    ['Exports rose 12 pct to 4.1 billion dlrs, well above their 1985 levels.', '12 pct'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure, '1987-03-25').period).toBeUndefined();
  });
  it('the amount of a level dated by the period is that period\'s', () => {
    expect(aboutOf('Net profit is expected to stay around the 1986 level of 132.4 mln guilders.', '132.4 mln guilders', '1987-03-25').period).toMatchObject({ start: '1986-01-01', end: '1986-12-31' });
  });
  it('the period the figure is for still stands', () => {
    expect(aboutOf('Profits from paper grew 29 pct to 217 mln stg in 1986, nearly three times the 1982 level.', '217 mln stg', '1987-03-25').period).toMatchObject({ start: '1986-01-01', end: '1986-12-31' });
  });
});
