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
