/**
 * A figure set against a level and written with "a year earlier" right after it is of the
 * level's period a year back, even when another period was named between them
 * (src/attribute/index.ts, yearBeforeLevel). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"a year earlier" after a base or a compared figure: the level\'s period, a year back', () => {
  it.each([
    // A forecast for a year named since the quarter does not make "a year ago" last year.
    ['Norvale\'s cloud revenue rose 34% to $15.2 billion in the third quarter. Norvale raised its 2025 capex forecast to $93 billion, from $85 billion. The cloud unit\'s operating income was $3.6 billion, an operating margin of 23.7%, compared with 17.1% a year ago.',
      '2025-10-30', '17.1%', '2024-07-01', '2024-09-30'],
    // A change's base: the level reached is for the full fiscal year, not the quarter named before.
    ['Brelland Stores said its loss for the fourth quarter ended January 31 would be about $2 million. For the full fiscal year, it earned about $7.8 million, down from $14.1 million a year before.',
      '2026-03-20', '$14.1 million', '2024-02-01', '2025-01-31'],
  ] as const)('%#: %s → %s', (text, ref, figure, start, end) => {
    const p = aboutOf(text, figure, ref).period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it('moves a single day back by its date, not to a month\'s end', () => {
    const p = aboutOf('Shares closed at $5 on Feb. 28, 2025, compared with $4 a year earlier.', '$4', '2025-11-20').period;
    expect([p?.start, p?.end]).toEqual(['2024-02-28', '2024-02-28']);
  });

  it('keeps the anaphor\'s own reading when the level is "the quarter" read back', () => {
    // The level's period is itself the latest quarter named; the anaphor was read against the same.
    const text = 'Kestrel Mining reports on the March quarter. Revenue for the quarter was A$3.4 billion, compared with A$4.5 billion in the same quarter last year.';
    const p = aboutOf(text, 'A$4.5 billion', '2025-04-28').period;
    expect([p?.start, p?.end]).toEqual(['2024-01-01', '2024-03-31']);
  });

  it('sets a figure compared after a base against no one ("from 8.3% in January, compared with 7.9% a year earlier")', () => {
    const text = 'The jobless rate fell to 8.1% in February from 8.3% in January, compared with 7.9% a year earlier.';
    const p = aboutOf(text, '7.9%', '2026-03-12').period;
    expect(p?.start).not.toBe('2025-01-01');
  });
});
