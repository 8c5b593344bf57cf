import { describe, expect, it } from 'vitest';
import { aboutOf } from './helpers';

// "a 24% share": a percentage written right before "share" is a share of a market or of a
// company (a stake); "share" elsewhere is a unit of stock and names nothing by itself.
describe('a percentage right before "share" is a stake', () => {
  it.each([
    ['Corvell led the tablet market with a 31% share in the quarter.', '31%'],
    ['Pirnau holds a 12% share in the pipeline venture.', '12%'],
    ['The drug held a 24% share of new prescriptions in May.', '24%'],
  ] as const)('%s → %s', (text, figure) => {
    expect(aboutOf(text, figure).metric?.category).toBe('stake');
  });

  it.each([
    // money before "a share", and a percentage away from "share", are not stakes by this rule
    ['Lorrel paid a dividend of 40 cents a share.', '40 cents', 'dividend'],
    ['Lorrel shares rose 4% after the results.', '4%', 'price'],
  ] as const)('%s → %s', (text, figure, metric) => {
    expect(aboutOf(text, figure).metric?.category).toBe(metric);
  });
});
