/**
 * Household-finance periods: a tax year bounded by its stated first or last day
 * (recognise/period/fiscal.ts readTaxYearBound), and a day or month that opens its sentence
 * after a word of a start whose clause goes on in the future (relative.ts openedToCome), a tax
 * year named relative to the reference date (relative.ts, read.ts relativeTaxYear), and a
 * schedule told in the present ("takes effect in January", relative.ts futureBefore).
 * Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable } from './helpers';

describe('tax years by their first or last day', () => spannedTable([
  ['The ISA allowance stays at £20,000 for the tax year starting 6 April.', '2025-01-22', [['tax year starting 6 April', 43, 68, '2025-04-06', '2026-04-05']]],
  ['Relief is cut in the tax year beginning on April 6, 2026.', '2025-01-22', [['tax year beginning on April 6, 2026', 21, 56, '2026-04-06', '2027-04-05']]],
  ['The tax year that begins on 6 April brings a new threshold.', '2025-01-22', [['tax year that begins on 6 April', 4, 35, '2025-04-06', '2026-04-05']]],
  // Calendar months to a day early in April, no retailer's 52 weeks.
  ['The freeze applies in the tax year ending 5 April 2026.', '2025-01-22', [['tax year ending 5 April 2026', 26, 54, '2025-04-06', '2026-04-05']]],
  ['Receipts rose in the tax year ended 5 April 2024.', '2025-01-22', [['tax year ended 5 April 2024', 21, 48, '2023-04-06', '2024-04-05']]],
  // Without its year: "to" or "ending" is the year running; "ended" the latest past.
  ['Use the allowance in the tax year to 5 April.', '2025-01-22', [['tax year to 5 April', 25, 44, '2024-04-06', '2025-04-05']]],
  ['Gains made in the tax year ended 5 April are taxed now.', '2025-01-22', [['tax year ended 5 April', 18, 40, '2023-04-06', '2024-04-05']]],
  // Not: a past verb states a day; a split tax year and "tax year 2025" keep their readings.
  ['The tax year began on April 6.', '2025-01-22', [['April 6', 22, 29, '2024-04-06', '2024-04-06']]],
  ['Bands are frozen for the 2025-26 tax year.', '2025-01-22', [['2025-26 tax year', 25, 41, '2025-04-06', '2026-04-05']]],
  ['Filers owe more for tax year 2025.', '2025-06-01', [['2025', 29, 33, '2025-01-01', '2025-12-31']]],
  ['The fiscal year starting April 1 brings cuts.', '2025-01-22', [['fiscal year starting April 1', 4, 32, '2025-04-01', '2026-03-31']]],
]));

describe('a date that opens its sentence and a clause in the future', () => spannedTable([
  ['Starting January 1, the statewide minimum wage will rise to $16.90 an hour.', '2025-06-12', [['January 1', 9, 18, '2026-01-01', '2026-01-01']]],
  ['From October, the cap will fall to £1,690 a year.', '2025-06-12', [['October', 5, 12, '2025-10-01', '2025-10-31']]],
  ['Beginning July 1, tenants will pay 3% more.', '2025-12-12', [['July 1', 10, 16, '2026-07-01', '2026-07-01']]],
  ['Effective March 1, the state\'s fee will be $25.', '2025-06-12', [['March 1', 10, 17, '2026-03-01', '2026-03-01']]],
  ['Starting in September, fares will rise by 5%.', '2025-06-12', [['September', 12, 21, '2025-09-01', '2025-09-30']]],
  // Not: the clause told in the past, a date not opening its sentence, or a clause past another mark.
  ['From April, prices rose sharply.', '2025-06-12', [['April', 5, 10, '2025-04-01', '2025-04-30']]],
  ['Starting March 1, rents rose; they will rise again.', '2025-06-12', [['March 1', 9, 16, '2025-03-01', '2025-03-01']]],
  ['Prices fell from April, and they will fall again.', '2025-06-12', [['April', 17, 22, '2025-04-01', '2025-04-30']]],
]));

describe('tax years relative to the reference date', () => spannedTable([
  ['The allowance rises next tax year.', '2025-10-16', [['next tax year', 20, 33, '2026-04-06', '2027-04-05']]],
  ['Use it before the end of this tax year.', '2025-10-16', [['this tax year', 25, 38, '2025-04-06', '2026-04-05']]],
  ['In the current tax year, receipts are up.', '2026-02-10', [['current tax year', 7, 23, '2025-04-06', '2026-04-05']]],
  ['Last tax year the revenue collected £50bn.', '2025-04-05', [['Last tax year', 0, 13, '2023-04-06', '2024-04-05']]],
  // Not: "the previous tax year" refers back; one bounded after it is the fiscal rule's.
  ['The previous tax year was worse.', '2025-10-16', []],
  ['This tax year ending 5 April is the last.', '2025-10-16', [['tax year ending 5 April', 5, 28, '2025-04-06', '2026-04-05']]],
]));

describe('a schedule told in the present', () => spannedTable([
  ['The increase takes effect in January.', '2025-10-16', [['January', 29, 36, '2026-01-01', '2026-01-31']]],
  ['The rules come into force on 1 April.', '2025-10-16', [['1 April', 29, 36, '2026-04-01', '2026-04-01']]],
  // Not: told in the past.
  ['Since the rule took effect in January, costs rose.', '2025-10-16', [['January', 30, 37, '2025-01-01', '2025-01-31']]],
]));
