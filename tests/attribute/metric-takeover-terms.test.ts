import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "expects the deal to be about 9% accretive to its 2027 earnings per share": what a deal adds
// to or takes from is the measure after "to", not the deal named before (attribute/metric.ts).
describe('a percentage accretive or dilutive to a measure takes that measure', () => {
  it.each([
    ['Tallowmere expects the deal to be about 9% accretive to its 2027 earnings per share.', '9%', 'eps'],
    ['The merger will be 4% dilutive to EPS in the first year, Osterby said.', '4%', 'eps'],
    ['Brannock said the purchase would deliver a 6% accretion to free cash flow per share.', '6%', 'cash'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
  it('keeps the period written after the measure', () => {
    expect(aboutOf('Tallowmere expects the deal to be about 9% accretive to its 2027 earnings per share.', '9%', '2025-11-05').period?.start).toBe('2027-01-01');
  });
});

// "Redmarsh had earlier offered 660 pence", "its January proposal of $25": a sum with no scale
// offered is what is offered for one share (lexicon/deals.ts OFFER_VERBS, OFFER_NOUNS).
describe('a sum with no scale offered is a price per share', () => {
  it.each([
    ['Ashcombe rejected the approach. Redmarsh had earlier offered 660 pence.', '660 pence'],
    ['The new offer is 8% higher than Starling\'s January proposal of $25, the company said.', '$25'],
    ['Corrib had bid 412p for the insurer in March.', '412p'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('price');
  });
  it('not a sum offered to someone', () => {
    expect(aboutOf('The bank offered $500 to each customer affected by the outage.', '$500').metric?.category).not.toBe('price');
  });
});

// "compared with Monday's close of 71.40 francs": a session's close right before its sum is the share's price.
describe('"close of" before a sum is a price', () => {
  it('reads the close as a price', () => {
    const a = aboutOf('Corvid said Tessin could fetch more than 95 Swiss francs a share, compared with Monday\'s close of 71.40 francs.', '71.40 francs', '2026-05-19');
    expect(a.metric?.category).toBe('price');
  });
});

// "agreed to pay $25.75 per share, or roughly $13 billion including debt": a price per share paid,
// restated as a whole, is the deal's value (attribute/shared.ts), not the debt it takes in.
describe('a per-share price paid restated as a whole is the deal value', () => {
  it('reads the whole as deal-value', () => {
    expect(aboutOf('Ironbridge agreed in January to pay $25.75 per share, or roughly $13 billion including debt.', '$13 billion', '2026-02-27').metric?.category).toBe('deal-value');
  });
  it('not after a share price that moved', () => {
    expect(aboutOf('Shares of Ironbridge rose 3% to $25.75 per share, or $13 billion in market value.', '$13 billion', '2026-02-27').metric?.category).not.toBe('deal-value');
  });
});

// "agreed to sell its coatings division to a consortium … for an enterprise value of 4.1 billion
// euros": the value a sale is done for is the deal's value, however far back its verb.
describe('an enterprise value a deal is done for is the deal value', () => {
  it('reads deal-value after "for an enterprise value of"', () => {
    expect(aboutOf('Kestrel Chemie agreed to sell its coatings division to a consortium led by Baltic Infrastructure Fund for an enterprise value of 4.1 billion euros.', '4.1 billion euros').metric?.category).toBe('deal-value');
  });
  it('an enterprise value with no deal stays a market value', () => {
    expect(aboutOf('The coatings unit has an enterprise value of 3 billion euros, analysts said.', '3 billion euros').metric?.category).toBe('market-value');
  });
});

// "raised $380 million in its debut": what a listing raised is a deal's value, not a share price's move.
describe('money raised in a debut is deal-value', () => {
  it('reads deal-value', () => {
    expect(aboutOf('Fresko opened at $24.10 on Wednesday after the company raised $380 million in its debut.', '$380 million', '2025-07-30').metric?.category).toBe('deal-value');
  });
  it('a percentage move in a debut stays a price', () => {
    expect(aboutOf('Fresko shares jumped 31% in their debut on Wednesday.', '31%', '2025-07-30').metric?.category).toBe('price');
  });
});

// "acquire a further 26% from public shareholders": a percentage bought or sold with no "of"
// after it is a part of the company, a stake ("buy up to 30% of output" is not).
describe('a percentage bought or sold is a stake', () => {
  it.each([
    ['Rajvansh will make an open offer to acquire a further 26% from public shareholders.', '26%'],
    ['Under the deal, Harlow sold 10% to Meridian Holdings.', '10%'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('stake');
  });
  it('not a percentage of output bought', () => {
    expect(aboutOf('Minato will buy up to 30% of output from the mine.', '30%').metric?.category).not.toBe('stake');
  });
});

// "values Cobalt's equity at about $11.6 billion": the name between "values" and "at", with its 's, is the one valued.
describe('a possessive name between "values" and "at" owns the market value', () => {
  it('reads the company valued', () => {
    expect(aboutOf('The new offer values Cobalt Networks\' equity at about $11.6 billion.', '$11.6 billion').subject?.name).toBe('Cobalt Networks');
  });
});

// "will buy a 51% stake in Bengaluru-based payments firm Paysetu for 3,200 crore rupees": the
// company a stake is bought in, after a description, is the deal's object, not its owner.
describe('the company a stake is bought in is no owner of the deal', () => {
  it.each([
    ['Rajvansh Industries will buy a 51% stake in Bengaluru-based payments firm Paysetu for 3,200 crore rupees.', '3,200 crore rupees', 'Rajvansh Industries'],
    ['Tamsin Holdings agreed to buy a 20% stake in Australian lithium miner Coolabah Resources for A$410 million.', 'A$410 million', 'Tamsin Holdings'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

// "priced at $21, the midpoint of the $20-$22 range": sums with no scale before "range" are the
// prices an offering is marketed at.
describe('sums with no scale before "range" are prices', () => {
  it('reads the marketed range as a price', () => {
    expect(aboutOf('Velantis priced its IPO at $21 per share, the midpoint of the $20-$22 range.', '$20-$22').metric?.category).toBe('price');
  });
  it('a scaled range before "range" is left alone', () => {
    expect(aboutOf('Bankers expect bids in the $5 billion to $6 billion range.', '$5 billion to $6 billion').metric?.category).not.toBe('price');
  });
});

// "buy the remaining 49% of its insurance joint venture from partner Heimdal for 1.9 billion
// zlotys": what is left of a company bought is a stake, and the partner it is bought from is no owner.
describe('the remaining part of a venture bought from a partner', () => {
  const text = 'Orsolya Bank said it would buy the remaining 49% of its insurance joint venture from partner Heimdal for 1.9 billion zlotys.';
  it('the percentage is a stake', () => {
    expect(aboutOf(text, '49%').metric?.category).toBe('stake');
  });
  it('the price is the buyer\'s deal', () => {
    const a = aboutOf(text, '1.9 billion zlotys');
    expect(a.metric?.category).toBe('deal-value');
    expect(a.subject?.name).toBe('Orsolya Bank');
  });
});

// "The transaction has a total enterprise value of approximately $9.1 billion": the enterprise
// value a deal's noun has is the deal's value; a company's own stays its market value.
describe('the enterprise value of a deal is the deal value', () => {
  it('reads deal-value after "The transaction has"', () => {
    expect(aboutOf('The transaction has a total enterprise value of approximately $9.1 billion.', '$9.1 billion').metric?.category).toBe('deal-value');
  });
  it('a company\'s enterprise value stays a market value', () => {
    expect(aboutOf('Acme has an enterprise value of $3 billion, analysts said.', '$3 billion').metric?.category).toBe('market-value');
  });
});
