import { describe, expect, it } from 'vitest';
import { brief, periods } from './helpers';

type Row = [text: string, ref: string | undefined, expected: Array<[string, string | undefined, string | undefined, string]>];

const table = (rows: Row[], fys?: number) =>
  it.each(rows)('%s', (text, ref, expected) => {
    expect(periods(text, ref, fys).map(brief)).toEqual(expected);
  });

describe('quarters', () => {
  table([
    ['Bookings peaked in 4Q 2017.', '2018-02-01', [['4Q 2017', '2017-10-01', '2017-12-31', 'quarter']]],
    ['Guidance for 2020-Q3 stands.', '2020-01-05', [['2020-Q3', '2020-07-01', '2020-09-30', 'quarter']]],
    ['A fourth-quarter 2016 charge hit results.', '2017-02-01', [['fourth-quarter 2016', '2016-10-01', '2016-12-31', 'quarter']]],
    ['The 3rd qtr was weak.', '2015-11-20', [['3rd qtr', '2015-07-01', '2015-09-30', 'quarter']]],
    ['Output in Q4\'19 slipped.', '2020-03-01', [["Q4'19", '2019-10-01', '2019-12-31', 'quarter']]],
    ['Exports fell in 21q2 as expected.', '2021-09-01', [['21q2', '2021-04-01', '2021-06-30', 'quarter']]],
    ['Q3 this year looks firmer.', '2014-05-05', [['Q3 this year', '2014-07-01', '2014-09-30', 'quarter']]],
    ['The second quarter ended June 30, 2021 was strong.', '2021-08-01', [['second quarter ended June 30, 2021', '2021-04-01', '2021-06-30', 'quarter']]],
    // A possessive year before the quarter or half is one period, not a year and a quarter.
    ["Margins in 2022's third quarter held.", '2023-03-01', [["2022's third quarter", '2022-07-01', '2022-09-30', 'quarter']]],
    ['2021\u2019s second half was stronger.', '2022-03-01', [['2021\u2019s second half', '2021-07-01', '2021-12-31', 'half']]],
    // Months joined by a hyphenated "to": one span, with the noun that names it one period.
    ['Shipments in the July-to-September period rose.', '2023-11-01', [['July-to-September period', '2023-07-01', '2023-09-30', 'custom']]],
    // A range of months named as a quarter takes the noun, and a year written after it.
    ['Profit in the October-December quarter rose.', '2024-01-22', [['October-December quarter', '2023-10-01', '2023-12-31', 'custom']]],
    ['In the April-June quarter last year it booked a gain.', '2024-05-10', [['April-June quarter last year', '2023-04-01', '2023-06-30', 'custom']]],
    ['Sales in the January-March quarter of 2022 fell.', '2024-05-10', [['January-March quarter of 2022', '2022-01-01', '2022-03-31', 'custom']]],
    ['Orders in April-June next year should recover.', '2024-05-10', [['April-June next year', '2025-04-01', '2025-06-30', 'custom']]],
    // Newswire tables write a span of months with a slash.
    ['Exports during January/September 1986 rose.', '1987-04-01', [['January/September 1986', '1986-01-01', '1986-09-30', 'custom']]],
  ]);
});

describe('halves', () => {
  table([
    ['H2 2015 margins widened.', '2016-03-01', [['H2 2015', '2015-07-01', '2015-12-31', 'half']]],
    ['Results for 1H18 were mixed.', '2018-09-01', [['1H18', '2018-01-01', '2018-06-30', 'half']]],
    ['2023 H1 saw losses.', '2023-09-01', [['2023 H1', '2023-01-01', '2023-06-30', 'half']]],
    // A recovery expected is in the coming half, not the one ended in December.
    ['It expects a second-half recovery.', '2012-04-10', [['second-half', '2012-07-01', '2012-12-31', 'half']]],
    ['Spending slows in the first half of the year.', '2010-09-01', [['first half of the year', '2010-01-01', '2010-06-30', 'half']]],
  ]);
  it('is not a half-year in "the first half of March" or "of the match"', () => {
    expect(periods('He scored in the first half of the match.', '2020-01-01')).toEqual([]);
  });
  // A half of a named month: days 1-15, or 16 to the month's end.
  table([
    ['Shipments resume in the first half of May.', '2020-08-01', [['first half of May', '2020-05-01', '2020-05-15', 'custom']]],
    ['Rains came in the second half of February 2020.', '2021-01-01', [['second half of February 2020', '2020-02-16', '2020-02-29', 'custom']]],
    // Written inside the second half: both ends in the reference year (the start is not after it).
    ['Talks are set for the second half of March.', '2022-03-20', [['second half of March', '2022-03-16', '2022-03-31', 'custom']]],
  ]);
});

