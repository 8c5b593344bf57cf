import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('subjects in startup news: technology terms and a city before a company noun', () => {
  it.each([
    // "AI", "SaaS", "EV" describe a company or a product; they own nothing.
    ['Drayfield said it would buy Quorra, an AI tutoring app, for $310 million.', '$310 million', 'Drayfield'],
    ['Velto raised $25 million.\n\nThe legal AI startup\'s valuation doubled to $400 million.', '$400 million', 'Velto'],
    ['Ambrel, a SaaS billing firm, raised $18 million in new funding.', '$18 million', 'Ambrel'],
    // A city or country after "the" and before a company noun says where the company is.
    ['Norvik, $300 million, Series C. The Oslo battery developer is now valued at $2 billion.', '$2 billion', 'Norvik'],
    ['Pellion raised £40 million. The Leeds software maker plans to double its staff.', '£40 million', 'Pellion'],
    // (A two-word city the lexicon knows whole.)
    ['Quenta, $90 million, Series B. The San Francisco robotics developer is now valued at $700 million.', '$700 million', 'Quenta'],
  ] as const)('%s → %s is %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('a country before "and its" committee still owns the figure', () => {
    expect(aboutOf('The Philippines and its bank advisory committee discussed $9 billion of debts.', '$9 billion').subject?.name).toBe('Philippines');
  });

  it('the economy of a country after "the" stays the country\'s', () => {
    expect(aboutOf('The US economy grew 2.1% in the first quarter.', '2.1%').subject?.name).toBe('US');
  });
});

// A stock exchange after "on" is where shares trade: it owns none of their figures, and a later
// "it" stands for the company, not the exchange.
describe('an exchange after "on" is a venue, not an owner', () => {
  const text = 'Marrowfield Payments priced its IPO at $18 a share.\nThe stock opened at $22.40 on the Nasdaq and ended the day up 31%, giving the lender a market value of $4.6 billion. At the offer price it was valued at $3.2 billion.';
  it.each([
    ['$4.6 billion', 'Marrowfield Payments'],
    ['$3.2 billion', 'Marrowfield Payments'],
  ] as const)('%s is %s', (figure, subject) => {
    expect(aboutOf(text, figure, '2025-06-12').subject?.name).toBe(subject);
  });

  it('a name ending in "Stock Exchange" after "on the" owns nothing either', () => {
    expect(aboutOf('Kelbrook Digital floated in March.\nIts shares trade on the London Stock Exchange and it is now worth £900 million.', '£900 million', '2025-06-12').subject?.name).toBe('Kelbrook Digital');
  });

  it('the exchange operator named as a company keeps its own results', () => {
    expect(aboutOf('Nasdaq reported revenue of $1.2 billion for the quarter.', '$1.2 billion', '2025-06-12').subject?.name).toBe('Nasdaq');
  });
});
