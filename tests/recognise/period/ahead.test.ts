import { describe } from 'vitest';
import { spannedTable } from './helpers';

// Deal timetables: a period without its year that its clause tells as still to come is the
// coming one, not FORMAT.md's latest one started (which is for what is reported as done).
describe('a day, month, quarter or half without its year, told as still to come', () => {
  spannedTable([
    ['The merger is expected to complete by the end of the third quarter.', '2025-02-11', [['third quarter', 53, 66, '2025-07-01', '2025-09-30']]],
    ['Completion is expected in the fourth quarter, pending antitrust review.', '2025-05-20', [['fourth quarter', 30, 44, '2025-10-01', '2025-12-31']]],
    ['Shares in the new company are due to start trading on September 3.', '2025-08-28', [['September 3', 54, 65, '2025-09-03', '2025-09-03']]],
    ['The rival bidder has until 14 December to put forward a firm offer.', '2025-11-02', [['14 December', 27, 38, '2025-12-14', '2025-12-14']]],
    ['Holders may tender into an exchange offer expiring on June 20.', '2025-05-30', [['June 20', 54, 61, '2025-06-20', '2025-06-20']]],
    ['The coupon is due on October 1, the trustee noted.', '2025-07-14', [['October 1', 21, 30, '2025-10-01', '2025-10-01']]],
    // A quarter still under way is this year's; one long past is next year's.
    ['The sale will close in the first quarter, the buyer said.', '2025-03-04', [['first quarter', 27, 40, '2025-01-01', '2025-03-31']]],
    ['The sale will close in the first quarter, the buyer said.', '2025-09-04', [['first quarter', 27, 40, '2026-01-01', '2026-03-31']]],
    // A range of days: both ends are the coming ones.
    ['The tender is set to run from July 7 to August 1.', '2025-06-02', [['from July 7 to August 1', 25, 48, '2025-07-07', '2025-08-01']]],
    // A verb of expectation with its object before "to".
    ['The board expects ore grades to improve in the second half, the miner said.', '2025-04-10', [['second half', 47, 58, '2025-07-01', '2025-12-31']]],
    ['Analysts expect the refinery to restart in the fourth quarter.', '2025-06-15', [['fourth quarter', 47, 61, '2025-10-01', '2025-12-31']]],
  ]);
});

describe('a deadline after "by" under a modal, and days of a month to come', () => {
  spannedTable([
    // "must", "should", "could" govern a deadline as "will" does; a passive after "be" is no past.
    ['The rights must be exercised by June 22, the prospectus said.', '2025-03-24', [['June 22', 32, 39, '2025-06-22', '2025-06-22']]],
    ['The buyer said the purchase should be completed by September 30.', '2025-03-31', [['September 30', 51, 63, '2025-09-30', '2025-09-30']]],
    ['Bankers hope a creditors meeting could be held by May 14.', '2025-03-30', [['May 14', 50, 56, '2025-05-14', '2025-05-14']]],
    ['Talks on the new contract must be concluded by October, the union warned.', '2025-03-24', [['October', 47, 54, '2025-10-01', '2025-10-31']]],
    // Half of a month still to come is the coming month's.
    ['The company expects the shares to be listed in the second half of July.', '2025-06-18', [['second half of July', 51, 70, '2025-07-16', '2025-07-31']]],
    // "had been repaid": a past perfect keeps the year rule.
    ['The bank said the loan had been repaid by June 30.', '2025-03-24', [['June 30', 42, 49, '2024-06-30', '2024-06-30']]],
    // A modal before "have" or "not", or an irregular past met first, tells of what did not happen or happened.
    ['The company should have sold the stake by March 31, but it did not.', '2025-11-20', [['March 31', 42, 50, '2025-03-31', '2025-03-31']]],
    ['The company could not repay the loan by June 30, its lenders said.', '2025-11-20', [['June 30', 40, 47, '2025-06-30', '2025-06-30']]],
    ['He said the firm could not say whether the board met by June 30.', '2025-11-20', [['June 30', 56, 63, '2025-06-30', '2025-06-30']]],
    ['The bank, which could not find a buyer, sold the unit by March 31.', '2025-11-20', [['March 31', 57, 65, '2025-03-31', '2025-03-31']]],
    // A weekday of a year-less month told as to come.
    ['The company will report on the third Monday of March.', '2025-11-20', [['third Monday of March', 31, 52, '2026-03-16', '2026-03-16']]],
  ]);
});