describe('fiscal years', () => {
  table([
    ['The FY2022 plan was approved.', '2021-12-01', [['FY2022', '2022-01-01', '2022-12-31', 'fiscal-year']]],
    ['It targets growth in FY23.', '2022-06-01', [['FY23', '2023-01-01', '2023-12-31', 'fiscal-year']]],
    ['Capex for fiscal year 2021 rose.', '2021-06-01', [['fiscal year 2021', '2021-01-01', '2021-12-31', 'fiscal-year']]],
  ]);
  describe('with fiscalYearStart 10', () => {
    table([
      ['Revenue for fiscal 2019 grew.', '2019-12-01', [['fiscal 2019', '2018-10-01', '2019-09-30', 'fiscal-year']]],
      ['Sales in Q1 FY20 beat estimates.', '2020-02-01', [['Q1 FY20', '2019-10-01', '2019-12-31', 'quarter']]],
      ['The first quarter of fiscal 2020 was soft.', '2020-02-01', [['first quarter of fiscal 2020', '2019-10-01', '2019-12-31', 'quarter']]],
      // "CY" keeps the calendar, whatever the fiscal one.
      ['Sales in Q1 CY20 beat estimates.', '2020-06-01', [['Q1 CY20', '2020-01-01', '2020-03-31', 'quarter']]],
    ], 10);
  });
  table([
    ['For the fiscal year ending March 31, 2023, profit rose.', '2023-05-01', [['fiscal year ending March 31, 2023', '2022-04-01', '2023-03-31', 'fiscal-year']]],
    ['Guidance for the FY ending Mar 2025 holds.', '2024-11-01', [['FY ending Mar 2025', '2024-04-01', '2025-03-31', 'fiscal-year']]],
    ['The FY ended June 30, 2024 was strong.', '2024-08-01', [['FY ended June 30, 2024', '2023-07-01', '2024-06-30', 'fiscal-year']]],
    ['Last fiscal year was tough.', '2018-10-08', [['Last fiscal year', '2017-01-01', '2017-12-31', 'fiscal-year']]],
  ]);
  it('marks the assumed fiscal year start', () => {
    const [f] = periods('Sales in fiscal 2021 rose.', '2021-06-01');
    expect(f!.implied).toEqual({ fiscalYearStart: true });
    const [g] = periods('Sales in fiscal 2021 rose.', '2021-06-01', 7);
    expect(g!.implied).toEqual({});
    expect([g!.start, g!.end]).toEqual(['2020-07-01', '2021-06-30']);
  });
  it('periods implied alike share one frozen `implied`, with only the true flags', () => {
    const [a, b, c, d] = periods('Fiscal 2021 beat fiscal 2020; in March and in June costs fell.', '2021-08-01');
    expect(a!.implied).toEqual({ fiscalYearStart: true });
    expect(b!.implied).toBe(a!.implied);
    expect(c!.implied).toEqual({ year: true });
    expect(d!.implied).toBe(c!.implied);
    expect(Object.isFrozen(c!.implied)).toBe(true);
    expect(Object.keys(c!.implied)).toEqual(['year']);
  });
});

