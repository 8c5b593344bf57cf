/**
 * Split years named as seasons join into one range past "the" and their noun: "from the
 * 2027-28 season through 2032-33", "from the 2027-28 season to the 2032-33 season"
 * (recognise/period/range.ts `seasonNounAfter`), as "from 2027-28 through 2032-33" already did.
 * A season with no joiner after its noun stays a season of its own. Sentences written for this
 * project.
 */
import { describe } from 'vitest';
import { spannedTable } from './helpers';

describe('seasons joined into one range', () => {
  spannedTable([
    ['The media rights deal runs from the 2027-28 season through 2032-33.', '2025-09-05', [['from the 2027-28 season through 2032-33', 27, 66, '2027-01-01', '2033-12-31']]],
    ['The rights run from the 2027-28 season to the 2032-33 season.', '2025-09-05', [['from the 2027-28 season to the 2032-33 season', 15, 60, '2027-01-01', '2033-12-31']]],
    ['Between the 2019-20 season and 2021-22, revenue fell.', '2025-09-05', [['Between the 2019-20 season and 2021-22', 0, 38, '2019-01-01', '2022-12-31']]],
  ]);
});

describe('a season with no joiner after it stays alone', () => {
  spannedTable([
    ['Sales of the 2024-25 season, the league said, were up.', '2025-09-05', [['2024-25', 13, 20, '2024-01-01', '2025-12-31']]],
    ['The deal runs from the 2027-28 season, the league said, to 2030.', '2025-09-05', [['2027-28', 23, 30, '2027-01-01', '2028-12-31'], ['2030', 59, 63, '2030-01-01', '2030-12-31']]],
  ]);
});
