/**
 * "the latest quarter", "its most recent fiscal year", "Latest qtr net includes …": the period
 * the story reports (src/recognise/period/anaphora.ts, readLatest), and "the week to Wednesday"
 * (src/recognise/period/week.ts). Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('"the latest quarter" is the latest quarter named, once it has ended; with none, the last whole one', () => {
  table([
    ['Tallis Foods said fourth-quarter profit fell. In the latest quarter, sales slipped 2% to $310 million.', '2025-02-12', [
      ['fourth-quarter', 18, 32, '2024-10-01', '2024-12-31'], ['latest quarter', 53, 67, '2024-10-01', '2024-12-31']]],
    ['Marlow Bank earned $84 million in its most recent quarter.', '2025-11-20', [
      ['most recent quarter', 38, 57, '2025-07-01', '2025-09-30']]],
    // Opening a line of a results table's notes.
    ['Latest qtr net includes a $2 million tax credit.', '2025-08-06', [
      ['Latest qtr', 0, 10, '2025-04-01', '2025-06-30']]],
    // A quarter still running is no antecedent: the last whole one.
    ['Ostrander expects growth in the current quarter. Margins widened in the latest quarter.', '2025-05-14', [
      ['current quarter', 32, 47, '2025-04-01', '2025-06-30'], ['latest quarter', 72, 86, '2025-01-01', '2025-03-31']]],
    ['Revenue reached 1.2 billion euros in its latest fiscal year.', '2025-06-30', [
      ['latest fiscal year', 41, 59, '2024-01-01', '2024-12-31']]],
    ['Prices of the most recent half were firmer.', '2025-09-10', [
      ['most recent half', 14, 30, '2025-01-01', '2025-06-30']]],
  ]);
});

describe('"latest" that names no period of its own', () => {
  table([
    // A description of the month just named.
    ['Exports rose 3% in March, the latest month for which figures exist.', '2025-05-02', [
      ['March', 19, 24, '2025-03-01', '2025-03-31']]],
    ['The latest quarter-point cut lifted bank shares.', '2025-06-30', [
      ]],
  ]);
});

describe('"the week to Wednesday" is the seven days to the latest such weekday', () => {
  table([
    ['Bids averaged 4.1% in the week to Wednesday.', '2025-03-14', [
      ['week to Wednesday', 26, 43, '2025-03-06', '2025-03-12']]],
    ['Funds drew $2 billion in the week through Friday.', '2025-03-17', [
      ['week through Friday', 29, 48, '2025-03-08', '2025-03-14']]],
    // Moving a date by a week: the day alone.
    ['The board postponed the vote by a week to Friday.', '2025-03-17', [
      ['Friday', 42, 48, '2025-03-14', '2025-03-14']]],
  ]);
});