describe('lengths and ends', () => {
  table([
    ['Net loss for the six months to June 30 narrowed.', '2019-08-20', [['six months to June 30', '2019-01-01', '2019-06-30', 'half']]],
    ['Turnover in the twelve months to March rose.', '2017-05-01', [['twelve months to March', '2016-04-01', '2017-03-31', 'year']]],
    ['Income for the year ended December 31, 2020 fell.', '2021-03-01', [['year ended December 31, 2020', '2020-01-01', '2020-12-31', 'year']]],
    ['Sales in the three-month period ended May 31 rose.', '2016-07-01', [['three-month period ended May 31', '2016-03-01', '2016-05-31', 'quarter']]],
    ['Figures for the 52 weeks ended Jan 30, 2021 follow.', '2021-03-01', [['52 weeks ended Jan 30, 2021', '2020-02-02', '2021-01-30', 'custom']]],
    ['For the first nine months of 2013, sales rose.', '2013-11-01', [['first nine months of 2013', '2013-01-01', '2013-09-30', 'custom']]],
  ]);
  it('does not read a postponement as a period', () => {
    expect(periods('The deadline was pushed back by three months to June 30.', '2020-01-01').map((f) => f.text)).toEqual(['June 30']);
  });
});

describe('anaphora', () => {
  table([
    ['Third-quarter sales rose 4% from the year-ago quarter.', '2019-11-05', [['Third-quarter', '2019-07-01', '2019-09-30', 'quarter'], ['year-ago quarter', '2018-07-01', '2018-09-30', 'quarter']]],
    ['Revenue in 2017 rose, after falling the previous year.', '2018-04-01', [['2017', '2017-01-01', '2017-12-31', 'year'], ['previous year', '2016-01-01', '2016-12-31', 'year']]],
    ['Margins in Q2 2016 beat the prior-year quarter.', '2016-08-01', [['Q2 2016', '2016-04-01', '2016-06-30', 'quarter'], ['prior-year quarter', '2015-04-01', '2015-06-30', 'quarter']]],
    ['In March sales were 9 mln, against 7 mln in the same period last year.', '2011-05-02', [['March', '2011-03-01', '2011-03-31', 'month'], ['same period last year', '2010-03-01', '2010-03-31', 'month']]],
    ['Q3 2018 output rose, but the previous quarter was flat.', '2018-11-01', [['Q3 2018', '2018-07-01', '2018-09-30', 'quarter'], ['previous quarter', '2018-04-01', '2018-06-30', 'quarter']]],
    // A period given only as the base of a comparison is not what later anaphora refer back to.
    ['Output was 3.1 mln in March, up from 2.9 mln in February and 2.6 mln a year earlier.', '1987-04-10',
      [['March', '1987-03-01', '1987-03-31', 'month'], ['February', '1987-02-01', '1987-02-28', 'month'], ['a year earlier', '1986-03-01', '1986-03-31', 'month']]],
    ['Sales were 40 mln in the third quarter, compared with 35 mln in the second quarter and 31 mln in the year-ago quarter.', '2019-11-01',
      [['third quarter', '2019-07-01', '2019-09-30', 'quarter'], ['second quarter', '2019-04-01', '2019-06-30', 'quarter'], ['year-ago quarter', '2018-07-01', '2018-09-30', 'quarter']]],
    // A percentage, then "on"/"from" and the period it is measured against: a base too.
    ['Shipments in the December quarter climbed 5 per cent on the September quarter; costs were lower than in the prior quarter.', '2027-01-20',
      [['December quarter', '2026-10-01', '2026-12-31', 'quarter'], ['September quarter', '2026-07-01', '2026-09-30', 'quarter'], ['prior quarter', '2026-07-01', '2026-09-30', 'quarter']]],
    ['Volumes in the third quarter were down 3% from the second quarter, and up 9% on the year-ago period.', '2025-10-30',
      [['third quarter', '2025-07-01', '2025-09-30', 'quarter'], ['second quarter', '2025-04-01', '2025-06-30', 'quarter'], ['year-ago period', '2024-07-01', '2024-09-30', 'quarter']]],
    // A comma after the percentage ("…, or 6.2%, from the fourth quarter of 2023").
    ['Loan income for the second quarter of 2024 rose $4 million, or 6.2%, from the fourth quarter of 2023. It exceeded the previous quarter.', '2024-08-01',
      [['second quarter of 2024', '2024-04-01', '2024-06-30', 'quarter'], ['fourth quarter of 2023', '2023-10-01', '2023-12-31', 'quarter'], ['previous quarter', '2024-01-01', '2024-03-31', 'quarter']]],
    // ... unless the text goes on about it ("from May, when it …"); "over" also writes a span.
    ['The June index fell 0.2 pct from May, when it rose 1.1 pct from a month earlier.', '1987-07-28',
      [['June', '1987-06-01', '1987-06-30', 'month'], ['May', '1987-05-01', '1987-05-31', 'month'], ['a month earlier', '1987-04-01', '1987-04-30', 'month']]],
    ['Output grew 2 pct over the first half of last year, against 1 pct in the same period of 1985.', '1987-03-01',
      [['first half of last year', '1986-01-01', '1986-06-30', 'half'], ['same period of 1985', '1985-01-01', '1985-06-30', 'half']]],
    // A target is no base ("to 9 mln in May"), and an anaphor right after a base reads that base.
    // ("from a year earlier … in May": the month its clause names after it, a year back.)
    ['Exports fell 4% from a year earlier to 9 mln in May, and were 8 mln in April.', '1987-06-18',
      [['a year earlier', '1986-05-01', '1986-05-31', 'month'], ['May', '1987-05-01', '1987-05-31', 'month'], ['April', '1987-04-01', '1987-04-30', 'month']]],
    ['Profit fell to 5 mln from 7 mln in the first quarter a year ago.', '1987-04-20',
      [['first quarter', '1987-01-01', '1987-03-31', 'quarter'], ['a year ago', '1986-01-01', '1986-03-31', 'quarter']]],
    // The same unit as the latest period, in a year the text names.
    ['Profit fell in the second quarter from the same quarter of 2018.', '2019-08-29', [['second quarter', '2019-04-01', '2019-06-30', 'quarter'], ['same quarter of 2018', '2018-04-01', '2018-06-30', 'quarter']]],
    ['First-half sales topped the comparable period in 2016.', '2018-09-01', [['First-half', '2018-01-01', '2018-06-30', 'half'], ['comparable period in 2016', '2016-01-01', '2016-06-30', 'half']]],
    ['Output was the same period in 2015 as a whole.', '2018-09-01', [['same period in 2015', '2015-01-01', '2015-12-31', 'year']]],
  ]);
  it('marks anaphora, and falls back to the reference date', () => {
    const f = periods('Costs were higher than in the previous quarter.', '2019-07-04');
    expect(f.map(brief)).toEqual([['previous quarter', '2019-04-01', '2019-06-30', 'quarter']]);
    const g = periods('In 2015 sales rose from a year earlier.', '2016-01-01');
    expect(g[1]!.implied.anaphora).toBe(true);
  });
});

