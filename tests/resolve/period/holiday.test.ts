/**
 * The days of moveable holidays (src/resolve/period/holiday.ts): Easter Sunday by the Gregorian
 * computus, and the nth or last weekday of a month, checked against published calendars.
 */
import { describe, expect, it } from 'vitest';
import { easterSunday, holidayDay } from '../../../src/resolve/period/holiday';
import { toISO } from '../../../src/resolve/period/calendar';

describe('Easter Sunday', () => {
  it.each([
    [1987, '1987-04-19'], [2000, '2000-04-23'], [2008, '2008-03-23'], [2011, '2011-04-24'],
    [2019, '2019-04-21'], [2024, '2024-03-31'], [2038, '2038-04-25'],
  ])('%i', (y, iso) => {
    expect(toISO(easterSunday(y))).toBe(iso);
  });
});

describe('holidayDay', () => {
  it.each([
    ['thanksgiving 2019', { m: 11, wd: 4, n: 4 }, 2019, '2019-11-28'],
    ['black friday 2019', { m: 11, wd: 4, n: 4, plus: 1 }, 2019, '2019-11-29'],
    ['memorial day 2021 (the last Monday)', { m: 5, wd: 1, n: -1 }, 2021, '2021-05-31'],
    ['labor day 2020', { m: 9, wd: 1, n: 1 }, 2020, '2020-09-07'],
    ['MLK day 2021', { m: 1, wd: 1, n: 3 }, 2021, '2021-01-18'],
    ['ash wednesday 2019', { easter: -46 }, 2019, '2019-03-06'],
    ['christmas eve 2020', { m: 12, d: 24 }, 2020, '2020-12-24'],
  ] as const)('%s', (_name, date, y, iso) => {
    expect(toISO(holidayDay(date, y))).toBe(iso);
  });
});
