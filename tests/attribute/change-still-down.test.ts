import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "is still down about 11%": an adverb of time between "is" and "down" leaves the hedge and the
// amount a level's change, as "is down about 11%" is.
describe('"is still down about", "are now up roughly": a change after an adverb of time', () => {
  it.each([
    ['Shares of Tallow Pay are still down about 14% this year.', '14%', 'down', 'price'],
    ['Ether is now up roughly 30% since January.', '30%', 'up', 'price'],
    ['The stock is already up some 25% in 2024.', '25%', 'up', 'price'],
  ] as const)('%s → %s %s', (text, figure, direction, metric) => {
    const about = aboutOf(text, figure);
    expect(about.direction).toBe(direction);
    expect(about.metric.category).toBe(metric);
  });

  it('leaves "still make up about 6%" without a direction', () => {
    expect(aboutOf('Engineers still make up about 6% of the workforce.', '6%').direction).toBeUndefined();
  });
});

// "swung to a third-quarter net profit": the period written in the result keeps the swing's direction.
describe('a swing to a result with its period written in it', () => {
  it.each([
    ['Tessaly Inc swung to a fourth-quarter net profit of $61 million from a loss a year earlier.', '$61 million', 'up'],
    ['Tessaly Inc swung to a 2025 loss of $12 million.', '$12 million', 'down'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2026-02-10').direction).toBe(direction);
  });
});

// "swung to A$120 million from a loss of A$40 million": no result word after "to", so the base's says which way.
describe('a swing to an amount, away from the result of its base (change.ts awayFromBase)', () => {
  it.each([
    ['Tessaly Trust said statutory net profit swung to A$120 million from a loss of A$40 million.', 'A$120 million', 'up'],
    ['Orrin Mutual said net income swung to $12 million, from a net profit of $30 million.', '$12 million', 'down'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure, '2025-08-14').direction).toBe(direction);
  });

  it('a base with no result word leaves the swing without a direction', () => {
    expect(aboutOf('Net income swung to $12 million from $30 million.', '$12 million', '2025-08-14').direction).toBeUndefined();
  });
});
