/**
 * African currencies as their own papers write them: East Africa's "Shs", Ghana's "Ghc",
 * Rwanda's "Rwf", Zambia's and Malawi's "K", and the birr, metical and kwanza named alone (lexicon/currencies.ts
 * GLUED_SHORT_FORMS, SPACED_SHORT_FORMS, CURRENCY_ALIASES, UNIT_NAMES). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../../src/index';

const money = (text: string): Array<[string, string | null, string]> =>
  extract(text, { kinds: ['money'], referenceDate: '2025-06-30' }).map((f) => f as MoneyFigure).map((f) => [f.text, f.currency, f.amountExact]);

describe('African currency forms', () => {
  it.each([
    ['KAMPALA - The telecom posted a profit of Shs562 billion.', 'Shs562 billion', 'UGX', '562000000000'],
    ['KAMPALA - The tax authority collected Shs 29.7 trillion in revenue.', 'Shs 29.7 trillion', 'UGX', '29700000000000'],
    ['ACCRA - The Treasury raised Ghc 2.5 billion from bills.', 'Ghc 2.5 billion', 'GHS', '2500000000'],
    ['KIGALI - The lender earned Rwf 75 billion last year.', 'Rwf 75 billion', 'RWF', '75000000000'],
    ['The state carrier earned 21.8 billion birr in the year.', '21.8 billion birr', 'ETB', '21800000000'],
    ['The budget is 500 billion meticais.', '500 billion meticais', 'MZN', '500000000000'],
    ['The oil company earned 1.2 trillion kwanzas.', '1.2 trillion kwanzas', 'AOA', '1200000000000'],
    // The kwacha's "K": Zambia's or Malawi's, by the place the story names.
    ['LUSAKA - The government plans to spend K217 billion next year.', 'K217 billion', 'ZMW', '217000000000'],
    ['LILONGWE - Malawi set a budget of K5.2 trillion for the year.', 'K5.2 trillion', 'MWK', '5200000000000'],
    ['Malawi posted a deficit of 303 million kwacha.', '303 million kwacha', 'MWK', '303000000'],
  ] as const)('%s', (text, figure, currency, amount) => {
    expect(money(text)).toEqual([[figure, currency, amount]]);
  });

  it.each([
    // Spaced, "Shs" needs a place of the shilling; glued, a scale.
    'The school had Shs 400 pupils.',
    'Ghana: 12 SHS 3 students passed the exam.',
    'She wrote Shs562 on the form.',
    // A glued "K" needs a scale or a place of the kwacha: a mountain, a model.
    'The team climbed K2 last summer.',
    'He bought a K200 drone.',
  ])('%s has no money', (text) => {
    expect(money(text)).toEqual([]);
  });
});
