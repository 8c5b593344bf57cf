/**
 * The base of a result's change, written without a period of its own, is the same period a
 * year before the result's (src/attribute/index.ts, yearOnYearBase), and a total adds up the
 * period of the figure before it (totalPeriod). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('the base of a result reported is the same period a year before', () => {
  it.each([
    // A year, with no percentage: the level reached is a result of a year that has ended.
    ['Tallow Homes said net profit for the year to June 30 rose to A$98.4 million from A$87.9 million.',
      '2025-08-21', 'A$87.9 million', '2023-07-01', '2024-06-30'],
    // A quarter.
    ['Garnet Rail\'s net income fell to $1.21 billion in the fourth quarter from $1.35 billion.',
      '2026-01-22', '$1.35 billion', '2024-10-01', '2024-12-31'],
    // A half.
    ['For the six months to June 30, Brackwell\'s operating profit climbed to £212m from £188m.',
      '2025-08-05', '£188m', '2024-01-01', '2024-06-30'],
    // A total for the year, after a final dividend: the total is of the year, its base of the year before.
    ['Ostby reported sales for the year to Sept. 30 of 18.2 billion crowns. The board proposed a final dividend of 9 crowns per share, bringing the total for the year to 13 crowns, up from 12 crowns.',
      '2025-11-12', '12 crowns', '2023-10-01', '2024-09-30'],
  ] as const)('%#: %s → %s', (text, ref, figure, start, end) => {
    const p = aboutOf(text, figure, ref).period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it('a total takes the period of the figure before it', () => {
    const text = 'Ostby reported sales for the year to Sept. 30 of 18.2 billion crowns. The board proposed a final dividend of 9 crowns per share, bringing the total for the year to 13 crowns, up from 12 crowns.';
    const a = aboutOf(text, '13 crowns', '2025-11-12');
    expect([a.period?.start, a.period?.end]).toEqual(['2024-10-01', '2025-09-30']);
    expect(a.metric?.category).toBe('dividend');
    expect(a.direction).toBe('up');
  });

  it.each([
    // A forecast revised keeps its target's year.
    ['Garnet Rail raised its 2026 profit forecast to $5.1 billion from $4.8 billion.', '2026-01-22', '$4.8 billion', '2026-01-01', '2026-12-31'],
  ] as const)('%#: a revised forecast: %s → %s', (text, ref, figure, start, end) => {
    const p = aboutOf(text, figure, ref).period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it.each([
    // Words of its own time the recognisers read as no period.
    ['Exports rose to 4.9 billion dollars in the second quarter from 4.6 billion in the first.', '2025-08-14', '4.6 billion'],
    ['Exports rose to 4.9 billion dollars in the second quarter from 4.6 billion at the end of the first.', '2025-08-14', '4.6 billion'],
  ] as const)('%#: no year-earlier period for a base with its own time: %s', (text, ref, figure) => {
    expect(aboutOf(text, figure, ref).period?.start).not.toBe('2024-04-01');
  });

  it('a share price\'s base is no period\'s result', () => {
    const text = 'Pellham said profit for the year to end-February rose 12% to 42 million pounds. Its shares eased to 512p from 530p.';
    const p = aboutOf(text, '530p', '2025-04-10').period;
    expect(p?.start).not.toBe('2023-03-01');
  });
});
