/**
 * "up"/"down" and a hedge right after the measure's own noun (attribute/change.ts, the adverb
 * cue): "sees revenue up as much as 4%" states a move; a verb's particle does not. Sentences
 * written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a hedged "up"/"down" after the measure names the move', () => {
  it.each([
    ['Skylark Air sees fourth-quarter revenue up as much as 5%', '5%', 'up'],
    ['Halden Freight expects costs down about 3% next year.', '3%', 'down'],
    ['With crude prices up about one dlr to 17 dlrs a barrel, refiners stayed cautious.', 'one dlr', 'up'],
  ] as const)('%s → %s is %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });

  it('a particle of a verb states no move', () => {
    expect(aboutOf('Wages make up about 10% of the carrier\'s costs.', '10%').direction).toBeUndefined();
  });

  // "made up 41%" with no hedge between: a share of the whole, of money as of a percentage.
  it.each([
    ['Memory chips, its biggest unit, made up 41% of last year\'s sales.', '41%'],
    ['Licensing makes up 18% of revenue at Tolland Media.', '18%'],
    ['Fees made up $2.4 billion of the bank\'s income.', '$2.4 billion'],
  ] as const)('%s → %s has no direction', (text, figure) => {
    expect(aboutOf(text, figure).direction).toBeUndefined();
  });
});
