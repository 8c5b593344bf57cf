import { describe, expect, it } from 'vitest';
import { periods, spannedTable } from './helpers';

/** Newswire phrasings that look like dates but are not periods (written for this project). */
describe('newswire look-alikes', () => {
  it.each([
    ['Bonds were 1/4 to 3/8 point firmer.', []],
    ['Weather this may have hurt the crop.', []],
    ['It bought oil for second half April shipment.', ['April']],
    ['The part is coded A-1987.', []],
    ['Output hit its highest in 10 days.', []],
    ['Shares traded every other Friday.', []],
    ['Sales fell, compared with a year-earlier profit of 2 mln.', []],
    ['Year-earlier figures were restated.', []],
    ['He spoke on Tuesday afternoons.', []],
    ['Theresa May said no.', []],
    // Futures contract codes: a month in capitals glued to its year's last digit.
    ['CORN OPEN P SETT  MAY7 1550A 1552  JUL7 1601B 1598  MAR8 -- 1640', []],
    // (A day written in capitals keeps its space: "MAY 7".)
    ['DIVIDEND PAYABLE MAY 7', ['MAY 7']],
    // Two people, not a list of months; a procession's name.
    ['Theresa May and April Ryan spoke first.', []],
    ['Guests included Jack March and May Lee.', []],
    ['The March on Washington was planned for weeks.', []],
    ['Students joined a March for Science rally.', []],
    // A month and day after "the" that name an event or a body; a sitting keeps its date.
    ['The Jan. 6 committee asked for records.', []],
    ['Staff of the Sept. 11 commission testified.', []],
    ['Families of the Sept. 11 victims gathered.', []],
    ['The March 5 committee meeting was moved.', ['March 5']],
    ['On January 6 rioters broke windows.', ['January 6']],
    // A span something was done in, after an irregular past verb.
    ['Crews laid 30 km of track in 12 days.', []],
    ['The team dug a new well in 3 weeks.', []],
    // A real list of months stays one next to a name or a code.
    ['Between January and May Acme shipped 40 rigs.', ['Between January and May']],
    ['Cargoes traded at 1.3 times London May, June/July at par.', ['May', 'June/July']],
    ['Gains came in April, May and June, said Anna Petrova.', ['April', 'May', 'June']],
    ['The May Department Stores Co gained.', []],
    ['Dividend prior\n\nYear net rose.', []],
    ['Call rates rose by 1/4 to 14 pct.', []],
    ['Longer dates dipped by 1/4 to 1/2 point.', []],
    ['Holders get one share and 8/10 of a share.', []],
    ['It is less than 1/10 of one pct of sales.', []],
    ['They built several X1/9 sports cars.', []],
    ['Prices take effect on 3/1, the company said.', ['3/1']],
    ['The tax takes effect on 3/1 of next year.', ['3/1', 'next year']],
    // A date of every year is no one period, as "every March" below.
    ['Payments fall due 12/15 of each year.', []],
    ['In the year before last month\'s vote, prices rose.', ['year before', 'last month']],
    ['Shares had slid since the start of the year before Friday.', ['Friday']],
    ['The plan was drafted a year before the merger.', []],
    ['Output peaked the year before 1985.', ['1985']],
    ['Spending in the last quarter of 1987-1991 fell.', ['1987-1991']],
    // Events, scores, odds, indexes and head counts.
    ['Airport security changed after the 9/11 attacks.', []],
    ['Critics rated the film 8/10.', []],
    ['Rates reset every March.', []],
    ['Each December the board meets.', []],
    ['The colt started a 3/1 favourite.', []],
    ['The deadline is 3/15, the agency said.', ['3/15']],
    ['The Russell 2000 index slipped.', []],
    ['The drug was tested in 2000 patients.', []],
    // A letter after a hyphen makes a code: a visa class, not a half-year.
    ['She works on an H1-B visa.', []],
    ['Their Q1-A notes were repaid.', []],
    ['Sales rose in H1-1987.', ['H1-1987']],
    ['Sales rose in Q1-Q3 1986.', ['Q1-Q3 1986']],
    // An ordinal word after a weekday that belongs to the words after it.
    ['The cabinet approved it on Friday, the second-largest budget yet.', ['Friday']],
    ['Talks resumed on Monday, the third day of the strike.', ['Monday']],
    ['The first round is on Sunday, the second on April 26.', ['Sunday', 'April 26']],
    ['The vote is on Tuesday, the 17th.', ['Tuesday, the 17th']],
  ] as const)('%j', (text, expected) => {
    expect(periods(text, '1987-03-10').map((f) => f.text)).toEqual(expected);
  });
});

