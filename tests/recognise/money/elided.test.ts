/**
 * A bare scaled amount set against a forecast by a verb in any tense takes the currency of the
 * amount before it (src/recognise/money/elided.ts JOINERS). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../../src/index';

const money = (text: string): MoneyFigure[] => extract(text, { kinds: ['money'], referenceDate: '2025-08-06' }) as MoneyFigure[];
const brief = (f: MoneyFigure): [string, number, number, string | null, number] => [f.text, f.span.start, f.span.end, f.currency, f.amount];

describe('a bare amount after "missed", "beat", "topped", "exceeded" is the money before it', () => {
  it.each([
    ['Drug sales rose to 9.4 billion Danish crowns but missed the 9.9 billion expected.', [
      ['9.4 billion Danish crowns', 19, 44, 'DKK', 9.4e9], ['9.9 billion', 60, 71, 'DKK', 9.9e9]]],
    ['Licensing income reached 310 million euros and beat the 280 million forecast.', [
      ['310 million euros', 25, 42, 'EUR', 310e6], ['280 million', 56, 67, 'EUR', 280e6]]],
    ['Chip revenue climbed to NT$96.2 billion, which topped the 91 billion estimated by analysts.', [
      ['NT$96.2 billion', 24, 39, 'TWD', 96.2e9], ['91 billion', 58, 68, 'TWD', 91e9]]],
    ['Royalties came to 4.1 billion yen and exceeded the 3.8 billion budgeted.', [
      ['4.1 billion yen', 18, 33, 'JPY', 4.1e9], ['3.8 billion', 51, 62, 'JPY', 3.8e9]]],
  ] as const)('%s', (text, expected) => {
    expect(money(text).map(brief)).toEqual(expected);
  });

  it('not when a noun after the bare amount can be its unit', () => {
    expect(money('Output was worth 2 billion dollars and exceeded 2.5 billion tonnes.').map(brief)).toEqual([
      ['2 billion dollars', 17, 34, 'USD', 2e9]]);
  });
});
