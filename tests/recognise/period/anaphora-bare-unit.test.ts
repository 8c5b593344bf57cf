/**
 * "in the quarter … the year-ago period": a bare unit named earlier in the sentence tells
 * "the year-ago period" which antecedent to move back (src/recognise/period/anaphora.ts).
 * Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('"the year-ago period" after "in the quarter" refers back to the quarter', () => {
  table([
    ['Sales rose in the three months to March 31. The company expects 2026 sales to grow. EPS in the quarter was $2.21, up from $1.93 in the year-ago period.', '2026-04-24', [['three months to March 31', 18, 42, '2026-01-01', '2026-03-31'], ['2026', 64, 68, '2026-01-01', '2026-12-31'], ['year-ago period', 135, 150, '2025-01-01', '2025-03-31']]],
    ['Sales rose in the first half. The company expects 2026 sales to grow. Margins in the half were 9%, against 8% in the year-earlier period.', '2026-04-24', [['first half', 18, 28, '2026-01-01', '2026-06-30'], ['2026', 50, 54, '2026-01-01', '2026-12-31'], ['year-earlier period', 117, 136, '2025-01-01', '2025-06-30']]],
    // no unit named in its sentence: the latest period, as before
    ['Sales rose in the first half. The company expects 2026 sales to grow. Margins were 9%, against 8% in the year-earlier period.', '2026-04-24', [['first half', 18, 28, '2026-01-01', '2026-06-30'], ['2026', 50, 54, '2026-01-01', '2026-12-31'], ['year-earlier period', 105, 124, '2025-01-01', '2025-12-31']]],
    // the unit in an earlier sentence does not count
    ['Sales rose in the first half. Margins in the half were 9%. The company expects 2026 sales to grow 5% from the year-earlier period.', '2026-04-24', [['first half', 18, 28, '2026-01-01', '2026-06-30'], ['2026', 79, 83, '2026-01-01', '2026-12-31'], ['year-earlier period', 110, 129, '2025-01-01', '2025-12-31']]],
  ]);
});

describe('"a year earlier" after "for the quarter" moves the quarter back', () => {
  table([
    ['Sales rose in the third quarter. The group now expects 2026 revenue to grow. Revenue for the quarter was $4.1bn, against $3.8bn a year earlier.', '2026-10-29', [['third quarter', 18, 31, '2026-07-01', '2026-09-30'], ['2026', 55, 59, '2026-01-01', '2026-12-31'], ['a year earlier', 128, 142, '2025-07-01', '2025-09-30']]],
    ['Profit rose in the first half. It sees 2026 margins of 9%. Margins in the half were 8.5%, from 8.1% a year earlier.', '2026-08-01', [['first half', 19, 29, '2026-01-01', '2026-06-30'], ['2026', 39, 43, '2026-01-01', '2026-12-31'], ['a year earlier', 100, 114, '2025-01-01', '2025-06-30']]],
    // no unit named in its sentence: the latest period, as before
    ['Sales rose in the third quarter. The group now expects 2026 revenue to grow. Revenue was $4.1bn, against $3.8bn a year earlier.', '2026-10-29', [['third quarter', 18, 31, '2026-07-01', '2026-09-30'], ['2026', 55, 59, '2026-01-01', '2026-12-31'], ['a year earlier', 112, 126, '2025-01-01', '2025-12-31']]],
  ]);
});
