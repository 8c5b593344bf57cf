/**
 * "for the nine months", "in the six months", "the nine-month total", "nine-month profit": the
 * months of results so far, named back (src/recognise/period/anaphora.ts, readMonthsSoFar;
 * src/resolve/period/resolve.ts, Antecedents.findMonthsTo). Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('the months of results so far: the latest period of as many months, or the months up to the latest quarter', () => {
  table([
    ['Fernhill said third-quarter profit rose 8% and that it earned $2.4 billion in the nine months.', '2024-11-05', [
      ['third-quarter', 14, 27, '2024-07-01', '2024-09-30'], ['nine months', 82, 93, '2024-01-01', '2024-09-30']]],
    ['Net income for the first nine months of 2024 was $3.1 billion. Margins widened to 14% for the nine months from 12% a year earlier.', '2024-10-29', [
      ['first nine months of 2024', 19, 44, '2024-01-01', '2024-09-30'], ['nine months', 94, 105, '2024-01-01', '2024-09-30'], ['a year earlier', 115, 129, '2023-01-01', '2023-09-30']]],
    ['Sales in the July-September period reached 4.2 billion euros, bringing the nine-month total to 11.9 billion euros.', '2024-11-12', [
      ['July-September period', 13, 34, '2024-07-01', '2024-09-30'], ['nine-month', 75, 85, '2024-01-01', '2024-09-30']]],
    // A headline before the story: the months up to the quarter before the reference date's.
    ['Kestrel nine-month profit jumps on lower claims\n\nKestrel said on Tuesday it made $900 million in the first nine months.', '2024-10-22', [
      ['nine-month', 8, 18, '2024-01-01', '2024-09-30'], ['Tuesday', 65, 72, '2024-10-22', '2024-10-22'], ['first nine months', 101, 118, '2024-01-01', '2024-09-30']]],
    // A quarter ended on a stated day: the six months up to that day.
    ['Quarter ended Jan 31 revenue rose 6%, and 5% in the six months.', '2024-03-04', [
      ['Quarter ended Jan 31', 0, 20, '2023-11-01', '2024-01-31'], ['six months', 52, 62, '2023-08-01', '2024-01-31']]],
    // After "a" only before a result, past a word of its basis.
    ['Brennmark posted a nine-month adjusted EBITDA of 2.9 billion euros.', '2024-12-10', [
      ['nine-month', 19, 29, '2024-01-01', '2024-09-30']]],
    // Nothing named before, in a sentence of results: the months up to the quarter before the reference date's.
    ['The tax credit was 4 cts a share in the quarter and 9 cts a share in the six months.', '2024-08-01', [
      ['six months', 73, 83, '2024-01-01', '2024-06-30']]],
  ]);
});

describe('a length, or a period of its own, is no months so far', () => {
  table([
    ['Shares hit a nine-month high on Monday.', '2024-08-01', [
      ['Monday', 32, 38, '2024-07-29', '2024-07-29']]],
    ['Over the six months since the merger the stock fell.', '2024-08-01', [
      ]],
    ['The plant faces a nine-month delay and a six-month adjusted timetable.', '2024-08-01', [
      ]],
    ['The quota for the six months from April 1 is 90,000 tonnes.', '2024-03-01', [
      ['April 1', 34, 41, '2023-04-01', '2023-04-01']]],
    // Nothing named before, and no results: a length.
    ['If during the three months the buyer finds a seller, he may cancel at a 1 pct fee.', '2024-03-01', [
      ]],
    ['Third-quarter revenue was flat; it was the strongest three-month period since 2021.', '2024-11-01', [
      ['Third-quarter', 0, 13, '2024-07-01', '2024-09-30'], ['2021', 78, 82, '2021-01-01', '2021-12-31']]],
    ['Third-quarter revenue rose 2%. Revenue for the nine months ended Sept. 30 rose 4%.', '2024-11-01', [
      ['Third-quarter', 0, 13, '2024-07-01', '2024-09-30'], ['nine months ended Sept. 30', 47, 73, '2024-01-01', '2024-09-30']]],
  ]);
});
