import { describe, expect, it } from 'vitest';
import { brief, periods } from './helpers';

type Case = [text: string, ref: string, expected: Array<[string, string, string, string]>];

const cases: Case[] = [
  // the last or final quarter/half of a stated year
  ['Growth stalled in the last quarter of 2019.', '2020-05-15', [['last quarter of 2019', '2019-10-01', '2019-12-31', 'quarter']]],
  ['Demand peaked in the final quarter of last year.', '2020-05-15', [['final quarter of last year', '2019-10-01', '2019-12-31', 'quarter']]],
  ['Revenues fell in the last half of 2018.', '2020-05-15', [['last half of 2018', '2018-07-01', '2018-12-31', 'half']]],
  ['Orders rose last quarter.', '2020-05-15', [['last quarter', '2020-01-01', '2020-03-31', 'quarter']]],
  // split years, two years back, to-date periods
  ['The 2019/2020 season was dry.', '2021-05-15', [['2019/2020', '2019-01-01', '2020-12-31', 'custom']]],
  ['Prices were lower the year before last.', '2020-05-15', [['year before last', '2018-01-01', '2018-12-31', 'year']]],
  ['Sales month-to-date rose.', '2020-05-15', [['month-to-date', '2020-05-01', '2020-05-15', 'custom']]],
  ['QTD revenue was flat.', '2020-05-15', [['QTD', '2020-04-01', '2020-05-15', 'custom']]],
  // decades with an apostrophe; a year's possessive stays the year
  ["Steel mills closed in the late 1970's and early 1980's.", '2000-05-01', [['1970\'s', '1970-01-01', '1979-12-31', 'custom'], ['1980\'s', '1980-01-01', '1989-12-31', 'custom']]],
  ['Fashion looked back to the \'60s and ’90s.', '2000-05-01', [['\'60s', '1960-01-01', '1969-12-31', 'custom'], ['’90s', '1990-01-01', '1999-12-31', 'custom']]],
  ['Output topped 1990\'s record.', '2000-05-01', [['1990', '1990-01-01', '1990-12-31', 'year']]],
  ['Bids were in the 70s.', '2000-05-01', []],
  // years
  ['Revenue doubled in 1995 and again in 1998.', '2000-05-01', [['1995', '1995-01-01', '1995-12-31', 'year'], ['1998', '1998-01-01', '1998-12-31', 'year']]],
  // quarters
  ['The company lost money in Q2 2021.', '2022-01-10', [['Q2 2021', '2021-04-01', '2021-06-30', 'quarter']]],
  ['Margins improved in the third quarter of 2020.', '2021-01-10', [['third quarter of 2020', '2020-07-01', '2020-09-30', 'quarter']]],
  ['Shipments rose in 3Q21.', '2022-01-10', [['3Q21', '2021-07-01', '2021-09-30', 'quarter']]],
  ['Orders fell in Q4.', '2022-03-01', [['Q4', '2021-10-01', '2021-12-31', 'quarter']]],
  // halves
  ['Profit in 2H22 beat forecasts.', '2023-03-01', [['2H22', '2022-07-01', '2022-12-31', 'half']]],
  ['Sales in the second half of 2019 slowed.', '2020-03-01', [['second half of 2019', '2019-07-01', '2019-12-31', 'half']]],
  // months and days
  ['The deal closed on March 4, 2021.', '2021-06-01', [['March 4, 2021', '2021-03-04', '2021-03-04', 'day']]],
  ['The plant reopened in November.', '2021-06-01', [['November', '2020-11-01', '2020-11-30', 'month']]],
  ['It was signed 2014-07-09 in Oslo.', '2021-06-01', [['2014-07-09', '2014-07-09', '2014-07-09', 'day']]],
  // a month with its year in words; a year in words after a cue
  ['The mill opened in March of nineteen ninety-nine.', '2021-06-01', [['March of nineteen ninety-nine', '1999-03-01', '1999-03-31', 'month']]],
  ['Output peaked in June of two thousand and eight.', '2021-06-01', [['June of two thousand and eight', '2008-06-01', '2008-06-30', 'month']]],
  ['The plant closed in May nineteen eighty-one.', '2021-06-01', [['May nineteen eighty-one', '1981-05-01', '1981-05-31', 'month']]],
  ['It was founded in nineteen eighty-four.', '2021-06-01', [['nineteen eighty-four', '1984-01-01', '1984-12-31', 'year']]],
  // Without "of", a count after the month is no year.
  ['In June two thousand people marched.', '2021-06-01', [['June', '2021-06-01', '2021-06-30', 'month']]],
  ['In March two thousand new jobs were created.', '2021-06-01', [['March', '2021-03-01', '2021-03-31', 'month']]],
  // fiscal
  ['Guidance for fiscal 2024 was raised.', '2023-11-01', [['fiscal 2024', '2024-01-01', '2024-12-31', 'fiscal-year']]],
  // months ended
  ['Net income for the nine months ended September 30, 2022 rose.', '2022-11-01', [['nine months ended September 30, 2022', '2022-01-01', '2022-09-30', 'custom']]],
  ['Revenue for the first nine months was flat.', '2022-11-01', [['first nine months', '2022-01-01', '2022-09-30', 'custom']]],
  // relative
  ['Costs rose last year and will fall next quarter.', '2022-05-15', [['last year', '2021-01-01', '2021-12-31', 'year'], ['next quarter', '2022-07-01', '2022-09-30', 'quarter']]],
  // anaphora
  ['In the first half, sales rose 8% from the year-earlier period.', '2022-08-15', [['first half', '2022-01-01', '2022-06-30', 'half'], ['year-earlier period', '2021-01-01', '2021-06-30', 'half']]],
  // ranges
  ['The fair runs from May 3 to 7.', '2022-01-15', [['from May 3 to 7', '2021-05-03', '2021-05-07', 'custom']]],
];

describe('period families', () => {
  it.each(cases)('%s', (text, ref, expected) => {
    expect(periods(text, ref).map(brief)).toEqual(expected);
  });
});

describe('durations and numbers are not periods', () => {
  it.each([
    'The firm has a 40-year record.',
    'Talks lasted eight months of tense meetings.',
    'They shipped 1500 tonnes.',
    'Trading resumed at 1400 GMT.',
    'The loan runs over 5 years.',
    'Dividends are paid quarterly.',
  ])('%s', (text) => {
    expect(periods(text, '2020-01-01')).toEqual([]);
  });
});
