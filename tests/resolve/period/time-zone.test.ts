/**
 * Results never depend on the machine's time zone. Two zones skipped a whole local day when
 * they moved across the date line: Kiritimati had no 31 December 1994 and Samoa no 30
 * December 2011. Local-time calendar maths lost those days; UTC keeps them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/index';
import { addDays, daysInMonth, isoWeekday, toISO, ymd } from '../../../src/resolve/period/calendar';

const zone = process.env.TZ;
// Set before this file's first date sum: the calendar remembers its answers.
beforeAll(() => { process.env.TZ = 'Pacific/Kiritimati'; });
afterAll(() => { if (zone === undefined) delete process.env.TZ; else process.env.TZ = zone; });

describe('calendar maths in a zone that skipped a day', () => {
  it('keeps the skipped days', () => {
    expect(new Date(1994, 11, 31, 12).getDate()).toBe(1); // the local day really is missing here
    expect(daysInMonth(1994, 12)).toBe(31);
    expect(toISO(addDays(ymd(1994, 12, 30), 1))).toBe('1994-12-31');
    expect(isoWeekday(ymd(1994, 12, 31))).toBe(6);
  });

  it.each([
    ['Output peaked in 1994.', '1995-06-01', ['1994', '1994-01-01', '1994-12-31']],
    ['Sales rose in the fourth quarter of 2011.', '2012-02-01', ['fourth quarter of 2011', '2011-10-01', '2011-12-31']],
    ['Prices held on December 30, 2011.', '2012-02-01', ['December 30, 2011', '2011-12-30', '2011-12-30']],
    ['Orders came in the week ended January 6, 2012.', '2012-02-01', ['week ended January 6, 2012', '2011-12-31', '2012-01-06']],
  ])('%s', (text, referenceDate, expected) => {
    expect(extract(text, { referenceDate, kinds: ['period'] }).map((f) => (f.kind === 'period' ? [f.text, f.start, f.end] : []))).toEqual([expected]);
  });
});