describe('analysts\' shorthand', () => {
  table([
    ['Revenue for 9M 2024 rose.', '2024-11-01', [['9M 2024', '2024-01-01', '2024-09-30', 'custom']]],
    ['9M24 margins held.', '2024-11-01', [['9M24', '2024-01-01', '2024-09-30', 'custom']]],
    ['6M2023 sales were flat.', '2024-11-01', [['6M2023', '2023-01-01', '2023-06-30', 'half']]],
    // Without a year "9M" is nine million; "3M 2024" is the company.
    ['It sold 9M units.', '2024-11-01', []],
    ['3M 2024 guidance was cut.', '2024-11-01', []],
    // Indian results glue the fiscal year to the quarter or half.
    ['Profit in Q2FY25 rose.', '2024-11-01', [['Q2FY25', '2025-04-01', '2025-06-30', 'quarter']]],
    // An analyst's estimate for a year.
    ['FY25E revenue is seen at $4bn.', '2024-11-01', [['FY25E', '2025-01-01', '2025-12-31', 'fiscal-year']]],
    // Japanese labels: the month and year the fiscal year ends, either way round; a split year is still a split year.
    ['Profit for FY3/2024 hit a record.', '2024-05-20', [['FY3/2024', '2023-04-01', '2024-03-31', 'fiscal-year']]],
    ['The FY2025/3 outlook is unchanged.', '2024-05-20', [['FY2025/3', '2024-04-01', '2025-03-31', 'fiscal-year']]],
    ['Sales in FY06/25 slipped.', '2025-08-01', [['FY06/25', '2024-07-01', '2025-06-30', 'fiscal-year']]],
    // A split fiscal year with no calendar stated starts in April (lexicon/periods.ts SPLIT_YEAR_START).
    ['Sales in FY2024/25 slipped.', '2025-08-01', [['FY2024/25', '2024-04-01', '2025-03-31', 'fiscal-year']]],
    // A quarter or half of such a year is a part of the whole split year, not of its first year.
    ['Margins in Q4 FY2025/26 widened.', '2026-05-10', [['Q4 FY2025/26', '2026-01-01', '2026-03-31', 'quarter']]],
    ['Its H1 FY25-26 loss narrowed.', '2025-11-10', [['H1 FY25-26', '2025-04-01', '2025-09-30', 'half']]],
    ['Sales in Q2 of FY 2026-27 rose.', '2026-11-10', [['Q2 of FY 2026-27', '2026-07-01', '2026-09-30', 'quarter']]],
    ['Bookings in Q3 FY25-Q4 FY25 held.', '2026-05-10', [['Q3 FY25-Q4 FY25', '2025-07-01', '2025-12-31', 'custom']]],
    // Analysts' calendar year after a quarter or half: one period, on the calendar.
    ['Demand in Q3 CY2026 firmed.', '2026-11-10', [['Q3 CY2026', '2026-07-01', '2026-09-30', 'quarter']]],
    ['Shipments in the second half of CY25 slowed.', '2026-11-10', [['second half of CY25', '2025-07-01', '2025-12-31', 'half']]],
    // A US month and day after "FY" stays a day.
    ['Our FY 9/30 year end is near.', '2024-05-20', [['9/30', '2023-09-30', '2023-09-30', 'day']]],
    ['FY 3/31/2024 results are out.', '2024-05-20', [['3/31/2024', '2024-03-31', '2024-03-31', 'day']]],
    ['The FY 12/31 close went well.', '2024-05-20', [['12/31', '2023-12-31', '2023-12-31', 'day']]],
    // Its end sets the calendar of the fiscal years after it.
    ['FY3/2024 closed strongly and FY2025 began well.', '2024-05-20', [['FY3/2024', '2023-04-01', '2024-03-31', 'fiscal-year'], ['FY2025', '2024-04-01', '2025-03-31', 'fiscal-year']]],
    ['The 2026E margin looks rich.', '2024-11-01', [['2026E', '2026-01-01', '2026-12-31', 'year']]],
    ['Model X2025E ships soon.', '2024-11-01', []],
    ['Output in H1\'24 slowed.', '2024-11-01', [["H1'24", '2024-01-01', '2024-06-30', 'half']]],
    // A two-digit year after a hyphen or slash.
    ['Orders in Q4-23 slowed.', '2024-11-01', [['Q4-23', '2023-10-01', '2023-12-31', 'quarter']]],
    ['Output in H2/22 recovered.', '2024-11-01', [['H2/22', '2022-07-01', '2022-12-31', 'half']]],
    ['Sales in H1FY2024 grew.', '2024-11-01', [['H1FY2024', '2024-01-01', '2024-06-30', 'half']]],
    ['Margins in 2QFY25 widened.', '2024-11-01', [['2QFY25', '2025-04-01', '2025-06-30', 'quarter']]],
    ['Cash in 1HFY24 fell.', '2024-11-01', [['1HFY24', '2024-01-01', '2024-06-30', 'half']]],
    // Spaced from its fiscal year; an "h" with a plain year is more often hours.
    ['Cash in 1H FY2024 fell.', '2024-11-01', [['1H FY2024', '2024-01-01', '2024-06-30', 'half']]],
    ['Orders in 2H fiscal 2023 rose.', '2024-11-01', [['2H fiscal 2023', '2023-07-01', '2023-12-31', 'half']]],
    ['The 2h of 2020 footage ran.', '2024-11-01', [['2020', '2020-01-01', '2020-12-31', 'year']]],
  ]);
});
