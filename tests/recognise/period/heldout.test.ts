/**
 * Held-out style cases: sentences written for this file (not taken from any corpus or
 * publication) in the style of earnings releases, SEC filings, financial news and
 * consumer date phrases. They were written before the recogniser was tuned on them, to
 * check that the rules generalise beyond the peer suites.
 *
 * Where corpora/FORMAT.md is silent, the choice a finance user would expect is written
 * next to the case:
 * - "mid-2020", "early 2021", "late 1990s", "the summer of 2023": the year (or decade) is
 *   the period, the qualifier is not part of it (span is the year only). We do not invent
 *   a sub-year window the text does not give.
 * - "since 2015", "by 2025": the year named is the period; the open-ended "since …" is not
 *   modelled as an interval up to today.
 * - seasons alone ("in the spring") are not periods: their months depend on hemisphere and
 *   convention (meteorological or astronomical), so no dates would be trustworthy.
 * - "in 2019 dollars", "at 1980 prices": a price basis, not the period a figure is for.
 * - "the 2008 financial crisis", "the 1987 crash": the year is a period.
 * - Parallel years in filings ("the years ended December 31, 2021 and 2020") give the
 *   same period in each year; the second figure's span is its year only.
 * - "the June quarter": the three months ending with June.
 * - Durations ("a five-year plan", "two-year notes", "30-day LIBOR", "a seven-year high")
 *   are never periods.
 */
import { describe, expect, it } from 'vitest';
import { periods } from './helpers';

type Exp = [text: string, start: string, end: string];
type Row = [text: string, ref: string, expected: Exp[]];

const view = (text: string, ref: string, fys?: number): Exp[] =>
  periods(text, ref, fys).map((f) => {
    // Every span must be exact.
    expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
    return [f.text, f.start ?? '?', f.end ?? '?'];
  });

const table = (rows: Row[], fys?: number) =>
  it.each(rows)('%s', (text, ref, expected) => expect(view(text, ref, fys)).toEqual(expected));

describe('earnings releases', () => {
  table([
    ['Net revenue for the three months ended March 31, 2021 rose 12% to $84 million.', '2021-04-28',
      [['three months ended March 31, 2021', '2021-01-01', '2021-03-31']]],
    ['Second-quarter 2020 sales fell 31% as stores closed.', '2020-07-30', [['Second-quarter 2020', '2020-04-01', '2020-06-30']]],
    ['Adjusted EBITDA for the first nine months rose 4%.', '2019-10-24', [['first nine months', '2019-01-01', '2019-09-30']]],
    ['Management expects 1H 2019 margins to widen.', '2019-02-14', [['1H 2019', '2019-01-01', '2019-06-30']]],
    ['Second-quarter same-store sales were up 5% from the year-ago quarter.', '2021-08-03',
      [['Second-quarter', '2021-04-01', '2021-06-30'], ['year-ago quarter', '2020-04-01', '2020-06-30']]],
    ['Q4 revenue of $1.1 billion beat estimates.', '2022-02-01', [['Q4', '2021-10-01', '2021-12-31']]],
    ['Operating costs rose in the fourth quarter of last year.', '2022-05-15', [['fourth quarter of last year', '2021-10-01', '2021-12-31']]],
    ['Third-quarter 2021 EPS was $1.12, compared with $0.98 in the third quarter of 2020.', '2021-11-02',
      [['Third-quarter 2021', '2021-07-01', '2021-09-30'], ['third quarter of 2020', '2020-07-01', '2020-09-30']]],
    ['In the first quarter, revenue rose 6% from the prior-year period.', '2022-04-26',
      [['first quarter', '2022-01-01', '2022-03-31'], ['prior-year period', '2021-01-01', '2021-03-31']]],
    ['Gross margin for 2H 2021 was 41%.', '2022-02-10', [['2H 2021', '2021-07-01', '2021-12-31']]],
    ['Results for H1 2020 were hit by lockdowns.', '2020-08-05', [['H1 2020', '2020-01-01', '2020-06-30']]],
    ['Revenue in the third quarter was $3 million, against $2 million in the year-earlier period.', '2018-11-06',
      [['third quarter', '2018-07-01', '2018-09-30'], ['year-earlier period', '2017-07-01', '2017-09-30']]],
    ['The company reaffirmed its full-year 2022 outlook.', '2022-08-01', [['2022', '2022-01-01', '2022-12-31']]],
    // The quarter ending in the named month (a common way to name fiscal quarters).
    ['iPhone sales in the December quarter rose 10%.', '2022-01-28', [['December quarter', '2021-10-01', '2021-12-31']]],
    ['The June quarter was the weakest of the year.', '2021-08-10', [['June quarter', '2021-04-01', '2021-06-30']]],
    ['Over the trailing twelve months, free cash flow was $2 billion.', '2022-05-15', [['trailing twelve months', '2021-05-01', '2022-04-30']]],
    ['Comparable sales for the 13 weeks ended January 29, 2022 rose 3%.', '2022-03-01', [['13 weeks ended January 29, 2022', '2021-10-31', '2022-01-29']]],
    ['Sales rose 4% in the 12 months to May.', '2017-06-20', [['12 months to May', '2016-06-01', '2017-05-31']]],
  ]);
});

