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

describe('pounds lost or gained on the way to a price per unit are the price\'s move (not-money.ts, movesToPoundPrice)', () => {
  it.each([
    ['London cocoa lost 166 pounds to 4,912 pounds a ton.', '166 pounds', 166],
    ['London cocoa lost 166 pounds to 4,912 pounds a ton.', '4,912 pounds', 4912],
    ['Robusta gained 20 pounds, or 0.4%, at 5,010 pounds a tonne.', '20 pounds', 20],
  ] as const)('%s → %s', (text, figure, amount) => {
    const f = money(text).find((x) => x.text === figure);
    expect(f?.currency).toBe('GBP');
    expect(f?.amount).toBe(amount);
  });

  it.each([
    ['He lost 40 pounds before the race.', '40 pounds'],
    ['She gained 15 pounds to reach her target weight.', '15 pounds'],
  ] as const)('%s → %s is a weight', (text, figure) => {
    expect(money(text).find((x) => x.text === figure)).toBeUndefined();
  });
});
