import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Markets, bonds, listings and stakes: sentences written for these tests. [rule, text, figure, category]
const CASES: [rule: string, text: string, figure: string, category: string][] = [
  // bond yields, spreads and coupons are rates
  ['spread', 'The notes were sold at a spread of 120 basis points over mid-swaps.', '120 basis points', 'rate'],
  ['coupons', 'Both issues carry coupons of 4.75%, the arranger said.', '4.75%', 'rate'],
  ['bond yield', "Yields on Italy's 10-year bonds climbed 9 basis points to 3.71%.", '9 basis points', 'rate'],
  ['bond yield level', "Yields on Italy's 10-year bonds climbed 9 basis points to 3.71%.", '3.71%', 'rate'],
  ['tranche rate', 'The floating-rate tranche pays 85 basis points over Sofr.', '85 basis points', 'rate'],
  ['bond amount', 'The utility sold $900 million of bonds on Monday.', '$900 million', 'debt'],
  ['tenor in words', 'The Treasury sold $44 billion of five-year notes on Tuesday.', '$44 billion', 'debt'],
  ['tenor in digits', 'The state sold $16 billion of 20-year bonds.', '$16 billion', 'debt'],
  ['tranche amount', 'A 10-year tranche of $400 million was also placed.', '$400 million', 'debt'],
  ['target after a change', 'The yield on the benchmark bond fell 4 basis points to 2.96%.', '2.96%', 'rate'],
  // the cost of borrowing in points or as a level is an interest rate; a change of an amount of it is a cost
  ['borrowing costs in points', 'The central bank is set to lower borrowing costs by 25 basis points to 6.5%.', '25 basis points', 'rate'],
  ['borrowing costs as a level', 'The central bank is set to lower borrowing costs by 25 basis points to 6.5%.', '6.5%', 'rate'],
  ['funding costs as a change', 'Funding costs at Ravel Bank rose 14% in the half.', '14%', 'cost'],
  // the odds that something happens, written right after the figure
  ['odds of a cut', 'Futures now price a 65% chance that the central bank cuts in June.', '65%', 'other'],
  ['probability', 'Economists put a 30 percent probability on a recession next year.', '30 percent', 'other'],
  ['no odds when only near', 'There was little chance of the prime rate rising above 7-1/4 pct.', '7-1/4 pct', 'rate'],
  // currencies and commodities that move
  ['currency firmed', 'The Swiss franc firmed 0.7% against the euro.', '0.7%', 'rate'],
  ['currency strengthened', 'The yen strengthened 1.1% after the data.', '1.1%', 'rate'],
  ['commodity', 'Copper slipped 0.8% on demand worries.', '0.8%', 'price'],
  ['commodity level', 'Silver jumped 3.2% to $38.10 an ounce.', '$38.10', 'price'],
  ['level reached after a level', 'Spot platinum was up 0.6% at $1,118 an ounce, after hitting $1,131 on Monday.', '$1,131', 'price'],
  ['commodity share', 'Platinum gained 2% and palladium rose 1.5%.', '1.5%', 'price'],
  ['more commodities', 'Spot tin eased 0.8% in thin trade.', '0.8%', 'price'],
  ['fuel', 'Heating oil prices rose 3.1 pct in May.', '3.1 pct', 'price'],
  // a move to or by an amount without a scale, no measure named, is of a price (a share's, a good's);
  // of a currency named before it, its exchange rate
  ['share moves in pence', 'Brightwell Foods climbed 3.6 per cent to 418p on the news.', '418p', 'price'],
  ['its percentage', 'Brightwell Foods climbed 3.6 per cent to 418p on the news.', '3.6 per cent', 'price'],
  ['move in money', 'Corvid Motors rose $2.15, or 1.9%, to $115.40.', '$2.15', 'price'],
  ['adverb and level', 'The index added 0.4%, with Tamura Steel up 2.1% at 1,905 yen.', '1,905 yen', 'price'],
  ['adverb percentage after an index', 'The index added 0.4%, with Tamura Steel up 2.1% at 1,905 yen.', '2.1%', 'price'],
  ['currency quote', 'The dollar slipped to 139.50 yen from 141.20 yen.', '139.50 yen', 'rate'],
  ['a gain noun is no price', 'The note excludes gains of 38 cts.', '38 cts', 'other'],
  ['a scaled amount is no price', 'Kestrel Group rose 4% to $12 million.', '$12 million', 'other'],
  // a measure named in a clause of reason after the move is not the move's
  ['after a warning', 'Tolland Retail fell 6.2% to 287p after it cut its profit outlook.', '287p', 'price'],
  ['after posting', 'Marlow Insurance jumped 5.5% to A$8.10 after posting record earnings.', 'A$8.10', 'price'],
  // an amount per unit of a good is its price, whatever contract, settlement or rate is named near it
  ['contract per unit', 'The nearby power contract lost 2% to 71.30 euros per megawatt hour.', '71.30 euros', 'price'],
  ['settled at', 'Gas futures for March delivery slid 9 cents to settle at $2.87 per mmBtu.', '$2.87', 'price'],
  ['settled change', 'Gas futures for March delivery slid 9 cents, or 3%, to settle at $2.87 per mmBtu.', '3%', 'price'],
  ['settle for is a fine', 'The bank agreed to settle for $45 million.', '$45 million', 'fine'],
  ['metric ton', 'Zinc on the exchange changed hands at $2,740 a metric ton in early trade.', '$2,740', 'price'],
  ['therm', 'The spot contract dipped to 81 pence a therm.', '81 pence', 'price'],
  ['day rate', 'Day rates for the newest drillships reached $410,000 per day.', '$410,000', 'price'],
  ['money spread', 'The July/September spread widened to a $48 backwardation.', '$48', 'price'],
  ['daily', 'Capesize rates firmed to about $23,500 daily.', '$23,500', 'price'],
  ['commodity forecast', 'The broker cut its gold forecast for next year to $3,100 from $3,350.', '$3,100', 'price'],
  ['commodity forecast base', 'The broker cut its gold forecast for next year to $3,100 from $3,350.', '$3,350', 'price'],
  ['sustaining cost per ounce', 'Thornby guided to AISC of $1,650 to $1,750 an ounce for the year.', '$1,650 to $1,750', 'cost'],
  ['loan rate per bushel', 'The support rate for corn stays at $2.20 per bushel.', '$2.20', 'price'],
  ['exchange rate per pound', 'Sales were translated at a rate of 1.27 dollars per pound.', '1.27 dollars', 'rate'],
  // a traded contract that moves: its price; not a contract's worth, nor a count of contracts traded
  ['contract moved', 'The benchmark July contract slipped 1.4% on the exchange.', '1.4%', 'price'],
  ['contract moved by', 'The front-month contract on the exchange gained 3.20 euros.', '3.20 euros', 'price'],
  ['contract worth', 'Avenor won a contract worth more than $40 million.', '$40 million', 'deal-value'],
  // per-share prices of offerings and bids
  ['listing price', 'Orchid Freight priced its initial public offering at $21 a share.', '$21', 'price'],
  ['listing range', 'Orchid Freight priced its offering at $21 a share, above an earlier range of $17 to $19.', '$17 to $19', 'price'],
  // valuations
  ['values at', 'The offer values the shipping group at about $6.4 billion.', '$6.4 billion', 'market-value'],
  ['valued at', 'A buyout fund last year valued Redfern at 2.2 billion pounds.', '2.2 billion pounds', 'market-value'],
  ['valuing the deal', 'Quill bought 40,000 shares, valuing the deal at 9 million euros.', '9 million euros', 'deal-value'],
  // stakes
  ['controls', 'The founding family controls about 44% of the carmaker.', '44%', 'stake'],
  ['holds', 'A state fund holds close to 17% of the insurer.', '17%', 'stake'],
  ['built up', 'The hedge fund has built up 5.4% of the brewer.', '5.4%', 'stake'],
  ['of the shares', 'Cornerstone investors took 35% of the shares on offer.', '35%', 'stake'],
  ['of the stock', 'Insiders sold 12% of the stock in March.', '12%', 'stake'],
  ['base of a stake', 'After the deal the founder will own 30% of the company, down from 51% before the offering.', '51%', 'stake'],
  ['of the world\'s', 'The cartel, which pumps about 38% of the world\'s crude, meets in June.', '38%', 'stake'],
  // not stakes
  ['held at', 'Inflation held at 2.4% in May.', '2.4%', 'rate'],
  ['holds cash', 'The group holds $3 billion in cash and equivalents.', '$3 billion', 'cash'],
  // earlier estimates and comparisons take the metric of the figure before
  ['previous range', 'It now sees sales of $8.1 billion to $8.3 billion, against a previous range of $7.8 billion to $8.4 billion.', '$7.8 billion to $8.4 billion', 'revenue'],
  ['earlier projection', 'It expects earnings of $1.90 to $2.05 a share, above its earlier projection of $1.70 to $1.85.', '$1.70 to $1.85', 'eps'],
  ['initial guidance', 'The bonds priced at 140 basis points over swaps, inside initial guidance of about 165 basis points, a banker on the sale said.', '165 basis points', 'rate'],
  ['a year earlier', 'Adjusted earnings came to $3.12 a share, compared with $2.64 a year earlier, helped by price rises.', '$2.64', 'eps'],
  ['eps base', 'Teal Power reported adjusted earnings of $2.95 a share, up from $2.70 in 2022.', '$2.70', 'eps'],
];

