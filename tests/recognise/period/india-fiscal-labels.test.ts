/**
 * Indian results name a quarter by its months or its last month and then the fiscal label
 * ("the October-December quarter of FY25", "the December quarter of FY25"), write the full year
 * before its label ("the full year FY25") and use "fiscal" as a noun after "previous"
 * (recognise/period/range.ts, month.ts, anaphora.ts). Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable } from './helpers';

describe('a quarter of months, then the fiscal label it falls in', () => {
  spannedTable([
    ['Mumbai: Net profit was Rs 410 crore in the October-December quarter of FY25.', '2025-02-10', [
      ['October-December quarter of FY25', 43, 75, '2024-10-01', '2024-12-31']]],
    ['Mumbai: Sales grew in the January-March quarter of FY24.', '2024-05-10', [
      ['January-March quarter of FY24', 26, 55, '2024-01-01', '2024-03-31']]],
    ['Mumbai: Orders rose in the December quarter of FY26 and the March quarter of fiscal 2025.', '2026-02-10', [
      ['December quarter of FY26', 27, 51, '2025-10-01', '2025-12-31'],
      ['March quarter of fiscal 2025', 60, 88, '2025-01-01', '2025-03-31']]],
    // April to June fall in different years on the April and July calendars: the label stays apart.
    ['Mumbai: Margins held in the April-June quarter of FY25.', '2024-08-10', [
      ['April-June quarter', 28, 46, '2024-04-01', '2024-06-30'],
      ['FY25', 50, 54, '2024-04-01', '2025-03-31']]],
  ]);
});

describe('"the full year" before a fiscal label is that year', () => {
  spannedTable([
    ['Mumbai: For the full year FY25, profit fell 6% to Rs 583 crore.', '2025-05-14', [
      ['FY25', 26, 30, '2024-04-01', '2025-03-31']]],
    ['Mumbai: Revenue for the full year of FY24 was Rs 90 crore.', '2024-05-14', [
      ['FY24', 37, 41, '2023-04-01', '2024-03-31']]],
  ]);
});

describe('"the previous fiscal": the fiscal year before', () => {
  spannedTable([
    ['Mumbai: EBITDA was Rs 13,237 crore in FY24, up 32 per cent from the previous fiscal.', '2024-10-28', [
      ['FY24', 38, 42, '2023-04-01', '2024-03-31'],
      ['previous fiscal', 68, 83, '2022-04-01', '2023-03-31']]],
    // Not the adjective of another noun.
    ['Mumbai: Costs rose Rs 12 crore from the previous fiscal quarter.', '2024-10-28', []],
  ]);
});

describe('a part of "the current fiscal", "this fiscal", "last fiscal" or "the current financial year"', () => {
  spannedTable([
    ['Mumbai: Sales grew in the first half of the current fiscal and the Q1 of this fiscal.', '2024-11-09', [
      ['first half of the current fiscal', 26, 58, '2024-04-01', '2024-09-30'],
      ['Q1 of this fiscal', 67, 84, '2024-04-01', '2024-06-30']]],
    ['Mumbai: Margins fell in the third quarter of last fiscal, and in the first half of the current financial year.', '2024-11-09', [
      ['third quarter of last fiscal', 28, 56, '2023-10-01', '2023-12-31'],
      ['first half of the current financial year', 69, 109, '2024-04-01', '2024-09-30']]],
  ]);
});

describe('"the full year" after a part read on the fiscal calendar is that fiscal year', () => {
  spannedTable([
    ['Mumbai: Profit rose in the first half of FY25. For the full year, it expects Rs 900 crore.', '2024-11-09', [
      ['first half of FY25', 27, 45, '2024-04-01', '2024-09-30'],
      ['full year', 55, 64, '2024-04-01', '2025-03-31']]],
    // On the calendar year, the calendar year.
    ['Profit rose in the first half of 2024. For the full year, it expects $9 million.', '2024-11-09', [
      ['first half of 2024', 19, 37, '2024-01-01', '2024-06-30'],
      ['full year', 47, 56, '2024-01-01', '2024-12-31']]],
  ]);
});
