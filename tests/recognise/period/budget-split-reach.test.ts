/**
 * A split year a sentence's government balance speaks of is that fiscal year, also when the
 * balance is stated as a share of GDP before it ("a budget deficit … of 4.8% of GDP in 2025/26";
 * recognise/period/index.ts PUBLIC_REACH). Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable } from './helpers';

describe('a split year after a balance and its share of GDP', () => {
  spannedTable([
    ["South Africa's budget deficit is forecast at 4.8% of GDP in 2025/26.", '2025-05-21', [['2025/26', 60, 67, '2025-04-01', '2026-03-31']]],
    ["Kenya's deficit is seen at 4.3% of GDP in 2025/26.", '2025-05-21', [['2025/26', 42, 49, '2025-07-01', '2026-06-30']]],
    ['The budget surplus should reach 1.2% of output in 2026-27.', '2025-05-21', [['2026-27', 50, 57, '2026-04-01', '2027-03-31']]],
    // No balance word: two calendar years.
    ['Coffee exports are seen rising 4.8% to 1.2 million bags in 2025/26.', '2025-05-21', [['2025/26', 59, 66, '2025-01-01', '2026-12-31']]],
    // A season stays a season, whatever balance is named before it.
    ['The deficit of sugar is seen at 4.8% of output in the 2025/26 season.', '2025-05-21', [['2025/26', 54, 61, '2025-01-01', '2026-12-31']]],
  ]);
});
