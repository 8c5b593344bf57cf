/**
 * "financial year", the British, Indian and Australian name of a fiscal year, after "last",
 * "this", "next" and "the previous" (src/recognise/period/relative.ts, anaphora.ts). Sentences
 * written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('"last/previous financial year" read like "last/previous fiscal year"', () => {
  table([
    ['Exports fell 4% in the last financial year.', '2025-07-22', [['last financial year', 23, 42, '2024-01-01', '2024-12-31']]],
    ['The council expects a surplus next financial year.', '2025-07-22', [['next financial year', 30, 49, '2026-01-01', '2026-12-31']]],
    // Referring back to the fiscal year written before it.
    ['Sales were ₹400 crore in the year ended March 2025, against ₹300 crore in the previous financial year.', '2025-07-22', [
      ['year ended March 2025', 29, 50, '2024-04-01', '2025-03-31'], ['previous financial year', 78, 101, '2023-04-01', '2024-03-31']]],
    // Without one, the calendar year before.
    ['Margins narrowed from the previous financial year.', '2025-07-22', [['previous financial year', 26, 49, '2024-01-01', '2024-12-31']]],
  ]);
});
