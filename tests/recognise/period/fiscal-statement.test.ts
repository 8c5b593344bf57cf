/**
 * A fiscal quarter or year a retailer's results state by its end (src/recognise/period/fiscal-statement.ts,
 * quarter.ts) sets the calendar of the bare quarters and halves around it (src/resolve/period/resolve.ts).
 * Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('a quarter ended on a stated day, or a 52- or 53-week year, states the fiscal calendar', () => {
  table([
    ["Fourth-quarter earnings topped forecasts at Larchmont Home, whose sales rose 4% in the fiscal fourth quarter ended Feb. 1, 2026; fourth-quarter margins narrowed.", '2026-03-10', [
      ['Fourth-quarter', 0, 14, '2025-11-01', '2026-01-31'], ['fiscal fourth quarter ended Feb. 1, 2026', 87, 127, '2025-11-03', '2026-02-01'], ['fourth-quarter', 129, 143, '2025-11-01', '2026-01-31']]],
    ["Ferncliff Outfitters swung to a third-quarter loss. Revenue for the third quarter ended Nov. 1, 2025 fell, and it expects the fourth quarter to be weak.", '2025-11-26', [
      ['third-quarter', 32, 45, '2025-08-01', '2025-10-31'], ['third quarter ended Nov. 1, 2025', 68, 100, '2025-08-03', '2025-11-01'], ['fourth quarter', 126, 140, '2025-11-01', '2026-01-31']]],
    ["Profit at Oakhurst rose in the 52 weeks to 1 March 2026. Sales in the fourth quarter rose 2%, and costs will rise in 2026/27.", '2026-04-28', [
      ['52 weeks to 1 March 2026', 31, 55, '2025-03-03', '2026-03-01'], ['fourth quarter', 70, 84, '2025-12-01', '2026-02-28'], ['2026/27', 117, 124, '2026-03-01', '2027-02-28']]],
    ["Harrow Foods said sales rose in the 53 weeks ended Feb. 1, 2026, and in the fourth quarter.", '2026-03-12', [
      ['53 weeks ended Feb. 1, 2026', 36, 63, '2025-01-27', '2026-02-01'], ['fourth quarter', 76, 90, '2025-11-01', '2026-01-31']]],
    ["Sales rose in the first half, the company said of its first half ended Aug. 2, 2025.", '2025-09-04', [
      ['first half', 18, 28, '2025-02-01', '2025-07-31'], ['first half ended Aug. 2, 2025', 54, 83, '2025-02-02', '2025-08-02']]],
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
