import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('figures joined by "and" share the period written right after the last of them', () => {
  it.each([
    ['Brenlow posted revenue of £812m and operating profit of £64.5m for the year to June 30.', '£812m', '2025-07-01', '2026-06-30'],
    ['Exports grew 4.1 pct and imports 2.9 pct in the second quarter.', '4.1 pct', '2026-04-01', '2026-06-30'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    expect(aboutOf(text, figure, '2026-08-20').period).toMatchObject({ start, end });
  });

  it.each([
    // A pair compared ("X and Y in 2025") keeps its own readings. (A list of periods matched by
    // "respectively" pairs them one to one: tests/attribute/period-respectively.test.ts.)
    'Interest expense was 3.1 mln dlrs and 2.4 mln dlrs in 2025.',
  ])('not: %s', (text) => {
    const first = text.match(/[\d.]+ mln dlrs/)![0];
    const p = aboutOf(text, first, '2026-08-20').period;
    expect(p?.start === '2025-01-01' && p?.end === '2025-12-31' && p.basis === 'clause').toBe(false);
  });
});

// Two months one after the other, written as one span ("combined", "during"), are the figure's together.
describe('"November and December combined"', () => {
  it.each([
    ['Larkfield said comparable sales fell 3.2% in November and December combined.', '3.2%'],
    ['Holiday spending during November and December rose 4.1% to $980 billion.', '4.1%'],
    ['Holiday spending during November and December rose 4.1% to $980 billion.', '$980 billion'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure, '2026-01-12').period).toMatchObject({ start: '2025-11-01', end: '2025-12-31' });
  });
  it('not two months each with its own figure', () => {
    expect(aboutOf('Sales rose 5% in November and fell 2% in December.', '5%', '2026-01-12').period).toMatchObject({ start: '2025-11-01', end: '2025-11-30' });
  });
});
