/**
 * A family's bare word ("pesos", "crowns") takes the place its own sentence names before the
 * place the story names most (src/resolve/currency.ts `sentenceCue`). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../src/index';

const money = (text: string, ref = '2026-01-20'): Array<[string, string | null, number]> =>
  extract(text, { referenceDate: ref }).filter((f): f is MoneyFigure => f.kind === 'money').map((f) => [f.text, f.currency, f.amount]);

describe('a bare currency word follows the place of its sentence', () => {
  it('pesos in an Argentine paragraph of a Mexican story', () => {
    const text = 'MEXICO CITY, Jan 20 - Mexico cut spending by 31 billion pesos, the Mexican finance ministry said.\n\nIn Argentina, the Treasury ran a surplus of 9.8 trillion pesos last year.';
    expect(money(text)).toEqual([['31 billion pesos', 'MXN', 31e9], ['9.8 trillion pesos', 'ARS', 9.8e12]]);
  });
  it('a place written after the amount in the same sentence', () => {
    const text = 'Norway and Norwegian buyers dominated. Offers stood at 310 crowns per tonne in Denmark, traders said.';
    expect(money(text, '1987-03-09')).toEqual([['310 crowns', 'DKK', 310]]);
  });
  it('a sentence naming two members leaves it to the story', () => {
    const text = 'Mexico and Mexican banks led. Chile and Mexico swapped 2 billion pesos. The Mexican peso firmed.';
    expect(money(text)[0]).toEqual(['2 billion pesos', 'MXN', 2e9]);
  });
  it('a sentence before the paragraph break is not the sentence', () => {
    const text = 'Argentina was mentioned here\n\nThe central bank of Mexico sold 5 billion pesos. Mexico and Mexican markets rallied.';
    expect(money(text)[0]).toEqual(['5 billion pesos', 'MXN', 5e9]);
  });
});
