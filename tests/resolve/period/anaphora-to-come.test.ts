/**
 * "a year earlier" in a sentence of results that names no period (resolve/period/resolve.ts,
 * Antecedents.find with `done`): a year that has not begun by the reference date is
 * when something is to happen, not the results compared, so the latest period that has ended is
 * moved back instead. Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from '../../recognise/period/helpers';

describe('a year still to come is no base of "a year earlier"', () => {
  table([
    // A patent's expiry year after the quarter reported.
    ['Sales rose 4% in the fourth quarter. The drug loses its patent in 2029. The group swung to a loss, from a profit of $1.2 billion a year earlier.', '2026-02-10', [
      ['fourth quarter', 21, 35, '2025-10-01', '2025-12-31'], ['2029', 66, 70, '2029-01-01', '2029-12-31'], ['a year earlier', 129, 143, '2024-10-01', '2024-12-31']]],
    // A year still to come after the half reported.
    ['Profit climbed in the second half of 2024. The plant opens in 2026. Revenue was $9 million, compared with $7 million a year earlier.', '2025-08-01', [
      ['second half of 2024', 22, 41, '2024-07-01', '2024-12-31'], ['2026', 62, 66, '2026-01-01', '2026-12-31'], ['a year earlier', 117, 131, '2023-07-01', '2023-12-31']]],
    // A month to come stays the base: a forecast for it set against the same month a year back.
    ['Profit climbed in the second half of 2024. Stocks will be lower next month. Revenue was $9 million, compared with $7 million a year earlier.', '2025-08-01', [
      ['second half of 2024', 22, 41, '2024-07-01', '2024-12-31'], ['next month', 64, 74, '2025-09-01', '2025-09-30'], ['a year earlier', 125, 139, '2024-09-01', '2024-09-30']]],
    // With nothing ended named before, the year to come is still what is moved back.
    ['Halvorsen expects to launch the pill in 2027. Its profit was $2 billion, against $1.8 billion a year earlier.', '2026-02-10', [
      ['2027', 40, 44, '2027-01-01', '2027-12-31'], ['a year earlier', 94, 108, '2026-01-01', '2026-12-31']]],
  ]);
});

describe('a year barely begun after the year reported is no base of "a year earlier"', () => {
  const report = 'Earnings rose in the year to June 30, 2025, and the fund sees growth in fiscal 2026. Net income was A$90 million, up from A$70 million a year earlier.';
  table([
    // Six weeks into fiscal 2026: the year reported is what is moved back.
    [report, '2025-08-14', [
      ['year to June 30, 2025', 21, 42, '2024-07-01', '2025-06-30'], ['fiscal 2026', 72, 83, '2025-07-01', '2026-06-30'], ['a year earlier', 135, 149, '2023-07-01', '2024-06-30']]],
    // Near the end of the year running it may have estimates: that year is moved back.
    [report, '2026-05-20', [
      ['year to June 30, 2025', 21, 42, '2024-07-01', '2025-06-30'], ['fiscal 2026', 72, 83, '2025-07-01', '2026-06-30'], ['a year earlier', 135, 149, '2024-07-01', '2025-06-30']]],
    // Calendar years alike: a February story on last year's results with this year's outlook.
    ['Profit climbed in 2025, and the company expects higher sales in 2026. Net income was $5 million, against $4 million a year earlier.', '2026-02-20', [
      ['2025', 18, 22, '2025-01-01', '2025-12-31'], ['2026', 64, 68, '2026-01-01', '2026-12-31'], ['a year earlier', 116, 130, '2024-01-01', '2024-12-31']]],
  ]);
});

describe('a quarter or year still running is no base of "the prior quarter" or "the previous year" in a sentence of results', () => {
  table([
    // Its sentence names no period: the quarter before the one reported.
    ['Sales rose 9% in the second quarter. The group expects third-quarter sales of $2 billion. Subscribers rose 12% from the prior quarter.', '2025-07-20', [
      ['second quarter', 21, 35, '2025-04-01', '2025-06-30'], ['third-quarter', 55, 68, '2025-07-01', '2025-09-30'], ['prior quarter', 120, 133, '2025-01-01', '2025-03-31']]],
    // In the forecast's own sentence: the quarter before the one forecast.
    ['Sales rose 9% in the second quarter. The group expects third-quarter sales of $2 billion, up 5% from the prior quarter.', '2025-07-20', [
      ['second quarter', 21, 35, '2025-04-01', '2025-06-30'], ['third-quarter', 55, 68, '2025-07-01', '2025-09-30'], ['prior quarter', 105, 118, '2025-04-01', '2025-06-30']]],
    // "the previous year" alike, after a fiscal year reported and the one running.
    ['For the fiscal year ended March 31, revenue rose 6%. It expects sales to halve in the current year. Net profit was 90 billion yen, against 70 billion yen in the previous year.', '2025-05-13', [
      ['fiscal year ended March 31', 8, 34, '2024-04-01', '2025-03-31'], ['current year', 86, 98, '2025-04-01', '2026-03-31'], ['previous year', 161, 174, '2023-04-01', '2024-03-31']]],
  ]);
});
