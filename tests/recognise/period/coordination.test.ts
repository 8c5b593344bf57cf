/**
 * A year written once for coordinated periods (src/recognise/period/coordination.ts), and
 * ordinal lists of quarters (quarter.ts). Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('the year after the last item is every item\'s', () => {
  table([
    ['Margins slipped in Q1 and Q2 2019.', '2021-05-01', [['Q1', 19, 21, '2019-01-01', '2019-03-31'], ['Q2 2019', 26, 33, '2019-04-01', '2019-06-30']]],
    ['Rates held in May and June 2018.', '2021-05-01', [['May', 14, 17, '2018-05-01', '2018-05-31'], ['June 2018', 22, 31, '2018-06-01', '2018-06-30']]],
    ['Orders grew in 3Q and 4Q 2020.', '2021-05-01', [['3Q', 15, 17, '2020-07-01', '2020-09-30'], ['4Q 2020', 22, 29, '2020-10-01', '2020-12-31']]],
    ['Output dipped in Q1, Q2 and Q3 2017.', '2021-05-01', [['Q1', 17, 19, '2017-01-01', '2017-03-31'], ['Q2', 21, 23, '2017-04-01', '2017-06-30'], ['Q3 2017', 28, 35, '2017-07-01', '2017-09-30']]],
    ['Stock was counted on June 30 or September 30, 2016.', '2021-05-01', [['June 30', 21, 28, '2016-06-30', '2016-06-30'], ['September 30, 2016', 32, 50, '2016-09-30', '2016-09-30']]],
    ['Losses came in the first half and second half of 2015.', '2021-05-01', [['first half', 19, 29, '2015-01-01', '2015-06-30'], ['second half of 2015', 34, 53, '2015-07-01', '2015-12-31']]],
    // An earlier item later in the year is in the year before.
    ['Snow fell in December and January 2019.', '2021-05-01', [['December', 13, 21, '2018-12-01', '2018-12-31'], ['January 2019', 26, 38, '2019-01-01', '2019-01-31']]],
    // A relative year too.
    ['It hired in Q3 and Q4 of last year.', '2021-05-01', [['Q3', 12, 14, '2020-07-01', '2020-09-30'], ['Q4 of last year', 19, 34, '2020-10-01', '2020-12-31']]],
  ]);
});

describe('a year-less quarter coordinated with the year it closes is that year\'s', () => {
  table([
    // A fiscal year stated by its end: the quarter is the last three months to that end.
    ['Marlow Foods posted its fourth quarter and fiscal year ended June 28, 2024 results.', '2024-08-20', [
      ['fourth quarter', 24, 38, '2024-03-30', '2024-06-28'], ['fiscal year ended June 28, 2024', 43, 74, '2023-07-01', '2024-06-28']]],
    ['Figures for the fourth quarter and the year ended December 31, 2023 follow.', '2024-02-10', [
      ['fourth quarter', 16, 30, '2023-10-01', '2023-12-31'], ['year ended December 31, 2023', 39, 67, '2023-01-01', '2023-12-31']]],
    // A fiscal year by its label, after a stated calendar.
    ['Its fiscal year ends in March. Weak second quarter and fiscal 2024 results weighed.', '2024-06-01', [
      ['second quarter', 36, 50, '2023-07-01', '2023-09-30'], ['fiscal 2024', 55, 66, '2023-04-01', '2024-03-31']]],
    // A calendar year, with "full-year" between.
    ['Orion will report third quarter and full-year 2021 data.', '2023-05-01', [
      ['third quarter', 18, 31, '2021-07-01', '2021-09-30'], ['2021', 46, 50, '2021-01-01', '2021-12-31']]],
    // A calendar year written after "and" takes only the quarter that closes it.
    ['Sales dipped in the first quarter and 2025 results were restated.', '2026-05-01', [
      ['first quarter', 20, 33, '2026-01-01', '2026-03-31'], ['2025', 38, 42, '2025-01-01', '2025-12-31']]],
  ]);
});

describe('an ordinal list of quarters is one period per ordinal', () => {
  table([
    ['Sales in the second and third quarters of 2018 sagged.', '2021-05-01', [['second', 13, 19, '2018-04-01', '2018-06-30'], ['third quarters of 2018', 24, 46, '2018-07-01', '2018-09-30']]],
    ['Costs in the first, second and third quarter of 2016 rose.', '2021-05-01', [['first', 13, 18, '2016-01-01', '2016-03-31'], ['second', 20, 26, '2016-04-01', '2016-06-30'], ['third quarter of 2016', 31, 52, '2016-07-01', '2016-09-30']]],
    ['Cash rose in the 1st and 2nd quarters of 2014.', '2021-05-01', [['1st', 17, 20, '2014-01-01', '2014-03-31'], ['2nd quarters of 2014', 25, 45, '2014-04-01', '2014-06-30']]],
    ['Both the first and second halves of 2013 were weak.', '2021-05-01', [['first', 9, 14, '2013-01-01', '2013-06-30'], ['second halves of 2013', 19, 40, '2013-07-01', '2013-12-31']]],
    // No year: the list shares the year its first item takes.
    ['Prices should firm in the third and fourth quarters.', '2021-08-20', [['third', 26, 31, '2021-07-01', '2021-09-30'], ['fourth quarters', 36, 51, '2021-10-01', '2021-12-31']]],
  ]);
});

describe('what is not a shared year', () => {
  table([
    // A comma alone is no list.
    ['In March, April 2019 bookings were cancelled.', '2021-05-01', [['March', 3, 8, '2021-03-01', '2021-03-31'], ['April 2019', 10, 20, '2019-04-01', '2019-04-30']]],
    // Year-less months resolve one by one ("in January and December" often runs back).
    ['Utilisation was 80% in January and December.', '2021-03-10', [['January', 23, 30, '2021-01-01', '2021-01-31'], ['December', 35, 43, '2020-12-01', '2020-12-31']]],
    // Unlike items.
    ['Sales in March and 2019 differed.', '2021-05-01', [['March', 9, 14, '2021-03-01', '2021-03-31'], ['2019', 19, 23, '2019-01-01', '2019-12-31']]],
    // "half" before a month is part of the month, and so no list of halves.
    ['Cargoes load in first and second half April.', '2021-04-01', [['April', 38, 43, '2021-04-01', '2021-04-30']]],
    ['Profits rose for the third and fourth quarters in a row.', '2021-05-01', []],
  ]);
});
