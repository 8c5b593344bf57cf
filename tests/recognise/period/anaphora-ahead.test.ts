/**
 * "fell 8.3% from a year earlier to 412,000 tonnes in September": a "year earlier" with no period
 * before it in its sentence moves back the period its clause names after it
 * (src/recognise/period/index.ts, yearBackBefore), not the latest period of the sentences
 * before. Not when another clause or figure comes between. Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable as table } from './helpers';

describe('"a year earlier" takes the period its clause names after it', () => {
  table([
    ['Tiles shipped by Korvel fell 8.3% from a year earlier to 412,000 tonnes in September.', '2025-10-14', [['a year earlier', 39, 53, '2024-09-01', '2024-09-30'], ['September', 75, 84, '2025-09-01', '2025-09-30']]],
    ['Hotel bookings in Lisbon rose 6% from a year ago in the second quarter, the agency said.', '2025-07-20', [['a year ago', 38, 48, '2024-04-01', '2024-06-30'], ['second quarter', 56, 70, '2025-04-01', '2025-06-30']]],
    // past an amount restated in brackets, and not the month of the sentence before
    ['Prices eased in May. Apartment rents rose 3.1% from a year earlier to €14.20 a square metre (£12.10) in June.', '2025-07-09', [['May', 16, 19, '2025-05-01', '2025-05-31'], ['a year earlier', 52, 66, '2024-06-01', '2024-06-30'], ['June', 104, 108, '2025-06-01', '2025-06-30']]],
  ]);
});

describe('nor a period of another clause or figure after it', () => {
  table([
    // a month named before it is what it moves back from
    ['February rents rose 3.4% from a year ago and listings in the four weeks ended Feb. 27 fell 2%.', '2025-03-12', [['February', 0, 8, '2025-02-01', '2025-02-28'], ['a year ago', 30, 40, '2024-02-01', '2024-02-29'], ['four weeks ended Feb. 27', 61, 85, '2025-01-31', '2025-02-27']]],
    // "and" opens another figure: January is its period, not the base's
    ['The deficit narrowed from a $2.1bn gap a year earlier and a $1.4bn gap in January.', '2025-03-12', [['a year earlier', 39, 53, '2024-03-12', '2024-03-12'], ['January', 74, 81, '2025-01-01', '2025-01-31']]],
  ]);
});
