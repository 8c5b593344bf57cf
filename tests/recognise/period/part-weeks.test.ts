import { describe } from 'vitest';
import { spannedTable } from './helpers';

// A numbered quarter or half told its own days by a run of weeks after it in the same sentence:
// retailers' quarters are not always 13 weeks (a 16-week first quarter, a 12-week fourth), nor
// their halves 26 (a 27-week half in a 53-week year), so the part is those days.
describe('a quarter or half takes the days of the weeks written beside it', () => {
  spannedTable([
    ['Underlying sales at Heathmoor rose 2.9% in the third quarter (16 weeks to 4 January).', '2025-01-09', [
      ['third quarter', 47, 60, '2024-09-15', '2025-01-04'],
      ['16 weeks to 4 January', 62, 83, '2024-09-15', '2025-01-04'],
    ]],
    ['Like-for-like sales at Corrie Stores were up 3.9% in Q4 (the 12 weeks to 1 March).', '2025-04-10', [
      ['Q4', 53, 55, '2024-12-08', '2025-03-01'],
      ['12 weeks to 1 March', 61, 80, '2024-12-08', '2025-03-01'],
    ]],
    ['Identical sales at Brookvale Foods rose 3.2% in the first quarter, the 16 weeks ended May 24, 2025.', '2025-06-20', [
      ['first quarter', 52, 65, '2025-02-02', '2025-05-24'],
      ['16 weeks ended May 24, 2025', 71, 98, '2025-02-02', '2025-05-24'],
    ]],
    ['Gumtree Markets said first-half net profit fell 21% to A$412 million for the 27 weeks ended 5 January.', '2025-02-26', [
      ['first-half', 21, 31, '2024-07-01', '2025-01-05'],
      ['27 weeks ended 5 January', 77, 101, '2024-07-01', '2025-01-05'],
    ]],
    // A run of weeks no quarter lasts (six weeks of Christmas trading) leaves the quarter alone.
    ['Sales rose 4% in the third quarter, and 6% in the six weeks to 28 December.', '2025-01-09', [
      ['third quarter', 21, 34, '2024-07-01', '2024-09-30'],
      ['six weeks to 28 December', 50, 74, '2024-11-17', '2024-12-28'],
    ]],
    // Weeks in the next sentence are another story's.
    ['Sales rose 4% in the fourth quarter. Sales in the 12 weeks to 1 March rose 3%.', '2025-04-10', [
      ['fourth quarter', 21, 35, '2024-10-01', '2024-12-31'],
      ['12 weeks to 1 March', 50, 69, '2024-12-08', '2025-03-01'],
    ]],
  ]);
});

// A bare quarter and its months beside it, in brackets or apposition, state the fiscal calendar,
// as a quarter called fiscal does ("its fiscal second quarter (July-September)").
describe('a quarter and its months written beside it', () => {
  spannedTable([
    ["Revenue at Kanemoto for the first quarter (March through May) rose 5.4% to ¥2.6 trillion.", '2025-07-10', [
      ['first quarter', 28, 41, '2025-03-01', '2025-05-31'],
      ['March through May', 43, 60, '2025-03-01', '2025-05-31'],
    ]],
    ['Operating profit in the first quarter, from March to May, fell 4% to 85 billion yen.', '2025-07-10', [
      ['first quarter', 24, 37, '2025-03-01', '2025-05-31'],
      ['from March to May', 39, 56, '2025-03-01', '2025-05-31'],
    ]],
    ['Its second quarter (June-August) was weaker, and it expects a third-quarter loss.', '2025-10-08', [
      ['second quarter', 4, 18, '2025-06-01', '2025-08-31'],
      ['June-August', 20, 31, '2025-06-01', '2025-08-31'],
      ['third-quarter', 62, 75, '2025-09-01', '2025-11-30'],
    ]],
  ]);
});
