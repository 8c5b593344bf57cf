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
});
