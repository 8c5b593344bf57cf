/**
 * Periods given by their length and end, or by their place in a year
 * (src/recognise/period/months-ended.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { periods, spanned, spannedTable as table } from './helpers';

describe('a period "ending" a year-less day: the coming end unless it is at most three months back', () => {
  table([
    ['The group sees a loss for the year ending June 30.', '2022-03-15', [['year ending June 30', 30, 49, '2021-07-01', '2022-06-30']]],
    ['Output will rise in the fiscal year ending March 31.', '2022-01-20', [['fiscal year ending March 31', 24, 51, '2021-04-01', '2022-03-31']]],
    ['Mills will run hard in the six months ending September 30.', '2022-05-02', [['six months ending September 30', 27, 57, '2022-04-01', '2022-09-30']]],
    ['Loadings rose in the week ending March 25.', '2022-03-22', [['week ending March 25', 21, 41, '2022-03-19', '2022-03-25']]],
    ['The chain earned $4 million in the year ended June 30.', '2022-03-15', [['year ended June 30', 35, 53, '2020-07-01', '2021-06-30']]],
    ['Stocks were lower in the week ending March 4.', '2022-03-22', [['week ending March 4', 25, 44, '2022-02-26', '2022-03-04']]],
    ['It moved to a calendar year from a year ending July 31.', '2022-03-15', [['year ending July 31', 35, 54, '2020-08-01', '2021-07-31']]],
  ]);
});

describe('a restrictive "that" or "which" between the unit and "ended" (readUnitEnded, readCountEnded)', () => {
  table([
    ['Premiums grew 5% in the year that ended on March 31.', '2025-05-20', [['year that ended on March 31', 24, 51, '2024-04-01', '2025-03-31']]],
    ['Claims eased over the six months which ended June 30.', '2024-08-10', [['six months which ended June 30', 22, 52, '2024-01-01', '2024-06-30']]],
    // ("ended" as a verb of its own: no end date after it.)
    ['It was the year that ended his run as chief in 2019.', '2024-08-10', [['2019', 47, 51, '2019-01-01', '2019-12-31']]],
  ]);
});

describe('years to a written year', () => {
  table([
    ['Returns averaged 9% in the five years to 2020.', '2021-06-15', [['five years to 2020', 27, 45, '2016-01-01', '2020-12-31']]],
    ['Growth for the three years through 2019 was slow.', '2021-06-15', [['three years through 2019', 15, 39, '2017-01-01', '2019-12-31']]],
    ['Output may double over the ten-year period to 2030.', '2021-06-15', [['ten-year period to 2030', 27, 50, '2021-01-01', '2030-12-31']]],
    ['The rise was delayed two years to 2024.', '2021-06-15', [['2024', 34, 38, '2024-01-01', '2024-12-31']]],
  ]);
});

describe('a half-year ended or to a date is six months, not a year', () => {
  table([
    ['Net income for the half-year ended 31 December 2021 dipped.', '2022-02-20', [['half-year ended 31 December 2021', 19, 51, '2021-07-01', '2021-12-31']]],
    ['Dividends for the half-year to June 30 were held.', '2022-08-20', [['half-year to June 30', 18, 38, '2022-01-01', '2022-06-30']]],
    ['Cash flow in the half year to 30 September 2020 improved.', '2020-11-10', [['half year to 30 September 2020', 17, 47, '2020-04-01', '2020-09-30']]],
    ['The half-year ended March 2019 was soft.', '2019-05-01', [['half-year ended March 2019', 4, 30, '2018-10-01', '2019-03-31']]],
    // "the half" alone, as British results write it.
    ['Profit for the half to March 31 rose.', '2024-05-20', [['half to March 31', 15, 31, '2023-10-01', '2024-03-31']]],
    ['Net income in the half ended Dec 31 doubled.', '2024-02-20', [['half ended Dec 31', 18, 35, '2023-07-01', '2023-12-31']]],
    ['Exports fell by half to March levels.', '2024-05-20', [['March', 24, 29, '2024-03-01', '2024-03-31']]],
    // "first half-year": the half, with its "-year".
    ['Costs in the first half-year ended June 30 fell.', '2021-08-01', [['first half-year ended June 30', 13, 42, '2021-01-01', '2021-06-30']]],
    ['Volumes in the second half year of 2019 grew.', '2020-03-01', [['second half year of 2019', 15, 39, '2019-07-01', '2019-12-31']]],
  ]);
  it('is nothing without an end', () => {
    expect(periods('The half-year results were firm.', '2021-08-01')).toEqual([]);
  });
  it('keeps "year-on-year" out of a half', () => {
    expect(periods('It posted first-half year-on-year growth.', '2021-08-01').map(spanned)).toEqual([['first-half', 10, 20, '2021-01-01', '2021-06-30']]);
  });
});

describe('the last N months of a year mirror the first N months', () => {
  table([
    ['Shipments in the last three months of 2021 slowed.', '2022-05-01', [['last three months of 2021', 17, 42, '2021-10-01', '2021-12-31']]],
    ['Growth picked up in the final two quarters of 2019.', '2020-02-01', [['final two quarters of 2019', 24, 50, '2019-07-01', '2019-12-31']]],
    ['Prices firmed in the last four months of last year.', '2022-03-01', [['last four months of last year', 21, 50, '2021-09-01', '2021-12-31']]],
    ['Hiring slowed over the last six months of the year.', '2022-09-15', [['last six months of the year', 23, 50, '2022-07-01', '2022-12-31']]],
    // Without a year after "of": a duration, or the months before today.
    ['The last three months of talks went nowhere.', '2022-05-01', []],
    ['Rents rose over the last three months.', '2022-05-10', [['last three months', 20, 37, '2022-02-01', '2022-04-30']]],
  ]);
});

describe('an end written as "end-June" or "the end of June"', () => {
  table([
    ['Deposits grew 4% in the year to end-June.', '2021-08-15', [['year to end-June', 24, 40, '2020-07-01', '2021-06-30']]],
    ['Turnover in the quarter to end-March rose.', '2021-05-01', [['quarter to end-March', 16, 36, '2021-01-01', '2021-03-31']]],
    ['Exports in the nine months to the end of September 2020 fell.', '2021-01-10', [['nine months to the end of September 2020', 15, 55, '2020-01-01', '2020-09-30']]],
    ['Profit in the year to end October 31, 2020 doubled.', '2021-01-10', [['year to end October 31, 2020', 14, 42, '2019-11-01', '2020-10-31']]],
    ['Its loss in the year to end-2019 narrowed.', '2020-04-01', [['year to end-2019', 16, 32, '2019-01-01', '2019-12-31']]],
    // "to end" before anything but a date is the verb.
    ['They took a year to end the dispute.', '2020-04-01', []],
    ['Talks ran from the first quarter to the end of the year.', '2020-04-01', [['first quarter', 19, 32, '2020-01-01', '2020-03-31']]],
  ]);
});

describe('a rate before "until" a date is no period', () => {
  table([
    ['The mill made 900 tonnes a month until June 30.', '2021-08-01', [['June 30', 39, 46, '2021-06-30', '2021-06-30']]],
    ['Flights run twice a week until October 3.', '2021-08-01', [['October 3', 31, 40, '2020-10-03', '2020-10-03']]],
    // A period after "a": "ending", or "in a year to".
    ['It moved to a calendar year from a year ending May 31.', '2021-08-01', [['year ending May 31', 35, 53, '2020-06-01', '2021-05-31']]],
    ['Prices rose 3% in a year to end-May.', '2021-08-01', [['year to end-May', 20, 35, '2020-06-01', '2021-05-31']]],
  ]);
});

describe('the first days of a month', () => {
  table([
    ['Sight deposits fell in the first 10 days of May to 6.1 billion.', '2021-05-14', [['first 10 days of May', 27, 47, '2021-05-01', '2021-05-10']]],
    ['Output averaged 2.4 mln bpd in the first eight days of June 1986.', '1987-01-05', [['first eight days of June 1986', 35, 64, '1986-06-01', '1986-06-08']]],
    ['Exports in the first 20 days of February rose.', '2021-03-02', [['first 20 days of February', 15, 40, '2021-02-01', '2021-02-20']]],
    // Days of something else are a duration.
    ['The first 10 days of talks went well.', '2021-05-14', []],
  ]);
});

describe('a 10-Q names its quarter "the quarterly period ended"', () => {
  table([
    ['Form 10-Q for the quarterly period ended September 30, 2023', '2023-11-02', [['quarterly period ended September 30, 2023', 18, 59, '2023-07-01', '2023-09-30']]],
    ['Results for the quarterly period ended June 30, 2024 and 2023 follow.', '2024-08-05', [
      ['quarterly period ended June 30, 2024', 16, 52, '2024-04-01', '2024-06-30'], ['2023', 57, 61, '2023-04-01', '2023-06-30']]],
    // "quarterly" before anything but "period ended" starts no period.
    ['It pays a quarterly dividend of 10 cents.', '2024-08-05', []],
  ]);
});

describe('a quarter, half or year ended a few days off a month end is counted in weeks (a 52/53-week calendar)', () => {
  table([
    // Thirteen weeks to the quarter: October 27, not October 26.
    ['Revenue at Pinecrest Micro rose 22% in the fiscal fourth quarter ended Jan. 25, 2026.', '2026-02-26', [['fiscal fourth quarter ended Jan. 25, 2026', 43, 84, '2025-10-27', '2026-01-25']]],
    ['Marsh Lane Stores earned $310 million in the year ended Sept. 27, 2025.', '2025-11-06', [['year ended Sept. 27, 2025', 45, 70, '2024-09-29', '2025-09-27']]],
    ['Sales for the nine months ended Oct. 4, 2025 were flat.', '2025-11-12', [['nine months ended Oct. 4, 2025', 14, 44, '2025-01-05', '2025-10-04']]],
    ['The 12 months ended Jan. 3, 1987 brought a loss.', '1987-03-02', [['12 months ended Jan. 3, 1987', 4, 32, '1986-01-05', '1987-01-03']]],
    ['In the first half ended Aug. 2, 2025, margins widened.', '2025-09-04', [['first half ended Aug. 2, 2025', 7, 36, '2025-02-02', '2025-08-02']]],
    // A month's end, or a close in mid-month: whole months.
    ['Profit rose in the quarter ended Jan. 31, 2026.', '2026-03-01', [['quarter ended Jan. 31, 2026', 19, 46, '2025-11-01', '2026-01-31']]],
    ['Sales fell in the quarter ended March 15, 2025, a retailer with a mid-month close said.', '2025-04-20', [['quarter ended March 15, 2025', 18, 46, '2024-12-16', '2025-03-15']]],
  ]);
});
