import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('metric words added for bonds, taxes, savings and price targets', () => {
  it.each([
    ['Tax revenue is projected to climb 9% to 21 trillion pesos.', '21 trillion pesos', 'tax'],
    ['Tax receipts rose 4% to $310 billion in May.', '4%', 'tax'],
    // An investment tax credit is a tax item, not an investment.
    ['Net includes investment tax credits of 2.6 mln dlrs.', '2.6 mln dlrs', 'tax'],
    ['The plant closures would save about $200 million a year.', '$200 million', 'cost'],
    ['Norlen Oil is issuing a $300 million eurobond due 2031.', '$300 million', 'debt'],
    ['Kestrel Homes will offer $150 million of senior notes due 2030.', '$150 million', 'debt'],
    ['Kestrel Homes will redeem its 6.5% convertible debentures due 2029.', '6.5%', 'rate'],
    ['The deal included a 1.2 billion-euro hybrid note with a 4.75% coupon.', '1.2 billion-euro', 'debt'],
    // "to retire 5% of the debentures" is a part of them, not their rate
    ['A sinking fund will retire 5% of the debentures each year.', '5%', 'debt'],
    // bank notes are money in circulation, not debt
    ['Notes in circulation rose by 900 million crowns in the week.', '900 million crowns', 'other'],
    ['Harlow Bank raised its price target on Quorra Mining to $48 from $41.', '$48', 'price'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });

  it('"price target on X": X owns the target, not the broker', () => {
    expect(aboutOf('Harlow Bank raised its price target on miner Quorra Mining to $48 from $41.', '$48').subject?.name).toBe('Quorra Mining');
    expect(aboutOf('Harlow Bank raised its price target on miner Quorra Mining to $48 from $41.', '$41').subject?.name).toBe('Quorra Mining');
  });

  it('a currency or kind written before a security owns nothing', () => {
    expect(aboutOf('Pell Finance is issuing a 100 million Ecu eurobond due 1999 paying 7%.', '7%').subject?.name).toBe('Pell Finance');
  });
});

describe('money raised with a size word between, units sold each, the high or low of a measure', () => {
  it.each([
    ['Zeltan Power priced its offering at the top of the range, raising about HK$9 billion.', 'HK$9 billion', 'deal-value'],
    ['The startup raised more than $40 million from investors.', '$40 million', 'deal-value'],
    ['The new shares were sold at 390 pence each, a discount of 5%.', '390 pence', 'price'],
    ['Silver slipped 0.5% to $31.10 an ounce after touching a record high of $32.40.', '$32.40', 'price'],
    ['The yield fell to 3.9% from a peak of 4.6% in May.', '4.6%', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });

  it('"raised 50 cts to $17.85" is still a price moved, not money raised', () => {
    expect(aboutOf('The company raised its crude posting 50 cts to $17.85 a barrel.', '50 cts').metric.category).not.toBe('deal-value');
  });
});

describe('money raised through debt is debt', () => {
  it.each([
    ['Indonesia plans to raise 600 trillion rupiah ($36 billion) from bond sales next year.', '600 trillion rupiah', 'debt'],
    ['Indonesia plans to raise 600 trillion rupiah ($36 billion) from bond sales next year.', '$36 billion', 'debt'],
    ['Harwell Power is raising $200 million through an offering of senior notes due 2031.', '$200 million', 'debt'],
    ['Harwell Power is raising $75 million through a 6.5% bullet eurobond due 2030.', '$75 million', 'debt'],
    // a funding round stays a deal
    ['Quillmark is raising $50 million from venture investors.', '$50 million', 'deal-value'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});

describe('fees tied to a figure are a cost; "for selling" in a fee split names no deal', () => {
  it.each([
    ['Fees total 1-7/8 pct, with 1-1/4 pct for selling and 5/8 pct for management.', '1-7/8 pct', 'cost'],
    ['Fees total 1-7/8 pct, with 1-1/4 pct for selling and 5/8 pct for management.', '1-1/4 pct', 'other'],
    ['The revolving credit carries a commitment fee of 10 basis points a year.', '10 basis points', 'cost'],
    ['Banks joining will be paid a 15 basis point participation fee.', '15 basis point', 'cost'],
    // A fee elsewhere in the clause is not the figure's measure.
    ['The trust bought 2 mln dlrs of notes, paying its adviser a fee.', '2 mln dlrs', 'debt'],
    ['Marrow said it was selling 20 pct of the unit.', '20 pct', 'stake'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});
