/**
 * Money before "more/less/higher/lower than" and a period is the amount of a move from that
 * period (src/attribute/change.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"X less than a year earlier": the amount of a move', () => {
  it.each([
    ['Public borrowing came to £48.2 billion, £2.6 billion less than a year earlier.', '£2.6 billion', 'down'],
    ['Marlow spent $12 million more than in 2024 on research.', '$12 million', 'up'],
    ['Exports were 4.1 billion dollars higher than a year ago.', '4.1 billion dollars', 'up'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    const a = aboutOf(text, figure, '2025-08-20');
    expect(a.direction).toBe(direction);
    expect(a.change?.role).toBe('amount');
  });

  it('no move without a period after "than"', () => {
    expect(aboutOf('Acme paid $3 million more than the $40 million analysts expected.', '$3 million', '2025-08-20').direction).toBeUndefined();
  });
});
