/**
 * A day opening a sentence after "As of" or "At" dates the levels the sentence states: a
 * filing's balance-sheet day (src/attribute/period.ts, asOfOpening). Sentences written for this
 * project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"As of <day>," opening a sentence dates its levels', () => {
  it.each([
    ['As of September 30, 2026, we had $1.02 billion in cash, cash equivalents and short-term investments.', '$1.02 billion', '2026-09-30'],
    ['As of December 31, 2026, Stonebridge Logistics had total debt of $2.85 billion.', '$2.85 billion', '2026-12-31'],
    ['At December 31, 2025, Brenmoor had $5.6 million of cash and $12.0 million outstanding on its line of credit.', '$12.0 million', '2025-12-31'],
  ] as const)('%s → %s is of %s', (text, figure, day) => {
    expect(aboutOf(text, figure, '2027-02-25').period).toMatchObject({ start: day, end: day });
  });

  it('a period nearer the figure still wins', () => {
    expect(aboutOf('As of June 30, 2026, Stonebridge had repaid $350 million during the second quarter.', '$350 million', '2026-08-01').period).toMatchObject({ start: '2026-04-01', end: '2026-06-30' });
  });

  it('a day inside the sentence, not opening it, is no period of the figures before it', () => {
    // (Negative: the day the board acted is when, not what the figure measures.)
    expect(aboutOf('Stonebridge had total debt of $2.85 billion, the company said on December 31, 2026.', '$2.85 billion', '2027-02-25').period).toBeUndefined();
  });
});
