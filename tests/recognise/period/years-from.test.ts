/**
 * "over five years from 2025", "the three years starting 2026": as many whole calendar years
 * from a written year (recognise/period/months-ended.ts `readYearsFrom`), the mirror of "the
 * five years to 2020". A point after it ("in five years from 2025") or a range written whole
 * ("from 2025 to 2029") is not read so. Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable } from './helpers';

describe('years counted from a written year', () => {
  spannedTable([
    ['The league sold the rights over five years from 2025 for £2bn.', '2025-09-05', [['five years from 2025', 32, 52, '2025-01-01', '2029-12-31']]],
    ['The kit deal runs for three years from 2026.', '2025-09-05', [['three years from 2026', 22, 43, '2026-01-01', '2028-12-31']]],
    ['Spending during the two years starting 2024 doubled.', '2025-09-05', [['two years starting 2024', 20, 43, '2024-01-01', '2025-12-31']]],
  ]);
});

describe('no span of years without the words of one', () => {
  spannedTable([
    // A point in time after the year, not a span.
    ['Prices could double in five years from 2025.', '2025-09-05', [['2025', 39, 43, '2025-01-01', '2025-12-31']]],
    // The range written whole is read whole.
    ['The rights were sold for the five years from 2025 to 2029.', '2025-09-05', [['from 2025 to 2029', 40, 57, '2025-01-01', '2029-12-31']]],
    // A split year is a season of its own.
    ['The deal covers three years from 2025-26.', '2025-09-05', [['2025-26', 33, 40, '2025-01-01', '2026-12-31']]],
  ]);
});