describe('SEC filings', () => {
  table([
    ['As of December 31, 2021, we had $3.1 billion in cash.', '2022-02-20', [['December 31, 2021', '2021-12-31', '2021-12-31']]],
    ['Revenue for the twelve months ended September 30, 2022 totaled $900 million.', '2022-11-10',
      [['twelve months ended September 30, 2022', '2021-10-01', '2022-09-30']]],
    // Parallel years: the second year repeats the first period's shape.
    ['During the six months ended June 30, 2020 and 2019, we recorded impairments.', '2020-08-01',
      [['six months ended June 30, 2020', '2020-01-01', '2020-06-30'], ['2019', '2019-01-01', '2019-06-30']]],
    ['For the years ended December 31, 2021 and 2020, net income was $5 million and $4 million.', '2022-03-01',
      [['years ended December 31, 2021', '2021-01-01', '2021-12-31'], ['2020', '2020-01-01', '2020-12-31']]],
    ['Balances as of December 31, 2021 and 2020 are shown below.', '2022-03-01',
      [['December 31, 2021', '2021-12-31', '2021-12-31'], ['2020', '2020-12-31', '2020-12-31']]],
    // "three and nine months": two periods with one end date.
    ['For the three and nine months ended September 30, 2021, revenue rose.', '2021-11-01',
      [['three', '2021-07-01', '2021-09-30'], ['nine months ended September 30, 2021', '2021-01-01', '2021-09-30']]],
    ['Revenue for the first quarter of fiscal 2022, ended December 31, 2021, rose 8%.', '2022-02-01',
      [['first quarter of fiscal 2022, ended December 31, 2021', '2021-10-01', '2021-12-31']]],
    ['The notes mature on March 15, 2030.', '2021-01-01', [['March 15, 2030', '2030-03-15', '2030-03-15']]],
    ['Net profit for the year to March 31, 2022 rose 9%.', '2022-05-20', [['year to March 31, 2022', '2021-04-01', '2022-03-31']]],
    ['Capital expenditures in fiscal years 2020 and 2021 were flat.', '2021-12-01',
      [['fiscal years 2020', '2020-01-01', '2020-12-31'], ['2021', '2021-01-01', '2021-12-31']]],
  ]);
});

