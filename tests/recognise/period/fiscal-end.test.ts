/**
 * A fiscal-year label followed by the end the text states for it (src/recognise/period/fiscal-end.ts).
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { periods, spanned, spannedTable as table } from './helpers';

describe('a fiscal label joined to its stated end is one period', () => {
  table([
    ['Turnover in fiscal year 2022 ended June 30, 2022 climbed.', '2022-09-01', [['fiscal year 2022 ended June 30, 2022', 12, 48, '2021-07-01', '2022-06-30']]],
    ['Its fiscal 2021 ended June 30 on a high.', '2021-09-01', [['fiscal 2021 ended June 30', 4, 29, '2020-07-01', '2021-06-30']]],
    ['FY2020 ended September 30, 2020 was weak.', '2021-01-01', [['FY2020 ended September 30, 2020', 0, 31, '2019-10-01', '2020-09-30']]],
    ['Fiscal 2019, ending March 31, 2019, was flat.', '2019-06-01', [['Fiscal 2019, ending March 31, 2019', 0, 34, '2018-04-01', '2019-03-31']]],
    // Named by the year it starts in: the stated end decides.
    ['Margins in fiscal 2023 ended March 31, 2024 widened.', '2024-06-01', [['fiscal 2023 ended March 31, 2024', 11, 43, '2023-04-01', '2024-03-31']]],
    // A month as the end.
    ['Output for fiscal 2018 ended May 2018 slipped.', '2018-08-01', [['fiscal 2018 ended May 2018', 11, 37, '2017-06-01', '2018-05-31']]],
  ]);
});

describe('a label whose stated end falls in the next year names every fiscal year by its start', () => {
  table([
    ['Fiscal 2024 ended February 1, 2025. Store sales in fiscal 2024 rose, and the third quarter of fiscal 2025 looks soft.', '2025-03-25', [
      // (Written again, fiscal 2024 is the same 52 weeks; fiscal 2025's quarters are on the same
      // weeks, 13 a quarter from the day after February 1, 2025.)
      ['Fiscal 2024 ended February 1, 2025', 0, 34, '2024-02-04', '2025-02-01'], ['fiscal 2024', 51, 62, '2024-02-04', '2025-02-01'],
      ['third quarter of fiscal 2025', 77, 105, '2025-08-03', '2025-11-01']]],
    // Stated after the label: the labels before it are read the same way.
    ['Dorrit reviews fiscal 2026 today; its fiscal 2026 ended March 31, 2027.', '2027-05-12', [
      ['fiscal 2026', 15, 26, '2026-04-01', '2027-03-31'], ['today', 27, 32, '2027-05-12', '2027-05-12'], ['fiscal 2026 ended March 31, 2027', 38, 70, '2026-04-01', '2027-03-31']]],
    // Named by the year it ends in: unchanged.
    ['Fiscal 2024 ended June 30, 2024, and fiscal 2023 was weaker.', '2024-09-01', [
      ['Fiscal 2024 ended June 30, 2024', 0, 31, '2023-07-01', '2024-06-30'], ['fiscal 2023', 37, 48, '2022-07-01', '2023-06-30']]],
  ]);
});

describe('a stated end in an aside resolves the label; the date stays a day', () => {
  table([
    ['Orders in FY2022 (ended June 30, 2022) grew.', '2022-09-01', [['FY2022', 10, 16, '2021-07-01', '2022-06-30'], ['June 30, 2022', 24, 37, '2022-06-30', '2022-06-30']]],
    ['Fiscal 2021, which ended September 30, set a record.', '2021-12-01', [['Fiscal 2021', 0, 11, '2020-10-01', '2021-09-30'], ['September 30', 25, 37, '2021-09-30', '2021-09-30']]],
    ['Its fiscal 2020 (ending March 31) was hard.', '2020-06-01', [['fiscal 2020', 4, 15, '2019-04-01', '2020-03-31'], ['March 31', 24, 32, '2020-03-31', '2020-03-31']]],
  ]);
});

describe('an end that is not this fiscal year\'s is not read with the label', () => {
  table([
    // Years apart: two figures, the label a calendar year by default.
    ['Fiscal 2022 ended June 30, 2017 is a typo.', '2022-09-01', [['Fiscal 2022', 0, 11, '2022-01-01', '2022-12-31'], ['June 30, 2017', 18, 31, '2017-06-30', '2017-06-30']]],
    // "to" with a written year runs between two points.
    ['Sales from fiscal 2019 to March 2020 rose.', '2020-06-01', [['fiscal 2019', 11, 22, '2019-01-01', '2019-12-31'], ['March 2020', 26, 36, '2020-03-01', '2020-03-31']]],
    // A relative end.
    ['Fiscal 2022 ended last June, it said.', '2022-09-01', [['Fiscal 2022', 0, 11, '2022-01-01', '2022-12-31'], ['last June', 18, 27, '2022-06-01', '2022-06-30']]],
    // A "which" clause about something else.
    ['Fiscal 2021, which saw record sales, was good.', '2021-12-01', [['Fiscal 2021', 0, 11, '2021-01-01', '2021-12-31']]],
  ]);
});

describe('a year end the text states sets the fiscal calendar', () => {
  table([
    ['Results for the year ended June 30 beat forecasts, and fiscal 2023 sales were restated.', '2024-08-20',
      [['year ended June 30', 16, 34, '2023-07-01', '2024-06-30'], ['fiscal 2023', 55, 66, '2022-07-01', '2023-06-30']]],
    // The first statement also sets the calendar of the fiscal periods before it: a text
    // names its fiscal year before it says when that year ends.
    ['Sales rose in fiscal 2023. For the year ended June 30, 2024, they fell, and FY25 looks flat.', '2024-08-20',
      [['fiscal 2023', 14, 25, '2022-07-01', '2023-06-30'], ['year ended June 30, 2024', 35, 59, '2023-07-01', '2024-06-30'], ['FY25', 76, 80, '2024-07-01', '2025-06-30']]],
    ['Profit should rise in the current fiscal year, to 520 billion yen in the year to March 2025.', '2024-05-10',
      [['current fiscal year', 26, 45, '2024-04-01', '2025-03-31'], ['year to March 2025', 73, 91, '2024-04-01', '2025-03-31']]],
    // The end stated as a fact of the fiscal year; the latest statement wins. Stated in the
    // present, the month or day is one of every year: it sets the calendar and is no period.
    ['Initech, whose fiscal year ends June 30, said fiscal Q3 2024 sales rose.', '2024-08-20',
      [['fiscal Q3 2024', 46, 60, '2024-01-01', '2024-03-31']]],
    // "financial year", as British and Australian reports write it, when the year is someone's.
    ['The miner raised its FY26 guidance; its financial year ends on 30 June.', '2025-10-20',
      [['FY26', 21, 25, '2025-07-01', '2026-06-30']]],
    // Someone's, by name: "Britain's financial year", "the state's financial year".
    ["The deficit for FY28 will narrow, and New Zealand's financial year ends on 30 June.", '2026-10-20',
      [['FY28', 16, 20, '2027-07-01', '2028-06-30']]],
    // (An event, not the calendar: "until the financial year ends on" a day, still to come.)
    ['Funds will last until the financial year ends on March 31.', '2025-01-10',
      [['March 31', 49, 57, '2025-03-31', '2025-03-31']]],
    ["Globex's fiscal year ends in September, and fiscal 2024 revenue grew.", '2024-08-20',
      [['fiscal 2024', 44, 55, '2023-10-01', '2024-09-30']]],
    // Near the month's end or middle, still that month, and no period of its own.
    ['Tailspin, whose fiscal year ends in late February, expects fiscal 2027 margins to widen.', '2026-05-02',
      [['fiscal 2027', 59, 70, '2026-03-01', '2027-02-28']]],
    ["Northwind's fiscal year ends in mid-August; fiscal 2025 closed strongly.", '2026-01-15',
      [['fiscal 2025', 44, 55, '2024-09-01', '2025-08-31']]],
    ['Its fiscal year ended in September 2023, and fiscal 2024 began well.', '2024-08-20',
      [['fiscal year ended in September 2023', 4, 39, '2022-10-01', '2023-09-30'], ['fiscal 2024', 45, 56, '2023-10-01', '2024-09-30']]],
    ['For the fiscal year ending September 30, 2025, it sees growth; the fiscal first quarter was slow.', '2025-02-10',
      [['fiscal year ending September 30, 2025', 8, 45, '2024-10-01', '2025-09-30'], ['fiscal first quarter', 67, 87, '2024-10-01', '2024-12-31']]],
  ]);

  table([
    // A relative clause after plural "fiscal years".
    ['Amounts relate to fiscal years, which end on June 30. Fiscal 2024 orders rose.', '2024-09-10',
      [['Fiscal 2024', 54, 65, '2023-07-01', '2024-06-30']]],
    // A fiscal quarter or half with its stated end states the year's end too.
    ['The second quarter of fiscal 2024 ended March 31, 2024. Fiscal 2024 sales should reach a record.', '2024-05-08',
      [['second quarter of fiscal 2024 ended March 31, 2024', 4, 54, '2024-01-01', '2024-03-31'], ['Fiscal 2024', 56, 67, '2023-10-01', '2024-09-30']]],
    ['Costs in the first half of fiscal 2025, ended November 30, 2024, fell; fiscal 2024 was flat.', '2025-01-09',
      [['first half of fiscal 2025, ended November 30, 2024', 13, 63, '2024-06-01', '2024-11-30'], ['fiscal 2024', 71, 82, '2023-06-01', '2024-05-31']]],
  ]);

  // Twelve months named as the fiscal year's calendar: attributive, after "runs", or in
  // parentheses after a year. The first two are no period; the parenthesised one restates its year.
  // The first statement also re-reads the anaphora before it ("the same quarter last year").
  table([
    ['The lender keeps an April-to-March financial year, and its Q2FY26 profit beat estimates.', '2025-11-20',
      [['Q2FY26', 59, 65, '2025-07-01', '2025-09-30']]],
    ['Q3FY25 deposits grew, helped by the festive season; like its peers, the bank has a July-June fiscal year.', '2025-11-20',
      [['Q3FY25', 0, 6, '2025-01-01', '2025-03-31']]],
    ["The group's financial year runs from October to September, so H1FY26 covers the winter.", '2025-11-20',
      [['H1FY26', 62, 68, '2025-10-01', '2026-03-31']]],
    ['Spending in fiscal 2025-26 (April-March) will rise, and the Q1 FY26 figure was already high.', '2025-11-20',
      [['fiscal 2025-26', 12, 26, '2025-04-01', '2026-03-31'], ['April-March', 28, 39, '2025-04-01', '2026-03-31'], ['Q1 FY26', 60, 67, '2025-04-01', '2025-06-30']]],
    ['Sales rose 8% in Q2FY26 against the same quarter last year. The maker follows an April-March financial year.', '2025-11-20',
      [['Q2FY26', 17, 23, '2025-07-01', '2025-09-30'], ['same quarter last year', 36, 58, '2024-07-01', '2024-09-30']]],
    // A fiscal quarter or half and its months, one in parentheses after the other.
    ['Borrowing in H2FY27 (October-March) will fall.', '2025-10-18',
      [['H2FY27', 13, 19, '2026-10-01', '2027-03-31'], ['October-March', 21, 34, '2026-10-01', '2027-03-31']]],
    // The months restate the label before them, whatever year they would take alone.
    ['Revenue for FY27 (April-March) will rise.', '2024-05-04',
      [['FY27', 12, 16, '2026-04-01', '2027-03-31'], ['April-March', 18, 29, '2026-04-01', '2027-03-31']]],
    // A calendar stated is no period a later anaphor refers back to. (The bare quarter before
    // it is the stated year's third quarter, January to March.)
    ['Sales in the third quarter rose. Its financial year runs from July to June. Sales fell from the same period a year earlier.', '2024-05-04',
      [['third quarter', 13, 26, '2024-01-01', '2024-03-31'], ['same period a year earlier', 96, 122, '2023-01-01', '2023-03-31']]],
    ['Profit in Q2FY26 (July-September) rose, and FY26 sales will rise.', '2025-10-18',
      [['Q2FY26', 10, 16, '2025-07-01', '2025-09-30'], ['July-September', 18, 32, '2025-07-01', '2025-09-30'], ['FY26', 44, 48, '2025-04-01', '2026-03-31']]],
    ['Profit in the July-September quarter (Q2FY26) rose, beating the same quarter last year.', '2025-10-18',
      [['July-September quarter', 14, 36, '2025-07-01', '2025-09-30'], ['Q2FY26', 38, 44, '2025-07-01', '2025-09-30'], ['same quarter last year', 64, 86, '2024-07-01', '2024-09-30']]],
    // Months that do not fit the part, or no fiscal label: no calendar.
    ['Its H1FY26 (April-June) was odd.', '2025-10-18',
      [['H1FY26', 4, 10, '2026-01-01', '2026-06-30'], ['April-June', 12, 22, '2025-04-01', '2025-06-30']]],
    ['Costs in Q2 (April-June) rose, and FY26 looks flat.', '2025-10-18',
      [['Q2', 9, 11, '2025-04-01', '2025-06-30'], ['April-June', 13, 23, '2025-04-01', '2025-06-30'], ['FY26', 35, 39, '2026-01-01', '2026-12-31']]],
    // "financial year" as "fiscal year"; a split year before it names one fiscal year.
    ['Results for the year to June 30 beat forecasts, and the 2026-27 financial year looks better.', '2026-11-20',
      [['year to June 30', 16, 31, '2025-07-01', '2026-06-30'], ['2026-27 financial year', 56, 78, '2026-07-01', '2027-06-30']]],
    ["The regulator's financial year 2025-26 budget rose, and its financial year beginning April 1, 2026 too.", '2026-11-20',
      [['financial year 2025-26', 16, 38, '2025-04-01', '2026-03-31'], ['financial year beginning April 1, 2026', 60, 98, '2026-04-01', '2027-03-31']]],
    ['Spending in the financial year that started on April 1 rose.', '2026-11-20',
      [['financial year that started on April 1', 16, 54, '2026-04-01', '2027-03-31']]],
    // A split year the fiscal rule does not read whole stays the year rule's; "financial" alone is no period.
    ['Spending in the financial year 2026/7 rose.', '2026-11-20', [['2026/7', 31, 37, '2026-01-01', '2027-12-31']]],
    ['Financial markets rose this year.', '2026-11-20', [['this year', 23, 32, '2026-01-01', '2026-12-31']]],
    // No fiscal word: a period of twelve months, no calendar.
    ['Traffic rose from April to March, and FY26 looks flat.', '2025-11-20',
      [['from April to March', 13, 32, '2025-04-01', '2026-03-31'], ['FY26', 38, 42, '2026-01-01', '2026-12-31']]],
    // A split year is the fiscal year of the calendar the text states: after the statement, and
    // (as other fiscal periods) before the first one; one before months in brackets is those months.
    ['In 2024/25 it hired. Profit for the year to March 31 rose, and 2025/26 should be better.', '2026-11-20',
      [['2024/25', 3, 10, '2024-04-01', '2025-03-31'], ['year to March 31', 36, 52, '2025-04-01', '2026-03-31'], ['2025/26', 63, 70, '2025-04-01', '2026-03-31']]],
    ['Canberra expects a smaller deficit in 2027-28. The government’s financial year ends on June 30.', '2026-05-20',
      [['2027-28', 38, 45, '2027-07-01', '2028-06-30']]],
    ['Ottawa books new spending for 2026-27, and its fiscal year ends March 31.', '2026-11-20',
      [['2026-27', 30, 37, '2026-04-01', '2027-03-31']]],
    // With no calendar stated anywhere, a bare split year still spans both calendar years.
    // (A budget's balance before it makes it a fiscal year: fiscal-country.test.ts.)
    ['Output is set to fall in 2028-29, the watchdog said.', '2026-11-20',
      [['2028-29', 25, 32, '2028-01-01', '2029-12-31']]],
    // The months in brackets start in the split year's first year, whatever the reference date.
    ['Barley exports in 2026/27 (Oct-Sept) will rise.', '2026-03-02',
      [['2026/27', 18, 25, '2026-10-01', '2027-09-30'], ['Oct-Sept', 27, 35, '2026-10-01', '2027-09-30']]],
    ['Wheat exports in 2026/27 (July/June) will rise from 2025/26, when they fell.', '2026-11-20',
      [['2026/27', 17, 24, '2026-07-01', '2027-06-30'], ['July/June', 26, 35, '2026-07-01', '2027-06-30'], ['2025/26', 52, 59, '2025-07-01', '2026-06-30']]],
  ]);

  // A part of a split year is a part of the fiscal year ending in its second year: on the
  // text's calendar, else one starting in April (never a calendar year).
  table([
    ['Profit for the first half of 2025/26 rose.', '2026-11-20', [['first half of 2025/26', 15, 36, '2025-04-01', '2025-09-30']]],
    ['Plans for the final quarter of 2025/26 were cut.', '2026-11-20', [['final quarter of 2025/26', 14, 38, '2026-01-01', '2026-03-31']]],
    ['Q3 2025-26 margins widened.', '2026-11-20', [['Q3 2025-26', 0, 10, '2025-10-01', '2025-12-31']]],
    ['The first nine months of 2025/26 were weak.', '2026-11-20', [['first nine months of 2025/26', 4, 32, '2025-04-01', '2025-12-31']]],
    ['Results for the year to June 30 were flat; first-half 2026/27 sales fell.', '2026-11-20',
      [['year to June 30', 16, 31, '2025-07-01', '2026-06-30'], ['first-half 2026/27', 43, 61, '2026-07-01', '2026-12-31']]],
    ['In fiscal 2025/26 the group grew.', '2026-11-20', [['fiscal 2025/26', 3, 17, '2025-04-01', '2026-03-31']]],
    // An end after a split year is the fiscal year's; after "fiscal 2026" it is the months' (as in a 10-Q).
    ['Exports in the first 10 months of fiscal 2025/26 ending March rose.', '2026-11-20', [['first 10 months of fiscal 2025/26 ending March', 15, 61, '2025-04-01', '2026-01-31']]],
    ['The gap for the first eight months of fiscal 2025/26 ending June 30 widened.', '2026-11-20', [['first eight months of fiscal 2025/26 ending June 30', 16, 67, '2025-07-01', '2026-02-28']]],
    ['Sales in the first nine months of fiscal 2026 ended June 30 rose.', '2026-11-20', [['first nine months of fiscal 2026 ended June 30', 13, 59, '2025-10-01', '2026-06-30']]],
  ]);

  it('a split year takes the caller\'s fiscalYearStart', () => {
    expect(periods('Budget 2025-26 was tight.', '2026-11-20', 4).map(spanned)).toEqual([['2025-26', 7, 14, '2025-04-01', '2026-03-31']]);
  });

  it('the caller\'s fiscalYearStart wins', () => {
    const text = 'Results for the year ended June 30 beat forecasts, and fiscal 2023 sales were restated.';
    expect(periods(text, '2024-08-20', 10).map(spanned)[1]).toEqual(['fiscal 2023', 55, 66, '2022-10-01', '2023-09-30']);
  });
});

describe('"fiscal year" with its first day, or its end in a relative clause', () => {
  table([
    // A coming start: a budget written before the year begins.
    ['Outlays rise 4 pct in the fiscal year beginning April 1.', '2024-02-20', [['fiscal year beginning April 1', 26, 55, '2024-04-01', '2025-03-31']]],
    ['The plan covers the fiscal year starting in October.', '2023-05-02', [['fiscal year starting in October', 20, 51, '2023-10-01', '2024-09-30']]],
    ['Congress weighs funds for the fiscal year beginning Oct. 1.', '1987-03-30', [['fiscal year beginning Oct. 1', 30, 58, '1987-10-01', '1988-09-30']]],
    // A start just passed is this year's.
    ['Hiring picked up in the fiscal year that starts on July 1.', '2022-08-15', [['fiscal year that starts on July 1', 24, 57, '2022-07-01', '2023-06-30']]],
    // Past forms take the latest.
    ['Its fiscal year began April 1 with weak orders.', '2019-06-10', [['fiscal year began April 1', 4, 29, '2019-04-01', '2020-03-31']]],
    ['Inflows fell in the fiscal year that ended March 31.', '2024-05-30', [['fiscal year that ended March 31', 20, 51, '2023-04-01', '2024-03-31']]],
    // A present end is the year under way.
    ['The fiscal year which ends in June looks tough.', '2024-03-07', [['fiscal year which ends in June', 4, 34, '2023-07-01', '2024-06-30']]],
    // A written year is kept.
    ['Profit should climb in the fiscal year that began Feb. 1, 2021.', '2021-03-01', [['fiscal year that began Feb. 1, 2021', 27, 62, '2021-02-01', '2022-01-31']]],
  ]);

  it('sets the fiscal calendar for the fiscal years after it', () => {
    const found = periods('Spending rises in the fiscal year beginning April 1, after 98 bln in fiscal 1987.', '1987-02-27').map(spanned);
    expect(found).toEqual([['fiscal year beginning April 1', 22, 51, '1987-04-01', '1988-03-31'], ['fiscal 1987', 69, 80, '1986-04-01', '1987-03-31']]);
  });
});

// A government's fiscal year dates a budget: the calendar quarters of a macro story stay the calendar's.
describe('a public fiscal year leaves bare quarters on the calendar', () => {
  table([
    ['The economy shrank 1.0% in the first quarter. The federal deficit for the fiscal year ending March 31 is seen at C$78 billion.', '2026-03-18',
      [['first quarter', 31, 44, '2026-01-01', '2026-03-31'], ['fiscal year ending March 31', 74, 101, '2025-04-01', '2026-03-31']]],
  ]);
});

describe('an end in January to March written without its year is in the label\'s year or the next, by the reference date', () => {
  table([
    // Ended: the latest that had come. Named by the year it starts in, so the next label is too.
    ['Bramwell reported a loss for fiscal 2024 ended February 1 and expects fiscal 2025 to be better.', '2025-03-18', [
      // (Fiscal 2025 starts the day after: on the same weeks, it ends January 31, 2026.)
      ['fiscal 2024 ended February 1', 29, 57, '2024-02-04', '2025-02-01'], ['fiscal 2025', 70, 81, '2025-02-02', '2026-01-31']]],
    // The label's own year had come: named by the year it ends in.
    ['Corven said profit for fiscal 2025 ended January 31 rose 6%.', '2025-03-05', [
      ['fiscal 2025 ended January 31', 23, 51, '2024-02-01', '2025-01-31']]],
    // Ending: the year still running.
    ['The ministry set the target for fiscal 2025 ending March 31.', '2026-02-20', [
      ['fiscal 2025 ending March 31', 32, 59, '2025-04-01', '2026-03-31']]],
    ['Hollis expects fiscal 2026 ending January 31 to bring growth.', '2025-04-10', [
      ['fiscal 2026 ending January 31', 15, 44, '2025-02-01', '2026-01-31']]],
    // A later month keeps the label's year.
    ['Fiscal 2024 ended June 30 was a record for Pendry.', '2025-08-20', [
      ['Fiscal 2024 ended June 30', 0, 25, '2023-07-01', '2024-06-30']]],
  ]);
});

describe('a quarter of a fiscal year with its end stated names the fiscal years as its year end does', () => {
  table([
    // The fourth quarter ends with the year: fiscal 2025 ends in 2026, so fiscal 2024 ends in 2025.
    ['Sales for the fourth quarter of fiscal 2025, which ended January 31, 2026, rose over the fourth quarter of fiscal 2024; fiscal 2026 will bring 40 stores.', '2026-03-10', [
      ['fourth quarter of fiscal 2025, which ended January 31, 2026', 14, 73, '2025-11-01', '2026-01-31'],
      ['fourth quarter of fiscal 2024', 89, 118, '2024-11-01', '2025-01-31'],
      ['fiscal 2026', 120, 131, '2026-02-01', '2027-01-31']]],
    // The third quarter ends three months before its year: November 1, 2026 puts that year's end in 2027.
    ['Results for the third quarter of fiscal 2026 ended November 1, 2026 trailed the third quarter of fiscal 2025.', '2026-11-20', [
      ['third quarter of fiscal 2026 ended November 1, 2026', 16, 67, '2026-08-03', '2026-11-01'],
      ['third quarter of fiscal 2025', 80, 108, '2025-08-04', '2025-11-02']]],
    // (Negative: a first quarter ended in December is of the fiscal year ending the next
    // September, named by the year it ends in, so fiscal 2024 is the year before it.)
    ['Revenue for the first quarter of fiscal 2025 ended December 31, 2024 beat the first quarter of fiscal 2024.', '2025-02-05', [
      ['first quarter of fiscal 2025 ended December 31, 2024', 16, 68, '2024-10-01', '2024-12-31'],
      ['first quarter of fiscal 2024', 78, 106, '2023-10-01', '2023-12-31']]],
  ]);
});
