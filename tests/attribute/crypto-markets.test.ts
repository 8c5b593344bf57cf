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
