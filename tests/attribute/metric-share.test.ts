import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "a 24% share": a percentage written right before "share" is a share of a market or of a
// company (a stake); "share" elsewhere is a unit of stock and names nothing by itself.
describe('a percentage right before "share" is a stake', () => {
  it.each([
    ['Corvell led the tablet market with a 31% share in the quarter.', '31%'],
    ['Pirnau holds a 12% share in the pipeline venture.', '12%'],
    ['The drug held a 24% share of new prescriptions in May.', '24%'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('stake');
  });

  it.each([
    // money before "a share", and a percentage away from "share", are not stakes by this rule
    ['Lorrel paid a dividend of 40 cents a share.', '40 cents', 'dividend'],
    ['Lorrel shares rose 4% after the results.', '4%', 'price'],
  ] as const)('%s → %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

// "to 816,000 shares, or 11.3%": a count of shares restated as a percentage is a holding.
describe('a count of shares restated as a percentage is a stake', () => {
  it.each([
    ['Halden Partners said it raised its holding in Trevan Corp to 412,000 shares, or 8.2% of the total, from 350,000 shares, or 6.9%.', '8.2%'],
    ['Halden Partners said it raised its holding in Trevan Corp to 412,000 shares, or 8.2% of the total, from 350,000 shares, or 6.9%.', '6.9%'],
    ['The fund bought 96,500 common shares of Meriden Inc, or 5.4% of those outstanding.', '5.4%'],
    ['Halden bought 2.1 mln shares, or 7.7 pct, of Trevan.', '7.7 pct'],
    // The base of a stake's change is a stake too.
    ['Mara Holt cut her stake in Trevan common stock to 412,000 shares, or 8.2 pct, from about 9.6 pct.', '9.6 pct'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('stake');
  });

  it('a move of the shares stays a price', () => {
    expect(aboutOf('Trevan shares fell 6% to $14.20 on Tuesday.', '6%').metric?.category).toBe('price');
  });

  it.each([
    ['Orland said it holds 215,400 Trevan shares, or about 6.4 pct of the outstanding.', '6.4 pct', 'stake'],
    ['Orland already holds about 19.8 pct or 3.2 mln Trevan ordinary shares.', '19.8 pct', 'stake'],
    ['The founders will retain approximately three pct of the common stock.', 'three pct', 'stake'],
  ] as const)('a percentage of shares that states no move: %s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it.each([
    ['Marlow Power will redeem all its 8-1/4 pct cumulative preferred stock.', '8-1/4 pct', 'dividend'],
    ['Corrin Gas said it will offer 400,000 shares of 7-1/8 pct series preferred stock.', '7-1/8 pct', 'dividend'],
    // A part of the preferred shares is a holding.
    ['Halden owns 85 pct of the preferred shares of Trevan.', '85 pct', 'stake'],
  ] as const)('a percentage written before preferred stock is its dividend: %s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

describe('a whole amount paid for shares is a deal; a part of a company bought or sold is a stake', () => {
  it.each([
    ['Corvell said it agreed to acquire all the outstanding stock of Pinewood Labs Inc for 84 mln dlrs in cash.', '84 mln dlrs', 'deal-value'],
    ['Halden sold 250,000 shares of Trevan Corp for 6.2 mln dlrs.', '6.2 mln dlrs', 'deal-value'],
    ['Members of the management plan to buy up to 12 pct of the equity in Pinewood.', '12 pct', 'stake'],
    ['Orrin sold 20% of the company to Halvard in May.', '20%', 'stake'],
    // A price per share stays a price.
    ['Halden sold 250,000 shares of Trevan Corp at 24.80 dlrs a share.', '24.80 dlrs', 'price'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});

// "Xiaomi's share rose to 14.4%": a share someone owns that moves by a percentage is a market share.
describe('an owned share that moves by a percentage is a stake', () => {
  it.each([
    ["Pellmark's share rose to 14.4% from 13.8% in the quarter.", '14.4%', 'stake'],
    ["Pellmark's share rose to 14.4% from 13.8% in the quarter.", '13.8%', 'stake'],
    ['Dorvane lost ground: its share fell 1.2 percentage points to 9.1%.', '1.2 percentage points', 'stake'],
    // a share price, a share of something, or a share that moves to an amount of money are no market share
    ["Pellmark's share price rose 5% on the news.", '5%', 'price'],
    ['Its share rose 3% on Monday to $12.40.', '3%', 'price'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('the share of something else is not a stake by this rule', () => {
    expect(aboutOf('The share of exports in output rose to 30%.', '30%').metric?.category).not.toBe('stake');
  });
});

// "making up 72% of the total": a part's share of a total left unnamed measures what the part is.
describe('a share of the total is of the part\'s measure', () => {
  it.each([
    ['Cloud revenue rose 38% to $2.4 billion, making up 61% of the total.', '61%', 'revenue'],
    ['Licence sales, which make up about 44% of the total, fell 6%.', '44%', 'revenue'],
    ['Operating profit at the bank unit rose 9% to €1.1 billion, accounting for 58% of the total.', '58%', 'profit'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('no measure named, no measure taken', () => {
    expect(aboutOf('Exports account for 40% of the total.', '40%').metric?.category).toBe('other');
  });
});
