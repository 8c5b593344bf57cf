import { describe } from 'vitest';
import { spannedTable } from './helpers';

/** Pay, tax and household-bill phrasings (written for this project). */
describe('personal finance', () => {
  // A tax year written across two years is the British one: 6 April to 5 April.
  describe('split tax years', () => spannedTable([
    ['Allowances are frozen for the 2026-27 tax year.', '2026-06-01', [['2026-27 tax year', 30, 46, '2026-04-06', '2027-04-05']]],
    ['Her refund covers tax year 2023/24 only.', '2026-06-01', [['tax year 2023/24', 18, 34, '2023-04-06', '2024-04-05']]],
    ['The 2019/2020 tax year was a short one.', '2026-06-01', [['2019/2020 tax year', 4, 22, '2019-04-06', '2020-04-05']]],
    // A calendar year's tax year, and a split year without "tax year", keep their readings.
    ['Filers owe more for tax year 2025.', '2026-06-01', [['2025', 29, 33, '2025-01-01', '2025-12-31']]],
    ['Receipts rose in 2024-25 as tax bands froze.', '2026-06-01', [['2024-25', 17, 24, '2024-01-01', '2025-12-31']]],
  ]));
  // A fiscal year written across two years starts in July in a text about a country whose
  // financial year runs July to June, else in April.
  describe('July fiscal years', () => spannedTable([
    ['PERTH: Australian home sales fell in the 2024-25 financial year.', '2026-06-01', [['2024-25 financial year', 41, 63, '2024-07-01', '2025-06-30']]],
    ["Pakistan's budget for fiscal 2026/27 raises spending.", '2026-06-01', [['fiscal 2026/27', 22, 36, '2026-07-01', '2027-06-30']]],
    ['Britain borrowed less in the 2024-25 financial year.', '2026-06-01', [['2024-25 financial year', 29, 51, '2024-04-01', '2025-03-31']]],
  ]));
  // "a year before tax": a pay rate gross of tax, no period.
  describe('gross of tax', () => spannedTable([
    ['The post pays £41,000 a year before tax.', '2026-06-01', []],
    ['Drivers earn $70,000 a year before bonuses and overtime.', '2026-06-01', []],
    ['Profit was £4m, against £3m a year before.', '2026-06-01', [['a year before', 28, 41, '2025-06-01', '2025-06-01']]],
  ]));
  // "APR" in capitals with no cue is an acronym (annual percentage rate); other months in capitals stay months.
  describe('APR', () => spannedTable([
    // (A shipment window is the coming one, as "for April shipment" is.)
    ['Traders sold 20,000 tonnes for OCT/NOV shipment.', '2026-06-01', [['OCT/NOV', 31, 38, '2026-10-01', '2026-11-30']]],
    ['Arrivals for OCT were higher.', '2026-06-01', [['OCT', 13, 16, '2025-10-01', '2025-10-31']]],
    ['Loans for APR delivery rose.', '2026-06-01', [['APR', 10, 13, '2026-04-01', '2026-04-30']]],
    ['The typical APR on store cards is 29.9%.', '2026-06-01', []],
    ['Card APR rose again, the regulator said.', '2026-06-01', []],
    ['Deliveries resume in APR, the mill said.', '2026-06-01', [['APR', 21, 24, '2026-04-01', '2026-04-30']]],
    ['Open interest: JUL 936 off 39, AUG 213 up 104.', '2026-06-01', [['JUL', 15, 18, '2025-07-01', '2025-07-31'], ['AUG', 31, 34, '2025-08-01', '2025-08-31']]],
    ['Shipments: MAR, APR and MAY.', '2026-06-01', [['MAR', 11, 14, '2026-03-01', '2026-03-31'], ['APR', 16, 19, '2026-04-01', '2026-04-30'], ['MAY', 24, 27, '2026-05-01', '2026-05-31']]],
  ]));
  // A period after "since" that dates a record is no antecedent of "a year earlier".
  describe('records', () => spannedTable([
    ['Vacancies fell in July, the fewest since March 2021, and were 9% below a year earlier.', '2026-09-01',
      [['July', 18, 22, '2026-07-01', '2026-07-31'], ['March 2021', 41, 51, '2021-03-01', '2021-03-31'], ['a year earlier', 71, 85, '2025-07-01', '2025-07-31']]],
    // Unless the sentence goes on about that period: "since May 2024, when ...".
    ['Exports grew in June, the first rise since May 2024, when they were 3% up on a year earlier.', '2026-09-01',
      [['June', 16, 20, '2026-06-01', '2026-06-30'], ['May 2024', 43, 51, '2024-05-01', '2024-05-31'], ['a year earlier', 77, 91, '2023-05-01', '2023-05-31']]],
  ]));
});
