/**
 * A place or a contract month written before a commodity only says which market or contract
 * ("London white sugar gained $4.10", "Benchmark December iron ore rose 1.9%"): the commodity
 * owns the move (attribute/subject.ts, marketOfGood). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('the market or contract before a good is not its owner', () => {
  it.each([
    ['London white sugar gained $4.10 to $441.30 a ton.', '$4.10', 'sugar'],
    ['London white sugar gained $4.10 to $441.30 a ton.', '$441.30', 'sugar'],
    ['Benchmark December iron ore on the Singapore Exchange rose 1.9% to $106.35 a ton.', '1.9%', 'iron ore'],
    ['Benchmark May copper rose 1.2% to $9,010 a ton.', '$9,010', 'copper'],
  ] as const)('%s → %s is of %s', (text, figure, subject) => {
    const a = aboutOf(text, figure, '2026-11-06');
    expect(a.subject?.name).toBe(subject);
    expect(a.metric?.category).toBe('price');
  });

  // A company's own good keeps the company.
  it("Kestrel's copper sales rose 4% → Kestrel", () => {
    expect(aboutOf("Kestrel's copper sales rose 4%.", '4%', '2026-11-06').subject?.name).toBe('Kestrel');
  });
});
