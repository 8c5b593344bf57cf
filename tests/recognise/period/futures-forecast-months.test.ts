import { describe } from 'vitest';
import { spannedTable } from './helpers';

// Commodity desks and analysts: a good quoted "for" a month is its futures month, and a quarter
// or half naming a forecast is the one still to come; what was counted or reported stays latest.
describe('a good quoted for a month without its year is its futures month, the coming one', () => {
  spannedTable([
    ['Brent crude for March traded at $77.80 in London.', '2024-01-10', [['March', 16, 21, '2024-03-01', '2024-03-31']]],
    ['WTI for February settled at $72.02 a barrel.', '2024-01-10', [['February', 8, 16, '2024-02-01', '2024-02-29']]],
    ['U.S. crude futures for June rose 1.1% on Tuesday.', '2025-03-04', [['June', 23, 27, '2025-06-01', '2025-06-30'], ['Tuesday', 41, 48, '2025-03-04', '2025-03-04']]],
    ['Gold for December slipped 0.4% to $1,980 an ounce.', '2023-11-20', [['December', 9, 17, '2023-12-01', '2023-12-31']]],
    // A quantity in the sentence before is no quantity of this good.
    ['Oil prices rose on Tuesday as supplies tightened. Brent crude for March gained 2% to $78.', '2024-01-10', [['Tuesday', 19, 26, '2024-01-09', '2024-01-09'], ['March', 66, 71, '2024-03-01', '2024-03-31']]],
  ]);
});

describe('a quantity of the good counted for a month keeps the latest month', () => {
  spannedTable([
    ['Imports of crude oil for December rose 3% from a year earlier.', '2024-01-10', [['December', 25, 33, '2023-12-01', '2023-12-31'], ['a year earlier', 47, 61, '2022-12-01', '2022-12-31']]],
    ['China imports of U.S. crude oil for December hit a record.', '2024-01-10', [['December', 36, 44, '2023-12-01', '2023-12-31']]],
    ['Oil demand for December was weaker than expected.', '2024-01-10', [['December', 15, 23, '2023-12-01', '2023-12-31']]],
  ]);
});

describe('a quarter or half naming a forecast is the one still to come', () => {
  spannedTable([
    ['Analysts trimmed their third-quarter Brent forecast to $84 from $88.', '2024-06-03', [['third-quarter', 23, 36, '2024-07-01', '2024-09-30']]],
    ['The miner raised its second-half outlook on Tuesday.', '2024-05-14', [['second-half', 21, 32, '2024-07-01', '2024-12-31'], ['Tuesday', 44, 51, '2024-05-14', '2024-05-14']]],
    ['It cut its fourth-quarter guidance.', '2024-06-03', [['fourth-quarter', 11, 25, '2024-10-01', '2024-12-31']]],
    // A quarter just ended keeps its results still to come.
    ['It cut its fourth-quarter guidance.', '2024-02-03', [['fourth-quarter', 11, 25, '2023-10-01', '2023-12-31']]],
  ]);
});

describe('results measured against forecasts keep the latest quarter or half', () => {
  spannedTable([
    ['Third-quarter profit beat forecasts, the company said.', '2024-06-03', [['Third-quarter', 0, 13, '2023-07-01', '2023-09-30']]],
    ['Second-half sales missed estimates.', '2024-03-03', [['Second-half', 0, 11, '2023-07-01', '2023-12-31']]],
    ['Fourth-quarter revenue of $5 billion topped estimates.', '2024-06-03', [['Fourth-quarter', 0, 14, '2023-10-01', '2023-12-31']]],
  ]);
});
