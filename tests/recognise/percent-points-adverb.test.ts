/**
 * Bare points after "up" or "down" that change a percentage level written just before them, or a
 * rate named before them, are percentage points (recognise/percent.ts adverbOfRate). Sentences
 * written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import type { PercentFigure } from '../../src/index';

const percents = (text: string): Array<[string, number, string]> =>
  (extract(text, { kinds: ['percent'] }) as PercentFigure[]).map((f) => [f.text, f.value, f.unit]);

describe('points after "up" or "down" of a percentage level or a rate', () => {
  it.each([
    ['Skyhaven flew 9.8 million passengers with a load factor of 86.4%, down 0.8 points.', [['86.4%', 86.4, 'percent'], ['0.8 points', 0.8, 'percentage-point']]],
    ['Occupancy at its resorts was 78 per cent, up 3 points on last year.', [['78 per cent', 78, 'percent'], ['3 points', 3, 'percentage-point']]],
    ['The seat factor reached 81.2%, up 2.5 points.', [['81.2%', 81.2, 'percent'], ['2.5 points', 2.5, 'percentage-point']]],
    ['Hotel occupancy was up 4 points at 91%.', [['4 points', 4, 'percentage-point'], ['91%', 91, 'percent']]],
    ['Its market share was down 1.5 points in the quarter.', [['1.5 points', 1.5, 'percentage-point']]],
  ] as const)('%s', (sentence, expected) => {
    expect(percents(sentence)).toEqual(expected);
  });

  it.each([
    // An index's level is no percentage: its points stay bare.
    ['The FTSE 100 closed at 8,012, down 40 points.', []],
    // A percentage that is itself a change: the points after it are an index's.
    ['The Nikkei fell 1.2%, down 460 points.', [['1.2%', 1.2, 'percent']]],
    // Points after "up" with nothing of a rate before them.
    ['The Bulls were up 12 points at half-time.', []],
  ] as const)('%s keeps its points bare', (sentence, expected) => {
    expect(percents(sentence)).toEqual(expected);
  });
});
