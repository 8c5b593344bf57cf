import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"down from the X%": the base after "the" makes a change', () => {
  it.each([
    ['The new bond yields 8.875%, down from the 9.75% the state paid in 2024.', '8.875%', 'down'],
    ['Receipts were $61 billion, up from the $55 billion collected a year before.', '$61 billion', 'up'],
  ] as const)('%s → %s is %s', (text, figure, direction) => {
    expect(aboutOf(text, figure).direction).toBe(direction);
  });
});

describe('the month a fiscal year ends in, told in a relative clause, is no period the next sentences are about', () => {
  it('a budget figure after it takes the fiscal year', () => {
    const text = 'Interest costs will climb 11% to 28.2 trillion yen in fiscal 2027, which ends in March 2028. '
      + 'Tax revenue is projected at a record 86.1 trillion yen.';
    const p = aboutOf(text, '86.1 trillion yen', '2026-12-24').period;
    expect([p?.text, p?.start, p?.end]).toEqual(['fiscal 2027', '2027-04-01', '2028-03-31']);
  });
});
