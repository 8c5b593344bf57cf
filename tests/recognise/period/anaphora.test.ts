/**
 * A year written into a period that refers back (src/recognise/period/anaphora.ts,
 * yearUnitAnaphor): "the comparable 2020 period", "the 1985 quarter". Sentences written for
 * this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('the latest period, moved into the year written before its unit', () => {
  table([
    ['Orders for the first six months of 2022 beat the comparable 2021 period.', '2022-08-09', [
      ['first six months of 2022', 15, 39, '2022-01-01', '2022-06-30'], ['comparable 2021 period', 49, 71, '2021-01-01', '2021-06-30']]],
    ['Fees in the third quarter of 2023 rose from the same 2022 quarter.', '2023-11-07', [
      ['third quarter of 2023', 12, 33, '2023-07-01', '2023-09-30'], ['same 2022 quarter', 48, 65, '2022-07-01', '2022-09-30']]],
    ['Losses in the nine months ended September 30, 2023 narrowed against the corresponding 2022 period.', '2023-11-07', [
      ['nine months ended September 30, 2023', 14, 50, '2023-01-01', '2023-09-30'], ['corresponding 2022 period', 72, 97, '2022-01-01', '2022-09-30']]],
    // "the" alone before the year.
    ['Sales in the fourth quarter of 2021 topped those of the 2020 quarter.', '2022-02-10', [
      ['fourth quarter of 2021', 13, 35, '2021-10-01', '2021-12-31'], ['2020 quarter', 56, 68, '2020-10-01', '2020-12-31']]],
    // Three months that make a calendar quarter are the quarter referred to.
    ['Volume for January through March of 2024 rose from the 2023 quarter.', '2024-05-10', [
      ['January through March of 2024', 11, 40, '2024-01-01', '2024-03-31'], ['2023 quarter', 55, 67, '2023-01-01', '2023-03-31']]],
    ['Demand grew in October-December after a dip in the previous quarter.', '2024-02-10', [
      ['October-December', 15, 31, '2023-10-01', '2023-12-31'], ['previous quarter', 51, 67, '2023-07-01', '2023-09-30']]],
    // A coming quarter of a forecast is no base for "the previous quarter" of a result.
    ['Sales for the three months to March 31 rose. For the April-June quarter it sees growth; margins fell from the previous quarter.', '2024-04-26', [
      ['three months to March 31', 14, 38, '2024-01-01', '2024-03-31'], ['April-June quarter', 53, 71, '2024-04-01', '2024-06-30'], ['previous quarter', 110, 126, '2023-10-01', '2023-12-31']]],
    // A year before a spaced dash still refers back.
    ['Sales in the second quarter of 2023 beat the 2022 quarter - a weak one.', '2023-08-10', [
      ['second quarter of 2023', 13, 35, '2023-04-01', '2023-06-30'], ['2022 quarter', 45, 57, '2022-04-01', '2022-06-30']]],
    // "half" after a year starts a noun.
    ['She ran the 2019 half marathon in Oslo.', '2022-02-10', [['2019', 12, 16, '2019-01-01', '2019-12-31']]],
    // Nothing to refer back to: the year.
    ['Results for the 2019 period were restated.', '2022-02-10', [['2019 period', 16, 27, '2019-01-01', '2019-12-31']]],
    // A year before another noun stays a year.
    ['The 2020 quarterly report was late.', '2022-02-10', [['2020', 4, 8, '2020-01-01', '2020-12-31']]],
  ]);
});

describe('"a month earlier", "a quarter earlier": the month or quarter of the sentence, moved back one', () => {
  table([
    ['Prices rose 0.3% in April from a month earlier.', '2024-05-15', [
      ['April', 20, 25, '2024-04-01', '2024-04-30'], ['a month earlier', 31, 46, '2024-03-01', '2024-03-31']]],
    ['Deposits grew in the third quarter from a quarter earlier.', '2024-11-02', [
      ['third quarter', 21, 34, '2024-07-01', '2024-09-30'], ['a quarter earlier', 40, 57, '2024-04-01', '2024-06-30']]],
    ['Output climbed in January after a fall a month before.', '2024-03-05', [
      ['January', 18, 25, '2024-01-01', '2024-01-31'], ['a month before', 39, 53, '2023-12-01', '2023-12-31']]],
    // No month in the sentence: the month before the reference date's.
    ['The index stood at 4.1, against 3.9 a month earlier.', '2024-06-20', [
      ['a month earlier', 36, 51, '2024-05-01', '2024-05-31']]],
    // Not a period.
    ['The plant opened a month earlier than planned.', '2024-06-20', []],
    ['They met a month before the vote.', '2024-06-20', []],
  ]);
});

describe('the same week a year before, after a week', () => {
  table([
    ['Loadings were 41,200 cars in the week ended May 18, against 39,800 in the same week last year.', '2019-05-20', [
      ['week ended May 18', 33, 50, '2019-05-12', '2019-05-18'], ['same week last year', 74, 93, '2018-05-13', '2018-05-19']]],
    ['Loadings were 41,200 cars in the week ended May 18, against 39,800 in the year-ago week.', '2019-05-20', [
      ['week ended May 18', 33, 50, '2019-05-12', '2019-05-18'], ['year-ago week', 74, 87, '2018-05-13', '2018-05-19']]],
  ]);
});

describe('"the full year": the year of the latest period before it (anaphora.ts, readFullYear)', () => {
  table([
    ['Profit for the nine months to September rose 5%, and the bank expects 7% for the full year.', '2025-11-12', [
      ['nine months to September', 15, 39, '2025-01-01', '2025-09-30'], ['full year', 81, 90, '2025-01-01', '2025-12-31']]],
    ['First-half earnings in 2024 were weak; the whole year was better.', '2025-11-12', [
      ['First-half', 0, 10, '2025-01-01', '2025-06-30'], ['2024', 23, 27, '2024-01-01', '2024-12-31'], ['whole year', 43, 53, '2024-01-01', '2024-12-31']]],
    // None before it: the reference date's year.
    ['Loan growth of 4% to 6% is forecast for the whole year.', '2025-11-12', [['whole year', 44, 54, '2025-01-01', '2025-12-31']]],
    // A year already, a fiscal one too, is itself.
    ['Sales for the year ended March 31, 2025 rose, with gains spread over the whole year.', '2025-11-12', [
      ['year ended March 31, 2025', 14, 39, '2024-04-01', '2025-03-31'], ['whole year', 73, 83, '2024-04-01', '2025-03-31']]],
    // On a fiscal calendar the text states, a part's full year is its fiscal year.
    ["Acme's fiscal year ends in June. Sales in the fiscal first quarter of 2026 rose 5%, and it sees 8% for the full year.", '2026-05-01', [
      ['fiscal first quarter of 2026', 46, 74, '2025-07-01', '2025-09-30'], ['full year', 107, 116, '2025-07-01', '2026-06-30']]],
    // The year written after it is the period; "year-end" is no year.
    ['Profit for the full year 2024 doubled.', '2026-02-12', [['2024', 25, 29, '2024-01-01', '2024-12-31']]],
    ['Costs will cut profit for the full year in 2023 by a tenth.', '2026-02-12', [['2023', 43, 47, '2023-01-01', '2023-12-31']]],
    // (The month it will report in is the coming one.)
    ['It will report the full year-end figures in March.', '2026-02-12', [['March', 44, 49, '2026-03-01', '2026-03-31']]],
    // "the full fiscal year": the year of the stated fiscal calendar, or the calendar year.
    ["Acme's fiscal year ends in June. Sales rose in the fiscal first quarter of 2026 and will rise over the full fiscal year.", '2026-05-01', [
      ['fiscal first quarter of 2026', 51, 79, '2025-07-01', '2025-09-30'], ['full fiscal year', 103, 119, '2025-07-01', '2026-06-30']]],
    ['Margins held in the third quarter and should hold for the whole financial year.', '2026-11-12', [
      ['third quarter', 20, 33, '2026-07-01', '2026-09-30'], ['whole financial year', 58, 78, '2026-01-01', '2026-12-31']]],
    // Its own end written after a comma: not an anaphor.
    ['Sales for the full fiscal year, ending May 30, should top $9 million.', '2026-02-12', [['May 30', 39, 45, '2025-05-30', '2025-05-30']]],
    // A year still to come is not what "the full year" is the year of: the reference date's.
    ['Gas for delivery next year traded at 31 euros. The utility still expects EBITDA of 4.6 billion euros for the full year.', '2026-05-13', [
      ['next year', 17, 26, '2027-01-01', '2027-12-31'], ['full year', 109, 118, '2026-01-01', '2026-12-31']]],
  ]);
});

describe('a period labelling a comparative in brackets is no antecedent (index.ts, isComparisonBase)', () => {
  table([
    ['Fee income was SEK 3.0bn in Q3 2025 (Q2 2025: SEK 2.8bn), and costs fell from a year earlier.', '2025-10-22', [
      ['Q3 2025', 28, 35, '2025-07-01', '2025-09-30'], ['Q2 2025', 37, 44, '2025-04-01', '2025-06-30'], ['a year earlier', 78, 92, '2024-07-01', '2024-09-30']]],
  ]);
});

describe('a period a comparative is measured against ("more than in", "higher than") is no antecedent (index.ts, isComparisonBase)', () => {
  table([
    ['Shipments rose 5% in the first quarter of 2025, 2% more than in the first quarter of 2024. The average price fell to $80 from $91 a year ago.', '2025-04-28', [
      ['first quarter of 2025', 25, 46, '2025-01-01', '2025-03-31'], ['first quarter of 2024', 68, 89, '2024-01-01', '2024-03-31'], ['a year ago', 130, 140, '2024-01-01', '2024-03-31']]],
    ['Margins in the second half of 2025 were higher than the second half of 2024, and costs were flat on a year earlier.', '2026-02-04', [
      ['second half of 2025', 15, 34, '2025-07-01', '2025-12-31'], ['second half of 2024', 56, 75, '2024-07-01', '2024-12-31'], ['a year earlier', 100, 114, '2024-07-01', '2024-12-31']]],
  ]);
});

describe('a balance\'s base day "at the end of" a month is no antecedent (index.ts, isComparisonBase)', () => {
  table([
    ['Clients added $2 billion in the first half. Assets rose to $80 billion at June 30 from $75 billion at the end of December. Fees rose to $9 million from $7 million in the same period last year.', '2024-08-01', [
      ['first half', 32, 42, '2024-01-01', '2024-06-30'], ['June 30', 74, 81, '2024-06-30', '2024-06-30'], ['December', 113, 121, '2023-12-01', '2023-12-31'],
      ['same period last year', 170, 191, '2023-01-01', '2023-06-30']]],
  ]);
});

describe('"the prior corresponding period": the comparison period, its modifier in the span', () => {
  table([
    // (A run of weeks compares with the same dates a year back, as annotators write it, not 52 weeks back.)
    ['Takings for the 26 weeks ended 27 December 2026 fell against the prior corresponding period.', '2027-02-20', [
      ['26 weeks ended 27 December 2026', 16, 47, '2026-06-29', '2026-12-27'], ['prior corresponding period', 65, 91, '2025-06-29', '2025-12-27']]],
    ['Fees in the first half were up on the previous comparable period.', '2027-08-20', [
      ['first half', 12, 22, '2027-01-01', '2027-06-30'], ['previous comparable period', 38, 64, '2026-01-01', '2026-06-30']]],
  ]);
});

describe('"from" naming the measure before its verb is no comparison: the period is the figure\'s own, and referred back to', () => {
  table([
    ['Sales from its cloud unit climbed 21% in the third quarter, after 18% in the previous quarter.', '2025-11-20', [
      ['third quarter', 45, 58, '2025-07-01', '2025-09-30'], ['previous quarter', 77, 93, '2025-04-01', '2025-06-30']]],
    ['Income from licences fell 9% in the first half, against the year-earlier period.', '2025-08-20', [
      ['first half', 36, 46, '2025-01-01', '2025-06-30'], ['year-earlier period', 60, 79, '2024-01-01', '2024-06-30']]],
    // After a measure, "from" names its source, whatever follows: "revenue from operations of …".
    ['Ravi Retail reported revenue from operations of ₹9,870 crore in the year ended March 31, 2025, up 68% from the previous year.', '2025-11-12', [
      ['year ended March 31, 2025', 68, 93, '2024-04-01', '2025-03-31'], ['previous year', 111, 124, '2023-04-01', '2024-03-31']]],
    // A figure after "from" is the base, and its period no antecedent.
    ['Sales fell to $5 million from $6 million in the year ended March 31, 2025, and rose in the previous year.', '2025-11-12', [
      ['year ended March 31, 2025', 48, 73, '2024-04-01', '2025-03-31'], ['previous year', 91, 104, '2024-01-01', '2024-12-31']]],
    // "from" right before the base still compares: the anaphor moves back from the latest own period.
    ['Orders fell 4% in the third quarter, down from 6% in the second quarter; in the previous quarter they had risen.', '2025-11-20', [
      ['third quarter', 22, 35, '2025-07-01', '2025-09-30'], ['second quarter', 57, 71, '2025-04-01', '2025-06-30'], ['previous quarter', 80, 96, '2025-04-01', '2025-06-30']]],
  ]);
});

// A retailer's quarter and year are counted in weeks: thirteen and fifty-two of them are the
// quarter and the year a later anaphor names (src/resolve/period/resolve.ts, Antecedents).
describe('a run of weeks as the quarter or year referred back to', () => {
  table([
    ['Profit in the 13 weeks ended Nov. 1, 2025 rose 9% from the year-earlier quarter.', '2025-11-20', [
      ['13 weeks ended Nov. 1, 2025', 14, 41, '2025-08-03', '2025-11-01'], ['year-earlier quarter', 59, 79, '2024-08-03', '2024-11-01']]],
    // A span of as many days not written as weeks is no quarter: "the previous quarter" is the calendar's.
    ['The offer ran from Jan. 1 to April 1. Sales were $4 million in the previous quarter.', '2025-11-20', [
      ['from Jan. 1 to April 1', 14, 36, '2025-01-01', '2025-04-01'], ['previous quarter', 67, 83, '2025-07-01', '2025-09-30']]],
    ['Sales in the 52 weeks to 28 February 2026 beat the previous year.', '2026-04-15', [
      ['52 weeks to 28 February 2026', 13, 41, '2025-03-02', '2026-02-28'], ['previous year', 51, 64, '2024-03-02', '2025-02-28']]],
  ]);
});

describe('a possessive year that dates a thing is no antecedent (index.ts, datesAThing)', () => {
  table([
    // "last year's price increases": the quarter stays what "a year earlier" moves back.
    ['Profit for the July-September quarter rose 9%, as last year\'s price increases fed through. Revenue per user climbed to $25 from $22 a year earlier.', '2025-11-04', [
      ['July-September quarter', 15, 37, '2025-07-01', '2025-09-30'], ['last year', 50, 59, '2024-01-01', '2024-12-31'], ['a year earlier', 132, 146, '2024-07-01', '2024-09-30']]],
    // A year's results, and a month's measure, stay antecedents.
    ['Sales last year rose 4%, and 2024\'s profit was a record. A year earlier profit had fallen.', '2026-02-10', [
      ['last year', 6, 15, '2025-01-01', '2025-12-31'], ['2024', 29, 33, '2024-01-01', '2024-12-31'], ['A year earlier', 57, 71, '2023-01-01', '2023-12-31']]],
    ['December\'s total was 237,000 tonnes, down from 518,000 tonnes the year before.', '2025-02-10', [
      ['December', 0, 8, '2024-12-01', '2024-12-31'], ['year before', 66, 77, '2023-12-01', '2023-12-31']]],
  ]);
});

describe('a quarter or half named a year back: "the year-ago first quarter", "the prior first half"', () => {
  table([
    ['Net income was 5.1 mln dlrs, against 4.2 mln dlrs in the year-ago first quarter.', '1987-04-20', [
      ['year-ago first quarter', 57, 79, '1986-01-01', '1986-03-31']]],
    ['Loan losses were 35 mln dlrs vs 44 mln dlrs the prior first quarter.', '1987-04-13', [
      ['prior first quarter', 48, 67, '1986-01-01', '1986-03-31']]],
    // The fourth quarter alone is last year's in March: the previous one, the year before.
    ['Acme earned 585,000 dlrs in the previous fourth quarter.', '1987-03-05', [
      ['previous fourth quarter', 32, 55, '1985-10-01', '1985-12-31']]],
    // "prior year" and "previous-year" before a part, hyphened or not, as "year-ago" is.
    ['Orders beat the prior year first quarter by a wide margin.', '1987-04-13', [
      ['prior year first quarter', 16, 40, '1986-01-01', '1986-03-31']]],
    ['Prior-year 4th qtr net excludes a gain of 2 mln dlrs.', '1987-03-05', [
      ['Prior-year 4th qtr', 0, 18, '1985-10-01', '1985-12-31']]],
    ['Margins narrowed from the previous year second half.', '2026-03-01', [
      ['previous year second half', 26, 51, '2024-07-01', '2024-12-31']]],
    // ("last year" names the calendar year: its quarter is read on its own.)
    ['Sales fell last year fourth quarter.', '1987-03-05', [
      ['last year', 11, 20, '1986-01-01', '1986-12-31'], ['fourth quarter', 21, 35, '1986-10-01', '1986-12-31']]],
    // With its end stated, the quarter is read whole.
    ['The company earned 31 cts a share in the previous third quarter ended November 30 last year.', '1987-10-19', [
      ['third quarter ended November 30 last year', 50, 91, '1986-09-01', '1986-11-30']]],
    // A base, not what "the full year" is the year of.
    ['Second-quarter profit rose. In the year-earlier second quarter it earned 40 cts a share, and for the full year it expects record results.', '1987-04-02', [
      ['Second-quarter', 0, 14, '1987-04-01', '1987-06-30'], ['year-earlier second quarter', 35, 62, '1986-04-01', '1986-06-30'], ['full year', 101, 110, '1987-01-01', '1987-12-31']]],
  ]);
});
