/**
 * A family's bare word in emerging-market business news takes the place the story names by its
 * country, capital or adjective ("Czech utility … crowns", "CAIRO - … pounds"), and the Gulf
 * papers' letters ("RO", "BD", "JD") are money where the text names their place
 * (src/lexicon/currencies.ts CONTEXT_CUES, PLACE_CUED_ALIASES; src/resolve/currency.ts
 * CUE_FAMILIES). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../src/index';

const money = (text: string, ref = '2025-06-18'): Array<[string, string | null, string]> =>
  extract(text, { referenceDate: ref }).filter((f): f is MoneyFigure => f.kind === 'money').map((f) => [f.text, f.currency, f.amountExact]);

describe('a bare currency word follows the place an emerging-market story names', () => {
  it.each([
    ['Czech utility Vltava Energie cut its forecast to 135 billion crowns.', '135 billion crowns', 'CZK', '135000000000'],
    ['PRAGUE, Sept 3 - The power producer earned 30.4 billion crowns in the half.', '30.4 billion crowns', 'CZK', '30400000000'],
    ['REYKJAVIK, May 2 - The lender said profit rose to 7.2 billion crowns.', '7.2 billion crowns', 'ISK', '7200000000'],
    ['Chilean retailer Andes Tiendas said profit rose to 210 billion pesos.', '210 billion pesos', 'CLP', '210000000000'],
    ['SANTIAGO, June 18 - The lithium miner said net income fell to 120 billion pesos.', '120 billion pesos', 'CLP', '120000000000'],
    ['Colombian lender Banco Cordillera posted a profit of 1.6 trillion pesos.', '1.6 trillion pesos', 'COP', '1600000000000'],
    ['CAIRO, May 15 - The property developer said net profit rose 40% to 9.1 billion pounds.', '9.1 billion pounds', 'EGP', '9100000000'],
    ["Egypt's largest private lender said first-quarter net income rose to 16.6 billion pounds.", '16.6 billion pounds', 'EGP', '16600000000'],
    ['BEIRUT, May 2 - The cabinet approved a budget of 505 trillion pounds.', '505 trillion pounds', 'LBP', '505000000000000'],
    ['KARACHI, May 2 - The cement maker earned 12 billion rupees.', '12 billion rupees', 'PKR', '12000000000'],
    ['COLOMBO, May 2 - The conglomerate earned 30 billion rupees.', '30 billion rupees', 'LKR', '30000000000'],
    ['AMMAN, May 2 - The lender said profit rose to 600 million dinars.', '600 million dinars', 'JOD', '600000000'],
    ['MUSCAT, May 2 - The telecoms group said profit rose to 210 million rials.', '210 million rials', 'OMR', '210000000'],
  ] as const)('%s', (text, figure, currency, amount) => {
    expect(money(text)).toContainEqual([figure, currency, amount]);
  });

  it.each([
    // Sterling keeps a story about Britain, and wins a tie with another pound's place.
    ['LONDON, May 2 - The grocer said profit rose to 1.2 billion pounds.', '1.2 billion pounds', 'GBP', '1200000000'],
    ['The British carrier will resume flights to Egypt, at a cost of 40 million pounds.', '40 million pounds', 'GBP', '40000000'],
    ['The utility earned 2 billion pounds.', '2 billion pounds', 'GBP', '2000000000'],
    // A Swedish story stays Swedish when a Czech plant is named after Stockholm and Sweden.
    ['STOCKHOLM, May 2 - The Sweden-based truck maker earned 5 billion crowns, helped by its Czech plant.', '5 billion crowns', 'SEK', '5000000000'],
    // An adjective still wins over the places.
    ['Czech utility Vltava Energie paid 2 billion Swedish crowns for the plant.', '2 billion Swedish crowns', 'SEK', '2000000000'],
  ] as const)('keeps %s', (text, figure, currency, amount) => {
    expect(money(text)).toContainEqual([figure, currency, amount]);
  });
});

describe('the Gulf and Levant letters RO, BD and JD', () => {
  it.each([
    ['MUSCAT - Sohar Trading Bank posted a profit of RO 210 million.', 'RO 210 million', 'OMR', '210000000'],
    ['MANAMA - The Bahraini lender posted a profit of BD 80 million.', 'BD 80 million', 'BHD', '80000000'],
    ['AMMAN - The Jordanian bank posted a profit of JD 600 million.', 'JD 600 million', 'JOD', '600000000'],
  ] as const)('%s', (text, figure, currency, amount) => {
    expect(money(text)).toEqual([[figure, currency, amount]]);
  });

  it.each([
    // No place named: initials, not money.
    'The retailer JD 600 million users strong is growing.',
    'The BD 80 million programme was approved.',
    'Analysts said RO 210 million was the number.',
    // In lower case they are words, even in Oman.
    'MUSCAT - The ro 210 million figure is wrong.',
  ])('%s has no money', (text) => {
    expect(money(text)).toEqual([]);
  });
});
