/**
 * Money before "of" and a noun of change ("two billion dlrs of cuts", "A$9 billion of income tax
 * cuts") is the size of the move (src/attribute/change.ts); a tax band's "marginal rate" is a tax
 * (src/lexicon/metrics.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('money of cuts is a move down', () => {
  it.each([
    ['Senators said the farm budget could not absorb 3 billion dlrs of cuts.', '3 billion dlrs', 'down'],
    ['The treasurer unveiled A$9.4 billion of income tax cuts over four years.', 'A$9.4 billion', 'down'],
    ['Ministers agreed €6 billion of spending reductions for 2026.', '€6 billion', 'down'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2025-05-13').direction).toBe(direction);
  });
  it('money of a gain booked is no move', () => {
    expect(aboutOf('Another 2.1 mln dlrs of gain from the sale will be booked next year.', '2.1 mln dlrs', '1987-04-01').direction).toBeUndefined();
  });
  it('a percentage of growth is a share, no move', () => {
    expect(aboutOf('Exports made up 30% of growth last year.', '30%', '2025-05-13').direction).toBeUndefined();
  });
});

describe('a marginal rate is a tax', () => {
  it('the levels of its change', () => {
    const text = 'From July the top marginal rate falls to 43% from 45%.';
    expect(aboutOf(text, '43%', '2025-05-13')).toMatchObject({ metric: { category: 'tax' }, direction: 'down' });
    expect(aboutOf(text, '45%', '2025-05-13').metric?.category).toBe('tax');
  });
});
