/**
 * Years as the heads and rows of tables flattened into text (src/recognise/period/year.ts,
 * inYearColumn) and a table head's parallel years (src/recognise/period/parallel.ts,
 * parallelYears). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { periods, spanned, spannedTable as table } from './helpers';

describe('years heading the columns of a flattened table', () => {
  table([
    ['(in thousands) 2023 2022 Change Product sales $ 41,200 $ 38,950 5.8 %', '2024-02-20', [
      ['2023', 15, 19, '2023-01-01', '2023-12-31'], ['2022', 20, 24, '2022-01-01', '2022-12-31']]],
    ['Units shipped | 2019 | 2018 | 2017 Widgets 412 388 350', '2020-03-01', [
      ['2019', 16, 20, '2019-01-01', '2019-12-31'], ['2018', 23, 27, '2018-01-01', '2018-12-31'], ['2017', 30, 34, '2017-01-01', '2017-12-31']]],
    // A schedule: each year before its amount.
    ['Minimum payments: 2024 $ 3,410 2025 3,120 2026 (2,980) 2027 2,500 Thereafter 9,870', '2024-03-01', [
      ['2024', 18, 22, '2024-01-01', '2024-12-31'], ['2025', 31, 35, '2025-01-01', '2025-12-31'],
      ['2026', 42, 46, '2026-01-01', '2026-12-31'], ['2027', 55, 59, '2027-01-01', '2027-12-31']]],
    // Two rows only: the second year is read back past the first row's "$ amount".
    ['Lease payments: 2024 $ 3,410 2025 3,120 Thereafter 9,870', '2024-03-01', [
      ['2024', 16, 20, '2024-01-01', '2024-12-31'], ['2025', 29, 33, '2025-01-01', '2025-12-31']]],
    // A dash that ends its line is an empty cell: the years on either side stay apart.
    ['Repayments due:\n2027 $ 4.0\n2028 —\n2029 12.5\nLater 30.0', '2026-02-01', [
      ['2027', 16, 20, '2027-01-01', '2027-12-31'], ['2028', 27, 31, '2028-01-01', '2028-12-31'], ['2029', 34, 38, '2029-01-01', '2029-12-31']]],
    // A last row of several years.
    ['Benefit payments: 2025 $ 7.2 2026 7.5 2027–2031 39.8', '2024-03-01', [
      ['2025', 18, 22, '2025-01-01', '2025-12-31'], ['2026', 29, 33, '2026-01-01', '2026-12-31'], ['2027–2031', 38, 47, '2027-01-01', '2031-12-31']]],
  ]);
  it.each([
    // A number beside a year with no neighbouring year stays a quantity.
    'Lot sizes were 2023 4,100 and 3,900 units.',
    'Codes 2023 2031 were retired.',
    'It printed 1998 copies and sold 1,200 of them.',
  ])('reads no column year where none is: %s', (text) => {
    expect(periods(text, '2024-03-01').map(spanned)).toEqual([]);
  });
});

describe('a table head over lines: the row of years split among the column groups above it', () => {
  table([
    ['Six Months Ended  Twelve Months Ended\n  June 30,  June 30,\n2024 2023 2024 2023\nRevenue $ 410 $ 380 $ 800 $ 760', '2024-08-01', [
      ['2024', 59, 63, '2024-01-01', '2024-06-30'], ['2023', 64, 68, '2023-01-01', '2023-06-30'],
      ['2024', 69, 73, '2023-07-01', '2024-06-30'], ['2023', 74, 78, '2022-07-01', '2023-06-30']]],
    ['Quarter Ended\nMarch 31,\n2025 2024\nNet loss $ (3.1) $ (2.7)', '2025-05-05', [
      ['2025', 24, 28, '2025-01-01', '2025-03-31'], ['2024', 29, 33, '2024-01-01', '2024-03-31']]],
    // Days alone: balance-sheet dates.
    ['Statement of position\nDecember 31, December 31,\n2024 2023\nTotal assets $ 9,120 $ 8,870', '2025-02-15', [
      ['2024', 48, 52, '2024-12-31', '2024-12-31'], ['2023', 53, 57, '2023-12-31', '2023-12-31']]],
  ]);
  it.each([
    // Years that do not split evenly, or a line that is not all days: plain years.
    ['Quarter Ended\nMarch 31, June 30,\n2025 2024 2023\nSales 1 2 3', ['March 31', 'June', '2025', '2024', '2023']],
    ['Results for March 31 were mixed\n2025 2024\nSales 1 2', ['March 31', '2025', '2024']],
  ])('keeps the years plain: %j', (text, expected) => {
    expect(periods(text, '2025-05-05').map((f) => f.text)).toEqual(expected);
  });
});

describe('a table head: a period and the bare years beside it are the same period in each year', () => {
  table([
    ['Nine Months Ended September 30, 2023 2022 Net sales $ 912.4 $ 874.0', '2023-11-02', [
      ['Nine Months Ended September 30, 2023', 0, 36, '2023-01-01', '2023-09-30'], ['2022', 37, 41, '2022-01-01', '2022-09-30']]],
    ['As of June 30, 2024 2023 Inventories $ 51,772 $ 48,019', '2024-08-06', [
      ['June 30, 2024', 6, 19, '2024-06-30', '2024-06-30'], ['2023', 20, 24, '2023-06-30', '2023-06-30']]],
    // Running text after the year: a year of its own, not a parallel one.
    ['Merged on Nov 3, 2022 2023 sales include the acquired unit.', '2024-02-01', [
      ['Nov 3, 2022', 10, 21, '2022-11-03', '2022-11-03'], ['2023', 22, 26, '2023-01-01', '2023-12-31']]],
  ]);
});
