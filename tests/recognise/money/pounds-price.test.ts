/**
 * "7,985 pounds a ton": a price in pounds quoted per unit of a good is money
 * (lexicon/not-money.ts POUND_PRICE_UNITS); pounds per acre, of flour or a year of a body's
 * weight stay weights. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../../src/index';

const money = (text: string): MoneyFigure[] => extract(text, { kinds: ['money'], referenceDate: '2025-02-11' }) as MoneyFigure[];

describe('pounds per unit of a good', () => {
  it.each([
    ['London cocoa rose 2.1% to 6,410 pounds a ton.', '6,410 pounds', 6410],
    ['The March contract fell 52 pounds to 1,985 pounds per metric tonne.', '52 pounds', 52],
    ['The March contract fell 52 pounds to 1,985 pounds per metric tonne.', '1,985 pounds', 1985],
    ['Robusta prices dropped by 180 pounds per tonne last month.', '180 pounds', 180],
  ] as const)('%s → %s', (text, figure, amount) => {
    const f = money(text).find((x) => x.text === figure);
    expect(f?.currency).toBe('GBP');
    expect(f?.amount).toBe(amount);
  });

  it.each([
    ['Yields averaged 1,800 pounds per acre this year.'],
    ['The recipe needs 5 pounds of flour.'],
    ['Cattle gained 3 pounds a day on the new feed.'],
  ] as const)('%s → no money', (text) => {
    expect(money(text)).toEqual([]);
  });
});
