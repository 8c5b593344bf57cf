/**
 * "at 31 March … a year earlier": a day a level stood at, written earlier in the sentence, is
 * what "a year earlier" / "a year ago" moves back from (src/recognise/period/anaphora.ts), not
 * the latest quarter or year of the text. Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('"a year earlier" after a day a balance stood at is that day a year before', () => {
  table([
    ['Revenue rose in the year to March 31. Net debt fell to £4.2bn at 31 March from £4.9bn a year earlier.', '2026-05-20', [['year to March 31', 20, 36, '2025-04-01', '2026-03-31'], ['31 March', 65, 73, '2026-03-31', '2026-03-31'], ['a year earlier', 86, 100, '2025-03-31', '2025-03-31']]],
    ['Sales grew in the first half. Net cash stood at €1.1bn on June 30, against €0.8bn a year earlier.', '2026-07-28', [['first half', 18, 28, '2026-01-01', '2026-06-30'], ['June 30', 58, 65, '2026-06-30', '2026-06-30'], ['a year earlier', 82, 96, '2025-06-30', '2025-06-30']]],
    ['The fund had assets of $12bn as of September 30, up from $10bn a year ago.', '2026-10-15', [['September 30', 35, 47, '2026-09-30', '2026-09-30'], ['a year ago', 63, 73, '2025-09-30', '2025-09-30']]],
    // a period that ends on the day ("the six months to June 30") is still what moves back
    ['Profit rose in the first half. Net debt rose to £2bn in the six months to June 30, from £1.6bn a year earlier.', '2026-07-28', [['first half', 19, 29, '2026-01-01', '2026-06-30'], ['six months to June 30', 60, 81, '2026-01-01', '2026-06-30'], ['a year earlier', 95, 109, '2025-01-01', '2025-06-30']]],
  ]);
});
