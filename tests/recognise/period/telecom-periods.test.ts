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
