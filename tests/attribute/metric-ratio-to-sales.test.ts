/**
 * A profit stated as a percentage of sales is a margin; a cost so stated stays a cost
 * (attribute/metric.ts ratioToSales, attribute/shared.ts). Sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a percentage of sales measures what is set against the sales', () => {
  const text = 'Pellow Foods said operating income was $84.2 million, or 12.6% of net sales, in the quarter. Gross profit as a percentage of net sales rose to 35.1%. Selling expenses as a percentage of revenue fell to 9.8%. Research costs were $20 million, or 3.0% of net sales.';
  it.each([
    ['$84.2 million', 'profit'],
    ['12.6%', 'margin'],
    ['35.1%', 'margin'],
    ['9.8%', 'cost'],
    ['3.0%', 'cost'],
  ] as const)('%s → %s', (figure, category) => {
    expect(aboutOf(text, figure, '2025-11-04').metric.category).toBe(category);
  });

  it('", or 18.4% of segment revenue" after an operating income read from its clause', () => {
    expect(aboutOf('Segment operating income at Pellow Foods was $52.3 million, or 18.4% of segment revenue.', '18.4%', '2025-11-04').metric.category).toBe('margin');
  });
});
