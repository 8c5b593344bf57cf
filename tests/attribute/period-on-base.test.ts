import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "up 4.6% on the prior year": after a change's amount, "on" and a comparison period name the
// base of the change, not the period the amount is for.
describe('"on the prior year" after a change is its base', () => {
  it.each([
    ['Harnell reported earnings of A$2.4 billion for 2025, up 4.6% on the previous year.', '4.6%', '2025-01-01', '2025-12-31'],
    ['Exports in the second quarter rose 5% on the same quarter last year.', '5%', '2026-04-01', '2026-06-30'],
    ['In March, turnover at Brisco rose 3% on the year-ago period.', '3%', '2026-03-01', '2026-03-31'],
    // A named period after "on" is the base too: "up 7% on the March quarter", "down 2% on May".
    ['Tarrant Mines shipped more ore in the June quarter, up 7% on the March quarter.', '7%', '2026-04-01', '2026-06-30'],
    ['Output in June was 4.1 mln tonnes, down 2.5 pct on May.', '2.5 pct', '2026-06-01', '2026-06-30'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    const p = aboutOf(text, figure, '2026-08-14').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it('a period after "on" that is no comparison is still the figure\'s own', () => {
    const p = aboutOf('Exports rose 5% on the quarter, in the second quarter of 2026.', '5%', '2026-08-14').period;
    expect([p?.start, p?.end]).toEqual(['2026-04-01', '2026-06-30']);
  });
});

describe('a day after "on" says when, not the base', () => {
  it('keeps "on Friday" as the day of the figure', () => {
    const p = aboutOf('Overnight funds averaged 4.02 pct on Friday.', '4.02 pct', '2026-08-14').period;
    expect([p?.start, p?.end]).toEqual(['2026-08-14', '2026-08-14']);
  });
});

// "up 2.2% from 633 billion last year": a compared quantity that is no figure (a volume, a
// count) still takes the period after it; the change keeps the period of what it measures.
describe('the period after a compared quantity is the quantity\'s', () => {
  it.each([
    ['Power output so far this year was 640 billion kilowatt hours, up 2.1% from 627 billion last year.', '2.1%', '2026-01-01', '2026-08-14'],
    ['Crushing in the first quarter reached 5.2 mln tonnes, up 4% from 5 mln in the same quarter last year.', '4%', '2026-01-01', '2026-03-31'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    const p = aboutOf(text, figure, '2026-08-14').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });
});
