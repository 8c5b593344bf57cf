/**
 * A month's day before "to" and an amount is a date, not a range's low end
 * (src/recognise/money/number-first.ts, isMonthDay). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../../src/index';

const money = (text: string): Array<[string, string | null, number, number | undefined]> =>
  (extract(text, { kinds: ['money'], referenceDate: '2025-10-30' }) as MoneyFigure[]).map((f) => [f.text, f.currency, f.amount, f.amountMax]);

describe('"the year to March 31 to 90 billion yen"', () => {
  it.each([
    ['Kaiyo Foods cut its net profit guidance for the year to March 31 to 90 billion yen.', [['90 billion yen', 'JPY', 90e9, undefined]]],
    ['Tasman Air lifted its guidance for the half to Dec. 31 to 50 million dollars.', [['50 million dollars', 'USD', 50e6, undefined]]],
    ['Haneul Steel kept its forecast for the year to June 30 to 2 trillion won.', [['2 trillion won', 'KRW', 2e12, undefined]]],
    // A range of bare numbers is still a range, and so is one after a month's name and a preposition.
    ['Sales rose from 31 to 90 billion yen.', [['from 31 to 90 billion yen', 'JPY', 31e9, 90e9]]],
    ['In March, 5 to 10 billion yen of bonds matured.', [['5 to 10 billion yen', 'JPY', 5e9, 10e9]]],
  ] as const)('%s', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });
});
