/**
 * Periods relative to the reference date (src/recognise/period/relative.ts). Sentences
 * written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('the rest of a year: from the reference date when it falls in the year, else the whole year', () => {
  table([
    ['Freight should stay weak for the rest of 2022.', '2022-05-11', [['rest of 2022', 33, 45, '2022-05-11', '2022-12-31']]],
    ['The mill is booked for the remainder of 2022, it said.', '2022-05-11', [['remainder of 2022', 27, 44, '2022-05-11', '2022-12-31']]],
    ['Output for the balance of 2022 is sold.', '2022-05-11', [['balance of 2022', 15, 30, '2022-05-11', '2022-12-31']]],
    ['The rest of 2023 looks busy.', '2022-05-11', [['rest of 2023', 4, 16, '2023-01-01', '2023-12-31']]],
    ['Exports for the rest of the year are sold.', '2022-05-11', [['rest of the year', 16, 32, '2022-05-11', '2022-12-31']]],
    // The year named, not its remaining part, is the base of a later "a year earlier".
    ['Loans may stay unpaid for the remainder of 2022; reserves rose from a year earlier.', '2022-05-11', [['remainder of 2022', 30, 47, '2022-05-11', '2022-12-31'], ['a year earlier', 68, 82, '2021-01-01', '2021-12-31']]],
    // A split fiscal year is no calendar year to finish.
    ['Supply for the remainder of 2021/22 is tight.', '2022-05-11', [['2021/22', 28, 35, '2021-01-01', '2022-12-31']]],
  ]);
});

describe('"so far this year" is the year to date', () => {
  table([
    ['So far this year, the lender has cut 300 jobs.', '2021-06-10', [['So far this year', 0, 16, '2021-01-01', '2021-06-10']]],
    ['Orders this year so far are flat.', '2021-06-10', [['this year so far', 7, 23, '2021-01-01', '2021-06-10']]],
    ['Issuance so far this quarter is light.', '2021-05-20', [['so far this quarter', 9, 28, '2021-04-01', '2021-05-20']]],
    ['Trading so far this month was thin.', '2021-05-20', [['so far this month', 8, 25, '2021-05-01', '2021-05-20']]],
    // Other units keep their whole period.
    ['So far this week, trading was thin.', '2021-05-20', [['this week', 7, 16, '2021-05-17', '2021-05-23']]],
    ['This year the firm went so far as to sell a plant.', '2021-05-20', [['This year', 0, 9, '2021-01-01', '2021-12-31']]],
  ]);
});

describe('"year to date" bounded by a day after it runs to that day', () => {
  table([
    ['The trust is up 4.2% year to date through May 16.', '2024-05-20', [['year to date through May 16', 21, 48, '2024-01-01', '2024-05-16']]],
    ['Its return was 1.9% year-to-date to 28 February.', '2025-03-03', [['year-to-date to 28 February', 20, 47, '2025-01-01', '2025-02-28']]],
    ['Flows were negative YTD through June 13.', '2023-06-20', [['YTD through June 13', 20, 39, '2023-01-01', '2023-06-13']]],
    ['Sales rose 3% month to date through Oct. 11.', '2022-10-14', [['month to date through Oct. 11', 14, 43, '2022-10-01', '2022-10-11']]],
    // Without a day after it, the span runs to the reference date.
    ['The index is up 7% year to date.', '2024-05-20', [['year to date', 19, 31, '2024-01-01', '2024-05-20']]],
  ]);
});

describe('"since the beginning of the year" is the year to date', () => {
  table([
    ['Since the beginning of the year, the fund has gained 6%.', '2022-08-19', [['Since the beginning of the year', 0, 31, '2022-01-01', '2022-08-19']]],
    ['Deliveries since the start of this year total 410 jets.', '2022-08-19', [['since the start of this year', 11, 39, '2022-01-01', '2022-08-19']]],
    ['Bond yields have doubled since the turn of the year.', '2022-08-19', [['since the turn of the year', 25, 51, '2022-01-01', '2022-08-19']]],
    ['Since the start of the quarter the shares are flat.', '2022-08-19', [['Since the start of the quarter', 0, 30, '2022-07-01', '2022-08-19']]],
    ['Since the beginning of the month, freight rates eased.', '2022-08-19', [['Since the beginning of the month', 0, 32, '2022-08-01', '2022-08-19']]],
    ['Since the start of 2021, the rand has lost a fifth.', '2022-08-19', [['Since the start of 2021', 0, 23, '2021-01-01', '2022-08-19']]],
    ["Gold rose since the start of 2021's rally.", '2022-08-19', [['2021', 29, 33, '2021-01-01', '2021-12-31']]],
    // A part of the unit, or no unit, is not the unit to date.
    ["Prices rose since the start of the year's second half.", '2022-08-19', [['second half', 42, 53, '2022-07-01', '2022-12-31']]],
    ['Prices rose since the start of the strike.', '2022-08-19', []],
    // From the year's start to a month: the months between, not the twelve months ended with the month.
    ['From the beginning of the year through May, sales rose.', '2022-08-19', [['From the beginning of the year through May', 0, 42, '2022-01-01', '2022-05-31']]],
    ['Output rose from the start of 2021 to March.', '2022-08-19', [['from the start of 2021 to March', 12, 43, '2021-01-01', '2021-03-31']]],
  ]);
});

describe('counts written with any number word', () => {
  table([
    ['The plant shut forty-five days ago.', '2024-03-13', [['forty-five days ago', 15, 34, '2024-01-28', '2024-01-28']]],
    ['The plant shut a year ago today.', '2024-03-13', [['a year ago today', 15, 31, '2023-03-13', '2023-03-13']]],
    ['Rates reset sixty days from now.', '2024-03-13', [['sixty days from now', 12, 31, '2024-05-12', '2024-05-12']]],
    ['Output over the next thirteen weeks will rise.', '2024-03-13', [['next thirteen weeks', 16, 35, '2024-03-18', '2024-06-16']]],
  ]);
});

describe('a count of days before or after a day', () => {
  table([
    ['Bids are due two days after May 26.', '2024-03-13', [['two days after May 26', 13, 34, '2023-05-28', '2023-05-28']]],
    ['It rained three days before yesterday.', '2024-03-13', [['three days before yesterday', 10, 37, '2024-03-09', '2024-03-09']]],
    ['The vote falls a week from tomorrow.', '2024-03-13', [['a week from tomorrow', 15, 35, '2024-03-21', '2024-03-21']]],
    // From a weekday: the coming one (2024-03-15), then the offset.
    ['The vote falls two weeks from Friday.', '2024-03-13', [['two weeks from Friday', 15, 36, '2024-03-29', '2024-03-29']]],
    // "the day before/after" a dated day is one day off it; not before another phrase or a range.
    ['The shop reopened the day after January 9.', '2024-03-13', [['day after January 9', 22, 41, '2024-01-10', '2024-01-10']]],
    ['Filings closed the day before Feb. 29, 2020.', '2024-03-13', [['day before Feb. 29, 2020', 19, 43, '2020-02-28', '2020-02-28']]],
    ['We left on the day after the 2nd of March.', '2024-03-13', [['day after the 2nd of March', 15, 41, '2024-03-03', '2024-03-03']]],
    ['He spoke the day after the vote on March 3.', '2024-03-13', [['March 3', 35, 42, '2024-03-03', '2024-03-03']]],
    ['Sales ran the day after May 1 to May 3.', '2024-03-13', [['May 1 to May 3', 24, 38, '2023-05-01', '2023-05-03']]],
    // A span that starts on the day, or a rate, is not a day counted from it.
    ['Quotas apply for 12 months from April 1.', '2024-03-13', [['April 1', 32, 39, '2023-04-01', '2023-04-01']]],
    ['Exports rose 9,000 tonnes a year from March 31, 2023.', '2024-03-13', [['March 31, 2023', 38, 52, '2023-03-31', '2023-03-31']]],
  ]);
});

describe('a relative year after a day range', () => {
  table([
    ['The fair runs June 5 to 9 next year.', '2024-03-13', [['June 5 to 9 next year', 14, 35, '2025-06-05', '2025-06-09']]],
    ['Output dipped on Jan 10-12 last year.', '2024-03-13', [['Jan 10-12 last year', 17, 36, '2023-01-10', '2023-01-12']]],
    // A count needs a plural unit: "1.5 pct to 73 next year" is no seventy-three years.
    ['Growth slows to 73 next year.', '2024-03-13', [['next year', 19, 28, '2025-01-01', '2025-12-31']]],
  ]);
});

describe('a bare weekday after a word of the future is the coming one', () => {
  // 2022-05-11 is a Wednesday.
  table([
    ['The regulator will rule on the merger on Friday.', '2022-05-11', [['Friday', 41, 47, '2022-05-13', '2022-05-13']]],
    ['The weekly option expires on Monday.', '2022-05-11', [['Monday', 29, 35, '2022-05-16', '2022-05-16']]],
    ['A vote is scheduled for Tuesday.', '2022-05-11', [['Tuesday', 24, 31, '2022-05-17', '2022-05-17']]],
    // The reference day itself is still to come.
    ['Talks will resume on Wednesday.', '2022-05-11', [['Wednesday', 21, 30, '2022-05-11', '2022-05-11']]],
    // A word of the past met first keeps the latest one.
    ['The group, which will list soon, said on Monday its sales rose.', '2022-05-11', [['Monday', 41, 47, '2022-05-09', '2022-05-09']]],
    ['Shares fell on Friday.', '2022-05-11', [['Friday', 15, 21, '2022-05-06', '2022-05-06']]],
    // "'ll", and a base form after a modal ("will cut", "will proceed"), are of the future.
    ["We'll know more on Friday.", '2022-05-11', [['Friday', 19, 25, '2022-05-13', '2022-05-13']]],
    ['The central bank will cut rates on Thursday.', '2022-05-11', [['Thursday', 35, 43, '2022-05-12', '2022-05-12']]],
    ['The hearing will proceed on Monday.', '2022-05-11', [['Monday', 28, 34, '2022-05-16', '2022-05-16']]],
    // A plan or schedule before "to": "expected to", "due to" + an act, "set to", "plans to".
    ['The refinery is expected to restart on Friday.', '2022-05-11', [['Friday', 39, 45, '2022-05-13', '2022-05-13']]],
    ['The jury is due to return its verdict Monday.', '2022-05-11', [['Monday', 38, 44, '2022-05-16', '2022-05-16']]],
    ['Both unions are set to strike Thursday.', '2022-05-11', [['Thursday', 30, 38, '2022-05-12', '2022-05-12']]],
    ['The insurer plans to file its appeal Tuesday.', '2022-05-11', [['Tuesday', 37, 44, '2022-05-17', '2022-05-17']]],
    // The same words told as past, as a cause, or before a weekday's own event keep the latest day.
    ['The ferry was expected to sail Saturday but storms held it.', '2022-05-11', [['Saturday', 31, 39, '2022-05-07', '2022-05-07']]],
    ['The firm announced plans to close the mill Monday.', '2022-05-11', [['Monday', 43, 49, '2022-05-09', '2022-05-09']]],
    ['The slide was due to comments on Sunday by the minister.', '2022-05-11', [['Sunday', 33, 39, '2022-05-08', '2022-05-08']]],
    ["Yields look set to fall further after Tuesday's auction.", '2022-05-11', [['Tuesday', 38, 45, '2022-05-10', '2022-05-10']]],
    // An event that "which" schedules in the present is the coming one.
    ['Its rival, which reports on Friday, is seen posting a loss.', '2022-05-11', [['Friday', 28, 34, '2022-05-13', '2022-05-13']]],
    ['The regulator, which meets Monday, may lift the cap.', '2022-05-11', [['Monday', 27, 33, '2022-05-16', '2022-05-16']]],
    // Not when the present tells what was done on that day ("said on Monday").
    ['The carrier, which said on Monday it reports twice a year, fell.', '2022-05-11', [['Monday', 27, 33, '2022-05-09', '2022-05-09']]],
  ]);
});

describe('a weekday, or two, of a named week', () => {
  table([
    ['The board meets next week Thursday.', '2022-05-11', [['next week Thursday', 16, 34, '2022-05-19', '2022-05-19']]],
    ['Payroll closes this week on Friday.', '2022-05-11', [['this week on Friday', 15, 34, '2022-05-13', '2022-05-13']]],
    ['The audit began last week Monday.', '2022-05-11', [['last week Monday', 16, 32, '2022-05-02', '2022-05-02']]],
    ['Book the hall next week between Monday and Wednesday.', '2022-05-11', [['next week between Monday and Wednesday', 14, 52, '2022-05-16', '2022-05-18']]],
    ['The site was down last week from Tuesday to Thursday.', '2022-05-11', [['last week from Tuesday to Thursday', 18, 52, '2022-05-03', '2022-05-05']]],
    // A lower-case abbreviation stays a word; "last week" keeps its own week.
    ['We said next week sat well with us.', '2022-05-11', [['next week', 8, 17, '2022-05-16', '2022-05-22']]],
  ]);
});

describe('two units on or back: "the month after next", "the week before last"', () => {
  table([
    ['Prices reset the month after next.', '2022-05-11', [['month after next', 17, 33, '2022-07-01', '2022-07-31']]],
    ['Margins peaked the quarter before last.', '2022-05-11', [['quarter before last', 19, 38, '2021-10-01', '2021-12-31']]],
    ['The fair opens the weekend after next.', '2022-05-11', [['weekend after next', 19, 37, '2022-05-28', '2022-05-29']]],
    ['The pipe burst the week before last.', '2022-05-11', [['week before last', 19, 35, '2022-04-25', '2022-05-01']]],
    ['The new line opens the year after next.', '2022-05-11', [['year after next', 23, 38, '2024-01-01', '2024-12-31']]],
    ['Both sides meet again the year after next, in Oslo.', '2022-05-11', [['year after next', 26, 41, '2024-01-01', '2024-12-31']]],
    ['Rates were cut the year before last.', '2022-05-11', [['year before last', 19, 35, '2020-01-01', '2020-12-31']]],
    // "next" opening a phrase of its own.
    ['The vote is the year after next month.', '2022-05-11', [['next month', 27, 37, '2022-06-01', '2022-06-30']]],
    ['The plan is due the week after next Friday.', '2022-05-11', [['next Friday', 31, 42, '2022-05-20', '2022-05-20']]],
  ]);
});

describe('a quarter or half of a relative year, and a weekday led date with "the"', () => {
  table([
    ["Guidance for this year's Q3 was cut.", '2022-05-11', [["this year's Q3", 13, 27, '2022-07-01', '2022-09-30']]],
    ["Next year's H1 looks weak.", '2022-05-11', [["Next year's H1", 0, 14, '2023-01-01', '2023-06-30']]],
    ['The fair opened on Monday, the 9th of May, 2022.', '2022-05-11', [['Monday, the 9th of May, 2022', 19, 47, '2022-05-09', '2022-05-09']]],
  ]);
});

describe('"in three days" is the day ahead, unless the clause tells what happened within it', () => {
  table([
    ['The merger should close in 30 days.', '2024-03-01', [['in 30 days', 24, 34, '2024-03-31', '2024-03-31']]],
    ['The firm expects the plant to reopen in two weeks.', '2024-03-01', [['in two weeks', 37, 49, '2024-03-15', '2024-03-15']]],
    ['Approval is expected to be granted in 10 days.', '2024-03-01', [['in 10 days', 35, 45, '2024-03-11', '2024-03-11']]],
    ['Results come out in three weeks.', '2024-03-01', [['in three weeks', 17, 31, '2024-03-22', '2024-03-22']]],
    ['The lease ends in 3 days time.', '2024-03-13', [['in 3 days', 15, 24, '2024-03-16', '2024-03-16']]],
    // A fortnight is fourteen days.
    ['The jury returns in a fortnight.', '2024-03-01', [['in a fortnight', 17, 31, '2024-03-15', '2024-03-15']]],
    ['Crops were at their best in a fortnight.', '2024-03-01', []],
    ['Bids are due in a 10 days time frame.', '2024-03-13', []],
    // What happened within the span: past tense, or a count of events.
    ['The shares rose 25% in three weeks.', '2024-03-01', []],
    ['It was the second strike in five days.', '2024-03-01', []],
    ['The stock climbed 4 dollars in two days.', '2024-03-01', []],
    ['Prices drove higher in a week of heavy buying.', '2024-03-01', []],
  ]);
});

describe('weekdays in titles and weekly hours are no days', () => {
  table([
    // A newspaper or a show named after a weekday.
    ['The poll ran in the Sunday Telegraph and the Sunday Mirror.', '2024-03-13', []],
    ['The host of Saturday Night Live joked about it.', '2024-03-13', []],
    // A word of time before it keeps the day.
    ['On Sunday Times Square was quiet.', '2024-03-13', [['Sunday', 3, 9, '2024-03-10', '2024-03-10']]],
    // A range of weekdays among opening or working hours is a weekly schedule.
    ['The pool is open 07:00-21:00, Monday to Saturday.', '2024-03-13', []],
    ['Clinics run from 8am to 6pm, Tuesday through Friday.', '2024-03-13', []],
    ['Banks will now operate from Sunday to Thursday in the kingdom.', '2024-03-13', []],
    // Without such words it is one span of days.
    ['Bonds dated Monday to Wednesday were repaid.', '2024-03-13', [['Monday to Wednesday', 12, 31, '2024-03-11', '2024-03-13']]],
  ]);
});

describe('"this decade": the calendar decade of the reference date', () => {
  table([
    ['Steel makers have shed 90,000 jobs this decade, the union said.', '1987-04-01', [['this decade', 35, 46, '1980-01-01', '1989-12-31']]],
    ['Growth in the current decade has been slow.', '2016-11-07', [['current decade', 14, 28, '2010-01-01', '2019-12-31']]],
    ["This decade's best harvest came in 2014.", '2016-11-07', [['This decade', 0, 11, '2010-01-01', '2019-12-31'], ['2014', 35, 39, '2014-01-01', '2014-12-31']]],
    // "the next decade" is as often the next ten years: no period.
    ['Forecasters see faster growth over the next decade.', '2016-11-07', []],
  ]);
});

describe('"the day after next": the day after tomorrow', () => {
  table([
    ['Bids are due the day after next, the agency said.', '2026-07-11', [['day after next', 17, 31, '2026-07-13', '2026-07-13']]],
    ['Day after next, the fund reopens.', '2026-07-11', [['Day after next', 0, 14, '2026-07-13', '2026-07-13']]],
    // "next" that opens the next phrase is that phrase's.
    ["Traders await the day after next Monday's vote.", '2016-11-07', [['next Monday', 28, 39, '2016-11-14', '2016-11-14']]],
  ]);
});

describe('"the week beginning <date>": the seven days from that day', () => {
  table([
    ['Loadings for the week beginning March 2 rose.', '2020-03-20', [['week beginning March 2', 17, 39, '2020-03-02', '2020-03-08']]],
    ['Tenders close in the week commencing 4 March, 2019.', '2020-03-20', [['week commencing 4 March, 2019', 21, 50, '2019-03-04', '2019-03-10']]],
    ['In the week starting on May 6, output fell.', '2020-03-20', [['week starting on May 6', 7, 29, '2019-05-06', '2019-05-12']]],
  ]);
});

describe('a modified weekday with its date in brackets is that date', () => {
  table([
    ['Talks resume next Wednesday (Sept 9) in Geneva.', '2020-09-01', [['next Wednesday (Sept 9)', 13, 36, '2020-09-09', '2020-09-09']]],
    ['Doors open this Saturday(Aug-22).', '2020-08-18', [['this Saturday(Aug-22)', 11, 32, '2020-08-22', '2020-08-22']]],
  ]);
});

describe('a bare weekday after another in a range is the first such day after it', () => {
  table([
    // the Friday after that Tuesday, not the latest Friday before it
    ['The plant ran from Tuesday to Friday.', '2019-06-12', [['from Tuesday to Friday', 14, 36, '2019-06-11', '2019-06-14']]],
    ['The plant ran from Friday to Monday.', '2019-06-12', [['from Friday to Monday', 14, 35, '2019-06-07', '2019-06-10']]],
    ['The plant ran from Monday to Wednesday.', '2019-06-12', [['from Monday to Wednesday', 14, 38, '2019-06-10', '2019-06-12']]],
    ['Talks run next Monday through Wednesday.', '2019-06-12', [['next Monday through Wednesday', 10, 39, '2019-06-17', '2019-06-19']]],
  ]);
});
