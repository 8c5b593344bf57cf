/**
 * African currencies as their own papers write them: East Africa's "Shs", Ghana's "Ghc",
 * Rwanda's "Rwf", and the birr, metical and kwanza named alone (lexicon/currencies.ts
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
  ] as const)('%s', (text, figure, currency, amount) => {
    expect(money(text)).toEqual([[figure, currency, amount]]);
  });

  it.each([
    // Spaced, "Shs" needs a place of the shilling; glued, a scale.
    'The school had Shs 400 pupils.',
    'Ghana: 12 SHS 3 students passed the exam.',
    'She wrote Shs562 on the form.',
  ])('%s has no money', (text) => {
    expect(money(text)).toEqual([]);
  });
});
