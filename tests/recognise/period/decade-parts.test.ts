/**
 * Halves of a decade (src/recognise/period/half.ts `halfOfDecade`): five years each; and a
 * decade after "of the" is never read as its first year (read.ts `decadeEndAt`). Sentences
 * written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('the first or second half of a decade is five of its years', () => {
  table([
    ['Costs rose in the first half of the 1990s.', '2019-06-12', [['first half of the 1990s', 18, 41, '1990-01-01', '1994-12-31']]],
    ['Prices fell in the second half of the 1980s.', '2019-06-12', [['second half of the 1980s', 19, 43, '1985-01-01', '1989-12-31']]],
    // a part of a decade is no quarter of the reference year
    ['The first quarter of the 1990s was weak.', '2019-06-12', [['1990s', 25, 30, '1990-01-01', '1999-12-31']]],
    // a year's possessive is no decade
    ['Sales were second only to November 1980\'s record.', '2019-06-12', [['November 1980', 26, 39, '1980-11-01', '1980-11-30']]],
  ]);
});
