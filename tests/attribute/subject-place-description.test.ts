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
