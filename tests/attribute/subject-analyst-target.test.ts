import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// A broker that moves its price target speaks of the stock's company: the target and the
// moves after it belong to the company, not to the broker.
describe('an analyst\'s price target belongs to the stock\'s company', () => {
  it.each([
    ['Velmora Pay Inc reported revenue of $2.2 billion. Citi raised its price target on the stock to $88 from $80.', '$88', 'Velmora Pay Inc'],
    ['Velmora Pay Inc reported revenue of $2.2 billion. Citi raised its price target on the stock to $88 from $80.', '$80', 'Velmora Pay Inc'],
    ['Ostrel Markets Inc posted revenue of $640 million. Barclays cut its target price to $41 but kept its rating. The stock had risen 60% last year.', '$41', 'Ostrel Markets Inc'],
    ['Ostrel Markets Inc posted revenue of $640 million. Barclays cut its target price to $41 but kept its rating. The stock had risen 60% last year.', '60%', 'Ostrel Markets Inc'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-02-10').subject?.name).toBe(subject);
  });

  it('keeps the company named after "price target on"', () => {
    expect(aboutOf('Mizuho raised its price target on Veltrix to $310.', '$310').subject?.name).toBe('Veltrix');
  });
});

// Where shares list or trade, and a financial firm described after a rank, own nothing.
describe('places of a listing and ranked descriptions', () => {
  it.each([
    ['Tarnwell Inc forecast revenue of $1.1 billion. The stock, which listed in New York at $28 in June, fell 3.5% to $24.10.', '$28', 'Tarnwell Inc'],
    ['Tarnwell Inc forecast revenue of $1.1 billion. The stock, which listed in New York at $28 in June, fell 3.5% to $24.10.', '3.5%', 'Tarnwell Inc'],
    ['Coinmere, the largest US exchange, said revenue fell 12%.', '12%', 'Coinmere'],
    ['Finlo, the biggest Nordic neobank, said deposits rose 20%.', '20%', 'Finlo'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-02-10').subject?.name).toBe(subject);
  });

  it('keeps the country of an exchange rate', () => {
    expect(aboutOf('The bank could not fix the Taiwan dollar exchange rate at 35 to one U.S. Dollar.', 'one U.S. Dollar').subject?.name).toBe('Taiwan');
  });
});

// A paragraph that opens with "In Brazil," is about the company's business there.
describe('a market named at a paragraph\'s opening', () => {
  it('gives the story\'s company a measure in a market after a paragraph break', () => {
    const text = 'Lisbon-based lender Caravel Bank reported quarterly net income of €210 million.\n\nIn Brazil, revenue grew 18% to R$2.1 billion.';
    expect(aboutOf(text, 'R$2.1 billion', '2026-02-10').subject?.name).toBe('Caravel Bank');
  });
});

describe('a company\'s own target is no analyst\'s', () => {
  it('keeps "cut its margin target" the company\'s', () => {
    expect(aboutOf('Pellam Motors cut its margin target, citing tariffs. The group now expects a margin of 5%.', '5%').subject?.name).toBe('Pellam Motors');
  });
});

describe('a place opening its sentence in a company\'s story', () => {
  it.each([
    ['Caravel Bank reported net income of €210 million.\n\nIn Brazil, where the bank has 9 million clients, loans grew 30% to R$40 billion.', 'R$40 billion', 'Caravel'],
    ['Zeppa Ltd said cash earnings rose 40% in the half. It said US volume growth would be above 30% in the second half.', '30%', 'Zeppa Ltd'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-02-10').subject?.name).toBe(subject);
  });

  it('keeps a country\'s public debt the country\'s', () => {
    expect(aboutOf('Caravel Bank reported net income of €210 million.\n\nIn Brazil, public debt rose to 78% of GDP.', '78%', '2026-02-10').subject?.name).toBe('Brazil');
  });
});

// A person who sets a price target ("analyst Mara Quill cut her target price") owns it no more
// than a broker does: the target is the covered company's price (attribute/index.ts isPriceTarget).
describe('an analyst\'s own price target belongs to the stock\'s company', () => {
  it.each([
    ['Fernhill Stores plc warned on profits. Broker analyst Mara Quill cut her target price to 120p from 180p.', '120p', 'Fernhill Stores'],
    ['Fernhill Stores plc warned on profits. Broker analyst Mara Quill cut her target price to 120p from 180p.', '180p', 'Fernhill Stores'],
    ['Fernhill Stores plc beat forecasts on Tuesday. "A clean quarter," said analyst Tom Vey, who kept a 410p price target.', '410p', 'Fernhill Stores'],
  ] as const)('%s → %s belongs to %s', (text, figure, subject) => {
    expect(aboutOf(text, figure, '2026-02-10').subject?.name).toBe(subject);
  });

  it('keeps a price the person paid', () => {
    expect(aboutOf('Collector Ada Lund paid $2,400 for the painting.', '$2,400').subject?.name).toMatch(/Ada Lund$/);
  });
});
