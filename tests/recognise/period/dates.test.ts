import { describe, expect, it } from 'vitest';
import { brief, periods } from './helpers';

type Row = [text: string, ref: string, expected: Array<[string, string | undefined, string | undefined, string]>];
const table = (rows: Row[]) => it.each(rows)('%s', (text, ref, expected) => expect(periods(text, ref).map(brief)).toEqual(expected));

describe('days', () => {
  table([
    ['The board met on Sept. 14, 2011 in Rome.', '2011-10-01', [['Sept. 14, 2011', '2011-09-14', '2011-09-14', 'day']]],
    ['Talks resume on the 9th of June.', '2017-03-01', [['9th of June', '2016-06-09', '2016-06-09', 'day']]],
    ['The note matures 12/01/2025.', '2020-01-01', [['12/01/2025', '2025-12-01', '2025-12-01', 'day']]],
    ['Filed 2009-3-7 with the SEC.', '2010-01-01', [['2009-3-7', '2009-03-07', '2009-03-07', 'day']]],
    ['Payment is due 28.02.2022 at noon.', '2022-01-01', [['28.02.2022', '2022-02-28', '2022-02-28', 'day']]],
    // Dotted dates are day first unless the second part can only be a day.
    ['The invoice fell due on 04.05.2023.', '2023-09-01', [['04.05.2023', '2023-05-04', '2023-05-04', 'day']]],
    ['The survey ran 02.01.2020 to 29.02.2020.', '2021-01-01', [['02.01.2020 to 29.02.2020', '2020-01-02', '2020-02-29', 'custom']]],
    ['The founder was born 12.25.1961, records show.', '2020-01-01', [['12.25.1961', '1961-12-25', '1961-12-25', 'day']]],
    ['It listed on 5 April 2004.', '2010-01-01', [['5 April 2004', '2004-04-05', '2004-04-05', 'day']]],
    ['Trading halted on March 29 amid rumours.', '2020-03-10', [['March 29', '2019-03-29', '2019-03-29', 'day']]],
    ['The vote is on the first Monday of June 2021.', '2021-01-01', [['first Monday of June 2021', '2021-06-07', '2021-06-07', 'day']]],
    // A year-less Feb 29 in a year without one: the latest before the reference date.
    ['The leap-day sale ran on Feb 29.', '2022-05-01', [['Feb 29', '2020-02-29', '2020-02-29', 'day']]],
    ['Nothing happened on February 30.', '2022-05-01', []],
    // A weekday written with a year-less date pins the year when the year rule's falls on another day.
    ['The plant reopens Tuesday, September 14, after repairs.', '2021-09-01', [['Tuesday, September 14', '2021-09-14', '2021-09-14', 'day']]],
    ['Trading starts Wed, Jan 12.', '2021-12-20', [['Wed, Jan 12', '2022-01-12', '2022-01-12', 'day']]],
    ['The hearing was Friday, the 3rd of September.', '2021-09-08', [['Friday, the 3rd of September', '2021-09-03', '2021-09-03', 'day']]],
    // A weekday that fits no year near the reference date leaves the year rule's.
    ['The fair opened Monday, March 3.', '2021-09-08', [['Monday, March 3', '2021-03-03', '2021-03-03', 'day']]],
    // Day first without a year when the month is written with its zero: "25/03", not "25/3".
    ['The ferry sails on 25/03, weather permitting.', '2021-05-01', [['25/03', '2021-03-25', '2021-03-25', 'day']]],
    ['Cut the 25/3 mix with water.', '2021-05-01', []],
    // A day in a split year (a crop season) is not in the season's first calendar year.
    ['Exports up to March 4 in the 2020/21 season rose.', '2021-05-01', [['March 4', '2021-03-04', '2021-03-04', 'day'], ['2020/21', '2020-01-01', '2021-12-31', 'custom']]],
    ['Cane crushed by May 9 in 2021-22 fell.', '2022-06-01', [['May 9', '2022-05-09', '2022-05-09', 'day'], ['2021-22', '2021-01-01', '2022-12-31', 'custom']]],
    // ("of the 2020/21 season" too: the week ends in no year of its own, not in 2020.)
    ['Buying reached 900 tonnes in the week ended March 6 of the 2020/21 season.', '2021-03-12', [['week ended March 6', '2021-02-28', '2021-03-06', 'week'], ['2020/21', '2020-01-01', '2021-12-31', 'custom']]],
  ]);
  it('is not a day in a fraction, a score or a compound', () => {
    expect(periods('Shares rose 1/2 to 30-1/4.', '2020-01-01')).toEqual([]);
    expect(periods('It sold January 10-year notes.', '2020-02-01').map((f) => f.text)).toEqual(['January']);
  });
});

