import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a name after a preposition is a weaker antecedent than the subject before it', () => {
  it.each([
    ['Startup Quillon raised $900 million in a round led by venture firm Bayside Capital, valuing the company at $9 billion.', '$9 billion', 'Quillon'],
    ['Magnor Copper, a subsidiary of Vesta Mining, said it is cutting its cathode price by 1 cent.', '1 cent', 'Magnor Copper'],
    ['The Fernway unit of Talon Air said its load factor fell to 61% from 64%.', '61%', 'Fernway'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a name after a preposition is still the antecedent when nothing else is', () => {
    expect(aboutOf('Shares of Orlen Tools rose after the company said its sales grew 8%.', '8%').subject?.name).toBe('Orlen Tools');
  });
});

describe('a filing\'s result "attributable to" a company is that company\'s', () => {
  it.each([
    ['Net earnings attributable to Pellham Brands Inc. were $88.0 million for the year.', '$88.0 million', 'Pellham Brands Inc'],
    ['Comprehensive loss attributable to Ostend Marine was $(4.2) million.', '$(4.2) million', 'Ostend Marine'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('a name after "after" or "before" that a verb follows opens its own clause', () => {
  it.each([
    ['Lenders rallied on Tuesday after Ormond Bank reported a first-half profit of $2.1 billion.', '$2.1 billion', 'Ormond Bank'],
    ['The shares slid before Castellan agreed to pay $40 million to settle the claims.', '$40 million', 'Castellan'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('keeps a name governed by "after" without a verb oblique', () => {
    const t = 'Trexler Corp posted revenue of $310 million after Ormond Bank.';
    expect(aboutOf(t, '$310 million').subject?.name).toBe('Trexler Corp');
  });
});

describe('names inside a phrase and names of one company', () => {
  it.each([
    // A name after "of its" is governed by the preposition: the sentence is about the owner.
    ['Dorrance Foods said sales of its Crumbly snack line fell. The company reported sales of $2.1 billion for the quarter.', '$2.1 billion', 'Dorrance Foods'],
    // "X and Y Inc": one company's name when only the last part has the company ending.
    ['Harlow and Pike Inc said it would take a charge of $12 million in the third quarter.', '$12 million', 'Harlow and Pike Inc'],
    ['Vetta Mills and Quarry Corp said their combined sales rose 4%.', '4%', 'Vetta Mills and Quarry Corp'],
    // An adverb or a preposition opening a sentence is no name, even one the lexicon lacks.
    ['Harbin Lumber set the fee at 1.5%. Originally the fee was set at 2% of the loan.', '2%', 'Harbin Lumber'],
    ['Harbin Lumber agreed to sell its mill. Upon completion the buyer will pay $40 million.', '$40 million', 'Harbin Lumber'],
    // A capitalised name after "the" is that name, not a description standing for the topic.
    ['Lumen Devices cut jobs. The World Bank expects growth of 2.6% this year.', '2.6%', 'World Bank'],
    // "New" and a company noun before "of" open names.
    ['New Zealand posted a trade surplus of NZ$1.2 billion in June.', 'NZ$1.2 billion', 'New Zealand'],
    ['Bank of Portugal raised its main rate to 4.5% on Thursday.', '4.5%', 'Bank of Portugal'],
    ['Profit at the New Harbor Savings Co rose 12% last year.', '12%', 'New Harbor Savings Co'],
    // A nationality or a word in capitals that opens a company's name belongs to it.
    ['Canadian Tanners Ltd said it would cut its dividend to 10 cents a share.', '10 cents', 'Canadian Tanners Ltd'],
    ['ZAP Freight Inc said its revenue rose 9% in May.', '9%', 'ZAP Freight Inc'],
    // "First" opens a bank's name; a name written right before joins the company's.
    ['First Marlin Bank said its profit rose 7% last year.', '7%', 'First Marlin Bank'],
    ['First Canadian Timber Corp said it would pay $2 a share.', '$2', 'First Canadian Timber Corp'],
    // A measure's word inside a company's name before its ending is part of the name.
    ['Harwell Oil Co said it sold 4,000 barrels a day at $71.40 a barrel.', '$71.40', 'Harwell Oil Co'],
    ['Ostler Motor Credit Co priced $300 million of notes.', '$300 million', 'Ostler Motor Credit Co'],
    // Two companies each with its ending stay two.
    ['Orlan Corp and Bexley Inc said their joint venture lost $5 million.', '$5 million', 'Orlan Corp and Bexley Inc'],
    // "CDs", "ETFs": plural abbreviations of common nouns are no names.
    ['Kestrel Bank sold deposits this week. The new CDs pay interest of 4.2% a year.', '4.2%', 'Kestrel Bank'],
    // The region after a place governed by a preposition is governed too.
    ['Corvane Mining, based in Perth, Western Australia, said it will spend $80 million on a mill.', '$80 million', 'Corvane Mining'],
    // The one told is not what "it" stands for: "X told Y it …" is X.
    ['Brannock Steel told the regulator it would sell 40% of its rail unit.', '40%', 'Brannock Steel'],
    ['Brannock Steel told investors it expects a profit of $90 million.', '$90 million', 'Brannock Steel'],
    // "itself" between a name and its verb.
    ['Mardale Bank itself said it would set aside $200 million for bad loans.', '$200 million', 'Mardale Bank'],
    // A person owns no company's measure: an analyst's estimate is the company's.
    ['Shares of Tamsin Biotech rose. Analyst Jane Roe raised her earnings estimate for the company to $2.10 a share.', '$2.10', 'Tamsin Biotech'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe('a name after "with" right before its move owns the move', () => {
  it.each([
    ['Tokyo stocks edged up, with carmaker Ishida Motor up 3.2% at 2,410 yen.', '3.2%', 'Ishida Motor'],
    ['Tokyo stocks edged up, with carmaker Ishida Motor up 3.2% at 2,410 yen.', '2,410 yen', 'Ishida Motor'],
    ['Lenders led the gains, with Harbourside Bank climbing 1.4% to a record A$61.20.', 'A$61.20', 'Harbourside Bank'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a trading partner after "with" owns nothing', () => {
    expect(aboutOf("Korea's trade surplus with the U.S. rose to $7.9 billion last year.", '$7.9 billion').subject?.name).not.toBe('U.S.');
  });
});
