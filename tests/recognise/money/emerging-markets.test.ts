/**
 * How the English-language press of Latin America, Africa and the Gulf writes its currencies:
 * the dirham's spaced "Dh", Mexico's "Ps", the Turkish "TL", Peru's "soles" and "S/", the
 * dirham's fils, and a South African text's cents beside a dollar equivalent
 * (lexicon/currencies.ts, recognise/money/sides.ts and index.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { extract, type MoneyFigure } from '../../../src/index';

const money = (text: string): MoneyFigure[] => extract(text, { kinds: ['money'], referenceDate: '2025-10-01' }) as MoneyFigure[];

describe('emerging-market currency forms', () => {
  it.each([
    ['DUBAI - Harbour Point Bank made a profit of Dh 12.6 billion last year.', 'Dh 12.6 billion', 'AED', '12600000000'],
    ['Shares of the Abu Dhabi developer closed at Dh 7.45 on Tuesday.', 'Dh 7.45', 'AED', '7.45'],
    ['The Dubai bank will pay a dividend of 45 fils per share.', '45 fils', 'AED', '0.45'],
    // Other hundredths named by their own word.
    ['The Lagos lender declared a final dividend of 120 kobo a share.', '120 kobo', 'NGN', '1.2'],
    ['A loaf of subsidised bread went up 50 piastres.', '50 piastres', 'EGP', '0.5'],
    ['The Riyadh stock added 40 halalas.', '40 halalas', 'SAR', '0.4'],
    ['Card fees fall to 25 satang per transaction.', '25 satang', 'THB', '0.25'],
    ['The Monterrey bottler booked sales of Ps 41.7 billion in the quarter.', 'Ps 41.7 billion', 'MXN', '41700000000'],
    ['Its Mexican unit earned Ps2.3 billion.', 'Ps2.3 billion', 'MXN', '2300000000'],
    ['Mexico City: capex was Ps. 6 billion.', 'Ps. 6 billion', 'MXN', '6000000000'],
    ['The Istanbul carrier posted a profit of 9.7 billion TL in the quarter.', '9.7 billion TL', 'TRY', '9700000000'],
    ['Its shares in Turkey ended at TL 88.15.', 'TL 88.15', 'TRY', '88.15'],
    ['The Lima miner earned 230 million soles in the half.', '230 million soles', 'PEN', '230000000'],
    ['The Peruvian brewer declared a dividend of S/ 0.62 per share.', 'S/ 0.62', 'PEN', '0.62'],
    // Codes that are English words, in a text that names their place.
    ["Turkey's central government ran a deficit of TRY 41.5bn in May.", 'TRY 41.5bn', 'TRY', '41500000000'],
    ['The Ankara builder booked orders worth 6.2 billion TRY.', '6.2 billion TRY', 'TRY', '6200000000'],
    ['Peru sold PEN 3.1 billion of sovereign bonds.', 'PEN 3.1 billion', 'PEN', '3100000000'],
    ['The Casablanca phosphate group earned MAD 4.05 billion.', 'MAD 4.05 billion', 'MAD', '4050000000'],
    ['MANILA - The port operator earned PHP 12.4 billion; a ride costs Php 45.', 'Php 45', 'PHP', '45'],
    ['MANILA - The port operator earned PHP 12.4 billion.', 'PHP 12.4 billion', 'PHP', '12400000000'],
    ['The Bucharest utility raised RON 800 million in bonds.', 'RON 800 million', 'RON', '800000000'],
    ['The Bahamian bank holds BSD 45 million of deposits.', 'BSD 45 million', 'BSD', '45000000'],
  ] as const)('%s', (text, figure, currency, amount) => {
    const f = money(text).find((x) => text.slice(x.span.start, x.span.end) === figure);
    expect(f?.currency).toBe(currency);
    expect(f?.amountExact).toBe(amount);
  });

  it.each([
    'Sony shipped more PS5 consoles to Mexico than PS4 ones.',
    'Gamers in Mexico queued for the PS 5 launch.',
    'Istanbul shops sold the TL5 model.',
    'A report will appear in the March 9 S/P Creditweek.',
    // Without the place they stay words, and "ALL" stays a word even with it.
    'WE TRY 40 TIMES AND STILL FAIL',
    'The PEN 3 stylus ships in May.',
    'Albania: ALL 5 parties signed.',
    // Software versions and fuel grades.
    'The servers moved from BSD 4.3 to PHP 8.2, and php 7 is retired.',
    'Pumps sell RON 95 and RON 97 petrol.',
  ])('no money in "%s"', (text) => {
    expect(money(text)).toEqual([]);
  });

  // East Africa's shillings written in English: the place the story names picks the country
  // (Austria's is the "schilling"); with no place named the currency stays open.
  it.each([
    ['NAIROBI - The telecoms group earned 18.6 billion shillings in the half.', '18.6 billion shillings', 'KES', '18600000000'],
    ["Uganda's parliament passed a budget of 52 trillion shillings.", '52 trillion shillings', 'UGX', '52000000000000'],
    ['The Tanzanian brewer paid 410 shillings a share.', '410 shillings', 'TZS', '410'],
    ['The Mombasa port operator booked 3.5 billion Kenya shillings of fees.', '3.5 billion Kenya shillings', 'KES', '3500000000'],
  ] as const)('shillings: %s', (text, figure, currency, amount) => {
    const f = money(text).find((x) => text.slice(x.span.start, x.span.end) === figure);
    expect(f?.currency).toBe(currency);
    expect(f?.amountExact).toBe(amount);
  });

  // Latin America's pesos with the dollar sign and their country's letters or code.
  it.each([
    ['The Valparaiso port operator earned Ch$ 96 billion in the year.', 'Ch$ 96 billion', 'CLP', '96000000000'],
    ['The Medellin lender earned Col$1.7 trillion.', 'Col$1.7 trillion', 'COP', '1700000000000'],
    ['The Rosario grain trader lost AR$ 12.5 billion.', 'AR$ 12.5 billion', 'ARS', '12500000000'],
    ['The Punta Cana resort group earned RD$3.2 billion.', 'RD$3.2 billion', 'DOP', '3200000000'],
    ['The Cali utility will invest COP$ 2.8 trillion.', 'COP$ 2.8 trillion', 'COP', '2800000000000'],
    ['The Puebla bottler earned MXN$1.4 billion.', 'MXN$1.4 billion', 'MXN', '1400000000'],
  ] as const)('pesos with the dollar sign: %s', (text, figure, currency, amount) => {
    const f = money(text).find((x) => text.slice(x.span.start, x.span.end) === figure);
    expect(f?.currency).toBe(currency);
    expect(f?.amountExact).toBe(amount);
  });

  it('shillings with no place named are money of an open currency', () => {
    const [f] = money('The collector paid 40 shillings for the coin.');
    expect(f?.text).toBe('40 shillings');
    expect(f?.currency).toBeNull();
  });

  it('South African cents stay rand beside a dollar equivalent', () => {
    const text = 'JOHANNESBURG - Karoo Foods lifted headline earnings per share to 318.4 cents, on turnover of R42.1 billion ($2.4 billion), and paid a dividend of 150 cents.';
    const byText = new Map(money(text).map((f) => [text.slice(f.span.start, f.span.end), f]));
    expect(byText.get('318.4 cents')?.currency).toBe('ZAR');
    expect(byText.get('318.4 cents')?.amountExact).toBe('3.184');
    expect(byText.get('150 cents')?.currency).toBe('ZAR');
    expect(byText.get('$2.4 billion')?.currency).toBe('USD');
  });

  it.each([
    ['JOHANNESBURG - Karoo Foods said headline earnings per share rose to 874 cents.', '874 cents', 'ZAR'],
    ['PRETORIA, Aug 20 (Wire) - Veld Mining cut its dividend to 95 cents.', '95 cents', 'ZAR'],
    ['JOHANNESBURG, Aug 20 (Wire) - The gold miner earned $900 million, or 31 cents a share.', '31 cents', 'USD'],
  ] as const)('cents in a South African dateline: %s', (text, figure, currency) => {
    const f = money(text).find((x) => text.slice(x.span.start, x.span.end).startsWith(figure));
    expect(f?.currency).toBe(currency);
  });

  it('cents in a text with dollars of its own stay dollars', () => {
    const text = 'The Cape Town unit earned R1.2 billion; its US parent earned $3.1 billion, or 88 cents a share.';
    const f = money(text).find((x) => text.slice(x.span.start, x.span.end).startsWith('88 cents'));
    expect(f?.currency).toBe('USD');
  });
});
