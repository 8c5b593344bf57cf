import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('organic growth, real growth, the Brazilian real', () => {
  it.each([
    ['Halden Foods said organic growth slowed to 2.4% from 4.1% a year earlier.', '2.4%', 'revenue'],
    ['Economists put real growth at an estimated 1.8% last year.', '1.8%', 'rate'],
    ['The real weakened 0.9% to 5.48 per dollar.', '0.9%', 'rate'],
  ] as const)('%s → %s is %s', (text, figure, category) => {
    expect(aboutOf(text, figure).metric.category).toBe(category);
  });

  it('the real that moved owns its rate', () => {
    expect(aboutOf('The real weakened 0.9% to 5.48 per dollar.', '0.9%').subject?.name).toBe('real');
  });
});