describe('fiscal calendars (fiscalYearStart option)', () => {
  table([
    ['For fiscal 2023, the company expects revenue of $12 billion.', '2022-11-15', [['fiscal 2023', '2022-10-01', '2023-09-30']]],
    ['Sales in Q3 FY22 rose 9%.', '2022-08-01', [['Q3 FY22', '2022-04-01', '2022-06-30']]],
    ['Operating margin in the second half of fiscal 2022 improved.', '2022-11-15', [['second half of fiscal 2022', '2022-04-01', '2022-09-30']]],
    ['Sales in the fiscal third quarter rose 4%.', '2022-08-01', [['fiscal third quarter', '2022-04-01', '2022-06-30']]],
    ['Last fiscal year was difficult.', '2022-11-15', [['Last fiscal year', '2021-10-01', '2022-09-30']]],
    // A calendar year stays a calendar year whatever the fiscal calendar is.
    ['Sales in calendar 2020 rose.', '2021-01-15', [['calendar 2020', '2020-01-01', '2020-12-31']]],
  ], 10);
  table([
    ['Guidance for FY 2021/22 was cut.', '2021-06-01', [['FY 2021/22', '2021-04-01', '2022-03-31']]],
    // The stated end date and the fiscal calendar agree; one period.
    ['The first quarter of fiscal 2021 ended June 30, 2020.', '2020-08-01', [['first quarter of fiscal 2021 ended June 30, 2020', '2020-04-01', '2020-06-30']]],
  ], 4);
  // Without the option, fiscal years are calendar years (FORMAT.md), and say so.
  it('assumes calendar fiscal years by default', () => {
    expect(view('Revenue in FY2019 rose.', '2020-01-01')).toEqual([['FY2019', '2019-01-01', '2019-12-31']]);
  });
});

describe('financial news', () => {
  table([
    ['Consumer prices rose 0.4% last month.', '2021-05-12', [['last month', '2021-04-01', '2021-04-30']]],
    ['Over the past 12 months, the stock has doubled.', '2021-05-12', [['past 12 months', '2020-05-01', '2021-04-30']]],
    ['Exports peaked in December 2019.', '2021-05-12', [['December 2019', '2019-12-01', '2019-12-31']]],
    ['Banks failed during the 2008 financial crisis.', '2021-05-12', [['2008', '2008-01-01', '2008-12-31']]],
    ['Memories of the 1987 crash linger on trading floors.', '2017-10-19', [['1987', '1987-01-01', '1987-12-31']]],
    ['Rates have been near zero since mid-2020.', '2021-05-12', [['2020', '2020-01-01', '2020-12-31']]],
    ['Economists expect growth to resume in early 2021.', '2020-11-12', [['2021', '2021-01-01', '2021-12-31']]],
    ['Dividends have risen every year since 2015.', '2021-05-12', [['2015', '2015-01-01', '2015-12-31']]],
    ['The utility aims to be carbon neutral by 2025.', '2021-05-12', [['2025', '2025-01-01', '2025-12-31']]],
    ['It plans to invest $5 billion over the next five years.', '2021-05-12', [['next five years', '2022-01-01', '2026-12-31']]],
    ['Inflation hit 7% in January, the highest since 1982.', '2022-02-11', [['January', '2022-01-01', '2022-01-31'], ['1982', '1982-01-01', '1982-12-31']]],
    ['The central bank raised rates in November and again in December.', '2022-01-20',
      [['November', '2021-11-01', '2021-11-30'], ['December', '2021-12-01', '2021-12-31']]],
    ['The deal is expected to close in the first half of next year.', '2022-10-20', [['first half of next year', '2023-01-01', '2023-06-30']]],
    ['Unemployment peaked in April 2020 at 14.7%.', '2021-01-08', [['April 2020', '2020-04-01', '2020-04-30']]],
    ['The firm was founded in 1998 and listed in 2004.', '2021-01-08', [['1998', '1998-01-01', '1998-12-31'], ['2004', '2004-01-01', '2004-12-31']]],
    ['From 2010 to 2015 revenue doubled.', '2021-01-08', [['From 2010 to 2015', '2010-01-01', '2015-12-31']]],
    ['Between 2016 and 2018 margins contracted.', '2021-01-08', [['Between 2016 and 2018', '2016-01-01', '2018-12-31']]],
    ['Capital spending will be flat in 2022 versus 2021.', '2022-01-08', [['2022', '2022-01-01', '2022-12-31'], ['2021', '2021-01-01', '2021-12-31']]],
    ['Shares have fallen 20% year to date.', '2022-10-20', [['year to date', '2022-01-01', '2022-10-20']]],
    ['Growth slowed in the 1990s.', '2021-01-08', [['1990s', '1990-01-01', '1999-12-31']]],
    // Comparisons with a year after "over", "than", "below": the year is a period.
    ['Revenue rose 12% over 2019 levels.', '2021-03-01', [['2019', '2019-01-01', '2019-12-31']]],
    ['Sales were 5% higher than 2019.', '2021-03-01', [['2019', '2019-01-01', '2019-12-31']]],
    ['Output was 3% below 2020, the ministry said.', '2021-03-01', [['2020', '2020-01-01', '2020-12-31']]],
    ['The May jobs report was strong.', '2021-06-10', [['May', '2021-05-01', '2021-05-31']]],
    ['Copper climbed 4% in the week ended Friday.', '2021-06-14', [['week ended Friday', '2021-06-05', '2021-06-11']]],
    ['Stocks rose on Tuesday after the data.', '2021-06-10', [['Tuesday', '2021-06-08', '2021-06-08']]],
  ]);
});

