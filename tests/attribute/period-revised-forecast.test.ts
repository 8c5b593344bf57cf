/** The forecast a revision replaces is for the same period as the new one. */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('the base of a revised forecast takes the period of its target', () => {
  it.each([
    ['Sendai Motor cut its operating profit forecast for the year ending March 2027 to ¥1.4 trillion from ¥1.7 trillion.', '¥1.7 trillion', '2026-04-01', '2027-03-31'],
    ['Corvina Air raised its 2026 earnings outlook to $4.20 a share from $3.90.', '$3.90', '2026-01-01', '2026-12-31'],
    ['For the second half, Ostrava Mills trimmed its EBITDA guidance to €700 million from €850 million.', '€850 million', '2026-07-01', '2026-12-31'],
    // A noun of change after the forecast a verb revises: the growth rate it was revised from.
    ['Brenhall raised its 2025 sales guidance to growth of 4-5% from 2-3%.', '2-3%', '2025-01-01', '2025-12-31'],
    ['The carrier cut its forecast for 2026 revenue growth to 3% from 6%.', '6%', '2026-01-01', '2026-12-31'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2026-10-01').period).toMatchObject({ start, end });
  });

  it.each([
    // A change of an actual result: the base is another period's, which the text does not name.
    ['Sendai Motor said operating profit rose to ¥400 billion in the quarter from ¥350 billion.', '¥350 billion'],
    // A period written after the base is its own.
    ['Tessaro cut its forecast for 2026 growth to 2% from 3.5% in 2025.', '3.5%'],
    // A forecast no verb revises: "assumes" growth from a level.
    ['Its guidance assumes 2026 sales growth of 5% from 3%.', '3%'],
  ] as const)('%s → %s keeps no borrowed period', (text, figure) => {
    const p = aboutOf(text, figure, '2026-10-01').period;
    expect(p?.basis).not.toBe('shared');
  });
});
