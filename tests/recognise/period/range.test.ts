/**
 * Ranges of periods (src/recognise/period/range.ts): a company's first period, from its
 * inception, with the aside that names it. Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('a weekday range takes the week written after it; a lower-case month after "to"', () => {
  table([
    ['we are away from tuesday to thursday next week', '2016-11-07', [['from tuesday to thursday next week', 12, 46, '2016-11-15', '2016-11-17']]],
    ['The crew works Wednesday to Friday of next week.', '2016-11-07', [['Wednesday to Friday of next week', 15, 47, '2016-11-16', '2016-11-18']]],
    ['Sales were flat Tuesday to Thursday last week.', '2016-11-07', [['Tuesday to Thursday last week', 16, 45, '2016-11-01', '2016-11-03']]],
    // After today, a bare weekday is the coming one.
    ['The office is shut from now until Thursday.', '2016-11-07', [['from now until Thursday', 19, 42, '2016-11-07', '2016-11-10']]],
    // A bare weekday after a picked one ("next Tuesday") is the first such day after it.
    ['The audit runs next Tuesday through Thursday.', '2016-11-07', [['next Tuesday through Thursday', 15, 44, '2016-11-15', '2016-11-17']]],
    ['Staff are off from this Friday to Monday.', '2016-11-07', [['from this Friday to Monday', 14, 40, '2016-11-11', '2016-11-14']]],
    ['the shop is shut from now to december', '2016-11-07', [['from now to december', 17, 37, '2016-11-07', '2016-12-31']]],
    ['the vote was pushed back to november', '2016-12-07', [['november', 28, 36, '2016-11-01', '2016-11-30']]],
    // An ambiguous month word after "to" stays a word.
    ['they hope to march on the capital', '2016-11-07', []],
    ['we sent it to august magazine', '2016-11-07', []],
  ]);
});

describe('a first period from inception', () => {
  table([
    ['For the period from inception (March 2, 2021) through December 31, 2021, the trust earned no income.', '2022-03-15', [
      ['from inception (March 2, 2021) through December 31, 2021', 15, 71, '2021-03-02', '2021-12-31']]],
    ['The audit covers the period from August 9, 2020 (inception) to December 31, 2020.', '2021-03-15', [
      ['from August 9, 2020 (inception) to December 31, 2020', 28, 80, '2020-08-09', '2020-12-31']]],
    ['From April 1, 2022 (date of incorporation) through June 30, 2022, costs were modest.', '2022-08-10', [
      ['From April 1, 2022 (date of incorporation) through June 30, 2022', 0, 64, '2022-04-01', '2022-06-30']]],
    // Another aside is no part of the range: two days.
    ['From May 1, 2022 (as restated) to June 30, 2022, sales grew.', '2022-08-10', [
      ['May 1, 2022', 5, 16, '2022-05-01', '2022-05-01'], ['June 30, 2022', 34, 47, '2022-06-30', '2022-06-30']]],
    // "inception" with no "from" before it: the date alone.
    ['Since inception (June 4, 2019) the fund has grown.', '2022-08-10', [['June 4, 2019', 17, 29, '2019-06-04', '2019-06-04']]],
  ]);
});

describe('a dated start closed by a comma before the joiner', () => {
  table([
    ['Refunds apply to orders placed from Feb. 3, 2018, through May 9, 2018, the firm said.', '2019-05-20', [['from Feb. 3, 2018, through May 9, 2018', 31, 69, '2018-02-03', '2018-05-09']]],
    ['Rates are fixed between June 1, 2017, and May 31, 2018.', '2019-05-20', [['between June 1, 2017, and May 31, 2018', 16, 54, '2017-06-01', '2018-05-31']]],
    // The comma joins only when a period follows the joiner.
    ['The offer ran from May 2, 2018, to holders of record.', '2019-05-20', [['May 2, 2018', 19, 30, '2018-05-02', '2018-05-02']]],
  ]);
});

describe('a quarter of months in a split fiscal year takes the year its months fall in', () => {
  table([
    ['GDP grew in the July-September quarter of 2026-27.', '2026-11-28',
      [['July-September quarter of 2026-27', 16, 49, '2026-07-01', '2026-09-30']]],
    ['Exports fell in the January-March quarter of 2025/26.', '2026-11-28',
      [['January-March quarter of 2025/26', 20, 52, '2026-01-01', '2026-03-31']]],
    ['Sales in the October-December period of 2024-2025 rose.', '2026-11-28',
      [['October-December period of 2024-2025', 13, 49, '2024-10-01', '2024-12-31']]],
    // April to June is the first quarter of an April year and the last of a July one: apart.
    ['Output rose in the April-June quarter of 2026-27.', '2026-11-28',
      [['April-June quarter', 19, 37, '2026-04-01', '2026-06-30'], ['2026-27', 41, 48, '2026-01-01', '2027-12-31']]],
    // Not a split year: two years apart.
    ['Sales in the October-December period of 2024-2026 rose.', '2026-11-28',
      [['October-December period', 13, 36, '2026-10-01', '2026-12-31'], ['2024-2026', 40, 49, '2024-01-01', '2026-12-31']]],
  ]);
});

describe('"between <month year> and <year>": one span to the end of the later year', () => {
  table([
    ['Output doubled between May 2015 and 2018, the survey found.', '2021-06-15', [['between May 2015 and 2018', 15, 40, '2015-05-01', '2018-12-31']]],
    ['Rents fell between 2019 October and 2021.', '2022-01-10', [['between 2019 October and 2021', 11, 40, '2019-10-01', '2021-12-31']]],
    // "from" still compares the two months, and "between" a day of two years (filings).
    ['Output rose 4 pct from March 2015 to 2016.', '2021-06-15', [['March 2015', 23, 33, '2015-03-01', '2015-03-31'], ['2016', 37, 41, '2016-01-01', '2016-12-31']]],
    ['The balance moved between June 30, 2020 and 2021.', '2021-09-15', [['June 30, 2020', 26, 39, '2020-06-30', '2020-06-30'], ['2021', 44, 48, '2021-06-30', '2021-06-30']]],
  ]);
});

describe('two months glued by a slash are one span of months, "May" and "Dec" included', () => {
  table([
    ['Mills bought 40,000 tonnes for May/June shipment.', '1987-03-30', [['May/June', 31, 39, '1987-05-01', '1987-06-30']]],
    ['Output grew 0.6 pct in Oct/Dec after 0.4 pct in the previous quarter.', '1987-03-10', [
      ['Oct/Dec', 23, 30, '1986-10-01', '1986-12-31'], ['previous quarter', 52, 68, '1986-07-01', '1986-09-30']]],
    ['Exports in April/May were strong.', '1987-06-15', [['April/May', 11, 20, '1987-04-01', '1987-05-31']]],
    // A season across the year's end keeps its order (and the season is those months: season.ts).
    ['Output in the 1986/87 season (November/May) was 480,000 tonnes.', '1987-03-01', [
      ['1986/87', 14, 21, '1986-11-01', '1987-05-31'], ['November/May', 30, 42, '1986-11-01', '1987-05-31']]],
    // A futures pair is the coming one.
    ['The May/June contract fell.', '1987-03-30', [['May/June', 4, 12, '1987-05-01', '1987-06-30']]],
    // (The modal stays a word.)
    ['Traders may/might sell.', '1987-03-30', []],
  ]);
});

describe('six months named as a half take the noun (range.ts)', () => {
  table([
    ['For the April-September half, Kanto Steel earned more.', '2026-11-10', [['April-September half', 8, 28, '2026-04-01', '2026-09-30']]],
    ['The October-March half was weak for Ridgeway.', '2026-05-10', [['October-March half', 4, 22, '2025-10-01', '2026-03-31']]],
    // Three months are no half: the noun stays out.
    ['The July-September half of the plan slipped.', '2026-11-10', [['July-September', 4, 18, '2026-07-01', '2026-09-30']]],
  ]);
});
