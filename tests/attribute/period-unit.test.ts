import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2026-04-29';

describe('the period after a per-unit amount\'s unit', () => {
  it.each([
    ['Cordell reported first-quarter output on Tuesday.\n\nCash costs rose to $1.94 per pound in the quarter from $1.71.', '$1.94', '2026-01-01', '2026-03-31'],
    ['Cordell reported first-quarter output on Tuesday.\n\nCopper fetched $4.35 a pound in the quarter.', '$4.35', '2026-01-01', '2026-03-31'],
    ['In the first quarter, Cordell earned 41 cents a share, against 25 cents a share a year earlier.', '25 cents', '2025-01-01', '2025-03-31'],
    ['Brent traded at $71 a barrel in March.', '$71', '2026-03-01', '2026-03-31'],
    // A unit of several words: "per megawatt hour", "per million British thermal units".
    ['The power benchmark traded at 88.10 euros per megawatt hour on Tuesday.', '88.10 euros', '2026-04-28', '2026-04-28'],
    ['Henry Hub gas settled at $3.42 per million British thermal units on Monday.', '$3.42', '2026-04-27', '2026-04-27'],
  ] as const)('%s → %s in %s..%s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, REF).period).toMatchObject({ start, end });
  });

  it.each([
    ['Net income was $12.9 million or 93 cents a share in 2025, against $6.9 million or 63 cents a share in the prior year.', '$6.9 million', '2024-01-01', '2024-12-31'],
    ['Halvard earned $4.1 million, or 22 cents a share, for the first quarter.', '$4.1 million', '2026-01-01', '2026-03-31'],
    ['In the first quarter Halvard earned $9.2 million, or 51 cents a share, against $7.7 million, or 43 cents a share, a year earlier.', '$7.7 million', '2025-01-01', '2025-03-31'],
  ] as const)('the period after an amount\'s per-share restatement is the amount\'s: %s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, REF).period).toMatchObject({ start, end });
  });

  it('"a year earlier" after an amount is no unit to skip', () => {
    const a = aboutOf('Profit fell to $5 million in the first quarter from $8 million a year earlier.', '$8 million', REF);
    expect(a.period).toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
  });
});