/** Days and months of every year in filings: no one period (src/recognise/period/recurring.ts). */
describe('dates that recur every year', () => {
  it.each([
    ['Coupons are paid on March 15 and September 15 of each year, starting March 15, 2025.', [['March 15, 2025', 69, 83, '2025-03-15', '2025-03-15']]],
    ['Rent escalates by 3% on July 1 of every year.', []],
    ['The plan measures its obligations on December 31 each year.', []],
    ['Dividends were paid in February, May, August and November each year.', []],
    ['Installments fall due on June 1, 2026 and on June 1 of each year after that.', [['June 1, 2026', 25, 37, '2026-06-01', '2026-06-01']]],
    // A weekday's anchor in a 52/53-week calendar: no day of its own.
    ['The retailer closes its books on the Saturday nearest to January 31.', []],
    ['Each fiscal year ends on the Sunday closest September 30; fiscal 2023 ended on October 1, 2023.', [['fiscal 2023 ended on October 1, 2023', 58, 94, '2022-10-03', '2023-10-01']]],
    // (A payment still to come: the coming June 15, not the latest one.)
    ['Payment is due on the business day nearest to June 15.', [['June 15', 46, 53, '2024-06-15', '2024-06-15']]],
    // Not a list that ends in "each year": periods of their own.
    ['Shipments resumed on May 4, and each year since they have grown.', [['May 4', 21, 26, '2024-05-04', '2024-05-04']]],
    ['We paid it on April 30 and expect each year to be similar.', [['April 30', 14, 22, '2024-04-30', '2024-04-30']]],
  ] as const)('%j', (text, expected) => {
    expect(periods(text, '2024-05-10').map((f) => [f.text, f.span.start, f.span.end, f.start, f.end])).toEqual(expected);
  });
});

/** Numbered standards and rulings in filings: a label, not a month (src/recognise/period/year.ts). */
describe('numbered standards and notices', () => {
  it.each([
    ['The Company early adopted ASU 2017-04 in its annual goodwill test.', []],
    ['Guidance in ASU No. 2019-12 simplifies income tax accounting.', []],
    ['Accounting Standards Update 2018-07 was adopted in June 2018.', [['June 2018', 51, 60]]],
    ['Relief under IRS Notice 2020-18 deferred the payment.', []],
    // Without a label before it, a year and a month number; a bare year after "update" is a year.
    ['Receipts peaked in 2019-11 before the slowdown.', [['2019-11', 19, 26]]],
    ['In its trading update 2020 sales were called flat.', [['2020', 22, 26]]],
    // A sentence that ends in a label word is no label before the next one's split year.
    ['The team met outside the building. 2019/20 was hard.', [['2019/20', 35, 42]]],
  ] as const)('%j', (text, expected) => {
    expect(periods(text, '2021-03-01').map((f) => [f.text, f.span.start, f.span.end])).toEqual(expected);
  });
});

/** A dotted number with a two-digit last part: a version after a name or a version word, else a date. */
describe('dotted versions and dates', () => {
  spannedTable([
    ['The app moved to Zoom 5.17.11 last month.', '2024-06-10', [['last month', 30, 40, '2024-05-01', '2024-05-31']]],
    ['Python 3.10.12 fixes a bug.', '2024-06-10', []],
    ['It runs version 5.1.19 now.', '2024-06-10', []],
    ['The board met on 17.05.11 in Oslo.', '2024-06-10', [['17.05.11', 17, 25, '2011-05-17', '2011-05-17']]],
    ['For the year ended 31.12.19 profit rose.', '2024-06-10', [['year ended 31.12.19', 8, 27, '2019-01-01', '2019-12-31']]],
    ['Balance sheet for 31.12.19 shows it.', '2024-06-10', [['31.12.19', 18, 26, '2019-12-31', '2019-12-31']]],
  ]);
});
