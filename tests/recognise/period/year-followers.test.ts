import { describe, expect, it } from 'vitest';
import { brief, periods } from './helpers';

// A four-digit number followed by ordinary text is only a year; followed by a glued form,
// a period word or a dash it may open a longer period. Both sides of that line, read in full.
describe('what follows a four-digit year', () => {
  it.each([
    ['Earnings in 1987 profits', [['1987', '1987-01-01', '1987-12-31', 'year']]],
    // Before 1900 only after "in" or "since", with the clause ending or going on.
    ['The mill opened in 1853.', [['1853', '1853-01-01', '1853-12-31', 'year']]],
    ['Built in 1702, the church burned in 1911.', [['1702', '1702-01-01', '1702-12-31', 'year'], ['1911', '1911-01-01', '1911-12-31', 'year']]],
    ['Records have been kept since 1884 by the society.', [['1884', '1884-01-01', '1884-12-31', 'year']]],
    ['The vaccine was tested in 1800 volunteers.', []],
    ['Bids close at 1700 local time.', []],
    ['The station has logged rain since 1600 GMT.', []],
    ['Crowds of 1850 watched.', []],
    ['In 1987, profits rose.', [['1987', '1987-01-01', '1987-12-31', 'year']]],
    ['Profits rose in 1987.', [['1987', '1987-01-01', '1987-12-31', 'year']]],
    ['Built in 2000 AD by hand.', [['2000 AD', '2000-01-01', '2000-12-31', 'year']]],
    // A year-month or split year that ends the sentence.
    ['The report covers 2020-09.', [['2020-09', '2020-09-01', '2020-09-30', 'month']]],
    ['Crushing rose in 1985/86.', [['1985/86', '1985-01-01', '1986-12-31', 'custom']]],
    // A run of years with the second written short; a month number stays a month.
    ['The 2014-17 average held.', [['2014-17', '2014-01-01', '2017-12-31', 'custom']]],
    ['Output in 1990-95 grew.', [['1990-95', '1990-01-01', '1995-12-31', 'custom']]],
    ['Sales in 2010-12 fell.', [['2010-12', '2010-12-01', '2010-12-31', 'month']]],
    // After a preposition, an amount may open the next clause.
    ['In 2023 $410 million went to research.', [['2023', '2023-01-01', '2023-12-31', 'year']]],
    ['By 2030 €5bn will go into the grid.', [['2030', '2030-01-01', '2030-12-31', 'year']]],
    ['Until 2026 $2 billion a year is budgeted.', [['2026', '2026-01-01', '2026-12-31', 'year']]],
    ['Since 2019 4,000 jobs have gone.', [['2019', '2019-01-01', '2019-12-31', 'year']]],
    ['Bids rose to 2000 $ a tonne.', []],
    ['Sales in 2019 H2 fell.', [['2019 H2', '2019-07-01', '2019-12-31', 'half']]],
    ['Sales in 2019Q1 fell.', [['2019Q1', '2019-01-01', '2019-03-31', 'quarter']]],
    ['Filed on 2014-07-09 in Oslo.', [['2014-07-09', '2014-07-09', '2014-07-09', 'day']]],
    ['Sales from 2015 to 2017 grew.', [['from 2015 to 2017', '2015-01-01', '2017-12-31', 'custom']]],
    // Year ranges written with a glued dash.
    ['Output in 2015-2017 grew.', [['2015-2017', '2015-01-01', '2017-12-31', 'custom']]],
    ['Output in 2015\u20132017 grew.', [['2015\u20132017', '2015-01-01', '2017-12-31', 'custom']]],
    ['The 1986-1990 five-year plan.', [['1986-1990', '1986-01-01', '1990-12-31', 'custom']]],
    ['Payments over 1987-1989 were cut.', [['1987-1989', '1987-01-01', '1989-12-31', 'custom']]],
    ['Case 2015-2017-0042 was filed.', []],
    ['Ref 1987-1986 odd.', []],
  ])('%s', (text, expected) => {
    expect(periods(text, '2020-06-01').map(brief)).toEqual(expected);
  });
});
