/**
 * Quarters and halves named by an ordinal (src/recognise/period/quarter.ts). Sentences
 * written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('an ordinal that counts quarters, or a rate step, is not a period', () => {
  table([
    ['Margins widened for the third quarter in a row.', '2022-05-01', []],
    ['Deliveries slipped for the second half in succession.', '2022-05-01', []],
    ['Bookings fell in the fourth quarter running.', '2022-05-01', []],
    ['Bookings fell for the fourth quarter running, the firm said.', '2022-05-01', []],
    ['Losses narrowed for a fifth straight quarter.', '2022-05-01', []],
    ['It was the second consecutive quarter of growth.', '2022-05-01', []],
    ['The bank made its first quarter-point hike in 2019.', '2022-05-01', [['2019', 46, 50, '2019-01-01', '2019-12-31']]],
    ['A second half-percentage-point rise followed.', '2022-05-01', []],
  ]);
});

describe('an ordinal quarter or half with "fiscal" between, and an end in a relative clause', () => {
  table([
    ['Orders picked up in the third fiscal quarter.', '2022-11-01', [['third fiscal quarter', 24, 44, '2022-07-01', '2022-09-30']]],
    ['Its first fiscal quarter of 2021 was weak.', '2022-11-01', [['first fiscal quarter of 2021', 4, 32, '2021-01-01', '2021-03-31']]],
    ['Cash fell in the second fiscal half of 2021.', '2022-11-01', [['second fiscal half of 2021', 17, 43, '2021-07-01', '2021-12-31']]],
    ['The sale closes in its fourth fiscal quarter ending May 31, 2022.', '2022-11-01', [['fourth fiscal quarter ending May 31, 2022', 23, 64, '2022-03-01', '2022-05-31']]],
    ['A gain comes in the third fiscal-quarter of 2021.', '2022-11-01', [['third fiscal-quarter of 2021', 20, 48, '2021-07-01', '2021-09-30']]],
    ['Earnings in the first quarter which ended March 31, 2022 rose.', '2022-11-01', [['first quarter which ended March 31, 2022', 16, 56, '2022-01-01', '2022-03-31']]],
    // After a comma the clause is an aside: no end of the quarter.
    ['Its second fiscal quarter, that ends on June 30, 2023, looks slow.', '2022-11-01', [['second fiscal quarter', 4, 25, '2022-04-01', '2022-06-30'], ['June 30, 2023', 40, 53, '2023-06-30', '2023-06-30']]],
  ]);
});

describe('a quarter "ending" a year-less day: the coming end unless it is at most three months back; "ended" keeps the past one', () => {
  table([
    ['The firm sees a loss for the second quarter ending June 30.', '2022-05-10', [['second quarter ending June 30', 29, 58, '2022-04-01', '2022-06-30']]],
    ['It books the gain in its third quarter ending July 31.', '2022-03-02', [['third quarter ending July 31', 25, 53, '2022-05-01', '2022-07-31']]],
    ['Sales in the fiscal third quarter which ends March 31 look soft.', '2022-03-02', [['fiscal third quarter which ends March 31', 13, 53, '2022-01-01', '2022-03-31']]],
    ['The firm earned $4 in the quarter ended June 30.', '2022-05-10', [['quarter ended June 30', 26, 47, '2021-04-01', '2021-06-30']]],
    ['Results for the first quarter ending December 31 were flat.', '2022-02-10', [['first quarter ending December 31', 16, 48, '2021-10-01', '2021-12-31']]],
    // The end in a relative clause set off by a comma.
    ['Profit for its fiscal second quarter, which ended Aug. 3, rose.', '2024-09-12', [['fiscal second quarter, which ended Aug. 3', 15, 56, '2024-05-05', '2024-08-03']]],
    ['Orders in the third quarter, which ends Oct. 31, look firm.', '2024-09-12', [['third quarter, which ends Oct. 31', 14, 47, '2024-08-01', '2024-10-31']]],
  ]);
});

describe('the same words still date a quarter', () => {
  table([
    // "running" before a noun is an adjective.
    ['Third quarter running costs rose.', '2022-11-01', [['Third quarter', 0, 13, '2022-07-01', '2022-09-30']]],
    ['Stores opened in the first quarter in a handful of towns.', '2022-05-01', [['first quarter', 21, 34, '2022-01-01', '2022-03-31']]],
    ['The second quarter point of view was bleak.', '2022-08-01', [['second quarter', 4, 18, '2022-04-01', '2022-06-30']]],
  ]);
});

describe('a year-less end after a quarter with a year takes the year the label implies', () => {
  table([
    ['Its fiscal 2021 first quarter to end June 30 looks weak.', '2020-05-01', [['fiscal 2021 first quarter to end June 30', 4, 44, '2020-04-01', '2020-06-30']]],
    ['The third quarter of 2019 ended September 28 was strong.', '2021-01-01', [['third quarter of 2019 ended September 28', 4, 44, '2019-06-30', '2019-09-28']]],
    ['Sales in the fourth quarter to end March 31, 2021 rose.', '2021-05-01', [['fourth quarter to end March 31, 2021', 13, 49, '2021-01-01', '2021-03-31']]],
  ]);
});

describe('a range of quarters or halves shares the year one end states', () => {
  table([
    ['Orders rose in Q1-Q3 1986.', '1987-03-10', [['Q1-Q3 1986', 15, 25, '1986-01-01', '1986-09-30']]],
    ['Orders rose from Q2 to Q4 2019.', '2024-03-10', [['from Q2 to Q4 2019', 12, 30, '2019-04-01', '2019-12-31']]],
    // The start falls in the year before when its quarter comes later.
    ['Winter demand peaks in Q4-Q1 2024.', '2024-06-01', [['Q4-Q1 2024', 23, 33, '2023-10-01', '2024-03-31']]],
    ['Capex runs from H2 2022 to H1.', '2024-06-01', [['from H2 2022 to H1', 11, 29, '2022-07-01', '2023-06-30']]],
  ]);
});

describe('a quarter named by the month it ends ("the Sep-24 quarter")', () => {
  table([
    ['Results for the Sep-24 quarter beat estimates.', '2024-11-01', [['Sep-24 quarter', 16, 30, '2024-07-01', '2024-09-30']]],
    ["In the Dec'23 quarter sales rose.", '2024-02-01', [["Dec'23 quarter", 7, 21, '2023-10-01', '2023-12-31']]],
    // Without "quarter" it stays a day.
    ['On Sep-24 the board met.', '2024-11-01', [['Sep-24', 3, 9, '2024-09-24', '2024-09-24']]],
  ]);
});

describe('letters of a fiscal quarter, and a bare half before results', () => {
  table([
    ['Contoso (CTSO) FQ3 2024 EPS $0.45', '2024-11-01', [['FQ3 2024', 15, 23, '2024-07-01', '2024-09-30']]],
    ['Nakatomi 1H net profit rose 15%.', '2024-08-01', [['1H', 9, 11, '2024-01-01', '2024-06-30']]],
    ['Our 2H margin was 12.1%.', '2024-11-01', [['2H', 4, 6, '2024-07-01', '2024-12-31']]],
    // Hours, not a half.
    ['The shop opens 1H before the market.', '2024-08-01', []],
  ]);
});

describe('"the final quarter" without a year is the fourth, of the year around it', () => {
  table([
    ['Sales growth picked up to 4.1% in the final quarter.', '2027-02-20', [['final quarter', 38, 51, '2026-10-01', '2026-12-31']]],
    ['Sales growth picked up in the final quarter of 2025.', '2027-02-20', [['final quarter of 2025', 30, 51, '2025-10-01', '2025-12-31']]],
    // "last quarter" alone is the one before this.
    ['Sales growth picked up last quarter.', '2027-02-20', [['last quarter', 23, 35, '2026-10-01', '2026-12-31']]],
    // A game's final quarter is no period.
    ['He scored 12 points in the final quarter.', '2027-02-20', []],
  ]);
});
