/**
 * Rule `money.elided` after a currency named with "in" (recognise/money/elided.ts,
 * `readNamedElided`), and a bare scaled amount set against a forecast by a verb in any tense,
 * which takes the currency of the amount before it (elided.ts JOINERS). Sentences written for
 * this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../../src/index';

const money = (text: string): MoneyFigure[] => extract(text, { kinds: ['money'] }) as MoneyFigure[];

describe('money: a bare scaled amount in a currency the sentence names with "in"', () => {
  it.each([
    // [sentence, figure text, currency, exact amount]
    ['Group sales in Norwegian crowns slipped 2% to 41.3 billion as the krone firmed.', '41.3 billion', 'NOK', '41300000000'],
    ['Measured in euros, turnover climbed to 8.4 billion from 7.9 billion.', '8.4 billion', 'EUR', '8400000000'],
    ['Measured in euros, turnover climbed to 8.4 billion from 7.9 billion.', '7.9 billion', 'EUR', '7900000000'],
    ['In dollar terms the chain\'s exports fell to 612 mln.', '612 mln', 'USD', '612000000'],
    // A family's name takes the member written before it in the text.
    ['Profit was 3.1 billion Danish crowns. Revenue in crowns rose 5% to 22.6 billion.', '22.6 billion', 'DKK', '22600000000'],
  ] as const)('%s: %s', (sentence, text, currency, amount) => {
    const f = money(sentence).find((x) => x.text === text);
    expect(f, JSON.stringify(money(sentence).map((x) => x.text))).toBeDefined();
    expect(f!.currency).toBe(currency);
    expect(f!.amountExact).toBe(amount);
    expect(f!.rule).toBe('money.elided');
    expect(sentence.slice(f!.span.start, f!.span.end)).toBe(text);
  });

  it.each([
    // A unit after the number, no comparison word, or the name in another sentence: no money.
    'In euro terms, the group shipped 4 mln tonnes to 3.1 billion customers.',
    'Sales in euros were 3 billion in the year.',
    'Prices are quoted in dollars. Output rose to 2.4 billion.',
    'Bonds in yen rose 3 pct to 1987 levels.',
  ])('%s has no money', (sentence) => {
    expect(money(sentence)).toEqual([]);
  });

  it('leaves a sentence with its own amount to that amount', () => {
    const found = money('In euros, revenue was 3.2 billion euros, up from 2.9 billion.');
    expect(found.map((f) => [f.text, f.currency, f.rule])).toEqual([
      ['3.2 billion euros', 'EUR', 'money.number-first'],
      ['2.9 billion', 'EUR', 'money.elided'],
    ]);
  });
});

const moneyOn = (text: string): MoneyFigure[] => extract(text, { kinds: ['money'], referenceDate: '2025-08-06' }) as MoneyFigure[];
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
    expect(moneyOn(text).map(brief)).toEqual(expected);
  });

  it('not when a noun after the bare amount can be its unit', () => {
    expect(moneyOn('Output was worth 2 billion dollars and exceeded 2.5 billion tonnes.').map(brief)).toEqual([
      ['2 billion dollars', 17, 34, 'USD', 2e9]]);
  });
});

describe('a scaled number a counted noun climbs to is a count, not the money before it', () => {
  it.each([
    ['Sales grew 9% to 2.1 billion euros, while paying members climbed to 48 million.', [
      ['2.1 billion euros', 17, 34, 'EUR', 2.1e9]]],
    ['Turnover reached 812 million pounds and broadband customers have risen to 9.2 million.', [
      ['812 million pounds', 17, 35, 'GBP', 812e6]]],
    // A money noun before the verb keeps the currency.
    ['Revenue rose to 3.3 billion crowns and operating profit climbed to 410 million.', [
      ['3.3 billion crowns', 16, 34, 'SEK', 3.3e9], ['410 million', 67, 78, 'SEK', 410e6]]],
  ] as const)('%s', (text, expected) => {
    expect(moneyOn(text).map((f) => [f.text, f.span.start, f.span.end, f.currency ?? null, f.amount])).toEqual(expected);
  });
});
