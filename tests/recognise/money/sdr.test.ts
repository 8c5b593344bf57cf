/**
 * The IMF's special drawing right written by its usual letters, "SDR", before or after the
 * amount (lexicon/currencies.ts CURRENCY_ALIASES). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../../src/index';

const money = (text: string): MoneyFigure[] => extract(text, { kinds: ['money'], referenceDate: '2026-03-01' }) as MoneyFigure[];

describe('SDR is the special drawing right, XDR', () => {
  it.each([
    ['The fund approved a loan of SDR 760 million to Zambia.', 'SDR 760 million', '760000000'],
    ['Access rises to 1.2 billion SDRs over three years.', '1.2 billion SDRs', '1200000000'],
    ['The quota was raised to 85 mln SDR.', '85 mln SDR', '85000000'],
    ['Its official name, 500 million special drawing rights, stays as it was.', '500 million special drawing rights', '500000000'],
  ] as const)('%s', (text, figure, amount) => {
    const f = money(text).find((x) => text.slice(x.span.start, x.span.end) === figure);
    expect(f?.currency).toBe('XDR');
    expect(String(f?.amount)).toBe(amount);
  });
});
