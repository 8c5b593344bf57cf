/**
 * Money in legal and enforcement news: a letter glued to a provision's number is no cents
 * ("Section 4c(a)", "Rule 15c3-3"), "each" before a function word prices no unit ("Rs 10 lakh
 * each and …"), and the scales of record fines ("2.5 decillion roubles"). Sentences written
 * for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../../src/index';

const money = (text: string): MoneyFigure[] => extract(text, { kinds: ['money'], referenceDate: '2025-06-10' }) as MoneyFigure[];
const texts = (text: string): string[] => money(text).map((f) => f.text);

describe('a provision numbered with a glued letter is no minor unit', () => {
  it.each([
    ['The order found violations of Section 4c(a) of the Commodity Exchange Act and a $35 million penalty.', ['$35 million']],
    ['The broker breached Rule 15c3-3, the customer protection rule, and paid $2 million.', ['$2 million']],
    ['Regulators cited section 9c and § 78c in the complaint.', []],
    ['The court applied Article 5p of the code.', []],
  ] as const)('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    ['Shares rose 5c to 95c after the ruling.', ['5c', '95c']],
    ['The tax adds 21.5p a litre, and a stamp costs 75c.', ['21.5p', '75c']],
  ] as const)('cents and pence stay money: %s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('"each" before a function word is no per-unit price', () => {
  it.each([
    ['SEBI ordered the promoters to pay Rs 10 lakh each and refund the money.', 'Rs 10 lakh', undefined],
    ['The two banks will pay $5 million each to the victims fund.', '$5 million', undefined],
    ['The utility must pay $20,000 each day it misses the deadline.', '$20,000', 'day'],
    ['Each plaintiff gets $2,500 each violation, the court said.', '$2,500', 'violation'],
  ] as const)('%s', (text, figure, per) => {
    const f = money(text).find((x) => x.text === figure);
    expect(f).toBeDefined();
    expect(f?.per).toBe(per);
  });
});

describe('scales past a trillion', () => {
  it.each([
    ['A Moscow court fined the company 2.5 decillion roubles.', '2.5 decillion roubles', 'RUB', '2500000000000000000000000000000000'],
    ['The claim has grown to two undecillion rubles.', 'two undecillion rubles', 'RUB', '2000000000000000000000000000000000000'],
    ['Prices reached 2 quadrillion Zimbabwe dollars.', '2 quadrillion Zimbabwe dollars', 'ZWL', '2000000000000000'],
  ] as const)('%s', (text, figure, currency, exact) => {
    const f = money(text).find((x) => x.text === figure);
    expect(f?.currency).toBe(currency);
    expect(f?.amountExact).toBe(exact);
  });
});
