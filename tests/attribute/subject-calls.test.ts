import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Earnings calls and releases: words in capitals that own nothing.
describe("a measure's abbreviation, a contraction or a courtesy is no owner", () => {
  it.each([
    // accounting bases and measures written in capitals
    ['Pellworth Systems reported quarterly results on Tuesday. GAAP net income was $96 million.', '$96 million', 'Pellworth Systems'],
    ['Pellworth Systems reported quarterly results on Tuesday. Non-GAAP operating income was $140 million.', '$140 million', 'Pellworth Systems'],
    ['Tamsin Bancorp beat estimates. NII rose 4% from a year earlier.', '4%', 'Tamsin Bancorp'],
    ['Tamsin Bancorp beat estimates. Its CET1 ratio ended at 12.4%.', '12.4%', 'Tamsin Bancorp'],
    ['Corliss Software grew quickly. ARR climbed 31% to $2.2 billion.', '31%', 'Corliss Software'],
    ['Brannock Power added capacity. Deliveries hit 3.1 GWh, and revenue rose 12% YoY.', '12%', 'Brannock Power'],
    // a radio band or a line speed names what is sold, not who sells it
    ["Poland's sale of 700 MHz licences raised 1.9 billion zlotys.", '1.9 billion zlotys', 'Poland'],
    ['Vellmar Fibre lifted prices. Its 500 Mbps plan now costs 39 euros a month.', '39 euros', 'Vellmar Fibre'],
    // a contraction opening a speaker's line
    ["Ostrava Mills had a good half. I'm Dana Quell. Revenue grew 6%.", '6%', 'Ostrava Mills'],
    // a courtesy opening a line of a transcript
    ['Welcome, everyone. Kestrel Foods had a good year. Please note that sales rose 5%.', '5%', 'Kestrel Foods'],
    // one letter before a lower-case word: a common compound, not a brand
    ['Harlow Outfitters had a strong quarter. E-commerce grew 22% and stores were steady.', '22%', 'Harlow Outfitters'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('keeps a brand whose second part is capitalised', () => {
    expect(aboutOf('E-Trade said revenue rose 9%.', '9%').subject?.name).toBe('E-Trade');
  });
});

describe('the company a sentence with no free subject is about', () => {
  it.each([
    // the employer of a title
    ["I'm Dana Quell, CFO of Ostrava Mills. Revenue grew 6% in the half.", '6%', 'Ostrava Mills'],
    ['Good morning. I am the finance chief of Ostrava Mills. Revenue grew 6% in the half.', '6%', 'Ostrava Mills'],
    // the host of a call
    ['Operator: Welcome to the Tamsin Bancorp third-quarter 2027 earnings call. Net interest income was $2.1 billion.', '$2.1 billion', 'Tamsin Bancorp'],
    // the company's board opening a line before a verb
    ['Kestrel Foods reported a record year.\nBoard declares special dividend of $1.50 per share', '$1.50', 'Kestrel Foods'],
    // the company whose measure opens the sentence
    ['Holiday sales at Harlow Outfitters rose 4%. Gross margin was 41.5%.', '41.5%', 'Harlow Outfitters'],
  ] as const)('%s → %s of %s', (text, figure, subject) => {
    expect(aboutOf(text, figure).subject?.name).toBe(subject);
  });

  it('keeps the subject a name before a title names when the title has no "of"', () => {
    expect(aboutOf('Dana Quell, the analyst, said Ostrava Mills grew revenue 6%.', '6%').subject?.name).toBe('Ostrava Mills');
  });
});
