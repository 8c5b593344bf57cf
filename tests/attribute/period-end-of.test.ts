/**
 * A level "at the end of" a month, quarter or year is of that period's last day
 * (src/attribute/period.ts, endOf). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

const REF = '2026-04-20';

describe('a figure at the end of a period is of its last day', () => {
  it.each([
    ['Pemberly said net debt stood at $5.2 billion at the end of March.', '$5.2 billion', '2026-03-31'],
    ['Its order backlog reached a record 61 billion euros at the end of September.', '61 billion euros', '2025-09-30'],
    ['Cash and equivalents were £410m at end-December.', '£410m', '2025-12-31'],
    ['The lender aims to cut bad loans to $2 billion by the end of 2027.', '$2 billion', '2027-12-31'],
    ['Reserves were $9.6 billion at the end of March, up from $6.1 billion at the end of 2025.', '$6.1 billion', '2025-12-31'],
  ] as const)('%s → %s on %s', (text, figure, day) => {
    expect(aboutOf(text, figure, REF).period).toMatchObject({ start: day, end: day });
  });

  it.each([
    // The period itself, not its end: "in March", "the year to the end of March".
    ['Pemberly said net debt rose by $1 billion in March.', '$1 billion', '2026-03-01', '2026-03-31'],
    ['Revenue for the year to the end of March rose 8% to $3.1 billion.', '$3.1 billion', '2025-04-01', '2026-03-31'],
  ] as const)('%s → %s over %s..%s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, REF).period).toMatchObject({ start, end });
  });
});
