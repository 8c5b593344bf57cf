/**
 * "euro" before "zone", "area" or "bloc" names the currency union, not an amount in its money
 * (recognise/money/not-money.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../../src/index';

const money = (text: string): MoneyFigure[] => extract(text, { kinds: ['money'] }) as MoneyFigure[];

describe('the euro zone is no amount of euros', () => {
  it.each([
    'PARIS, May 6 - Euro zone lenders are set to report lower margins.',
    'Finance ministers of the 20 euro zone countries met on Monday.',
    'Bond yields in the 20 euro-zone states rose.',
    'Inflation in the 20 euro area economies eased.',
    'The 20 euro bloc members agreed the plan.',
  ])('%s has no money', (text) => {
    expect(money(text)).toEqual([]);
  });

  it.each([
    ['The fee is 20 euro for each zone crossed.', '20 euro', '20'],
    ['Lunch cost 20 euros in the euro area.', '20 euros', '20'],
    ['Tickets cost 15 euro, zone officials said.', '15 euro', '15'],
  ] as const)('%s keeps %s', (text, figure, amount) => {
    const f = money(text).find((x) => x.text === figure);
    expect(f?.currency).toBe('EUR');
    expect(f?.amountExact).toBe(amount);
    expect(text.slice(f!.span.start, f!.span.end)).toBe(figure);
  });
});
