/**
 * "grand" in a text whose other amounts are all in one currency that is no dollar is thousands
 * of that currency (recognise/money/index.ts grandAhead, resolve/currency.ts); otherwise the
 * dollar, as before. Sentences written for this project.
 */
import { expect, it } from 'vitest';
import { extract } from '../../../src/extract';

const money = (text: string) => extract(text, { kinds: ['money'], referenceDate: '2025-10-01' }).map((f) => f.kind === 'money' ? [f.text, f.currency, Number(f.amount), f.span.start] : []);

it.each([
  ['Buyers need a deposit of about 60 grand in London. The average home costs £299,331.', [['60 grand', 'GBP', 60000, 31], ['£299,331', 'GBP', 299331, 74]]],
  ['It cost me a grand. The rent alone is £900.', [['a grand', 'GBP', 1000, 11], ['£900', 'GBP', 900, 38]]],
  ['We spent a couple grand on repairs, and €400 on the boiler.', [['a couple grand', 'EUR', 2000, 9], ['€400', 'EUR', 400, 40]]],
  // Not: a dollar in the text, two other currencies, none at all, or an equivalent beside it.
  ['It cost me a grand. The rent alone is $900.', [['a grand', 'USD', 1000, 11], ['$900', 'USD', 900, 38]]],
  ['He paid two grand, £500 up front and €300 later.', [['two grand', 'USD', 2000, 8], ['£500', 'GBP', 500, 19], ['€300', 'EUR', 300, 37]]],
  ['That vintage guitar is worth a hundred grand.', [['a hundred grand', 'USD', 100000, 29]]],
  ['It sold for 60 grand, or about €70,000.', [['60 grand', 'USD', 60000, 12], ['€70,000', 'EUR', 70000, 31]]],
])('%s', (text, expected) => {
  expect(money(text)).toEqual(expected);
});
