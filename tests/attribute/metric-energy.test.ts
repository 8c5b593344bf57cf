import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Energy and mining results: realised prices per unit of a good, share moves restated or hedged.
describe('an amount per unit of a good named by revenue or the verb "cost" is a price', () => {
  it.each([
    ['The average revenue realised by Kestrel was US$91 per wet metric tonne.', 'US$91', 'price'],
    ['Sales were booked at 2,140 dlrs per tonne for May shipment.', '2,140 dlrs', 'price'],
    ['Emission permits cost about €71 a tonne in Leipzig on Friday.', '€71', 'price'],
    ['Wholesale power cost 92 euros per megawatt hour last winter.', '92 euros', 'price'],
    // A unit of several words, read as its first word: "per thousand cubic feet".
    ['Its natural gas sold for $2.05 per thousand cubic feet.', '$2.05', 'price'],
    // Costs as a noun stay costs; revenue per user or per year is no price of a good.
    ['Cash costs at the mine were $21.40 a tonne.', '$21.40', 'cost'],
    ['The cost of haulage was $6.10 per tonne.', '$6.10', 'cost'],
    ['Average revenue per user was $42 a month.', '$42', 'revenue'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('a move of the shares restated or hedged is their price, not a stake', () => {
  it.each([
    ['Brenmoor shares were down 4.1p, or 1.3%, at 309p in London.', '1.3%', 'price', 'down'],
    ['Tarrow stock was up 60 cents, or 2.2 percent, by noon.', '2.2 percent', 'price', 'up'],
    ['The writedown sent Velsa shares down as much as 14% in early trade.', '14%', 'price', 'down'],
    ['It left the miner\'s stock up as much as 6.5% on the day.', '6.5%', 'price', 'up'],
  ] as const)('%s → %s %s %s', (text, figure, metric, direction) => {
    const about = aboutOf(text, figure);
    expect(about.metric?.category).toBe(metric);
    expect(about.direction).toBe(direction);
  });

  it('a percentage of the shares stating no move stays a stake', () => {
    expect(aboutOf('Norvik holds 12% of the shares in the pipeline operator.', '12%').metric?.category).toBe('stake');
  });
});

describe('a required return is a rate, not a cost', () => {
  it.each([
    ['The regulator set an allowed cost of equity of 5.8% for the pipeline.', '5.8%'],
    ['Analysts put the utility\'s weighted average cost of capital at 6.9%.', '6.9%'],
    ['Its cost of debt climbed to 4.4% last year.', '4.4%'],
  ] as const)('%s → %s is a rate', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('rate');
  });

  it('costs as such stay costs', () => {
    expect(aboutOf('Operating costs rose 7% to $1.2 billion.', '7%').metric?.category).toBe('cost');
  });
});

describe('"profit after tax" names the measure of a noun of change, not a clause of time', () => {
  it.each([
    ['Harlow Minerals posted a 31% fall in net profit after tax to A$2.2 billion.', 'A$2.2 billion', 'down'],
    ['Quenda reported a 9% rise in underlying profit after tax to $640 million.', '$640 million', 'up'],
    ['Brightwater booked a 14% drop in profit after taxation to £85m.', '£85m', 'down'],
  ] as const)('%s → %s %s', (text, figure, direction) => {
    const about = aboutOf(text, figure);
    expect(about.direction).toBe(direction);
    expect(about.metric?.category).toBe('profit');
  });

  it('"after" opening a clause of time still ends the change', () => {
    expect(aboutOf('Profit fell 5% to $2 billion after Tarn sold a smelter for $900 million.', '$900 million').direction).toBeUndefined();
  });
});

describe('an operator\'s investment or capital plan is its capex, not a deal', () => {
  it.each([
    ['Solvik Energi unveiled a $42 billion investment plan for 2026-2030.', '$42 billion', 'cost'],
    ['The grid operator expects capital investment of about £6.1 billion this year.', '£6.1 billion', 'cost'],
    ['Marrow Electric reaffirmed a five-year capital plan of $9.4 billion.', '$9.4 billion', 'cost'],
    // An investment into a company stays a deal.
    ['Kestrel Capital made a $300 million investment in Tarrow Solar.', '$300 million', 'deal-value'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('refiners\' margins, hits and measures left out', () => {
  it.each([
    // A refiner's gross refining margin, also abbreviated.
    ['For the year, the refiner\'s GRM averaged $7.15 a barrel.', '$7.15', 'margin'],
    ['Its gross refining margin was $9.40 per barrel in the quarter.', '$9.40', 'margin'],
    // An amount of money before "hit" is a charge.
    ['Skarvik takes $1.2 billion hit on Gulf of Mexico wells', '$1.2 billion', 'cost'],
    // A measure after "excluding" that names no figure is left out of the measure before it.
    ['Core earnings (EBIT) excluding write-downs rose 7% to $2 billion.', '$2 billion', 'profit'],
    ['Underlying operating profit excluding impairments rose 12% to $3.3 billion.', '12%', 'profit'],
    ['Net income excluding special items climbed 9% to €410 million.', '€410 million', 'profit'],
    // It still names its own figure.
    ['Excluding charges of $85 million, profit rose 4%.', '$85 million', 'cost'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});
