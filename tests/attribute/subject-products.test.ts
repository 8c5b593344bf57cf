import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A medicine named in the text is its maker's product: its sales and their changes belong to
// the company of the clause or the story's topic, not to the drug's name.
describe('a product named by its noun owns none of its sales', () => {
  it.each([
    ['Halvern Pharma posted results. Sales of its arthritis drug Movexa rose 12% to $2.1 billion.', '12%', 'Halvern Pharma'],
    ['Halvern Pharma posted results. Sales of its arthritis drug Movexa rose 12% to $2.1 billion.', '$2.1 billion', 'Halvern Pharma'],
    ['Ostrava Biologics reported on Monday. Renzelo, its shingles vaccine, saw sales fall 9% to $640 million.', '9%', 'Ostrava Biologics'],
    ['Ostrava Biologics reported on Monday. Sales of the blood thinner Claritane slipped 4% to $3.3 billion.', '$3.3 billion', 'Ostrava Biologics'],
    ['Corlan Therapeutics gave its outlook on Monday. The maker of Lumira and Vantoza expects Vantoza sales to grow 20%.', '20%', 'Corlan Therapeutics'],
    ['Kessel Pharmaceutical forecast a decline. Torvane, Kessel\'s top-selling drug for migraine, grew 15% to 310 billion yen.', '310 billion yen', 'Kessel'],
  ] as const)('%s → %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-05-01').subject?.name).toBe(subject);
  });

  it('keeps a company named after a noun that is no product ("drug developer X")', () => {
    const t = 'Pellam Inc agreed to buy drug developer Corvista Bio. Corvista reported sales of $40 million last year.';
    expect(aboutOf(t, '$40 million', '2025-05-01').subject?.name).toBe('Corvista');
  });
});

describe('a city before a two-word region made an adjective describes the company', () => {
  it.each([
    ['Tarrow Labs raised its forecast. The Trenton, New Jersey-based drugmaker now expects revenue of $12 billion.', '$12 billion', 'Tarrow Labs'],
    ['Quillon Health reported on Tuesday. The Provo, North Dakota-headquartered insurer said premiums rose 8%.', '8%', 'Quillon Health'],
  ] as const)('%s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2025-05-01').subject?.name).toBe(subject);
  });
});
