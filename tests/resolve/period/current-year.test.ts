/**
 * "the current year" in a text that states its fiscal calendar is the fiscal year the reference
 * date is in (resolve/period/resolve.ts, the `current` flag of a relative year); without one,
 * the calendar year. Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from '../../recognise/period/helpers';

describe('"the current year" on the calendar the text states', () => {
  table([
    ['For the fiscal year ended March 31, revenue rose 6%. The company expects sales to halve in the current year.', '2026-05-13', [
      ['fiscal year ended March 31', 8, 34, '2025-04-01', '2026-03-31'], ['current year', 95, 107, '2026-04-01', '2027-03-31']]],
    ['Profit climbed in the year to Sept. 30, and the group sees sales growing 7% in the current year.', '2025-11-06', [
      ['year to Sept. 30', 22, 38, '2024-10-01', '2025-09-30'], ['current year', 83, 95, '2025-10-01', '2026-09-30']]],
    // No calendar stated: the calendar year.
    ['Revenue rose 6% last year. The company expects sales to halve in the current year.', '2026-05-13', [
      ['last year', 16, 25, '2025-01-01', '2025-12-31'], ['current year', 69, 81, '2026-01-01', '2026-12-31']]],
  ]);
});