describe('a futures or cargo month is the coming one', () => {
  spannedTable([
    ['Arabica for December delivery gained 2 cents on the day.', '2025-08-20', [['December', 12, 20, '2025-12-01', '2025-12-31']]],
    ['Traders bought 400 June calls and 120 June puts.', '2025-04-07', [['June', 19, 23, '2025-06-01', '2025-06-30'], ['June', 38, 42, '2025-06-01', '2025-06-30']]],
    ['Taiwan bought soybeans for May 15-30 shipment.', '2026-03-03', [['May 15-30', 27, 36, '2026-05-15', '2026-05-30']]],
    // (A window under way is the one meant.)
    ['The premium was above that for the November to April shipment.', '2026-03-02', [['November to April', 35, 52, '2025-11-01', '2026-04-30']]],
    ['Traders sold the November contract ahead of the harvest.', '2025-09-01', [['November', 17, 25, '2025-11-01', '2025-11-30']]],
    ['Cargoes for March loading were offered at a discount.', '2026-01-20', [['March', 12, 17, '2026-03-01', '2026-03-31']]],
  ]);
});

describe('what is not told as to come keeps the year rule', () => {
  spannedTable([
    // Reported as done, or a deadline just past (at most three months back).
    ['The deal closed in the third quarter.', '2025-02-11', [['third quarter', 23, 36, '2024-07-01', '2024-09-30']]],
    ['Waivers that were scheduled to expire February 27 have been extended.', '2025-03-06', [['February 27', 38, 49, '2025-02-27', '2025-02-27']]],
    // "than expected": a comparison, no schedule.
    ['Sales in the second quarter were weaker than expected in July.', '2025-03-10', [['second quarter', 13, 27, '2024-04-01', '2024-06-30'], ['July', 57, 61, '2024-07-01', '2024-07-31']]],
    // An expectation told as past, and a period a forecast is compared with.
    ['The utility had expected demand to peak in the third quarter.', '2025-02-11', [['third quarter', 47, 60, '2024-07-01', '2024-09-30']]],
    ['We expect margins to be better than in the fourth quarter.', '2025-03-10', [['fourth quarter', 43, 57, '2024-10-01', '2024-12-31']]],
    // A year written keeps it.
    ['The deal is expected to close in the second quarter of 2026.', '2025-03-10', [['second quarter of 2026', 37, 59, '2026-04-01', '2026-06-30']]],
  ]);
});

// A period given by its length and a yearless end ("the year to February 28") is as yearless as
// its end: told as still to come, the coming one; reported, or "ended", the latest.
describe('a period to a day without its year, told as still to come', () => {
  spannedTable([
    ['The grocer now expects pretax profit of about £400 million for the year to February 28.', '2025-11-12', [['year to February 28', 67, 86, '2025-03-01', '2026-02-28']]],
    ['The chain said it would earn $90m to $95m in the 26 weeks to July 31.', '2025-03-03', [['26 weeks to July 31', 49, 68, '2025-01-31', '2025-07-31']]],
    ['Sales rose 3% in the year to February 28, the chain said.', '2025-11-12', [['year to February 28', 21, 40, '2024-03-01', '2025-02-28']]],
    ['Its auditor intends to qualify its report on the year ended January 31.', '2025-06-18', [['year ended January 31', 49, 70, '2024-02-01', '2025-01-31']]],
  ]);
});
