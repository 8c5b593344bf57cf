/**
 * Spoken periods: a decade written "the 90s" without its apostrophe (recognise/period/year.ts
 * readBareDecade), "a couple of days ago" (period/read.ts readCount, period/dispatch.ts),
 * "mid-May" (period/month.ts) and a deadline "by end-June" (period/relative.ts deadlineAhead).
 * Sentences written for this project.
 */
import { describe } from 'vitest';
import { spannedTable } from './helpers';

describe('a decade without its apostrophe', () => {
  spannedTable([
    ['We both grew up in the 90s.', '2024-05-15', [['90s', 23, 26, '1990-01-01', '1999-12-31']]],
    ['The 80s had louder hair.', '2024-05-15', [['80s', 4, 7, '1980-01-01', '1989-12-31']]],
    ['That style is straight out of the late 70\'s.', '2024-05-15', [["70's", 39, 43, '1970-01-01', '1979-12-31']]],
    ['Sitcoms from the mid-90s still air.', '2024-05-15', [['90s', 21, 24, '1990-01-01', '1999-12-31']]],
    ['Songs from the 60s and 70s filled the set.', '2024-05-15', [['60s', 15, 18, '1960-01-01', '1969-12-31'], ['70s', 23, 26, '1970-01-01', '1979-12-31']]],
    ['Highs in the 50s and 60s are likely.', '2024-05-15', []],
    // A level, not a decade: a temperature, a price, an age; and "the 20s", either century.
    ['Highs will climb into the 80s inland.', '2024-05-15', []],
    ['Temperatures were in the 30s overnight.', '2024-05-15', []],
    ['Readings in the 60s F are forecast for the coast.', '2024-05-15', []],
    ['The stock traded in the 40s most of the spring.', '2024-05-15', []],
    ['A fair price would be in the low 50s.', '2024-05-15', []],
    ['Analysts valued it in the mid 30s.', '2024-05-15', []],
    ['Jazz bands of the 20s played here.', '2024-05-15', []],
  ]);
});

describe('a couple of units ago', () => {
  spannedTable([
    ['She called a couple days ago.', '2024-05-15', [['a couple days ago', 11, 28, '2024-05-13', '2024-05-13']]],
    ['The lease was signed a couple of weeks ago.', '2024-05-15', [['a couple of weeks ago', 21, 42, '2024-05-01', '2024-05-01']]],
    ['We will hear back in a couple of days.', '2024-05-15', [['in a couple of days', 18, 37, '2024-05-17', '2024-05-17']]],
    // A span, not a day: no period.
    ['They dated for a couple of years.', '2024-05-15', []],
  ]);
});

describe('a month hyphened to its part', () => {
  spannedTable([
    ['The roadworks should be done by mid-May.', '2024-03-10', [['May', 36, 39, '2024-05-01', '2024-05-31']]],
    ['A vote could be held by end-May, he said.', '1987-03-30', [['May', 28, 31, '1987-05-01', '1987-05-31']]],
    ['The plant reopened in early-May.', '2024-06-10', [['May', 28, 31, '2024-05-01', '2024-05-31']]],
    // The modal verb stays a verb; a headline in capitals is left alone.
    ['Rates may-be cut again.', '2024-03-10', []],
    ['END-MAY RATE FORECASTS', '1987-03-30', []],
  ]);
});
