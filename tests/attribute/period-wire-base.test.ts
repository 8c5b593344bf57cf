/**
 * The base of a result's change by a percentage, the result's period carried from the sentence
 * before, is the same period a year back (src/attribute/index.ts, yearOnYearBase): results are
 * told year on year. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const TEXT = 'Corwen Plastics Inc said first quarter net income rose 18 pct to 6.3 mln dlrs from 5.3 mln dlrs.\n\nSales rose nine pct to 88.2 mln dlrs from 80.9 mln dlrs.';

describe('the base of a quarter\'s growth is the quarter a year before', () => {
  it.each([
    ['6.3 mln dlrs', '1987-01-01', '1987-03-31'],
    ['5.3 mln dlrs', '1986-01-01', '1986-03-31'],
    ['88.2 mln dlrs', '1987-01-01', '1987-03-31'],
    ['80.9 mln dlrs', '1986-01-01', '1986-03-31'],
  ])('%s is for %s..%s', (figure, start, end) => {
    expect(aboutOf(TEXT, figure, '1987-04-21').period).toMatchObject({ start, end });
  });

  it('a forecast revised keeps its target\'s year', () => {
    const text = 'Corwen Plastics Inc raised its 1987 capital spending forecast to 40 mln dlrs from 32 mln dlrs.';
    expect(aboutOf(text, '32 mln dlrs', '1987-04-21').period).toMatchObject({ start: '1987-01-01', end: '1987-12-31' });
  });
});
