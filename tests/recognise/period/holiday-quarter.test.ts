/**
 * "the holiday quarter" (src/recognise/period/quarter.ts `readHolidayQuarter`): the three
 * months to December, whatever fiscal year the text states. Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('"the holiday quarter" is October to December', () => {
  table([
    ['Subscriptions jumped in the holiday quarter.', '2026-01-21', [['holiday quarter', 28, 43, '2025-10-01', '2025-12-31']]],
    ['Bookings in the holiday-quarter beat forecasts.', '2026-02-04', [['holiday-quarter', 16, 31, '2025-10-01', '2025-12-31']]],
    ['Sales fell 3% in the holiday quarter of 2024.', '2026-02-04', [['holiday quarter of 2024', 21, 44, '2024-10-01', '2024-12-31']]],
    // a stated fiscal year ending in March makes no fiscal fourth quarter of it
    ['Orders grew in the holiday quarter and in the fiscal year ending March 31, 2026.', '2026-02-04', [['holiday quarter', 19, 34, '2025-10-01', '2025-12-31'], ['fiscal year ending March 31, 2026', 46, 79, '2025-04-01', '2026-03-31']]],
    // British retailers' names for the same three months
    ['Trading over the golden quarter was strong.', '2025-01-16', [['golden quarter', 17, 31, '2024-10-01', '2024-12-31']]],
    ['In the Christmas quarter, like-for-like sales rose 3.1%.', '2025-01-16', [['Christmas quarter', 7, 24, '2024-10-01', '2024-12-31']]],
    ['The golden quarter of 2024 was its best.', '2025-06-16', [['golden quarter of 2024', 4, 26, '2024-10-01', '2024-12-31']]],
    // the word alone, or before another noun, is no period
    ['The holiday season and holiday sales were weak.', '2026-01-21', []],
    ['Christmas sales were strong, and golden handshakes cost it £2m.', '2026-01-21', []],
  ]);
});
