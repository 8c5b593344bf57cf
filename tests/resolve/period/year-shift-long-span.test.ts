/**
 * "a year ago" after a span of many years (resolve/period/resolve.ts, anaphora): it moves back
 * from the reference date, not from the span. Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { periods } from '../../recognise/period/helpers';

const pick = (text: string, ref: string) => periods(text, ref).map((f) => [f.text, f.start, f.end]);

describe('a year-shift after a span of many years', () => {
  it('"a year ago" is a year before the reference date', () => {
    const text = 'Halden Gas will deliver LNG from 2027 to 2036. Spot prices are 24% higher than a year ago.';
    expect(pick(text, '2025-03-12').slice(-1)).toEqual([['a year ago', '2024-03-12', '2024-03-12']]);
  });

  it('"a year earlier" after a plan for five years is the year before the reference date', () => {
    const text = 'The utility set out a $9 billion plan for 2026-2030, against $7.5 billion a year earlier.';
    expect(pick(text, '2025-11-20').slice(-1)).toEqual([['a year earlier', '2024-11-20', '2024-11-20']]);
  });

  it('a year still moves back from the year named', () => {
    const text = 'Sales for 2024 rose to $3 billion from $2.8 billion a year earlier.';
    expect(pick(text, '2025-02-10').slice(-1)).toEqual([['a year earlier', '2023-01-01', '2023-12-31']]);
  });
});
