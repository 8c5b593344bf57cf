/**
 * A business given up ("the spin-off of WarnerMedia", "the sale of its towers unit") is not what
 * "it" or the results after it stand for (src/attribute/subject.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a business spun off or sold is no antecedent of the results after it', () => {
  it.each([
    ['Calloway Communications reported third-quarter results on Thursday. Revenue slipped 4% to $30 billion, reflecting the spin-off of Brightstream Media; excluding divested businesses, it rose 5.5%.', '5.5%'],
    ['Calloway Communications reported third-quarter results on Thursday. Revenue slipped 4% after the sale of Northfield Towers, and its net profit fell 9% to $1.2 billion.', '$1.2 billion'],
  ] as const)('%s → %s is the company\'s', (text, figure) => {
    expect(aboutOf(text, figure, '2022-10-20').subject?.name).toBe('Calloway Communications');
  });

  it('a business bought still is', () => {
    expect(aboutOf('Calloway Communications completed the purchase of Northfield Towers. Its revenue rose 8% to $400 million last year.', '$400 million', '2022-10-20').subject?.name).toBe('Calloway Communications');
  });
});
