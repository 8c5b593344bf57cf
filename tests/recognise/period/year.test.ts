import { describe } from 'vitest';
import { spannedTable } from './helpers';

describe('centuries written as a round year with s', () => {
  spannedTable([
    ['Canals were dug across the region in the 1700s.', '2021-06-15', [['1700s', 41, 46, '1700-01-01', '1799-12-31']]],
    ["Tea came to the port in the 1600's.", '2021-06-15', [["1600's", 28, 34, '1600-01-01', '1699-12-31']]],
    // 1900s and 2000s stay decades, as before.
    ['Mills closed in the 1900s.', '2021-06-15', [['1900s', 20, 25, '1900-01-01', '1909-12-31']]],
  ]);
});

describe('a year with its month glued on', () => {
  spannedTable([
    ['Stocks were counted 2011-March.', '2021-06-15', [['2011-March', 20, 30, '2011-03-01', '2011-03-31']]],
    ['Stocks were counted 2011/March and again later.', '2021-06-15', [['2011/March', 20, 30, '2011-03-01', '2011-03-31']]],
  ]);
});

describe('a year before 1900 named as "the year"', () => {
  spannedTable([
    ['The mill burned down in the year 1766.', '2021-06-15', [['1766', 33, 37, '1766-01-01', '1766-12-31']]],
    // A quantity after it keeps it a number.
    ['They shipped the year 1500 tonnes of tea.', '2021-06-15', []],
  ]);
});

describe('decades spelled out', () => {
  spannedTable([
    ['Steel towns shrank through the seventies.', '2021-06-15', [['seventies', 31, 40, '1970-01-01', '1979-12-31']]],
    ['Rates were higher in the early Eighties.', '2021-06-15', [['Eighties', 31, 39, '1980-01-01', '1989-12-31']]],
    ['The brand peaked in the mid-sixties.', '2021-06-15', [['sixties', 28, 35, '1960-01-01', '1969-12-31']]],
    ['Jazz clubs thrived in the nineteen-fifties.', '2021-06-15', [['nineteen-fifties', 26, 42, '1950-01-01', '1959-12-31']]],
    // Without "the" right before, an age or a level.
    ['The founder is in his nineties.', '2021-06-15', []],
    ['Bids came in the low forties.', '2021-06-15', []],
    // "the noughties" is the 2000s; "nineteen" before it names no decade.
    ['Credit boomed in the noughties.', '2021-06-15', [['noughties', 21, 30, '2000-01-01', '2009-12-31']]],
    ['Loft prices soared in the late noughties.', '2021-06-15', [['noughties', 31, 40, '2000-01-01', '2009-12-31']]],
    ['A noughties hit was reissued.', '2021-06-15', []],
  ]);
});
