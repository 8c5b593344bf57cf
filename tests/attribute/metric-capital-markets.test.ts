import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('metrics of capital-markets phrasing: tranches, loans, spreads, stakes, proceeds', () => {
  it.each([
    // A coupon between "of" and the securities, a class number after a capitalised word.
    ['Brightwell Foods sold $750 million of 5.2% senior notes due 2034.', '$750 million', 'debt'],
    ['The lender placed €400m in 3.9% covered bonds.', '€400m', 'debt'],
    ['Halden Re priced £300m of Tier 2 notes on Monday.', '£300m', 'debt'],
    // A term written as one word, or one word of its own, between the figure and its noun.
    ['The buyers arranged a €900m five-year term loan with four banks.', '€900m', 'debt'],
    ['Funds provided a $1.2 billion unitranche loan for the deal.', '$1.2 billion', 'debt'],
    // How a deal is paid, before the noun that names it.
    ['Orrin Labs made a $3bn cash offer for its rival.', '$3bn', 'deal-value'],
    // Basis points of a loan are its spread; a rate before "on" names what the loans pay.
    ['The term loan B was talked at 350bp over Euribor.', '350bp', 'rate'],
    // Every overnight benchmark is a rate: SONIA, SOFR, €STR written ESTR, SARON, TONA, CORRA, BBSW.
    ['The sterling notes pay 175 basis points over SONIA.', '175 basis points', 'rate'],
    ['The Swiss franc tranche prices at 80bp over SARON.', '80bp', 'rate'],
    ['Average yields on new leveraged loans have dropped to 8.1%.', '8.1%', 'rate'],
    // Holdings: "own N%" with no "of", "a N% position", a part of the share capital.
    ['After the listing the founders will own 31.5% and the public the rest.', '31.5%', 'stake'],
    ['The fund also disclosed a 6.1% position in a rival brewer.', '6.1%', 'stake'],
    ['The shares represent about 9.4 per cent of the issued share capital.', '9.4 per cent', 'stake'],
    // A company's share capital in money is no stake.
    ['Velmont has a fully paid share capital of 40 million euros.', '40 million euros', 'other'],
    // Proceeds of an offering or a sale; what a sale would fetch.
    ['The extra shares could lift gross proceeds to roughly $410 million.', '$410 million', 'deal-value'],
    ['Bankers think the division could fetch about $900 million.', '$900 million', 'deal-value'],
    ['Brent usually fetches a premium of 60 cents over Dubai crude.', '60 cents', 'price'],
    // An amount "for each share" is a price per share.
    ['Under the cash alternative holders would get 455p for each share in Dunmore.', '455p', 'price'],
    // A new bond's guidance is a yield, not a price.
    ['The notes were marketed with price thoughts in the 7.25% area.', '7.25%', 'rate'],
    // An average share price.
    ['The offer is pitched at a 30% premium to the 60-day VWAP of $14.10.', '$14.10', 'price'],
    // "valued at", with no measure linked before it, is a company's worth, not the multiple after it.
    ['At the top of the range Pellam would be valued at HK$52 billion, or about 18 times its forecast earnings.', 'HK$52 billion', 'market-value'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });

  it('a cue written right before another figure belongs to that figure, not the one before it', () => {
    // "yields" is the 3.8%'s; the quarterly payout keeps the dividend of its relative clause.
    const text = 'Investors want a bigger dividend, which at 41 cents a quarter yields 3.8%.';
    expect(aboutOf(text, '41 cents').metric.category).toBe('dividend');
    expect(aboutOf(text, '3.8%').metric.category).toBe('rate');
  });

  it('a clause of result after a comma names the next figure\'s measure, not this one\'s', () => {
    expect(aboutOf('Shares were last up 12% at $44.20, giving Norvik a market value of $6bn.', '$44.20').metric.category).not.toBe('market-value');
  });
});

describe('money raised is no move of the figures around it', () => {
  it('"…, raising $X and valuing it at $Y": neither the range before nor the value after went up', () => {
    const text = 'Norvane priced its IPO at $17 a share, above its marketed range of $14 to $16, raising $510 million and valuing the company at about $4.2 billion.';
    expect(aboutOf(text, '$14 to $16').direction).toBeUndefined();
    expect(aboutOf(text, '$14 to $16').metric.category).toBe('price');
    expect(aboutOf(text, '$4.2 billion').direction).toBeUndefined();
  });

  it('a size of a move keeps its change: "raised 40 cts a barrel to"', () => {
    expect(aboutOf('Its posted price was raised 40 cts a barrel to 18.20 dlrs.', '18.20 dlrs').direction).toBe('up');
  });
});
