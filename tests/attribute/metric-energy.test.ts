import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Energy and mining results: realised prices per unit of a good, share moves restated or hedged.
describe('an amount per unit of a good named by revenue or the verb "cost" is a price', () => {
  it.each([
    ['The average revenue realised by Kestrel was US$91 per wet metric tonne.', 'US$91', 'price'],
    ['Sales were booked at 2,140 dlrs per tonne for May shipment.', '2,140 dlrs', 'price'],
    ['Emission permits cost about €71 a tonne in Leipzig on Friday.', '€71', 'price'],
    ['Wholesale power cost 92 euros per megawatt hour last winter.', '92 euros', 'price'],
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