describe('metric: markets, bonds, listings and stakes', () => {
  it.each(CASES)('%s: %s', (_rule, text, figure, category) => {
    expect(aboutOf(text, figure).metric?.category).toBe(category);
  });

  it('a company named like a commodity is no commodity price', () => {
    expect(aboutOf('Harbor Bank agreed to buy Coastal Coffee for $800 million.', '$800 million').metric?.category).toBe('deal-value');
  });
});

describe('futures move like their commodity', () => {
  it.each([
    ['WTI futures slipped 0.8% to $71.20 a barrel on Friday.', '0.8%', 'price'],
    ['Copper futures jumped 2.4% on supply worries.', '2.4%', 'price'],
  ] as const)('%s → %s is a %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric?.category).toBe(category);
  });
});

describe('a count of contracts traded is no price', () => {
  it('keeps "up 12%" after a count of contracts off the price', () => {
    expect(aboutOf('Members traded 2,410,000 futures contracts in May, up 12% from April.', '12%').metric?.category).not.toBe('price');
  });
});

describe('where a stock or a good traded is its price; "Stock Exchange" names no price', () => {
  it.each([
    ['Kwik Stores opened at 4.45 stg, up from 3.90 stg.', '4.45 stg', 'price'],
    ['Its shares traded at 93 pesos today.', '93 pesos', 'price'],
    ['The common is currently trading at 25 dlrs a share on the New York Stock Exchange.', '25 dlrs', 'price'],
    ['The market capitalisation of the Stock Exchange of Penang rose to 42 billion dlrs.', '42 billion dlrs', 'market-value'],
    // A scaled amount that closed somewhere is no price: a deal or a fund.
    ['The takeover closed at $5 billion, the company said.', '$5 billion', 'deal-value'],
    // A rate that opened somewhere stays no price: the federal funds rate is a rate.
    ['Federal funds opened at 6-3/8 pct and eased later.', '6-3/8 pct', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });

  it('a commodity that traded keeps its own subject', () => {
    const a = aboutOf('The June gold delivery traded at 423.60 dlrs an ounce, up one dlr.', '423.60 dlrs');
    expect(a.metric?.category).toBe('price');
  });
});

describe('a currency word opening a company name names no exchange rate', () => {
  it.each([
    ['Dollar Stores Inc rose 5% to $130.20.', '$130.20', 'price'],
    ['The dollar slid 1% to 140.00 yen.', '140.00 yen', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});
