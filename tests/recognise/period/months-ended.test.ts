/**
 * Periods given by their length and end, or by their place in a year
 * (src/recognise/period/months-ended.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { periods, spanned } from './helpers';

type Row = [text: string, ref: string, expected: Array<ReturnType<typeof spanned>>];
const table = (rows: Row[]) => it.each(rows)('%s', (text, ref, expected) => {
  expect(periods(text, ref).map(spanned)).toEqual(expected);
});

describe('a half-year ended or to a date is six months, not a year', () => {
  table([
    ['Net income for the half-year ended 31 December 2021 dipped.', '2022-02-20', [['half-year ended 31 December 2021', 19, 51, '2021-07-01', '2021-12-31']]],
    ['Dividends for the half-year to June 30 were held.', '2022-08-20', [['half-year to June 30', 18, 38, '2022-01-01', '2022-06-30']]],
    ['Cash flow in the half year to 30 September 2020 improved.', '2020-11-10', [['half year to 30 September 2020', 17, 47, '2020-04-01', '2020-09-30']]],
    ['The half-year ended March 2019 was soft.', '2019-05-01', [['half-year ended March 2019', 4, 30, '2018-10-01', '2019-03-31']]],
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
