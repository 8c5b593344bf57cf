/**
 * A weak short form ("Sh", "N", "R", "Dh") needs a scale or a place of its currency named; a
 * text that writes the same form before a scaled amount elsewhere ("Sh56.1 billion") makes its
 * unscaled amounts money too ("a dividend of Sh4.25 per share"), as local papers write them
 * without naming their country (recognise/money/sides.ts `weakFormScaled`). Sentences written
 * for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../../src/index';

const money = (text: string): Array<[string, string | null, string]> =>
  extract(text, { kinds: ['money'], referenceDate: '2025-03-26' }).map((f) => f as MoneyFigure).map((f) => [f.text, f.currency, f.amountExact]);

describe('an unscaled weak short form after the same form with a scale', () => {
  it.each([
    // The shilling's "Sh" names no country by itself: the amount is found, its currency unknown.
    ['Highland Bank posted a profit of Sh56.1 billion and proposed a dividend of Sh4.25 per share.', [['Sh56.1 billion', null, '56100000000'], ['Sh4.25', null, '4.25']]],
    ['Pretax profit rose to N1.32 trillion, and the board proposed a final dividend of N4.00 per share.', [['N1.32 trillion', 'NGN', '1320000000000'], ['N4.00', 'NGN', '4']]],
    ['The miner earned R9.6bn in the half, and its shares rose 6% to R31.85.', [['R9.6bn', 'ZAR', '9600000000'], ['R31.85', 'ZAR', '31.85']]],
    // Before the scaled one too: the form is the text's.
    ['Its shares closed at Dh7.45 after the developer reported a profit of Dh6.2bn.', [['Dh7.45', 'AED', '7.45'], ['Dh6.2bn', 'AED', '6200000000']]],
  ] as const)('%s', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });

  it.each([
    // No scaled form anywhere: still no money.
    ['The lender proposed a dividend of Sh4.25 per share.', []],
    // Another family's form with a scale says nothing of this one.
    ['Profit was Sh56.1 billion; the R31 road was shut for repairs.', [['Sh56.1 billion', null, '56100000000']]],
    // Model names keep their own checks.
    ['The Lagos distributor earned N1.2 trillion and sold N95 masks.', [['N1.2 trillion', 'NGN', '1200000000000']]],
    ['The Seoul group earned W1.2 trillion and filed W2 forms.', [['W1.2 trillion', 'KRW', '1200000000000']]],
  ] as const)('%s', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });
});
