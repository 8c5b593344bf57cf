/**
 * A month that a clause on a fiscal year says the year began or ended in ("the 2025/26 fiscal
 * year, which began in July") describes the calendar: "a year earlier" and "the period" after
 * it refer back to the months reported, not to that month
 * (recognise/period/fiscal-statement.ts, describesFiscalYear). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type PeriodFigure } from '../../../src/index';

const periods = (text: string, referenceDate: string): PeriodFigure[] => extract(text, { kinds: ['period'], referenceDate }) as PeriodFigure[];

describe('a month describing a fiscal year is no antecedent', () => {
  it.each([
    ['Egypt\'s deficit reached 2.4% of GDP in the first four months of the 2025/26 fiscal year, which began in July, from 2.9% a year earlier.', '2025-11-20', '2024-07-01', '2024-10-31'],
    ['Revenue grew in the first half of the 2025-26 fiscal year, which started in April, against a year earlier.', '2025-11-20', '2024-04-01', '2024-09-30'],
    // A month written with its year describes it too.
    ['Earnings rose in the year ended March 31. The bank sees growth in the current fiscal year, which ends in March 2026. Fees were 9 billion yen, against 7 billion yen a year earlier.', '2025-05-15', '2023-04-01', '2024-03-31'],
  ] as const)('%s', (text, ref, start, end) => {
    const f = periods(text, ref).find((p) => p.text === 'a year earlier');
    expect([f?.start, f?.end]).toEqual([start, end]);
  });

  it('the period after it is the months reported', () => {
    const text = 'Egyptian spending rose in the first three months of the 2025/26 fiscal year, which began in July. Customs receipts rose 12% to EGP 90 billion over the period.';
    const f = extract(text, { referenceDate: '2025-10-20', attribution: true }).find((x) => x.text === 'EGP 90 billion');
    expect(f?.kind === 'money' && f.about?.period).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
  });

  it('keeps the month a period of its own', () => {
    const text = 'The fiscal year, which began in July, has been hard.';
    expect(periods(text, '2025-10-20').map((p) => [p.text, p.start, p.end])).toEqual([['July', '2025-07-01', '2025-07-31']]);
  });

  it('a day the clause says the year began on is no antecedent either', () => {
    const text = 'Washington ran a $940 billion deficit in the first four months of fiscal 2026, which began on Oct. 1, up 6% from the same period a year earlier.';
    expect(periods(text, '2026-02-12').map((p) => [p.text, p.start, p.end])).toEqual([
      ['first four months of fiscal 2026', '2025-10-01', '2026-01-31'],
      ['Oct. 1', '2025-10-01', '2025-10-01'],
      ['same period a year earlier', '2024-10-01', '2025-01-31'],
    ]);
  });
});

describe('the first months of a fiscal year are counted from the start its clause states', () => {
  it.each([
    // A month or a day, after a year label or a split year, in a text whose currency says nothing of the calendar.
    ['Tax receipts in the first seven months of the 2025/26 fiscal year, which began in July, rose 4%.', '2026-03-01', 'first seven months of the 2025/26 fiscal year', '2025-07-01', '2026-01-31'],
    ['Outlays in the first three months of fiscal 2026, which began on Oct. 1, fell.', '2026-01-15', 'first three months of fiscal 2026', '2025-10-01', '2025-12-31'],
    // A coming start ("begins") is the next one.
    ['Spending in the first two months of fiscal 2027, which begins in April, will be cut.', '2026-02-10', 'first two months of fiscal 2027', '2026-04-01', '2026-05-31'],
    // With no clause, the months stay on the calendar assumed.
    ['Outlays in the first three months of fiscal 2026 fell.', '2026-01-15', 'first three months of fiscal 2026', '2026-01-01', '2026-03-31'],
  ] as const)('%s', (text, ref, label, start, end) => {
    const f = periods(text, ref).find((p) => p.text === label);
    expect([f?.start, f?.end]).toEqual([start, end]);
  });
});
