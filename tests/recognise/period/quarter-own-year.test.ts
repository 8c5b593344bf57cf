/**
 * A quarter or half of a company's own fiscal year: "of its 2027 fiscal year", "of their
 * fiscal 2026" (src/recognise/period/read.ts `readYearSuffix`), and a "which ends" clause
 * after "fiscal year" that states the year's end, not the quarter's
 * (src/recognise/period/quarter.ts `withEnding`). Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('"of its 2027 fiscal year": the quarter of the company\'s own fiscal year', () => {
  table([
    // the year's end stated after it: fiscal 2027 runs April 2026 to March 2027
    ['Profit for the second quarter of its 2027 fiscal year, which ends in March, rose 31%.', '2026-10-29', [['second quarter of its 2027 fiscal year', 15, 53, '2026-07-01', '2026-09-30']]],
    ['Profit for the third quarter of the fiscal year, which ended in June, rose.', '2026-10-29', [['third quarter of the fiscal year', 15, 47, '2026-01-01', '2026-03-31'], ['June', 64, 68, '2026-06-01', '2026-06-30']]],
    // no end stated: calendar years, as FORMAT.md assumes
    ['Sales for the second quarter of its 2027 fiscal year rose 4%.', '2026-10-29', [['second quarter of its 2027 fiscal year', 14, 52, '2027-04-01', '2027-06-30']]],
    ['Orders in the third quarter of their fiscal 2026 fell.', '2026-10-29', [['third quarter of their fiscal 2026', 14, 48, '2026-07-01', '2026-09-30']]],
  ]);
});

describe('"its" before a year that is no fiscal year is not part of the quarter', () => {
  table([
    ['It sold 5% of its 2027 output in the first quarter of its 2026 plan.', '2026-10-29', [['2027', 18, 22, '2027-01-01', '2027-12-31'], ['first quarter', 37, 50, '2026-01-01', '2026-03-31'], ['2026', 58, 62, '2026-01-01', '2026-12-31']]],
  ]);
});
