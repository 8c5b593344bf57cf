import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a currency or commodity that moves owns its rate or price', () => {
  it.each([
    ['Stocks in Oslo were flat. The crown strengthened 0.6% against the euro after the decision.', '0.6%', 'crown', 'rate'],
    ['Acme fell 3%. In currencies, the euro rose 0.4% to $1.0950.', '0.4%', 'euro', 'rate'],
    ['Bonds were steady, while the yen has climbed against the dollar by some 12% this year.', '12%', 'yen', 'rate'],
    ['The zloty weakened 1.1% after the vote.', '1.1%', 'zloty', 'rate'],
    ['Refiners bought less. Spot gold rose 0.9% to $2,410 an ounce.', '0.9%', 'Spot gold', 'price'],
    ['Traders were cautious as the dollar slipped to 141.20 yen.', '141.20 yen', 'dollar', 'rate'],
    // The commodity written before the price words: "copper prices", "heating oil prices".
    ['Output at Cordale fell. Copper prices averaged $4.10 a pound in the quarter.', '$4.10', 'Copper', 'price'],
    ['Crude oil prices rose to around $70 a barrel in March.', '$70', 'oil', 'price'],
  ] as const)('%s → %s of %s', (text, figure, subject, metric) => {
    const a = aboutOf(text, figure);
    expect(a.subject?.name).toBe(subject);
    expect(a.metric?.category).toBe(metric);
  });

  // Another commodity opening the clause, or a market after a preposition, owns nothing.
  it.each([
    ['Nickel slid 1.2% to $16,400 a tonne, tin was flat and zinc gained 0.9% to $2,810.', '0.9%', 'zinc'],
    ['Nickel slid 1.2% to $16,400 a tonne, tin was flat and zinc gained 0.9% to $2,810.', '$2,810', 'zinc'],
    ['At the Shanghai Futures Exchange, rebar rose 2% while iron ore added 1.4% to 812 yuan a tonne.', '1.4%', 'iron ore'],
    ['In Kuala Lumpur, palm oil fell 35 ringgit to 3,920 ringgit a tonne.', '3,920 ringgit', 'palm oil'],
    // A commodity written right before its move owns it, whatever named the metric.
    ['Metals eased on Friday, with spot silver down 0.6% at $30.40 an ounce.', '$30.40', 'silver'],
    ['Miners rallied and Kestrel Gold surged 4% to $27.10.', '$27.10', 'Kestrel Gold'],
    ['Metals eased on Friday, with spot silver down 0.6% at $30.40 an ounce.', '0.6%', 'silver'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a name or pronoun before the commodity owns the figure', () => {
    const text = 'Redwater Mining said the average price it received for iron ore dropped 11% to $88 a tonne.';
    expect(aboutOf(text, '11%').subject?.name).toBe('Redwater Mining');
  });
});

describe('a price per unit with no cue of its own is the commodity\'s its clause names', () => {
  it.each([
    ['Analyst Jane Roe said gold is poised to rise to $2,500 an ounce by year-end.', '$2,500', 'gold'],
    ['Banks had calculated that oil would have to be $25 a barrel for Ruritania to pay.', '$25', 'oil'],
    ['Finance Minister Ana Lund said the dollar fell 2% on Monday.', '2%', 'dollar'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

// The object of a verb of forecasting owns the price forecast, even in a company's story.
describe('the commodity a forecast is of owns its price', () => {
  it.each([
    ['Tarrow Bank lifted its outlook on Monday. The bank sees gold averaging $2,900 an ounce next year.', '$2,900', 'gold'],
    ['Kessel Securities expects copper to average $9,400 a ton in 2026.', '$9,400', 'copper'],
    ['Analysts at Verra Capital predict silver to hit $38 an ounce by June.', '$38', 'silver'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-11-03').subject?.name).toBe(subject);
  });
  // With no unit written, the forecast of a commodity is its price; a second amount listed after
  // it is of the same commodity.
  it.each([
    ['She expects Brent to average $71 in the fourth quarter and $68 in 2026.', '$71', 'Brent'],
    ['She expects Brent to average $71 in the fourth quarter and $68 in 2026.', '$68', 'Brent'],
    ['Tarrow Bank expects gold to reach $3,900 by the end of 2026.', '$3,900', 'gold'],
  ] as const)('%s → %s is the price of %s', (text, figure, subject) => {
    const a = aboutOf(text, figure, '2025-11-03');
    expect(a.subject?.name).toBe(subject);
    expect(a.metric?.category).toBe('price');
  });
  it('not a company\'s own output it expects', () => {
    expect(aboutOf('Acme expects copper output to reach 500,000 tonnes, with prices at $9,000 a ton.', '$9,000').subject?.name).toBe('Acme');
  });
});

describe('bare "futures" that moved take the commodity written before them', () => {
  it.each([
    ['Brent crude futures dropped 1.8% to $71.40 a barrel by 1130 GMT.', '1.8%', 'Brent crude futures'],
    ['Soybean futures led the advance, closing up 30 cents a bushel.', '30 cents', 'Soybean futures'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

// "It" opening the sentence after a commodity's move is that commodity, not the bank quoted.
describe('"it" after a commodity\'s sentence stands for the commodity', () => {
  const text = 'Silver rose 0.8% to $31.20 an ounce on Tuesday, Harlan Bank said. It hit a peak of $32.05 in March. It has gained 9% this year.';
  it.each([
    ['$32.05', 'Silver', 'price', '2024-03-01', '2024-03-31'],
    // Past a sentence that opens with "it" too, where "hit" is its verb, not a charge.
    ['9%', 'Silver', 'price', '2024-01-01', '2024-12-31'],
  ] as const)('%s → %s %s', (figure, subject, metric, start, end) => {
    const a = aboutOf(text, figure, '2024-05-14');
    expect(a.subject?.name).toBe(subject);
    expect(a.metric?.category).toBe(metric);
    expect(a.period?.start).toBe(start);
    expect(a.period?.end).toBe(end);
  });
  it('"it hit" is a verb, not a charge', () => {
    const a = aboutOf('Copper rose 2% on Monday. It hit $10,050 a ton. It has risen 11% since January.', '11%', '2025-06-02');
    expect(a.metric?.category).toBe('price');
    expect(a.subject?.name).toBe('Copper');
  });
  it('a company\'s own "it" keeps the company', () => {
    const a = aboutOf('Initech\'s revenue declined in the quarter. It fell 14% to $3 million.', '14%', '2025-06-02');
    expect(a.metric?.category).toBe('revenue');
    expect(a.subject?.name).toBe('Initech');
  });
});
