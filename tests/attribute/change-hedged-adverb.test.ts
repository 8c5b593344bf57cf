import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "down about 8%", "up more than 30%": a word of size between "up"/"down"/"off" and the amount
// leaves it the amount of the change; after a verb the particle is a phrasal verb's.
describe('"up"/"down" with a hedge before the amount', () => {
  it.each([
    ['Operators will spend $40 billion on capex this year, down about 8% from 2025.', '8%', 'down'],
    ['Orders at Pellow reached $3 billion, up more than 30% on the year.', '30%', 'up'],
    ['Brisk Foods earnings were off about 4% in the quarter.', '4%', 'down'],
    ['Nickel closed at $16,100 a tonne, up around $70 from Friday.', '$70', 'up'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });

  it.each([
    ['Engineers make up about 6% of the workforce.', '6%'],
    ['The government will draw down some $11 billion of reserves.', '$11 billion'],
  ] as const)('%s → %s has no direction', (text, figure) => {
    expect(aboutOf(text, figure).direction).toBeUndefined();
  });
});
