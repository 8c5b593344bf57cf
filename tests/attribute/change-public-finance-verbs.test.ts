import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('verbs of a budget balance or a facility that moves', () => {
  it.each([
    ['The deficit ballooned to $2.1 trillion in the fiscal year.', '$2.1 trillion', 'up'],
    ['Lisbon pared its deficit to 2.8% of GDP last year.', '2.8%', 'down'],
    ['The overnight facility drained to $31 billion from $1.9 trillion.', '$31 billion', 'down'],
  ] as const)('%s → %s is %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
  it('an amount drained from the money market is no level that moved', () => {
    expect(aboutOf('Maturing bills will drain some 940 mln stg from the market.', '940 mln stg').direction).toBeUndefined();
  });
});
