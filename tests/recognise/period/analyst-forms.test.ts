/**
 * Analysts' shorthand for calendar periods: "CY2025" (fiscal.ts) and "the back half of the
 * year" (half.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { periods, spannedTable as table } from './helpers';

describe('CY: a calendar year', () => {
  table([
    ['Brokers see CY2026 sales up 4%.', '2025-03-01', [['CY2026', 12, 18, '2026-01-01', '2026-12-31']]],
    ['CY27 margins should recover.', '2025-03-01', [['CY27', 0, 4, '2027-01-01', '2027-12-31']]],
    ['Guidance for CY 2025 held.', '2025-03-01', [['CY 2025', 13, 20, '2025-01-01', '2025-12-31']]],
    // Lower case, or glued to a code, is not the abbreviation.
    ['Part cy2025 shipped.', '2025-03-01', []],
    ['Model XCY25 sold out.', '2025-03-01', []],
  ]);
  it('is a calendar year whatever the fiscal year', () => {
    const [f] = periods('Sales in CY2024 rose.', '2025-03-01', 7);
    expect([f!.start, f!.end, f!.granularity]).toEqual(['2024-01-01', '2024-12-31', 'year']);
  });
});

describe('the back (front) half of a year', () => {
  table([
    ['Demand should improve in the back half of the year.', '2025-09-01', [['back half of the year', 29, 50, '2025-07-01', '2025-12-31']]],
    ['Spending is weighted to the front half of 2026.', '2025-03-01', [['front half of 2026', 28, 46, '2026-01-01', '2026-06-30']]],
    ['Volumes lag in the back-half of this year.', '2025-03-01', [['back-half of this year', 19, 41, '2025-07-01', '2025-12-31']]],
    ['He ran the back half of the course.', '2025-03-01', []],
    ['Hiring picked up in the latter half of 2023.', '2025-03-01', [['latter half of 2023', 24, 43, '2023-07-01', '2023-12-31']]],
    ['They moved back half of the year\'s stock.', '2025-03-01', []],
    // alone, in results talk: the half of the year at hand, as "the second half" alone is
    ['We see margins widening in the back half, Ms Lund said.', '2025-09-01', [['back half', 31, 40, '2025-07-01', '2025-12-31']]],
    ['Shipments were weighted to the front half.', '2025-09-01', [['front half', 31, 41, '2025-01-01', '2025-06-30']]],
    ['The team scored twice in the back half of the game.', '2025-09-01', []],
  ]);
});
