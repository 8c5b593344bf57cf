/**
 * "cut its full-year sales forecast on Tuesday to 12 billion euros" (attribute/period.ts,
 * guidanceYear): guidance for the full year with no period named is for the year holding the
 * reference date, a measure's words and the day it was said between; on the text's fiscal
 * calendar when it states one. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('full-year guidance with no period named', () => {
  it.each([
    ['Dalby Motors cut its full-year sales forecast on Tuesday to 12 billion euros.', '12 billion euros', '2026-10-14', ['2026-01-01', '2026-12-31']],
    ['Tarn Chemicals raised its full-year operating margin forecast to 11%.', '11%', '2026-10-14', ['2026-01-01', '2026-12-31']],
    // "whose fiscal year ends in March": the April-to-March year holding the reference date.
    ['Sendai Precision, whose fiscal year ends in March, raised its full-year net profit forecast to 90 billion yen. It expects growth again in fiscal 2027.', '90 billion yen', '2026-11-12', ['2026-04-01', '2027-03-31']],
    ['Sendai Precision, whose fiscal year ends in March, raised its full-year net profit forecast to 90 billion yen. It expects growth again in fiscal 2027.', '90 billion yen', '2027-02-12', ['2026-04-01', '2027-03-31']],
  ] as const)('%s → %s', (text, figure, ref, period) => {
    const a = aboutOf(text, figure, ref);
    expect([a.period?.start, a.period?.end]).toEqual(period);
  });
});

describe('full-year guidance after a calendar quarter stated by its end', () => {
  it('is the calendar year, not that quarter', () => {
    const text = 'Kestrel Pay reported a profit of $4 million for the three months to Sept. 30. Its parent raised its full-year revenue forecast to $2.1 billion.';
    const a = aboutOf(text, '$2.1 billion', '2025-11-12');
    expect([a.period?.start, a.period?.end]).toEqual(['2025-01-01', '2025-12-31']);
  });
});
