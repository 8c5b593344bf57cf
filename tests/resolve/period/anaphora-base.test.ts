/**
 * A period written with its year a year before the story's own period is the base that period
 * is compared with, so "a year earlier" later on counts back from the story's period, not from
 * the base (resolve/period/resolve.ts, Antecedents.add). Counted back in words ("last year's
 * first quarter"), the story is told from that period. Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from '../../recognise/period/helpers';

describe('a base period named with its year is not what "a year earlier" counts back from', () => {
  table([
    ['Quarterly sales fell 3% in the first quarter. Sales in the first three months of 2024 were $5 billion. Europe fell 2% after a 9% gain a year earlier.', '2025-04-20', [
      ['first quarter', 31, 44, '2025-01-01', '2025-03-31'], ['first three months of 2024', 59, 85, '2024-01-01', '2024-03-31'], ['a year earlier', 134, 148, '2024-01-01', '2024-03-31']]],
    ['Exports rose 4% in the second quarter. They were $9 billion in the second quarter of 2024. Imports rose to $7 billion from $6 billion a year earlier.', '2025-08-20', [
      ['second quarter', 23, 37, '2025-04-01', '2025-06-30'], ['second quarter of 2024', 67, 89, '2024-04-01', '2024-06-30'], ['a year earlier', 134, 148, '2024-04-01', '2024-06-30']]],
    // Counted back in words, the story moves to that quarter and counts back from it.
    ["Sales rose in the first quarter. In last year's first quarter, it earned $3 million, compared with $2 million a year earlier.", '2025-04-20', [
      ['first quarter', 18, 31, '2025-01-01', '2025-03-31'], ["last year's first quarter", 36, 61, '2024-01-01', '2024-03-31'], ['a year earlier', 110, 124, '2023-01-01', '2023-03-31']]],
  ]);
});
