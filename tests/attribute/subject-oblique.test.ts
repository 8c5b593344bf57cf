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
