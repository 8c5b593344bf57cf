/**
 * Bare points of a rate whose level is written after "of" before the verb are percentage points
 * (recognise/percent.ts measuresRate, levelOfBefore). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import type { PercentFigure } from '../../src/index';

const percents = (text: string): Array<[string, number, string]> =>
  (extract(text, { kinds: ['percent'] }) as PercentFigure[]).map((f) => [f.text, f.value, f.unit]);

describe('points of a rate with its level between the rate and the verb', () => {
  it.each([
    ['Union Pacific said its operating ratio of 60.1% improved 3.1 points.', '60.1%', 60.1, '3.1 points', 3.1],
    ['The airline said its load factor of 84.5 per cent rose 2.3 points.', '84.5 per cent', 84.5, '2.3 points', 2.3],
    ['Its gross margin of 41% fell 1.5 points in the half.', '41%', 41, '1.5 points', 1.5],
  ] as const)('%s', (sentence, level, value, points, change) => {
    expect(percents(sentence)).toEqual([[level, value, 'percent'], [points, change, 'percentage-point']]);
  });

  it.each([
    // An index's points are no rate's, whatever is written before.
    ['The index, with a weighting of 40% in banks, fell 120 points.', [['40%', 40, 'percent']]],
    ['Shares in the index of 500 companies fell 20 points.', []],
  ] as const)('%s keeps its points bare', (sentence, expected) => {
    expect(percents(sentence)).toEqual(expected);
  });
});
