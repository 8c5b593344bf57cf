import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index';
import { aboutOf } from './helpers';

const REF = '2025-06-30';

// An amount per coin, token, transfer or unit of hashing power is what one unit costs: a price,
// whatever deal or flow the clause names (lexicon/metrics.ts PRICE_UNITS).
describe('an amount per coin, token or transfer is a price', () => {
  it.each([
    ['Kestrel Holdings bought 1,200 bitcoin for about $118 million, or an average of $98,310 per bitcoin.', '$98,310'],
    ['The presale raised $12 million at $0.08 per token.', '$0.08'],
    ['Fees on the chain averaged about $0.40 per transfer in May.', '$0.40'],
    ['Miners were paid $52 per petahash per day last week.', '$52'],
    ['Sending stablecoins cost about $0.002 per transaction on the network.', '$0.002'],
    ['The fund bought its ether at an average of $2,610 per ETH.', '$2,610'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure, REF).metric.category).toBe('price');
  });

  it('keeps the sum raised as the deal and gives the unit price no move', () => {
    const text = 'The presale raised $12 million at $0.08 per token.';
    expect(aboutOf(text, '$12 million', REF).metric.category).toBe('deal-value');
    const unit = aboutOf(text, '$0.08', REF);
    expect(unit.direction).toBeUndefined();
    expect(unit.change).toBeUndefined();
  });
});

// "raised $150 million led by Arcbridge at a $2 billion valuation": "by" after a participle names
// who led the round, so the money raised is no move and the valuation no level it reached.
describe('a round raised and the valuation after it are no change', () => {
  it.each([
    ['Lumenpay raised $150 million led by Arcbridge Capital at a $2 billion valuation.', '$2 billion', 'market-value'],
    ['Lumenpay raised $150 million led by Arcbridge Capital at a $2 billion valuation.', '$150 million', 'deal-value'],
  ] as const)('%s → %s', (text, figure, metric) => {
    const about = aboutOf(text, figure, REF);
    expect(about.metric.category).toBe(metric);
    expect(about.direction).toBeUndefined();
    expect(about.subject?.name).toBe('Lumenpay');
  });

  it('still reads a price raised by an amount to a level', () => {
    const about = aboutOf('The refiner raised its posted price $1.50 to $78 a barrel.', '$78', REF);
    expect(about.direction).toBe('up');
    expect(about.change?.role).toBe('target');
  });
});

// "fell as low as $0.12", "climbed as high as $111,980": the level reached, the target of the move
// (change.ts markerBefore); "as much as" stays the size of the move.
describe('"as low as" and "as high as" name the level a move reached', () => {
  it.each([
    ['The token fell as low as $0.21 before recovering.', '$0.21', 'down'],
    ['Bitcoin climbed as high as $112,400 on May 22.', '$112,400', 'up'],
    ['Shares of Ferncastle fell as low as $12.40 in early trading.', '$12.40', 'down'],
    ['Inflation rose as high as 9.1% last year.', '9.1%', 'up'],
  ] as const)('%s → %s target %s', (text, figure, direction) => {
    const about = aboutOf(text, figure, REF);
    expect(about.change?.role).toBe('target');
    expect(about.direction).toBe(direction);
  });

  it('keeps "as much as" the amount of the move', () => {
    expect(aboutOf('The token plunged as much as 60% on Tuesday.', '60%', REF).change?.role).toBe('amount');
  });
});

// A traded good's or crypto-asset's level held, or its move over a span it "ended", is its price
// (metric.ts, step 2: HELD_LEVEL_WORDS, SPAN_CLOSING_VERBS).
describe('crypto-assets and goods that held level or ended a span moved by their price', () => {
  it.each([
    ['Ether was little changed at $2,415.', '$2,415', 'Ether'],
    ['Solana was flat at $151.20 on Monday.', '$151.20', 'Solana'],
    ['Gold was steady at $2,318.', '$2,318', 'Gold'],
    ['Bitcoin ended May up 11%.', '11%', 'Bitcoin'],
    ['Bitcoin finished the week down 4.5%.', '4.5%', 'Bitcoin'],
    ['Gold ended the day up 1.2%.', '1.2%', 'Gold'],
    ['BTC slipped 2.3% on Sunday.', '2.3%', 'BTC'],
  ] as const)('%s → price of %s', (text, figure, subject) => {
    const about = aboutOf(text, figure, REF);
    expect(about.metric.category).toBe('price');
    expect(about.subject?.name).toBe(subject);
  });

  it('reads "the token" and a memecoin that move as prices', () => {
    expect(aboutOf('Its governance token collapsed 75% in a day.', '75%', REF).metric.category).toBe('price');
    expect(aboutOf('The memecoin jumped 18% after the listing.', '18%', REF).metric.category).toBe('price');
  });

  it('no crypto price for a move of something measured in it', () => {
    expect(aboutOf('Open interest in bitcoin rose 4%.', '4%', REF).metric.category).toBe('other');
  });
});

