import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"in all of 2024", "during the whole of 2025": the period right after the figure', () => {
  it.each([
    ['Tender offers reached $21 billion this year, up from $15 billion in all of 2024.', '$15 billion', '2024-01-01', '2024-12-31'],
    ['Loans grew 6% in March against 9.5% during the whole of 2025.', '9.5%', '2025-01-01', '2025-12-31'],
  ] as const)('%s → %s is for %s..%s', (text, figure, start, end) => {
    const p = aboutOf(text, figure, '2026-04-10').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });
});
