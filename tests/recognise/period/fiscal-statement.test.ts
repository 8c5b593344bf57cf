/**
 * A fiscal quarter or year a retailer's results state by its end (src/recognise/period/fiscal-statement.ts,
 * quarter.ts) sets the calendar of the bare quarters and halves around it (src/resolve/period/resolve.ts).
 * Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index';
import { spannedTable as table } from './helpers';

describe('a quarter ended on a stated day, or a 52- or 53-week year, states the fiscal calendar', () => {
  table([
    ["Fourth-quarter earnings topped forecasts at Larchmont Home, whose sales rose 4% in the fiscal fourth quarter ended Feb. 1, 2026; fourth-quarter margins narrowed.", '2026-03-10', [
      ['Fourth-quarter', 0, 14, '2025-11-03', '2026-02-01'], ['fiscal fourth quarter ended Feb. 1, 2026', 87, 127, '2025-11-03', '2026-02-01'], ['fourth-quarter', 129, 143, '2025-11-03', '2026-02-01']]],
    ["Ferncliff Outfitters swung to a third-quarter loss. Revenue for the third quarter ended Nov. 1, 2025 fell, and it expects the fourth quarter to be weak.", '2025-11-26', [
      ['third-quarter', 32, 45, '2025-08-03', '2025-11-01'], ['third quarter ended Nov. 1, 2025', 68, 100, '2025-08-03', '2025-11-01'], ['fourth quarter', 126, 140, '2025-11-02', '2026-01-31']]],
    ["Profit at Oakhurst rose in the 52 weeks to 1 March 2026. Sales in the fourth quarter rose 2%, and costs will rise in 2026/27.", '2026-04-28', [
      // (The fourth quarter of that 52-week year is its last 13 weeks, to the year's end.)
      ['52 weeks to 1 March 2026', 31, 55, '2025-03-03', '2026-03-01'], ['fourth quarter', 70, 84, '2025-12-01', '2026-03-01'], ['2026/27', 117, 124, '2026-03-01', '2027-02-28']]],
    ["Harrow Foods said sales rose in the 53 weeks ended Feb. 1, 2026, and in the fourth quarter.", '2026-03-12', [
      // (A 53-week year's fourth quarter has the extra week: 14 weeks to its end.)
      ['53 weeks ended Feb. 1, 2026', 36, 63, '2025-01-27', '2026-02-01'], ['fourth quarter', 76, 90, '2025-10-27', '2026-02-01']]],
    ["Sales rose in the first half, the company said of its first half ended Aug. 2, 2025.", '2025-09-04', [
      ['first half', 18, 28, '2025-02-02', '2025-08-02'], ['first half ended Aug. 2, 2025', 54, 83, '2025-02-02', '2025-08-02']]],
  ]);
});

describe('what states no calendar, or an old one, leaves bare quarters on the calendar year', () => {
  table([
    // A calendar quarter's end; a year ended long before the text (history); a quarter with its year.
    // (What "should" happen is the coming fourth quarter, on the calendar.)
    ["Sales grew in the second quarter ended June 30, 2025, and should grow in the fourth quarter.", '2025-08-01', [
      ['second quarter ended June 30, 2025', 18, 52, '2025-04-01', '2025-06-30'], ['fourth quarter', 77, 91, '2025-10-01', '2025-12-31']]],
    ["Following its fiscal year ended March 31, 2019, Pellworth moved to a calendar year; fourth quarter profit rose.", '2021-02-26', [
      ['fiscal year ended March 31, 2019', 14, 46, '2018-04-01', '2019-03-31'], ['fourth quarter', 84, 98, '2020-10-01', '2020-12-31']]],
    ["Sales rose in the fiscal fourth quarter ended Feb. 1, 2026, but fourth quarter 2025 output at its plants fell.", '2026-03-10', [
      ['fiscal fourth quarter ended Feb. 1, 2026', 18, 58, '2025-11-03', '2026-02-01'], ['fourth quarter 2025', 64, 83, '2025-10-01', '2025-12-31']]],
  ]);
});

describe('a 52/53-week fiscal year the text states dates every mention of it, and its quarters are 13 weeks', () => {
  table([
    // The label before the statement takes its weeks too; a quarter of it is 13 weeks from its start.
    ["Fiscal 2025 was a 52-week year ended September 27, 2025. Sales in fiscal 2025 rose 4%, and second-quarter fiscal 2025 margins widened.", '2025-11-18', [
      ['Fiscal 2025', 0, 11, '2024-09-29', '2025-09-27'], ['year ended September 27, 2025', 26, 55, '2024-09-29', '2025-09-27'],
      ['fiscal 2025', 66, 77, '2024-09-29', '2025-09-27'], ['second-quarter fiscal 2025', 91, 117, '2024-12-29', '2025-03-29']]],
    ["Brennan Tools expects higher sales in fiscal 2027, which ends June 26, 2027; the first half of fiscal 2027 will be weaker.", '2026-08-10', [
      ['fiscal 2027', 38, 49, '2026-06-28', '2027-06-26'], ['June 26, 2027', 62, 75, '2027-06-26', '2027-06-26'], ['first half of fiscal 2027', 81, 106, '2026-06-28', '2026-12-26']]],
    // A year to a month's end stays on months; so does a split year's (a government's, April to March).
    ["Fiscal 2025 ended June 30, 2025, and fiscal 2025 sales rose.", '2025-08-10', [
      ['Fiscal 2025 ended June 30, 2025', 0, 31, '2024-07-01', '2025-06-30'], ['fiscal 2025', 37, 48, '2024-07-01', '2025-06-30']]],
    ["Inflation will slow in the 2026/27 fiscal year ending April 3, 2027, the minister said.", '2026-05-10', [
      ['2026/27', 27, 34, '2026-04-01', '2027-03-31'], ['fiscal year ending April 3, 2027', 35, 67, '2026-04-05', '2027-04-03']]],
  ]);
});

describe('twelve months to two different months are rolling years, and state no calendar', () => {
  table([
    // Inflation in the year to March and in the year to December: neither is a fiscal year, so the
    // fiscal label after them keeps the calendar the text's currency gives (the calendar year).
    ["Prices rose 2.9% in the year to March, after 3.1% in the year to December; fiscal 2026 will be tougher.", '2026-04-20', [
      ['year to March', 24, 37, '2025-04-01', '2026-03-31'], ['year to December', 57, 73, '2025-01-01', '2025-12-31'], ['fiscal 2026', 75, 86, '2026-01-01', '2026-12-31']]],
    // One alone is a company's year ("In the year to March, …"): its fiscal label is April to March.
    ["In the year to March, Corvel Air cut its loss; fiscal 2026 will be better.", '2026-05-20', [
      ['year to March', 7, 20, '2025-04-01', '2026-03-31'], ['fiscal 2026', 47, 58, '2025-04-01', '2026-03-31']]],
  ]);
});

describe('a fiscal year named in a clause of its own states its end', () => {
  table([
    // "the 2025-26 financial year, which ends on June 30": the split year is July to June, and the
    // day, a calendar of every year, is no period.
    ["The Treasury forecast a deficit for the 2025-26 financial year, which ends on June 30, of 2.1% of output.", '2026-02-10', [
      ['2025-26 financial year', 40, 62, '2025-07-01', '2026-06-30']]],
    // Without the clause, a split financial year in a text that says nothing of its calendar is April to March.
    ["The Treasury forecast a deficit for the 2025-26 financial year of 2.1% of output.", '2026-02-10', [
      ['2025-26 financial year', 40, 62, '2025-04-01', '2026-03-31']]],
  ]);
});

// A quarter ended a few days off a month's end states a 52/53-week calendar: the fiscal quarters
// the text names by number are on its weeks (resolve/period/resolve.ts onWeekGrid).
describe('a bare quarter on the weeks a stated quarter end gives', () => {
  table([
    ['Comparable sales in its fourth quarter rose 4%. For the quarter ended Feb. 1, net income was $300 million.', '2025-03-05', [
      ['fourth quarter', 24, 38, '2024-11-03', '2025-02-01'], ['quarter ended Feb. 1', 56, 76, '2024-11-03', '2025-02-01']]],
    // A year stated to a month's end that the weeks reach in 52 of them starts the day after the stated quarter's end.
    ['For the quarter ended Feb. 1, net income rose. For fiscal 2025, which ends Jan. 31, 2026, the chain expects sales to grow.', '2025-03-05', [
      ['quarter ended Feb. 1', 8, 28, '2024-11-03', '2025-02-01'], ['fiscal 2025', 51, 62, '2025-02-02', '2026-01-31'], ['Jan. 31, 2026', 75, 88, '2026-01-31', '2026-01-31']]],
    // A quarter of whole months states no weeks.
    ['Harbor Tool expects a loss in the third quarter. Sales in the quarter ended June 30 fell.', '2025-07-20', [
      ['third quarter', 34, 47, '2025-04-01', '2025-06-30'], ['quarter ended June 30', 62, 83, '2025-04-01', '2025-06-30']]],
  ]);
});

// Each statement of the same end used to be kept again, and every quarter on the weeks compared
// with all of them: quadratic in a text that repeats one.
it('a repeated statement of a quarter end keeps the reading linear', { retry: 2, timeout: 60_000 }, () => {
  const unit = 'In its fourth quarter sales rose; for the quarter ended Feb. 1, 2025 profit fell. ';
  const time = (n: number): number => {
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      extract(unit.repeat(n), { kinds: ['period'], referenceDate: '2025-03-05' });
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  time(100); // warm up
  expect(time(4000) / time(1000)).toBeLessThan(4 * 2.5);
});
