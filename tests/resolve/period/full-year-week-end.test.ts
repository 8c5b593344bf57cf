import { describe } from 'vitest';
import { spannedTable } from '../../recognise/period/helpers';

// "the full year" after a retailer's quarter that ended a few days into a month (a 52/53-week
// calendar's "February 1" stands for January's end) is the year that quarter closes, not the
// one that starts the next day.
describe('the full year of a quarter ended a few days into a month', () => {
  spannedTable([
    ['For the fourth quarter ended February 1, 2025, comparable sales rose 1.5%. For the full year, net sales were $106.6 billion.', '2025-03-05', [
      ['fourth quarter ended February 1, 2025', 8, 45, '2024-11-03', '2025-02-01'],
      ['full year', 83, 92, '2024-02-04', '2025-02-01'],
    ]],
    // (A year to January 3 states no fiscal calendar: the full year is the calendar's 2025, not 2026.)
    ['Sales for the quarter ended Jan. 3, 2026 rose 2%. For the full year, sales rose 4%.', '2026-02-20', [
      ['quarter ended Jan. 3, 2026', 14, 40, '2025-10-05', '2026-01-03'],
      ['full year', 58, 67, '2025-01-01', '2025-12-31'],
    ]],
    // A quarter ended at a month's end keeps its year: the full year ends with it.
    ['For the fourth quarter ended January 31, 2025, sales rose 3%. For the full year, sales rose 5%.', '2025-03-05', [
      ['fourth quarter ended January 31, 2025', 8, 45, '2024-11-01', '2025-01-31'],
      ['full year', 70, 79, '2024-02-01', '2025-01-31'],
    ]],
  ]);
});
