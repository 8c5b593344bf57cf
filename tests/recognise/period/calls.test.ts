import { describe } from 'vitest';
import { spannedTable } from './helpers';

// Periods as earnings calls and releases name them.
describe('calendar years written short', () => {
  spannedTable([
    ["Any early read on calendar '28 spending?", '2027-02-01', [["calendar '28", 18, 30, '2028-01-01', '2028-12-31']]],
    ['Demand in calendar ’25 was soft.', '2026-02-01', [['calendar ’25', 10, 22, '2025-01-01', '2025-12-31']]],
  ]);
});

describe('a half or quarter "of the fiscal year ending" a date: the date ends the year', () => {
  spannedTable([
    ['Sales for the first half of the fiscal year ending March 31, 2028 rose.', '2027-11-12',
      [['first half of the fiscal year ending March 31, 2028', 14, 65, '2027-04-01', '2027-09-30']]],
    ['Costs in the third quarter of the fiscal year ended June 30, 2025 fell.', '2025-08-20',
      [['third quarter of the fiscal year ended June 30, 2025', 13, 65, '2025-01-01', '2025-03-31']]],
    ['Output in the second half of the year ending in September 2024 slowed.', '2025-01-10',
      [['second half of the year ending in September 2024', 14, 62, '2024-04-01', '2024-09-30']]],
  ]);
});

describe('a quarter named by its last month takes the year in which it has begun', () => {
  spannedTable([
    // written in January: this year's March quarter has begun
    ['We guide the March quarter to be our weakest.', '2027-01-20', [['March quarter', 13, 26, '2027-01-01', '2027-03-31']]],
    // written in July: the September quarter is running
    ['Pricing in the September quarter should hold.', '2026-07-23', [['September quarter', 15, 32, '2026-07-01', '2026-09-30']]],
    // written in January: the December quarter has not begun this year, so last year's
    ['Revenue in the December quarter rose 8%.', '2027-01-20', [['December quarter', 15, 31, '2026-10-01', '2026-12-31']]],
    // with its year, as written
    ['Revenue in the March quarter of 2025 rose.', '2027-01-20', [['March quarter of 2025', 15, 36, '2025-01-01', '2025-03-31']]],
  ]);
});
