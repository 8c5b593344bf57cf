/**
 * What "the current quarter" and "a year earlier" refer to in a company's story: its own
 * quarters once a quarter stated its end (src/resolve/period/resolve.ts, relative and
 * ResolveContext.fiscalQuarters); not the time of an event still to come ("later this month",
 * src/recognise/period/index.ts); not a forecast's quarter named in a sentence before
 * (PeriodSpec `done`). Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe("the current and the last quarter on the company's own quarters", () => {
  table([
    ['In the fiscal first quarter ended Feb. 1, revenue rose 29%. The company expects a margin of 67% in the current quarter.', '2026-03-05', [
      ['fiscal first quarter ended Feb. 1', 7, 40, '2025-11-03', '2026-02-01'], ['current quarter', 103, 118, '2026-02-01', '2026-04-30']]],
    ['Its first quarter ended Feb. 28. Profit may fall in the current quarter, and last quarter was weak.', '2026-03-20', [
      ['first quarter ended Feb. 28', 4, 31, '2025-12-01', '2026-02-28'], ['current quarter', 56, 71, '2026-03-01', '2026-05-31'], ['last quarter', 77, 89, '2025-12-01', '2026-02-28']]],
    // A year's end alone states no quarters: "the last quarter" stays the calendar's.
    ['Inflation was 2.1% in the year to January. Prices rose 0.2% in the last quarter.', '2026-03-17', [
      ['year to January', 26, 41, '2025-02-01', '2026-01-31'], ['last quarter', 67, 79, '2025-10-01', '2025-12-31']]],
  ]);
});

describe('"a year earlier" after the time of an event still to come', () => {
  table([
    ['Samsung estimated fourth-quarter profit of 20 trillion won, ahead of full earnings later this month. That compares with 6.5 trillion won a year earlier.', '2026-01-08', [
      ['fourth-quarter', 18, 32, '2025-10-01', '2025-12-31'], ['this month', 89, 99, '2026-01-01', '2026-01-31'], ['a year earlier', 137, 151, '2024-10-01', '2024-12-31']]],
  ]);
});

describe('"a year earlier" compares results: not with a forecast quarter named in a sentence before', () => {
  table([
    ['Kestrel earned $1.2 billion in the fiscal first quarter ended Feb. 1. It expects revenue of $19 billion in the current quarter. Net income rose to $5.5 billion from $1.3 billion a year earlier.', '2026-03-05', [
      ['fiscal first quarter ended Feb. 1', 35, 68, '2025-11-03', '2026-02-01'], ['current quarter', 111, 126, '2026-02-01', '2026-04-30'], ['a year earlier', 178, 192, '2024-11-03', '2025-02-01']]],
    // In the forecast's own sentence, the forecast's quarter.
    ['It expects revenue of $19 billion in the current quarter, up from $15 billion a year earlier.', '2026-03-05', [
      ['current quarter', 41, 56, '2026-01-01', '2026-03-31'], ['a year earlier', 78, 92, '2025-01-01', '2025-03-31']]],
  ]);
});

describe('"the prior-year period" and "a year ago" count back from the period reported, not from its base', () => {
  table([
    // "compared to" opens the base, like "compared with": the prior-year period is the reported quarter's.
    ['Sales were $90 million in the three months ended June 30, 2025, compared to $84 million for the three months ended June 30, 2024. Margins fell from the prior-year period.', '2025-08-05', [
      ['three months ended June 30, 2025', 30, 62, '2025-04-01', '2025-06-30'], ['three months ended June 30, 2024', 96, 128, '2024-04-01', '2024-06-30'], ['prior-year period', 152, 169, '2024-04-01', '2024-06-30']]],
    // A span of several years back is no period results are counted back from.
    ['Gains fell to $12 million in the third quarter. Gains have been its main source of profit over the past two years. It added $70 million to reserves, compared with $76 million a year ago.', '2025-10-20', [
      ['third quarter', 33, 46, '2025-07-01', '2025-09-30'], ['past two years', 99, 113, '2023-01-01', '2024-12-31'], ['a year ago', 175, 185, '2024-07-01', '2024-09-30']]],
  ]);
});

describe('"the previous month" after a coming period that only says when something begins', () => {
  table([
    // "from next month": when the easing starts, no month of figures; the previous month is March's.
    ['Inflation rose to 4.1% in March and is expected to ease from next month. Month-on-month, prices rose 0.4%, against 0.6% the previous month.', '2026-04-03', [
      ['March', 26, 31, '2026-03-01', '2026-03-31'], ['next month', 61, 71, '2026-05-01', '2026-05-31'], ['previous month', 124, 138, '2026-02-01', '2026-02-28']]],
  ]);
});
