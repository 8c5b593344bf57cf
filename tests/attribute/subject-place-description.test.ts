import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('"the country", "the state" stand for the place named before', () => {
  it.each([
    // A country: the one named in the sentence, as object or subject.
    ['Fitch upgraded Ghana to B- on Monday after the country sold $1.2 billion of bonds.', '$1.2 billion', 'Ghana'],
    ['Peru expects to earn $900 mln from copper, or 40 pct of the country\'s export revenue.', '40 pct', 'Peru'],
    // … or before, past a country that is the object of a preposition.
    ['Argentina has paid its debts to the IMF and to the U.S. Treasury. The country also posted a surplus of 1.1 trillion pesos.', '1.1 trillion pesos', 'Argentina'],
    // A state or a city: a place that is no country.
    ['Oregon sold bonds on Tuesday. The state received $3.2 billion of orders.', '$3.2 billion', 'Oregon'],
    ['Chicago faces a shortfall, and the city plans to sell $700 million of bonds.', '$700 million', 'Chicago'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
  it('"the state" before a company noun is a description of a company, not a place', () => {
    const text = 'Norway\'s Equinor said the state oil company earned $2 billion in the quarter.';
    expect(aboutOf(text, '$2 billion').subject?.name).not.toBe('Norway');
  });
});

describe("a country's own public body speaks for the country", () => {
  it.each([
    ["Ghana's Finance Ministry expects a deficit of 3.9% of GDP next year.", '3.9%', 'Ghana'],
    ["Peru's Treasury plans to borrow $2.5 billion abroad.", '$2.5 billion', 'Peru'],
    ["Egypt's Central Bank said reserves rose to $47.1 billion.", '$47.1 billion', 'Egypt'],
    // (A company after a possessive country stays the owner: "Sweden's Ericsson AB".)
    ["Japan's Mizuho Bank lent $400 million to the project.", '$400 million', 'Mizuho Bank'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});

describe("a place or nationality before an official's title is the government whose figure it is", () => {
  it.each([
    ['Oregon Governor Tina Kotek proposed a $38.6 billion two-year budget.', '$38.6 billion', 'Oregon'],
    ['Texas Governor Greg Abbott said sales tax revenue rose 6.1% in May.', '6.1%', 'Texas'],
    ['Chilean Finance Minister Mario Marcel said the deficit would narrow to 1.9% of GDP.', '1.9%', 'Chile'],
    // (Carried on as the topic: "Receipts ran $2 billion above forecast" is the state's.)
    ['Ohio Governor Mike DeWine unveiled his budget. Receipts ran $2.1 billion above forecast.', '$2.1 billion', 'Ohio'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });
});