// A blockchain's and a derivatives market's own measures, and savers' yields (lexicon rows
// other.crypto-network, stake.dominance and the rate row's APY).
describe('hash rate, open interest, value locked, dominance and APY', () => {
  it.each([
    ['Hash rate dropped 4% after the difficulty adjustment.', '4%', 'other', undefined],
    ['The network hashrate climbed 7% in June.', '7%', 'other', undefined],
    ['Open interest in ether futures fell 9% to $21 billion.', '$21 billion', 'other', undefined],
    ['Total value locked in lending protocols rose 20% to $54 billion.', '$54 billion', 'other', undefined],
    ['Mining difficulty rose 5% on Thursday.', '5%', 'other', undefined],
    ['Bitcoin dominance rose to 64%.', '64%', 'stake', undefined],
    ['Harbourvault pays 5.1% APY on stablecoin deposits.', '5.1%', 'rate', 'Harbourvault'],
    ['The 30-day APY on the vault is 3.9%.', '3.9%', 'rate', undefined],
  ] as const)('%s → %s %s', (text, figure, metric, subject) => {
    const about = aboutOf(text, figure, REF);
    expect(about.metric.category).toBe(metric);
    expect(about.subject?.name).toBe(subject);
  });
});

// "bought 11 BTC on Monday": a code in capitals right after a count is the unit counted, not the
// owner of the figures after it (entities.ts).
describe('a coin counted is no owner', () => {
  it.each([
    ['Tierra Fund bought 11 BTC on Monday, bringing its holdings to 6,100 bitcoin worth about $640 million.', '$640 million', 'Tierra Fund'],
    ['Quarrystone produced 2,050 BTC in May, up 35% from April.', '35%', undefined],
    ['The trustee moved 10,608 BTC, worth $1.1 billion, to a new wallet.', '$1.1 billion', undefined],
  ] as const)('%s → %s owned by %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, REF).subject?.name).toBe(subject);
  });

  it('a code that qualifies the noun counted still opens a name', () => {
    expect(aboutOf('The 13 OPEC members cut output by 5% in May.', '5%', REF).subject?.name).toBe('OPEC');
  });
});

// "ETFs recorded $2.2 billion of net inflows on Monday": a fund flow told in the past on a weekday
// is that day's (period.ts dayOfFlow); flows reported on a day are not.
describe('a weekday dates the fund flows of that day', () => {
  it.each([
    ['U.S. spot bitcoin ETFs recorded $2.2 billion of net inflows on Monday.', '$2.2 billion', '2025-06-30'],
    ['The Harrowgate Bitcoin Trust saw outflows of $367 million on Friday.', '$367 million', '2025-06-27'],
  ] as const)('%s → %s on %s', (text, figure, day) => {
    const period = aboutOf(text, figure, REF).period;
    expect(period?.start).toBe(day);
    expect(period?.end).toBe(day);
  });

  it('leaves a flow reported on a day undated by it', () => {
    expect(aboutOf('Brightwell reported net inflows of $40 billion on Monday.', '$40 billion', REF).period).toBeUndefined();
  });
});

// What must not be money: versions, block heights, hash rates and coin counts.
describe('crypto text with no money in it', () => {
  it.each([
    'The developers shipped version 0.21.1 of the client and Core 27.0 last month.',
    'The halving took place at block height 840,000.',
    'The network hash rate climbed to 600 EH/s.',
    'The attackers drained 401,000 ETH from a cold wallet.',
    'Nodes running v1.14.2 or older should upgrade to 1.14.3.',
  ])('%s', (text) => {
    expect(extract(text, { referenceDate: REF, kinds: ['money', 'percent'] })).toEqual([]);
  });
});

// Crypto-market data and analytics firms count the market's figures and own none of them
// (lexicon/sources.ts MARKET_RESEARCH_FIRMS).
describe('a crypto data firm cited as the source owns no figure', () => {
  it.each([
    ['The total crypto market capitalisation climbed to $3.6 trillion, according to CoinGecko.', '$3.6 trillion'],
    ['Thieves took $1.9 billion from crypto platforms last year, Chainalysis said.', '$1.9 billion'],
    ['Spot volume on centralised exchanges rose 12% to $700 billion in May, according to Kaiko.', '$700 billion'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure, REF).subject).toBeUndefined();
  });

  it('keeps the asset that moved as the subject', () => {
    expect(aboutOf('Bitcoin rose 3% to $97,412, CoinGecko data showed.', '$97,412', REF).subject?.name).toBe('Bitcoin');
  });
});

describe('a company code before its shares counted stays their owner', () => {
  it('reads "93 HLX shares at 3.28 dlrs each" as HLX\'s shares', () => {
    const text = 'Halden Land offers holders 93 HLX shares at 3.28 dlrs each for every 1,000 Halden Land shares.';
    expect(aboutOf(text, '3.28 dlrs', '1987-03-20').subject?.name).toBe('HLX');
  });
});