describe('consumer-style date phrases', () => {
  table([
    ["Let's meet next Thursday.", '2022-10-20', [['next Thursday', '2022-10-27', '2022-10-27']]],
    ['The meeting was held on 3 March.', '2022-10-20', [['3 March', '2022-03-03', '2022-03-03']]],
    // The weekday pins the year: 2022-06-06 is a Monday, the year rule's 2021-06-06 a Sunday.
    ['The store opens on Monday, June 6.', '2022-05-20', [['Monday, June 6', '2022-06-06', '2022-06-06']]],
    ['See you in two weeks.', '2022-10-20', [['in two weeks', '2022-11-03', '2022-11-03']]],
    ['Home prices fell in May from April.', '2022-10-20', [['May', '2022-05-01', '2022-05-31'], ['April', '2022-04-01', '2022-04-30']]],
    ['The offer runs from July 1 to July 15.', '2022-06-20', [['from July 1 to July 15', '2021-07-01', '2021-07-15']]],
    ['Payment is due tomorrow.', '2022-10-20', [['tomorrow', '2022-10-21', '2022-10-21']]],
  ]);
});

describe('not periods', () => {
  it.each([
    'Demand usually picks up in the spring.',
    'The board approved a five-year plan.',
    'The Treasury sold $40 billion of two-year notes.',
    'Yields on the 10-year bond rose 5 basis points.',
    'The loan is priced off 30-day LIBOR plus 150 basis points.',
    'The stock trades at 15 times its 12-month forward P/E.',
    'Gold hit a seven-year high.',
    'The euro fell to a two-year low against the dollar.',
    'It signed a 15-year lease on the building.',
    'The 52-week high is $150.',
    'The company has 2,019 employees.',
    'Figures are in 2019 dollars.',
    'GDP at 1980 prices grew 2%.',
    'Flight 1549 landed in the Hudson.',
    'Take route 2020 north.',
    'The head office is at 2019 Main Street.',
    'Lobbyists met at 1500 Pennsylvania Avenue.',
    'The company employs 1,500 people.',
    'Output reached 2050 tonnes.',
    'The Dow fell 2000 points.',
    'Volume was about 2000 lots.',
    'The wires stayed open until about 2000 or 2100 EST.',
    'The Fed may cut rates.',
    'He was shown to Room 1204.',
    'The S&P 500 closed at 4,020.',
    'Revenue was $2,019 million.',
    'They met the Saturday before the vote.',
  ])('%s', (text) => {
    expect(view(text, '2021-05-12')).toEqual([]);
  });
  it('keeps the year but not a lower-case "may" after it', () => {
    expect(view('Borrowing in 1988 may rise.', '1987-03-01')).toEqual([['1988', '1988-01-01', '1988-12-31']]);
  });
});
