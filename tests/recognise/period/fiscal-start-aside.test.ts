/**
 * A fiscal-year label followed by the start the text states for it in a clause
 * (src/recognise/period/fiscal.ts `readStatedStart`), and the start day itself, told in the
 * present, as the coming one (relative.ts `futureBefore`). Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('a stated start in an aside resolves the label by the tense of its verb; the date stays a day', () => {
  table([
    // A US state's year, named by the year it ends in: the coming July 1.
    ['Ohio will borrow more in fiscal 2028, which starts July 1.', '2027-02-10', [
      ['fiscal 2028', 25, 36, '2027-07-01', '2028-06-30'], ['July 1', 51, 57, '2027-07-01', '2027-07-01']]],
    // Japan's, named by the year it starts in: the coming April.
    ['Tokyo drafted its budget for fiscal 2027, which begins in April, on Friday.', '2026-12-20', [
      ['fiscal 2027', 29, 40, '2027-04-01', '2028-03-31'], ['April', 58, 63, '2027-04-01', '2027-04-30'], ['Friday', 68, 74, '2026-12-18', '2026-12-18']]],
    // The federal year begun: the latest October 1.
    ['Outlays in fiscal 2027, which began on Oct. 1, rose.', '2026-12-11', [
      ['fiscal 2027', 11, 22, '2026-10-01', '2027-09-30'], ['Oct. 1', 39, 45, '2026-10-01', '2026-10-01']]],
    // A season's start told in the present is the coming one (the split year stays both calendar years).
    ['Exports for the 2027/28 season, which begins June 1, are seen lower.', '2027-03-02', [
      ['2027/28', 16, 23, '2027-01-01', '2028-12-31'], ['June 1', 45, 51, '2027-06-01', '2027-06-01']]],
  ]);
});