describe('relative', () => {
  table([
    ['Sales grew this year.', '2016-05-05', [['this year', '2016-01-01', '2016-12-31', 'year']]],
    ['Rates will rise next month.', '2016-12-05', [['next month', '2017-01-01', '2017-01-31', 'month']]],
    ['Shares fell last week.', '2021-06-16', [['last week', '2021-06-07', '2021-06-13', 'week']]],
    ['Revenue is flat year-to-date.', '2021-06-16', [['year-to-date', '2021-01-01', '2021-06-16', 'custom']]],
    ['It reported results yesterday.', '2021-06-16', [['yesterday', '2021-06-15', '2021-06-15', 'day']]],
    ['The CEO spoke last Friday.', '2021-06-16', [['last Friday', '2021-06-11', '2021-06-11', 'day']]],
    ['They meet this Wednesday.', '2021-06-14', [['this Wednesday', '2021-06-16', '2021-06-16', 'day']]],
    ['Orders over the past three quarters slowed.', '2019-07-04', [['past three quarters', '2018-10-01', '2019-06-30', 'custom']]],
    ['It closed 10 days ago.', '2021-06-16', [['10 days ago', '2021-06-06', '2021-06-06', 'day']]],
    ['Prices were cut last September.', '2021-06-16', [['last September', '2020-09-01', '2020-09-30', 'month']]],
    // The nth day or month of a relative year.
    ['The fee starts on the first day of next year.', '2021-06-16', [['first day of next year', '2022-01-01', '2022-01-01', 'day']]],
    ['Books close on the last day of the year.', '2021-06-16', [['last day of the year', '2021-12-31', '2021-12-31', 'day']]],
    ['Talks resume in the second month of next year.', '2021-06-16', [['second month of next year', '2022-02-01', '2022-02-28', 'month']]],
    ['Sales peak in the last month of the year.', '2021-06-16', [['last month of the year', '2021-12-01', '2021-12-31', 'month']]],
  ]);
});

describe('weeks', () => {
  table([
    ['Arrivals for the week ended April 4 rose.', '2015-04-10', [['week ended April 4', '2015-03-29', '2015-04-04', 'week']]],
    ['Deliveries in the week of May 12th were late.', '2014-06-01', [['week of May 12th', '2014-05-12', '2014-05-18', 'week']]],
    ['Inventory is counted in the first week of the year.', '2014-06-01', [['first week of the year', '2014-01-06', '2014-01-12', 'week']]],
    ['Audits run in the second week of next year.', '2014-06-01', [['second week of next year', '2015-01-12', '2015-01-18', 'week']]],
    // The last week is the week of the period's last Monday, Monday to Sunday.
    ['Stock is counted in the last week of June 2024.', '2024-08-01', [['last week of June 2024', '2024-06-24', '2024-06-30', 'week']]],
    ['Stock is counted in the last week of June 2022.', '2024-08-01', [['last week of June 2022', '2022-06-27', '2022-07-03', 'week']]],
    ['The plant shuts in the last week of the year.', '2021-06-15', [['last week of the year', '2021-12-27', '2022-01-02', 'week']]],
    // The first or last N weeks of a month or year: N times seven days from its start or to its end.
    ['Output dipped in the first three weeks of April.', '2023-06-01', [['first three weeks of April', '2023-04-01', '2023-04-21', 'custom']]],
    ['Orders piled up in the last two weeks of 2022.', '2023-06-01', [['last two weeks of 2022', '2022-12-18', '2022-12-31', 'custom']]],
    ['Nothing moved in the first two weeks of the strike.', '2023-06-01', []],
    // Of a month named relative to the reference date: one week, not "last week" and "this month".
    ['Audits run in the final days, the last week of this month.', '2023-03-08', [['last week of this month', '2023-03-27', '2023-04-02', 'week']]],
    ['Crews return the second week of next month.', '2023-03-08', [['second week of next month', '2023-04-10', '2023-04-16', 'week']]],
  ]);
});

