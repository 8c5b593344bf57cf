import { describe } from 'vitest';
import { spannedTable } from './helpers';

describe('a weekday in brackets after a date belongs to it', () => {
  spannedTable([
    ['Bids close Sept 14 2022 (Wednesday) at noon.', '2022-09-01', [['Sept 14 2022 (Wednesday)', 11, 35, '2022-09-14', '2022-09-14']]],
    ['Bids close 14 September (Wed), as planned.', '2022-09-20', [['14 September (Wed)', 11, 29, '2022-09-14', '2022-09-14']]],
    // Any other aside stays out.
    ['Bids close Sept 14 (see the notice).', '2022-09-20', [['Sept 14', 11, 18, '2022-09-14', '2022-09-14']]],
  ]);
});

describe('a day written with the European ordinal dot before its month', () => {
  spannedTable([
    ['The fair opens 3. Okt. nowhere, but on 23. Sept. 2021 in Basel.', '2021-01-10', [['23. Sept. 2021', 39, 53, '2021-09-23', '2021-09-23']]],
    ['Invoice dated 5. March 2019, paid late.', '2020-01-10', [['5. March 2019', 14, 27, '2019-03-05', '2019-03-05']]],
    // Without its year it is a number ending a sentence before a month.
    ['Output reached 14. Nov. sales were flat.', '2020-12-10', [['Nov.', 19, 23, '2020-11-01', '2020-11-30']]],
  ]);
});

describe('a date in brackets or hyphened on after its weekday is one day with it', () => {
  spannedTable([
    ['The hearing is set for Thursday (March 12) in Austin.', '2020-02-20', [['Thursday (March 12)', 23, 42, '2020-03-12', '2020-03-12']]],
    ['Bids are due Monday-Oct-5 at the latest.', '2020-09-30', [['Monday-Oct-5', 13, 25, '2020-10-05', '2020-10-05']]],
    // Any other aside stays out.
    ['Shares closed higher on Friday (after the report).', '2020-03-02', [['Friday', 24, 30, '2020-02-28', '2020-02-28']]],
  ]);
});

describe('a slashed month and day closed by a comma and its year', () => {
  spannedTable([
    ['The note matures 09/30, 2024 at par.', '2023-01-10', [['09/30, 2024', 17, 28, '2024-09-30', '2024-09-30']]],
    // A fraction before a year stays a fraction.
    ['The bond rose 1/2, 1988 notes were flat.', '1988-03-01', [['1988', 19, 23, '1988-01-01', '1988-12-31']]],
  ]);
});

describe('a hyphened month and day with no year, after "on" or a late day after "in"', () => {
  spannedTable([
    ['The shipment left on 3-14.', '2021-05-02', [['3-14', 21, 25, '2021-03-14', '2021-03-14']]],
    ['Ballots are counted in 6-28', '2021-07-01', [['6-28', 23, 27, '2021-06-28', '2021-06-28']]],
    // A count of weeks, a small pair after "in", a percentage range: no date.
    ['Delivery comes in 3-4 weeks.', '2021-05-02', []],
    ['Delivery comes in 1-2.', '2021-05-02', []],
  ]);
});
