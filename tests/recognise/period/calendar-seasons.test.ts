import { describe, expect, it } from 'vitest';
import { brief, periods } from './helpers';

// Sentences written for these tests: the seasons a travel or leisure story dates by
// (recognise/period/calendar-seasons.ts), as the meteorological seasons of the northern hemisphere.
type Row = [text: string, ref: string, expected: Array<[string, string | undefined, string | undefined, string]>];
const table = (rows: Row[]) => it.each(rows)('%s', (text, ref, expected) => expect(periods(text, ref).map(brief)).toEqual(expected));

describe('seasons named relative to the reference date', () => {
  table([
    // "last summer": the latest one ended (in July the one of the year before; in October this year's).
    ['Fares were 12% higher than last summer.', '2025-07-03', [['last summer', '2024-06-01', '2024-08-31', 'custom']]],
    ['Fares were 12% higher than last summer.', '2025-10-01', [['last summer', '2025-06-01', '2025-08-31', 'custom']]],
    ['Park attendance rose this spring.', '2025-07-03', [['this spring', '2025-03-01', '2025-05-31', 'custom']]],
    // "next summer": the first one not yet begun.
    ['Bookings for next summer are up 8%.', '2025-07-03', [['next summer', '2026-06-01', '2026-08-31', 'custom']]],
    ['Bookings for next summer are up 8%.', '2026-01-10', [['next summer', '2026-06-01', '2026-08-31', 'custom']]],
    ['The carrier cut routes last fall.', '2025-07-03', [['last fall', '2024-09-01', '2024-11-30', 'custom']]],
  ]);
});

describe('seasons with their year, and the season\'s noun after "the"', () => {
  table([
    ['The resort opens in the summer of 2026.', '2025-07-03', [['summer of 2026', '2026-06-01', '2026-08-31', 'custom']]],
    ['The ship enters service in spring 2027.', '2025-07-03', [['spring 2027', '2027-03-01', '2027-05-31', 'custom']]],
    ['Production should start by the fall of 2026.', '2025-07-03', [['fall of 2026', '2026-09-01', '2026-11-30', 'custom']]],
    ['Fares over the summer season rose 12%.', '2025-10-01', [['summer season', '2025-06-01', '2025-08-31', 'custom']]],
    ['Occupancy peaked in the summer months, it said.', '2025-10-01', [['summer months', '2025-06-01', '2025-08-31', 'custom']]],
  ]);
});

describe('seasons that are no period', () => {
  table([
    // A fall in prices is a drop, not autumn.
    ['The oil price fall of 1986 hurt producers.', '1987-03-01', [['1986', '1986-01-01', '1986-12-31', 'year']]],
    ['The fall in sales was steep.', '2025-07-03', []],
    // A season alone, or naming a kind of thing, is left alone.
    ['Sales will improve over the summer.', '2025-03-01', []],
    ['The spring wheat acres were planted late.', '2025-07-03', []],
    ['Visitors to the summer Olympics spent heavily.', '2025-07-03', []],
    ['The summer driving season began.', '2025-07-03', []],
  ]);
});
