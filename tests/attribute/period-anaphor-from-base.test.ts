/**
 * "in the quarter from a year earlier" (attribute/period.ts, anaphorAt): "from" and a comparison
 * period name the base of the change, and the quarter is still the one talked about. Sentences
 * written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2026-11-06';

describe('"in the quarter from a year earlier" is the quarter talked about', () => {
  it.each([
    ['Ostrava Lines raised its outlook after third-quarter earnings beat forecasts.\n\nEBITDA fell 23% to $3.1 billion in the quarter from a year earlier.', '$3.1 billion'],
    ['Ostrava Lines raised its outlook after third-quarter earnings beat forecasts.\n\nEBITDA fell 23% to $3.1 billion in the quarter from a year earlier.', '23%'],
    ['Ostrava Lines reported second-quarter results on Friday.\n\nNet profit rose 9% to $410 million in the quarter from the year-earlier period.', '$410 million'],
  ] as const)('%s → %s', (text, figure) => {
    const a = aboutOf(text, figure, REF);
    expect(a.period?.basis).toBe('anaphora');
    const q = text.includes('third-quarter') ? ['2026-07-01', '2026-09-30'] : ['2026-04-01', '2026-06-30'];
    expect([a.period?.start, a.period?.end]).toEqual(q);
  });

  it('"in the quarter to March" still names its own period', () => {
    const a = aboutOf('Ostrava Lines reported third-quarter results.\n\nProfit rose 9% to $410 million in the quarter to March.', '$410 million', REF);
    expect(a.period?.start).not.toBe('2026-07-01');
  });
});
