import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import { aboutOf } from './helpers';

// Commodity market reports, miners', carmakers', airlines' and shipping results: sentences
// written for these tests.
describe('a commodity that opens the clause of a price move owns it, past the words that qualify it', () => {
  it.each([
    ['Softs were mixed. Robusta coffee on ICE Europe fell 1.8% to $4,410 a tonne.', '1.8%', 'coffee'],
    ['Softs were mixed. Robusta coffee on ICE Europe fell 1.8% to $4,410 a tonne.', '$4,410', 'coffee'],
    ['The USDA cut its estimate. Raw sugar settled 0.24 cent lower at 17.10 cents a pound.', '0.24 cent', 'sugar'],
    ['The USDA cut its estimate. Raw sugar settled 0.24 cent lower at 17.10 cents a pound.', '17.10 cents', 'sugar'],
    ['U.S. farm exports rose. The benchmark corn contract in Chicago was up 4 cents at $4.62 a bushel.', '4 cents', 'corn'],
    ['Refiners were busy. The front-month gasoil contract rose $6.50 to $701.25 a tonne.', '$701.25', 'gasoil'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    const a = aboutOf(text, figure);
    expect(a.subject?.name).toBe(subject);
    expect(a.metric?.category).toBe('price');
  });

  it.each([
    // Another measure of the commodity (no price per unit reached) stays with its owner.
    ['Brookvale Mining said copper output fell 6% to 41,000 tonnes.', '6%', 'Brookvale Mining'],
    // A name before the commodity owns the price.
    ['Brookvale Mining said its realised copper price fell 3% to $4.05 a pound.', '3%', 'Brookvale Mining'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('a lower-case initialism ("a.m.", "p.m.") is no name', () => {
  it('a clock time before a sentence does not become what "it" stands for', () => {
    const text = 'Oat futures fell on Friday.\n\nThe May oats contract was down 3 cents at $3.41 a bushel by 9:50 a.m. CDT. It had gained 2.5% in the week.';
    expect(aboutOf(text, '2.5%', '2025-04-11').subject?.name).not.toBe('a.m.');
  });
});

describe('measures of carmakers, airlines and shipping', () => {
  it.each([
    // A carmaker's return on sales is its operating margin.
    ['Halden Autowerke now targets a return on sales of 5% to 6% for the year.', '5% to 6%', 'margin'],
    // Liquidity is cash, also "in liquidity".
    ['The carrier ended June with $9.1 billion in liquidity.', '$9.1 billion', 'cash'],
    ['Total liquidity stood at €14.2bn at the end of the period.', '€14.2bn', 'cash'],
    // Gearing is a balance-sheet ratio, no debt in money.
    ['Net debt rose to $8.4 billion, lifting gearing to 21.5% from 19.9%.', '21.5%', 'other'],
    // What a ship earns a day is its hire rate.
    ['Average earnings for panamax bulk carriers rose to $14,250 a day.', '$14,250', 'price'],
    // A total for the year after a dividend is a dividend too.
    ['It declared a final dividend of HK$0.52 a share, bringing the total for the year to HK$0.81.', 'HK$0.81', 'dividend'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

// (In a paragraph of its own: a period of the paragraph before is not the sentence before's.)
describe('a price averaged over the reported period carries that period', () => {
  it.each([
    ['Ridgeback Gold posted revenue of A$1.9 billion for the six months to December 31.\n\nIt sold gold at an average realised price of A$3,880 an ounce.', 'A$3,880', '2025-07-01', '2025-12-31'],
    ['Revenue at Tamsin Mining rose 8% in the first quarter.\n\nThe copper price it received averaged $4.31 a pound.', '$4.31', '2026-01-01', '2026-03-31'],
  ] as const)('%s → %s', (text, figure, start, end) => {
    const p = aboutOf(text, figure, '2026-04-20').period;
    expect([p?.start, p?.end]).toEqual([start, end]);
  });

  it('a spot price with no word of an average takes no reported period', () => {
    const text = 'Revenue at Tamsin Mining rose 8% in the first quarter.\n\nCopper on the LME traded at $9,310 a tonne.';
    const f = extract(text, { referenceDate: '2026-04-20', attribution: true }).find((x) => x.text === '$9,310');
    expect(f && f.kind !== 'period' ? f.about?.period : 'missing').toBeUndefined();
  });
});

describe('guidance for the full year and what analysts expected', () => {
  it('"its full-year forecast for <a long measure> to" is the year of the quarter reported', () => {
    const text = 'Corvel Motors reported third-quarter revenue of $21.4 billion. It raised its full-year forecast for adjusted earnings before interest and taxes to $7.5 billion.';
    const p = aboutOf(text, '$7.5 billion', '2025-10-24').period;
    expect([p?.start, p?.end, p?.basis]).toEqual(['2025-01-01', '2025-12-31', 'full-year']);
  });

  it.each([
    // After a change's base: the result expected is the change's target, for its period.
    ['Corvel Motors on Friday reported third-quarter earnings that beat forecasts, helped by a $900 million gain.\n\nAdjusted earnings per share rose to $1.62 from $1.40 a year earlier, beating the $1.51 analysts had expected.', '$1.51'],
    // "the $X consensus" right before its noun.
    ['Corvel Motors on Friday reported third-quarter earnings that beat forecasts, helped by a $900 million gain.\n\nEarnings per share came to $1.62 on an adjusted basis, above the $1.51 consensus.', '$1.51'],
  ] as const)('%s → %s is the quarter\'s', (text, figure) => {
    const a = aboutOf(text, figure, '2025-10-24');
    expect([a.metric?.category, a.period?.start, a.period?.end]).toEqual(['eps', '2025-07-01', '2025-09-30']);
  });
});

describe('ship hire and container rates: the change of a price per day or per box is a price', () => {
  it.each([
    ['Dry bulk was firm. Supramax rates climbed $385 to $12,940 a day.', '$385', 'price'],
    ['Average earnings for handysize carriers rose 6% to $11,200 a day.', '6%', 'price'],
    ['Spot rates from Ningbo to Genoa fell 4% to $2,730 per FEU.', '$2,730', 'price'],
    ['Spot rates from Ningbo to Genoa fell 4% to $2,730 per FEU.', '4%', 'price'],
    // The base of the change keeps its own reading; a rate with no unit stays a rate.
    ['The central bank raised rates by 25 basis points to 4.5%.', '4.5%', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

// Miners' and farm-commodity stories: sentences written for these tests.
describe('miners and farm commodities: grades, goods, royalties and their own prices', () => {
  it('a chemical symbol after a grade ("62% Fe") is no name, so it never becomes the topic', () => {
    const text = 'PERTH, Jan 20 - Tallawong Iron Ltd shipped more ore in the December quarter, the miner said.\n\nThe average realised price rose to US$97 a tonne, equal to about 92% of the benchmark 62% Fe index price, which averaged US$105 in the quarter.\n\nC1 cash costs came in at A$26.40 a wet tonne.';
    expect(aboutOf(text, 'A$26.40', '2025-01-20').subject?.name).toBe('Tallawong Iron Ltd');
    // ("Santa Fe" keeps its name: only after a percentage.)
    expect(aboutOf('Santa Fe Pacific said net income rose 12% in the quarter.', '12%', '2025-01-20').subject?.name).toBe('Santa Fe Pacific');
  });

  it.each([
    ['Traders were cautious. The most-active July soybean contract on the Chicago Board of Trade rose 9-1/2 cents to $10.84 a bushel.', '9-1/2 cents', 'soybean'],
    ['Traders were cautious. The most-active July soybean contract on the Chicago Board of Trade rose 9-1/2 cents to $10.84 a bushel.', '$10.84', 'soybean'],
    ['Lithium stocks slid. Spodumene prices have dropped 12% this quarter.', '12%', 'Spodumene'],
  ] as const)('a miner\'s or farmer\'s good that moves owns its price: %s → %s', (text, figure, subject) => {
    const a = aboutOf(text, figure, '2025-05-06');
    expect(a.metric?.category).toBe('price');
    expect(a.subject?.name).toBe(subject);
  });

  it('a company\'s average selling price of a good is its own, not the good\'s market', () => {
    const a = aboutOf('Harrow Steel said average selling prices for hot-rolled coil fell to $610 a tonne.', '$610', '2025-05-06');
    expect([a.metric?.category, a.subject?.name, a.direction]).toEqual(['price', 'Harrow Steel', 'down']);
  });

  it.each([
    ["Ontario's mining royalty of 5% is unchanged.", '5%', 'tax', 'Ontario'],
    ['Kestrel Resources holds a 2% net smelter return royalty on the mine.', '2%', 'other', 'Kestrel Resources'],
    // ("Kroon Mining" keeps its name beside the royalty's words.)
    ['Kroon Mining reported revenue of 14.2 billion rand.', '14.2 billion rand', 'revenue', 'Kroon Mining'],
  ] as const)('a mining royalty is a tax, a private royalty is not: %s', (text, figure, metric, subject) => {
    const a = aboutOf(text, figure, '2025-05-06');
    expect([a.metric?.category, a.subject?.name]).toEqual([metric, subject]);
  });
});

describe('a price averaged or realised is the period reported\'s, not the trading day\'s', () => {
  const text = 'JOHANNESBURG, March 4 - Kroon Platinum reported lower half-year earnings on Tuesday.\n\nRevenue fell 8% to 14.2 billion rand in the six months to Dec. 31. The company, whose financial year ends in June, said the average price it received was 21,400 rand an ounce, down 6% from the first half of its 2024 financial year.';
  it.each(['21,400 rand', '6%'])('%s', (figure) => {
    const a = aboutOf(text, figure, '2025-03-04');
    expect([a.period?.start, a.period?.end, a.direction]).toEqual(['2024-07-01', '2024-12-31', 'down']);
  });
});

describe('a span to date of a move before is not the period of a later market move', () => {
  it.each([
    "JOHANNESBURG, March 4 - Gold miners rallied on Tuesday.\n\nGold has gained 9% since the start of the year. Kroon Mining's shares rose 1.5% to 40.10 rand.",
    "JOHANNESBURG, March 4 - Gold miners rallied on Tuesday.\n\nGold has gained 9% so far this year. Kroon Mining's shares rose 1.5% to 40.10 rand.",
  ])('%s', (text) => {
    const a = aboutOf(text, '1.5%', '2025-03-04');
    expect([a.subject?.name, a.direction, a.period?.start, a.period?.end]).toEqual(['Kroon Mining', 'up', '2025-03-04', '2025-03-04']);
    // The move to date keeps its own span.
    expect(aboutOf(text, '9%', '2025-03-04').period?.start).toBe('2025-01-01');
  });
});

describe('a month before a commodity names its futures contract, not when the price moved', () => {
  const text = 'CHICAGO, May 6 - Grain futures rose on Tuesday.\n\nThe most-active July soybean contract on the Chicago Board of Trade rose 9-1/2 cents to $10.84 a bushel, while December corn fell 2 cents to $4.41.';
  it.each([
    ['9-1/2 cents', 'soybean', 'up'], ['$10.84', 'soybean', 'up'], ['2 cents', 'corn', 'down'], ['$4.41', 'corn', 'down'],
  ] as const)('%s is the session\'s move of %s', (figure, subject, direction) => {
    const a = aboutOf(text, figure, '2025-05-06');
    expect([a.subject?.name, a.direction, a.period?.start, a.period?.end]).toEqual([subject, direction, '2025-05-06', '2025-05-06']);
  });

  it('"May corn" opening a sentence is the contract, not the modal: the move stays the session\'s', () => {
    const t = 'CHICAGO, March 17 - Soybean futures rose on Tuesday.\n\nMay corn rose 3 cents to $4.48 a bushel.';
    for (const figure of ['3 cents', '$4.48']) {
      const a = aboutOf(t, figure, '2026-03-17');
      expect([a.subject?.name, a.period?.start]).toEqual(['corn', '2026-03-17']);
    }
  });
});

describe('a commodity\'s futures and the market before it', () => {
  it.each([
    // Bare "futures" after its commodity is the commodity's, past the market after it.
    ['Traders were busy. Arabica coffee futures in New York lost 1.7% to $3.41 per lb.', '1.7%', 'Arabica coffee futures'],
    // A place right before the commodity says whose market, and owns nothing.
    ['Gold rose on Friday.\n\nU.S. gold futures rose 0.3% to $3,431 an ounce.', '0.3%', 'gold futures'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    const a = aboutOf(text, figure, '2026-06-05');
    expect([a.metric?.category, a.subject?.name]).toEqual(['price', subject]);
  });

  it('a month before a good\'s price is the month of the statistic, not a futures contract', () => {
    const a = aboutOf('HOUSTON, April 29 - Gas demand slowed on Tuesday.\n\nThe January natural gas price at the burner tip was 16% lower than a year earlier.', '16%', '2026-04-29');
    expect([a.period?.start, a.period?.end]).toEqual(['2026-01-01', '2026-01-31']);
  });
});