describe('ranges', () => {
  table([
    ['The show runs from Oct 2-4.', '2019-01-01', [['from Oct 2-4', '2018-10-02', '2018-10-04', 'custom']]],
    ['Output rose between April and June 2012.', '2013-01-01', [['between April and June 2012', '2012-04-01', '2012-06-30', 'custom']]],
    ['Bids run 29th of December through 4th of January 2011.', '2012-01-01', [['29th of December through 4th of January 2011', '2010-12-29', '2011-01-04', 'custom']]],
    ['The survey ran March 3, 2018 - 04/09/2018.', '2019-01-01', [['March 3, 2018 - 04/09/2018', '2018-03-03', '2018-04-09', 'custom']]],
    ['Output doubled from 1990 to 1995.', '2000-01-01', [['from 1990 to 1995', '1990-01-01', '1995-12-31', 'custom']]],
    ['Fares have doubled from 2016 to today.', '2019-05-20', [['from 2016 to today', '2016-01-01', '2019-05-20', 'custom']]],
    ['She ran the unit from 2016 to May 5th, 2019.', '2020-05-20', [['from 2016 to May 5th, 2019', '2016-01-01', '2019-05-05', 'custom']]],
    // A month, then a year: the two are compared, not spanned.
    ['Output rose 0.9 pct from February 1985 to 1986.', '1987-03-01', [['February 1985', '1985-02-01', '1985-02-28', 'month'], ['1986', '1986-01-01', '1986-12-31', 'year']]],
    ['The fund gained 40% from March 2017 to date.', '2019-05-20', [['from March 2017 to date', '2017-03-01', '2019-05-20', 'custom']]],
    ['Leave booked 03/04/2019-03/08/2019 for the move.', '2019-01-01', [['03/04/2019-03/08/2019', '2019-03-04', '2019-03-08', 'custom']]],
    ['The 2019-3-4 entry and the 3/4/2019-3 code differ.', '2019-06-01', [['2019-3-4', '2019-03-04', '2019-03-04', 'day'], ['3/4/2019', '2019-03-04', '2019-03-04', 'day']]],
  ]);
  it('keeps a list of two quarters apart', () => {
    expect(periods('Compare 2019 q3 and 2020 q1.', '2021-01-01').map((f) => f.text)).toEqual(['2019 q3', '2020 q1']);
  });
});

describe('without a referenceDate', () => {
  it('returns the span but no dates for periods that need one', () => {
    const f = periods('Sales rose last year and in Q2.');
    expect(f.map((x) => [x.text, x.start, x.end, x.unresolved])).toEqual([
      ['last year', undefined, undefined, 'needs referenceDate'],
      ['Q2', undefined, undefined, 'needs referenceDate'],
    ]);
  });
  it('still resolves what the text states fully', () => {
    expect(periods('Sales rose in 2014.').map(brief)).toEqual([['2014', '2014-01-01', '2014-12-31', 'year']]);
  });
});

describe('spans leave out leading prepositions and articles', () => {
  it.each([
    ['For the first six months, sales rose.', 'first six months'],
    ['It compares with the year-earlier period.', 'year-earlier period'],
    ['Profit fell during 2015.', '2015'],
  ])('%s', (text, span) => {
    const f = periods(text, '2016-03-01');
    expect(f.map((x) => x.text)).toEqual([span]);
    expect(text.slice(f[0]!.span.start, f[0]!.span.end)).toBe(span);
  });
});

describe('newswire numbers that are not years', () => {
  it.each([
    'It bought 1,987 shares.',
    'Volume was 2000 lots.',
    'The index closed at 1985 points.',
    'The meeting starts at 1500 GMT.',
    'He ran Windows 2000 on it.',
    'Prices rose 1990 pct.',
    'It costs $2017 today.',
  ])('%s', (text) => {
    expect(periods(text, '2020-01-01').filter((f) => f.granularity === 'year')).toEqual([]);
  });
});

describe('never throws', () => {
  it.each(['', ' ', 'Q', 'Q5 2019', 'fiscal', 'FY', 'the 99th of Smarch', '31/31/31', 'between and', 'from to', '2019-13-45', 'February 30, 2019', '\u{1F600} 2019'])('%j', (text) => {
    expect(() => periods(text, '2020-01-01')).not.toThrow();
    expect(() => periods(text)).not.toThrow();
  });
});
