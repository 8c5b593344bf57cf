import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, isoWeekInterval, isoWeekday, monthsInterval, toISO, ymd } from '../../../src/resolve/period/calendar';
import { fiscalMonthsInterval, fiscalYearInterval, fiscalYearOf } from '../../../src/resolve/period/fiscal';
import { Antecedents, resolvePeriod, type Antecedent, type ResolveContext } from '../../../src/resolve/period/resolve';

const iso = (iv: { start: { y: number; m: number; d: number }; end: { y: number; m: number; d: number } }) => [toISO(iv.start), toISO(iv.end)];

describe('calendar', () => {
  it('knows month lengths and leap years', () => {
    expect([daysInMonth(2020, 2), daysInMonth(2019, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29]);
  });
  it('clamps month arithmetic', () => {
    expect(toISO(addMonths(ymd(2019, 1, 31), 1))).toBe('2019-02-28');
  });
  it('uses Monday–Sunday weeks', () => {
    expect(isoWeekday(ymd(2018, 10, 8))).toBe(1);
    expect(iso(isoWeekInterval(ymd(2018, 10, 7)))).toEqual(['2018-10-01', '2018-10-07']);
  });
  it.each([
    [2019, 1, 3, ['2019-01-01', '2019-03-31']],
    [2019, 11, 3, ['2019-11-01', '2020-01-31']],
    [2023, 7, 12, ['2023-07-01', '2024-06-30']],
    [2000, 2, 1, ['2000-02-01', '2000-02-29']],
    [1900, 2, 1, ['1900-02-01', '1900-02-28']],
    [0, 12, 2, ['0000-12-01', '0001-01-31']],
    [-1, 12, 1, ['-0001-12-01', '-0001-12-31']],
  ] as const)('monthsInterval(%i, %i, %i) spans whole months, across year ends', (y, m, count, expected) => {
    expect(iso(monthsInterval(y, m, count))).toEqual(expected);
  });
  it('remembers month lengths without mixing years up', () => {
    for (let y = 1896; y <= 2104; y++) expect(daysInMonth(y, 2)).toBe((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(daysInMonth(2021, 12)).toBe(31);
  });
  it('remembers date arithmetic without mixing dates or operands up', () => {
    const dates = [ymd(2018, 10, 8), ymd(2018, 10, 9), ymd(2019, 10, 8), ymd(2020, 2, 29), ymd(1987, 12, 31)];
    for (let round = 0; round < 2; round++) {
      expect(dates.map((p) => toISO(addDays(p, 1)))).toEqual(['2018-10-09', '2018-10-10', '2019-10-09', '2020-03-01', '1988-01-01']);
      expect(dates.map((p) => toISO(addDays(p, -7)))).toEqual(['2018-10-01', '2018-10-02', '2019-10-01', '2020-02-22', '1987-12-24']);
      expect(dates.map((p) => toISO(addMonths(p, 12)))).toEqual(['2019-10-08', '2019-10-09', '2020-10-08', '2021-02-28', '1988-12-31']);
      expect(dates.map(isoWeekday)).toEqual([1, 2, 2, 6, 4]);
    }
    // Past the remembered range, still computed.
    expect(toISO(addDays(ymd(2018, 10, 8), 5000))).toBe('2032-06-16');
    expect(toISO(addDays(ymd(2018, 10, 8), -5000))).toBe('2005-01-29');
  });
  it('handles years before 100', () => {
    expect(toISO(addMonths(ymd(14, 12, 15), 1))).toBe('0015-01-15');
  });
});

describe('fiscal calendar', () => {
  it.each([
    [2019, 1, ['2019-01-01', '2019-12-31']],
    [2019, 10, ['2018-10-01', '2019-09-30']],
    [2023, 4, ['2022-04-01', '2023-03-31']],
  ] as const)('FY%i starting month %i', (fy, start, expected) => {
    expect(iso(fiscalYearInterval(fy, start))).toEqual(expected);
  });
  it('finds the fiscal year of a day and its quarters', () => {
    expect(fiscalYearOf(ymd(2018, 11, 1), 10)).toBe(2019);
    expect(fiscalYearOf(ymd(2018, 9, 30), 10)).toBe(2018);
    expect(iso(fiscalMonthsInterval(2020, 10, 6, 3))).toEqual(['2020-04-01', '2020-06-30']);
  });
});

describe('resolvePeriod', () => {
  const ctx = (ref?: string): ResolveContext => ({
    ref: ref ? { y: +ref.slice(0, 4), m: +ref.slice(5, 7), d: +ref.slice(8, 10) } : undefined,
    fiscalYearStart: 1, fiscalGiven: false, antecedents: new Antecedents(),
  });
  it('applies the year rule to year-less periods', () => {
    const r = resolvePeriod({ t: 'day', d: 15, month: { kind: 'abs', m: 2 }, year: { kind: 'implied' } }, ctx('2013-02-12'));
    expect(r.iv && iso(r.iv)).toEqual(['2012-02-15', '2012-02-15']);
    expect(r.implied).toEqual({ year: true });
  });
  it('moves relative periods forward when told', () => {
    const r = resolvePeriod({ t: 'rel', unit: 'quarter', offset: 1 }, ctx('2019-12-28'));
    expect(r.iv && iso(r.iv)).toEqual(['2020-01-01', '2020-03-31']);
  });
  it('reports a missing reference date instead of guessing', () => {
    const r = resolvePeriod({ t: 'rel', unit: 'year', offset: -1 }, ctx());
    expect(r.iv).toBeUndefined();
    expect(r.unresolved).toBe('needs referenceDate');
  });
  it('shifts the antecedent for anaphora', () => {
    const c = { ...ctx('2018-10-08'), antecedents: new Antecedents([{ iv: { start: ymd(2018, 1, 1), end: ymd(2018, 6, 30) }, granularity: 'custom' as const }]) };
    const r = resolvePeriod({ t: 'anaphora', months: -12, fallback: { t: 'rel', unit: 'year', offset: -1 } }, c);
    expect(r.iv && iso(r.iv)).toEqual(['2017-01-01', '2017-06-30']);
    expect(r.implied.anaphora).toBe(true);
  });
});

describe('Antecedents', () => {
  const a = (granularity: Antecedent['granularity'], month: number): Antecedent => ({ iv: { start: ymd(2018, month, 1), end: ymd(2018, month, 28) }, granularity });

  it('finds the latest period of the wanted granularity, a fiscal year counting as a year', () => {
    const year = a('year', 1), quarter = a('quarter', 2), fiscal = a('fiscal-year', 3), day = a('day', 4), quarter2 = a('quarter', 5), week = a('week', 6);
    const list = new Antecedents([year, quarter, fiscal, day, quarter2, week]);
    expect(list.find('quarter')).toBe(quarter2);
    expect(list.find('year')).toBe(fiscal);
    expect(list.find('half')).toBeUndefined();
    // Without a wanted granularity: the latest that is not a day or a week.
    expect(list.find()).toBe(quarter2);
    list.add(a('year', 7));
    expect(list.find('year')!.iv.start.m).toBe(7);
  });

  it('falls back to the latest of all when only days and weeks were stated', () => {
    const day = a('day', 1), week = a('week', 2);
    expect(new Antecedents([day, week]).find()).toBe(week);
    expect(new Antecedents().find()).toBeUndefined();
  });
});
