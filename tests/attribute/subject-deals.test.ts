import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('whose a deal figure is: the place of a listing, the holder of a stake', () => {
  it.each([
    // A name after "a" before a deal says where it is listed, not whose it is.
    ['Lumora Robotics plans to raise up to $600 million in a Nasdaq initial public offering.', '$600 million', 'Lumora Robotics'],
    ['Tessel Grid hopes to raise about 2 billion euros in a Frankfurt listing next month.', '2 billion euros', 'Tessel Grid'],
    // Past the figure too: a name before a contract or order names the customer; the winner owns it.
    ['Corvane Systems won a $2.2 billion Navy contract to maintain radar sets.', '$2.2 billion', 'Corvane Systems'],
    ['Halden Aero received a $640 million Air Force contract on Tuesday.', '$640 million', 'Halden Aero'],
    ['Skyreach Leasing placed a $5 billion Boeing order for 40 jets.', '$5 billion', 'Skyreach Leasing'],
    // The company a stake is held in is not the stake's owner.
    ['Kestrel Partners now holds 22.4% of the issued share capital of Brannock Mills.', '22.4%', 'Kestrel Partners'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('a stock dividend is an event, not results for a period', () => {
  it('its month does not carry to the results in the note after it', () => {
    const text = 'Shr 28 cts vs 1.10 dlrs\n\nNet 1,050,000 vs 3,900,000\n\nYear\n\nShr 12 cts vs 81 cts\n\nNet 410,000 vs 2,800,000\n\n'
      + 'NOTE: Share adjusted for four pct stock dividend in February 1987.\n\n'
      + 'Pretax net profits 2,400,000 dlrs vs 3,700,000 dlrs in quarter and loss 480,000 dlrs vs profit 2,100,000 dlrs in year.';
    expect(aboutOf(text, 'four pct', '1987-03-13').metric.category).toBe('dividend');
    expect(aboutOf(text, '2,400,000 dlrs', '1987-03-13').period).toBeUndefined();
  });
});

describe('a name, an aside between commas, then its verb', () => {
  it.each([
    ["Dunmore Bank, rated Baa1 by Moody's, agreed in May to buy Pellow Trust for $2.3 billion.", '$2.3 billion', 'Dunmore Bank'],
    ['Harwick Power, the utility holding company, is offering $300 million of secured notes due 2036.', '$300 million', 'Harwick Power'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('"its" after "NAME to VERB" is that name\'s', () => {
  it.each([
    ['The fund urged Corlane to lift its dividend, which at 30 cents a share is below peers.', '30 cents', 'Corlane'],
    ['Vantor also called for Brisk Foods to sell a unit and to raise its margin to 12%.', '12%', 'Brisk Foods'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('not an agent after "by": a proposal by one company to buy its stock is the other\'s', () => {
    expect(aboutOf('Halcyon Corp rejected a proposal by Drover Inc to acquire its stock at 18 dlrs a share.', '18 dlrs').subject?.name).not.toBe('Drover Inc');
  });
});

describe('a possessive before the figure owns it past words of the deal\'s stage', () => {
  it.each([
    ["The regulator opened a review of Calloway Group's proposed $6.2 billion purchase of Birchfield Labs.", '$6.2 billion', 'Calloway Group'],
    ["Britain's Competition and Markets Authority began a review on Tuesday of retailer Kellaway Group's proposed £1.2bn takeover of Tarrant Mills.", '£1.2bn', 'Kellaway Group'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('"valuing the company at" after a deal that buys a company: that company', () => {
  it.each([
    ['Brennick Industries agreed to acquire Swiss valve maker Ostler AG for 88 francs a share, valuing the company at 2.9 billion francs.', '2.9 billion francs', 'Ostler AG'],
    ['Harlan Capital will take Japanese retailer Moriya Stores private in a tender offer valuing it at 410 billion yen.', '410 billion yen', 'Moriya Stores'],
    ['Quenby made a 290p cash offer for Alder Foods on Monday, valuing the bakery group at £820m.', '£820m', 'Alder Foods'],
    // a name valued, and the merged company, stay as they were
    ['Brennick Industries agreed to acquire Ostler AG, valuing Ostler at 2.9 billion francs.', '2.9 billion francs', 'Ostler'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('the combined company is not the one bought', () => {
    const text = 'Brennick Industries agreed to acquire Ostler AG in a deal valuing the combined company at 9 billion francs.';
    expect(aboutOf(text, '9 billion francs').subject?.name).not.toBe('Ostler AG');
  });
});

describe('a ", which …" clause after a name\'s possessive noun describes that name\'s part', () => {
  it.each([
    ["Verrow offered to sell Castine's Spanish bottling business, which had sales of about 240 million euros last year.", '240 million euros', 'Castine'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});
