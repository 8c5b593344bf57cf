/**
 * Bare points taken "off" a rate are percentage points (recognise/percent.ts measuresRate).
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import type { PercentFigure } from '../../src/index';

const percents = (text: string): PercentFigure[] => extract(text, { kinds: ['percent'] }) as PercentFigure[];

describe('points taken off a rate', () => {
  it.each([
    ['The strong franc took roughly two points off our growth.', 'two points', 2],
    ['Freight costs knocked 1.5 points off the gross margin in the half.', '1.5 points', 1.5],
  ] as const)('%s', (sentence, text, value) => {
    expect(percents(sentence).map((f) => [f.text, f.value, f.unit])).toEqual([[text, value, 'percentage-point']]);
  });

  it.each([
    ['The index fell 300 points off its high.'],
    ['The visitors took two points off the leaders.'],
  ] as const)('%s has none', (sentence) => {
    expect(percents(sentence)).toEqual([]);
  });
});
