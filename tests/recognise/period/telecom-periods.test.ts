/**
 * Periods of trade-press results stories: "the year just ended", "the 2027 financial year",
 * "since the start of the year to 35%". Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('"the year just ended", "the quarter just completed": the last whole unit', () => {
  table([
    ['Profit for the year just ended rose 4%.', '2025-02-12', [['year just ended', 15, 30, '2024-01-01', '2024-12-31']]],
    ['Sales in the quarter just completed fell.', '2025-10-08', [['quarter just completed', 13, 35, '2025-07-01', '2025-09-30']]],
    // On the text's fiscal calendar: a year to March stated first.
    ['Guidance for the fiscal year ending March 2026 was set after a record in the year just ended.', '2025-05-14',
      [['fiscal year ending March 2026', 17, 46, '2025-04-01', '2026-03-31'], ['year just ended', 77, 92, '2024-04-01', '2025-03-31']]],
  ]);
});

describe('"the 2027 financial year" is a fiscal year, on the calendar the text states', () => {
  table([
    ['Targets for the year to March 2026 stand; savings come by the 2027 financial year.', '2025-11-12',
      [['year to March 2026', 16, 34, '2025-04-01', '2026-03-31'], ['2027 financial year', 62, 81, '2026-04-01', '2027-03-31']]],
  ]);
});

describe('"since the start of the year to 35%": "to" and an amount ends the change, not the year', () => {
  table([
    ['The shares rose 2%, taking their gain since the start of the year to 35%.', '2025-10-17', [['since the start of the year', 38, 65, '2025-01-01', '2025-10-17']]],
    // "to" before a verb or a currency sign: what the change led to.
    ['Tin gained 9% since the start of the year to trade near $31,000 a tonne.', '2025-05-06', [['since the start of the year', 14, 41, '2025-01-01', '2025-05-06']]],
    ['Zinc has added 4% since the start of the year to $2,840.', '2025-05-06', [['since the start of the year', 18, 45, '2025-01-01', '2025-05-06']]],
  ]);
});

describe('a numbered quarter stated to end a few days off a month\'s end puts the other fiscal periods on its weeks', () => {
  table([
    // A networking vendor's year to the last Saturday of July: next year's first quarter is the 13 weeks after.
    ['Halvard Networks said revenue for its fiscal fourth quarter ended July 26 fell 4%, and it expects growth to resume in the first quarter of fiscal 2026.', '2025-08-13',
      [['fiscal fourth quarter ended July 26', 38, 73, '2025-04-27', '2025-07-26'], ['first quarter of fiscal 2026', 122, 150, '2025-07-27', '2025-10-25']]],
    // A chipmaker's year to the last Sunday of January: "the previous quarter" ends the day before
    // the quarter reported starts, and "the full fiscal year" ends on the same weekday.
    ['Tarnwell Semiconductor posted record sales for the third quarter of fiscal 2026, which ended October 26, up 22% from the previous quarter; for the full fiscal year it expects sales to double.', '2025-11-19',
      [['third quarter of fiscal 2026, which ended October 26', 51, 103, '2025-07-28', '2025-10-26'], ['previous quarter', 121, 137, '2025-04-28', '2025-07-27'], ['full fiscal year', 147, 163, '2025-01-27', '2026-01-25']]],
    ['Revenue at Quillon Systems rose in the second quarter ended Jan. 25 and will rise again in the third quarter, the company said.', '2026-02-20',
      [['second quarter ended Jan. 25', 39, 67, '2025-10-27', '2026-01-25'], ['third quarter', 95, 108, '2026-01-26', '2026-04-26']]],
  ]);
});
