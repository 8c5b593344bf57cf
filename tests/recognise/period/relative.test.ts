/**
 * Periods relative to the reference date (src/recognise/period/relative.ts). Sentences
 * written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('"so far this year" is the year to date', () => {
  table([
    ['So far this year, the lender has cut 300 jobs.', '2021-06-10', [['So far this year', 0, 16, '2021-01-01', '2021-06-10']]],
    ['Orders this year so far are flat.', '2021-06-10', [['this year so far', 7, 23, '2021-01-01', '2021-06-10']]],
    ['Issuance so far this quarter is light.', '2021-05-20', [['so far this quarter', 9, 28, '2021-04-01', '2021-05-20']]],
    ['Trading so far this month was thin.', '2021-05-20', [['so far this month', 8, 25, '2021-05-01', '2021-05-20']]],
    // Other units keep their whole period.
    ['So far this week, trading was thin.', '2021-05-20', [['this week', 7, 16, '2021-05-17', '2021-05-23']]],
    ['This year the firm went so far as to sell a plant.', '2021-05-20', [['This year', 0, 9, '2021-01-01', '2021-12-31']]],
  ]);
});

describe('counts written with any number word', () => {
  table([
    ['The plant shut forty-five days ago.', '2024-03-13', [['forty-five days ago', 15, 34, '2024-01-28', '2024-01-28']]],
    ['Rates reset sixty days from now.', '2024-03-13', [['sixty days from now', 12, 31, '2024-05-12', '2024-05-12']]],
    ['Output over the next thirteen weeks will rise.', '2024-03-13', [['next thirteen weeks', 16, 35, '2024-03-18', '2024-06-16']]],
  ]);
});
