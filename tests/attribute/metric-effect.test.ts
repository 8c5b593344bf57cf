import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

describe('a clause of effect after a comma names another measure', () => {
  it.each([
    ['Nickel prices averaged $8.10 a pound, 9% higher than a year before, lifting quarterly revenue by 4%.', '9%', 'price'],
    ['Freight rates fell 12%, pushing margins lower.', '12%', 'rate'],
    ['Output dropped 6%, denting sales in the region.', '6%', 'other'],
  ] as const)('%s → %s is %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});
