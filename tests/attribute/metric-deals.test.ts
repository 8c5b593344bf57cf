import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// Takeover and capital-markets phrasings (sentences written for these tests).
describe('an offer per share is a price, also before "from" or a day', () => {
  it.each([
    ['Brackwell Foods sweetened its offer for Tamsin Dairies to 455 pence a share on Tuesday.', '455 pence', 'price'],
    ['Orrin Capital raised its bid to $31.75 a share from $29.50, the company said.', '$31.75', 'price'],
    ['Orrin Capital raised its bid to $31.75 a share from $29.50, the company said.', '$29.50', 'price'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });
});
